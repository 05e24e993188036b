"""Train the opinion model and loaded-word lexicon (src/newstrace/models/opinion.npz).

Data (../shared/data relative to the repo root, or --data):
- babe/final_labels_SG2_minus_SG1.csv: news sentences; opinion = label_opinion is
  "Expresses writer's opinion" or "Somewhat factual but also opinionated", fact =
  "Entirely factual" ("No agreement" dropped); biased_words feed the lexicon;
- ptc_semeval2020_task11: Loaded_Language spans of the training articles feed the
  lexicon (a word's score is the share of its occurrences that annotators marked).

Model: logistic regression over the wordllama embedding, opinion surface features
(lexicon hits, intensifiers, superlatives...) and, with --tfidf, word n-grams.
Figures: grouped cross-validation by topic (train on some topics, score others:
sentences the model was not trained on, on subjects it has not seen) and plain
5-fold CV, both with the lexicon rebuilt inside each fold.

    nice .venv/bin/python train/train_opinion.py [--data DIR] [--no-save] [--tfidf]
"""

from __future__ import annotations

import argparse
import ast
import csv
import datetime as dt
import json
import re
import sys
from collections import Counter
from pathlib import Path

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.model_selection import GroupKFold, StratifiedKFold
from sklearn.preprocessing import StandardScaler

from newstrace.analyse.embed import embed_fast
from newstrace.extract.checkworthy import MODEL_DIR, LinearTextModel
from newstrace.extract.opinion import OPINION_SURFACE_NAMES, WORD_RE, opinion_surface

ROOT = Path(__file__).resolve().parent.parent
OPINION_LABELS = {"Expresses writer’s opinion", "Expresses writer's opinion",
                  "Somewhat factual but also opinionated"}  # fmt: skip
LOADED_MIN = 0.34
LEX_MIN_MARKED = 2


def load_babe(data: Path) -> list[dict[str, str]]:
    path = data / "babe" / "final_labels_SG2_minus_SG1.csv"
    with path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter=";"))
    return [r for r in rows if r["label_opinion"] != "No agreement" and r["text"].strip()]


def babe_marked(row: dict[str, str]) -> list[str]:
    try:
        words = ast.literal_eval(row.get("biased_words") or "[]")
    except (ValueError, SyntaxError):
        return []
    return [w.lower() for w in words if isinstance(w, str)]


def load_ptc(data: Path) -> tuple[list[str], list[str]]:
    """(all article texts, the words inside Loaded_Language spans)."""
    base = data / "ptc_semeval2020_task11"
    texts: dict[str, str] = {}
    for f in sorted((base / "train-articles").glob("article*.txt")):
        texts[f.stem.removeprefix("article")] = f.read_text(encoding="utf-8")
    marked: list[str] = []
    labels = base / "train-task2-TC.labels"
    if labels.exists():
        for line in labels.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) == 4 and parts[1] == "Loaded_Language" and parts[0] in texts:
                span = texts[parts[0]][int(parts[2]) : int(parts[3])]
                marked += [w.lower() for w in WORD_RE.findall(span)]
    return list(texts.values()), marked


def build_lexicon(
    background: list[str], marked: list[str], extra_counts: Counter[str] | None = None
) -> dict[str, float]:
    """word -> share of its occurrences marked as loaded/biased (smoothed)."""
    n: Counter[str] = Counter()
    for t in background:
        n.update(w.lower() for w in WORD_RE.findall(t))
    if extra_counts:
        n.update(extra_counts)
    m = Counter(marked)
    lex = {}
    for w, k in m.items():
        if k >= LEX_MIN_MARKED and len(w) > 2:
            lex[w] = round(min(1.0, k / (max(n[w], k) + 2.0)), 4)
    return lex


def fit(texts: list[str], y: np.ndarray, emb: np.ndarray, lex: dict[str, float],
        c: float, use_tfidf: bool) -> LinearTextModel:  # fmt: skip
    surf = np.array([opinion_surface(t, lex) for t in texts])
    scaler = StandardScaler().fit(surf)
    scale = np.where(scaler.scale_ == 0, 1.0, scaler.scale_)
    z = (surf - scaler.mean_) / scale
    blocks = [sparse.csr_matrix(emb), sparse.csr_matrix(z)]
    vocab: dict[str, int] = {}
    idf = np.zeros(0)
    if use_tfidf:
        vec = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=2, max_features=20000)
        blocks.insert(0, vec.fit_transform(texts))
        vocab, idf = {w: int(i) for w, i in vec.vocabulary_.items()}, vec.idf_
    lr = LogisticRegression(C=c, max_iter=3000, solver="liblinear")
    lr.fit(sparse.hstack(blocks).tocsr(), y)
    coef = lr.coef_[0]
    n_t = len(vocab)
    return LinearTextModel(
        vocab=vocab,
        idf=np.asarray(idf, dtype=np.float64),
        coef_tfidf=coef[:n_t].astype(np.float64),
        coef_emb=coef[n_t : n_t + emb.shape[1]].astype(np.float64),
        coef_surface=coef[n_t + emb.shape[1] :].astype(np.float64),
        surface_mean=scaler.mean_.astype(np.float64),
        surface_scale=scale.astype(np.float64),
        intercept=float(lr.intercept_[0]),
    )


