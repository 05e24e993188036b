"""Attribution extraction: each construction pinned on invented sentences.

All names, outlets and places here are fiction.
"""

from __future__ import annotations

import pytest

from newstrace.extract.attribution import (
    AttributionStage,
    canonical_source,
    source_kind,
)
from newstrace.model import SourceKind
from newstrace.pipeline import Stage

from .attribution_helpers import MakeDoc, only, run


def test_direct_quote_curly_with_inverted_cue(make_doc: MakeDoc) -> None:
    a = only(run(make_doc, "“We will not retreat,” said Rep. Jim Banks of Indiana."), "said")
    assert a.kind == "direct"
    assert a.content.text == "“We will not retreat,”"
    assert a.source is not None and a.source.canonical == "Jim Banks"
    assert a.source.kind is SourceKind.PERSON
    assert "Rep." in a.source.role


def test_direct_quote_straight_marks_after_colon(make_doc: MakeDoc) -> None:
    a = only(run(make_doc, 'Mayor Lena Orvik said: "The bridge will reopen in June."'), "said")
    assert a.kind == "direct"
    assert a.content.text == '"The bridge will reopen in June."'
    assert a.source is not None and a.source.canonical == "Lena Orvik"


def test_split_quote_gives_two_parts(make_doc: MakeDoc) -> None:
    text = "“The convoy left at dawn,” Captain Ilse Marr said, “and it never came back.”"
    a = only(run(make_doc, text), "said")
    assert [p.text for p in a.content_parts] == [
        "“The convoy left at dawn,”",
        "“and it never came back.”",
    ]
    assert a.source is not None and a.source.canonical == "Ilse Marr"


def test_quote_over_several_sentences(make_doc: MakeDoc) -> None:
    text = "“The pumps failed. Then the levee gave way,” engineer Pavel Drost said."
    a = only(run(make_doc, text), "said")
    assert a.content.text == "“The pumps failed. Then the levee gave way,”"


def test_quote_running_over_paragraphs(make_doc: MakeDoc) -> None:
    text = (
        "Governor Hana Sollis said: “The reservoir is at a record low.\n\n"
        "“We are asking every household to cut its use by a third.”"
    )
    a = only(run(make_doc, text), "said")
    assert len(a.content_parts) == 2
    assert a.content_parts[1].text.startswith("“We are asking")


def test_a_continued_quote_runs_on_into_the_next_paragraph(make_doc: MakeDoc) -> None:
    # the second quote of the speech is left open at the paragraph's end: the next
    # paragraph's quote goes on with it (straight quotes, as many sites print them)
    text = (
        '"We still run the ferry," Ada Kell said. "Nobody has offered to buy it.\n\n'
        '"The rumour began on a Telegram channel and it will end there."\n\n'
        "The council meets on Monday."
    )
    a = only(run(make_doc, text), "said")
    assert [p.text[:12] for p in a.content_parts] == [
        '"We still ru',
        '"Nobody has ',
        '"The rumour ',
    ]


def test_unbalanced_quote_stays_in_its_paragraph(make_doc: MakeDoc) -> None:
    text = "Coach Bram Telling said: “We played badly tonight\n\nThe club will meet on Monday."
    a = only(run(make_doc, text), "said")
    assert "\n" not in a.content.text
    assert a.content.text.startswith("“We played badly")


def test_indirect_speech(make_doc: MakeDoc) -> None:
    text = "Banks said the weapons would arrive in Port Hallow by May."
    a = only(run(make_doc, text), "said")
    assert a.kind == "indirect"
    assert a.content.text == "the weapons would arrive in Port Hallow by May"
    assert a.source is not None and a.source.span is not None
    assert a.source.span.text == "Banks"


def test_mixed_quote(make_doc: MakeDoc) -> None:
    text = "Senator Tomas Reyl said the delay was “a betrayal of our sailors.”"
    a = only(run(make_doc, text), "said")
    assert a.kind == "mixed"
    assert a.content.text.endswith("“a betrayal of our sailors.”")


