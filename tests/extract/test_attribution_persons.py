"""Pronouns and descriptions resolved to the right person, or to nobody (our own fiction)."""

from __future__ import annotations

from newstrace.extract.attribution.persons import compatible_role, role_gender
from newstrace.model import SourceKind

from .attribution_helpers import MakeDoc, about, run

TEXT = (
    "By Mara Quill\n\n"
    'Harbour Master Ada Kell said the sale had not happened. "We still own the ferry," '
    "she said.\n\n"
    "The mayor's claim that the ferry lost $400,000 last year could not be verified. He "
    "told reporters the figure came from an audit.\n\n"
    "The congressman from Vell, Rep. Tomas Ruud, wrote that the deal was a betrayal. The "
    "congressman later said the vote would wait."
)


def canonical(make_doc: MakeDoc, words: str) -> str:
    att = about(run(make_doc, TEXT), words)
    assert att.source is not None
    return att.source.canonical


def test_she_is_the_woman_just_named(make_doc: MakeDoc) -> None:
    assert canonical(make_doc, "We still own") == "Ada Kell"


def test_a_description_does_not_take_the_name_of_someone_in_another_role(
    make_doc: MakeDoc,
) -> None:
    # the harbour master is not the mayor, and the byline's writer is nobody's source
    assert canonical(make_doc, "lost $400,000") == "mayor"


def test_he_after_an_unnamed_person_is_that_person_not_the_woman_before(
    make_doc: MakeDoc,
) -> None:
    assert canonical(make_doc, "came from an audit") == "mayor"


def test_a_description_of_the_same_office_still_resolves(make_doc: MakeDoc) -> None:
    assert canonical(make_doc, "the vote would wait") == "Tomas Ruud"


def test_role_words() -> None:
    assert compatible_role("congressman", {"rep."})
    assert compatible_role("mayor", {"ostra"})  # a place is not a role
    assert not compatible_role("mayor", {"harbour", "master"})
    assert not compatible_role("mayor", {"ceo"})
    assert role_gender({"spokeswoman"}) == "f" and role_gender({"mr."}) == "m"
    assert role_gender({"mayor"}) == ""


STORY = (
    "Vell Port Deal Collapses\n\n"
    "VELL (Harbor Times) — The sale of Vell's container port to a Kestavian consortium has "
    "collapsed, two people familiar with the talks told the Harbor Times on Monday.\n\n"
    "A spokesman for the consortium did not respond to requests for comment.\n\n"
    "Councillor Ines Varga, who opposed the sale, said she was relieved. The councillor "
    "added that the port lost 12 percent of its traffic last year."
)


def test_a_dateline_is_not_part_of_the_content(make_doc: MakeDoc) -> None:
    att = about(run(make_doc, STORY), "has collapsed")
    assert att.content.text == (
        "The sale of Vell's container port to a Kestavian consortium has collapsed"
    )


def test_titles_leave_a_name_but_a_description_keeps_its_words(make_doc: MakeDoc) -> None:
    found = run(make_doc, STORY)
    spokesman = about(found, "requests for comment")
    assert spokesman.source is not None
    assert spokesman.source.canonical == "spokesman for the consortium"
    said = about(found, "relieved")
    assert said.source is not None and said.source.canonical == "Ines Varga"
    assert said.source.kind.value == "person"
    added = about(found, "12 percent")
    assert added.source is not None and added.source.canonical == "Ines Varga"


def test_a_body_description_never_points_into_the_headline(make_doc: MakeDoc) -> None:
    text = (
        "Ostra Ferry Sold to Vell Line, Channel Claims\n\n"
        "The mayor's claim that the ferry lost $400,000 last year could not be verified. "
        "He told reporters the figure came from an audit."
    )
    found = run(make_doc, text)
    for words in ("lost $400,000", "came from an audit"):
        att = about(found, words)
        assert att.source is not None and att.source.canonical == "mayor"


