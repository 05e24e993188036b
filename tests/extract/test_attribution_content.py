"""Attribution content boundaries: each convention pinned on invented sentences.

All names, outlets and places here are fiction.
"""

from __future__ import annotations

from newstrace.model import Attribution

from .attribution_helpers import MakeDoc, only, run


def parts(a: Attribution) -> list[str]:
    return [p.text for p in a.content_parts] or [a.content.text]


def test_report_between_commas_takes_both_sides(make_doc: MakeDoc) -> None:
    text = "The old ferry, Mayor Lena Orvik said, had carried more tourists than the bridge."
    a = only(run(make_doc, text), "said")
    assert parts(a) == ["The old ferry", "had carried more tourists than the bridge"]
    assert a.source is not None and a.source.canonical == "Lena Orvik"


def test_topic_before_an_aside_joins_the_quote(make_doc: MakeDoc) -> None:
    text = "The new toll, Piet Odum said, is “a tax on every family in Port Hallow.”"
    a = only(run(make_doc, text), "said")
    assert parts(a) == ["The new toll", "is “a tax on every family in Port Hallow.”"]


def test_time_before_an_aside_stays_out(make_doc: MakeDoc) -> None:
    text = "Minutes later, Piet Odum said, “The ferry will not sail tonight.”"
    a = only(run(make_doc, text), "said")
    assert parts(a) == ["“The ferry will not sail tonight.”"]


def test_source_keeps_apposition_but_not_participle(make_doc: MakeDoc) -> None:
    text = "Mayor Lena Orvik, speaking at the harbour on Monday, said the ferry would return."
    a = only(run(make_doc, text), "said")
    assert a.source is not None and a.source.span is not None
    assert a.source.span.text == "Mayor Lena Orvik"
    text = "Piet Odum, the harbour master, said the ferry would return in June."
    a = only(run(make_doc, text), "said")
    assert a.source is not None and a.source.span is not None
    assert a.source.span.text == "Piet Odum, the harbour master"


def test_split_quote_around_a_titled_speaker(make_doc: MakeDoc) -> None:
    text = "“The riders are furious,” Mr. Odum said, “and they will not wait for the next boat.”"
    a = only(run(make_doc, text), "said")
    assert parts(a) == ["“The riders are furious,”", "“and they will not wait for the next boat.”"]


def test_content_before_the_cue_does_not_grow_past_it(make_doc: MakeDoc) -> None:
    a = only(run(make_doc, "“The toll is far too high,” Piet Odum said of the new bridge."), "said")
    assert parts(a) == ["“The toll is far too high,”"] and a.kind == "direct"
    a = only(
        run(make_doc, "“I will not pay it,” Rita Vance complained to a reporter."), "complained"
    )
    assert parts(a) == ["“I will not pay it,”"]


def test_source_of_a_gerund_after_a_preposition(make_doc: MakeDoc) -> None:
    text = "Mayor Lena Orvik answered her critics on Monday by saying that the ferry would return."
    a = only(run(make_doc, text), "saying")
    assert a.source is not None and a.source.canonical == "Lena Orvik"
    assert a.content.text == "that the ferry would return"


def test_source_of_a_participle_modifying_a_noun(make_doc: MakeDoc) -> None:
    text = "The council released a report showing that the ferry lost money every year."
    a = only(run(make_doc, text), "showing")
    assert a.source is not None and a.source.span is not None
    assert a.source.span.text == "a report"


def test_quote_in_the_next_paragraph_is_its_own_report(make_doc: MakeDoc) -> None:
    text = (
        "The ferry was late again on Monday.\n\n"
        "“The ferry is late again,” Piet Odum said.\n\n"
        "“We pay for it every day and nobody listens to us.”"
    )
    found = run(make_doc, text)
    a = only(found, "said")
    assert parts(a) == ["“The ferry is late again,”"]
    (b,) = [x for x in found if x.cue is None]
    assert b.content.text == "“We pay for it every day and nobody listens to us.”"
    assert b.source is not None and b.source.canonical == "Piet Odum"


def test_quote_in_the_same_paragraph_continues_the_speech(make_doc: MakeDoc) -> None:
    text = "“The ferry is late again,” Piet Odum said. “We pay for it every day.”"
    a = only(run(make_doc, text), "said")
    assert parts(a) == ["“The ferry is late again,”", "“We pay for it every day.”"]


def test_a_second_report_ends_the_first_content(make_doc: MakeDoc) -> None:
    text = "Mayor Lena Orvik said the ferry was safe and called the harbour report a fantasy."
    found = run(make_doc, text)
    assert only(found, "said").content.text == "the ferry was safe"
    b = only(found, "called")
    assert b.source is not None and b.source.canonical == "Lena Orvik"
    text = "Piet Odum said the toll was too high, arguing that families could not pay it."
    found = run(make_doc, text)
    assert only(found, "said").content.text == "the toll was too high"
    assert only(found, "arguing").content.text == "that families could not pay it"


def test_according_to_leaves_the_writers_connective_out(make_doc: MakeDoc) -> None:
    for opener in ("Still, ", "But "):
        text = (
            f"{opener}the ferry lost money every month last year, according to the harbour board."
        )
        a = only(run(make_doc, text), "according to")
        assert a.content.text == "the ferry lost money every month last year"
    text = "In 2015, the ferry lost money every month, according to the harbour board."
    a = only(run(make_doc, text), "according to")
    assert a.content.text == "In 2015, the ferry lost money every month"


def test_according_to_after_coordinated_clauses_covers_them_all(make_doc: MakeDoc) -> None:
    text = (
        "The ferry carried 300 riders, the bus carried 200 riders and the train carried "
        "100 riders, according to the harbour board."
    )
    a = only(run(make_doc, text), "according to")
    assert a.content.text == (
        "The ferry carried 300 riders, the bus carried 200 riders and the train carried 100 riders"
    )


def test_evidential_said_to_has_no_source(make_doc: MakeDoc) -> None:
    """A headline's "X said to be ..." is hearsay about X, not X speaking."""
    a = only(run(make_doc, "Ostra ferry line said to be losing money"), "said")
    assert a.source is None
    assert parts(a) == ["Ostra ferry line", "to be losing money"]
    b = only(run(make_doc, "The mayor said to reporters that the ferry would stop."), "said")
    assert b.source is not None and b.source.canonical == "mayor"