def test_according_to(make_doc: MakeDoc) -> None:
    text = "According to the Orland Gazette, the copper mine will close next year."
    found = run(make_doc, text)
    a = only(found, "According to")
    assert a.kind == "according_to"
    assert a.content.text == "the copper mine will close next year"
    assert a.source is not None and a.source.kind is SourceKind.OUTLET


def test_told_listener_that(make_doc: MakeDoc) -> None:
    text = "Senator Tomas Reyl told the Valley Courier that the tunnel contract was cancelled."
    a = only(run(make_doc, text), "told")
    assert a.content.text == "that the tunnel contract was cancelled"
    assert a.source is not None and a.source.canonical == "Tomas Reyl"


def test_noun_phrase_claim(make_doc: MakeDoc) -> None:
    text = "Orvik's claim that the bridge was safe was rejected by engineers."
    a = only(run(make_doc, text), "claim")
    assert a.kind == "noun_phrase"
    assert a.content.text == "that the bridge was safe"
    assert a.source is not None and a.source.span is not None
    assert a.source.span.text == "Orvik's"  # as annotators mark a holder
    assert a.source.canonical == "Orvik"


def test_the_post_read(make_doc: MakeDoc) -> None:
    text = "The post read: “The dam at Velsk has already been breached.”"
    a = only(run(make_doc, text), "read")
    assert a.kind == "direct"
    assert a.source is not None and a.source.kind is SourceKind.SOCIAL_MEDIA


def test_in_a_statement_joins_the_cue(make_doc: MakeDoc) -> None:
    text = "The Ministry of Transport said in a statement that the ferry would resume."
    a = only(run(make_doc, text), "said in a statement")
    assert a.source is not None
    assert a.source.kind is SourceKind.GOVERNMENT
    assert a.source.canonical == "Ministry of Transport"


def test_source_in_earlier_sentence(make_doc: MakeDoc) -> None:
    text = (
        "Rita Vance addressed the strikers in Millbrook on Friday.\n“We have waited long enough.”"
    )
    found = run(make_doc, text)
    a = next(a for a in found if a.content.text == "“We have waited long enough.”")
    assert a.cue is None
    assert a.source is not None and a.source.canonical == "Rita Vance"


def test_continuation_quote_joins_previous_speaker(make_doc: MakeDoc) -> None:
    text = "“We will not retreat,” said Banks. “Not one inch.”"
    a = only(run(make_doc, text), "said")
    assert [p.text for p in a.content_parts][-1] == "“Not one inch.”"


def test_pronoun_and_description_resolve_to_named_person(make_doc: MakeDoc) -> None:
    text = (
        "Rep. Jim Banks of Indiana visited the shipyard on Monday. "
        "He said the frigates were late. "
        "The Indiana Republican told reporters that the navy had misled Congress."
    )
    found = run(make_doc, text)
    said, told = only(found, "said"), only(found, "told")
    assert said.source is not None and said.source.canonical == "Jim Banks"
    assert told.source is not None and told.source.canonical == "Jim Banks"
    assert said.source.kind is SourceKind.PERSON


def test_surname_resolves_to_full_name(make_doc: MakeDoc) -> None:
    text = "Rep. Jim Banks spoke first. Banks said the budget was too small."
    a = only(run(make_doc, text), "said")
    assert a.source is not None and a.source.canonical == "Jim Banks"


def test_the_channel_resolves_to_named_channel(make_doc: MakeDoc) -> None:
    text = (
        "The Grey Falcon channel has 90,000 followers. "
        "The channel claimed that the governor had fled to Ostrava."
    )
    a = only(run(make_doc, text), "claimed")
    assert a.source is not None
    assert a.source.kind is SourceKind.SOCIAL_MEDIA
    assert a.source.canonical == "Grey Falcon"


