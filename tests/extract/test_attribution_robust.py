"""Attribution on bad input: no crash, bounded work, sensible output (fiction only)."""

from __future__ import annotations

from collections.abc import Callable

from newstrace.extract.attribution import extract_attributions
from newstrace.extract.attribution.quotes import MAX_UNCLOSED, find_quotes
from newstrace.model import Analysis, Article, ArticleDoc

MakeDoc = Callable[..., ArticleDoc]


def test_find_quotes_balanced_and_unbalanced() -> None:
    text = "He said “yes” and “no\nNext line “again”"
    quotes = find_quotes(text)
    assert [text[q.start : q.end] for q in quotes] == ["“yes”", "“no", "“again”"]
    assert [q.closed for q in quotes] == [True, False, True]


def test_find_quotes_links_paragraph_continuation() -> None:
    text = "“First part.\n\n“Second part.”"
    quotes = find_quotes(text)
    assert len(quotes) == 2 and quotes[0].next == 1 and quotes[1].next == -1


def test_find_quotes_straight_marks_and_stray_closer() -> None:
    text = 'Stray ” closer, then "straight one" here.'
    quotes = find_quotes(text)
    assert [text[q.start : q.end] for q in quotes] == ['"straight one"']


def test_find_quotes_caps_unclosed_length() -> None:
    text = "“" + "word " * 2000
    quotes = find_quotes(text)
    assert len(quotes) == 1 and quotes[0].end - quotes[0].start <= MAX_UNCLOSED


def test_empty_text_and_empty_analysis() -> None:
    article = Article(id="x", text="")
    assert extract_attributions(article, Analysis((), (), (), ())) == ()
    article = Article(id="y", text="   \n  ")
    assert extract_attributions(article, Analysis((), (), (), ())) == ()


def test_thousands_of_quote_marks(make_doc: MakeDoc) -> None:
    text = 'Banks said “ ” " “ ” ” “ ' * 400 + "the port was closed."
    doc = make_doc(text)
    assert doc.analysis is not None
    found = extract_attributions(doc.article, doc.analysis)
    for a in found:
        assert a.content.text == text[a.content.start : a.content.end]
        assert a.content.end - a.content.start <= len(text)


def test_mixed_and_unbalanced_quote_characters(make_doc: MakeDoc) -> None:
    text = '“We are ready," said Orvik. "The ferry sails at noon” she added. «Maybe.'
    doc = make_doc(text)
    assert doc.analysis is not None
    found = extract_attributions(doc.article, doc.analysis)
    assert any(a.source is not None and a.source.canonical == "Orvik" for a in found)


def test_right_to_left_text(make_doc: MakeDoc) -> None:
    text = "قال المتحدث إن الميناء مغلق. Banks said the port in Velsk was closed."
    doc = make_doc(text)
    assert doc.analysis is not None
    found = extract_attributions(doc.article, doc.analysis)
    assert any(a.content.text == "the port in Velsk was closed" for a in found)


def test_long_single_paragraph(make_doc: MakeDoc) -> None:
    sentence = "Mayor Lena Orvik said the ferry to Port Hallow would sail at noon. "
    text = (sentence * 3000)[:200_000]
    assert "\n" not in text
    doc = make_doc(text)
    assert doc.analysis is not None
    found = extract_attributions(doc.article, doc.analysis)
    assert len(found) > 2000
    assert all(a.content.text == "the ferry to Port Hallow would sail at noon" for a in found[:50])


def test_run_on_sentence_is_bounded(make_doc: MakeDoc) -> None:
    text = "Mayor Lena Orvik said the ferry to Port Hallow would sail at noon, " * 300
    doc = make_doc(text)
    assert doc.analysis is not None
    found = extract_attributions(doc.article, doc.analysis)
    assert found
    assert all(a.content.end - a.content.start <= 3000 for a in found)
    assert all(len(a.chain) <= 9 for a in found)


def test_find_quotes_doubled_apostrophes() -> None:
    text = "''We are ready,'' said Orvik. ``Fine.''"
    quotes = find_quotes(text)
    assert [text[q.start : q.end] for q in quotes] == ["''We are ready,''", "``Fine.''"]


def test_deeply_nested_reports_are_cut(make_doc: MakeDoc) -> None:
    text = "he said " * 1500 + "the dam held."
    doc = make_doc(text)
    assert doc.analysis is not None
    found = extract_attributions(doc.article, doc.analysis)
    assert len(found) > 1000
    assert max(len(a.chain) for a in found) <= 9
    assert all(a.content.end - a.content.start <= 3000 for a in found)


def test_thousands_of_dash_signed_quotes_on_one_line(make_doc: MakeDoc) -> None:
    text = "“The ferry is late.” ― Rita Vance “The toll is high.” ― " * 1500
    assert "\n" not in text
    doc = make_doc(text)
    assert doc.analysis is not None
    found = extract_attributions(doc.article, doc.analysis)
    for a in found:
        assert a.content.text == text[a.content.start : a.content.end]
