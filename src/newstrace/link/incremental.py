"""Incremental linking: new articles join the stories they belong to, and only those
stories are linked again; every other story, copy and claim group is kept as it is.

The ledger keeps one vector per article (``article_vectors``, the same normalised
mean of sentence embeddings the Linker computes). New articles are matched to their
nearest stored articles; the stories of close neighbours are "touched". The Linker
then runs on the new articles plus the members of the touched stories only, with
their story ids as priors, and the result is merged into what the ledger held.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

import numpy as np
import numpy.typing as npt

from ..model import ArticleDoc, ClaimGroup, Copy, Story
from .linker import LinkResult, StoryGraph
from .neighbours import knn
from .prepare import prepare

__all__ = ["article_vectors", "decode_vector", "merge_results", "touched_stories"]

TOUCH_SIMILARITY = 0.6  # a new article within this cosine of a stored one may join its story
TOUCH_NEIGHBOURS = 10
REACTION_TOUCH = 0.1  # the same for a new article that answers a story: its nearest


def article_vectors(docs: Sequence[ArticleDoc]) -> dict[str, bytes]:
    """The article vector of each doc, as float32 bytes for the ledger."""
    return {v.id: v.vector.astype(np.float32).tobytes() for v in prepare(docs, {})}


def decode_vector(data: bytes) -> npt.NDArray[np.float32] | None:
    vec = np.frombuffer(data, dtype=np.float32)
    return vec if vec.size and np.all(np.isfinite(vec)) else None


def touched_stories(
    new: Mapping[str, bytes],
    stored: Mapping[str, bytes],
    story_of: Mapping[str, str],
    reactions: Collection[str] = (),
) -> set[str]:
    """Stories holding a stored article close to one of the new articles; for a new
    article that answers a story (``reactions``: a denial, a no-comment), a looser
    closeness, as its words are not the story's (``reactions.attach_reactions``)."""
    old_ids = [a for a in sorted(stored) if a in story_of and a not in new]
    old = [decode_vector(stored[a]) for a in old_ids]
    fresh = [(a, decode_vector(v)) for a, v in new.items()]
    pairs = [(a, v) for a, v in zip(old_ids, old, strict=True) if v is not None]
    queries = [v for _, v in fresh if v is not None]
    bars = [
        REACTION_TOUCH if a in reactions else TOUCH_SIMILARITY for a, v in fresh if v is not None
    ]
    if not pairs or not queries:
        return set()
    dim = queries[0].shape[0]
    pairs = [(a, v) for a, v in pairs if v.shape[0] == dim]
    matrix = np.vstack([v for _, v in pairs] + queries).astype(np.float32)
    k = min(TOUCH_NEIGHBOURS, len(matrix) - 1)
    if k <= 0:
        return set()
    sims, idx = knn(matrix, k)
    touched: set[str] = set()
    for row in range(len(pairs), len(matrix)):
        bar = bars[row - len(pairs)]
        for s, j in zip(sims[row].tolist(), idx[row].tolist(), strict=True):
            if 0 <= j < len(pairs) and s >= bar:
                touched.add(story_of[pairs[j][0]])
    return touched


def merge_results(
    kept_stories: Sequence[Story],
    kept_copies: Sequence[Copy],
    kept_groups: Sequence[ClaimGroup],
    kept_graphs: Mapping[str, tuple[tuple[dict[str, str], ...], tuple[dict[str, str], ...]]],
    relinked: LinkResult,
    subset: set[str],
) -> LinkResult:
    """What the ledger held outside the relinked subset, plus the relinked part."""
    redone = {s.id for s in relinked.stories}
    stories = [
        s
        for s in kept_stories
        if s.articles and not set(s.articles) & subset and s.id not in redone
    ]
    copies = [c for c in kept_copies if c.a not in subset and c.b not in subset]
    keep_ids = {s.id for s in stories}
    groups = [g for g in kept_groups if g.story in keep_ids]
    graphs = [
        StoryGraph(sid, n, e) for sid, (n, e) in sorted(kept_graphs.items()) if sid in keep_ids
    ]
    return LinkResult(
        stories=tuple(sorted([*stories, *relinked.stories], key=lambda s: s.id)),
        copies=tuple(sorted([*copies, *relinked.copies], key=lambda c: (c.a, c.b))),
        claim_groups=tuple(
            sorted([*groups, *relinked.claim_groups], key=lambda g: (g.story, g.id))
        ),
        graphs=tuple(sorted([*graphs, *relinked.graphs], key=lambda g: g.story)),
    )