def test_rumour_chain_names_every_hop(make_doc: MakeDoc) -> None:
    text = (
        "According to the Daily Lantern, the Telegram channel Grey Falcon claims that "
        "the governor of Velsk has fled the country."
    )
    found = run(make_doc, text, outlet="Test Herald")
    inner = only(found, "claims")
    outer = only(found, "According to")
    assert inner.chain == ("Test Herald", "Daily Lantern", "Grey Falcon")
    assert inner.chain_kinds == ("outlet", "outlet", "social_media")
    assert inner.parent == outer.id
    assert outer.hop and not inner.hop
    assert inner.content.text == "that the governor of Velsk has fled the country"


def test_on_record_confirmation_is_named(make_doc: MakeDoc) -> None:
    text = "Defence Minister Ana Kovač confirmed that the frigate had returned to port."
    a = only(run(make_doc, text), "confirmed")
    assert a.source is not None and a.source.kind is SourceKind.PERSON
    assert a.source.canonical == "Ana Kovač"
    assert a.chain == ("Test Herald", "Ana Kovač")
    assert a.parent is None


def test_government_confirmation(make_doc: MakeDoc) -> None:
    text = "The Ministry of Defence confirmed that two frigates had left Port Hallow."
    a = only(run(make_doc, text), "confirmed")
    assert a.source is not None and a.source.kind is SourceKind.GOVERNMENT
    # a city speaks through its government, not as a person
    city = "The city of Vrana on Tuesday denied that its ferry fleet had been sold."
    a = only(run(make_doc, city), "denied")
    assert a.source is not None and a.source.kind is SourceKind.GOVERNMENT
    assert a.source.canonical == "city of Vrana"


def test_anonymous_and_document_sources(make_doc: MakeDoc) -> None:
    found = run(
        make_doc,
        "Officials familiar with the talks said the ceasefire was close. "
        "A report by the Harbour Audit Office found that the pier had been neglected.",
    )
    said, found_ = only(found, "said"), only(found, "found")
    assert said.source is not None and said.source.kind is SourceKind.ANONYMOUS
    assert found_.source is not None and found_.source.kind is SourceKind.DOCUMENT


def test_first_person_inside_quote_is_the_speaker(make_doc: MakeDoc) -> None:
    text = "“I told the minister that the pier was unsafe,” said harbourmaster Olga Brin."
    found = run(make_doc, text)
    inner = only(found, "told")
    assert inner.source is not None and inner.source.canonical == "Olga Brin"
    assert inner.chain[-2:] == ("Olga Brin", "Olga Brin")


def test_writer_chain_without_outlet(make_doc: MakeDoc) -> None:
    a = only(run(make_doc, "Banks said the port was closed.", outlet=""), "said")
    assert a.chain[0] == "writer" and a.chain_kinds[0] == "writer"


def test_ids_are_stable(make_doc: MakeDoc) -> None:
    text = "Banks said the port was closed."
    assert [a.id for a in run(make_doc, text)] == [a.id for a in run(make_doc, text)]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Rep. Jim Banks of Indiana", "Jim Banks"),
        ("Jim Banks's", "Jim Banks"),
        ("the Sun", "The Sun"),
        ("the General SVR channel", "General SVR"),
        ("Telegram channel General SVR", "General SVR"),
        ("the Ministry of Transport", "Ministry of Transport"),
    ],
)
def test_canonical_source(name: str, expected: str) -> None:
    assert canonical_source(name) == expected


def test_source_kind_from_names() -> None:
    assert source_kind("a source familiar with the matter", "", "source") is SourceKind.ANONYMOUS
    assert source_kind("the ministry", "", "ministry") is SourceKind.GOVERNMENT
    assert source_kind("Grey Falcon", "CHANNEL") is SourceKind.SOCIAL_MEDIA
    assert source_kind("Valley Courier", "OUTLET") is SourceKind.OUTLET
    assert source_kind("the indictment", "", "indictment") is SourceKind.DOCUMENT


