"""Stories: articles that report the same real event.

1. Each article becomes a TF-IDF vector over content words and word pairs
   (``vectors.tfidf``); its hashed sketch, joined with the article embedding,
   goes into a faiss index and each article keeps its ``k`` nearest neighbours
   (n log n with HNSW). Only those candidate pairs are ever compared.
2. Average-linkage agglomeration over the candidate graph. With unit vectors
   the mean pairwise cosine between clusters A and B equals
   ``sum(A) . sum(B) / (|A| |B|)``, so each cluster keeps the sum of its
   vectors and a merge is scored exactly, whatever its size.
3. Two stages. The first (``topic_threshold``) gathers articles on one topic;
   the second re-weighs each topic's articles with an IDF computed inside the
   topic, so the words every article of the topic shares (the champion, the
   company, "earthquake") stop counting and the ones that tell two events
   apart (the other boxer, the town, the year) count more, then clusters again
   at ``threshold``. On ECB+ this lifts event-level B-cubed F1 from ~0.94 to ~0.95.
4. Publication time, when known for both sides, lowers the score of clusters
   whose median dates lie further apart than ``window_days``.
5. Incremental: clusters holding articles of one prior story start merged and
   two prior stories never merge; new articles join them or form new stories.
"""

from __future__ import annotations

import heapq
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from scipy import sparse

__all__ = ["StoryParams", "cluster_stories", "link_stories"]


@dataclass(frozen=True, slots=True)
class StoryParams:
    threshold: float = 0.12  # mean cosine (topic-local IDF) needed to merge within a topic
    topic_threshold: float = 0.10  # mean cosine (corpus IDF) needed to merge into a topic
    k: int = 30  # candidate neighbours per article
    local_exact: int = 400  # topics up to this size compare all pairs in stage two
    local_min_df: int = 2  # stage two ignores words only one article of the topic has
    rare_weight: float = 0.3  # ...but counts this share of their names in the norm
    window_days: float = 730.0  # medians of known dates further apart: score x time_penalty
    time_penalty: float = 0.6
    close_days: float = 3.0  # medians this close: score x close_bonus
    close_bonus: float = 1.2


@dataclass(slots=True)
class _Cluster:
    idx: npt.NDArray[np.int64]  # sorted term indices of the vector sum
    val: npt.NDArray[np.float64]
    size: int
    dates: list[float]  # known publication days of the members
    locked: str | None  # prior story id
    version: int = 0


def _dot(a: _Cluster, b: _Cluster) -> float:
    _, ia, ib = np.intersect1d(a.idx, b.idx, assume_unique=True, return_indices=True)
    return float(np.dot(a.val[ia], b.val[ib]))


def _add(a: _Cluster, b: _Cluster) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.float64]]:
    idx = np.union1d(a.idx, b.idx)
    val = np.zeros(idx.shape[0], np.float64)
    val[np.searchsorted(idx, a.idx)] += a.val
    val[np.searchsorted(idx, b.idx)] += b.val
    return idx, val


def _median(xs: list[float]) -> float:
    ys = sorted(xs)
    mid = len(ys) // 2
    return ys[mid] if len(ys) % 2 else (ys[mid - 1] + ys[mid]) / 2


def _score(a: _Cluster, b: _Cluster, params: StoryParams) -> float:
    s = _dot(a, b) / (a.size * b.size)
    # medians, not ranges: one misdated member must not push a story away
    if a.dates and b.dates:
        gap = abs(_median(a.dates) - _median(b.dates))
        if gap > params.window_days:
            s *= params.time_penalty
        elif gap <= params.close_days:
            s *= params.close_bonus
    return s


