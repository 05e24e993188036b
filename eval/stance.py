"""Score the shipped stance model on the FNC-1 held-out headlines (10%, see train/train_stance.py).

    .venv/bin/python eval/stance.py [--data ../shared/data]

Prints the FNC-1 weighted score (official scorer logic) as a share of the
maximum, accuracy per class, and the Emergent test split accuracy when present
(for, against, observing -> agree, disagree, discuss; 3 classes). Writes
eval/out/stance.json. One line and exit 0 when the data folder is missing.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "train"))

from train_stance import is_dev, load_fnc

from newstrace.link.stance import LABELS, StanceModel, fnc_score


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default="../shared/data")
    args = ap.parse_args(argv)
    data = Path(args.data)
    if not (data / "fnc1" / "train_stances.csv").exists():
        print(f"stance: no FNC-1 data under {data / 'fnc1'}; nothing scored")
        return 0
    model = StanceModel.load()
    dev = [r for r in load_fnc(data / "fnc1") if is_dev(r[0])]
    probs = model.predict([r[0] for r in dev], [r[1] for r in dev])
    pred = [LABELS[int(i)] for i in probs.argmax(axis=1)]
    gold = [r[2] for r in dev]
    score, best = fnc_score(gold, pred)
    per_class = {
        lab: round(float(np.mean([p == g for p, g in zip(pred, gold, strict=True) if g == lab])), 4)
        for lab in LABELS
        if lab in gold
    }
    out: dict[str, object] = {
        "fnc_dev_pairs": len(dev),
        "fnc_dev_headlines": len({r[0] for r in dev}),
        "fnc_score": score,
        "fnc_max": best,
        "fnc_percent": round(100 * score / best, 2),
        "accuracy_per_class": per_class,
    }
    print(
        f"FNC-1 held-out headlines ({len(dev)} pairs): FNC score {score:.2f} / {best:.2f} = "
        f"{100 * score / best:.2f}%; accuracy per class "
        + ", ".join(f"{k} {v:.3f}" for k, v in per_class.items())
    )
    test = data / "emergent" / "url-versions-2015-06-14-clean-test.csv"
    if test.exists():
        mapping = {"for": "agree", "against": "disagree", "observing": "discuss"}
        with open(test, encoding="utf-8") as f:
            rows = [
                (r["claimHeadline"], r["articleHeadline"], mapping[r["articleHeadlineStance"]])
                for r in csv.DictReader(f)
                if r["articleHeadlineStance"] in mapping
            ]
        p = model.predict([r[0] for r in rows], [r[1] for r in rows])[:, :3].argmax(axis=1)
        acc = float(np.mean([LABELS[int(i)] == r[2] for i, r in zip(p, rows, strict=True)]))
        out["emergent_test_accuracy"] = round(acc, 4)
        print(f"Emergent test split ({len(rows)} headlines): accuracy {acc:.3f}")
    target = Path("eval/out")
    target.mkdir(parents=True, exist_ok=True)
    (target / "stance.json").write_text(json.dumps(out, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
