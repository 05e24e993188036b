"""Quotes signed with a dash: “We have waited long enough.” ― Rita Vance

Vox pops, epigraphs and reader-comment round-ups put the speaker after the
quote, behind a horizontal bar or an em dash, alone to the end of the line.
The dash is the cue, the name the source and the quote the content.
"""

from __future__ import annotations

from .base import Cand
from .spans import content_from_tokens, quote_tokens, tokens_between
from .view import View

__all__ = ["dash_cands"]

_DASHES = "―—"
_MAX_NAME_WORDS = 6
_MAX_LINE = 120  # characters from the dash to the end of its line
_SPACE = " \t\u00a0\u2009\u202f"


def _signature(view: View, end: int) -> tuple[int, int, int] | None:
    """(dash offset, name start, name end) right after a quote ending at ``end``."""
    text = view.text
    i = end
    while i < len(text) and text[i] in _SPACE:
        i += 1
    if i >= len(text) or text[i] not in _DASHES:
        return None
    dash = i
    i += 1
    while i < len(text) and text[i] in _SPACE:
        i += 1
    line_end = text.find("\n", i, i + _MAX_LINE)  # bounded: run-on text stays linear
    if line_end < 0:
        if len(text) - i > _MAX_LINE:
            return None
        line_end = len(text)
    j = line_end
    while j > i and (text[j - 1] in _SPACE or text[j - 1] == "."):
        j -= 1
    name = text[i:j]
    words = name.split()
    if not words or len(words) > _MAX_NAME_WORDS or not name[0].isupper():
        return None
    if any(ch in name for ch in '"“”«»:;!?'):
        return None
    return dash, i, j


def dash_cands(view: View, used: set[int]) -> list[Cand]:
    """Attributions of quotes signed "― Name" at the end of their line."""
    out: list[Cand] = []
    for q, quote in enumerate(view.quotes):
        if q in used or not quote.closed:
            continue
        sig = _signature(view, quote.end)
        if sig is None:
            continue
        dash, start, end = sig
        cue = tokens_between(view, dash, dash + 1)[0]
        name = tokens_between(view, start, end)
        src = view.trim(name[0], name[-1])
        if src is None or src[0] <= cue:
            continue
        quotes = {q}
        content = content_from_tokens(view, *quote_tokens(view, q), quotes)
        if not content:
            continue
        used |= quotes
        out.append(Cand((cue, cue), src, content, "direct", view.tokens[cue].sent, cue, quotes))
    return out
