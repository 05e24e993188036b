"""Source identity: which mentions are one source, and which are two.

All names, bodies, outlets and places here are fiction.
"""

from __future__ import annotations

from newstrace.extract.attribution import canonical_source
from newstrace.extract.attribution.naming import channel_names, split_role
from newstrace.model import SourceKind

from .attribution_helpers import MakeDoc, about, run


def test_a_title_word_in_a_bodys_name_stays() -> None:
    assert canonical_source("the Defence Ministry") == "Defence Ministry"
    assert canonical_source("Interior Ministry") == "Interior Ministry"
    assert canonical_source("State Department") == "State Department"
    # a person's title still goes
    assert canonical_source("Defence Minister Ada Quell") == "Ada Quell"
    # a person's apposition goes to the role; a firm's comma-separated name stays whole
    assert split_role("Marshal Tomas Vrana, the head of the armed forces") == (
        "Tomas Vrana",
        "Marshal the head of the armed forces",
    )
    assert canonical_source("Ana Ruiz, a ministry spokeswoman") == "Ana Ruiz"
    assert canonical_source("Skadden, Arps, Slate") == "Skadden, Arps, Slate"
    # nothing but a determiner, or nothing at all, is not an error
    assert canonical_source("the") == "the" and canonical_source("") == ""


def test_two_bodies_are_not_merged(make_doc: MakeDoc) -> None:
    text = (
        "The Defence Ministry declined to comment on the sale. "
        "The Telvik city council said the bridge would stay shut. "
        "The city council of Orvalle said its own bridge was safe."
    )
    atts = run(make_doc, text)
    ministry = about(atts, "comment")
    telvik = about(atts, "stay shut")
    orvalle = about(atts, "was safe")
    names = [a.source.canonical if a.source else None for a in (ministry, telvik, orvalle)]
    assert names == ["Defence Ministry", "Telvik city council", "city council of Orvalle"]


def test_a_bare_description_still_refers_back(make_doc: MakeDoc) -> None:
    text = (
        "The Telvik Harbour Council voted to close the pier on Monday. "
        "The council said repairs would take a year."
    )
    said = about(run(make_doc, text), "repairs")
    assert said.source is not None and said.source.canonical == "Telvik Harbour Council"


def test_a_subject_the_parser_hung_as_a_compound_is_found(make_doc: MakeDoc) -> None:
    text = (
        "According to the Daily Orlin, the Iron Owl Telegram channel claims that "
        "the governor is ill."
    )
    claims = next(a for a in run(make_doc, text) if a.cue is not None and a.cue.text == "claims")
    assert claims.source is not None
    assert claims.source.canonical == "Iron Owl"
    assert claims.source.kind is SourceKind.SOCIAL_MEDIA
    assert claims.chain[-2:] == ("Daily Orlin", "Iron Owl")


def test_an_anonymous_sources_name_is_its_noun_phrase(make_doc: MakeDoc) -> None:
    text = "A senior official, who spoke on condition of anonymity, said the talks had stalled."
    said = about(run(make_doc, text), "stalled")
    assert said.source is not None and said.source.kind is SourceKind.ANONYMOUS
    assert said.source.canonical == "senior official"


def test_a_bare_description_refers_back_to_a_body_named_by_description(
    make_doc: MakeDoc,
) -> None:
    text = (
        "The Telvik city council said the bridge would stay shut. "
        "The council said repairs could take two years."
    )
    said = about(run(make_doc, text), "two years")
    assert said.source is not None and said.source.canonical == "Telvik city council"


def test_a_body_named_outside_any_report_is_still_what_the_description_means(
    make_doc: MakeDoc,
) -> None:
    text = (
        "The Ostra harbour council closed the pier on Monday. "
        "The council estimated that 900 boats use it. "
        "It said repairs may take a year."
    )
    atts = run(make_doc, text)
    estimated = about(atts, "900 boats")
    it_said = about(atts, "repairs")
    assert estimated.source is not None and it_said.source is not None
    assert estimated.source.canonical == "Ostra harbour council"
    assert it_said.source.canonical == "Ostra harbour council"
    assert it_said.source.kind is SourceKind.GOVERNMENT


