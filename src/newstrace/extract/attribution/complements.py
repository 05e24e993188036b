"""Contents a cue verb's own dependents do not hold.

``complement_content``: the complement holds it.

"Workers are concerned that X", "fishermen are skeptical of X", "the council
expressed doubt that X", "the company issued a statement saying X": the verb is
a cue (the learned model says so) but its own dependents hold no content; the
adjective or noun after it does. PolNeAR puts the verb, the complement and a
following preposition into the cue ("are skeptical of", "raised concerns
about") and the clause or the preposition's object into the content.

``as_content``: "As experts have pointed out, Y" reports Y, the clause the
parser hangs the report on. ``block_after_colon``: "X added:" at the end of a
line reports the next paragraph, quoted or not. ``reporting_complement``: "seemed
to recognize that X" is one cue whose subject is the source.
"""

from __future__ import annotations

from .lexicon import CUE_VERBS
from .view import View

__all__ = [
    "as_aside",
    "as_content",
    "block_after_colon",
    "complement_content",
    "reporting_complement",
]

_COMPLEMENT_DEPS = ("acomp", "dobj", "attr")
_CLAUSE_DEPS = ("ccomp", "acl")
_PREPS = frozenset(
    ["about", "of", "over", "on", "that", "with", "against", "toward", "towards", "to", "for", "at"]
)
_MAX_CUE = 6  # tokens from the verb to the end of the cue
_RAISING = frozenset({"seem", "appear"})


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
    for x in view.kids(v, "ccomp", "oprd"):  # "made it clear (to X) that Y"
        if x < v or toks[x].pos != "ADJ" or x - v > 3:
            continue
        for k in view.children[x]:
            first = toks[view.left[k]].text.lower()
            if k > x and toks[k].dep in ("ccomp", "advcl") and first in ("that", "whether"):
                return (v, x), (view.left[k], view.right[k])
    for k in view.kids(v, "advcl"):  # "is calling for the council to lower the toll"
        m = view.left[k]
        if v < m <= v + 2 and toks[m].text.lower() == "for" and toks[m].dep == "mark":
            return (v, m), (m + 1, view.right[k])
    return None


def as_content(view: View, v: int) -> tuple[int, int] | None:
    """Content tokens of "As experts have pointed out, Y": the clause the report
    opens, after the comma (the parser hangs the report on it as a clause)."""
    toks = view.tokens
    h = toks[v].head
    if h <= v or toks[v].dep not in ("ccomp", "advcl") or toks[view.left[v]].text.lower() != "as":
        return None
    lo = view.right[v] + 1
    while lo < h and toks[lo].dep in ("punct", "cc"):
        lo += 1
    return (lo, view.right[h]) if lo <= h else None


def as_aside(view: View, v: int) -> list[tuple[int, int]]:
    """Content token ranges of "Y1, as X pointed out, Y2" read off the tokens (the
    parser makes a mess of it): the sentence on both sides of the aside."""
    toks = view.tokens
    sent = view.sentences[toks[v].sent]
    a = v - 1
    while a > sent.token_start and v - a <= 12 and toks[a].text.lower() != "as":
        if (toks[a].pos in ("VERB", "AUX") and toks[a].head != v) or toks[a].text in ",;:":
            return []
        a -= 1
    if toks[a].text.lower() != "as" or a == v - 1 or a - 1 <= sent.token_start:
        return []
    if toks[a - 1].text != ",":
        return []
    c = v + 1
    while c < sent.token_end and toks[c].head == v and toks[c].dep in ("prt", "advmod", "prep"):
        c = view.right[c] + 1
    if c + 1 >= sent.token_end or toks[c].text != ",":
        return []
    return [(sent.token_start, a - 2), (c + 1, sent.token_end - 1)]


def block_after_colon(view: View, v: int) -> tuple[int, int] | None:
    """Content tokens of "X added:" closing its line: the next paragraph, unquoted."""
    toks = view.tokens
    c = v + 1
    while c < len(toks) and toks[c].head == v and toks[c].dep in ("prt", "advmod"):
        c += 1
    text = view.text
    if c >= len(toks) or toks[c].text != ":" or "\n" not in text[toks[c].end : toks[c].end + 3]:
        return None
    a = c + 1
    while a < len(toks) and not toks[a].text.strip():
        a += 1
    if a >= len(toks):
        return None
    nl = text.find("\n", toks[a].start)
    end = len(text) if nl < 0 else nl
    b = a
    while b + 1 < len(toks) and toks[b + 1].start < end:
        b += 1
    return a, b


def reporting_complement(view: View, v: int) -> int:
    """The reporting verb a raising verb carries, or -1: "appears to imply X",
    "seemed to recognize that X" (a reporting verb, or one with a clause of its own;
    not "seemed to carry little weight", whose subject is part of what seems)."""
    toks = view.tokens
    if toks[v].lemma.lower() not in _RAISING:
        return -1
    for x in view.kids(v, "xcomp"):
        near = x > v and all(toks[i].dep in ("aux", "advmod") for i in range(v + 1, x))
        if near and x - v <= 4 and (toks[x].lemma.lower() in CUE_VERBS or view.kids(x, "ccomp")):
            return x
    return -1
