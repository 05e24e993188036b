"""Check-worthiness figures for the shipped model.

1. MAP (the CLEF-2019 measure: mean over debates of average precision) and F1 of
   the positive class at the shipped threshold, on the three CLEF-2019 training
   debates held out as the dev set (train/train_checkworthiness.py DEV_DEBATES);
2. the same on news-style sentences written for this check (NEWS below, our own
   invented text): AP, F1, and the ranking of claims above non-claims.

    .venv/bin/python eval/checkworthiness.py [--data DIR]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "train"))

# Invented news sentences: 1 = a checkable factual claim, 0 = not check-worthy.
NEWS: list[tuple[str, int]] = [
    (
        "The port of Ostra handled 12 million tonnes of cargo in 2024, up 8 percent on the year before.",
        1,
    ),
    ("Velmora's defence budget rose to $4.1 billion, twice what it spent a decade ago.", 1),
    (
        "Unemployment in the northern province fell to 5.2 percent in March, the lowest since 2008.",
        1,
    ),
    ("The new bridge cost 300 million euros and took eleven years to build.", 1),
    ("More than 40,000 people left the city after the floods, according to census figures.", 1),
    ("The governor signed a law last week banning fishing in the bay until 2030.", 1),
    ("Crime in the capital has doubled since the police budget was cut by a third.", 1),
    ("The company paid no corporate tax in three of the last five years.", 1),
    ("Half of the country's electricity now comes from wind and solar farms.", 1),
    ("The minister was convicted of fraud in 2015 and served two years in prison.", 1),
    ("Orlin has the highest rate of child poverty of any city in the region.", 1),
    ("The vaccine was tested on 30,000 volunteers before it was approved.", 1),
    ("Imports of grain from the south dropped by 60 percent after the border closed.", 1),
    ("The mayor's office spent 2 million on consultants during the last budget year.", 1),
    ("Thank you all for coming out on such a cold evening.", 0),
    ("It was a bright morning when the ferry finally left the harbour.", 0),
    ("Residents say they hope the market will reopen soon.", 0),
    ("What happens next is anyone's guess.", 0),
    ("Read our full coverage of the election on page six.", 0),
    ("She smiled and waved to the crowd before stepping inside.", 0),
    ("The debate will continue tomorrow at the town hall.", 0),
    ("We will keep fighting for the people of this city.", 0),
    ("It is time for a fresh start and a new direction.", 0),
    ("The festival brings together musicians, cooks and artists.", 0),
    ("Nobody knows what the future holds for the old mill.", 0),
    ("He described the mood in the room as tense but hopeful.", 0),
    ("Let me be clear about what I believe.", 0),
    ("The band is planning a farewell tour.", 0),
]


def f1_at(labels: list[int], scores: list[float], threshold: float) -> float:
    tp = sum(1 for y, s in zip(labels, scores, strict=True) if y and s >= threshold)
    fp = sum(1 for y, s in zip(labels, scores, strict=True) if not y and s >= threshold)
    fn = sum(1 for y, s in zip(labels, scores, strict=True) if y and s < threshold)
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    args = ap.parse_args(argv)
    from train_checkworthiness import DEV_DEBATES, average_precision, load_clef

    from newstrace.extract.checkworthy import CheckWorthiness

    cw = CheckWorthiness()
    cw.warm_up()
    news_labels = [y for _, y in NEWS]
    news_scores = cw.score([t for t, _ in NEWS])
    news_ap = average_precision(news_labels, news_scores)
    news_f1 = f1_at(news_labels, news_scores, cw.threshold)
    if not (args.data / "clef2019_checkthat_task1").is_dir():
        print(
            f"CLEF data not found under {args.data}; news-style AP {news_ap:.4f} F1 {news_f1:.4f}"
        )
        return 0
    clef = load_clef(args.data)
    aps, all_y, all_s = [], [], []
    for d in DEV_DEBATES:
        rows = clef.get(d, [])
        if not rows:
            continue
        ys = [y for _, y in rows]
        ss = cw.score([t for t, _ in rows])
        aps.append(average_precision(ys, ss))
        all_y += ys
        all_s += ss
        print(f"  {d}: AP {aps[-1]:.4f} ({sum(ys)} of {len(ys)} check-worthy)", file=sys.stderr)
    dev_map = sum(aps) / len(aps) if aps else float("nan")
    dev_f1 = f1_at(all_y, all_s, cw.threshold)
    # the best F1 over thresholds, to show what the threshold choice costs on debates
    best = max(f1_at(all_y, all_s, t / 100) for t in range(5, 96, 5))
    print(
        f"check-worthiness: CLEF-2019 dev debates MAP {dev_map:.4f}, F1 {dev_f1:.4f} at threshold "
        f"{cw.threshold:.2f} (best threshold F1 {best:.4f}); news-style sentences AP {news_ap:.4f}, "
        f"F1 {news_f1:.4f}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
