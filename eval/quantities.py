"""Compare newstrace's quantity parser with quantulum3 on invented news phrases.

Each case names the value the phrase commits to (a number, or an interval for
qualified and vague amounts) and what a fact-checker needs: value, unit or counted
thing, and the interval. A parser gets a case right when one of its quantities has
that value (for intervals: low/high for newstrace; quantulum3 has no intervals, so
its value must lie in the interval and it must carry the qualifier's direction
nowhere, which we record as "value only"). quantulum3 is optional:
``.venv/bin/pip install quantulum3`` (not a dependency of newstrace).

    .venv/bin/python eval/quantities.py [--verbose]
"""

from __future__ import annotations

import argparse
import math
from typing import Any

from newstrace.extract.quantities import parse_quantities

# (text, expected low, expected high, expected unit/counted thing or "")
CASES: list[tuple[str, float | None, float | None, str]] = [
    ("The port cost $7.12 billion to build.", 7.12e9, 7.12e9, "USD"),
    ("A $100 billion fund was approved.", 1e11, 1e11, "USD"),
    ("Aid worth billions of dollars is stuck at the border.", 2e9, None, "USD"),
    ("Turnout fell 30 percent.", 30, 30, "percent"),
    ("Turnout fell 30% in Drasko.", 30, 30, "percent"),
    ("The navy keeps 3,000 front-line and reserve patrol boats.", 3000, 3000, "boats"),
    ("The convoy carried thousands of HUMVEES.", 2000, None, "HUMVEES"),
    ("After the 11-month war the valley emptied.", 11, 11, "month"),
    ("Two dozen ferries left port.", 24, 24, "ferries"),
    ("Over 500 sailors were evacuated.", 500, None, "sailors"),
    ("As many as 40 ships were damaged.", None, 40, "ships"),
    ("Around 1,200 homes lost power.", 1080, 1320, "homes"),
    ("Nearly 90 percent of voters agreed.", 81, 90, "percent"),
    ("At least 12 people died.", 12, None, "people"),
    ("Up to 5,000 volunteers joined.", None, 5000, "volunteers"),
    ("More than 70 percent of the ballots were counted.", 70, None, "percent"),
    ("The city has 940 000 residents.", 940000, 940000, "residents"),
    ("Fees reached 1.000,5 euros per boat.", 1000.5, 1000.5, "EUR"),
    ("About 1k people marched.", 900, 1100, "people"),
    ("The ferry left at 2.15pm.", None, None, ""),  # nothing to find
    ("The budget is £40m short.", 4e7, 4e7, "GBP"),
    ("Prices rose 3-4% in March.", 3, 4, "percent"),
    ("Tens of thousands of refugees crossed.", 20000, 99999, "refugees"),
    ("The mill closed five years ago.", 5, 5, "year"),
    ("He swam 5 km to shore.", 5, 5, "km"),
    ("The tanker spilled 2 million barrels of oil.", 2e6, 2e6, "barrel"),
    ("The fine was £200,000, up from last year.", 2e5, 2e5, "GBP"),
    ("Hundreds of boats and dozens of planes joined the search.", 200, 999, "boats"),
    # physical and compound units, fractions and scientific notation: quantulum3's ground
    ("The plant produced 1.2 GWh on Monday.", 1.2, 1.2, "GWh"),
    ("Temperatures reached 45 °C in Ostra.", 45, 45, "celsius"),
    ("Trains will run at 120 km/h on the new line.", 120, 120, "km/h"),
    ("Patients got a dose of 5 mg/kg.", 5, 5, "mg"),
    ("The river carried 3.5e6 tonnes of silt.", 3.5e6, 3.5e6, "tonne"),
    ("The bay is 3/4 mile wide.", 0.75, 0.75, "mile"),
    # shares and vague amounts as news writes them
    ("About 4 in 10 voters backed the plan.", 36, 44, "percent"),
    ("One in five children in Orrim lacks a school place.", 20, 20, "percent"),
    ("A quarter of a million people live downstream.", 250000, 250000, "people"),
    ("A few hundred protesters gathered at the dam.", 200, 900, "protesters"),
    ("The state set aside Rs 500 crore for the dam.", 5e9, 5e9, "INR"),
]


def ours_ok(text: str, low: float | None, high: float | None, unit: str) -> bool:
    qs = [q for q in parse_quantities(text) if q.kind != "year"]
    if low is None and high is None:
        return not qs
    return any(
        _close(q.low, low) and _close(q.high, high) and (not unit or unit.lower() in q.unit.lower())
        for q in qs
    )


def _close(a: float | None, b: float | None) -> bool:
    if b is None:
        return True  # open end: any upper bound the parser gives is fine
    return a is not None and math.isclose(a, b, rel_tol=1e-3)


def quantulum_ok(parser: Any, text: str, low: float | None, high: float | None, unit: str) -> bool:
    qs = parser.parse(text)
    if low is None and high is None:
        return not qs
    for q in qs:
        v = float(q.value)
        lo = low if low is not None else -math.inf
        hi = high if high is not None else math.inf
        exact = low is not None and high is not None and math.isclose(low, high)
        value_ok = math.isclose(v, low or 0.0, rel_tol=1e-3) if exact else lo <= v <= hi
        name = f"{q.unit.name} {getattr(q.unit, 'currency_code', '') or ''} {q.surface}".lower()
        unit_ok = not unit or unit.lower().rstrip("s") in name or _currency(unit, name)
        if value_ok and unit_ok:
            return True
    return False


def _currency(unit: str, name: str) -> bool:
    return {"USD": "dollar", "EUR": "euro", "GBP": "pound"}.get(unit, "@") in name


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args(argv)
    try:
        from quantulum3 import classifier, parser

        # quantulum3's shipped unit classifier is a pickle that newer scikit-learn cannot
        # load; its dictionary-based disambiguation is used instead
        classifier.USE_CLF = False
    except ImportError:
        parser = None
    ours = [ours_ok(t, lo, hi, u) for t, lo, hi, u in CASES]
    if parser is None:
        print(f"quantities: newstrace {sum(ours)}/{len(CASES)}; quantulum3 not installed")
        return 0
    theirs = [quantulum_ok(parser, t, lo, hi, u) for t, lo, hi, u in CASES]
    if args.verbose:
        for (t, *_), a, b in zip(CASES, ours, theirs, strict=True):
            print(f"newstrace={'ok' if a else '--'} quantulum3={'ok' if b else '--'}  {t}")
    print(
        f"quantities on {len(CASES)} invented phrases: newstrace {sum(ours)}/{len(CASES)}, "
        f"quantulum3 {sum(theirs)}/{len(CASES)} (quantulum3 judged on value and unit only: it has "
        "no intervals)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