def test_a_name_introduced_as_a_channel_is_social_media_wherever_it_is_named(
    make_doc: MakeDoc,
) -> None:
    text = (
        "A Telegram channel called Dockwatch claimed on Sunday that the Ostra ferry sank. "
        "According to the Coast Daily, which cited Dockwatch, rescue boats left Vell at dawn. "
        "Later, Harbour Eye, an anonymous channel, said 40 people were aboard. "
        "Harbour Eye also said the crew had been rescued."
    )
    atts = run(make_doc, text)
    boats = about(atts, "rescue boats")
    assert boats.chain[-1] == "Dockwatch" and boats.chain_kinds[-1] == "social_media"
    crew = about(atts, "crew had been rescued")
    assert crew.source is not None and crew.source.kind is SourceKind.SOCIAL_MEDIA


def test_a_television_channel_is_not_social_media() -> None:
    assert channel_names("Ostra One, the city's news channel, said the ferry sank.") == set()
    assert channel_names("A TV channel called Ostra One said the ferry sank.") == set()
    assert channel_names("Vell Watch, an account on X, said the ferry sank.") == {"Vell Watch"}
    assert channel_names("It rained on Sunday. Dockwatch, an anonymous channel, said so.") == {
        "Dockwatch"
    }


def test_according_to_a_source_citing_another_is_one_chain(make_doc: MakeDoc) -> None:
    for text in (
        "According to the Coast Daily, citing Dockwatch, rescue boats left Vell at dawn.",
        "According to the Coast Daily, which cited Dockwatch, rescue boats left Vell at dawn.",
    ):
        atts = run(make_doc, text)
        assert len(atts) == 1, [(a.cue, a.content.text) for a in atts]
        (boats,) = atts
        # the whole reported clause, its subject included, and both hops
        assert boats.content.text == "rescue boats left Vell at dawn"
        assert boats.chain[-2:] == ("Coast Daily", "Dockwatch")


def test_an_account_handle_is_a_social_media_source(make_doc: MakeDoc) -> None:
    for text in (
        "In a post on X, formerly Twitter, the account @VellWatch wrote that the strike "
        "would last a month.",
        "@VellWatch claimed the strike would last a month.",
    ):
        [att] = run(make_doc, text)
        assert att.source is not None
        assert (att.source.canonical, att.source.kind) == ("@VellWatch", SourceKind.SOCIAL_MEDIA)
    # an e-mail address is not a handle
    [att] = run(make_doc, "Write to news@example.com, the editor said.")
    assert att.source is not None and att.source.canonical == "editor"


def test_citing_an_untagged_name_is_one_more_hop(make_doc: MakeDoc) -> None:
    text = (
        "Nearly 400 homes in Ostervik could be evacuated, the Lakeside Herald reported on "
        "Tuesday, citing the Daily Flash."
    )
    [att] = run(make_doc, text)
    assert att.chain[-2:] == ("Lakeside Herald", "Daily Flash")
    # a reason cited is no hop
    atts = run(make_doc, "Prices rose, the Lakeside Herald reported, citing rising costs.")
    assert all(a.chain[-1] == "Lakeside Herald" for a in atts)


def test_a_silence_is_not_relayed_through_the_outlet_first_quoted(make_doc: MakeDoc) -> None:
    text = (
        "More than 5,000 dock workers will walk out on Monday, according to Reuters, which "
        "cited union leader Per Vik. Vik did not respond to a request for comment. "
        "Vik also said the strike would be peaceful."
    )
    atts = run(make_doc, text)
    # what Vik said is still heard through Reuters; not answering the article is not
    assert about(atts, "peaceful").chain[-2:] == ("Reuters", "Per Vik")
    assert "Reuters" not in about(atts, "request for comment").chain


def test_a_document_is_its_named_authors_word(make_doc: MakeDoc) -> None:
    text = (
        "About 4 in 10 Kelby residents oppose the reservoir, according to a poll published "
        "by the Kelby Water Authority on Monday. "
        "Forty percent of voters oppose the dam, a poll by the Kelby Water Authority found. "
        "The dam will cost more than planned, a report by the Vellan Courier said. "
        "The pier is unsafe, a leaked memo said."
    )
    atts = run(make_doc, text)
    published, by = about(atts, "residents oppose"), about(atts, "voters oppose")
    for att in (published, by):
        assert att.source is not None
        assert (att.source.kind, att.source.canonical, att.source.role) == (
            SourceKind.DOCUMENT,
            "Kelby Water Authority",
            "poll",
        )
    courier = about(atts, "cost more").source
    assert courier is not None
    assert (courier.kind, courier.canonical) == (SourceKind.OUTLET, "Vellan Courier")
    memo = about(atts, "unsafe").source
    assert memo is not None and (memo.kind, memo.canonical) == (SourceKind.DOCUMENT, "leaked memo")


