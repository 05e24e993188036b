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

import re

from ..model import Quantity

__all__ = ["parse_number", "parse_quantities"]

_WS = r"[ \u00a0\u202f\u2009]"
_NUM = (
    r"(?<![\w.,/])(?<![A-Za-z]-)(?:"
    r"\d{1,3}(?:\.\d{3})+,\d+"  # 1.000,5 (decimal comma)
    r"|\d{1,3}(?:\.\d{3}){2,}(?![.,]?\d)"  # 1.000.000
    r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d|,\d)"  # 1,000,000.5 (and "200,000, up")
    r"|\d{1,3}(?:" + _WS + r"\d{3})+(?!\d|[.,]\d)"  # 940 000
    r"|\d+(?:\.\d+)?"
    r"|\.\d+"
    r")"
)

UNITS_SMALL = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALES = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9, "b": 1e9, "tn": 1e12,
}  # fmt: skip
WORD_SCALES = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
# Vague plurals: "thousands of" means at least two thousand and fewer than a million.
VAGUE: dict[str, tuple[float, float | None]] = {
    "dozens": (24.0, 143.0), "scores": (40.0, 199.0), "hundreds": (200.0, 999.0),
    "thousands": (2e3, 999_999.0), "millions": (2e6, 999_999_999.0),
    "billions": (2e9, 999_999_999_999.0), "trillions": (2e12, None),
}  # fmt: skip
CURRENCY_SYMBOLS = {
    "us$": "USD", "a$": "AUD", "c$": "CAD", "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY",
    "₹": "INR", "₽": "RUB", "usd": "USD", "eur": "EUR", "gbp": "GBP", "jpy": "JPY",
    "chf": "CHF", "rub": "RUB", "cny": "CNY", "inr": "INR", "uah": "UAH",
}  # fmt: skip
CURRENCY_WORDS = {
    "dollar": "USD", "dollars": "USD", "us dollars": "USD", "euro": "EUR", "euros": "EUR",
    "pound": "GBP", "pounds": "GBP", "pounds sterling": "GBP", "yen": "JPY", "yuan": "CNY",
    "renminbi": "CNY", "ruble": "RUB", "rubles": "RUB", "rouble": "RUB", "roubles": "RUB",
    "rupee": "INR", "rupees": "INR", "hryvnia": "UAH", "hryvnias": "UAH", "francs": "CHF",
    "usd": "USD", "eur": "EUR", "gbp": "GBP",
}  # fmt: skip
DURATIONS = {
    "second": "second", "seconds": "second", "minute": "minute", "minutes": "minute",
    "hour": "hour", "hours": "hour", "day": "day", "days": "day", "week": "week",
    "weeks": "week", "month": "month", "months": "month", "year": "year", "years": "year",
    "decade": "decade", "decades": "decade", "century": "century", "centuries": "century",
}  # fmt: skip
MEASURES = {
    "km": "km", "kilometres": "km", "kilometers": "km", "kilometre": "km", "kilometer": "km",
    "miles": "mile", "mile": "mile", "metres": "m", "meters": "m", "metre": "m",
    "meter": "m", "feet": "ft", "foot": "ft", "kg": "kg", "kilograms": "kg",
    "kilogram": "kg", "tonnes": "tonne", "tonne": "tonne", "tons": "ton", "ton": "ton",
    "litres": "l", "liters": "l", "barrels": "barrel", "barrel": "barrel", "acres": "acre",
    "hectares": "ha", "mph": "mph", "km/h": "km/h", "degrees": "degree", "mw": "MW",
    "gw": "GW", "lbs": "lb", "lb": "lb",
}  # fmt: skip
PERCENT = re.compile(r"(?:%|percent\b|per\s+cent\b|pct\b|percentage\s+points?\b)", re.I)
QUALIFIERS: dict[str, str] = {
    "more than": "above", "over": "above", "above": "above", "exceeding": "above",
    "in excess of": "above", "upwards of": "above", "just over": "above",
    "at least": "above", "no fewer than": "above", "no less than": "above",
    "as many as": "upto", "as much as": "upto", "up to": "upto", "at most": "upto",
    "no more than": "upto", "not more than": "upto", "not over": "upto",
    "not less than": "above", "not fewer than": "above", "fewer than": "below", "less than": "below", "under": "below",
    "below": "below", "just under": "nearly", "nearly": "nearly", "almost": "nearly",
    "close to": "nearly", "around": "about", "about": "about", "approximately": "about",
    "roughly": "about", "some": "about", "an estimated": "about", "estimated": "about",
    "approx.": "about", "~": "about",
}  # fmt: skip
_QUAL_RE = re.compile(
    r"(?<![\w])("
    + "|".join(re.escape(q).replace(r"\ ", r"\s+") for q in sorted(QUALIFIERS, key=len)[::-1])
    + r")\s*$",
    re.I,
)
_CUR_BEFORE = re.compile(
    r"(?<![\w$])(US\$|A\$|C\$|\$|€|£|¥|₹|₽|USD|EUR|GBP|JPY|CHF|RUB|CNY|INR|UAH)\s?$"
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
    r"(?:-|\s)?(thousand|million|billion|trillion|bn|mn|mln|tn|k|m|b)\b", re.I
)
_RANGE = re.compile(r"\s*(?:-|–|—|to|and)\s*(?:US\$|\$|€|£)?", re.I)
_WORD = re.compile(r"[ \u00a0]?([A-Za-z][A-Za-z'’.-]*[A-Za-z]|[A-Za-z])")
STOP = frozenset(
    """the a an of in on at to for from by with was were is are be been being have has had
    will would could can may might must shall should said says say that which who whom this these
    those than as per each since after before during into over under about across against
    between among while when where if but not no its their his her our your my it they he she we
    you i them there here so because until through up down out off also more less including like
    then now only just still already even all both some any such other another last next first
    according reported told""".split()  # noqa: SIM905
)  # fmt: skip
_IRREGULAR = "people children men women police personnel staff troops aircraft sheep fish cattle"
IRREGULAR_PLURALS = frozenset((_IRREGULAR + " data media militia infantry crew livestock").split())


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


