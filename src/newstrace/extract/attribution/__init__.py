"""Attribution: who says what, through which chain of intermediaries.

``extract_attributions(article, analysis)`` finds each reported statement's
source, cue and content, resolves pronouns and descriptions to named sources,
classifies each source's kind, and nests attributions into chains from the
article's outlet down to the origin. ``AttributionStage`` wraps it for the
pipeline.

Modules: ``quotes`` (quotation regions, linear time), ``view`` (indexes over
the parse), ``rules`` (candidates: reporting verbs, "according to", noun cues,
"the post read", cue-less quotes), ``signatures`` (quotes signed "― Name",
speaker labels "Name: ..." in headlines and transcripts), ``asides``
(reports standing inside their content: "Y, X said, Z"), ``complements``
(contents held by a cue's complement: "are concerned that X"), ``subjects``
(the source phrase of a cue verb and its bounds), ``naming`` (kinds and
canonical names from a name alone), ``sources`` (pronoun and description
resolution in one article), ``chains`` (nesting,
chains, ids), ``tagger`` (the learned cue model), ``extent`` (the learned cue
extent), ``corpus`` (PolNeAR reading, for eval and training only).

Learned versus rules. Learned from PolNeAR train (``tagger``, ``extent``,
``train/train_attribution.py``): which verbs head a cue (a logistic regression,
because PolNeAR's notion of a cue is broad, hundreds of stance and speech
verbs, and a lexicon plateaus far below it), how far a cue reaches ("has also
said", "called for", "made little secret of": a second logistic regression over
the tokens around the head), which dependent is the content (rate tables keyed
by dependency and word) and whether the subject belongs to the content rather
than being the source ("X is expected to", "X was named": a rate table by verb
and voice). Rules: quotes, "according to", noun cues, signatures and speaker
labels, the text-noun cue, continuation and cue-less quotes, source spans,
kinds, canonical names, coreference, nesting and chains, because PolNeAR cannot
teach them: it is univocal (it never annotates a report nested inside another)
and it records no source kinds, names or links between mentions; and because
PolNeAR's span boundaries (which trailing clause a content keeps) proved too
inconsistent to learn beyond what the rate tables already capture.
"""

from __future__ import annotations

import dataclasses

from ...model import Analysis, Article, ArticleDoc, Attribution
from .chains import build_attributions
from .naming import canonical_source, source_kind, split_role
from .rules import CueModel, find_candidates
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
