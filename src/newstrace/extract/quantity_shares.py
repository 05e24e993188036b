"""Shares and parts of amounts: "a third of voters" (a percentage), "a quarter of a
million people" (an amount), "a third of a mile" (a measure)."""

from __future__ import annotations

import re

from ..model import Quantity
from .quantity_parts import (
    Taken,
    apply_qualifier,
    make,
    parse_number,
    qualifier_before,
    tenths,
    unit_after,
)
from .quantity_words import DURATIONS, MEASURES, UNITS_SMALL, WORD_SCALES

__all__ = ["FEW", "FRACTION", "scan_fractions", "scan_ratios"]

_FRACTIONS = {
    "half": 1 / 2, "third": 1 / 3, "thirds": 1 / 3, "quarter": 1 / 4, "quarters": 1 / 4,
    "fifth": 1 / 5, "fifths": 1 / 5, "tenth": 1 / 10, "tenths": 1 / 10,
}  # fmt: skip
FRACTION = re.compile(
    r"(?<![\w-])(?:(?P<n>a|one|two|three|four)[\s-]+)?(?P<f>half|thirds?|quarters?|fifths?|"
    r"tenths?)(?=\s+(?:of\b|(?:hundred|thousand|million|billion|trillion)\b))",
    re.I,
)
# what a fraction is of: a scale ("a quarter of a million", "a third of 1.5 billion",
# "a quarter million") or a unit ("a third of a mile", "a quarter of an hour")
_OF_SCALE = re.compile(
    r"(?:\s+of)?\s+(?:(?:a|an|one)\s+|(?P<num>\d[\d.,]*)\s*)?"
    r"(?P<scale>hundred|thousand|million|billion|trillion)\b",
    re.I,
)
_OF_UNIT = re.compile(r"\s+of\s+(?:a|an|one)\s+(?P<unit>[a-z]+)\b", re.I)
_FRACTION_COUNT = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4}


def scan_fractions(text: str, offset: int, taken: Taken) -> list[Quantity]:
    """Shares told as fractions, as percentages: "a third of voters" (33.3 %), "nearly
    three-quarters of the homes" (67.5-75 %), "half of the staff" (50 %)."""
    out: list[Quantity] = []
    for m in FRACTION.finditer(text):
        n = _FRACTION_COUNT[(m.group("n") or "one").lower()]
        f = m.group("f").lower()
        if (m.group("n") is None and f != "half") or (n > 1) != f.endswith("s"):
            continue  # "the third of May", "a two quarter"; "half of" needs no count
        share = n * _FRACTIONS[f]
        if (
            share >= 1
            or taken.overlaps(m.start(), m.end())
            or _AND_BEFORE.search(text[max(0, m.start() - 24) : m.start()])
        ):
            continue  # "two and a half thousand": a written number's part, no fraction
        qual, start = qualifier_before(text, m.start())
        of_scale, of_unit = _OF_SCALE.match(text, m.end()), _OF_UNIT.match(text, m.end())
        if of_scale:
            # "a quarter of a million people": a share of an amount is that amount
            base = parse_number(of_scale.group("num")) if of_scale.group("num") else 1.0
            if base is None:
                continue
            value = tenths(share * base * WORD_SCALES[of_scale.group("scale").lower()], 10)
            kind, unit, end = unit_after(text, of_scale.end(), "")
            low, high = apply_qualifier(qual, value)
        elif of_unit and _UNIT_OF.get(of_unit.group("unit").lower()):
            # "a third of a mile", "a quarter of an hour": a share of one unit
            kind, unit = _UNIT_OF[of_unit.group("unit").lower()]
            end = of_unit.end()
            low, high = apply_qualifier(qual, round(share, 4))
        elif text[m.end() :].lstrip().lower().startswith("of"):
            kind, unit, end = "percent", "percent", m.end()
            low, high = apply_qualifier(qual, round(share * 100, 1))
        else:
            continue  # "half million" with no article: the written scanner reads it
        out.append(make(text, offset, start, end, low, high, unit, kind))
        taken.add(start, end)
    return out


# "two and a half thousand", "a year and a half": the fraction ends a written amount
_AND_BEFORE = re.compile(
    r"(?:\d|\b(?:" + "|".join([*UNITS_SMALL, *WORD_SCALES, *DURATIONS, "dozen"]) + r"))\s+and\s+$",
    re.I,
)
# the units a fraction may be a share of ("a third of a mile"): kind and unit
_UNIT_OF: dict[str, tuple[str, str]] = {
    **{w: ("duration", u) for w, u in DURATIONS.items()},
    **{w: ("measure", u) for w, u in MEASURES.items()},
}


_SMALL = "|".join(UNITS_SMALL)
# "4 in 10 voters", "one in five children", "nine out of every ten doctors"
_RATIO = re.compile(
    r"(?<![\w.,$€£-])(?P<a>\d{1,3}(?:,\d{3})*|" + _SMALL + r")\s+(?:in|out\s+of)\s+(?:every\s+)?"
    r"(?P<b>\d{1,3}(?:,\d{3})*|" + _SMALL + r")\b(?![.,:/]?\d|\s*(?:%|percent\b|per\s+cent\b))",
    re.I,
)
# "a few hundred", "several thousand", "a couple of hundred": a vague multiple of a scale
FEW = re.compile(
    r"\b(?P<few>a\s+few|several|a\s+couple(?:\s+of)?)\s+"
    r"(?P<scale>dozen|hundred|thousand|million|billion|trillion)\b(?!\s+and\b)",
    re.I,
)
_FEW_RANGE = {"a few": (2.0, 9.0), "several": (3.0, 9.0), "a couple": (2.0, 2.0)}
_WORD_AFTER = re.compile(r"\s+([A-Za-z]+)")


def _ratio_number(s: str) -> float | None:
    return float(UNITS_SMALL[s.lower()]) if s.lower() in UNITS_SMALL else parse_number(s)


def scan_ratios(text: str, offset: int, taken: Taken) -> list[Quantity]:
    """Shares told as "N in M" ("4 in 10 voters" is 40 %, not ten voters), and vague
    multiples of a scale ("a few hundred protesters" is 200-900 protesters)."""
    out: list[Quantity] = []
    for m in _RATIO.finditer(text):
        a, b = _ratio_number(m.group("a")), _ratio_number(m.group("b"))
        nxt = _WORD_AFTER.match(text, m.end())
        if a is None or b is None or not 0 < a < b <= 1e6 or taken.overlaps(m.start(), m.end()):
            continue
        if nxt and nxt.group(1).lower() in _UNIT_OF:
            continue  # "3 in 10 days", "up 2 in 12 months": a rate over time, no share
        qual, start = qualifier_before(text, m.start())
        low, high = apply_qualifier(qual, float(f"{a / b * 100:.3g}"))
        out.append(make(text, offset, start, m.end(), low, high, "percent", "percent"))
        taken.add(start, m.end())
    for m in FEW.finditer(text):
        if taken.overlaps(m.start(), m.end()):
            continue
        few = " ".join(m.group("few").lower().split()[:2])
        lo, hi = _FEW_RANGE[few]
        scale = (
            12.0 if m.group("scale").lower() == "dozen" else WORD_SCALES[m.group("scale").lower()]
        )
        kind, unit, end = unit_after(text, m.end(), "")
        if kind == "number":
            kind, end = "count", m.end()
        if few == "a couple":
            low, high = apply_qualifier("about", lo * scale)
        else:
            low, high = lo * scale, hi * scale
        out.append(make(text, offset, m.start(), end, low, high, unit, kind))
        taken.add(m.start(), end)
    return out
