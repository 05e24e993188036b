"""Quantities in news text: money, percentages, counts, durations, measures.

``parse_quantities(text, offset)`` scans plain text (no parse needed) and turns
each number it finds, with its qualifier ("more than", "nearly", "up to"...),
currency, scale word ("billion", "bn", "k"), unit and counted noun, into a
``Quantity`` whose ``low``/``high`` interval says what the text commits to:

- "$7.12 billion"             -> money, USD, [7.12e9, 7.12e9]
- "more than 30 percent"      -> percent, [30, None]
- "as many as 3,000 tanks"    -> count "tanks", [None, 3000]
- "thousands of HUMVEES"      -> count "HUMVEES", [2000, 999999]
- "two dozen", "11-month war" -> number 24; duration "month" [11, 11]

Times ("2.15pm", "10:30") and ordinals ("3rd") are skipped; years (1800-2100
standing alone) get kind "year". Odd separators are read as people write them:
"940 000" and "1.000.000" are thousands groups, "1.000,5" is a decimal comma.
"""

from __future__ import annotations

import math
import re

from ..model import Quantity
from .quantity_parts import (
    NUM,
    QUAL_RE,
    WORD,
    Taken,
    apply_qualifier,
    counted,
    make,
    parse_number,
    qualifier_before,
    unit_after,
)
from .quantity_shares import FEW, FRACTION, scan_fractions, scan_ratios
from .quantity_words import (
    CURRENCY_SYMBOLS,
    QUALIFIERS,
    SCALES,
    UNITS_SMALL,
    VAGUE,
    WORD_SCALES,
)

__all__ = ["parse_number", "parse_quantities"]

