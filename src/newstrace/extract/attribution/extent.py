"""The learned extent of a cue: which words around a cue verb belong to the cue.

PolNeAR's cues reach well past the verb: auxiliaries and adverbs ("has
sometimes been accused"), a trailing preposition ("called for", "accused her
of"), a time ("said Friday", "said last month"), a light verb's object ("made
little secret of", "filed a motion"). A logistic regression scores each token
in a small window around the cue head by its relation to the head (its
dependency, or the path through its parent), its word and the head's lemma;
``cue_extent`` grows the cue outwards from the head while the tokens next to
it score at least one half, so the cue stays one contiguous span. Trained by
``train/train_attribution.py`` on PolNeAR train; the weights ship in the cue
model's JSON.
"""

from __future__ import annotations

import math

from .view import View

__all__ = ["LEFT", "RIGHT", "cue_extent", "extent_features", "window"]

LEFT, RIGHT = 5, 8  # tokens searched either side of the cue head


def _relation(view: View, h: int, j: int) -> str:
    """How token ``j`` hangs on head ``h``: its dependency, a two-step path, or
    its place above the head."""
    toks = view.tokens
    t = toks[j]
    if t.head == h:
        return t.dep
    parent = t.head
    if parent != j and toks[parent].head == h:
        return f"{t.dep}<{toks[parent].dep}"
    if toks[h].head == j:
        return f"^{toks[h].dep}"
    if view.left[h] <= j <= view.right[h]:
        return "below"
    return "other"


def extent_features(view: View, h: int, j: int) -> list[str]:
    """Sparse features of token ``j`` as part of the cue headed by ``h``."""
    toks = view.tokens
    t = toks[j]
    hl = toks[h].lemma.lower()
    off = j - h
    rel = _relation(view, h, j)
    w = t.text.lower()
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    return [
        "bias",
        f"off={off}",
        f"rel={rel}",
        f"rel={rel}|off={off}",
        f"pos={t.pos}",
        f"rel={rel}|pos={t.pos}",
        f"w={w}",
        f"rel={rel}|w={w}",
        f"hl={hl}|rel={rel}",
        f"hl={hl}|rel={rel}|w={w}",
        f"hl={hl}|off={off}",
        f"hl={hl}|off={off}|w={w}",
        f"ent={t.ent_type}",
        f"rel={rel}|ent={t.ent_type}",
        f"inq={view.quote_of[j] >= 0}",
        f"next={nxt.pos if nxt is not None else 'END'}",
        f"rel={rel}|next={nxt.dep if nxt is not None else 'END'}",
        f"htag={toks[h].tag}|rel={rel}",
    ]


def window(view: View, h: int) -> range:
    """Token indices around ``h`` in its sentence that may join its cue."""
    sent = view.sentences[view.tokens[h].sent]
    return range(max(sent.token_start, h - LEFT), min(sent.token_end, h + RIGHT + 1))


def cue_extent(view: View, h: int, weights: dict[str, float], bias: float) -> tuple[int, int]:
    """The cue around head ``h``: grown outwards while the next token scores >= 0.5."""

    def keep(j: int) -> bool:
        z = bias + sum(weights.get(f, 0.0) for f in extent_features(view, h, j))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))) >= 0.5

    span = window(view, h)
    a = b = h
    while a - 1 >= span.start and keep(a - 1):
        a -= 1
    while b + 1 < span.stop and keep(b + 1):
        b += 1
    return view.trim(a, b) or (h, h)
