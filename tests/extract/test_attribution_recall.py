"""Attribution recall: constructions an error analysis on PolNeAR found missed,
each pinned on an invented sentence (all names and places are fiction)."""

from __future__ import annotations

from newstrace.model import Attribution

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


def test_content_held_by_the_complement_of_the_cue(make_doc: MakeDoc) -> None:
    text = "Some harbour workers are concerned that the ferry will never return."
    a = only(run(make_doc, text), "are concerned")
    assert a.content.text == "that the ferry will never return"
    assert a.source is not None and a.source.span is not None
    assert a.source.span.text == "Some harbour workers"
    a = only(
        run(make_doc, "Local fishermen are skeptical of the new toll plan."), "are skeptical of"
    )
    assert a.content.text == "the new toll plan"
    text = "Councillor Rita Vance expressed skepticism that the bridge would open in June."
    a = only(run(make_doc, text), "expressed skepticism")
    assert a.content.text == "that the bridge would open in June"


def test_statement_saying_is_one_cue(make_doc: MakeDoc) -> None:
    text = "The ferry company issued a statement saying that the boats were safe."
    a = only(run(make_doc, text), "issued a statement saying")
    assert a.content.text == "that the boats were safe"
    assert a.source is not None and a.source.span is not None
    assert a.source.span.text == "The ferry company"


def test_signed_quotes_in_a_row_on_one_line(make_doc: MakeDoc) -> None:
    text = (
        "Readers answered.\n"
        "“The bridge is a scandal.” ― Rita Vance “We will pay for years.” ― Piet Odum.  "
        "Photo/Archive.\n"
    )
    found = run(make_doc, text)
    sources = {a.content.text: a.source.canonical for a in found if a.source is not None}
    assert sources == {
        "“The bridge is a scandal.”": "Rita Vance",
        "“We will pay for years.”": "Piet Odum",
    }


def test_transcript_labels_after_a_stray_quote_mark(make_doc: MakeDoc) -> None:
    text = (
        "Partial transcript as follows:\n\n"
        '"HOST: Will the ferry return next year?\n\n'
        '"ORVIK: It will, and the toll will fall.\n\n'
        '"Follow Rita Vance on Twitter.\n'
    )
    found = run(make_doc, text)
    said = {a.source.span.text: a.content.text for a in found if a.source and a.source.span}
    assert said == {
        "HOST": "Will the ferry return next year?",
        "ORVIK": "It will, and the toll will fall.",
    }


def test_headline_label_names_its_speaker(make_doc: MakeDoc) -> None:
    text = "Orvik: Ferry Will Return Next Spring.\n\nThe mayor spoke on Monday."
    a = only(run(make_doc, text), ":")
    assert a.source is not None and a.source.span is not None
    assert a.source.span.text == "Orvik"
    assert a.content.text == "Ferry Will Return Next Spring"
    assert not run(make_doc, "Breaking: Ferry Will Return Next Spring.\n\nMore soon.")
    assert not run(make_doc, "Report: Ferry Will Return Next Spring.\n\nMore soon.")


def _source(found: tuple[Attribution, ...], cue: str) -> str | None:
    a = only(found, cue)
    return a.source.span.text if a.source is not None and a.source.span is not None else None


def test_speaker_named_after_the_quote_as_a_fragment(make_doc: MakeDoc) -> None:
    text = "“Nobody will pay!” Piet Odum, the head of the ferry union, tweeted on Friday."
    assert _source(run(make_doc, text), "tweeted") == "Piet Odum, the head of the ferry union"


def test_subject_hung_inside_the_opening_phrase(make_doc: MakeDoc) -> None:
    text = (
        "In a May message to Orvik, Vance, head of the Harbour Trust, recounted a conversation "
        "she had with Odum."
    )
    assert _source(run(make_doc, text), "recounted") == "Vance, head of the Harbour Trust"


def test_source_without_focus_word_or_time(make_doc: MakeDoc) -> None:
    found = run(make_doc, "Even some of his admirers say the toll is too high.")
    assert _source(found, "say") == "some of his admirers"
    found = run(make_doc, "The Odum campaign on Monday said the toll was too high.")
    assert _source(found, "said") == "The Odum campaign"
    found = run(make_doc, "Rita Vance in an interview said the ferry was late.")
    assert _source(found, "said") == "Rita Vance"


def test_as_report_opens_its_content(make_doc: MakeDoc) -> None:
    text = (
        "As many harbour experts, including Mr. Odum, have pointed out, the ferry is free "
        "to sail even in winter."
    )
    a = only(run(make_doc, text), "have pointed out")
    assert a.content.text == "the ferry is free to sail even in winter"
    assert a.source is not None and a.source.span is not None
    assert a.source.span.text == "many harbour experts, including Mr. Odum"


def test_unquoted_paragraph_after_a_colon(make_doc: MakeDoc) -> None:
    text = (
        "Rita Vance added:\n\nAnd from a supposed friend of the harbour, this reeks of fear."
        "\n\nOdum left."
    )
    a = only(run(make_doc, text), "added")
    assert a.content.text == "And from a supposed friend of the harbour, this reeks of fear"


def test_the_article_read(make_doc: MakeDoc) -> None:
    a = only(run(make_doc, "“The ferry will never return,” the article read. Odum left."), "read")
    assert a.content.text == "“The ferry will never return,”"
    assert a.source is not None and a.source.span is not None
    assert a.source.span.text == "the article"


def test_calling_for_someone_to_act(make_doc: MakeDoc) -> None:
    a = only(run(make_doc, "Odum is calling for the council to lower the toll."), "is calling for")
    assert a.content.text == "the council to lower the toll"


def test_as_aside_between_commas(make_doc: MakeDoc) -> None:
    text = (
        "Telvik, as one of the mayor's harbour advisers pointed out, normally does not get "
        "two storms in a row."
    )
    a = only(run(make_doc, text), "pointed out")
    assert [p.text for p in a.content_parts] == [
        "Telvik",
        "normally does not get two storms in a row",
    ]


def test_made_it_clear_that(make_doc: MakeDoc) -> None:
    text = "Mayor Orvik made it clear to the council on Wednesday that she has their backs."
    a = only(run(make_doc, text), "made it clear")
    assert a.content.text == "that she has their backs"


def test_it_read_after_a_quote(make_doc: MakeDoc) -> None:
    found = run(make_doc, "“I am still here,” it read. The sign was gone by June.")
    assert only(found, "read").content.text == "“I am still here,”"
    assert not run(make_doc, "She read it twice before the ferry left.")
