"""The learned part: which verbs are attribution cues.

A logistic regression over sparse features of a verb (its lemma, its
dependents, its neighbours) trained on PolNeAR train by
``train/train_attribution.py``. Its weights ship as plain JSON
(``newstrace/models/attribution_cues.json``), so loading needs no scikit-learn
and survives library upgrades. Two small tables learned with it say how far a
cue reaches and which dependent is the content. Without the file, the
hand-written lexicon and the rules decide.
"""

from __future__ import annotations

import functools
import json
import math
from pathlib import Path

from .base import CueModel, LexiconCues, is_candidate
from .extent import cue_extent
from .lexicon import CUE_VERBS, TEXT_NOUNS
from .view import View

__all__ = [
    "MODEL_FILE",
    "LearnedCues",
    "child_key",
    "cue_features",
    "is_candidate",
    "load_cue_model",
    "subject_keys",
]

MODEL_FILE = "attribution_cues.json"
_WORD_DEPS = frozenset(
    ["aux", "auxpass", "neg", "prt", "prep", "advmod", "mark", "agent", "dative"]
)


def child_key(view: View, c: int, specific: bool = True) -> list[str]:
    """Table keys for child ``c`` of a cue head, most specific first: with the
    head's lemma and the child's word, with the word, then the dependency only."""
    t = view.tokens[c]
    side = "L" if c < t.head else "R"
    word = t.text.lower() if t.dep in _WORD_DEPS else ""
    keys = [f"{t.dep}|{word}|{side}", f"{t.dep}|{side}"]
    if specific:
        keys.insert(0, f"{view.tokens[t.head].lemma.lower()}|{t.dep}|{word}|{side}")
    return keys


def subject_keys(view: View, v: int, x: int) -> list[str]:
    """Table keys for "is the subject of ``v`` part of its content", where ``x`` is
    the open complement in the content (-1 for none): with the verb's lemma,
    then voice and complement only."""
    passive = bool(view.kids(v, "nsubjpass", "auxpass"))
    dep = "xcomp" if x >= 0 else "none"
    return [f"{view.tokens[v].lemma.lower()}|{dep}|{passive}", f"{dep}|{passive}"]


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
    for c in view.kids(i, "dobj", "xcomp", "attr", "acomp"):
        feats.append(f"l={lemma}|{toks[c].dep}={toks[c].lemma.lower()}")
    for c in view.kids(i, "aux", "auxpass", "neg", "advmod"):
        feats.append(f"{toks[c].dep}={toks[c].lemma.lower()}")
    if t.head != i:
        feats.append(f"head={toks[t.head].lemma.lower()}|dep={t.dep}")
    prev = toks[i - 1].text.lower() if i > 0 else "<s>"
    feats.append(f"prevw={prev}")
    feats.append(f"nextw={toks[i + 1].text.lower() if i + 1 < len(toks) else '</s>'}")
    nxt = toks[i + 1].text.lower() if i + 1 < len(toks) else "</s>"
    feats.append(f"prev={prev if not prev.isalpha() else 'w'}")
    feats.append(f"next={nxt if not nxt.isalpha() else 'w'}")
    if (i + 1 < len(toks) and view.is_quote_mark(i + 1)) or (i > 0 and view.is_quote_mark(i - 1)):
        feats.append("near_quote")
    return feats + context_features(view, i)


def context_features(view: View, i: int) -> list[str]:
    """Who the subject is, what the clause holds, what the verb hangs on, whether
    the sentence quotes anyone, and the words two to either side."""
    toks = view.tokens
    t = toks[i]
    lemma = t.lemma.lower()
    feats: list[str] = []
    subj = view.kids(i, "nsubj", "nsubjpass")
    if subj:
        s = toks[subj[0]]
        kind = s.ent_type or (f"pron_{s.text.lower()}" if s.pos == "PRON" else s.pos)
        feats += [f"subjk={kind}", f"l={lemma}|subjk={kind}", f"subjl={s.lemma.lower()}"]
    else:
        feats += ["nosubj", f"l={lemma}|nosubj"]
    for c in view.kids(i, "ccomp", "xcomp"):
        feats.append(f"l={lemma}|{toks[c].dep}_pos={toks[c].pos}")
        feats.append(f"{toks[c].dep}_l={toks[c].lemma.lower()}")
    if t.head != i:
        h = toks[t.head]
        feats.append(f"headlex={h.lemma.lower() in CUE_VERBS}|dep={t.dep}")
        feats.append(f"headpos={h.pos}|dep={t.dep}")
    feats.append(f"l={lemma}|inq={view.quote_of[i] >= 0}")
    sent = view.sentences[t.sent]
    quoted = any(  # a bounded window, so run-on sentences stay linear
        view.quote_of[j] >= 0
        for j in range(max(sent.token_start, i - 40), min(sent.token_end, i + 40))
    )
    feats += [f"sentq={quoted}", f"l={lemma}|sentq={quoted}", f"suf3={lemma[-3:]}"]
    for d in (-2, 2):
        if 0 <= i + d < len(toks):
            feats.append(f"w{d}={toks[i + d].lemma.lower()}")
    return feats


