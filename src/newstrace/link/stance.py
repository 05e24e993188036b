"""The stance classifier: does a text agree with a claim, deny it, discuss it, or not concern it?

Trained on FNC-1 and Emergent by train/train_stance.py; shipped as numpy
weights (``models/stance.npz``: feature standardisation and a one-hidden-layer
MLP) with a note (``models/stance.json``). Inference is numpy only.

``classify_stance`` serves ``newstrace classify stance``: {"id","claim","text"}
records in, {"id","label","scores"} out, {"id","error"} for a bad row.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import numpy as np
import numpy.typing as npt

from ..errors import ModelError
from ..weights import load_weights, weight
from .features import N_FEATURES, pair_features

__all__ = [
    "LABELS",
    "StanceModel",
    "classify_stance",
    "disagreement",
    "fnc_score",
    "model_path",
    "pair_scorer",
]

LABELS = ("agree", "disagree", "discuss", "unrelated")
_RELATED = frozenset(LABELS[:3])
_BATCH = 256


def model_path() -> Path:
    return Path(str(resources.files("newstrace") / "models" / "stance.npz"))


def fnc_score(gold: Sequence[str], pred: Sequence[str]) -> tuple[float, float]:
    """The FNC-1 weighted score and its maximum (the official scorer's logic)."""
    score = best = 0.0
    for g, p in zip(gold, pred, strict=True):
        best += 0.25 if g == "unrelated" else 1.0
        if g == p:
            score += 0.25
            if g != "unrelated":
                score += 0.5
        if g in _RELATED and p in _RELATED:
            score += 0.25
    return score, best


@dataclass(frozen=True)
class StanceModel:
    mean: npt.NDArray[np.float32]
    std: npt.NDArray[np.float32]
    w0: npt.NDArray[np.float32]
    b0: npt.NDArray[np.float32]
    w1: npt.NDArray[np.float32]
    b1: npt.NDArray[np.float32]
    classes: npt.NDArray[np.int64]

    @classmethod
    def load(cls, path: Path | None = None) -> StanceModel:
        path = path or model_path()
        z = load_weights(path)
        model = cls(**{k: weight(z, k, path) for k in cls.__dataclass_fields__})
        if model.w0.shape[0] != N_FEATURES:
            raise ModelError("NT302", path=str(path))
        return model

    def predict_features(self, x: npt.NDArray[np.float32]) -> npt.NDArray[np.float32]:
        """Class probabilities, columns in LABELS order."""
        h = np.maximum(((x - self.mean) / self.std) @ self.w0 + self.b0, 0.0)
        z = h @ self.w1 + self.b1
        z = z - z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        out = np.zeros((x.shape[0], len(LABELS)), np.float32)
        for col, cls_index in enumerate(self.classes.tolist()):
            out[:, int(cls_index)] = p[:, col]
        return out

    def predict(self, claims: Sequence[str], texts: Sequence[str]) -> npt.NDArray[np.float32]:
        if not claims:
            return np.zeros((0, len(LABELS)), np.float32)
        return self.predict_features(pair_features(claims, texts))


@functools.lru_cache(maxsize=1)
def _model() -> StanceModel:
    return StanceModel.load()


def _rows(batch: list[tuple[object, str, str]], model: StanceModel) -> Iterator[dict[str, object]]:
    probs = model.predict([c for _, c, _ in batch], [t for _, _, t in batch])
    for (rid, _, _), p in zip(batch, probs, strict=True):
        yield {
            "id": rid,
            "label": LABELS[int(p.argmax())],
            "scores": {lab: round(float(v), 4) for lab, v in zip(LABELS, p, strict=True)},
        }


def classify_stance(records: Iterable[dict[str, object]]) -> Iterator[dict[str, object]]:
    """Label each {"id","claim","text"} record; a bad row yields {"id","error"}. Order kept."""
    model = _model()
    batch: list[tuple[object, str, str]] = []
    for rec in records:
        rid = rec.get("id") if isinstance(rec, dict) else None
        claim = rec.get("claim") if isinstance(rec, dict) else None
        text = rec.get("text") if isinstance(rec, dict) else None
        if not isinstance(claim, str) or not isinstance(text, str) or not claim.strip():
            yield from _rows(batch, model) if batch else iter(())
            batch = []
            yield {
                "id": rid,
                "error": "a record needs a non-empty string 'claim' and a string 'text'",
            }
            continue
        batch.append((rid, claim, text))
        if len(batch) >= _BATCH:
            yield from _rows(batch, model)
            batch = []
    if batch:
        yield from _rows(batch, model)


def disagreement(a: Sequence[str], b: Sequence[str]) -> npt.NDArray[np.float32]:
    """For each pair, how strongly one text denies the other (the larger "disagree"
    probability of the two directions)."""
    if not a:
        return np.zeros(0, np.float32)
    model = _model()
    p = model.predict([*a, *b], [*b, *a])[:, LABELS.index("disagree")]
    n = len(a)
    return np.maximum(p[:n], p[n:]).astype(np.float32)


def pair_scorer(confidence: float = 0.7) -> Callable[[str, str], str | None]:
    """For claim alignment: "contradict" when the model is confident one claim denies the other."""
    model = _model()

    def score(a: str, b: str) -> str | None:
        p = model.predict([a, b], [b, a])
        disagree = float(p[:, LABELS.index("disagree")].max())
        return "contradict" if disagree >= confidence else None

    return score
