"""Constructions of real partisan news that broke chains, pinned on fiction.

Each sentence here is written for the test (all names, outlets, channels and places
are invented); each mirrors a construction seen in a real rumour story: a channel
set off by a gloss, a participle clause between a source and its verb, a quoted
show as the listener, a report inside a report, the writer's own column.
"""

from __future__ import annotations

from newstrace.model import SourceKind

from .attribution_helpers import MakeDoc, about, only, run


def test_a_participle_between_source_and_verb(make_doc: MakeDoc) -> None:
    text = (
        "The account of Iron Owl, widely assumed to belong to two clerks, said Monday that "
        "the ferry is late."
    )
    found = run(make_doc, text)
    said = only(found, "said")
    assert said.source is not None and said.source.span is not None
    assert said.source.span.text == "The account of Iron Owl"
    assert said.source.kind is SourceKind.SOCIAL_MEDIA
    assert said.content.text == "that the ferry is late"
    # what is assumed about the account is not something the account reports
    assert [a.cue.text for a in found if a.cue is not None] == ["said"]
    # "the Telegram account of NAME" is NAME
    named = "The Telegram account of Iron Owl said on Friday that the fares would double."
    said = only(run(make_doc, named), "said")
    assert said.source is not None and said.source.canonical == "Iron Owl"


def test_according_to_an_outlet_then_a_glossed_platform_and_a_colon(
    make_doc: MakeDoc,
) -> None:
    text = (
        "According to the Daily Orlin, Telegram (an app much used by harbour gossips), "
        "claims that:\n\n"
        "“The ferry line will be sold by June.” “The buyers offered fuel as part of the "
        "price,” the Iron Owl channel stated."
    )
    found = run(make_doc, text, outlet="Orlin Post")
    claims = only(found, "claims")
    # the platform does not speak: the one channel the article names on it does
    assert claims.source is not None and claims.source.canonical == "Iron Owl"
    assert claims.source.role == "Telegram"
    assert claims.source.kind is SourceKind.SOCIAL_MEDIA
    assert claims.content.text == "“The ferry line will be sold by June.”"
    assert claims.chain == ("Orlin Post", "Daily Orlin", "Iron Owl")
    stated = only(found, "stated")
    assert stated.source is not None and stated.source.canonical == "Iron Owl"
    # ... and what that channel says later was heard through the same paper
    assert stated.chain == ("Orlin Post", "Daily Orlin", "Iron Owl")


def test_a_platform_stays_when_the_article_names_no_channel_or_several(
    make_doc: MakeDoc,
) -> None:
    text = "According to the Daily Orlin, Telegram users claim that the ferry will be sold."
    claims = only(run(make_doc, text, outlet="Orlin Post"), "claim")
    assert claims.chain[-1] != "Iron Owl"
    two = (
        "According to the Daily Orlin, Telegram claims that the ferry will be sold. The Iron "
        "Owl channel said the price was low. The Grey Heron channel said the buyer was foreign."
    )
    claims = only(run(make_doc, two, outlet="Orlin Post"), "claims")
    assert claims.chain[-1] == "Telegram"


def test_a_parenthetical_gloss_stays_in_the_span_but_not_the_name(make_doc: MakeDoc) -> None:
    text = "Sen. Ada Kell (D-Ostra) said the ferry was late again."
    said = only(run(make_doc, text), "said")
    assert said.source is not None and said.source.span is not None
    assert said.source.span.text == "Sen. Ada Kell (D-Ostra)"
    assert said.source.canonical == "Ada Kell"


def test_a_surname_read_as_a_noun_after_a_quote(make_doc: MakeDoc) -> None:
    text = (
        "Rep. Mara Banks of Ostra spoke on Monday. “The fares are a scandal,” Banks, who "
        "chairs the ferry board, told reporters."
    )
    told = only(run(make_doc, text), "told")
    assert told.source is not None and told.source.span is not None
    assert told.source.span.text.startswith("Banks")  # not the quote's closing mark
    assert told.source.canonical == "Mara Banks"
    assert told.source.kind is SourceKind.PERSON


def test_a_quoted_show_is_the_listener_not_the_content(make_doc: MakeDoc) -> None:
    text = (
        "“We were never consulted,” Weller, who chairs the ferry board, told “Morning "
        "Harbour Live.” “I sailed that route for ten years. To discover that the fares will "
        "double, it simply shows how little the board cares.”"
    )
    found = run(make_doc, text)
    told = only(found, "told")
    parts = [p.text for p in told.content_parts]
    assert parts[0] == "“We were never consulted,”"
    assert not any("Morning Harbour Live" in p for p in parts)
    assert any(p.startswith("“I sailed that route") for p in parts)
    # "To discover that ..." and "it simply shows ..." inside the quote are not reports
    assert [a.cue.text for a in found if a.cue is not None] == ["told"]


