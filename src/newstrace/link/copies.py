"""Copies and rewrites between articles.

Candidates come from three places, so the cost stays near linear:

1. identical normalised texts (grouped by content id; linked as a star from the
   earliest copy, never all pairs, so 5,000 identical texts give 4,999 pairs);
2. the MinHash LSH index (near-duplicates, estimated Jaccard >= ~0.5);
3. nearest neighbours of the article vectors (rewrites: same sentences, new words);
4. direct quotations of six words or more that two articles share.

Relations, ``a`` always the earlier article:

- ``duplicate``: Jaccard >= 0.9 from the same outlet (or an outlet unknown);
- ``wire_copy``: Jaccard >= 0.9 across outlets, or 0.5 <= Jaccard < 0.9 (a copy with edits);
- ``rewrite``: below that, but the sentences align one to one (embedding cosine);
- ``shares_quotes``: neither, but the two carry the same direct quotation.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

import numpy as np

from ..model import Copy
from .diff import align, diff
from .minhash import MinHashIndex, decode, jaccard
from .prepare import DocView, earlier
from .text import names, quotes

__all__ = ["COPY_MIN", "DUPLICATE_MIN", "REWRITE_COVERAGE", "classify_pair", "find_copies"]

DUPLICATE_MIN = 0.9
COPY_MIN = 0.5
REWRITE_COVERAGE = 0.6
_MAX_LSH_HITS = 25
_MAX_EARLIER = 3


def _values(sig: bytes) -> np.ndarray:
    values = decode(sig)
    return values if values is not None else np.zeros(128, np.uint64)


def classify_pair(a: DocView, b: DocView, sim: float | None = None) -> Copy | None:
    """The copy relation between two articles, or None when they are independent."""
    if not earlier(a, b):
        a, b = b, a
    if a.text_key == b.text_key:
        j = 1.0
    else:
        j = jaccard(a.signature, b.signature) if sim is None else sim
    same_outlet = not a.outlet or not b.outlet or a.outlet == b.outlet
    if j >= DUPLICATE_MIN:
        relation = "duplicate" if same_outlet else "wire_copy"
        changes = (
            () if j == 1.0 else diff(a.sentences, b.sentences, align(a.embeddings, b.embeddings))
        )
        return Copy(a.id, b.id, relation, round(j, 4), changes)
    alignment = align(
        a.embeddings,
        b.embeddings,
        names_a=[names(s.text) for s in a.sentences],
        names_b=[names(s.text) for s in b.sentences],
    )
    if j >= COPY_MIN:
        return Copy(a.id, b.id, "wire_copy", round(j, 4), diff(a.sentences, b.sentences, alignment))
    shorter = min(len(a.sentences), len(b.sentences))
    if (
        shorter
        and alignment.coverage >= REWRITE_COVERAGE
        and len(alignment.pairs) >= min(2, shorter)
    ):
        score = alignment.coverage * alignment.mean_similarity
        return Copy(
            a.id, b.id, "rewrite", round(score, 4), diff(a.sentences, b.sentences, alignment)
        )
    shared = quotes(a.doc.article.text) & quotes(b.doc.article.text)
    if shared:
        return Copy(
            a.id,
            b.id,
            "shares_quotes",
            round(j, 4),
            tuple({"type": "shared_quote", "text": q} for q in sorted(shared)),
        )
    return None


def find_copies(
    views: Sequence[DocView],
    signatures_index: MinHashIndex | None = None,
    neighbour_pairs: Iterable[tuple[int, int]] = (),
) -> list[Copy]:
    """All copy relations among ``views`` (sorted by a, b)."""
    by_id = {v.id: v for v in views}
    copies: dict[tuple[str, str], Copy] = {}

    # 1. identical texts: a star from the earliest copy.
    groups: dict[str, list[DocView]] = defaultdict(list)
    for v in views:
        groups[v.text_key].append(v)
    reps: list[DocView] = []
    for key in groups:
        members = sorted(groups[key], key=lambda v: (v.when is None, v.when or 0.0, v.id))
        reps.append(members[0])
        for other in members[1:]:
            c = classify_pair(members[0], other, 1.0)
            if c is not None:
                copies[(c.a, c.b)] = c
    reps.sort(key=lambda v: (v.when is None, v.when or 0.0, v.id))
    rep_of = {
        v.id: min(groups[v.text_key], key=lambda m: (m.when is None, m.when or 0.0, m.id)).id
        for v in views
    }

    # 2. near-duplicates through LSH: each article keeps its few best earlier matches
    #    (a family of n near-copies costs O(n) pairs, not n^2).
    index = signatures_index or MinHashIndex(threshold=COPY_MIN)
    for v in reps:
        index.add(v.id, v.signature)
    candidates: set[tuple[str, str]] = set()
    if reps:
        row = {v.id: i for i, v in enumerate(reps)}  # reps are in time order
        mat = np.stack([_values(v.signature) for v in reps])
        for i, v in enumerate(reps):
            hits = np.fromiter(
                (row[h] for h in index.query_keys(v.signature) if h in row and row[h] < i), np.int64
            )
            if hits.size == 0:
                continue
            agree = (mat[hits] == mat[i]).sum(axis=1)
            best = np.lexsort((hits, -agree))[:_MAX_EARLIER]
            for r in hits[best].tolist():
                a_id, b_id = reps[r].id, v.id
                candidates.add((a_id, b_id) if a_id < b_id else (b_id, a_id))

    # 3. rewrites: close article vectors.
    for i, j in neighbour_pairs:
        a, b = rep_of[views[i].id], rep_of[views[j].id]
        if a != b:
            candidates.add((a, b) if a < b else (b, a))

    # 4. shared direct quotations (a star from the earliest carrier of each quote).
    carriers: dict[str, list[DocView]] = defaultdict(list)
    for v in reps:
        for q in quotes(v.doc.article.text):
            carriers[q].append(v)
    for q in sorted(carriers):
        holders = sorted(carriers[q], key=lambda v: (v.when is None, v.when or 0.0, v.id))
        for other in holders[1 : _MAX_LSH_HITS + 1]:
            a, b = holders[0].id, other.id
            candidates.add((a, b) if a < b else (b, a))

    for a_id, b_id in sorted(candidates):
        c = classify_pair(by_id[a_id], by_id[b_id])
        if c is not None:
            copies[(c.a, c.b)] = c
    return [copies[k] for k in sorted(copies)]
