"""Train the check-worthiness model (src/newstrace/models/checkworthiness.npz).

Data (read from ../shared/data relative to the repo root, or --data):
- claimbuster/kfold_25ncs.json: US debate sentences, CFS (check-worthy) vs not;
- clef2019_checkthat_task1/training/*.tsv: 19 debates and speeches, less the three
  dev debates in DEV_DEBATES, which are held out for eval/checkworthiness.py.
ClaimBuster sentences that also occur in a dev debate are dropped.

Model: logistic regression over tf-idf word 1-2-grams, the wordllama embedding and
surface features (see newstrace.extract.checkworthy). C is chosen by
leave-one-debate-out MAP over the CLEF training debates (never the dev debates).

    nice .venv/bin/python train/train_checkworthiness.py [--data DIR] [--no-save]
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import sys
from pathlib import Path

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler

from newstrace.analyse.embed import embed_fast
from newstrace.extract.checkworthy import (
    MODEL_DIR,
    SURFACE_NAMES,
    LinearTextModel,
    surface_features,
)

ROOT = Path(__file__).resolve().parent.parent
DEV_DEBATES = ("20161005_vice_pres", "20170228_trump_address", "20180916_trump_miami")
EMB_WEIGHT = 1.0
CLEF_POSITIVE_WEIGHT = 5.0  # CLEF's notion of check-worthy is narrower than ClaimBuster's
MAX_FEATURES = 30000


def load_clef(data: Path) -> dict[str, list[tuple[str, int]]]:
    """debate name -> [(sentence, label)]"""
    out: dict[str, list[tuple[str, int]]] = {}
    for f in sorted((data / "clef2019_checkthat_task1" / "training").glob("*.tsv")):
        rows = []
        with f.open(encoding="utf-8") as fh:
            for row in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
                if len(row) >= 4:
                    rows.append((row[2].strip(), int(row[3])))
        out[f.stem] = rows
    return out


def load_claimbuster(data: Path, exclude: set[str]) -> list[tuple[str, int]]:
    rows = json.loads((data / "claimbuster" / "kfold_25ncs.json").read_text(encoding="utf-8"))
    return [(r["text"].strip(), int(r["label"])) for r in rows if r["text"].strip() not in exclude]


def average_precision(labels: list[int], scores: list[float]) -> float:
    order = np.argsort(-np.asarray(scores), kind="stable")
    hits, total = 0, 0.0
    for rank, i in enumerate(order, start=1):
        if labels[i]:
            hits += 1
            total += hits / rank
    return total / hits if hits else 0.0


def features(texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """(embeddings, surface features) of the sentences."""
    emb = embed_fast(texts)
    surf = np.array([surface_features(t) for t in texts], dtype=np.float64)
    return emb, surf


def fit(
    texts: list[str], labels: np.ndarray, emb: np.ndarray, surf: np.ndarray, c: float,
    weights: np.ndarray | None = None,
) -> LinearTextModel:  # fmt: skip
    vec = TfidfVectorizer(
        ngram_range=(1, 2), sublinear_tf=True, min_df=2, max_features=MAX_FEATURES
    )
    x_tfidf = vec.fit_transform(texts)
    scaler = StandardScaler().fit(surf)
    scale = np.where(scaler.scale_ == 0, 1.0, scaler.scale_)
    z = (surf - scaler.mean_) / scale
    x = sparse.hstack([x_tfidf, sparse.csr_matrix(emb * EMB_WEIGHT), sparse.csr_matrix(z)]).tocsr()
    lr = LogisticRegression(C=c, max_iter=2000, solver="liblinear")
    lr.fit(x, labels, sample_weight=weights)
    coef = lr.coef_[0]
    n_t, n_e = x_tfidf.shape[1], emb.shape[1]
    return LinearTextModel(
        vocab={w: int(i) for w, i in vec.vocabulary_.items()},
        idf=vec.idf_.astype(np.float64),
        coef_tfidf=coef[:n_t].astype(np.float64),
        coef_emb=(coef[n_t : n_t + n_e] * EMB_WEIGHT).astype(np.float64),
        coef_surface=coef[n_t + n_e :].astype(np.float64),
        surface_mean=scaler.mean_.astype(np.float64),
        surface_scale=scale.astype(np.float64),
        intercept=float(lr.intercept_[0]),
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--no-save", action="store_true")
    ap.add_argument("--cs", default="0.3,1,3")
    args = ap.parse_args(argv)
    if (
        not (args.data / "claimbuster").is_dir()
        or not (args.data / "clef2019_checkthat_task1").is_dir()
    ):
        print(f"check-worthiness data not found under {args.data}; nothing trained")
        return 0
    clef = load_clef(args.data)
    dev_text = {s for d in DEV_DEBATES for s, _ in clef.get(d, [])}
    cb = load_claimbuster(args.data, dev_text)
    train_debates = [d for d in clef if d not in DEV_DEBATES]
    texts = [s for s, _ in cb]
    labels = [y for _, y in cb]
    group = ["claimbuster"] * len(cb)
    for d in train_debates:
        texts += [s for s, _ in clef[d]]
        labels += [y for _, y in clef[d]]
        group += [d] * len(clef[d])
    y = np.array(labels)
    g = np.array(group)
    w = np.where((g != "claimbuster") & (y == 1), CLEF_POSITIVE_WEIGHT, 1.0)
    emb, surf = features(texts)
    print(f"training sentences: {len(texts)} ({int(y.sum())} check-worthy)", file=sys.stderr)

    # choose C by leave-debate-out MAP over a few CLEF training debates
    folds = [d for d in train_debates if sum(lab for _, lab in clef[d]) >= 15][:5]
    best_c, best_map = 1.0, -1.0
    for c in [float(v) for v in args.cs.split(",")]:
        aps = []
        for d in folds:
            tr = g != d
            m = fit(
                [t for t, k in zip(texts, tr, strict=True) if k], y[tr], emb[tr], surf[tr], c, w[tr]
            )
            te = np.where(g == d)[0]
            scores = m.predict([texts[i] for i in te], emb[te])
            aps.append(average_precision([int(y[i]) for i in te], scores))
        cv_map = float(np.mean(aps))
        print(f"C={c}: leave-debate-out MAP {cv_map:.4f}", file=sys.stderr)
        if cv_map > best_map:
            best_c, best_map = c, cv_map
    model = fit(texts, y, emb, surf, best_c, w)
    dev_aps = {}
    for d in DEV_DEBATES:
        if d in clef:
            ts = [s for s, _ in clef[d]]
            dev_aps[d] = average_precision([lab for _, lab in clef[d]], model.predict(ts))
    dev_map = float(np.mean(list(dev_aps.values()))) if dev_aps else float("nan")
    print(f"C={best_c} cv_map={best_map:.4f} dev MAP={dev_map:.4f} {dev_aps}")
    if not args.no_save:
        path = MODEL_DIR / "checkworthiness.npz"
        model.save(path)
        note = {
            "model": "checkworthiness.npz",
            "kind": "logistic regression over tf-idf 1-2-grams, wordllama-256 embedding, surface features",
            "surface_features": list(SURFACE_NAMES),
            "training_data": [
                "claimbuster/kfold_25ncs.json (less sentences of the dev debates)",
                "clef2019_checkthat_task1/training (16 debates; dev held out: "
                + ", ".join(DEV_DEBATES)
                + ")",
            ],
            "script": "train/train_checkworthiness.py",
            "date": dt.date.today().isoformat(),
            "C": best_c,
            "metrics": {
                "leave_debate_out_map_train": round(best_map, 4),
                "dev_map": round(dev_map, 4),
                "dev_ap": {k: round(v, 4) for k, v in dev_aps.items()},
            },
            "size_bytes": path.stat().st_size,
        }
        (MODEL_DIR / "checkworthiness.json").write_text(json.dumps(note, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