def cluster_stories(
    x: sparse.csr_matrix,
    neighbours: npt.NDArray[np.int64],
    when: Sequence[float | None],
    prior: Mapping[int, str],
    params: StoryParams,
    must_link: Sequence[tuple[int, int]] = (),
    threshold: float | None = None,
) -> list[int]:
    """Cluster label (the smallest row index in the cluster) for every row of ``x``.

    ``neighbours`` holds candidate rows per row (-1 for none); ``prior`` maps a row
    to the prior story it must stay in; ``must_link`` pairs (copies) start merged
    unless they sit in two different prior stories.
    """
    cut = params.threshold if threshold is None else threshold
    n = x.shape[0]
    x = sparse.csr_matrix(x)
    x.sort_indices()
    owner = list(range(n))  # row -> cluster key
    clusters: dict[int, _Cluster] = {}
    for i in range(n):
        lo = x.indptr[i]
        hi = x.indptr[i + 1]
        w = when[i]
        clusters[i] = _Cluster(
            x.indices[lo:hi].astype(np.int64),
            x.data[lo:hi].astype(np.float64),
            1,
            [] if w is None else [w],
            prior.get(i),
        )
    members: dict[int, list[int]] = {i: [i] for i in range(n)}

    def merge(a: int, b: int) -> int:
        if a > b:
            a, b = b, a
        ca, cb = clusters[a], clusters[b]
        ca.idx, ca.val = _add(ca, cb)
        ca.size += cb.size
        ca.dates.extend(cb.dates)
        ca.locked = ca.locked or cb.locked
        ca.version += 1
        for r in members[b]:
            owner[r] = a
        members[a].extend(members.pop(b))
        del clusters[b]
        return a

    # Prior stories start merged.
    first_of: dict[str, int] = {}
    for i in sorted(prior):
        sid = prior[i]
        if sid in first_of:
            first_of[sid] = merge(owner[first_of[sid]], owner[i])
        else:
            first_of[sid] = i

    for i, j in sorted(must_link):
        a, b = owner[i], owner[j]
        la, lb = clusters[a].locked, clusters[b].locked
        if a != b and not (la and lb and la != lb):
            merge(a, b)

    adjacency: dict[int, set[int]] = {c: set() for c in clusters}
    for i in range(n):
        for j in neighbours[i]:
            j = int(j)
            if j < 0:
                continue
            a, b = owner[i], owner[j]
            if a != b:
                adjacency[a].add(b)
                adjacency[b].add(a)

    heap: list[tuple[float, int, int, int, int]] = []

    def push(a: int, b: int) -> None:
        ca, cb = clusters[a], clusters[b]
        if ca.locked and cb.locked and ca.locked != cb.locked:
            return
        s = _score(ca, cb, params)
        if s >= cut:
            lo, hi = (a, b) if a < b else (b, a)
            heapq.heappush(heap, (-s, lo, hi, clusters[lo].version, clusters[hi].version))

    for a in sorted(adjacency):
        for b in sorted(adjacency[a]):
            if a < b:
                push(a, b)

    while heap:
        _, a, b, va, vb = heapq.heappop(heap)
        if a not in clusters or b not in clusters:
            continue
        if clusters[a].version != va or clusters[b].version != vb:
            continue
        keep = merge(a, b)
        gone = b if keep == a else a
        near = (adjacency.pop(a, set()) | adjacency.pop(b, set())) - {a, b}
        adjacency[keep] = near
        for c in near:
            adjacency[c].discard(gone)
            adjacency[c].add(keep)
        for c in sorted(near):
            push(keep, c)

    return [owner[i] for i in range(n)]


def link_stories(
    counts: Sequence[Mapping[str, float]],
    x: sparse.csr_matrix,
    neighbours: npt.NDArray[np.int64],
    when: Sequence[float | None],
    prior: Mapping[int, str],
    params: StoryParams,
    must_link: Sequence[tuple[int, int]] = (),
    names: Sequence[Collection[str]] | None = None,
) -> list[int]:
    """Two-stage clustering: topics over the corpus, then events within each topic."""
    from .neighbours import knn
    from .vectors import sketch, tfidf_counts

    labels = cluster_stories(
        x, neighbours, when, prior, params, must_link, threshold=params.topic_threshold
    )
    topics: dict[int, list[int]] = {}
    for row, lab in enumerate(labels):
        topics.setdefault(lab, []).append(row)
    must_of: dict[int, list[tuple[int, int]]] = {}
    for i, j in must_link:
        if labels[i] == labels[j]:
            must_of.setdefault(labels[i], []).append((i, j))
    out = list(labels)
    for key in sorted(topics):
        rows = topics[key]
        m = len(rows)
        if m < 3:
            continue
        local = {r: li for li, r in enumerate(rows)}
        xl, vocab = tfidf_counts(
            [counts[r] for r in rows],
            params.local_min_df,
            params.rare_weight,
            [names[r] for r in rows] if names is not None else None,
        )
        if m <= params.local_exact:
            nb = np.array([[j for j in range(m) if j != i] for i in range(m)], dtype=np.int64)
        else:
            nb = knn(sketch(xl, vocab), min(params.k, m - 1))[1]
        sub = cluster_stories(
            xl,
            nb,
            [when[r] for r in rows],
            {local[r]: prior[r] for r in rows if r in prior},
            params,
            [(local[i], local[j]) for i, j in must_of.get(key, [])],
        )
        for li, r in enumerate(rows):
            out[r] = rows[sub[li]]
    return out
