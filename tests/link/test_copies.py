"""Copies and rewrites between invented articles."""

from __future__ import annotations

from newstrace.link import Linker, signature
from newstrace.link.minhash import jaccard

from .helpers import doc

BASE = (
    "The river Oskel burst its banks near the town of Marrowfield on Sunday. "
    "Some 340 homes were flooded, the mayor Ilse Varnhagen said. "
    "Rescue teams from Dunholt arrived by boat before noon. "
    "The weather office expects more rain on Tuesday and Wednesday. "
    "Volunteers filled sandbags outside the old grain hall all afternoon. "
    "The regional council will meet on Monday to discuss emergency funds for families. "
    "Trains between Marrowfield and Dunholt were suspended until further notice."
)
REWRITE = (
    "On Sunday the Oskel overflowed its banks close to Marrowfield. "
    "Around 500 homes were flooded. "
    "Boats carrying rescue teams from Dunholt reached the town before midday. "
    "More rain will reportedly fall on Tuesday and Wednesday, forecasters say. "
    "Outside the old grain hall, volunteers spent the afternoon filling sandbags. "
    "Critics slammed the shocking lack of flood defences."
)
OTHER = (
    "A fire destroyed a timber warehouse in the port of Kessling on Friday night. "
    "Firefighters fought the blaze for six hours. Nobody was hurt, the harbour master said."
)


def _relations(result: object) -> dict[tuple[str, str], str]:
    return {(c.a, c.b): c.relation for c in result.copies}  # type: ignore[attr-defined]


def test_duplicate_same_outlet() -> None:
    a = doc(BASE, outlet="Marrowfield Courier", published="2031-04-06")
    b = doc(BASE + " Updated at noon.", outlet="Marrowfield Courier", published="2031-04-06T13:00")
    result = Linker().link([b, a])
    [copy] = result.copies
    assert (copy.a, copy.b) == (a.article.id, b.article.id)
    assert copy.relation == "duplicate"
    assert copy.similarity >= 0.9


def test_wire_copy_across_outlets() -> None:
    a = doc(BASE, outlet="Tessaly Wire", published="2031-04-06")
    trimmed = BASE.rsplit(" Trains", 1)[0] + " The Northern Ledger contributed to this report."
    b = doc(trimmed, outlet="Northern Ledger", published="2031-04-07")
    result = Linker().link([a, b])
    assert _relations(result) == {(a.article.id, b.article.id): "wire_copy"}
    types = {c["type"] for c in result.copies[0].changes}
    assert "sentence_dropped" in types


def test_rewrite_with_changes() -> None:
    a = doc(BASE, outlet="Marrowfield Courier", published="2031-04-06")
    b = doc(REWRITE, outlet="Daily Rampart", published="2031-04-07")
    c = doc(OTHER, outlet="Kessling Times", published="2031-04-06")
    result = Linker().link([a, b, c])
    assert _relations(result) == {(a.article.id, b.article.id): "rewrite"}
    changes = result.copies[0].changes
    by_type: dict[str, list[dict[str, object]]] = {}
    for ch in changes:
        by_type.setdefault(str(ch["type"]), []).append(ch)
    assert any(ch["from"] == [340] and ch["to"] == [500] for ch in by_type["number_changed"])
    assert any("reportedly" in ch["words"] for ch in by_type["hedge_added"])  # type: ignore[operator]
    assert any("said" in ch["words"] for ch in by_type["attribution_removed"])  # type: ignore[operator]
    assert any("slammed" in ch["words"] for ch in by_type["loaded_added"])  # type: ignore[operator]
    assert by_type["sentence_added"] and by_type["sentence_dropped"]
    # the rewrite is part of the same story as its original
    [story] = [s for s in result.stories if a.article.id in s.articles]
    assert b.article.id in story.articles and c.article.id not in story.articles


def test_shares_quotes_only() -> None:
    quote = '"We will rebuild every bridge on this river before the winter comes," '
    a = doc(quote + "said Ilse Varnhagen at a rally in Marrowfield. She spoke for an hour.")
    b = doc(
        "Farmers in the Oskel valley counted their losses on Monday. "
        + quote
        + "the mayor had promised. Many of them doubt it, and the grain price fell again.",
        outlet="Valley Gazette",
    )
    result = Linker().link([a, b])
    [copy] = result.copies
    assert copy.relation == "shares_quotes"
    assert copy.changes[0]["type"] == "shared_quote"


