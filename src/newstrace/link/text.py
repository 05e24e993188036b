"""Plain-text helpers shared by the linking modules (no third-party imports).

Link code must work on ledger-loaded docs whose ``Analysis.tokens`` may be
empty, so everything here uses character offsets and regular expressions only:
sentences come from ``Analysis.sentences`` when present, else a regex splitter.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from ..model import ArticleDoc

__all__ = [
    "ATTRIBUTION_CUES",
    "DENIALS",
    "HEDGES",
    "LOADED",
    "NEGATIONS",
    "STOPWORDS",
    "SentenceSpan",
    "cue_words",
    "names",
    "numbers",
    "outlet_key",
    "parse_date",
    "quotes",
    "sentences_of",
    "shingles",
    "split_sentences",
    "words",
]

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?", re.UNICODE)
_SENT_END = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])")
_NUMBER = re.compile(r"(?<![\w.])\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?<![\w.])\d+(?:\.\d+)?")
_QUOTE = re.compile(r"[\"“]([^\"“”]{20,}?)[\"”]")
_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?")

STOPWORDS = frozenset(
    """a an the and or but if of at by for with about against between into through during before
    after above below to from up down in out on off over under again further then once here
    there when where why how all any both each few more most other some such no nor not only
    own same so than too very s t can will just don should now i me my we our you your he him
    his she her it its they them their what which who whom this that these those am is are was
    were be been being have has had having do does did doing would could said says say also
    told according mr mrs ms one two new last first year years time people""".split()  # noqa: SIM905
)

HEDGES = frozenset(
    """reportedly allegedly apparently purportedly possibly probably perhaps likely unlikely may
    might could seems seemed appear appears appeared suggest suggests suggested unconfirmed
    unverified rumoured rumored claimed claims alleged believed estimated roughly about around
    approximately nearly almost some""".split()  # noqa: SIM905
)

ATTRIBUTION_CUES = frozenset(
    """said says say told tells according claimed claims stated states announced announces
    reported reports reporting confirmed confirms denied denies added adds wrote writes
    tweeted posted insisted insists argued argues explained explains noted notes warned warns
    quoted quotes quoting cited cites citing asserted asserts verified verifies""".split()  # noqa: SIM905
)

LOADED = frozenset(
    """slammed slams blasted blasts destroyed destroys shocking shock outrage outrageous outraged
    disgraceful disgrace radical extremist extremists thugs thug regime puppet propaganda hoax
    scandal scandalous disaster disastrous catastrophic chaos chaotic brutal savage savagery
    evil corrupt crooked lies lying liar terrorist terrorists illegal illegals invaders
    invasion horrific horrifying furious fury meltdown humiliating humiliated humiliation
    stunning bombshell explosive shameful shameless notorious infamous traitor treason
    cowardly coward sinister vile despicable heroic hero crushing crushed""".split()  # noqa: SIM905
)

NEGATIONS = frozenset(
    """not no never none nobody nothing neither nor without cannot can't won't didn't doesn't
    don't isn't wasn't aren't weren't hasn't haven't hadn't couldn't wouldn't shouldn't""".split()  # noqa: SIM905
)

DENIALS = frozenset(
    """deny denies denied denying denial false falsely untrue baseless fake hoax debunk debunked
    debunks refute refuted refutes rejected rejects dismissed dismisses fabricated unfounded
    misleading retract retracted""".split()  # noqa: SIM905
)


@dataclass(frozen=True, slots=True)
class SentenceSpan:
    index: int
    start: int
    end: int
    text: str


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Split ``text`` into sentence offsets with a regex (fallback when no analysis)."""
    spans: list[tuple[int, int]] = []
    for block in re.finditer(r"[^\n]+", text):
        pos = block.start()
        for m in _SENT_END.finditer(block.group()):
            end = block.start() + m.start()
            if text[pos:end].strip():
                spans.append((pos, end))
            pos = block.start() + m.end()
        if text[pos : block.end()].strip():
            spans.append((pos, block.end()))
    return spans


def sentences_of(doc: ArticleDoc) -> list[SentenceSpan]:
    """The sentences of an article, stripped of surrounding white space."""
    text = doc.article.text
    if doc.analysis is not None and doc.analysis.sentences:
        offsets = [(s.start, s.end) for s in doc.analysis.sentences]
    else:
        offsets = split_sentences(text)
    out: list[SentenceSpan] = []
    for start, end in offsets:
        chunk = text[start:end]
        stripped = chunk.strip()
        if not stripped or not _WORD.search(stripped):
            continue
        lead = len(chunk) - len(chunk.lstrip())
        s = start + lead
        out.append(SentenceSpan(len(out), s, s + len(stripped), stripped))
    return out


def words(text: str) -> list[str]:
    """Lower-cased word tokens."""
    return [w.casefold() for w in _WORD.findall(text)]


def shingles(text: str, size: int = 5) -> list[str]:
    """Word n-grams (all words, lower case) for MinHash; short texts give one shingle."""
    ws = words(text)
    if len(ws) < size:
        return [" ".join(ws)] if ws else []
    return [" ".join(ws[i : i + size]) for i in range(len(ws) - size + 1)]


def numbers(text: str) -> list[float]:
    """The numbers written in a text, in order ("3,000" -> 3000.0)."""
    out: list[float] = []
    for m in _NUMBER.finditer(text):
        try:
            out.append(float(m.group().replace(",", "")))
        except ValueError:  # pragma: no cover - the regex only matches numbers
            continue
    return out


def quotes(text: str, min_words: int = 6) -> set[str]:
    """Direct quotations of at least ``min_words`` words, normalised."""
    out: set[str] = set()
    for m in _QUOTE.finditer(text):
        ws = words(m.group(1))
        if len(ws) >= min_words:
            out.add(" ".join(ws))
    return out


_CALENDAR = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december""".split()  # noqa: SIM905
)


def names(text: str) -> set[str]:
    """Capitalised words that do not open the sentence (names, places), lower case.

    Day and month names are left out: two events on a Tuesday are not one event.
    """
    found = [m.group() for m in _WORD.finditer(text)]
    return {w.casefold() for w in found[1:] if w[:1].isupper()} - _CALENDAR


def cue_words(text: str, lexicon: Iterable[str]) -> set[str]:
    """The words of ``text`` (lower case) that belong to ``lexicon``."""
    lex = lexicon if isinstance(lexicon, frozenset) else frozenset(lexicon)
    found = {w for w in words(text) if w in lex}
    low = text.casefold()
    if "according to" in low and "according" in lex:
        found.add("according to")
        found.discard("according")
    return found


def parse_date(value: str | None) -> float | None:
    """Days since 1970-01-01 for an ISO 8601 date or datetime, None when unknown."""
    if not value:
        return None
    m = _DATE.search(value)
    if not m:
        return None
    import datetime as _dt

    try:
        day = _dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None
    frac = 0.0
    if m.group(4):
        frac = (int(m.group(4)) * 60 + int(m.group(5))) / 1440.0
    return float((day - _dt.date(1970, 1, 1)).days) + frac


def outlet_key(name: str) -> str:
    """An outlet's name for matching: "The Lakeside Herald", "lakeside-herald"."""
    words = re.findall(r"[a-z0-9]+", name.lower())
    return "".join(words[1:] if words[:1] == ["the"] and len(words) > 1 else words)
