"""Helpers shared by the attribution test files (not tests themselves)."""

from __future__ import annotations

from collections.abc import Callable

from newstrace.extract.attribution import extract_attributions
from newstrace.model import ArticleDoc, Attribution

MakeDoc = Callable[..., ArticleDoc]


def run(make_doc: MakeDoc, text: str, outlet: str = "Test Herald") -> tuple[Attribution, ...]:
    """Attributions of ``text``, checking that every span points into the text."""
    doc = make_doc(text, outlet=outlet)
    assert doc.analysis is not None
    found = extract_attributions(doc.article, doc.analysis)
    for a in found:
        assert a.content.text == text[a.content.start : a.content.end]
        if a.cue is not None:
            assert a.cue.text == text[a.cue.start : a.cue.end]
        if a.source is not None and a.source.span is not None:
            s = a.source.span
            assert s.text == text[s.start : s.end]
        for p in a.content_parts:
            assert p.text == text[p.start : p.end]
    return found


def only(found: tuple[Attribution, ...], cue: str) -> Attribution:
    """The one attribution whose cue is ``cue``."""
    hits = [a for a in found if a.cue is not None and a.cue.text == cue]
    assert len(hits) == 1, [(a.cue and a.cue.text, a.content.text) for a in found]
    return hits[0]


def about(found: tuple[Attribution, ...], words: str) -> Attribution:
    """The one attribution whose content holds ``words``."""
    hits = [a for a in found if words in a.content.text]
    assert len(hits) == 1, [(a.cue and a.cue.text, a.content.text) for a in found]
    return hits[0]
