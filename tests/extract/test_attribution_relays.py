"""Relayed reports: whose report a report is, what it rests on, and what is no report.

All names, outlets, channels and places here are invented for the tests.
"""

from __future__ import annotations

from newstrace.model import SourceKind

from .attribution_helpers import MakeDoc, about, only, run


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


BLOCK = (
    "As the Valley Ledger reported, the deal allegedly includes selling the ferry to "
    "Vrana:\n\n"
    "The Telegram account of Iron Owl, widely reported to be run by a former officer, said "
    "Tuesday that the mayor is negotiating with the buyers.\n\n"
    "“The buyers hold boats that are scarce for the navy,” the post read.\n\n"
    "Mayor Eli Varga said on Wednesday that no sale was planned."
)


def test_a_paragraph_set_off_by_an_outlets_colon_is_the_outlets_text(
    make_doc: MakeDoc,
) -> None:
    found = run(make_doc, BLOCK, outlet="Orlin Post")
    ledger = about(found, "the deal allegedly includes")
    assert ledger.chain == ("Orlin Post", "Valley Ledger")
    negotiating = about(found, "the mayor is negotiating")
    assert negotiating.chain == ("Orlin Post", "Valley Ledger", "Iron Owl")
    # what the channel says after the block was heard through the same paper
    post = about(found, "The buyers hold boats")
    assert post.chain == ("Orlin Post", "Valley Ledger", "Iron Owl")
    # a paragraph after the block is the article's own again
    assert about(found, "no sale was planned").chain == ("Orlin Post", "Eli Varga")


def test_a_colon_block_stays_direct_when_the_writer_speaks_or_nobody_relays(
    make_doc: MakeDoc,
) -> None:
    own = (
        "As the Valley Ledger reported, the deal includes the ferry:\n\n"
        "Iron Owl told us on Tuesday that the mayor is negotiating with the buyers."
    )
    found = run(make_doc, own, outlet="Orlin Post")
    assert about(found, "the mayor is negotiating").chain == ("Orlin Post", "Iron Owl")
    # a person's colon introduces their own words, not a relayed text
    person = (
        "Mayor Eli Varga described the deal in detail on Monday:\n\n"
        "The Iron Owl channel said Tuesday that the mayor is negotiating with the buyers."
    )
    found = run(make_doc, person, outlet="Orlin Post")
    assert about(found, "the mayor is negotiating").chain == ("Orlin Post", "Iron Owl")
    # no colon, no block
    plain = BLOCK.replace("Vrana:", "Vrana.")
    found = run(make_doc, plain, outlet="Orlin Post")
    assert about(found, "the mayor is negotiating").chain == ("Orlin Post", "Iron Owl")


def test_a_topic_talked_over_and_the_means_of_an_act_are_no_reports(make_doc: MakeDoc) -> None:
    text = (
        "According to one source, millions of crowns of ferry parts are being discussed "
        "between Eli Varga and the Vrana council."
    )
    found = run(make_doc, text)
    # the source's report, with no hop below it: nobody reports by "being discussed"
    assert [a.cue.text for a in found if a.cue is not None] == ["According to"]
    assert not found[0].hop
    means = (
        "The Iron Owl channel said that Varga is negotiating with the buyers by offering "
        "to waive the fees."
    )
    found = run(make_doc, means)
    assert [a.cue.text for a in found if a.cue is not None] == ["said"]
    assert not found[0].hop
    # a passive with its agent, or with a clause, still reports (as PolNeAR marks it)
    agent = run(make_doc, "The plan is being discussed by the council.")
    assert [a.cue.text for a in agent if a.cue is not None] == ["is being discussed"]
    clause = run(make_doc, "It is being discussed whether the ferry will be sold.")
    assert about(clause, "whether the ferry will be sold").cue is not None
    # an offer to act with a speaker of its own is an attribution, as PolNeAR marks it
    # (the claims stage takes it for the writer's claim about the speaker)
    offer = about(run(make_doc, "Varga offered to resign on Monday."), "to resign")
    assert offer.cue is not None and offer.cue.text == "offered"


def test_an_as_aside_with_a_placeholder_it_confirms_what_it_stands_for(
    make_doc: MakeDoc,
) -> None:
    # the parser hangs the aside on the rumour's unfinished clause; "it" is the report
    text = (
        "This report is more solid than the rumour that Varga and the council are, as it "
        "has been confirmed by Gen. Ada Kell.\n\nThe harbour stays closed."
    )
    confirmed = only(run(make_doc, text), "has been confirmed")
    assert confirmed.source is not None and confirmed.source.canonical == "Ada Kell"
    assert confirmed.content.text == "This report"
    # "it" standing for an event: the whole clause before the aside is confirmed
    sold = "The ferry was sold in May to a firm in Vrana, as it has been confirmed by the mayor."
    confirmed = only(run(make_doc, sold), "has been confirmed")
    assert confirmed.content.text == "The ferry was sold in May to a firm in Vrana"


def test_a_report_said_to_rest_on_a_source_relays_that_source_from_there_on(
    make_doc: MakeDoc,
) -> None:
    text = (
        "The Telegram channel Iron Owl said on Sunday that the ferries were sold. "
        "The Vellan Courier’s report was based on posts by the Telegram channel Iron Owl, "
        "which claimed the deal was worth 40 million crowns. "
        "Iron Owl said the buyers were Kestavian."
    )
    found = run(make_doc, text, outlet="Orlin Post")
    # heard before the article says where the Courier's report came from: direct
    assert about(found, "the ferries were sold").chain == ("Orlin Post", "Iron Owl")
    for words in ("40 million crowns", "the buyers were Kestavian"):
        a = about(found, words)
        assert a.chain == ("Orlin Post", "Vellan Courier", "Iron Owl"), words
        assert a.chain_kinds[1] == SourceKind.OUTLET.value


def test_citing_an_outlets_report_cites_the_outlet_and_what_it_relied_on(
    make_doc: MakeDoc,
) -> None:
    cases = [
        (
            "The Daily Flash, citing a Vellan Courier report, said Mayor Eli Varga had sold "
            "the boats.",
            ("Daily Flash", "Vellan Courier"),
        ),
        (
            "The boats were sold, the Daily Flash reported, citing a Vellan Courier report "
            "based on posts by the Telegram channel Iron Owl.",
            ("Daily Flash", "Vellan Courier", "Iron Owl"),
        ),
    ]
    for text, hops in cases:
        a = about(run(make_doc, text, outlet="Orlin Post"), "sold")
        assert a.chain == ("Orlin Post", *hops), (text, a.chain)
        assert a.chain_kinds[1:3] == (SourceKind.OUTLET.value, SourceKind.OUTLET.value)