def test_stage_contract(make_doc: MakeDoc) -> None:
    stage = AttributionStage()
    assert isinstance(stage, Stage)
    assert stage.name == "attribution" and stage.provides == frozenset({"attributions"})
    stage.warm_up()
    doc = stage(make_doc("Banks said the port was closed."))
    assert "attribution" in doc.done
    assert len(doc.attributions) == 1


def test_doubled_apostrophe_quote(make_doc: MakeDoc) -> None:
    text = "''The harbour is closed,'' said harbourmaster Olga Brin."
    a = only(run(make_doc, text), "said")
    assert a.kind == "direct"
    assert a.content.text == "''The harbour is closed,''"


def test_chain_when_the_reporting_verb_is_tagged_as_a_noun(make_doc: MakeDoc) -> None:
    text = (
        "According to The Morning Lamp, the Telegram channel Silver Heron claims that "
        "Ostravia is negotiating to buy 12 patrol boats."
    )
    found = run(make_doc, text)
    inner = only(found, "claims")
    assert inner.chain == ("Test Herald", "Morning Lamp", "Silver Heron")
    assert inner.chain_kinds[-1] == "social_media"


def test_time_preposition_is_not_part_of_the_cue(make_doc: MakeDoc) -> None:
    text = "Transport Minister Ada Quell confirmed on Tuesday that the tunnel will reopen."
    a = only(run(make_doc, text), "confirmed")
    assert a.content.text == "that the tunnel will reopen"
    assert a.source is not None and a.source.kind is SourceKind.PERSON


def test_unnamed_channel_keeps_its_description(make_doc: MakeDoc) -> None:
    text = "The admiral has resigned, according to an anonymous Telegram channel."
    a = only(run(make_doc, text), "according to")
    assert a.source is not None and a.source.kind is SourceKind.SOCIAL_MEDIA
    assert a.source.canonical == "anonymous telegram channel"


def test_apposition_is_the_role(make_doc: MakeDoc) -> None:
    a = only(run(make_doc, "Jim Banks, the Indiana Republican, said the port was closed."), "said")
    assert a.source is not None
    assert a.source.canonical == "Jim Banks" and a.source.role == "the Indiana Republican"


def test_party_tagged_as_place_is_an_organisation(make_doc: MakeDoc) -> None:
    text = "The opposition Green Alliance claimed that the government had ignored warnings."
    a = only(run(make_doc, text), "claimed")
    assert a.source is not None and a.source.kind is SourceKind.ORGANISATION


def test_first_person_outside_quotes_is_the_writer(make_doc: MakeDoc) -> None:
    found = run(make_doc, "I believe the ferry contract was rushed through.", outlet="Civic Review")
    assert found and all(a.source is not None and a.source.kind is SourceKind.WRITER for a in found)


def test_relative_pronoun_source_is_the_noun_it_hangs_on(make_doc: MakeDoc) -> None:
    text = "None of the papers that repeated the claim had checked it."
    found = run(make_doc, text)
    sources = {a.source.canonical for a in found if a.source is not None}
    assert "that" not in sources and "papers" in sources


def test_citing_adds_a_hop_below_the_reporting_outlet(make_doc: MakeDoc) -> None:
    text = (
        "The ferry line is close to bankruptcy, the Orvalle Gazette reported on Friday, "
        "citing the Grey Heron Telegram channel."
    )
    found = run(make_doc, text, outlet="Harbor Times")
    [att] = [a for a in found if a.cue is not None and a.cue.text == "reported"]
    assert att.chain[-1] == "Grey Heron" and att.chain_kinds[-1] == "social_media"
    assert len(att.chain) == 3
    assert not any(a.cue is not None and a.cue.text == "citing" for a in found)