def test_a_report_inside_a_report_is_a_hop(make_doc: MakeDoc) -> None:
    text = (
        "Rep. Ilse Brandt told the Ostra Herald of a survey that suggests the ferry is "
        "losing money."
    )
    found = run(make_doc, text, outlet="Orlin Post")
    told = only(found, "told")
    suggests = only(found, "suggests")
    assert told.hop and suggests.parent == told.id
    assert suggests.source is not None and suggests.source.kind is SourceKind.DOCUMENT
    assert suggests.content.text == "the ferry is losing money"
    assert suggests.chain == ("Orlin Post", "Ilse Brandt", "survey")


def test_acts_and_aspect_verbs_are_not_reports(make_doc: MakeDoc) -> None:
    text = (
        "The board’s blunder over the timetable continues to trouble the islanders. "
        "The boats stayed moored when the harbour master ordered a full stop. "
        "Mayor Ada Kell continued to insist that the bridge was safe."
    )
    found = run(make_doc, text)
    assert [a.cue.text for a in found if a.cue is not None] == ["continued to insist"]


def test_the_writers_own_headline_and_reporting(make_doc: MakeDoc) -> None:
    text = (
        "As this column predicted in May, the fare rise is larger than announced, our "
        "reporting found."
    )
    found = only(run(make_doc, text), "found")
    assert found.source is not None and found.source.kind is SourceKind.WRITER


def test_stories_and_documents_are_documents(make_doc: MakeDoc) -> None:
    text = "Two audits show that the ferry company moved money to Telvik."
    show = only(run(make_doc, text), "show")
    assert show.source is not None and show.source.kind is SourceKind.DOCUMENT


def test_a_quantifier_takes_the_kind_of_what_it_counts(make_doc: MakeDoc) -> None:
    text = (
        "Both of these reports show that the board overspent. "
        "One of the officials said the boats were sold in March."
    )
    found = run(make_doc, text)
    show, said = only(found, "show"), only(found, "said")
    assert show.source is not None and show.source.kind is SourceKind.DOCUMENT
    assert said.source is not None and said.source.kind is SourceKind.ANONYMOUS
    assert said.source.canonical == "one of the officials"


def test_an_aspect_verb_carrying_a_report(make_doc: MakeDoc) -> None:
    text = (
        "The mayor continued to insist that the bridge was safe. "
        "The council kept saying that the ferry would sail."
    )
    found = run(make_doc, text)
    insist = only(found, "continued to insist")
    assert insist.source is not None and insist.source.canonical == "mayor"
    assert insist.content.text == "that the bridge was safe"
    saying = only(found, "kept saying")
    assert saying.content.text == "that the ferry would sail"


def test_the_post_read_is_the_channel_heard_last(make_doc: MakeDoc) -> None:
    text = (
        "The Telegram channel Iron Owl wrote on Monday that the strike would spread. "
        "Officials in Ostra declined to comment. "
        "“The ferry will stop running at midnight,” the post read."
    )
    read = only(run(make_doc, text), "read")
    assert read.source is not None and read.source.span is not None
    assert read.source.span.text == "the post"
    assert read.source.canonical == "Iron Owl"
    assert read.source.kind is SourceKind.SOCIAL_MEDIA
    assert read.content.text == "“The ferry will stop running at midnight,”"


def test_an_origin_heard_through_an_outlet_stays_behind_it(make_doc: MakeDoc) -> None:
    text = (
        "According to the Daily Orlin, the Telegram channel Iron Owl claims that Vrana is "
        "buying rifles. Iron Owl said the deal was worth $2 million. "
        "Mayor Ada Kell said the harbour was calm."
    )
    found = run(make_doc, text, outlet="Orlin Post")
    deal = about(found, "the deal was worth $2 million")
    assert deal.chain == ("Orlin Post", "Daily Orlin", "Iron Owl")
    calm = about(found, "the harbour was calm")
    assert calm.chain == ("Orlin Post", "Ada Kell")  # heard directly, stays direct


def test_a_headline_topic_or_place_label_is_not_a_speaker(make_doc: MakeDoc) -> None:
    for head in (
        "Unbearable: Fisherman Fends Off Seal With a Song",
        "Savages: Gang Burns Ostra Ferry",
        "Portugal: Ferry Will Return to Ostra in May",
        # a bare "report" names nobody, in capitals as in title case
        "REPORT: Vrana Mayor Sells Ferries in Secret Deal",
        "Report: Vrana Mayor Sells Ferries in Secret Deal",
        # a kicker in capitals reads as a name to the tagger, word by word
        "GUNSHIP SHOCK: Kestavia's Secret Arms Deal",
    ):
        found = run(make_doc, head + "\n\nThe ferry returns.")
        assert not [a for a in found if a.cue is not None and a.cue.text == ":"], head


