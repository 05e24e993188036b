"""Headline capitalisation, undone for the parser.

Headlines capitalise every word ("Mayor Says Ferry Will Not Sail"), and the small
English model then reads "Says", "Will" and "Not" as proper nouns, so the parse of a
headline falls apart exactly where its reporting verb and its negation are. Before
parsing, ``parse_text`` lowercases the closed-class words and the common reporting
verbs of a title-case line (never its first word, an all-capitals word, or a word
that can be part of a name, such as "The" or "Of"). Each change keeps the length, so
every character offset still points into the original text, and the Analysis keeps
the original spelling of each token.
"""

from __future__ import annotations

import re

__all__ = ["headline_variant", "parse_text", "title_case", "title_lines"]

_TITLE_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def title_case(text: str) -> bool:
    """Headline capitalisation ("Mayor Claims Bridge Will Close"): most words of four
    letters or more start with a capital, and the text is not all capitals."""
    words = [w for w in _TITLE_WORD.findall(text) if len(w) > 3]
    return (
        len(words) >= 3
        and not text.isupper()
        and (sum(w[0].isupper() for w in words) >= 0.8 * len(words))
    )


# never a name or part of one when capitalised mid-headline; "The", "Of", "US", "May"
# (a month) and "Will" (a name) are left alone
_WORDS = """is are was were be been being am has have had do does did would can could might
    should must not to in on at for with from by into onto over after before about as
    and or but than that this these those who which when where why how his her its their
    he she it they we you him them just now still also up out off if while amid
    says say said claims claim thinks think believes believe reports reported reveals
    reveal shows show denies deny confirms confirm wants want tells tell told asks ask
    warns warn insists insist admits admit suggests suggest finds find"""
_FUNCTION_WORDS = frozenset(_WORDS.split())
_WORD = re.compile(r"(?<![\w'’-])[A-Za-z][a-z'’]*(?![\w'’-])")
_LINE = re.compile(r"[^\n]+")


def parse_text(text: str) -> str:
    """``text`` with the title-case lines' function words lowercased, for the parser;
    same length as ``text``, and unchanged when no line is in title case."""
    return headline_variant(text)[0]


def headline_variant(text: str) -> tuple[str, list[tuple[int, int]]]:
    """``parse_text(text)``, and the (start, end) of each line it changed."""
    out: list[str] | None = None
    changed: list[tuple[int, int]] = []
    for start, end in title_lines(text):
        # the line's first word keeps its capital, whatever it is ("CNN Reports ...":
        # "CNN" is no _WORD match, and "Reports" is not the first word)
        lead = _TITLE_WORD.search(text, start, end)
        for m in _WORD.finditer(text, start, end):
            if lead is not None and m.start() == lead.start():
                continue
            w = m.group(0)
            if w[0].isupper() and w.lower() in _FUNCTION_WORDS:
                if out is None:
                    out = list(text)
                out[m.start()] = w[0].lower()
                if not changed or changed[-1] != (start, end):
                    changed.append((start, end))
    return (text if out is None else "".join(out)), changed


def title_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line of ``text`` in title case (a headline)."""
    return [m.span() for m in _LINE.finditer(text) if title_case(m.group(0))]
