"""Contents held by a cue's complement rather than by the verb itself.

"Workers are concerned that X", "fishermen are skeptical of X", "the council
expressed doubt that X", "the company issued a statement saying X": the verb is
a cue (the learned model says so) but its own dependents hold no content; the
adjective or noun after it does. PolNeAR puts the verb, the complement and a
following preposition into the cue ("are skeptical of", "raised concerns
about") and the clause or the preposition's object into the content.
"""

from __future__ import annotations

from .view import View

__all__ = ["complement_content"]

_COMPLEMENT_DEPS = ("acomp", "dobj", "attr")
_CLAUSE_DEPS = ("ccomp", "acl")
_PREPS = frozenset(
    ["about", "of", "over", "on", "that", "with", "against", "toward", "towards", "to", "for", "at"]
)
_MAX_CUE = 6  # tokens from the verb to the end of the cue


def complement_content(view: View, v: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """(cue tokens, content tokens) for verb ``v`` whose complement carries the
    content, both inclusive ranges, else None."""
    toks = view.tokens
    for x in view.kids(v, *_COMPLEMENT_DEPS):
        if x < v or view.left[x] <= v or x - v > _MAX_CUE:
            continue
        for k in view.children[x]:
            if k <= x:
                continue
            dep = toks[k].dep
            if dep in _CLAUSE_DEPS and toks[k].pos in ("VERB", "AUX"):
                inner = view.kids(k, "ccomp")
                if toks[k].tag == "VBG" and k == x + 1 and inner and inner[0] > k:
                    c = inner[0]  # "issued a statement saying that X"
                    return (v, k), (view.left[c], view.right[c])
                first = toks[view.left[k]].text.lower()
                if view.left[k] > x and first in ("that", "whether", "how", "why", "if"):
                    return (v, x), (view.left[k], view.right[k])
            elif dep == "prep" and toks[k].text.lower() in _PREPS and k == x + 1:
                objs = view.kids(k, "pobj", "pcomp")
                if objs and k - v <= _MAX_CUE:
                    o = objs[0]
                    return (v, k), (view.left[o], view.right[o])
    return None
