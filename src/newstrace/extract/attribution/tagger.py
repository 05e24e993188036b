"""The learned part: which verbs are attribution cues.

A logistic regression over sparse features of a verb (its lemma, its
dependents, its neighbours) trained on PolNeAR train by
``train/train_attribution.py``. Its weights ship as plain JSON
(``newstrace/models/attribution_cues.json``), so loading needs no scikit-learn
and survives library upgrades. Without the file, the hand-written lexicon
decides.
"""

from __future__ import annotations

import functools
import json
import math
from pathlib import Path

from .lexicon import CUE_VERBS, TEXT_NOUNS
from .rules import CueScorer
from .view import View

__all__ = ["MODEL_FILE", "LinearCueModel", "cue_features", "lexicon_scorer", "load_cue_model"]

MODEL_FILE = "attribution_cues.json"


def lexicon_scorer(view: View, i: int) -> float:
    """1.0 for verbs in the hand-written cue lexicon, else 0.0."""
    return 1.0 if view.tokens[i].lemma.lower() in CUE_VERBS else 0.0


def cue_features(view: View, i: int) -> list[str]:
    """Sparse string features of token ``i`` as a possible cue verb."""
    toks = view.tokens
    t = toks[i]
    lemma = t.lemma.lower()
    deps = sorted({toks[c].dep for c in view.children[i]})
    feats = [
        "bias",
        f"l={lemma}",
        f"tag={t.tag}",
        f"dep={t.dep}",
        f"l={lemma}|dep={t.dep}",
        f"lex={lemma in CUE_VERBS}",
        f"inq={view.quote_of[i] >= 0}",
    ]
    for d in deps:
        feats.append(f"kid={d}")
        if d in ("ccomp", "xcomp", "dobj", "nsubj", "nsubjpass", "prep"):
            feats.append(f"l={lemma}|kid={d}")
    for c in view.kids(i, "nsubj", "nsubjpass"):
        s = toks[c]
        feats.append(f"subj_ent={s.ent_type or s.pos}")
        if s.lemma.lower() in TEXT_NOUNS:
            feats.append("subj_text")
    for c in view.kids(i, "ccomp"):
        first = toks[view.left[c]].text.lower()
        feats.append(f"ccomp_first={first if first in ('that', 'if', 'whether') else 'x'}")
    for c in view.kids(i, "prep"):
        feats.append(f"l={lemma}|prep={toks[c].text.lower()}")
    prev = toks[i - 1].text.lower() if i > 0 else "<s>"
    nxt = toks[i + 1].text.lower() if i + 1 < len(toks) else "</s>"
    feats.append(f"prev={prev if not prev.isalpha() else 'w'}")
    feats.append(f"next={nxt if not nxt.isalpha() else 'w'}")
    if (i + 1 < len(toks) and view.is_quote_mark(i + 1)) or (i > 0 and view.is_quote_mark(i - 1)):
        feats.append("near_quote")
    return feats


class LinearCueModel:
    """A logistic-regression cue scorer from a JSON file of feature weights."""

    def __init__(self, weights: dict[str, float], threshold: float = 0.5) -> None:
        self.weights = weights
        self.threshold = threshold

    def __call__(self, view: View, i: int) -> float:
        """The probability that token ``i`` is a cue, shifted so 0.5 is the threshold."""
        z = sum(self.weights.get(f, 0.0) for f in cue_features(view, i))
        p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
        # Map the tuned threshold onto 0.5, the cut the rules use.
        if p >= self.threshold:
            return 0.5 + 0.5 * (p - self.threshold) / max(1e-9, 1.0 - self.threshold)
        return 0.5 * p / max(1e-9, self.threshold)


@functools.lru_cache(maxsize=2)
def load_cue_model(use_model: bool = True) -> CueScorer:
    """The shipped cue model when present (and wanted), else the lexicon scorer."""
    if not use_model:
        return lexicon_scorer
    path = Path(__file__).resolve().parents[2] / "models" / MODEL_FILE
    try:
        raw = path.read_text("utf-8")
    except OSError:
        return lexicon_scorer
    data = json.loads(raw)
    weights = {str(k): float(v) for k, v in data["weights"].items()}
    return LinearCueModel(weights, float(data.get("threshold", 0.5)))
