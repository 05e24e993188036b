"""Check-worthiness: how likely a sentence is a checkable factual claim (0-1).

The model is linear over four feature blocks, stored as plain arrays in
``models/checkworthiness.npz`` (no pickles, so library upgrades cannot break
loading; ``models/checkworthiness.json`` notes data, script and metrics):

- TF-IDF word uni- and bigrams and TF-IDF character 2-5-grams within words
  (computed here exactly as scikit-learn's ``TfidfVectorizer(sublinear_tf=True)``
  does, from the stored vocabularies and idf),
- the wordllama sentence embedding (``analyse.embed.embed_fast``),
- surface features (``checkworthy_features.surface_features``): numbers,
  quantities, names, person, questions, length and small word classes.

Training fits one logistic regression per block family (word, character, dense)
and blends their standardised decisions; the blend is itself linear, so it is
stored folded into one set of coefficients, with a Platt calibration to 0-1.

``LinearTextModel`` is shared with the opinion model. Trained by
``train/train_checkworthiness.py``.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

import numpy as np
import numpy.typing as npt

from ..analyse.embed import embed_fast
from ..model import Quantity
from ..weights import MODEL_DIR, load_weights, weight
from .checkworthy_features import SURFACE_NAMES, char_wb_tokens, surface_features, tfidf_tokens

__all__ = [
    "MODEL_DIR",
    "SURFACE_NAMES",
    "CheckWorthiness",
    "LinearTextModel",
    "char_wb_tokens",
    "load_threshold",
    "surface_features",
    "tfidf_tokens",
]

_EMPTY = np.zeros(0)


def _tfidf_dot(
    tokens: list[str], vocab: dict[str, int], idf: npt.NDArray[np.float64],
    coef: npt.NDArray[np.float64],
) -> float:  # fmt: skip
    """l2-normalised sublinear tf-idf of the tokens, dotted with coef."""
    # counted in C, keys in order of first occurrence (the order of the float sums)
    counts: Counter[int | None] = Counter(map(vocab.get, tokens))
    counts.pop(None, None)  # the tokens out of the vocabulary
    return _weighted_dot(cast("Counter[int]", counts), idf, coef)


def _weighted_dot(
    counts: dict[int, int], idf: npt.NDArray[np.float64], coef: npt.NDArray[np.float64]
) -> float:
    """l2-normalised sublinear tf-idf of the term counts, dotted with coef."""
    if not counts:
        return 0.0
    idx = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
    tf = 1.0 + np.log(np.fromiter(counts.values(), dtype=np.float64, count=len(counts)))
    w = tf * idf[idx]
    norm = float(np.linalg.norm(w))
    return float(w @ coef[idx]) / norm if norm else 0.0


@dataclass(frozen=True)
class LinearTextModel:
    """A linear model over [word tf-idf | char tf-idf | embedding | standardised surface].

    The character block (``char_*``) is optional (empty for the opinion model).
    The probability is ``sigmoid(calib_a * decision + calib_b)`` (identity by default;
    the check-worthiness model stores a Platt calibration of its blended decision).
    """

    vocab: dict[str, int]
    idf: npt.NDArray[np.float64]
    coef_tfidf: npt.NDArray[np.float64]
    coef_emb: npt.NDArray[np.float64]
    coef_surface: npt.NDArray[np.float64]
    surface_mean: npt.NDArray[np.float64]
    surface_scale: npt.NDArray[np.float64]
    intercept: float
    ngram: int = 2
    char_vocab: dict[str, int] = field(default_factory=dict)
    char_idf: npt.NDArray[np.float64] = field(default_factory=lambda: _EMPTY)
    coef_char: npt.NDArray[np.float64] = field(default_factory=lambda: _EMPTY)
    char_ngram: tuple[int, int] = (2, 5)
    calib_a: float = 1.0
    calib_b: float = 0.0
    # word -> its char n-grams' vocabulary ids (char n-grams never cross words)
    _char_cache: dict[str, tuple[int, ...]] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def load(cls, path: Path) -> LinearTextModel:
        z = load_weights(path)

        def w(name: str) -> npt.NDArray[np.float64]:
            return weight(z, name, path).astype(np.float64)

        extra: dict[str, Any] = {}
        if "char_vocab" in z:
            extra = {
                "char_vocab": {str(g): i for i, g in enumerate(weight(z, "char_vocab", path))},
                "char_idf": w("char_idf"),
                "coef_char": w("coef_char"),
                "char_ngram": (int(w("char_ngram")[0]), int(w("char_ngram")[1])),
            }
        if "calibration" in z:
            extra["calib_a"], extra["calib_b"] = (float(v) for v in w("calibration"))
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
            **extra,
        )

    def save(self, path: Path, extra: dict[str, npt.NDArray[np.generic]] | None = None) -> None:
        words = sorted(self.vocab, key=self.vocab.__getitem__)
        arrays: dict[str, Any] = dict(extra or {})
        if self.char_vocab:
            grams = sorted(self.char_vocab, key=self.char_vocab.__getitem__)
            arrays["char_vocab"] = np.array(grams, dtype=str)
            arrays["char_idf"] = self.char_idf.astype(np.float32)
            arrays["coef_char"] = self.coef_char.astype(np.float32)
            arrays["char_ngram"] = np.array(self.char_ngram)
        if (self.calib_a, self.calib_b) != (1.0, 0.0):
            arrays["calibration"] = np.array([self.calib_a, self.calib_b])
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
        """The word tf-idf block's contribution: l2-normalised sublinear tf-idf . coef."""
        return _tfidf_dot(tfidf_tokens(text, self.ngram), self.vocab, self.idf, self.coef_tfidf)

    def char_dot(self, text: str) -> float:
        """The character tf-idf block's contribution (0 when the model has none)."""
        if not self.char_vocab:
            return 0.0
        cache = self._char_cache
        per_word: list[tuple[int, ...]] = []
        for word in text.lower().split():
            ids = cache.get(word)
            if ids is None:
                grams = char_wb_tokens(word, *self.char_ngram)
                ids = tuple(j for g in grams if (j := self.char_vocab.get(g)) is not None)
                if len(cache) < 200_000:
                    cache[word] = ids
            per_word.append(ids)
        # counted in C, keys in order of first occurrence (the order of the float sums)
        counts = Counter(itertools.chain.from_iterable(per_word))
        return _weighted_dot(counts, self.char_idf, self.coef_char)

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
        sparse_part = np.array([self.tfidf_dot(t) + self.char_dot(t) for t in texts])
        out: npt.NDArray[np.float64] = lin + sparse_part
        return out

    def predict(
        self,
        texts: Sequence[str],
        emb: npt.NDArray[np.float32] | None = None,
        surface: npt.NDArray[np.float64] | None = None,
    ) -> list[float]:
        d = self.calib_a * self.decision(texts, emb, surface) + self.calib_b
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
