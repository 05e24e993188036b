"""Attribution recall: constructions an error analysis on PolNeAR found missed,
each pinned on an invented sentence (all names and places are fiction)."""

from __future__ import annotations

from .attribution_helpers import MakeDoc, only, run


def test_quote_ending_in_a_question_mark_before_its_speaker(make_doc: MakeDoc) -> None:
    text = (
        "The harbour fee rose again. “Will the ferry ever return?” Mayor Lena Orvik asked. "
        "“Nobody can afford the bridge!” Piet Odum said."
    )
    found = run(make_doc, text)
    a = only(found, "asked")
    assert a.content.text == "“Will the ferry ever return?”" and a.kind == "direct"
    assert a.source is not None and a.source.canonical == "Lena Orvik"
    b = only(found, "said")
    assert b.content.text == "“Nobody can afford the bridge!”"
    assert b.source is not None and b.source.canonical == "Piet Odum"


def test_content_held_by_the_complement_of_the_cue(make_doc: MakeDoc) -> None:
    text = "Some harbour workers are concerned that the ferry will never return."
    a = only(run(make_doc, text), "are concerned")
    assert a.content.text == "that the ferry will never return"
    assert a.source is not None and a.source.span is not None
    assert a.source.span.text == "Some harbour workers"
    a = only(
        run(make_doc, "Local fishermen are skeptical of the new toll plan."), "are skeptical of"
    )
    assert a.content.text == "the new toll plan"
    text = "Councillor Rita Vance expressed skepticism that the bridge would open in June."
    a = only(run(make_doc, text), "expressed skepticism")
    assert a.content.text == "that the bridge would open in June"


def test_statement_saying_is_one_cue(make_doc: MakeDoc) -> None:
    text = "The ferry company issued a statement saying that the boats were safe."
    a = only(run(make_doc, text), "issued a statement saying")
    assert a.content.text == "that the boats were safe"
    assert a.source is not None and a.source.span is not None
    assert a.source.span.text == "The ferry company"
