"""Attribution: who says what, through which chain of intermediaries.

``extract_attributions(article, analysis)`` finds each reported statement's
source, cue and content, resolves pronouns and descriptions to named sources,
classifies each source's kind, and nests attributions into chains from the
article's outlet down to the origin. ``AttributionStage`` wraps it for the
pipeline.
"""

from __future__ import annotations

import dataclasses

from ...model import Analysis, Article, ArticleDoc, Attribution
from .chains import build_attributions
from .rules import CueModel, find_candidates
from .sources import canonical_source, source_kind, split_role
from .tagger import load_cue_model
from .view import View

__all__ = [
    "AttributionStage",
    "canonical_source",
    "extract_attributions",
    "source_kind",
    "split_role",
]


def extract_attributions(
    article: Article, analysis: Analysis, scorer: CueModel | None = None
) -> tuple[Attribution, ...]:
    """All attributions of one article (pure: same input, same output).

    ``scorer`` decides which verbs are cues; by default the shipped cue model
    is used when present, else the hand-written lexicon.
    """
    if not analysis.tokens or not article.text.strip():
        return ()
    if scorer is None:
        scorer = load_cue_model(True)
    view = View(article.text, analysis)
    cands = find_candidates(view, scorer)
    return build_attributions(article, view, cands)


class AttributionStage:
    """Pipeline stage: adds ``attributions`` to an analysed ``ArticleDoc``."""

    name = "attribution"
    version = "1"
    requires = frozenset({"parse", "entities", "sentences"})
    provides = frozenset({"attributions"})

    def __init__(self, use_model: bool = True) -> None:
        self.use_model = use_model
        self._scorer: CueModel | None = None

    def warm_up(self) -> None:
        """Load the shipped cue model (once per process)."""
        if self._scorer is None:
            self._scorer = load_cue_model(self.use_model)

    def __call__(self, doc: ArticleDoc) -> ArticleDoc:
        if doc.analysis is None:
            found: tuple[Attribution, ...] = ()
        else:
            self.warm_up()
            found = extract_attributions(doc.article, doc.analysis, self._scorer)
        return dataclasses.replace(doc, attributions=found, done=doc.done | {self.name})
