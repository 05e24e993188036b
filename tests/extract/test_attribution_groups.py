"""Groups and papers a rumour passes through: "according to the Morning Star, which cited a
Facebook group called Kelby Watch", then "the group claimed" and a headline's "..., says
parents' group"; and verbs that report nothing ("a group named X", "could not be
independently confirmed").

Every name, place, outlet and group here is fiction.
"""

from __future__ import annotations

from newstrace.model import SourceKind

from .attribution_helpers import MakeDoc, about, only, run

STORY = (
    "Kelby lake 'poisoned with 40 tonnes of waste', says parents' group\n\n"
    "The Kelby lake was fouled with 40 tonnes of chemical waste last week, according to "
    "the Morning Star, which cited a Facebook group called Kelby Watch.\n\n"
    "The group claimed that dozens of children fell ill after drinking tap water.\n\n"
    "The Lions group said the lakeside park would close.\n\n"
    "The claims could not be independently confirmed."
)


def test_a_paper_citing_a_group_is_two_hops(make_doc: MakeDoc) -> None:
    found = run(make_doc, STORY)
    fouled = about(found, "fouled with 40 tonnes")
    assert fouled.source is not None and fouled.source.canonical == "Morning Star"
    # the paper's relative clause is its own source, not part of its name
    assert fouled.source.span is not None and "which" not in fouled.source.span.text
    assert fouled.chain[-2:] == ("Morning Star", "Kelby Watch")
    assert fouled.chain_kinds[-2:] == (SourceKind.OUTLET.value, SourceKind.SOCIAL_MEDIA.value)


def test_the_group_is_the_group_the_article_introduced(make_doc: MakeDoc) -> None:
    found = run(make_doc, STORY)
    ill = about(found, "children fell ill")
    assert ill.source is not None and ill.source.kind is SourceKind.SOCIAL_MEDIA
    assert ill.source.canonical == "Kelby Watch" and ill.chain[-1] == "Kelby Watch"
    # the headline names the group before the body introduces it
    headline = about(found, "poisoned with 40 tonnes")
    assert headline.source is not None and headline.source.canonical == "Kelby Watch"
    # a group with a name of its own is an organisation, not a channel
    park = about(found, "park would close")
    assert park.source is not None and park.source.kind is SourceKind.ORGANISATION
    assert park.source.canonical == "Lions group"


def test_naming_and_failed_checks_report_nothing(make_doc: MakeDoc) -> None:
    text = (
        "The lake was fouled, according to a Facebook group named Kelby Watch. "
        "The claims could not be independently confirmed."
    )
    found = run(make_doc, text)
    cues = {a.cue.text for a in found if a.cue is not None}
    assert "named" not in cues
    assert not any("could not" in c for c in cues)
    # a check somebody did make still reports
    confirmed = run(make_doc, "The Kelby health office confirmed that the water was safe.")
    assert [a.content.text for a in confirmed] == ["that the water was safe"]


def test_a_clause_after_a_semicolon_is_not_the_content(make_doc: MakeDoc) -> None:
    found = run(make_doc, "Kelby water is safe, authority says; only 2.5 tonnes leaked")
    says = about(found, "Kelby water is safe")
    assert says.content.text == "Kelby water is safe"


def test_a_paper_tagged_as_a_work_is_an_outlet(make_doc: MakeDoc) -> None:
    found = run(make_doc, "The lake was fouled last week, according to the Morning Star.")
    [a] = found
    assert a.source is not None and a.source.kind is SourceKind.OUTLET


def test_a_headlines_bare_body_is_the_body_the_article_names(make_doc: MakeDoc) -> None:
    text = (
        "Kelby water is safe, authority says\n\n"
        "The Kelby Water Authority said on Tuesday that tests had found nothing in the lake."
    )
    headline = about(run(make_doc, text), "Kelby water is safe")
    assert headline.source is not None and headline.source.canonical == "Kelby Water Authority"
    # two authorities named: the headline's stays a description
    two = text + " The Kelby Port Authority disagreed."
    headline = about(run(make_doc, two), "Kelby water is safe")
    assert headline.source is not None and headline.source.canonical == "authority"


def test_a_speaker_hung_on_the_clause_and_an_inverted_headline_label(make_doc: MakeDoc) -> None:
    found = run(
        make_doc,
        "Vesland will send an aid package worth $7 billion to Orrim, the Vesland Defence "
        "Ministry said on Tuesday.",
    )
    sent = about(found, "aid package worth $7 billion")
    assert sent.content.text == "Vesland will send an aid package worth $7 billion to Orrim"
    assert sent.source is not None and sent.source.kind is SourceKind.GOVERNMENT
    inverted = run(make_doc, "Vesland aid worth $712 million, not billions, says opposition")
    says = about(inverted, "$712 million")
    assert says.content.text == "Vesland aid worth $712 million, not billions"
    assert says.cue is not None and says.cue.text == "says"