def cross_validate(texts: list[str], y: np.ndarray, emb: np.ndarray, rows: list[dict[str, str]],
                   ptc_texts: list[str], ptc_marked: list[str], folds: list[tuple[np.ndarray, np.ndarray]],
                   c: float, use_tfidf: bool) -> float:  # fmt: skip
    pred = np.zeros(len(texts), dtype=int)
    for tr, te in folds:
        marked = list(ptc_marked)
        for i in tr:
            marked += babe_marked(rows[i])
        lex = build_lexicon(ptc_texts + [texts[i] for i in tr], marked)
        m = fit([texts[i] for i in tr], y[tr], emb[tr], lex, c, use_tfidf)
        te_texts = [texts[i] for i in te]
        surf = np.array([opinion_surface(t, lex) for t in te_texts])
        pred[te] = (np.array(m.predict(te_texts, emb[te], surf)) >= 0.5).astype(int)
    return float(f1_score(y, pred, average="macro"))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--no-save", action="store_true")
    ap.add_argument("--tfidf", action="store_true")
    ap.add_argument("--c", type=float, default=2.0)  # chosen from 0.2-4 by grouped-by-topic CV
    args = ap.parse_args(argv)
    if not (args.data / "babe").is_dir() or not (args.data / "ptc_semeval2020_task11").is_dir():
        print(f"opinion data not found under {args.data}; nothing trained")
        return 0
    rows = load_babe(args.data)
    ptc_texts, ptc_marked = load_ptc(args.data)
    texts = [r["text"].strip() for r in rows]
    y = np.array([1 if r["label_opinion"] in OPINION_LABELS else 0 for r in rows])
    topics = [re.sub(r"^blm$", "black lives matter", r["topic"]) for r in rows]
    emb = embed_fast(texts)
    print(f"BABE sentences: {len(texts)} ({int(y.sum())} opinion)", file=sys.stderr)
    gkf = list(GroupKFold(n_splits=5).split(texts, y, topics))
    skf = list(StratifiedKFold(5, shuffle=True, random_state=0).split(texts, y))
    f1_topic = cross_validate(texts, y, emb, rows, ptc_texts, ptc_marked, gkf, args.c, args.tfidf)
    f1_cv = cross_validate(texts, y, emb, rows, ptc_texts, ptc_marked, skf, args.c, args.tfidf)
    print(
        f"macro-F1 grouped-by-topic CV {f1_topic:.4f}; 5-fold CV {f1_cv:.4f} (C={args.c}, tfidf={args.tfidf})"
    )
    if args.no_save:
        return 0
    marked = list(ptc_marked)
    for r in rows:
        marked += babe_marked(r)
    lex = build_lexicon(ptc_texts + texts, marked)
    model = fit(texts, y, emb, lex, args.c, args.tfidf)
    path = MODEL_DIR / "opinion.npz"
    words = sorted(lex)
    model.save(
        path,
        extra={
            "lex_words": np.array(words, dtype=str),
            "lex_scores": np.array([lex[w] for w in words], dtype=np.float32),
            "loaded_min": np.array(LOADED_MIN),
            "threshold": np.array(0.5),
        },
    )
    note = {
        "model": "opinion.npz",
        "kind": "logistic regression over wordllama-256 embedding and opinion surface features"
        + (" and tf-idf 1-2-grams" if args.tfidf else "")
        + "; loaded-word lexicon (share of a word's occurrences marked loaded/biased)",
        "surface_features": list(OPINION_SURFACE_NAMES),
        "labels": "opinion = BABE label_opinion 'Expresses writer's opinion' or 'Somewhat factual but also opinionated'; fact = 'Entirely factual'",
        "training_data": [
            "babe/final_labels_SG2_minus_SG1.csv (sentences, label_opinion, biased_words)",
            "ptc_semeval2020_task11 train articles, Loaded_Language spans (lexicon only)",
        ],
        "script": "train/train_opinion.py" + (" --tfidf" if args.tfidf else ""),
        "date": dt.date.today().isoformat(),
        "C": args.c,
        "lexicon_words": len(lex),
        "loaded_min": LOADED_MIN,
        "metrics": {
            "macro_f1_grouped_by_topic_cv": round(f1_topic, 4),
            "macro_f1_5fold_cv": round(f1_cv, 4),
        },
        "size_bytes": path.stat().st_size,
    }
    (MODEL_DIR / "opinion.json").write_text(json.dumps(note, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