def test_a_relative_cited_adds_a_hop_but_a_cited_reason_does_not(make_doc: MakeDoc) -> None:
    text = (
        "The ferry was sold for $2 million, according to the Orvalle Gazette, which cited "
        "the Telegram channel Grey Heron."
    )
    found = run(make_doc, text, outlet="Harbor Times")
    att = only(found, "according to")
    assert att.chain == ("Harbor Times", "Orvalle Gazette", "Grey Heron")
    assert not any(a.cue is not None and a.cue.text == "cited" for a in found)
    reason = "The Orvalle Gazette reported that the ferry was sold, citing rising costs."
    att = only(run(make_doc, reason, outlet="Harbor Times"), "reported")
    assert att.chain == ("Harbor Times", "Orvalle Gazette")


@pytest.mark.parametrize(
    "name",
    [
        "the Grey Heron Telegram channel",
        "Telegram channel Grey Heron",
        "the Grey Heron channel",
        "Grey Heron",
    ],
)
def test_channel_names_share_one_canonical_form(name: str) -> None:
    assert canonical_source(name) == "Grey Heron"


def test_next_quote_continues_the_speech_despite_a_report_inside_it(make_doc: MakeDoc) -> None:
    text = (
        "“The ferry will run again by spring,” said Mayor Lena Orvik of Port Hallow. "
        "“People say that the money is gone, but it is there.”"
    )
    a = only(run(make_doc, text), "said")
    assert [p.text for p in a.content_parts] == [
        "“The ferry will run again by spring,”",
        "“People say that the money is gone, but it is there.”",
    ]


def test_next_quote_continues_after_a_report_in_the_speakers_apposition(
    make_doc: MakeDoc,
) -> None:
    text = (
        "“The levy is fair,” said Ona Vell, an economist who argued last year that tolls "
        "were too high. “It asks the most of those who use the bridge most.”"
    )
    a = only(run(make_doc, text), "said")
    assert len(a.content_parts) == 2
    assert a.content_parts[1].text.startswith("“It asks the most")


def test_next_quote_in_doubled_single_marks_continues_the_speech(make_doc: MakeDoc) -> None:
    text = (
        "The council voted on Monday.\n\n''Secretary Vell believes that the toll is fair,'' "
        "said Ona Brisk, an adviser to the council. ''That is what the levy is designed to do.''"
    )
    a = only(run(make_doc, text), "said")
    assert len(a.content_parts) == 2
    assert a.content_parts[1].text == "''That is what the levy is designed to do.''"


def test_learned_extent_takes_a_governed_preposition(make_doc: MakeDoc) -> None:
    text = "The harbour union called for a strike at the Port Hallow docks."
    a = only(run(make_doc, text), "called for")
    assert a.content.text == "a strike at the Port Hallow docks"


def test_learned_extent_takes_auxiliaries_and_adverbs(make_doc: MakeDoc) -> None:
    text = "Mayor Lena Orvik has repeatedly accused the ferry company of hiding the losses."
    a = only(run(make_doc, text), "has repeatedly accused")
    assert a.source is not None and a.source.canonical == "Lena Orvik"


def test_learned_extent_stays_inside_its_window(make_doc: MakeDoc) -> None:
    from newstrace.extract.attribution.extent import LEFT, RIGHT

    text = "Officials said " + "very " * 40 + "clearly that the ferry would run."
    for a in run(make_doc, text):
        if a.cue is not None:
            assert len(a.cue.text.split()) <= LEFT + RIGHT + 1


def test_raised_subject_is_content_not_source(make_doc: MakeDoc) -> None:
    text = "The Telvik council is expected to approve the toll by the end of the month."
    a = only(run(make_doc, text), "is expected")
    assert a.source is None
    assert [p.text for p in a.content_parts] == [
        "The Telvik council",
        "to approve the toll by the end of the month",
    ]


def test_raised_subject_keeps_the_agent_as_source(make_doc: MakeDoc) -> None:
    text = "The Telvik council is expected by analysts to approve the toll."
    a = only(run(make_doc, text), "is expected")
    assert a.source is not None and a.source.span is not None
    assert a.source.span.text == "analysts"
    assert a.content_parts[0].text == "The Telvik council"