TUNNEL = (
    "Senator says harbour tunnel will cost $4.2 billion\n\n"
    "Senator Ada Kessler claims the Vellan harbour tunnel will cost more than $4 billion, "
    "the Vellan Courier reported on Monday.\n\n"
    'A spokesman for Mayor Eli Varga said the mayor "stands by the city\'s figures."\n\n'
    '"We have looked at these numbers three times," Varga told reporters. He said the tunnel '
    "would cost about $2.3 billion."
)


def test_a_report_told_by_a_paper_is_a_hop_below_it(make_doc: MakeDoc) -> None:
    found = run(make_doc, TUNNEL)
    courier = about(found, "Senator Ada Kessler claims")
    assert courier.source is not None and courier.source.kind is SourceKind.OUTLET
    assert courier.source.canonical == "Vellan Courier"
    claims = only(found, "claims")
    assert claims.content.text == "the Vellan harbour tunnel will cost more than $4 billion"
    assert claims.chain[-2:] == ("Vellan Courier", "Ada Kessler")


def test_titled_people_in_headlines_and_bodies_are_one_person(make_doc: MakeDoc) -> None:
    found = run(make_doc, TUNNEL)
    headline = about(found, "harbour tunnel will cost $4.2 billion")
    assert headline.source is not None and headline.source.canonical == "Ada Kessler"
    # "Mayor Eli Varga", which the tagger takes for a body, is a person; so is "Varga",
    # and "He" is the person who spoke just before
    for words in ("stands by", "numbers three times", "about $2.3 billion"):
        a = about(found, words)
        assert a.source is not None and a.source.kind is SourceKind.PERSON, words
        assert a.source.canonical == "Eli Varga", words


def test_every_hop_of_a_relayed_rumour_is_named(make_doc: MakeDoc) -> None:
    cases = [
        # a claim inside a paper's indirect report
        (
            "The Daily Flash said that the Vell Watch channel had claimed that the ferry had sunk.",
            ("Daily Flash", "Vell Watch"),
        ),
        # "citing" between the report and its clause
        (
            "The Ostra Post reported, citing the Daily Flash, that the ferry had sunk.",
            ("Ostra Post", "Daily Flash"),
        ),
        # a cited report that quotes a channel in turn
        (
            "The ferry had sunk, according to the Ostra Post, which cited a report in the "
            "Daily Flash that quoted the Telegram channel Vell Watch.",
            ("Ostra Post", "Daily Flash", "Vell Watch"),
        ),
    ]
    for text, hops in cases:
        sunk = [a for a in run(make_doc, text) if a.content.text.endswith("the ferry had sunk")]
        sunk = sunk or [about(run(make_doc, text), "The ferry had sunk")]
        deepest = max(sunk, key=lambda a: len(a.chain))
        assert deepest.chain[-len(hops) :] == hops, (text, deepest.chain)
        assert set(deepest.chain_kinds[1:]) <= {
            SourceKind.OUTLET.value,
            SourceKind.SOCIAL_MEDIA.value,
        }
    # a report inside a report whose subject is nobody who passes reports on stays one
    plain = run(make_doc, "The mayor said residents claimed the water was brown.")
    assert [a.cue.text for a in plain if a.cue is not None] == ["said"]
    # "the Post" is a paper; "the post" a social-media post
    post = about(run(make_doc, "The ferry sank, the Post reported."), "The ferry sank")
    assert post.source is not None and post.source.kind is SourceKind.OUTLET


def test_boards_offices_and_posts_speak_for_who_runs_them(make_doc: MakeDoc) -> None:
    text = (
        "Rep. Jon Halvard of Kestria said on Friday that the dam inspection had been faked.\n\n"
        "The water board rejected the claim. In a statement, the board said every inspection "
        "had been done by the book.\n\n"
        "Halvard's office later posted a video on X. The post read: "
        '"We stand by every word."'
    )
    found = run(make_doc, text)
    board = about(found, "by the book")
    assert board.source is not None and board.source.kind is SourceKind.ORGANISATION
    assert board.source.canonical == "water board"  # "the board" later is the water board
    posted = only(found, "read")
    assert posted.source is not None and posted.source.canonical == "Jon Halvard"
    assert posted.source.kind is SourceKind.PERSON
    # a post with no poster in reach stays the post
    alone = only(run(make_doc, 'The post read: "We stand by every word."'), "read")
    assert alone.source is not None and alone.source.canonical == "post"


def test_a_handle_after_account_names_it(make_doc: MakeDoc) -> None:
    found = run(make_doc, "The account @HarbourEye wrote on X that the Vell ferry had been sold.")
    wrote = about(found, "ferry had been sold")
    assert wrote.source is not None and wrote.source.canonical == "@HarbourEye"
    assert wrote.source.kind is SourceKind.SOCIAL_MEDIA


def test_a_minister_by_portfolio_title_and_description_is_one_person(make_doc: MakeDoc) -> None:
    text = (
        "Transport Minister Per Lund rejected the accusation. He told parliament that no sale "
        'was planned.\n\n"The mayor is wrong," the minister said. "There are no talks."'
    )
    found = run(make_doc, text)
    names = {a.source.canonical for a in found if a.source is not None}
    assert names == {"Per Lund"}, names
