"""Sources named by a description that points elsewhere in the article: "the group"
(the Facebook group the article introduced), a headline's bare "authority", "Senator"
or "poll" (the one body, senator or authored document the body names in full), and a
document by its author ("a poll published by the Kelby Water Authority on Monday").

Helpers of ``sources.SourceResolver``, which calls ``introduced`` and
``headline_body`` before its own resolution, and ``authored`` after it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...model import Source, SourceKind, Span
from .lexicon import (
    DOCUMENT_NOUNS,
    GOVERNMENT_NOUNS,
    ORGANISATION_NOUNS,
    OUTLET_NOUNS,
    PERSON_NOUNS,
)
from .naming import canonical_source, source_kind

if TYPE_CHECKING:
    from .sources import SourceResolver

__all__ = ["authored", "headline_body", "introduced"]

_AUTHOR_LABELS = frozenset({"ORG", "GOV", "PERSON", "OUTLET"})


def introduced(r: SourceResolver, a: int, b: int) -> Source | None:
    """An unnamed "group" or "page" is the channel the article introduced with that
    noun: "the group claimed" after "a Facebook group called Kelby Watch", and a
    headline's "..., says parents' group" before it, when only one goes by it."""
    if not r.intros:
        return None
    view = r.view
    toks = view.tokens
    head = r.head_of(a, b)
    if toks[head].pos != "NOUN" or any(
        toks[i].pos == "PROPN" or view.entity_of[i] >= 0 for i in range(a, b + 1)
    ):
        return None  # "the Lions group", "Facebook": a name of its own
    noun = toks[head].lemma.lower()
    named = [x for x in r.intros if x[1] == noun]
    before = [x for x in named if x[0] < toks[a].start]
    if not before and len({x[2] for x in named}) != 1:
        return None
    start, end = view.chars(a, b)
    text = view.text[start:end]
    name = (before or named)[-1][2]
    return Source(Span(start, end, text), SourceKind.SOCIAL_MEDIA, name, canonical_source(text))


def headline_body(r: SourceResolver, a: int, b: int) -> Source | None:
    """A headline's bare "authority" or "ministry" ("Water is safe, authority says")
    is the body the article names with that word ("the Kelby Water Authority"), when
    it names only one; so is a bare "tabloid" or "paper" ("the Morning Lamp tabloid")."""
    view = r.view
    toks = view.tokens
    line_end = view.text.find("\n")
    if toks[a].sent != 0 or line_end < 0 or toks[b].end > line_end:
        return None
    head = r.head_of(a, b)
    noun = toks[head].lemma.lower()
    if noun in DOCUMENT_NOUNS and b == head and toks[head].pos == "NOUN":
        return _headline_document(r, a, b, noun, line_end)
    titled = any(lo <= toks[a].start < hi for lo, hi in r.headlines)  # all capitals
    if noun in PERSON_NOUNS and not any(
        toks[i].text[:1].isupper() and not titled and i != head for i in range(a, b + 1)
    ):
        return _titled_person(r, a, b, noun, line_end)
    bare = all(i == head or toks[i].dep == "det" for i in range(a, b + 1))
    if noun in OUTLET_NOUNS and toks[head].pos in ("NOUN", "PROPN") and bare:
        return _titled_outlet(r, a, b, noun, line_end)  # "..., Tabloid Says"
    if (
        toks[head].pos not in ("NOUN", "PROPN")
        or noun not in GOVERNMENT_NOUNS | ORGANISATION_NOUNS
        or any(
            (toks[i].text[:1].isupper() and not titled)
            or toks[i].pos == "ADJ"
            or view.entity_of[i] >= 0
            for i in range(a, b + 1)
        )
    ):
        return None  # "Kelby authority", "regional ministry": named or narrowed
    names = {
        canonical_source(e.text): e
        for e in view.entities
        if e.start > line_end
        and e.label in ("ORG", "GOV")
        and e.text.lower().split()[-1:] in ([noun], [noun + "s"])
    }
    if len(names) != 1:
        return None
    ((name, ent),) = names.items()
    start, end = view.chars(a, b)
    span = Span(start, end, view.text[start:end])
    return Source(span, source_kind(ent.text, ent.label), name, canonical_source(span.text))


