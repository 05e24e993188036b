"""Reports standing as asides inside their content: "“A,” he said, “B.”",
"Y, X said, Z", ", he said," between commas; and reports the parser hung
inside another's content ("said X and called Y", "said X, arguing Y").

PolNeAR annotates the content of such a report as the sentence on both sides
of the aside (two parts, ``content_parts``), less the cue's own modifiers
("Minutes later, he said, ..." keeps "Minutes later" out).
"""

from __future__ import annotations

import bisect

from .base import SUBJ_DEPS, Cand
from .lexicon import CUE_NOUNS, CUE_VERBS, DOCUMENT_NOUNS
from .spans import content_from_tokens, overlaps_chars, tokens_between
from .view import View

_ENDS = frozenset({".", ":", ";", "?", "!"})
# what "it" can stand for when somebody confirms it: a report or a claim
_TOLD = DOCUMENT_NOUNS | CUE_NOUNS | frozenset({"rumour", "rumor", "news", "story"})


def split_pair(view: View, content: list[tuple[int, int]], other: int) -> bool:
    """True when quote ``other`` and the content are the halves of one split quote:
    "“A,” he said, “B.”" (a short gap holding no sentence end between them)."""
    qs, qe = view.quotes[other].start, view.quotes[other].end
    if overlaps_chars((qs, qe), content):
        return False
    if qs >= content[-1][1]:
        gap = view.text[content[-1][1] : qs]
        first = view.text[content[-1][0] : content[-1][1]]
    else:
        gap = view.text[qe : content[0][0]]
        first = view.text[qs:qe]
    closes_with_comma = first.rstrip("\"”»' ").endswith(",")
    if len(gap) > 60 or not closes_with_comma or "\n" in gap:
        return False
    lo, hi = (content[-1][1], qs) if qs >= content[-1][1] else (qe, content[0][0])
    # a sentence end between them, but not the period of "Mr." or "A."
    return not any(view.tokens[i].text in _ENDS for i in tokens_between(view, lo, hi))


def between_commas(view: View, v: int) -> bool:
    """True for a parenthetical report: ", he said," with a comma on both sides."""
    toks = view.tokens
    lo, hi = view.left[v], view.right[v]
    return (
        lo > 0
        and hi + 1 < len(toks)
        and toks[lo - 1].text == ","
        and toks[hi + 1].text in (",", ".")
        and toks[v].head != v
    )


def parenthetical_content(view: View, v: int, quotes: set[int]) -> list[tuple[int, int]]:
    """Content of "X, he said, Y": the head clause around the parenthetical verb."""
    h = view.tokens[v].head
    if h == v:
        return []
    lo, hi = view.left[h], view.right[h]
    vlo, vhi = view.left[v], view.right[v]
    toks = view.tokens
    sent = view.sentences[toks[v].sent]
    if (
        toks[vlo].text.lower() == "as"
        and toks[v].dep == "advcl"
        and all(
            toks[k].dep == "punct" or not toks[k].text.strip()
            for k in range(vhi + 1, sent.token_end)
        )
    ):
        # "The ferry was sold, as it has been confirmed by Z.": an "as" aside closing its
        # sentence qualifies all of it before the comma, though the parser may hang it on
        # a clause inside ("... than the rumour that Y are, as it has been ...")
        lo = min(lo, sent.token_start)
        told = _told_thing(view, v, sent.token_start)
        if told is not None:
            return content_from_tokens(view, *told, quotes, v)
    parts: list[tuple[int, int]] = []
    if lo < vlo:
        parts += content_from_tokens(view, lo, vlo - 1, quotes, v)
    if vhi < hi:
        parts += content_from_tokens(view, vhi + 1, hi, quotes, v)
    return parts


def _told_thing(view: View, v: int, start: int) -> tuple[int, int] | None:
    """The report "it" stands for in "This report is more solid than the rumour, as it
    has been confirmed by Z": a placeholder "it" in the aside points back to the
    sentence's subject when that is a report or a claim, which is then what Z confirmed
    (not that it is more solid); None otherwise."""
    toks = view.tokens
    it = view.kids(v, "nsubjpass", "nsubj")
    if len(it) != 1 or toks[it[0]].text.lower() != "it":
        return None
    root = v
    while toks[root].head != root:
        root = toks[root].head
    if toks[root].lemma.lower() in CUE_VERBS:
        return None  # "The report says X, as it has been confirmed": what is confirmed is X
    for subj in view.kids(root, "nsubj", "nsubjpass"):
        if toks[subj].lemma.lower() in _TOLD and view.left[subj] >= start:
            return view.left[subj], subj
    return None


