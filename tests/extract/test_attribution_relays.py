"""Relayed reports: whose report a report is, what it rests on, and what is no report.

All names, outlets, channels and places here are invented for the tests.
"""

from __future__ import annotations

from newstrace.model import SourceKind

from .attribution_helpers import MakeDoc, about, run


def test_an_outlets_report_based_on_another_source_is_two_hops(make_doc: MakeDoc) -> None:
    cases = [
        (
            "According to a Vellan Courier report based on claims by the Iron Owl channel, "
            "the mayor resigned.",
            ("Vellan Courier", "Iron Owl"),
        ),
        (
            "According to a report in the Daily Flash based on posts by the Telegram channel "
            "Iron Owl, the mayor resigned.",
            ("Daily Flash", "Iron Owl"),
        ),
        (
            "A Vellan Courier report citing the Iron Owl channel said the mayor resigned.",
            ("Vellan Courier", "Iron Owl"),
        ),
        (
            "The mayor resigned, according to a Vellan Courier report that cited Iron Owl.",
            ("Vellan Courier", "Iron Owl"),
        ),
        (
            "According to a report in the Daily Flash, which cited the Iron Owl channel, "
            "the mayor resigned.",
            ("Daily Flash", "Iron Owl"),
        ),
        (
            "The Vellan Courier’s report, based on claims by Iron Owl, said the mayor resigned.",
            ("Vellan Courier", "Iron Owl"),
        ),
        # no basis: the paper alone
        ("According to a Vellan Courier report, the mayor resigned.", ("Vellan Courier",)),
    ]
    for text, hops in cases:
        a = about(run(make_doc, text, outlet="Orlin Post"), "mayor resigned")
        assert a.chain == ("Orlin Post", *hops), (text, a.chain)
        assert a.source is not None and a.source.canonical == hops[0]
        assert a.source.kind is SourceKind.OUTLET, text
        assert a.chain_kinds[1] == SourceKind.OUTLET.value


def test_a_report_by_a_body_or_on_a_basis_without_a_maker_stays_a_document(
    make_doc: MakeDoc,
) -> None:
    audit = "A report by the Harbour Audit Office found that the pier had been neglected."
    a = about(run(make_doc, audit), "the pier had been neglected")
    assert a.source is not None and a.source.kind is SourceKind.DOCUMENT
    images = "According to a report based on satellite images, the dam was breached."
    b = about(run(make_doc, images, outlet="Orlin Post"), "the dam was breached")
    assert len(b.chain) == 2  # nobody made the images a source
    # "in May" is when, not where, a report appeared
    may = "According to a report in May, the dam was breached."
    c = about(run(make_doc, may, outlet="Orlin Post"), "the dam was breached")
    assert c.source is not None and c.source.kind is SourceKind.DOCUMENT
