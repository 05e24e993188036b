"""The pieces every quantity scanner shares: reading a numeral, the qualifier
before a figure, the unit or counted noun after it, and building a ``Quantity``."""

from __future__ import annotations

import bisect
import re

from ..model import Quantity
from .quantity_words import (
    CURRENCY_WORDS,
    DURATIONS,
    IRREGULAR_PLURALS,
    MEASURES,
    PERCENT,
    QUALIFIERS,
    STOP,
    UNITS_SMALL,
)

_WS = r"[ \u00a0\u202f\u2009]"
NUM = re.compile(
    r"(?<![\w.,/])(?<![A-Za-z]-)(?:"
    r"\d{1,3}(?:\.\d{3})+,\d+"  # 1.000,5 (decimal comma)
    r"|\d{1,3}(?:\.\d{3}){2,}(?![.,]?\d)"  # 1.000.000
    r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d|,\d)"  # 1,000,000.5 (and "200,000, up")
    r"|\d{1,3}(?:" + _WS + r"\d{3})+(?!\d|[.,]\d)"  # 940 000
    r"|\d+(?:\.\d+)?"
    r"|\.\d+"
    r")"
)

QUAL_RE = re.compile(
    r"(?<![\w])("
    + "|".join(re.escape(q).replace(r"\ ", r"\s+") for q in sorted(QUALIFIERS, key=len)[::-1])
    + r")\s*$",
    re.I,
)

WORD = re.compile(r"[ \u00a0]?([A-Za-z][A-Za-z'’.-]*[A-Za-z]|[A-Za-z])")


def parse_number(s: str) -> float | None:
    """Read a numeral as people write it ("1,000", "940 000", "1.000,5", ".5")."""
    t = re.sub(r"[\u00a0\u202f\u2009 ]", "", s.strip())
    if not t:
        return None
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+,\d+", t):
        t = t.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"\d{1,3}(?:\.\d{3}){2,}", t):
        t = t.replace(".", "")
    else:
        t = t.replace(",", "")
    try:
        return float(t)
    except ValueError:
        return None


def apply_qualifier(qual: str | None, v: float) -> tuple[float | None, float | None]:
    mode = QUALIFIERS.get(" ".join(qual.lower().split()), "") if qual else ""
    if mode == "above":
        return v, None
    if mode in ("upto", "below"):
        return None, v
    if mode == "nearly":
        return tenths(v, 9), v
    if mode == "about":
        return tenths(v, 9), tenths(v, 11)
    return v, v


def qualifier_before(text: str, start: int) -> tuple[str | None, int]:
    """The qualifier just before a figure starting at ``start`` ("more than", "about")
    and where the figure's span then starts; (None, ``start``) when there is none."""
    lo = max(0, start - 24)
    m = QUAL_RE.search(text[lo:start])
    return (m.group(1), lo + m.start()) if m else (None, start)


def tenths(v: float, n: int) -> float:
    """``v`` times n/10 to 12 significant digits: "around $100 billion" reaches
    110 billion, not 110000000000.00002."""
    return float(f"{v * n / 10:.12g}")


# a word that opens an amount of its own after "and"/"or"
_NEW_AMOUNT = re.compile(
    r"(?:tens|dozens?|scores|hundreds?|thousands?|millions?|billions?|trillions?|half|"
    + "|".join(UNITS_SMALL)
    + r")$"
)


def counted(text: str, pos: int) -> tuple[str, int]:
    """The counted noun phrase after ``pos`` ("front-line and reserve patrol boats")."""
    words: list[tuple[str, int]] = []
    i = pos
    for _ in range(6):
        m = WORD.match(text, i)
        if not m:
            break
        w = m.group(1)
        lw = w.lower()
        if lw in STOP and lw not in ("and", "or"):
            break
        if words and words[-1][0].lower() in ("and", "or") and _NEW_AMOUNT.match(lw):
            break  # "hundreds of boats and dozens of planes": a second amount starts
        words.append((w, m.end()))
        i = m.end()
    best = -1
    for k, (w, _end) in enumerate(words):
        lw = w.lower().rstrip(".")
        plural = lw in IRREGULAR_PLURALS or (
            len(lw) > 2 and lw.endswith("s") and not lw.endswith(("ss", "us", "is", "'s", "’s"))
        )
        if plural and lw not in ("and", "or"):
            best = k
    if best < 0:
        return "", pos
    start = WORD.match(text, pos)
    assert start is not None
    first = start.start(1)
    return text[first : words[best][1]], words[best][1]


_DEGREES = re.compile(r"^\s?(?:°|º|degrees?\s)\s?([CcFf])\b")


def unit_after(text: str, pos: int, money: str) -> tuple[str, str, int]:
    """(kind, unit, end) for what follows a number at ``pos``."""
    rest = text[pos : pos + 40]
    m = re.match(r"^\s?(" + PERCENT.pattern + ")", rest, re.I)
    if m:
        unit = "percentage point" if "point" in m.group(1).lower() else "percent"
        return "percent", unit, pos + m.end()
    m = _DEGREES.match(rest)
    if m and not money:
        return "measure", "celsius" if m.group(1) in "cC" else "fahrenheit", pos + m.end()
    m = re.match(
        r"^(?:-|\s)(?:(?:US|U\.S\.)\s)?([A-Za-z]+(?:/h\b)?(?:\s(?:sterling|dollars))?)\b", rest
    )
    if m:
        w = m.group(1).lower()
        if w in CURRENCY_WORDS:
            end = pos + m.end()
            if w in ("pound", "pounds") and re.match(r"^\s+of\b", text[end : end + 5]):
                return "measure", "lb", end
            return "money", CURRENCY_WORDS[w], end
        if money:
            return "money", money, pos
        first = w.split()[0]
        if first in DURATIONS:
            return "duration", DURATIONS[first], pos + m.start(1) + len(first)
        if first in MEASURES:
            return "measure", MEASURES[first], pos + m.start(1) + len(first)
    if money:
        return "money", money, pos
    noun, end = counted(text, pos)
    if noun:
        return "count", noun, end
    return "number", "", pos


def make(
    text: str, offset: int, start: int, end: int, low: float | None, high: float | None,
    unit: str, kind: str,
) -> Quantity:  # fmt: skip
    return Quantity(offset + start, offset + end, text[start:end], low, high, unit, kind)


class Taken:
    """The spans the scanners have read, with an overlap test that looks only at spans
    starting near the one asked about (no span is longer than the longest seen), so a
    long text full of figures is read in n log n, not n squared."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._spans: list[tuple[int, int]] = []
        self._longest = 0

    def add(self, s: int, e: int) -> None:
        i = bisect.bisect_right(self._starts, s)
        self._starts.insert(i, s)
        self._spans.insert(i, (s, e))
        self._longest = max(self._longest, e - s)

    def overlaps(self, s: int, e: int) -> bool:
        lo = bisect.bisect_left(self._starts, s - self._longest)
        hi = bisect.bisect_left(self._starts, e)
        return any(s < te and ts < e for ts, te in self._spans[lo:hi])