def test_a_known_outlet_in_capitals_opening_a_headline_is_its_source(make_doc: MakeDoc) -> None:
    found = run(make_doc, "AP: Ferry Chief Routed Harbour Money to Telvik\n\nThe ferry returns.")
    colon = only(found, ":")
    assert colon.source is not None and colon.source.canonical == "AP"
    # a transcript's speaker in capitals below the headline still speaks
    transcript = "Harbour Hour, Monday\n\nADA KELL: The ferry will return in May."
    assert only(run(make_doc, transcript), ":").content.text == "The ferry will return in May"


def test_a_paired_dash_aside_does_not_end_the_report(make_doc: MakeDoc) -> None:
    text = (
        "Harbour chief Ada Kell told the city council on Friday that the board has promised "
        "Telvik, Ostra and Orvalle — three towns with empty piers — new ferries by the "
        "spring."
    )
    told = only(run(make_doc, text), "told")
    assert told.content.text.startswith("that the board has promised")
    assert told.content.text.endswith("new ferries by the spring")
    # a single dash still ends it: what follows is the writer's
    said = only(
        run(make_doc, "The mayor said the bridge was safe — a claim engineers doubt."), "said"
    )
    assert said.content.text == "the bridge was safe"


def test_told_an_outlet_of_a_report(make_doc: MakeDoc) -> None:
    text = (
        "On Friday evening, Rep. Piet Odum of Telvik told Harbourmax of a survey that "
        "suggests the ferry line is losing money."
    )
    found = run(make_doc, text, outlet="Orlin Post")
    told = only(found, "told")
    assert told.source is not None and told.source.canonical == "Piet Odum"
    assert told.content.text.startswith("a survey that suggests")
    suggests = only(found, "suggests")
    assert suggests.chain == ("Orlin Post", "Piet Odum", "survey")
    assert suggests.content.text == "the ferry line is losing money"


def test_an_unknown_country_with_its_demonym_is_not_a_person(make_doc: MakeDoc) -> None:
    text = "Delmora denied reports that it was selling Delmoran gunships to Kestavia."
    denied = only(run(make_doc, text), "denied")
    assert denied.source is not None and denied.source.kind is SourceKind.GOVERNMENT
    assert denied.source.canonical == "Delmora"
    # a person's name with no such demonym stays a person
    said = only(run(make_doc, "Vrana said the gunships were old."), "said")
    assert said.source is not None and said.source.kind is SourceKind.PERSON


def test_a_country_known_by_its_ministry(make_doc: MakeDoc) -> None:
    text = (
        "Delmora's foreign ministry on Tuesday denied the reports. "
        "Delmora called the reports false. Vrana's office said the ferry was late. "
        "Vrana said the talks would go on."
    )
    found = run(make_doc, text)
    called = only(found, "called")
    assert called.source is not None and called.source.kind is SourceKind.GOVERNMENT
    talks = about(found, "the talks would go on")
    assert talks.source is not None and talks.source.kind is SourceKind.PERSON  # an office


def test_a_speaker_the_parser_made_an_apposition_of_the_clause(make_doc: MakeDoc) -> None:
    # "Delmora, a source ..." / "Delmora, the Morning Lamp tabloid ...": the parser reads
    # the speaker as a gloss on the clause's last noun, and the verb as subjectless
    cases = [
        (
            "Kestavia is secretly buying six gunships from Delmora, a source close to the "
            "deal told the Morning Lamp.",
            "told",
            "a source close to the deal",
        ),
        (
            "Kestavia is buying six gunships from Delmora, the Morning Lamp tabloid reported "
            "on Friday.",
            "reported",
            "the Morning Lamp tabloid",
        ),
        (  # ... or the verb a relative clause on that noun, with no relative word
            "Six gunships are to be sold to Kestavia, the Morning Lamp tabloid reported on Friday.",
            "reported",
            "the Morning Lamp tabloid",
        ),
    ]
    for text, cue, speaker in cases:
        a = only(run(make_doc, text), cue)
        assert a.source is not None and a.source.span is not None
        assert a.source.span.text == speaker, text
        assert a.content.text == text.split(",")[0], text
    # a participle after an apposition is no report, nor a verb with content of its own
    shut = run(make_doc, "The board met Ida Roe, the ferry executive arrested and charged.")
    assert [a.cue.text for a in shut if a.cue is not None] == []
