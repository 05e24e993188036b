"""Check-worthiness: how likely a sentence is a checkable factual claim (0-1).

The model is a logistic regression over three feature blocks, stored as plain
arrays in ``models/checkworthiness.npz`` (no pickles, so library upgrades cannot
break loading; ``models/checkworthiness.json`` notes data, script and metrics):

- TF-IDF word uni- and bigrams (computed here exactly as scikit-learn's
  ``TfidfVectorizer(sublinear_tf=True)`` does, from the stored vocabulary and idf),
- the wordllama sentence embedding (``analyse.embed.embed_fast``),
- a few surface features (``surface_features``): numbers, quantities, capitalised
  names, first/second person, questions, length.

``LinearTextModel`` is shared with the opinion model. Trained by
``train/train_checkworthiness.py``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from ..analyse.embed import embed_fast
from ..model import Quantity
from ..weights import MODEL_DIR, load_weights, weight
from .quantities import parse_quantities

__all__ = [
    "MODEL_DIR",
    "SURFACE_NAMES",
    "CheckWorthiness",
    "LinearTextModel",
    "load_threshold",
    "surface_features",
    "tfidf_tokens",
]

TOKEN_RE = re.compile(r"(?u)\b\w\w+\b")  # scikit-learn's default token_pattern

SURFACE_NAMES = (
    "has_digit",
    "n_quantities",
    "has_money_or_percent",
    "n_capitalised",
    "first_person",
    "second_person",
    "question",
    "log_len",
    "has_year",
    "exclaim",
)
_FIRST = re.compile(r"\b(?:I|I'm|I've|me|my|we|we're|our|us)\b")
_SECOND = re.compile(r"\b(?:you|your|you're)\b", re.I)
_CAP = re.compile(r"(?<!^)(?<![.!?]\s)\b[A-Z][a-z]+")


def surface_features(text: str, quantities: Sequence[Quantity] | None = None) -> list[float]:
    """Cheap features of the sentence text (see ``SURFACE_NAMES``).

    ``quantities`` are the text's quantities when the caller has them already.
    """
    qs = parse_quantities(text[:5000]) if quantities is None else quantities
    kinds = {q.kind for q in qs}
    n_words = max(1, len(text.split()))
    return [
        float(any(c.isdigit() for c in text)),
        math.log1p(len([q for q in qs if q.kind != "year"])),
        float(bool(kinds & {"money", "percent"})),
        math.log1p(len(_CAP.findall(text))),
        float(bool(_FIRST.search(text))),
        float(bool(_SECOND.search(text))),
        float(text.rstrip().endswith("?")),
        math.log(n_words),
        float("year" in kinds),
        float(text.rstrip().endswith("!")),
    ]


def tfidf_tokens(text: str, ngram: int = 2) -> list[str]:
    """Lower-cased word n-grams as scikit-learn builds them."""
    words = TOKEN_RE.findall(text.lower())
    out = list(words)
    for n in range(2, ngram + 1):
        out.extend(" ".join(words[i : i + n]) for i in range(len(words) - n + 1))
    return out


@dataclass(frozen=True)
class LinearTextModel:
    """Logistic regression over [tf-idf | embedding | standardised surface features]."""

    vocab: dict[str, int]
    idf: npt.NDArray[np.float64]
    coef_tfidf: npt.NDArray[np.float64]
    coef_emb: npt.NDArray[np.float64]
    coef_surface: npt.NDArray[np.float64]
    surface_mean: npt.NDArray[np.float64]
    surface_scale: npt.NDArray[np.float64]
    intercept: float
    ngram: int = 2

    @classmethod
    def load(cls, path: Path) -> LinearTextModel:
        z = load_weights(path)

        def w(name: str) -> npt.NDArray[np.float64]:
            return weight(z, name, path).astype(np.float64)

        return cls(
            vocab={str(word): i for i, word in enumerate(weight(z, "vocab", path))},
            idf=w("idf"),
            coef_tfidf=w("coef_tfidf"),
            coef_emb=w("coef_emb"),
            coef_surface=w("coef_surface"),
            surface_mean=w("surface_mean"),
            surface_scale=w("surface_scale"),
            intercept=float(weight(z, "intercept", path)),
            ngram=int(weight(z, "ngram", path)),
        )

    def save(self, path: Path, extra: dict[str, npt.NDArray[np.generic]] | None = None) -> None:
        words = sorted(self.vocab, key=self.vocab.__getitem__)
        arrays: dict[str, Any] = dict(extra or {})
        np.savez_compressed(
            path,
            vocab=np.array(words, dtype=str),
            idf=self.idf.astype(np.float32),
            coef_tfidf=self.coef_tfidf.astype(np.float32),
            coef_emb=self.coef_emb.astype(np.float32),
            coef_surface=self.coef_surface.astype(np.float32),
            surface_mean=self.surface_mean.astype(np.float32),
            surface_scale=self.surface_scale.astype(np.float32),
            intercept=np.array(self.intercept),
            ngram=np.array(self.ngram),
            **arrays,
        )

    def tfidf_dot(self, text: str) -> float:
        """The tf-idf block's contribution: l2-normalised sublinear tf-idf . coef."""
        counts: dict[int, int] = {}
        for tok in tfidf_tokens(text, self.ngram):
            j = self.vocab.get(tok)
            if j is not None:
                counts[j] = counts.get(j, 0) + 1
        if not counts:
            return 0.0
        idx = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
        tf = 1.0 + np.log(np.fromiter(counts.values(), dtype=np.float64, count=len(counts)))
        w = tf * self.idf[idx]
        norm = float(np.linalg.norm(w))
        return float(w @ self.coef_tfidf[idx]) / norm if norm else 0.0

    def decision(
        self,
        texts: Sequence[str],
        emb: npt.NDArray[np.float32] | None = None,
        surface: npt.NDArray[np.float64] | None = None,
    ) -> npt.NDArray[np.float64]:
        if not texts:
            return np.zeros(0)
        if emb is None:
            emb = embed_fast(list(texts))
        if surface is None:
            surface = np.array([surface_features(t) for t in texts], dtype=np.float64)
        z = (surface - self.surface_mean) / self.surface_scale
        lin = emb.astype(np.float64) @ self.coef_emb + z @ self.coef_surface + self.intercept
        out: npt.NDArray[np.float64] = lin + np.array([self.tfidf_dot(t) for t in texts])
        return out

    def predict(
        self,
        texts: Sequence[str],
        emb: npt.NDArray[np.float32] | None = None,
        surface: npt.NDArray[np.float64] | None = None,
    ) -> list[float]:
        d = self.decision(texts, emb, surface)
        return [float(x) for x in 1.0 / (1.0 + np.exp(-d))]