class LearnedCues:
    """The shipped model: logistic-regression cue scores and two learned tables."""

    def __init__(
        self,
        weights: dict[str, float],
        threshold: float,
        extent: dict[str, float],
        content: dict[str, float],
        part: dict[str, float] | None = None,
        span_model: tuple[dict[str, float], float] | None = None,
        raised: dict[str, float] | None = None,
    ) -> None:
        self.weights = weights
        self.threshold = threshold
        self.extent = extent
        self.content = content
        self.part = part or {}
        self.extent_weights, self.extent_bias = span_model or ({}, 0.0)
        self.raised = raised or {}

    def score(self, view: View, i: int) -> float:
        """Cue probability of token ``i``, rescaled so the tuned threshold maps to 0.5."""
        z = sum(self.weights.get(f, 0.0) for f in cue_features(view, i))
        p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
        if p >= self.threshold:
            return 0.5 + 0.5 * (p - self.threshold) / max(1e-9, 1.0 - self.threshold)
        return 0.5 * p / max(1e-9, self.threshold)

    @staticmethod
    def _lookup(
        table: dict[str, float], view: View, c: int, specific: bool = False
    ) -> float | None:
        for key in child_key(view, c, specific):
            if key in table:
                return table[key]
        return None

    def cue_span(self, view: View, h: int) -> tuple[int, int] | None:
        """The cue tokens around head ``h`` by the learned extent model."""
        if not self.extent_weights:
            return None
        return cue_extent(view, h, self.extent_weights, self.extent_bias)

    def subject_rate(self, view: View, v: int, x: int) -> float | None:
        """How often PolNeAR puts the subject of cue ``v`` inside the content, with
        open complement ``x`` in the content or -1 ("X is expected to", "X was named")."""
        for key in subject_keys(view, v, x):
            if key in self.raised:
                return self.raised[key]
        return None

    def cue_child(self, view: View, c: int) -> float | None:
        """How often PolNeAR puts a child like ``c`` inside the cue."""
        return self._lookup(self.extent, view, c, specific=True)

    def content_child(self, view: View, c: int) -> float | None:
        """How often a child like ``c`` heads the content."""
        return self._lookup(self.content, view, c)

    def content_part(self, view: View, c: int) -> float | None:
        """How often a child like ``c`` lies inside the content (extends it)."""
        return self._lookup(self.part, view, c)


@functools.lru_cache(maxsize=2)
def load_cue_model(use_model: bool = True) -> CueModel:
    """The shipped model when present (and wanted), else the rules-only lexicon."""
    if not use_model:
        return LexiconCues()
    path = Path(__file__).resolve().parents[2] / "models" / MODEL_FILE
    try:
        raw = path.read_text("utf-8")
    except OSError:
        return LexiconCues()
    data = json.loads(raw)
    return LearnedCues(
        {str(k): float(v) for k, v in data["weights"].items()},
        float(data.get("threshold", 0.5)),
        {str(k): float(v) for k, v in data.get("cue_extent", {}).items()},
        {str(k): float(v) for k, v in data.get("content_child", {}).items()},
        {str(k): float(v) for k, v in data.get("content_part", {}).items()},
        _extent(data.get("extent")),
        {str(k): float(v) for k, v in data.get("subject_in_content", {}).items()},
    )


def _extent(raw: object) -> tuple[dict[str, float], float] | None:
    """The extent model's (weights, bias) from its JSON block, if any."""
    if not isinstance(raw, dict) or not isinstance(raw.get("weights"), dict):
        return None
    weights = {str(k): float(v) for k, v in raw["weights"].items()}
    return weights, float(raw.get("bias", 0.0))
