"""The words of amounts: written numbers, scales, currencies, units and qualifiers.

Tables for ``quantities.parse_quantities``, kept apart from the scanners that use them.
"""

from __future__ import annotations

import re

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
    # South Asian English: a lakh is 100,000, a crore ten million ("Rs 1.5 lakh crore")
    "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7, "lakh crore": 1e12,
}  # fmt: skip
WORD_SCALES = {
    "hundred": 1e2, "thousand": 1e3, "lakh": 1e5, "million": 1e6, "crore": 1e7,
    "billion": 1e9, "trillion": 1e12,
}  # fmt: skip
# Vague plurals: "thousands of" means at least two thousand and fewer than a million.
VAGUE: dict[str, tuple[float, float | None]] = {
    "dozens": (24.0, 143.0), "scores": (40.0, 199.0), "hundreds": (200.0, 999.0),
    "thousands": (2e3, 999_999.0), "millions": (2e6, 999_999_999.0),
    "billions": (2e9, 999_999_999_999.0), "trillions": (2e12, None),
}  # fmt: skip
CURRENCY_SYMBOLS = {
    "us$": "USD", "a$": "AUD", "c$": "CAD", "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY",
    "₹": "INR", "₽": "RUB", "usd": "USD", "eur": "EUR", "gbp": "GBP", "jpy": "JPY",
    "chf": "CHF", "rub": "RUB", "cny": "CNY", "inr": "INR", "uah": "UAH", "rs": "INR",
    "rs.": "INR",
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
    "gw": "GW", "lbs": "lb", "lb": "lb", "kw": "kW", "kwh": "kWh", "mwh": "MWh",
    "gwh": "GWh", "twh": "TWh", "mg": "mg", "ml": "ml", "cm": "cm", "mm": "mm",
    "celsius": "celsius", "fahrenheit": "fahrenheit",
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
