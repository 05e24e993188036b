"""The data model: frozen records that flow one way through the pipeline.

Every span is a pair of character offsets ``(start, end)`` into the text of the
article it belongs to, so ``article.text[start:end] == span.text`` always holds.
Stages never mutate a record; they return new ones (``dataclasses.replace``).
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass, field
from enum import StrEnum

__all__ = [
    "Analysis",
    "Article",
    "ArticleDoc",
    "Attribution",
    "Claim",
    "ClaimGroup",
    "ClaimMember",
    "Copy",
    "Entity",
    "Opinion",
    "Quantity",
    "Sentence",
    "Source",
    "SourceKind",
    "Span",
    "Status",
    "Story",
    "Token",
    "content_id",
    "normalise_text",
]


def normalise_text(text: str) -> str:
    """Normalisation used for content ids: NFKC, lower case, whitespace folded."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(folded.split())


def content_id(*parts: object, size: int = 16) -> str:
    """A stable hex id derived from content (re-running yields the same id)."""
    h = hashlib.sha256()
    for part in parts:
        h.update(str(part).encode("utf-8", "surrogatepass"))
        h.update(b"\x1f")
    return h.hexdigest()[:size]


class SourceKind(StrEnum):
    PERSON = "person"
    GOVERNMENT = "government"
    ORGANISATION = "organisation"
    OUTLET = "outlet"
    SOCIAL_MEDIA = "social_media"
    DOCUMENT = "document"
    ANONYMOUS = "anonymous"
    WRITER = "writer"


class Status(StrEnum):
    CONFIRMED = "confirmed"
    ATTRIBUTED = "attributed"
    ALLEGED = "alleged"
    RUMOUR = "rumour"
    DENIED = "denied"
    NO_COMMENT = "no_comment"
    SPECULATIVE = "speculative"
    UNATTRIBUTED = "unattributed"
    OPINION = "opinion"


@dataclass(frozen=True, slots=True)
class Article:
    """One news article as ingested. ``id`` is a hash of the normalised text."""

    id: str
    text: str
    title: str = ""
    outlet: str = ""
    url: str = ""
    published: str | None = None  # ISO 8601 date or datetime when known
    author: str = ""
    origin: str = ""  # where it was read from: a path, "path:line", a URL or "-"

    @staticmethod
    def make_id(text: str) -> str:
        return content_id(normalise_text(text))

    @property
    def home(self) -> str:
        """Who published it, for counting outlets and origins: the outlet, or for an
        article naming none, a name of its own (where it was read from: "no outlet:
        pier.txt"), so that two such articles count as two outlets."""
        if self.outlet:
            return self.outlet
        where = self.origin.replace("\\", "/").rsplit("/", 1)[-1]  # "pier.txt", "feed.jsonl:3"
        if where in ("", "-") or where.startswith("-:"):
            where = self.id[:12]  # stdin names nothing
        return f"no outlet: {where}"


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Token:
    """One token of the parse. ``head`` is the index of the head token in the doc."""

    i: int
    start: int
    end: int
    text: str
    lemma: str
    pos: str
    tag: str
    dep: str
    head: int
    ent_type: str  # "" outside entities
    ent_iob: str  # "B", "I" or "O"
    sent: int  # index of the sentence holding the token
    ws: bool = True  # followed by white space


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    start: int
    end: int
    token_start: int  # first token index
    token_end: int  # one past the last token index


@dataclass(frozen=True, slots=True)
class Entity:
    start: int
    end: int
    label: str
    text: str
    token_start: int
    token_end: int


@dataclass(frozen=True, slots=True)
class Analysis:
    """What the language analysis found: tokens with their parse, sentences, entities."""

    tokens: tuple[Token, ...]
    sentences: tuple[Sentence, ...]
    entities: tuple[Entity, ...]
    noun_chunks: tuple[tuple[int, int], ...]  # token ranges [start, end)
    model: str = ""


@dataclass(frozen=True, slots=True)
class Source:
    """Who a statement is attributed to. ``span`` is None for sources outside the text."""

    span: Span | None
    kind: SourceKind
    canonical: str
    role: str = ""  # title or role when given, e.g. "Rep." or "Southern Command chief"


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who says what: source, cue and content, and the chain down to the origin.

    ``chain`` lists canonical names from the reporting outlet down to the origin.
    ``parent`` is the id of the attribution whose content holds this one (a hop).
    """

    id: str
    source: Source | None  # None: the writer asserts it
    cue: Span | None
    content: Span
    chain: tuple[str, ...] = ()
    chain_kinds: tuple[str, ...] = ()
    kind: str = "indirect"  # direct | indirect | mixed | according_to | noun_phrase
    parent: str | None = None
    sentence: int = 0
    # Added for attribution (issue 3): the pieces of a discontinuous content
    # ("“A,” he said, “B.”" or a quote running over paragraphs), each a Span;
    # empty when ``content`` is one piece. ``content`` is then their hull.
    content_parts: tuple[Span, ...] = ()
    # True when the content holds a nested attribution: a hop in a chain, whose
    # claim is carried by the child attribution rather than by this one.
    hop: bool = False


@dataclass(frozen=True, slots=True)
class Quantity:
    start: int
    end: int
    text: str
    low: float | None
    high: float | None
    unit: str
    kind: str  # money | percent | count | duration | number | ...


@dataclass(frozen=True, slots=True)
class Claim:
    id: str
    start: int
    end: int
    text: str
    sentence: int
    checkworthiness: float
    status: str
    source: str | None = None  # canonical name of the origin source, None for the writer
    attribution: str | None = None  # id of the attribution it comes through
    quantities: tuple[Quantity, ...] = ()
    entities: tuple[str, ...] = ()
    cues: tuple[str, ...] = ()  # the words that decided the status


@dataclass(frozen=True, slots=True)
class Opinion:
    start: int
    end: int
    text: str
    score: float
    loaded: tuple[Span, ...] = ()
    holder: str = "writer"  # writer | quoted


@dataclass(frozen=True, slots=True)
class ArticleDoc:
    """An article with everything the per-article stages found in it."""

    article: Article
    analysis: Analysis | None = None
    attributions: tuple[Attribution, ...] = ()
    claims: tuple[Claim, ...] = ()
    opinions: tuple[Opinion, ...] = ()
    done: frozenset[str] = field(default_factory=frozenset)  # names of stages run


@dataclass(frozen=True, slots=True)
class Story:
    id: str
    articles: tuple[str, ...]
    title: str = ""


@dataclass(frozen=True, slots=True)
class Copy:
    a: str
    b: str
    relation: str  # duplicate | wire_copy | rewrite | shares_quotes
    similarity: float
    changes: tuple[dict[str, object], ...] = ()


@dataclass(frozen=True, slots=True)
class ClaimMember:
    article: str
    claim: str
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class ClaimGroup:
    id: str
    story: str
    text: str
    members: tuple[ClaimMember, ...]
    outlets: tuple[str, ...]
    origins: tuple[str, ...]
    relation: str  # agree | contradict | mixed | single
    first_reported: str | None = None  # article id of the earliest reporter
    circular: bool = False