def test_dash_inside_an_embedded_quote_does_not_cut_the_content(make_doc: MakeDoc) -> None:
    text = (
        "Minister Ada Quell said she wants a ferry "
        '"run for the people of Port Hallow -- not for profit" by next year.'
    )
    a = only(run(make_doc, text), "said")
    assert a.content.text.endswith('not for profit" by next year')


def test_content_drops_a_dangling_conjunction(make_doc: MakeDoc) -> None:
    from newstrace.extract.attribution.spans import content_from_tokens
    from newstrace.extract.attribution.view import View

    text = "The council said that the repairs were not complete, and"
    doc = make_doc(text)
    assert doc.analysis is not None
    view = View(text, doc.analysis)
    that = next(t.i for t in view.tokens if t.text == "that")
    [(start, end)] = content_from_tokens(view, that, len(view.tokens) - 1, set())
    assert text[start:end] == "that the repairs were not complete"


def test_passive_subject_is_content_and_the_agent_the_source(make_doc: MakeDoc) -> None:
    text = "The new toll was announced by the Telvik council on Monday."
    a = only(run(make_doc, text), "was announced")
    assert a.content.text == "The new toll"
    assert a.source is not None and a.source.span is not None
    assert a.source.span.text == "the Telvik council"


def test_source_and_cue_inside_their_content_are_cut_out(make_doc: MakeDoc) -> None:
    text = "Odum praised the mine, which Ona Vell says she will keep open."
    a = only(run(make_doc, text), "says")
    assert a.source is not None and a.source.canonical == "Ona Vell"
    assert [p.text for p in a.content_parts] == ["which", "she will keep open"]


def test_quote_signed_with_a_dash(make_doc: MakeDoc) -> None:
    text = (
        "Readers wrote in about the ferry.\n"
        "“We have waited long enough for this boat.” ― Rita Vance\n"
        "“The toll is too high for families.”\u00a0― Ona Brisk Vell.\n"
    )
    found = run(make_doc, text)
    by_source = {
        a.source.span.text: a for a in found if a.source is not None and a.source.span is not None
    }
    assert by_source["Rita Vance"].content.text == "“We have waited long enough for this boat.”"
    assert by_source["Ona Brisk Vell"].content.text == "“The toll is too high for families.”"
    assert by_source["Rita Vance"].kind == "direct"


def test_dash_inside_a_sentence_is_no_signature(make_doc: MakeDoc) -> None:
    text = "He called the plan a “con job” ― just as he did last year with the toll."
    found = run(make_doc, text)
    assert not any(a.cue is not None and a.cue.text.strip() == "―" for a in found)


def test_speaker_labels_in_a_transcript(make_doc: MakeDoc) -> None:
    text = (
        "Partial transcript as follows:\n\n"
        "RITA VANCE: The ferry to Port Hallow has not sailed for a month.\n\n"
        "PIET ODUM: We are waiting for the new engine from Telvik.\n"
    )
    found = run(make_doc, text)
    by_source = {
        a.source.span.text: a for a in found if a.source is not None and a.source.span is not None
    }
    assert by_source["RITA VANCE"].content.text == (
        "The ferry to Port Hallow has not sailed for a month"
    )
    assert by_source["PIET ODUM"].kind == "direct"


def test_heading_with_a_colon_is_no_speaker(make_doc: MakeDoc) -> None:
    text = "Update: the ferry to Port Hallow sails again on Friday.\n"
    found = run(make_doc, text)
    assert not any(a.cue is not None and a.cue.text == ":" for a in found)


def test_content_of_a_cue_chain_belongs_to_its_last_verb(make_doc: MakeDoc) -> None:
    text = "Mayor Lena Orvik continued to insist that the ferry would run in June."
    a = only(run(make_doc, text), "continued to insist")
    assert a.content.text == "that the ferry would run in June"
    assert a.source is not None and a.source.canonical == "Lena Orvik"