_CUR_BEFORE = re.compile(
    r"(?<![\w$])(US\$|A\$|C\$|\$|€|£|¥|₹|₽|USD|EUR|GBP|JPY|CHF|RUB|CNY|INR|UAH|Rs\.?)\s?$"
)
_WORD_NUM = (
    r"(?:" + "|".join(list(UNITS_SMALL) + list(WORD_SCALES) + ["dozen", "a", "an", "half"]) + r")"
)
_WRITTEN = re.compile(
    r"\b(?:a|an|half|" + "|".join(UNITS_SMALL) + r")(?:(?:[\s-]+(?:and\s+)?)" + _WORD_NUM + r")*\b",
    re.I,
)
_VAGUE = re.compile(
    r"\b(tens|dozens|scores|hundreds|thousands|millions|billions|trillions)"
    r"(?:\s+of\s+(thousands|millions|billions))?\s+of\b",
    re.I,
)
_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t|tember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_MONTH_NEAR = re.compile(r"\b" + _MONTHS + r"\s+$")
_MONTH_AFTER = re.compile(r"(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTHS + r"\b")
# a capitalised word (not at a sentence start) right before the number: an identifier
_IDENT_BEFORE = re.compile(r"(?<![.!?]\s)(?<!^)\b(?:No\.|[a-z]?[A-Z][A-Za-z]*[a-z][A-Za-z]*)\s$")
_YEAR = re.compile(r"1[89]\d\d|20\d\d|2100")
_TIME_AFTER = re.compile(r"^\s?(?:[ap]\.?m\.?)(?![a-z])", re.I)
_ORDINAL_AFTER = re.compile(r"^(?:st|nd|rd|th)\b", re.I)
_SUFFIX_SCALE = re.compile(
    r"(?:-|\s)?(thousand|million|billion|trillion|lakh\s+crore|lakhs?|crores?|bn|mn|mln|tn|k|m|b)\b",
    re.I,
)
_RANGE = re.compile(r"\s*(?:-|–|—|to|and)\s*(?:US\$|\$|€|£)?", re.I)


def _words_value(s: str) -> float | None:
    """Value of written numbers: "two dozen", "twenty-five", "three hundred thousand",
    "half a million", "two and a half thousand"."""
    total, current, seen, article, last_scale = 0.0, 0.0, False, False, 0.0
    for w in re.split(r"[\s-]+", s.lower()):
        if w in ("and", ""):
            continue
        if w in ("a", "an"):
            article = current == 0.0
            current = current or 1.0  # "a hundred"; "half a million" stays a half
            continue
        if w == "half":
            if current == 1.0 and article and total and last_scale:
                total += last_scale / 2  # "a million and a half"
                current = 0.0
            elif current >= 1.0 and not article:
                current += 0.5  # "two and a half"
            else:
                current = 0.5  # "half a million", "a half"
        elif w in UNITS_SMALL:
            # "a seven-day strike": the article is not one more
            current = UNITS_SMALL[w] if article else current + UNITS_SMALL[w]
            seen = True
        elif w == "dozen":
            current = (current or 1.0) * 12
            seen = True
        elif w == "hundred":
            current = (current or 1.0) * 100
            seen = True
        elif w in WORD_SCALES:
            total += (current or 1.0) * WORD_SCALES[w]
            last_scale = WORD_SCALES[w]
            current = 0.0
            seen = True
        else:
            return None
        article = False
    return total + current if seen else None


# the first number of a written range: "five to seven", "two or three", "six-eight"
_WRITTEN_FROM = re.compile(r"\b(" + "|".join(UNITS_SMALL) + r")\s*(?:to|or|-|–)\s*$", re.I)


def _scan_digits(text: str, offset: int, taken: Taken) -> list[Quantity]:
    out: list[Quantity] = []
    skip_to = 0
    for m in NUM.finditer(text):
        s, e = m.start(), m.end()
        if s < skip_to:
            continue
        value = parse_number(m.group(0))
        if value is None:
            continue
        after = text[e : e + 12]
        if _TIME_AFTER.match(after) or re.match(r"^:\d\d", after) or _ORDINAL_AFTER.match(after):
            skip_to = e + 4
            continue
        if re.match(r"^\d{1,2}[.:]\d{2}\s?[ap]\.?m", text[s : s + 10], re.I):
            continue
        if after[:1] == "/" and after[1:2].isdigit():
            skip_to = e + 1 + len(re.match(r"/\d*", after).group(0))  # type: ignore[union-attr]
            continue  # 24/7, 9/11, 1/3: dates, names and fractions are not read as amounts
        before = text[max(0, s - 20) : s]
        if (_MONTH_NEAR.search(before[-12:]) or _MONTH_AFTER.match(after)) and not _YEAR.fullmatch(
            m.group(0)
        ):
            # the day with its month, as written: "3 March", "March 3", "3rd of March"
            near, later = _MONTH_NEAR.search(before[-12:]), _MONTH_AFTER.match(after)
            ds = s - (len(before[-12:]) - near.start()) if near else s
            de = e + later.end() if later and not near else e
            out.append(make(text, offset, ds, de, value, value, "day", "date"))
            taken.add(ds, de)
            skip_to = de
            continue
        if (
            _IDENT_BEFORE.search(before)
            and not QUAL_RE.search(before)
            and not _CUR_BEFORE.search(before[-5:])
            and not _YEAR.fullmatch(m.group(0))
        ):
            skip_to = e
            continue  # "Section 230", "Boeing 737", "No. 2": a number that names something
        if re.match(r"s\b", after) and re.fullmatch(r"\d{4}", m.group(0)):
            out.append(make(text, offset, s, e + 1, value, value + 9, "decade", "year"))
            taken.add(s, e + 1)
            skip_to = e + 1
            continue
        start = s
        money = ""
        cm = _CUR_BEFORE.search(text[max(0, s - 5) : s])
        if cm:
            money = CURRENCY_SYMBOLS.get(cm.group(1).lower(), "USD")
            start = s - (len(text[max(0, s - 5) : s]) - cm.start())
        scale = 1.0
        metre = False
        sm = _SUFFIX_SCALE.match(text, e)
        if sm:
            word = sm.group(1).lower()
            nxt = WORD.match(text, sm.end())
            is_metre = word == "m" and not money and not (nxt and counted(text, sm.end())[0])
            if is_metre:
                metre = bool(re.fullmatch(r"m", text[e : sm.end()]))
            elif not (word == "b" and not money):
                scale = SCALES[" ".join(word.split())]
                e = sm.end()
        value *= scale
        high_v = value
        rm = _RANGE.match(text, e)
        loose = _PLUS_ODD.match(text, e)
        if loose:
            # "200-plus vessels": at least 200; "40-odd years": forty and some
            e = loose.end()
            later = _SUFFIX_SCALE.match(text, e)
            if later and scale == 1.0 and later.group(1).lower() in WORD_SCALES:
                scale = WORD_SCALES[later.group(1).lower()]  # "a $20-plus trillion budget"
                value *= scale
                e = later.end()
            digits = m.group(0).replace(",", "")
            step = 10.0 ** (len(digits) - len(digits.rstrip("0")))
            high_v = math.inf if loose.group(1).lower() == "plus" else value + step * scale - 1
            rm = None
        if rm:
            m2 = NUM.match(text, rm.end())
            if m2 and (
                rm.group(0).strip().lower() != "and"
                or "between" in text[max(0, start - 9) : start].lower()
            ):
                v2 = parse_number(m2.group(0))
                if v2 is not None:
                    e2 = m2.end()
                    sm2 = _SUFFIX_SCALE.match(text, e2)
                    s2 = scale
                    if sm2 and sm2.group(1).lower() in WORD_SCALES | {"bn": 1, "mn": 1, "k": 1}:
                        s2 = SCALES[sm2.group(1).lower()]
                        e2 = sm2.end()
                        if scale == 1.0:
                            value *= s2
                    high_v = v2 * s2
                    if high_v >= value:
                        e = e2
                    else:
                        high_v = value
        if metre:
            kind, unit, e = "measure", "m", e + 1
        else:
            kind, unit, e = unit_after(text, e, money)
        if kind == "duration" and text[e : e + 4].lower() == "-old":
            kind, e = "age", e + 4
        if (
            kind == "number"
            and scale == 1.0
            and high_v == value
            and 1800 <= value <= 2100
            and re.fullmatch(r"\d{4}", m.group(0))
            and text[e : e + 1] != "-"
        ):
            kind = "year"
        qual, qual_start = qualifier_before(text, start)
        if kind == "year":
            qual = None  # "in 2020": a year takes no qualifier
        else:
            start = qual_start
        low: float | None
        high: float | None
        if high_v != value:
            low, high = value, (None if math.isinf(high_v) else high_v)
            if qual and QUALIFIERS.get(" ".join(qual.lower().split())) in ("above",):
                high = None
        else:
            low, high = apply_qualifier(qual, value)
        below = _BELOW_ZERO.search(text[max(0, start - 8) : start])
        if below and unit in ("celsius", "fahrenheit", "degree"):
            # "minus 20 degrees", "about -5 °C": a temperature below zero
            start -= len(below.group(0))
            sign_qual, sign_start = qualifier_before(text, start)
            if sign_qual and not qual and high_v == value:
                low, high = apply_qualifier(sign_qual, value)
                start = sign_start
            low, high = (-high if high is not None else None), (-low if low is not None else None)
        out.append(make(text, offset, start, e, low, high, unit, kind))
        taken.add(start, e)
        skip_to = e
    return out


_BELOW_ZERO = re.compile(r"(?:\bminus\s+|(?<![\w.,])[-−])$", re.I)


_PLUS_ODD = re.compile(r"-(plus|odd)\b", re.I)


def _scan_words(text: str, offset: int, taken: Taken) -> list[Quantity]:
    out: list[Quantity] = []
    for m in _VAGUE.finditer(text):
        if taken.overlaps(m.start(), m.end()):
            continue
        first, second = m.group(1).lower(), (m.group(2) or "").lower()
        low: float | None
        high: float | None
        if first == "tens" and not second:
            continue
        if second:
            scale = WORD_SCALES[second[:-1]]
            if first == "tens":
                low, high = 20 * scale, 100 * scale - 1
            elif first == "hundreds":
                low, high = 200 * scale, 1000 * scale - 1
            else:
                lo1, hi1 = VAGUE[first]
                low, high = lo1 * scale, (hi1 * scale if hi1 is not None else None)
        else:
            low, high = VAGUE[first]
        kind, unit, e = unit_after(text, m.end(), "")
        if kind not in ("money", "count"):
            kind, unit, e = "count", "", m.start() + len(m.group(0).rsplit(" of", 1)[0])
        out.append(make(text, offset, m.start(), e, low, high, unit, kind))
        taken.add(m.start(), e)
    for m in _WRITTEN.finditer(text):
        s, e = m.start(), m.end()
        phrase = m.group(0)
        if phrase.lower() in ("a", "an", "half") or taken.overlaps(s, e):
            continue
        if re.fullmatch(r"(?:a|an|half)(?:\s+(?:a|an|half))*", phrase, re.I):
            continue
        value = _words_value(phrase)
        if value is None:
            continue
        kind, unit, e2 = unit_after(text, e, "")
        has_scale = bool(
            re.search(r"dozen|hundred|thousand|million|billion|trillion", phrase, re.I)
        )
        if kind == "number" and not has_scale:
            continue  # a bare "one" or "two" is too often not a figure
        if kind == "count" and value == 1 and not has_scale:
            continue
        rm = _WRITTEN_FROM.search(text[max(0, s - 24) : s])
        first = UNITS_SMALL.get(rm.group(1).lower()) if rm else None
        hm = re.fullmatch(r"([a-z]+)\s*[-–]\s*([a-z]+)", phrase.lower())
        if hm and hm.group(1) in UNITS_SMALL and hm.group(2) in UNITS_SMALL:
            a, b = UNITS_SMALL[hm.group(1)], UNITS_SMALL[hm.group(2)]
            if not (a >= 20 and a % 10 == 0 and b < 10) and a < b:
                # "six-eight weeks" is a range; "twenty-one" a number
                out.append(make(text, offset, s, e2, float(a), float(b), unit, kind))
                taken.add(s, e2)
                continue
        if rm and first is not None and first < value and not has_scale:
            # "five to seven ships", "two or three tugs": a range
            s = s - (len(text[max(0, s - 24) : s]) - rm.start())
            out.append(make(text, offset, s, e2, float(first), value, unit, kind))
            taken.add(s, e2)
            continue
        qual, s = qualifier_before(text, s)
        wlow, whigh = apply_qualifier(qual, value)
        out.append(make(text, offset, s, e2, wlow, whigh, unit, kind))
        taken.add(s, e2)
    return out


def parse_quantities(text: str, offset: int = 0) -> tuple[Quantity, ...]:
    """Find the quantities in ``text``; spans are shifted by ``offset``."""
    if not text or (
        not any(map(str.isdigit, text))
        and not _VAGUE.search(text)
        and not _WRITTEN.search(text)
        and not FRACTION.search(text)
        and not FEW.search(text)
    ):
        return ()
    taken = Taken()
    found = scan_ratios(text, offset, taken)
    found += _scan_digits(text, offset, taken)
    found += scan_fractions(text, offset, taken)
    found += _scan_words(text, offset, taken)
    found.sort(key=lambda q: (q.start, -q.end))
    out: list[Quantity] = []
    last_end = -1
    for q in found:
        if q.start >= last_end:
            last_end = q.end
            if _RULED_OUT.search(
                text[max(0, q.start - offset - 16) : q.start - offset]
            ) and not _LEADING_QUAL.match(q.text):
                continue  # "about 3,000 workers, not 5,000": the figure the text corrects
            out.append(q)
    return tuple(out)


_LEADING_QUAL = re.compile(r"(?:more|less|fewer|over|under|up|at|as|below|above)\b", re.I)
# a figure named only to be set aside: "not 5,000", "rather than $2 million" (but "not
# more than 5,000" is a bound)
_RULED_OUT = re.compile(r"(?:\bnot|\brather\s+than|\binstead\s+of)\s+$", re.I)