def test_a_headlines_bare_poll_and_inverted_body_are_named_in_the_text(
    make_doc: MakeDoc,
) -> None:
    text = (
        "Most Kelby residents back reservoir, says authority\n\n"
        "Six in 10 residents back the reservoir, the Kelby Water Authority said.\n"
    )
    says = about(run(make_doc, text), "Most Kelby")
    assert says.source is not None and says.source.span is not None
    assert says.source.span.text == "authority"  # not "authority\n\n"
    assert says.source.canonical == "Kelby Water Authority"
    text = (
        "Kelby reservoir divides residents, poll shows\n\n"
        "Forty percent of residents oppose it, a poll by the Kelby Water Authority found.\n"
    )
    shows = about(run(make_doc, text), "divides residents")
    assert shows.source is not None
    assert (shows.source.kind, shows.source.canonical) == (
        SourceKind.DOCUMENT,
        "Kelby Water Authority",
    )


def test_a_headline_name_takes_the_kind_the_body_gives_it(make_doc: MakeDoc) -> None:
    text = (
        "Iron Owl Claims Vrana Mayor Sold Ferry Fleet to Kestavian Buyers\n\n"
        "The Telegram channel Iron Owl claimed on Sunday that the mayor of Vrana sold the "
        "city's ferries. Harbour workers said the ferries were still moored on Monday."
    )
    found = run(make_doc, text)
    headline = about(found, "Vrana Mayor Sold Ferry Fleet")
    assert headline.source is not None and headline.source.canonical == "Iron Owl"
    assert headline.source.kind is SourceKind.SOCIAL_MEDIA
    assert headline.chain_kinds[-1] == SourceKind.SOCIAL_MEDIA.value
    workers = about(found, "still moored")  # other names keep their own kind
    assert workers.source is not None and workers.source.kind is not SourceKind.SOCIAL_MEDIA


def test_a_headline_name_the_body_calls_a_place_is_a_government(make_doc: MakeDoc) -> None:
    text = (
        "Vrana denies ferry sale reported by Telegram channel\n\n"
        "VRANA — The city of Vrana on Tuesday denied that its ferry fleet had been sold. "
        "Officials in Vrana said the boats were moored."
    )
    denies = about(run(make_doc, text), "ferry sale reported")
    assert denies.source is not None and denies.source.canonical == "Vrana"
    assert denies.source.kind is SourceKind.GOVERNMENT


def test_a_paper_named_with_what_it_is_and_a_quoted_cited_source(make_doc: MakeDoc) -> None:
    text = (
        "Kestavia is buying six gunships from Delmora, the Morning Lamp tabloid reported "
        'on Friday, citing "a source close to the deal".'
    )
    a = about(run(make_doc, text, outlet="Orlin Post"), "buying six gunships")
    assert a.source is not None and a.source.canonical == "Morning Lamp"
    assert a.source.kind is SourceKind.OUTLET and a.source.role == "tabloid"
    # the cited source without its quote marks
    assert a.chain == ("Orlin Post", "Morning Lamp", "source close to the deal")


def test_a_headlines_bare_tabloid_is_the_one_the_body_names(make_doc: MakeDoc) -> None:
    text = (
        "Kestavia Buying Gunships From Delmora, Tabloid Says\n\n"
        "Six gunships are to be sold to Kestavia, the Morning Lamp tabloid reported on "
        "Friday."
    )
    says = about(run(make_doc, text, outlet="Orlin Post"), "Buying Gunships From Delmora")
    assert says.source is not None and says.source.canonical == "Morning Lamp"
    assert says.source.kind is SourceKind.OUTLET
    # two tabloids in the body: the headline's stays a bare description
    two = text + " The Vellan Courier tabloid had the same story."
    says = about(run(make_doc, two, outlet="Orlin Post"), "Buying Gunships From Delmora")
    assert says.source is not None and says.source.canonical != "Morning Lamp"


def test_a_group_named_after_a_person_is_not_that_person(make_doc: MakeDoc) -> None:
    text = (
        "Mayor Eli Varga said the count was fair. "
        "Varga supporters said the count was rigged. "
        "Four in 10 Kelby residents said the water tasted of diesel."
    )
    atts = run(make_doc, text)
    mayor, fans = about(atts, "was fair").source, about(atts, "was rigged").source
    residents = about(atts, "diesel").source
    assert mayor is not None and mayor.canonical == "Eli Varga"
    assert fans is not None and fans.canonical == "varga supporters"
    assert residents is not None and residents.canonical != "Kelby"
