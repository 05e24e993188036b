"""Reactions: an article that answers a story joins it.

An official denial or a no-comment published on its own ("Ministry: all vessels
accounted for ... called online reports of a sinking false") often repeats few of the
story's names, so story clustering (``stories``), tuned to tell apart two events of
the same kind, leaves it as a story of its own. Such an article is recognised by what
it does: its headline is a denial, or a sentence of it denies or declines to comment
on something it names there ("the reports", "the rumour", "the claims").

A lone reaction joins one of the stories among its nearest neighbours when

- the story began no later than the reaction (a reaction answers what came before);
- it shares some vocabulary with the story's articles (mean TF-IDF cosine at least
  ``REACTION_MIN``, far below the clustering threshold);
- and its answering sentences are close in meaning to a sentence of the story
  (cosine of the fast sentence embeddings at least ``REACTION_MEANING``): "reports of
  a sinking false" is near "the Ostra ferry sank off Vell", not near "the council
  approved a harbour budget", though all three share "Vell" and "Monday".

The story with the closest sentence wins.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence

import numpy as np
import numpy.typing as npt
from scipy import sparse

from ..model import ArticleDoc
from .prepare import DocView

__all__ = ["REACTION_MEANING", "REACTION_MIN", "REFERS", "answers", "attach_reactions"]

REACTION_MIN = 0.02  # mean TF-IDF cosine a reaction needs with the story it answers
REACTION_MEANING = 0.15  # embedding cosine of its answer to the closest story sentence
_ANSWERS = frozenset({"denied", "no_comment"})
# what an answer names: "the reports", "the rumour", "the claims"
REFERS = re.compile(
    r"\b(?:reports?|rumou?rs?|claims?|allegations?|accusations?|speculation|stor(?:y|ies)|"
    r"posts?|videos?|photos?|footage)\b",
    re.I,
)


def answers(doc: ArticleDoc) -> list[tuple[int, int]]:
    """Character spans of the sentences with which the article answers a story: a
    denial headline, and denials or no-comments that name what they answer."""
    out: list[tuple[int, int]] = []
    for c in doc.claims:
        if c.status not in _ANSWERS:
            continue
        if (c.sentence == 0 and c.status == "denied") or REFERS.search(c.text):
            out.append((c.start, c.end))
    return out


def attach_reactions(
    labels: Sequence[int],
    x: sparse.csr_matrix,
    neighbours: npt.NDArray[np.int64],
    views: Sequence[DocView],
    prior: Mapping[int, str] | None = None,
) -> list[int]:
    """``labels`` with each lone reaction moved into the story it answers. With
    ``prior`` (row -> story id from an earlier link), a reaction that already has a
    story of its own never joins another stored story: stored stories do not merge."""
    prior = prior or {}
    out = list(labels)
    size = Counter(out)
    members: dict[int, list[int]] = defaultdict(list)
    for i, lab in enumerate(out):
        members[lab].append(i)
    for i, view in enumerate(views):
        if size[out[i]] != 1:
            continue
        spans = set(answers(view.doc))
        rows = [k for k, s in enumerate(view.sentences) if (s.start, s.end) in spans]
        if not rows:
            continue
        mine = view.embeddings[rows]
        best, best_score = -1, REACTION_MEANING
        for lab in sorted({out[j] for j in neighbours[i].tolist() if j >= 0 and out[j] != out[i]}):
            story = members[lab]
            if i in prior and any(prior.get(j, prior[i]) != prior[i] for j in story):
                continue
            dates = [w for j in story if (w := views[j].when) is not None]
            if view.when is not None and dates and min(dates) > view.when:
                continue  # the story began after it: not what it answers
            if float((x[story] @ x[i].T).toarray().mean()) < REACTION_MIN:
                continue
            said = [views[j].embeddings for j in story if len(views[j].embeddings)]
            if not said:
                continue
            score = float((mine @ np.vstack(said).T).max())
            if score > best_score:
                best, best_score = lab, score
        if best >= 0:
            members[out[i]].remove(i)
            size[out[i]] -= 1
            out[i] = best
            members[best].append(i)
            size[best] += 1
    return out
