"""Features of a (claim, text) pair for the stance classifier.

Shared by training (train/train_stance.py) and inference (link/stance.py), so
both see exactly the same numbers. Three families:

- overlap: how many of the claim's content words and word pairs the text has,
  in all of it, in its lead and in its best sentence;
- embeddings (fast tier): cosine of the claim with the text and its best
  sentences, plus the element-wise product and absolute difference of the claim
  vector and the best sentence vector (what the classifier learns stance from);
- cue counts: refuting, denial, hedging and reporting words in the text and
  in the sentences closest to the claim; negation and question in the claim.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from ..analyse.embed import FAST_DIM, embed_fast
from .text import DENIALS, HEDGES, NEGATIONS, STOPWORDS, split_sentences, words

__all__ = ["DISCUSS", "N_FEATURES", "REFUTING", "pair_features"]

REFUTING = (
    frozenset(
        """fake fraud hoax false deny denies denied denial not despite nope doubt doubts bogus
    debunk debunked debunks pranks prank retract retracted retraction fabricated untrue
    baseless myth misleading rumour rumor satire satirical never no""".split()  # noqa: SIM905
    )
    | DENIALS
)
DISCUSS = (
    frozenset(
        """reportedly allegedly according claims claimed claim alleged unconfirmed unverified
    rumours rumoured sources report reports reported appear appears apparently
    purportedly could may might possibly believed suggest suggests""".split()  # noqa: SIM905
    )
    | HEDGES
)
AGREE = frozenset(
    """confirmed confirms confirm announced officially indeed verified revealed shows
    showed proved proves true""".split()  # noqa: SIM905
)
_TOP = 3
_MAX_SENTENCES = 60
N_SCALAR = 24
N_FEATURES = N_SCALAR + 2 * FAST_DIM


def _content(ws: Sequence[str]) -> list[str]:
    return [w for w in ws if w not in STOPWORDS and len(w) > 1]


def _pairs(ws: Sequence[str]) -> set[str]:
    return {f"{a} {b}" for a, b in itertools.pairwise(ws)}


def _frac(part: set[str], whole: set[str]) -> float:
    return len(part & whole) / len(part) if part else 0.0


def _count(ws: Sequence[str], lex: frozenset[str]) -> float:
    return math.log1p(sum(1 for w in ws if w in lex))


def pair_features(
    claims: Sequence[str],
    texts: Sequence[str],
    cache: dict[str, npt.NDArray[np.float32]] | None = None,
) -> npt.NDArray[np.float32]:
    """An (n, N_FEATURES) float32 matrix for n (claim, text) pairs."""
    if len(claims) != len(texts):
        raise ValueError("claims and texts differ in length")
    cache = {} if cache is None else cache
    sents_of: dict[str, list[str]] = {}
    for t in set(texts):
        spans = split_sentences(t)[:_MAX_SENTENCES]
        sents_of[t] = [t[a:b] for a, b in spans] or [t or " "]
    need = sorted({c for c in claims} | {s for t in set(texts) for s in sents_of[t]})
    need = [s for s in need if s not in cache]
    if need:
        for s, v in zip(need, embed_fast(need), strict=True):
            cache[s] = v
    out = np.zeros((len(claims), N_FEATURES), np.float32)
    for row, (c, t) in enumerate(zip(claims, texts, strict=True)):
        cw = words(c)
        cc = set(_content(cw))
        cp = _pairs(_content(cw))
        sents = sents_of[t]
        sw = [words(s) for s in sents]
        tw = [w for ws in sw for w in ws]
        tc = set(_content(tw))
        tp = set().union(*(_pairs(_content(ws)) for ws in sw))
        lead = set(_content([w for ws in sw[:2] for w in ws]))
        hv = cache[c]
        sv = np.stack([cache[s] for s in sents])
        cos = sv @ hv
        order = np.argsort(-cos)[:_TOP]
        best = sv[order[0]]
        mean = sv.mean(axis=0)
        norm = float(np.linalg.norm(mean)) or 1.0
        top_words = [w for i in order.tolist() for w in sw[i]]
        sent_overlap = max(_frac(cc, set(_content(ws))) for ws in sw)
        scalars = [
            _frac(cc, tc),
            _frac(cp, tp),
            _frac(cc, lead),
            sent_overlap,
            len(cc & tc) / (len(cc | tc) or 1),
            float(cos.max()),
            float(cos[order].mean()),
            float(cos[0]),
            float(mean @ hv) / norm,
            _count(tw, REFUTING) / math.log(2 + len(sents)),
            _count(tw, DISCUSS) / math.log(2 + len(sents)),
            _count(tw, AGREE) / math.log(2 + len(sents)),
            _count(top_words, REFUTING),
            _count(top_words, DISCUSS),
            _count(top_words, AGREE),
            _count(top_words, NEGATIONS),
            _count(cw, REFUTING),
            _count(cw, DISCUSS),
            _count(cw, NEGATIONS),
            1.0 if "?" in c else 0.0,
            math.log1p(len(sents)),
            math.log1p(len(cc)),
            float(
                sum(1 for w in cw if w in NEGATIONS) % 2
                != sum(1 for w in top_words if w in NEGATIONS) % 2
            ),
            1.0 if c.strip() and c.strip().casefold() in t.casefold() else 0.0,
        ]
        out[row, :N_SCALAR] = scalars
        out[row, N_SCALAR : N_SCALAR + FAST_DIM] = hv * best
        out[row, N_SCALAR + FAST_DIM :] = np.abs(hv - best)
    return out