def test_signatures_round_trip_and_bad_signature() -> None:
    a = doc(BASE, outlet="Tessaly Wire")
    b = doc(BASE + " More follows.", outlet="Northern Ledger")
    sa, sb = signature(a.article.text), signature(b.article.text)
    assert isinstance(sa, bytes) and jaccard(sa, sb) > 0.8
    fresh = Linker().link([a, b])
    stored = Linker().link([a, b], signatures={a.article.id: sa, b.article.id: b"garbage"})
    assert fresh == stored


def test_a_figure_is_changed_only_between_sentences_that_both_state_one() -> None:
    from newstrace.link.diff import _pair_changes
    from newstrace.link.text import SentenceSpan

    def sent(text: str, index: int) -> SentenceSpan:
        return SentenceSpan(index, 0, len(text), text)

    said = sent("Nearly 400 homes in Marrowfield could be evacuated, the Courier said.", 0)
    other = sent("Residents of Marrowfield are worried after the Courier's report.", 0)
    fewer = sent("About 300 homes in Marrowfield could be evacuated.", 0)
    # only alike: no "400 -> none"
    assert not any(ch["type"] == "number_changed" for ch in _pair_changes(said, other, 0.71))
    assert any(ch["type"] == "number_changed" for ch in _pair_changes(said, fewer, 0.71))
    # the same sentence surely, reworded with its figure dropped: a change
    assert any(ch["type"] == "number_changed" for ch in _pair_changes(said, other, 0.9))


def test_the_same_figure_written_otherwise_is_no_change() -> None:
    from newstrace.link.diff import _pair_changes
    from newstrace.link.text import SentenceSpan

    def changed(a: str, b: str) -> bool:
        sa, sb = SentenceSpan(0, 0, len(a), a), SentenceSpan(0, 0, len(b), b)
        return any(ch["type"] == "number_changed" for ch in _pair_changes(sa, sb, 0.9))

    assert not changed("The dam would cost Rs 1,200 crore.", "The dam would cost Rs 12 billion.")
    assert not changed("Four in 10 Kelby residents oppose it.", "40% of Kelby residents oppose it.")
    assert not changed("A quarter of a million people live there.", "250,000 people live there.")
    # a hedge changed is a hedge change, not a figure change
    assert not changed(
        "About 4 in 10 residents oppose it.", "Forty percent of residents oppose it."
    )
    assert changed("The dam would cost Rs 1,200 crore.", "The dam would cost Rs 300 crore.")
    assert changed("The repair bill is $7.4 million.", "The repair bill is about $7 million.")
    assert changed("Vell bought Boeing 737 jets.", "Vell bought Boeing 747 jets.")


def test_a_swapped_cue_word_is_no_change_but_one_gone_is() -> None:
    from newstrace.link.diff import _pair_changes
    from newstrace.link.text import SentenceSpan

    def pair(a: str, b: str) -> set[str]:
        sa, sb = SentenceSpan(0, 0, len(a), a), SentenceSpan(0, 0, len(b), b)
        return {str(ch["type"]) for ch in _pair_changes(sa, sb, 0.9)}

    # "cited" for "quoted", "some" for "roughly": the attribution and the hedge stay
    assert not pair(
        "Some 12,000 homes were hit, the Star reported, which cited a Facebook group.",
        "Roughly 12,000 homes were hit, the Star reported, which quoted a Facebook group.",
    )
    assert not pair(
        "The claims could not be independently verified.",
        "The claims could not be independently confirmed.",
    )
    # an attribution or a hedge gone with nothing in its place is a change
    assert pair("Some 12,000 homes were hit, the Star said.", "12,000 homes were hit.") == {
        "attribution_removed",
        "hedge_removed",
    }
    assert pair("The group claimed 12,000 homes were hit.", "12,000 homes were hit.") == {
        "hedge_removed",
        "attribution_removed",
    }