def load_threshold(path: Path, default: float) -> float:
    """The decision threshold stored beside the weights (``threshold`` in the npz)."""
    z = load_weights(path)
    return float(z["threshold"]) if "threshold" in z else default


class CheckWorthiness:
    """Scores sentences for check-worthiness; the model loads in ``warm_up``."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or MODEL_DIR / "checkworthiness.npz"
        self._model: LinearTextModel | None = None
        self.threshold = 0.5

    def warm_up(self) -> None:
        if self._model is None:
            self._model = LinearTextModel.load(self.path)
            self.threshold = load_threshold(self.path, 0.5)

    def score(
        self,
        texts: Sequence[str],
        emb: npt.NDArray[np.float32] | None = None,
        quantities: Sequence[Sequence[Quantity]] | None = None,
    ) -> list[float]:
        """Scores in [0, 1], one per text (long texts are scored on their first 5,000 chars).

        ``emb`` (the texts' ``embed_fast`` rows) and ``quantities`` (their parsed
        quantities) may be passed when the caller has computed them already.
        """
        self.warm_up()
        assert self._model is not None
        clipped = [t[:5000] for t in texts]
        surface = None
        if quantities is not None:
            surface = np.array(
                [surface_features(t, q) for t, q in zip(clipped, quantities, strict=True)],
                dtype=np.float64,
            )
        return self._model.predict(clipped, emb, surface)