def _block_end(view: View, v: int, hi: int, end: int) -> int:
    """Last token of the cue's own phrase from ``hi`` on: its modifiers up to a comma."""
    toks = view.tokens
    j = hi
    while j + 1 < end and toks[j + 1].text != ",":
        k = j + 1
        if view.quote_of[k] >= 0 or not (view.left[v] <= k <= view.right[v]):
            return -1
        h, steps = k, 0
        while h != v and steps < 8 and toks[h].head != h:
            h, steps = toks[h].head, steps + 1
        if h != v:
            return -1
        j = k
    return j


def around_content(
    view: View,
    v: int,
    cue: tuple[int, int],
    source: tuple[int, int] | None,
    content: list[tuple[int, int]],
    quotes: set[int],
) -> list[tuple[int, int]] | None:
    """Content of a report standing between commas inside its sentence: "Y, X said,
    Z" is about Y and Z. None unless the cue and source form such an aside and the
    content found so far lies on one side of it."""
    toks = view.tokens
    sent = view.sentences[toks[v].sent]
    start, end = sent.token_start, sent.token_end
    lo, hi = cue
    if source is not None:
        lo, hi = min(lo, source[0]), max(hi, source[1])
    hi = _block_end(view, v, hi, end)
    if hi < 0 or lo - 1 <= start or hi + 2 >= end:
        return None
    if toks[lo - 1].text != "," or toks[hi + 1].text != ",":
        return None
    left = view.chars(start, lo - 2)
    right = view.chars(hi + 2, end - 1)
    if not content or not all((left[0] <= s and e <= left[1]) or right[0] <= s for s, e in content):
        return None
    for a, b in ((start, lo - 2), (hi + 2, end - 1)):
        if any(
            toks[i].head == v and toks[i].dep not in ("ccomp", "parataxis") for i in range(a, b + 1)
        ):
            return None  # "Minutes later, he said, ...": the cue's own modifier
    parts = content_from_tokens(view, start, lo - 2, quotes, v)
    parts += content_from_tokens(view, hi + 2, end - 1, quotes, v)
    return sorted(set(parts)) if len(parts) >= 2 else None


def cut_sibling_reports(view: View, cands: list[Cand]) -> None:
    """A report the parser hung inside another's content ends that content: in
    "she said he was right and called the plan a start" or "..., adding ..." the
    second verb (a conjunct or adverbial clause with no subject of its own, a cue
    itself) is her next report, not part of what she said."""
    toks = view.tokens
    tails = sorted(
        c.anchor
        for c in cands
        if c.cue is not None
        and toks[c.anchor].dep in ("conj", "advcl")
        and toks[c.anchor].lemma.lower() in CUE_VERBS
        and view.quote_of[c.anchor] < 0
        and not view.kids(c.anchor, *SUBJ_DEPS)
    )
    if not tails:
        return
    starts = [toks[b].start for b in tails]
    by_anchor = {c.anchor: c for c in cands}
    for cand in cands:
        if cand.cue is None:
            continue
        s, e = cand.content[-1]
        k = bisect.bisect_left(starts, s)
        while k < len(tails) and starts[k] < e:
            b = tails[k]
            k += 1
            head, cut = toks[b].head, toks[view.left[b]].start
            if b == cand.anchor or not s <= toks[head].start < e or cut <= s:
                continue
            if toks[view.right[b]].end < e - 2:
                continue  # not the tail of the content
            end = cut
            while end > s and (view.text[end - 1].isspace() or view.text[end - 1] in ",;"):
                end -= 1
            if view.text[s:end].endswith(" and"):
                end -= 4
            if any(ch.isalnum() for ch in view.text[s:end]):
                cand.content[-1] = (s, end)
                other = by_anchor[b]
                if other.source is not None and s <= toks[other.source[0]].start < end:
                    other.source = cand.source  # its subject was inherited from the content
            break