def _titled_person(r: SourceResolver, a: int, b: int, noun: str, after: int) -> Source | None:
    """A headline's "Senator says" is the one person the body gives that title
    ("Senator Ada Kessler of Northmarch said ...")."""
    view = r.view
    toks = view.tokens
    names = {
        canonical_source(r.person_name(e.text))
        for e in view.entities
        if e.start > after
        and e.label == "PERSON"
        and e.token_start > 0
        and toks[e.token_start - 1].text.lower().rstrip(".") in (noun, noun[:3])
    }
    if len(names) != 1:
        return None
    start, end = view.chars(a, b)
    span = Span(start, end, view.text[start:end])
    return Source(span, SourceKind.PERSON, names.pop(), canonical_source(span.text))


def authored(r: SourceResolver, src: Source, a: int, b: int) -> Source:
    """A document by its named author: "a poll published by the Kelby Water Authority
    on Monday" and "a poll by the Kelby Water Authority" are the Authority's word (kind
    document, role "poll"), one origin however the articles word it; a report by an
    outlet is the outlet's. Unchanged when no named body or person wrote it."""
    if src.kind is not SourceKind.DOCUMENT or src.canonical[:1].isupper():
        return src
    view = r.view
    toks = view.tokens
    for i in range(a, b + 1):
        if toks[i].text.lower() not in ("by", "from") or toks[i].dep not in ("prep", "agent"):
            continue
        for o in view.kids(i, "pobj"):
            k = view.entity_of[o]
            if not a <= o <= b or k < 0 or view.entities[k].label not in _AUTHOR_LABELS:
                continue
            ent = view.entities[k]
            kind = source_kind(ent.text, ent.label)
            name = r.person_name(ent.text) if ent.label == "PERSON" else canonical_source(ent.text)
            if kind is SourceKind.OUTLET:
                return Source(src.span, kind, name, src.role)
            return Source(src.span, SourceKind.DOCUMENT, name, toks[r.head_of(a, b)].lemma.lower())
    return src


def _headline_document(r: SourceResolver, a: int, b: int, noun: str, after: int) -> Source | None:
    """A headline's bare "poll" or "report" ("Residents split, poll shows") is the one
    document of that kind the body names with its author ("a poll by the Kelby Water
    Authority")."""
    view = r.view
    by = re.compile(r"\b" + noun + r"s?\b[^.;:\n]{0,40}\b(?:by|from)\s+(?:the\s+)?$", re.I)
    names = {
        canonical_source(e.text)
        for e in view.entities
        if e.start > after
        and e.label in _AUTHOR_LABELS - {"PERSON"}
        and by.search(view.text[max(after, e.start - 60) : e.start])
    }
    if len(names) != 1:
        return None
    start, end = view.chars(a, b)
    return Source(Span(start, end, view.text[start:end]), SourceKind.DOCUMENT, names.pop(), noun)


def _titled_outlet(r: SourceResolver, a: int, b: int, noun: str, after: int) -> Source | None:
    """A headline's "..., Tabloid Says" is the one paper the body calls by that noun
    ("the Morning Lamp tabloid")."""
    view = r.view
    toks = view.tokens
    names = set()
    for t in toks:
        if t.start <= after or t.lemma.lower() != noun or t.pos != "NOUN":
            continue
        title = [i for i in view.kids(t.i, "compound") if i < t.i and toks[i].pos == "PROPN"]
        if title:
            s, e = view.chars(view.left[title[0]], title[-1])
            names.add(canonical_source(view.text[s:e]))
    if len(names) != 1:
        return None
    start, end = view.chars(a, b)
    span = Span(start, end, view.text[start:end])
    return Source(span, SourceKind.OUTLET, names.pop(), canonical_source(span.text).lower())
