"""Opinion vs reported fact, and the loaded words that carry the opinion.

Two parts, both learned and shipped as plain arrays in ``models/opinion.npz``
(note: ``models/opinion.json``; trained by ``train/train_opinion.py``):

- a loaded-word lexicon: lower-cased words with a score, learned from words that
  annotators marked as biased (BABE) or as Loaded_Language (PTC) against how often
  the same words occur unmarked; ``loaded_words`` returns the spans of lexicon
  words in a text;
- a sentence classifier (``LinearTextModel``: tf-idf, wordllama embedding and
  the opinion surface features below, which include lexicon hits).

Who holds the opinion is decided by the caller: the writer, or a quoted source
(the sentence lies inside an attribution's content, or inside quotation marks).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import numpy.typing as npt

from ..model import Span
from ..weights import load_weights, weight
from .checkworthy import MODEL_DIR, LinearTextModel, load_threshold

__all__ = [
    "OPINION_SURFACE_NAMES",
    "OpinionModel",
    "in_quotes",
    "opinion_surface",
    "quote_spans",
]

WORD_RE = re.compile(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]")
OPINION_SURFACE_NAMES = (
    "lex_max",
    "lex_sum",
    "lex_count",
    "n_adverb_ly",
    "superlative",
    "intensifier",
    "exclaim",
    "question",
    "quote_chars",
    "first_person",
    "modal_should",
    "has_digit",
    "log_len",
)
_INTENS = re.compile(
    r"\b(?:very|extremely|utterly|totally|completely|absolutely|truly|really|so|incredibly|"
    r"deeply|outright|blatant(?:ly)?|shameless(?:ly)?|clearly|obviously|simply)\b",
    re.I,
)
_SUPER = re.compile(r"\b(?:most|least|best|worst|\w{3,}est)\b", re.I)
_SHOULD = re.compile(r"\b(?:should|must|ought|need to|needs to)\b", re.I)
_FIRST = re.compile(r"\b(?:I|me|my|we|our|us)\b")
_QUOTES = '"“”«»„'
LEX_HIT = 0.2  # a lexicon score from which a word counts as a loaded-word hit


def opinion_surface(text: str, lexicon: dict[str, float]) -> list[float]:
    words = [w.lower() for w in WORD_RE.findall(text)]
    scores = [lexicon.get(w, 0.0) for w in words]
    pos = [s for s in scores if s >= LEX_HIT]
    # length is clipped to the range seen in training, so that very short or very
    # long sentences are not extrapolated to extreme scores
    n = min(max(len(words), 10), 60)
    return [
        max(scores, default=0.0),
        sum(pos),
        math.log1p(len(pos)),
        math.log1p(sum(1 for w in words if w.endswith("ly") and len(w) > 4)),
        float(bool(_SUPER.search(text))),
        math.log1p(len(_INTENS.findall(text))),
        float("!" in text),
        float(text.rstrip().endswith("?")),
        float(sum(text.count(q) for q in _QUOTES) > 0),
        float(bool(_FIRST.search(text))),
        float(bool(_SHOULD.search(text))),
        float(any(map(str.isdigit, text))),
        math.log(n),
    ]


def quote_spans(text: str) -> list[tuple[int, int]]:
    """The insides of the quotation-mark pairs of ``text``, in order."""
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    for m in re.finditer(r"[\"“”]", text):
        ch = m.group(0)
        if opened is None and ch in '"“':
            opened = m.end()
        elif opened is not None and ch in '"”':
            spans.append((opened, m.start()))
            opened = None
    return spans


def in_quotes(text: str, start: int, end: int, spans: list[tuple[int, int]] | None = None) -> bool:
    """True when [start, end) lies mostly inside quotation marks in ``text``.

    Pass ``spans`` (``quote_spans(text)``) when asking about many ranges of one text.
    """
    inside = 0
    for a, b in spans if spans is not None else quote_spans(text):
        if a >= end:
            break
        inside += max(0, min(b, end) - max(a, start))
    return inside > 0.5 * max(1, end - start)


class OpinionModel:
    """Scores sentences for expressing opinion (0-1) and finds loaded words."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or MODEL_DIR / "opinion.npz"
        self._model: LinearTextModel | None = None
        self.lexicon: dict[str, float] = {}
        self.threshold = 0.5
        self.loaded_min = 1.0

    def warm_up(self) -> None:
        if self._model is not None:
            return
        self._model = LinearTextModel.load(self.path)
        z = load_weights(self.path)
        words = [str(w) for w in weight(z, "lex_words", self.path)]
        scores = (float(v) for v in weight(z, "lex_scores", self.path))
        self.lexicon = dict(zip(words, scores, strict=True))
        self.loaded_min = float(weight(z, "loaded_min", self.path))
        self.threshold = load_threshold(self.path, 0.5)

    def surface(self, texts: Sequence[str]) -> npt.NDArray[np.float64]:
        self.warm_up()
        return np.array([opinion_surface(t, self.lexicon) for t in texts], dtype=np.float64)

    def score(
        self, texts: Sequence[str], emb: npt.NDArray[np.float32] | None = None
    ) -> list[float]:
        self.warm_up()
        assert self._model is not None
        clipped = [t[:5000] for t in texts]
        return self._model.predict(clipped, emb, self.surface(clipped))

    def is_loaded(self, word: str) -> bool:
        """``word`` scores at least ``loaded_min`` in the loaded-word lexicon."""
        self.warm_up()
        return self.lexicon.get(word.lower(), 0.0) >= self.loaded_min

    def loaded_words(self, text: str, offset: int = 0) -> tuple[Span, ...]:
        """Spans of lexicon words scoring at least ``loaded_min`` (offsets shifted)."""
        out = []
        for m in WORD_RE.finditer(text):
            if self.is_loaded(m.group(0)):
                out.append(Span(offset + m.start(), offset + m.end(), m.group(0)))
        return tuple(out)
