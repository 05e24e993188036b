"""Shared pieces of the attribution rules: the candidate record, the cue-model
interface with its rules-only implementation, and the constants the rules share."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Protocol

from .lexicon import CUE_VERBS
from .view import View

__all__ = [
    "CLAUSE_DEPS",
    "MAX_CONTENT",
    "NEEDS_CLAUSE",
    "QUOTE_WINDOW",
    "SPEECH_VERBS",
    "STATEMENT_NOUNS",
    "SUBJ_DEPS",
    "Cand",
    "CueModel",
    "CueScorer",
    "LexiconCues",
    "is_candidate",
    "words",
]


def words(text: str) -> frozenset[str]:
    """The white-space separated words of ``text`` as a set."""
    return frozenset(text.split())


class CueModel(Protocol):
    """Decides which verbs are cues, how far a cue reaches and which child is content.

    ``score`` is a probability-like value where 0.5 is the cut; the child
    methods return None when they have no opinion (then the rules decide).
    """

    def score(self, view: View, i: int) -> float: ...

    def cue_span(self, view: View, h: int) -> tuple[int, int] | None: ...

    def subject_rate(self, view: View, v: int, x: int) -> float | None: ...

    def cue_child(self, view: View, c: int) -> float | None: ...

    def content_child(self, view: View, c: int) -> float | None: ...

    def content_part(self, view: View, c: int) -> float | None: ...


CueScorer = CueModel  # the name used in the public signature


class LexiconCues:
    """The rules-only model: the hand-written verb lexicon, no learned tables."""

    def score(self, view: View, i: int) -> float:
        return 1.0 if view.tokens[i].lemma.lower() in CUE_VERBS else 0.0

    def cue_span(self, view: View, h: int) -> tuple[int, int] | None:
        return None

    def subject_rate(self, view: View, v: int, x: int) -> float | None:
        return None

    def cue_child(self, view: View, c: int) -> float | None:
        return None

    def content_child(self, view: View, c: int) -> float | None:
        return None

    def content_part(self, view: View, c: int) -> float | None:
        return None


def is_candidate(view: View, i: int) -> bool:
    """Tokens that may head a verb cue: verbs not used as modifiers or auxiliaries."""
    t = view.tokens[i]
    if t.pos in ("NOUN", "PROPN"):  # "the channel claims that ..." tagged as a noun
        return bool(view.kids(i, "nsubj")) and bool(view.kids(i, "ccomp"))
    return t.pos in ("VERB", "AUX") and t.dep not in ("amod", "compound", "aux", "auxpass")


# Verbs that are cues only with a clause or a quote, never with a plain object.
NEEDS_CLAUSE = words(
    "find show indicate point continue read call add answer question expect hope see"
)
STATEMENT_NOUNS = words(
    "statement interview post tweet letter email video speech release message op-ed"
)
CLAUSE_DEPS = ("ccomp", "xcomp")
# a dateline opening a story's first paragraph: "VELL (Harbor Times) — ", "PORT ALDER — "
DATELINE = re.compile(
    r"[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}(?:, [A-Z][\w.]*){0,2}"
    r"(?: \([^()\n]{1,60}\))? ?(?:--|[—–-]) ?"
)
# Verbs of speaking: a quote next to them is what they report.
SPEECH_VERBS = words(
    "say tell add write ask reply respond answer explain continue insist tweet post declare "
    "note warn recall joke quip shout yell scream whisper remark state argue"
)
QUOTE_WINDOW = 60  # tokens either side of a cue searched for its quote
MAX_CONTENT = 3000  # characters; longer contents (run-on parses) are cut
SUBJ_DEPS = ("nsubj", "nsubjpass", "csubj")


@dataclass(slots=True)
class Cand:
    """A candidate attribution (token ranges inclusive, char ranges half-open)."""

    cue: tuple[int, int] | None
    source: tuple[int, int] | None
    content: list[tuple[int, int]]  # character ranges, in order
    kind: str
    sent: int
    anchor: int  # the token that decides nesting (the cue or the source head)
    quotes: set[int] = field(default_factory=set)  # quote regions used
    forced: bool = False  # taken only because it is nested in a quote (a chain hop)
