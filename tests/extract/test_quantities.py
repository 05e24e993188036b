"""Quantity parser: examples from invented news text, and properties (hypothesis)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newstrace.extract.quantities import parse_number, parse_quantities
from newstrace.model import Quantity


def one(text: str) -> Quantity:
    qs = parse_quantities(text)
    assert len(qs) == 1, qs
    return qs[0]


@pytest.mark.parametrize(
    ("text", "span", "low", "high", "unit", "kind"),
    [
        ("The port of Velmora cost $7.12 billion to build.", "$7.12 billion", 7.12e9, 7.12e9, "USD", "money"),
        ("Officials said a $100 billion fund was ready.", "$100 billion", 1e11, 1e11, "USD", "money"),
        ("Turnout fell 30 percent in Drasko.", "30 percent", 30, 30, "percent", "percent"),
        ("Turnout fell 30% in Drasko.", "30%", 30, 30, "percent", "percent"),
        ("the 11-month war in the valley", "11-month", 11, 11, "month", "duration"),
        ("two dozen ferries left port", "two dozen ferries", 24, 24, "ferries", "count"),
        ("more than 40 people were rescued", "more than 40 people", 40, None, "people", "count"),
        ("as many as 3,000 front-line and reserve patrol boats were docked",
         "as many as 3,000 front-line and reserve patrol boats", None, 3000,
         "front-line and reserve patrol boats", "count"),
        ("at least 12 sailors", "at least 12 sailors", 12, None, "sailors", "count"),
        ("up to 5,000 volunteers", "up to 5,000 volunteers", None, 5000, "volunteers", "count"),
        ("nearly $2.5bn", "nearly $2.5bn", 2.25e9, 2.5e9, "USD", "money"),
        ("around 40 percent", "around 40 percent", 36, 44, "percent", "percent"),
        ("£40m for the bridge", "£40m", 4e7, 4e7, "GBP", "money"),
        ("€1.2 million in fines", "€1.2 million", 1.2e6, 1.2e6, "EUR", "money"),
        ("prices rose 3-4% in March", "3-4%", 3, 4, "percent", "percent"),
        ("between 5 and 10 percent", "5 and 10 percent", 5, 10, "percent", "percent"),
        ("a 30-year-old ferryman", "30-year-old", 30, 30, "year", "age"),
        ("20 pounds of flour", "20 pounds", 20, 20, "lb", "measure"),
    ],
)  # fmt: skip
def test_examples(text: str, span: str, low: float | None, high: float | None,
                  unit: str, kind: str) -> None:  # fmt: skip
    q = one(text)
    assert q.text == span
    assert text[q.start : q.end] == span
    assert q.low == pytest.approx(low) if low is not None else q.low is None
    assert q.high == pytest.approx(high) if high is not None else q.high is None
    assert (q.unit, q.kind) == (unit, kind)


def test_vague_plurals_become_intervals() -> None:
    q = one("The convoy carried thousands of HUMVEES north.")
    assert (q.text, q.unit, q.kind) == ("thousands of HUMVEES", "HUMVEES", "count")
    assert q.low == 2000 and q.high is not None and 2000 < q.high < 1e6
    m = one("billions of dollars in aid")
    assert (m.kind, m.unit) == ("money", "USD")
    assert m.low == 2e9
    t = one("tens of thousands of refugees")
    assert (t.low, t.high) == (20000, 99999)


@pytest.mark.parametrize(
    ("text", "value"),
    [("940 000 residents", 940000), ("1.000,5 euros", 1000.5), ("around 1k people", 1000),
     ("1.000.000 ballots", 1_000_000), ("12,500 ballots", 12500)],
)  # fmt: skip
def test_odd_separators(text: str, value: float) -> None:
    q = parse_quantities(text)[0]
    assert value in (q.low, q.high) or (q.low is not None and q.low < value < (q.high or 0) * 1.01)


def test_times_ordinals_and_bare_words_are_not_quantities() -> None:
    assert parse_quantities("The ferry left at 2.15pm on Monday.") == ()
    assert parse_quantities("The meeting began at 10:30.") == ()
    assert parse_quantities("On the 3rd day it rained.") == ()
    assert parse_quantities("One of the guards left.") == ()


def test_years_are_marked_and_separate_from_counts() -> None:
    qs = parse_quantities("In 2015 300 people moved to Orlin.")
    assert [(q.text, q.kind) for q in qs] == [("2015", "year"), ("300 people", "count")]


def test_offset_shifts_spans() -> None:
    text = "Prefix. It cost $5 million."
    qs = parse_quantities(text[8:], offset=8)
    assert [text[q.start : q.end] for q in qs] == ["$5 million"]


def test_nested_parentheses_and_long_sentences() -> None:
    text = "((The fleet (of (3 tanks)) moved))"
    assert [q.text for q in parse_quantities(text)] == ["3 tanks"]
    long = " ".join(["word"] * 5000) + " and 17 boats"
    assert [q.text for q in parse_quantities(long)] == ["17 boats"]


@given(st.integers(min_value=0, max_value=10**12))
def test_comma_grouped_integers_round_trip(n: int) -> None:
    assert parse_number(f"{n:,}") == n
    assert parse_number(f"{n:,}".replace(",", " ")) == n


@given(
    st.integers(min_value=1000, max_value=10**12),
    st.sampled_from([",", ";", ".", ")", ":", ""]),
    st.sampled_from(["", " "]),
)
def test_grouped_amounts_keep_their_digits_before_punctuation(n: int, mark: str, sep: str) -> None:
    # "£200,000, up from ..." was read as £200: a comma after the number ended the match
    grouped = f"{n:,}".replace(",", sep or ",")
    q = one(f"(The fine was £{grouped}{mark} up from last year")
    assert q.low == n and q.high == n and q.unit == "GBP"


@given(st.integers(min_value=1, max_value=999_999), st.sampled_from(["million", "billion"]))
def test_money_with_scale(n: int, scale: str) -> None:
    q = one(f"The budget was ${n:,} {scale} last year.")
    factor = 1e6 if scale == "million" else 1e9
    assert q.kind == "money" and q.unit == "USD"
    assert q.low == pytest.approx(n * factor) and q.high == pytest.approx(n * factor)


@given(
    st.integers(min_value=1, max_value=10**6),
    st.sampled_from(["more than", "over", "at least", "as many as", "up to", "nearly", "around"]),
)
def test_qualifiers_make_intervals_that_hold_the_number(n: int, qual: str) -> None:
    q = one(f"Officials counted {qual} {n:,} sheep.")
    assert q.text.startswith(qual)
    lo = q.low if q.low is not None else float("-inf")
    hi = q.high if q.high is not None else float("inf")
    assert lo <= n <= hi
    assert q.low is None or q.high is None or q.low <= q.high


PIECES = [*"0123456789 ,.$%€k-mbnpa()x:", "percent", " of ", "thousands", "two", " dozen", "pm"]


@settings(max_examples=300)
@given(st.lists(st.sampled_from(PIECES), max_size=30).map("".join))
def test_any_text_gives_valid_spans(text: str) -> None:
    qs = parse_quantities(text, offset=3)
    last = -1
    for q in qs:
        assert text[q.start - 3 : q.end - 3] == q.text
        assert q.start >= last
        last = q.end
        assert q.low is None or q.high is None or q.low <= q.high


@pytest.mark.parametrize(
    "text",
    ["COVID-19 cases rose.", "Two F-16 jets landed.", "Open 24/7.", "After 9/11 the law changed.",
     "Crews said Section 230 protects sites.", "They flew Boeing 737 planes.", "the No. 2 official"],
)  # fmt: skip
def test_numbers_that_name_things_are_not_amounts(text: str) -> None:
    assert parse_quantities(text) == ()


def test_dates_and_decades() -> None:
    qs = parse_quantities("On March 3, 2024, the ferry sank; in the 1990s it ran daily.")
    assert [(q.text, q.kind) for q in qs] == [
        ("March 3", "date"),
        ("2024", "year"),
        ("1990s", "year"),
    ]
    assert (qs[2].low, qs[2].high) == (1990, 1999)
    assert [q.kind for q in parse_quantities("The ferry opens in May 2027.")] == ["year"]
    # a day reads with its month, so a claim's numbers say "3 March", not "3"
    day = parse_quantities("The dam was last inspected on 3 March.")
    assert [(q.text, q.kind, q.low) for q in day] == [("3 March", "date", 3.0)]


def test_approximate_bounds_are_clean_numbers() -> None:
    # "around $100 billion" reaches 110 billion, not 110000000000.00002
    [q] = parse_quantities("The ferry fund holds around $100 billion.", 0)
    assert (q.low, q.high) == (90e9, 110e9)
    [q] = parse_quantities("Fares rose nearly 0.3 percent.", 0)
    assert (q.low, q.high) == (0.27, 0.3)


def test_a_second_amount_after_and_is_its_own_quantity() -> None:
    text = (
        "Tens of thousands of people and hundreds of boats left Vell; 40 boats and two tugs stayed."
    )
    got = [(q.text, q.unit) for q in parse_quantities(text)]
    assert got == [
        ("Tens of thousands of people", "people"),
        ("hundreds of boats", "boats"),
        ("40 boats", "boats"),
        ("two tugs", "tugs"),
    ]
    # one counted phrase joined by "and" stays whole
    assert one("They lost 3,000 front-line and reserve patrol boats.").unit == (
        "front-line and reserve patrol boats"
    )


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Five to seven ships were damaged.", 5, 7),
        ("Two or three tugs came out.", 2, 3),
        ("The repairs took six-eight weeks.", 6, 8),
        ("Twenty-one boats sank.", 21, 21),
        ("Twenty to thirty people waited.", 20, 30),
    ],
)
def test_written_ranges(text: str, low: float, high: float) -> None:
    q = one(text)
    assert (q.low, q.high) == (low, high)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The union called a seven-day strike.", 7),  # was 8: the article counted as one
        ("Half a million people marched.", 500_000),  # was a million
        ("Two and a half thousand sailors waited.", 2_500),
        ("A million and a half tonnes were lost.", 1_500_000),
        ("A thousand and one boats sailed.", 1_001),
    ],
)
def test_written_numbers_with_articles_and_halves(text: str, value: float) -> None:
    q = one(text)
    assert (q.low, q.high) == (value, value)


def test_a_figure_set_aside_is_not_stated() -> None:
    said = parse_quantities("The union said about 3,000 workers, not 5,000, would walk out.")
    assert [q.text for q in said] == ["about 3,000 workers"]
    assert [q.text for q in parse_quantities("It cost $2 million rather than $3 million.")] == [
        "$2 million"
    ]
    # a negated bound is the other bound, and stays a figure
    [bound] = parse_quantities("Not more than 5,000 people came.")
    assert (bound.text, bound.low, bound.high) == ("Not more than 5,000 people", None, 5000)
    [floor] = parse_quantities("Not less than 12 boats sailed.")
    assert (floor.low, floor.high) == (12, None)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("About a third of Ostra's voters agreed.", 29.97, 36.63),
        ("Nearly three-quarters of the homes in Vell flooded.", 67.5, 75.0),
        ("Half of the ferry crew left.", 50.0, 50.0),
        ("Two thirds of the budget went on salaries.", 66.7, 66.7),
        ("More than half of the residents said no.", 50.0, None),
        ("One quarter of the fleet was idle.", 25.0, 25.0),
    ],
)
def test_fractions_are_shares(text: str, low: float | None, high: float | None) -> None:
    [q] = parse_quantities(text)
    assert (q.low, q.high, q.unit, q.kind) == (low, high, "percent", "percent")
    assert text[q.start : q.end] == q.text


def test_fractions_that_are_no_share() -> None:
    assert parse_quantities("The ferry sailed on the third of May.") == ()
    assert parse_quantities("Half an hour later it rained.") == ()
    # a share of a scale word is a count, not a percentage
    assert all(q.kind != "percent" for q in parse_quantities("A quarter of a million came."))


@pytest.mark.parametrize(
    ("text", "span", "low", "high", "unit", "kind"),
    [
        ("A quarter of a million people marched in Vell.", "A quarter of a million people",
         250_000, 250_000, "people", "count"),
        ("The port lost three quarters of a billion dollars.", "three quarters of a billion dollars",
         7.5e8, 7.5e8, "USD", "money"),
        ("Nearly a quarter of a trillion dollars went north.",
         "Nearly a quarter of a trillion dollars", 2.25e11, 2.5e11, "USD", "money"),
        ("a quarter million sandbags were filled", "a quarter million sandbags",
         250_000, 250_000, "sandbags", "count"),
        ("a third of 1.5 billion euros", "a third of 1.5 billion euros", 5e8, 5e8, "EUR", "money"),
        ("The road ends a third of a mile from the dam.", "a third of a mile",
         0.3333, 0.3333, "mile", "measure"),
        ("The ferry waited a quarter of an hour.", "a quarter of an hour",
         0.25, 0.25, "hour", "duration"),
    ],
)  # fmt: skip
def test_fractions_of_an_amount_or_a_unit(
    text: str, span: str, low: float, high: float, unit: str, kind: str
) -> None:
    [q] = parse_quantities(text)
    assert (q.text, q.unit, q.kind) == (span, unit, kind)
    assert text[q.start : q.end] == span
    assert q.low == pytest.approx(low)
    assert q.high == pytest.approx(high)


def test_fractions_inside_written_numbers_and_lists() -> None:
    # the half of "two and a half thousand" belongs to the written number
    [q] = parse_quantities("Two and a half thousand sailors waited.")
    assert (q.low, q.unit) == (2500, "sailors")
    # "a decade and a half" is no 50 % share
    assert all(q.kind != "percent" for q in parse_quantities("the past decade and a half of rule"))
    # after a list's "and" a fraction is still a share
    shares = parse_quantities("About 25 percent of Vell voters and two-fifths of Orrim voters")
    assert [(q.text, q.low) for q in shares] == [("About 25 percent", 22.5), ("two-fifths", 40.0)]


@pytest.mark.parametrize(
    ("text", "span", "value", "unit", "kind"),
    [
        ("The state set aside Rs 500 crore for roads.", "Rs 500 crore", 5e9, "INR", "money"),
        ("a plan worth Rs. 1.5 lakh crore", "Rs. 1.5 lakh crore", 1.5e12, "INR", "money"),
        ("The Rs 20 lakh grant was paid.", "Rs 20 lakh", 2e6, "INR", "money"),
        ("₹2,000 crore in loans", "₹2,000 crore", 2e10, "INR", "money"),
        ("3 lakh people lost power", "3 lakh people", 3e5, "people", "count"),
        ("two crore households", "two crore households", 2e7, "households", "count"),
    ],
)  # fmt: skip
def test_lakh_and_crore(text: str, span: str, value: float, unit: str, kind: str) -> None:
    [q] = parse_quantities(text)
    assert (q.text, q.low, q.high, q.unit, q.kind) == (span, value, value, unit, kind)


@pytest.mark.parametrize(
    ("text", "span", "low", "high"),
    [
        ("Four in 10 Vell voters back the bridge.", "Four in 10", 40.0, 40.0),
        ("About 4 in 10 residents said no.", "About 4 in 10", 36.0, 44.0),
        ("one in five children in Orrim", "one in five", 20.0, 20.0),
        ("Nearly nine out of 10 ferrymen agreed.", "Nearly nine out of 10", 81.0, 90.0),
        ("more than 6 in 10 members", "more than 6 in 10", 60.0, None),
        ("the odds are 1 in 64", "1 in 64", 1.56, 1.56),
        ("one in every 2,000 births", "one in every 2,000", 0.05, 0.05),
    ],
)
def test_n_in_m_is_a_share(text: str, span: str, low: float, high: float | None) -> None:
    # "4 in 10 voters" is 40 %, not ten voters and a stray 4
    [q] = parse_quantities(text)
    assert (q.text, q.low, q.high, q.unit, q.kind) == (span, low, high, "percent", "percent")
    assert text[q.start : q.end] == span


def test_n_in_m_that_is_no_share() -> None:
    # a count over a time is a rate, and a year is no denominator
    assert all(q.kind != "percent" for q in parse_quantities("3 in 10 days"))
    assert all(q.kind != "percent" for q in parse_quantities("He won 1 in 2020."))
    assert [q.text for q in parse_quantities("Prices rose 3% in 12 months.")] == [
        "3%",
        "12 months",
    ]


@pytest.mark.parametrize(
    ("text", "span", "low", "high", "unit"),
    [
        ("a few hundred protesters marched", "a few hundred protesters", 200, 900, "protesters"),
        ("Several thousand troops moved north.", "Several thousand troops", 3000, 9000, "troops"),
        ("a couple of hundred sailors", "a couple of hundred sailors", 180, 220, "sailors"),
        ("several dozen boats", "several dozen boats", 36, 108, "boats"),
        ("a few million dollars", "a few million dollars", 2e6, 9e6, "USD"),
    ],
)  # fmt: skip
def test_a_few_and_several_of_a_scale(
    text: str, span: str, low: float, high: float, unit: str
) -> None:
    [q] = parse_quantities(text)
    assert (q.text, q.low, q.high, q.unit) == (span, low, high, unit)


def test_speed_units() -> None:
    [q] = parse_quantities("Winds reached 140 km/h on the coast.")
    assert (q.text, q.unit, q.kind) == ("140 km/h", "km/h", "measure")


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        ("Temperatures reached 45 °C in Ostra.", "45 °C", "celsius"),
        ("It was 104°F in Vell.", "104°F", "fahrenheit"),
        ("The plant produced 1.2 GWh on Monday.", "1.2 GWh", "GWh"),
        ("Each patient got 5 mg of the drug.", "5 mg", "mg"),
    ],
)
def test_temperature_energy_and_dose_units(text: str, span: str, unit: str) -> None:
    [q] = parse_quantities(text)
    assert (q.text, q.unit, q.kind) == (span, unit, "measure")


@pytest.mark.parametrize(
    ("text", "span", "low", "high"),
    [
        ("Some 200-plus vessels sailed.", "Some 200-plus vessels", 200, None),
        ("after 40-odd years at sea", "40-odd years", 40, 49),
        ("2,000-odd homes flooded", "2,000-odd homes", 2000, 2999),
        ("a $20-plus trillion budget", "$20-plus trillion", 2e13, None),
    ],
)
def test_plus_and_odd(text: str, span: str, low: float, high: float | None) -> None:
    [q] = parse_quantities(text)
    assert (q.text, q.low, q.high) == (span, low, high)


def test_plus_between_numbers_is_arithmetic() -> None:
    assert [(q.text, q.high) for q in parse_quantities("5 plus 3")] == [("5", 5), ("3", 3)]


def test_temperatures_below_zero() -> None:
    [q] = parse_quantities("Vell froze at minus 20 degrees.")
    assert (q.text, q.low, q.high) == ("minus 20 degrees", -20, -20)
    [q] = parse_quantities("Lows of -5 °C are expected.")
    assert (q.text, q.low, q.unit) == ("-5 °C", -5, "celsius")
    [q] = parse_quantities("It was about -10°C at dawn.")
    assert (q.text, q.low, q.high) == ("about -10°C", -11, -9)
    # a dash between figures is a range, not a sign
    [q] = parse_quantities("Highs of 30-35 °C are expected.")
    assert (q.low, q.high) == (30, 35)