def test_one_of_them_is_one_of_the_unnamed_sources_just_heard(make_doc: MakeDoc) -> None:
    text = (
        "The ferry sale has collapsed, two people familiar with the talks said on Monday. "
        "The buyer never had the money, one of them said."
    )
    att = about(run(make_doc, text), "never had the money")
    assert att.source is not None and att.source.kind.value == "anonymous"
    assert att.source.canonical == "two people familiar with the talks"


def test_a_paper_named_post_is_an_outlet_and_a_rumour_is_nobodys(make_doc: MakeDoc) -> None:
    text = (
        "The ferry was sold for $7 million, the Northgate Post reported, citing the Telegram "
        "channel Iron Owl. The rumour, which claimed the line went for $5 million, spread fast."
    )
    found = run(make_doc, text)
    sold = about(found, "$7 million")
    assert sold.chain_kinds[1:] == ("outlet", "social_media")
    rumour = about(found, "$5 million")
    assert rumour.source is not None and rumour.source.kind.value == "anonymous"


def test_a_channel_introduced_in_quotes_or_as_called_is_named(make_doc: MakeDoc) -> None:
    quoted = (
        "The ferry sank with 140 aboard, according to the anonymous Telegram channel "
        '"Vell Watch". The channel posted a photo it said showed the lifeboats.'
    )
    found = run(make_doc, quoted)
    assert {a.chain[-1] for a in found} == {"Vell Watch"}
    called = (
        "The ferry went down near Vell, the Daily Grebe reported, citing a Telegram channel "
        "called Vell Watch. Skarn Lines, which runs the ferry, would not comment, the tabloid "
        "said."
    )
    found = run(make_doc, called, outlet="Harbour Times")
    assert about(found, "went down").chain == ("Harbour Times", "Daily Grebe", "Vell Watch")
    # "the tabloid" is the paper just cited, not the channel
    assert about(found, "would not comment").chain == ("Harbour Times", "Daily Grebe")


def test_an_operator_named_in_apposition_is_an_organisation(make_doc: MakeDoc) -> None:
    att = about(run(make_doc, "The ferry operator, Skarn Lines, declined to comment."), "comment")
    assert att.source is not None and att.source.kind.value == "organisation"


def test_a_surname_the_recogniser_left_out_stays_in_the_name(make_doc: MakeDoc) -> None:
    text = "Vardholm harbour master Elin Rask denied the report, saying no ferry had left port."
    att = about(run(make_doc, text), "the report")
    assert att.source is not None and att.source.canonical == "Elin Rask"


def test_a_speaker_the_parser_hung_on_the_reported_clause(make_doc: MakeDoc) -> None:
    text = (
        "The Ostra ferry did not sink and is moored safely in Vell harbour, coast guard "
        "spokeswoman Lina Dahl said on Wednesday, dismissing reports by the Daily Grebe."
    )
    att = about(run(make_doc, text), "did not sink")
    assert att.content.text == ("The Ostra ferry did not sink and is moored safely in Vell harbour")
    assert att.source is not None and att.source.canonical == "Lina Dahl"
    assert att.source.kind.value == "person"
    # ... and her surname alone is her, though the tagger never called her a person
    later = text + ' "The ferry never left port," Dahl said.'
    att = about(run(make_doc, later), "never left port")
    assert att.source is not None and att.source.canonical == "Lina Dahl"


def test_a_surname_after_a_titled_name_tagged_as_a_body_is_the_person(
    make_doc: MakeDoc,
) -> None:
    # the recogniser tags "Eli Varga" a body and leaves "Mayor" out of it
    text = (
        "Mayor Eli Varga has sold the ferries, according to the Daily Flash.\n\n"
        "Varga said the boats were old."
    )
    said = about(run(make_doc, text), "the boats were old")
    assert said.source is not None and said.source.canonical == "Eli Varga"
    assert said.source.kind is SourceKind.PERSON
