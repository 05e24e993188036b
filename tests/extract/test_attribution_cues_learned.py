"""Cue recall and cue edges: constructions a PolNeAR error analysis found missed or
cut short, each pinned on an invented sentence (all names and places are fiction)."""

from __future__ import annotations

from .attribution_helpers import MakeDoc, only, run


def test_preposition_of_a_cue_stays_in_the_cue(make_doc: MakeDoc) -> None:
    text = "“Nobody asked us,” Rita Vance said about the new plan."
    a = only(run(make_doc, text), "said about")
    assert a.content.text == "“Nobody asked us,”"
    text = "The harbour trust said on Tuesday that the ferry would return."
    a = only(run(make_doc, text), "said")  # a date is not part of the cue
    assert a.content.text == "that the ferry would return"
    a = only(run(make_doc, "“The toll is far too high,” Piet Odum said of the new bridge."), "said")
    assert a.content.text == "“The toll is far too high,”"  # nor, mostly, "of"
