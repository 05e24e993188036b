"""Train the stance classifier shipped as src/newstrace/models/stance.npz (+ stance.json).

Data (read only, never copied): ../shared/data/fnc1 (headline/body pairs) and
../shared/data/emergent (claim headline vs article headline: for -> agree,
against -> disagree, observing -> discuss). 10% of FNC-1 headlines (chosen by
a hash of the headline text) are held out as the dev set that eval/stance.py
scores; Emergent rows mentioning a dev headline are dropped.

Model: features from newstrace.link.features, standardised, into a small MLP
(scikit-learn, one hidden layer). The weights are exported to npz, and
inference runs in numpy, so no pickle is shipped.

    nice .venv/bin/python train/train_stance.py [--data ../shared/data]
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import numpy.typing as npt

from newstrace.link.features import N_FEATURES, pair_features
from newstrace.link.stance import LABELS, fnc_score

OUT = Path("eval/out")
MODEL = Path("src/newstrace/models/stance.npz")
NOTE = Path("src/newstrace/models/stance.json")


def is_dev(headline: str) -> bool:
    """10% of headlines, by a stable hash: the held-out dev set."""
    return int(hashlib.sha256(headline.strip().encode("utf-8")).hexdigest(), 16) % 10 == 0


def load_fnc(root: Path) -> list[tuple[str, str, str]]:
    csv.field_size_limit(10**9)
    with open(root / "train_bodies.csv", encoding="utf-8") as f:
        bodies = {row["Body ID"]: row["articleBody"] for row in csv.DictReader(f)}
    with open(root / "train_stances.csv", encoding="utf-8") as f:
        return [(r["Headline"], bodies[r["Body ID"]], r["Stance"]) for r in csv.DictReader(f)]


def load_emergent(root: Path, dev_headlines: set[str]) -> list[tuple[str, str, str]]:
    mapping = {"for": "agree", "against": "disagree", "observing": "discuss"}
    rows: list[tuple[str, str, str]] = []
    path = root / "url-versions-2015-06-14-clean-train.csv"
    if not path.exists():
        return rows
    with open(path, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            label = mapping.get(r["articleHeadlineStance"])
            if label is None:
                continue
            if r["claimHeadline"] in dev_headlines or r["articleHeadline"] in dev_headlines:
                continue
            rows.append((r["claimHeadline"], r["articleHeadline"], label))
    return rows


def features(rows: Sequence[tuple[str, str, str]], name: str) -> npt.NDArray[np.float32]:
    OUT.mkdir(parents=True, exist_ok=True)
    key = hashlib.sha256("".join(a + b for a, b, _ in rows).encode()).hexdigest()[:12]
    path = OUT / f"stance_features_{name}_{key}_{N_FEATURES}.npy"
    if path.exists():
        return np.asarray(np.load(path), dtype=np.float32)
    x = pair_features([r[0] for r in rows], [r[1] for r in rows])
    np.save(path, x)
    return x


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default="../shared/data")
    ap.add_argument("--hidden", type=int, default=96)
    args = ap.parse_args(argv)
    data = Path(args.data)
    if not (data / "fnc1" / "train_stances.csv").exists():
        print(f"train_stance: no FNC-1 data under {data / 'fnc1'}; nothing trained")
        return 0
    from sklearn.neural_network import MLPClassifier

    t0 = time.perf_counter()
    fnc = load_fnc(data / "fnc1")
    train = [r for r in fnc if not is_dev(r[0])]
    dev = [r for r in fnc if is_dev(r[0])]
    emergent = load_emergent(data / "emergent", {r[0] for r in dev})
    x_train = (
        np.vstack([features(train, "fnc_train"), features(emergent, "emergent")])
        if emergent
        else features(train, "fnc_train")
    )
    y_train = np.array([LABELS.index(r[2]) for r in train + emergent])
    x_dev = features(dev, "fnc_dev")
    y_dev = np.array([LABELS.index(r[2]) for r in dev])
    mean = x_train.mean(axis=0)
    std = x_train.std(axis=0) + 1e-6
    clf = MLPClassifier(
        hidden_layer_sizes=(args.hidden,),
        alpha=1e-3,
        max_iter=60,
        early_stopping=True,
        validation_fraction=0.1,
        random_state=0,
    )
    clf.fit((x_train - mean) / std, y_train)
    np.savez_compressed(
        MODEL,
        mean=mean.astype(np.float32),
        std=std.astype(np.float32),
        w0=clf.coefs_[0].astype(np.float32),
        b0=clf.intercepts_[0].astype(np.float32),
        w1=clf.coefs_[1].astype(np.float32),
        b1=clf.intercepts_[1].astype(np.float32),
        classes=np.array(clf.classes_, dtype=np.int64),
    )
    from newstrace.link.stance import StanceModel

    model = StanceModel.load(MODEL)
    pred = model.predict_features(x_dev).argmax(axis=1)
    score, best = fnc_score([LABELS[i] for i in y_dev], [LABELS[i] for i in pred])
    per_class = {
        lab: round(float((pred[y_dev == i] == i).mean()), 4) if (y_dev == i).any() else None
        for i, lab in enumerate(LABELS)
    }
    note = {
        "model": "stance.npz: standardisation + one-hidden-layer MLP (relu, softmax), numpy inference",
        "labels": list(LABELS),
        "features": f"newstrace.link.features.pair_features ({N_FEATURES} values: overlap, wordllama-256 cosines and products, cue counts)",
        "training_data": {
            "fnc1": f"{len(train)} pairs (train_stances.csv less 10% of headlines held out by sha256(headline) % 10 == 0)",
            "emergent": f"{len(emergent)} claim/headline pairs (url-versions-2015-06-14-clean-train.csv)",
        },
        "dev": {
            "pairs": len(dev),
            "headlines": len({r[0] for r in dev}),
            "fnc_score": round(score, 2),
            "fnc_max": round(best, 2),
            "fnc_percent": round(100 * score / best, 2),
            "accuracy_per_class": per_class,
            "accuracy": round(float((pred == y_dev).mean()), 4),
        },
        "script": "train/train_stance.py (scored by eval/stance.py)",
        "sklearn_for_training_only": True,
        "seconds": round(time.perf_counter() - t0, 1),
    }
    NOTE.write_text(json.dumps(note, indent=2) + "\n", encoding="utf-8")
    print(
        f"stance: dev FNC score {score:.2f} / {best:.2f} = {100 * score / best:.2f}%; "
        f"per class {per_class}; wrote {MODEL} ({MODEL.stat().st_size // 1024} KiB)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
