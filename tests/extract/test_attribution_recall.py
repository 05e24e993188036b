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
