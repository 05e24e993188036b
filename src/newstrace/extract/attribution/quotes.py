"""Quotation regions found in raw text, robust to bad input.

One left-to-right pass over the quote marks and line breaks only, so thousands
of marks or a 200 kB paragraph cost linear time. Rules:

- curly and guillemet marks say which side they are; a straight ``"`` (or a
  doubled apostrophe ``''``) opens when no quote is open and closes otherwise;
- an opener met while a quote is open ends the open one there (unbalanced);
- a quote still open at a line break ends there; when the next paragraph begins
  with an opener, the quote continues into it (the newspaper convention for
  quotes running over several paragraphs) and the two regions are linked;
- an unclosed quote never runs longer than ``MAX_UNCLOSED`` characters.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import AMBIGUOUS_QUOTES, CLOSE_QUOTES, OPEN_QUOTES

__all__ = ["MAX_UNCLOSED", "Quote", "find_quotes"]

MAX_UNCLOSED = 1500
# Two apostrophes ('') and two backticks (``) are quote marks in some newsroom styles.
_MARKS = re.compile(f"''|``|[{OPEN_QUOTES}{CLOSE_QUOTES}{AMBIGUOUS_QUOTES}\n]")


@dataclass(frozen=True, slots=True)
class Quote:
    """A quoted region ``text[start:end]`` including its marks when present."""

    start: int
    end: int
    closed: bool
    next: int = -1  # index of the region this quote continues into, -1 if none


def _trim_end(text: str, start: int, end: int) -> int:
    """Move ``end`` left past trailing white space (never before ``start + 1``)."""
    while end > start + 1 and text[end - 1].isspace():
        end -= 1
    return end


def _next_paragraph_opens(text: str, pos: int) -> bool:
    """True when the first non-space character after ``pos`` opens a quote."""
    limit = min(len(text), pos + 64)
    i = pos
    while i < limit and text[i].isspace():
        i += 1
    return i < limit and (
        text[i] in OPEN_QUOTES or text[i] in AMBIGUOUS_QUOTES or text.startswith("''", i)
    )


def find_quotes(text: str) -> list[Quote]:
    """Return the quotation regions of ``text`` in order (linear time)."""
    out: list[Quote] = []
    open_at = -1
    link_from = -1  # index in ``out`` of a quote waiting for its continuation

    def close(end: int, closed: bool) -> None:
        nonlocal open_at, link_from
        end = min(end, open_at + MAX_UNCLOSED)
        out.append(Quote(open_at, _trim_end(text, open_at, end), closed))
        if link_from >= 0:
            prev = out[link_from]
            out[link_from] = Quote(prev.start, prev.end, prev.closed, len(out) - 1)
        link_from = -1
        open_at = -1

    for m in _MARKS.finditer(text):
        pos = m.start()
        ch = m.group()
        width = len(ch)
        if open_at >= 0 and pos - open_at > MAX_UNCLOSED:
            close(open_at + MAX_UNCLOSED, False)
        if ch == "\n":
            if open_at >= 0:
                continues = _next_paragraph_opens(text, pos)
                close(pos, False)
                if continues:
                    link_from = len(out) - 1
            continue
        if ch in OPEN_QUOTES or ch == "``":
            if open_at >= 0:
                close(pos, False)
            open_at = pos
        elif ch in CLOSE_QUOTES:
            if open_at >= 0:
                close(pos + 1, True)
        else:  # a straight mark: opens when nothing is open, else closes
            if open_at < 0:
                nxt = text[pos + width] if pos + width < len(text) else " "
                if not nxt.isspace():
                    open_at = pos
            else:
                close(pos + width, True)
        if open_at < 0 and link_from >= 0 and ch not in OPEN_QUOTES:
            link_from = -1
    if open_at >= 0:
        close(len(text), False)
    return out