def _apply(qual: str | None, v: float) -> tuple[float | None, float | None]:
    mode = QUALIFIERS.get(" ".join(qual.lower().split()), "") if qual else ""
    if mode == "above":
        return v, None
    if mode in ("upto", "below"):
        return None, v
    if mode == "nearly":
        return _tenths(v, 9), v
    if mode == "about":
        return _tenths(v, 9), _tenths(v, 11)
    return v, v


def _qualifier_before(text: str, start: int) -> tuple[str | None, int]:
    """The qualifier just before a figure starting at ``start`` ("more than", "about")
    and where the figure's span then starts; (None, ``start``) when there is none."""
    lo = max(0, start - 24)
    m = _QUAL_RE.search(text[lo:start])
    return (m.group(1), lo + m.start()) if m else (None, start)


def _tenths(v: float, n: int) -> float:
    """``v`` times n/10 to 12 significant digits: "around $100 billion" reaches
    110 billion, not 110000000000.00002."""
    return float(f"{v * n / 10:.12g}")


# the first number of a written range: "five to seven", "two or three", "six-eight"
_WRITTEN_FROM = re.compile(r"\b(" + "|".join(UNITS_SMALL) + r")\s*(?:to|or|-|–)\s*$", re.I)
# a word that opens an amount of its own after "and"/"or"
_NEW_AMOUNT = re.compile(
    r"(?:tens|dozens?|scores|hundreds?|thousands?|millions?|billions?|trillions?|half|"
    + "|".join(UNITS_SMALL)
    + r")$"
)


def _counted(text: str, pos: int) -> tuple[str, int]:
    """The counted noun phrase after ``pos`` ("front-line and reserve patrol boats")."""
    words: list[tuple[str, int]] = []
    i = pos
    for _ in range(6):
        m = _WORD.match(text, i)
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
    start = _WORD.match(text, pos)
    assert start is not None
    first = start.start(1)
    return text[first : words[best][1]], words[best][1]


def _unit_after(text: str, pos: int, money: str) -> tuple[str, str, int]:
    """(kind, unit, end) for what follows a number at ``pos``."""
    rest = text[pos : pos + 40]
    m = re.match(r"^\s?(" + PERCENT.pattern + ")", rest, re.I)
    if m:
        unit = "percentage point" if "point" in m.group(1).lower() else "percent"
        return "percent", unit, pos + m.end()
    m = re.match(r"^(?:-|\s)(?:(?:US|U\.S\.)\s)?([A-Za-z]+(?:\s(?:sterling|dollars))?)\b", rest)
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
    noun, end = _counted(text, pos)
    if noun:
        return "count", noun, end
    return "number", "", pos


def _make(
    text: str, offset: int, start: int, end: int, low: float | None, high: float | None,
    unit: str, kind: str,
) -> Quantity:  # fmt: skip
    return Quantity(offset + start, offset + end, text[start:end], low, high, unit, kind)


def _scan_digits(text: str, offset: int, taken: list[tuple[int, int]]) -> list[Quantity]:
    out: list[Quantity] = []
    skip_to = 0
    for m in re.finditer(_NUM, text):
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
            out.append(_make(text, offset, ds, de, value, value, "day", "date"))
            taken.append((ds, de))
            skip_to = de
            continue
        if (
            _IDENT_BEFORE.search(before)
            and not _QUAL_RE.search(before)
            and not _YEAR.fullmatch(m.group(0))
        ):
            skip_to = e
            continue  # "Section 230", "Boeing 737", "No. 2": a number that names something
        if re.match(r"s\b", after) and re.fullmatch(r"\d{4}", m.group(0)):
            out.append(_make(text, offset, s, e + 1, value, value + 9, "decade", "year"))
            taken.append((s, e + 1))
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
            nxt = _WORD.match(text, sm.end())
            is_metre = word == "m" and not money and not (nxt and _counted(text, sm.end())[0])
            if is_metre:
                metre = bool(re.fullmatch(r"m", text[e : sm.end()]))
            elif not (word == "b" and not money):
                scale = SCALES[word]
                e = sm.end()
        value *= scale
        high_v = value
        rm = _RANGE.match(text, e)
        if rm:
            m2 = re.compile(_NUM).match(text, rm.end())
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
            kind, unit, e = _unit_after(text, e, money)
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
        qual, qual_start = _qualifier_before(text, start)
        if kind == "year":
            qual = None  # "in 2020": a year takes no qualifier
        else:
            start = qual_start
        low: float | None
        high: float | None
        if high_v != value:
            low, high = value, high_v
            if qual and QUALIFIERS.get(" ".join(qual.lower().split())) in ("above",):
                high = None
        else:
            low, high = _apply(qual, value)
        out.append(_make(text, offset, start, e, low, high, unit, kind))
        taken.append((start, e))
        skip_to = e
    return out


def _overlaps(s: int, e: int, taken: list[tuple[int, int]]) -> bool:
    return any(s < te and ts < e for ts, te in taken)


def _scan_words(text: str, offset: int, taken: list[tuple[int, int]]) -> list[Quantity]:
    out: list[Quantity] = []
    for m in _VAGUE.finditer(text):
        if _overlaps(m.start(), m.end(), taken):
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
        kind, unit, e = _unit_after(text, m.end(), "")
        if kind not in ("money", "count"):
            kind, unit, e = "count", "", m.start() + len(m.group(0).rsplit(" of", 1)[0])
        out.append(_make(text, offset, m.start(), e, low, high, unit, kind))
        taken.append((m.start(), e))
    for m in _WRITTEN.finditer(text):
        s, e = m.start(), m.end()
        phrase = m.group(0)
        if phrase.lower() in ("a", "an", "half") or _overlaps(s, e, taken):
            continue
        if re.fullmatch(r"(?:a|an|half)(?:\s+(?:a|an|half))*", phrase, re.I):
            continue
        value = _words_value(phrase)
        if value is None:
            continue
        kind, unit, e2 = _unit_after(text, e, "")
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
                out.append(_make(text, offset, s, e2, float(a), float(b), unit, kind))
                taken.append((s, e2))
                continue
        if rm and first is not None and first < value and not has_scale:
            # "five to seven ships", "two or three tugs": a range
            s = s - (len(text[max(0, s - 24) : s]) - rm.start())
            out.append(_make(text, offset, s, e2, float(first), value, unit, kind))
            taken.append((s, e2))
            continue
        qual, s = _qualifier_before(text, s)
        wlow, whigh = _apply(qual, value)
        out.append(_make(text, offset, s, e2, wlow, whigh, unit, kind))
        taken.append((s, e2))
    return out


_FRACTIONS = {
    "half": 1 / 2, "third": 1 / 3, "thirds": 1 / 3, "quarter": 1 / 4, "quarters": 1 / 4,
    "fifth": 1 / 5, "fifths": 1 / 5, "tenth": 1 / 10, "tenths": 1 / 10,
}  # fmt: skip
_FRACTION = re.compile(
    r"(?<![\w-])(?:(?P<n>a|one|two|three|four)[\s-]+)?(?P<f>half|thirds?|quarters?|fifths?|"
    r"tenths?)\s+of\b",
    re.I,
)
_OF_SCALE = re.compile(r"\s+(?:a|one|\d[\d.,]*)\s+(?:hundred|thousand|million|billion)\b", re.I)
_FRACTION_COUNT = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4}


def _scan_fractions(text: str, offset: int, taken: list[tuple[int, int]]) -> list[Quantity]:
    """Shares told as fractions, as percentages: "a third of voters" (33.3 %), "nearly
    three-quarters of the homes" (67.5-75 %), "half of the staff" (50 %)."""
    out: list[Quantity] = []
    for m in _FRACTION.finditer(text):
        n = _FRACTION_COUNT[(m.group("n") or "one").lower()]
        f = m.group("f").lower()
        if (m.group("n") is None and f != "half") or (n > 1) != f.endswith("s"):
            continue  # "the third of May", "a two quarter"; "half of" needs no count
        share = n * _FRACTIONS[f]
        if share >= 1 or _overlaps(m.start(), m.end(), taken) or _OF_SCALE.match(text, m.end()):
            continue  # "a quarter of a million people": a count, not a share
        qual, start = _qualifier_before(text, m.start())
        low, high = _apply(qual, round(share * 100, 1))
        end = m.end() - 3  # without " of"
        out.append(_make(text, offset, start, end, low, high, "percent", "percent"))
        taken.append((start, end))
    return out


def parse_quantities(text: str, offset: int = 0) -> tuple[Quantity, ...]:
    """Find the quantities in ``text``; spans are shifted by ``offset``."""
    if not text or (
        not any(map(str.isdigit, text))
        and not _VAGUE.search(text)
        and not _WRITTEN.search(text)
        and not _FRACTION.search(text)
    ):
        return ()
    taken: list[tuple[int, int]] = []
    found = _scan_digits(text, offset, taken)
    found += _scan_fractions(text, offset, taken)
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
