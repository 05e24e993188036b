"""Whose report a report is, and what it was based on.

"According to a Vellan Courier report based on claims by the Iron Owl channel, X":
the source phrase names a document, the outlet that published it and the source
the document relied on. The report is the outlet's word, one hop, and what it
relied on one more below it: outlet -> Vellan Courier -> Iron Owl. The same holds
for "a report in the Daily Flash based on posts by ...", "the Courier's story",
"a Courier report citing ..." and "a report that quoted ...".
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from ...model import Source, SourceKind
from .lexicon import ANON_NOUNS, DOCUMENT_NOUNS, SOCIAL_NOUNS, TEXT_NOUNS
from .naming import is_outlet_title
from .sources import SourceResolver
from .view import View

__all__ = ["ReportHops", "basis_statements", "report_hops"]

# who can publish a report whose own sources matter: an outlet or a channel
_PUBLISHERS = frozenset({SourceKind.OUTLET, SourceKind.SOCIAL_MEDIA})
# "a report in the Daily Flash", "a story by the Courier", "a report from the Ledger"
_PUBLISHED_IN = frozenset({"in", "by", "from"})
_NOT_PUBLISHERS = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC", "CARDINAL", "ORDINAL"})
_CITE = frozenset({"cite", "quote"})
_BASED = frozenset({"on", "upon"})
# what a report is based on that somebody made: "claims by", "posts from", "an
# interview with"; its maker is the source below the report
_CARRIED = (
    DOCUMENT_NOUNS
    | TEXT_NOUNS
    | SOCIAL_NOUNS
    | frozenset(
        {
            "claim",
            "allegation",
            "account",
            "information",
            "testimony",
            "interview",
            "remark",
            "comment",
            "rumour",
            "rumor",
            "tip",
            "word",
            "briefing",
        }
    )
)
_MADE_BY = frozenset({"by", "from", "of", "with"})


@dataclass(frozen=True, slots=True)
class ReportHops:
    """What a report's source phrase says of it: the report ("report", "story"), who
    published it (or None) and the sources it relied on, outermost first."""

    document: str
    publisher: Source | None
    below: tuple[Source, ...]


def _name_range(view: View, head: int, stop: int) -> tuple[int, int]:
    """The tokens naming ``head``: its left edge up to the head, with the compounds and
    appositions after it ("the Telegram channel Iron Owl"), before token ``stop``."""
    hi = head
    for k in view.children[head]:
        if k > head and view.tokens[k].dep in ("compound", "appos", "flat"):
            hi = max(hi, view.right[k])
    return view.left[head], min(hi, stop - 1)


def _speaker(view: View, noun: int) -> tuple[int, int] | None:
    """Who made ``noun`` a report is based on: "claims *by the Iron Owl channel*",
    "*Iron Owl's* posts", "information *from two officials*"; or the noun itself when it
    names somebody ("based on sources in the ministry", "based on Iron Owl")."""
    toks = view.tokens
    t = toks[noun]
    if (
        t.lemma.lower() in ANON_NOUNS
        or t.pos == "PROPN"
        or t.ent_type not in ("", *_NOT_PUBLISHERS)
    ):
        return _name_range(view, noun, view.right[noun] + 1)
    if t.lemma.lower() not in _CARRIED:
        return None
    for p in view.kids(noun, "poss"):
        return view.left[p], p
    for prep in view.kids(noun, "prep"):
        if toks[prep].text.lower() not in _MADE_BY:
            continue
        for o in view.kids(prep, "pobj"):
            if toks[o].ent_type in _NOT_PUBLISHERS:
                continue
            return _name_range(view, o, view.right[o] + 1)
    return None


def _bases(view: View, head: int, a: int, b: int) -> list[tuple[int, tuple[int, int]]]:
    """(verb, speaker range) of each "based on ..." / "citing ..." / "that quoted ..."
    the report ``head`` carries, inside the phrase [a, b] or as a clause of its head."""
    toks = view.tokens
    verbs = [k for k in range(a, b + 1) if a <= toks[k].head <= b and toks[k].head != k]
    verbs += [k for k in view.kids(head, "acl", "relcl") if k > b]
    out: list[tuple[int, tuple[int, int]]] = []
    for v in verbs:
        t = toks[v]
        if t.pos != "VERB" or t.dep not in ("acl", "relcl", "advcl"):
            continue
        found: tuple[int, int] | None = None
        if t.lemma.lower() in _CITE:
            for o in view.kids(v, "dobj"):
                found = _speaker(view, o)
        elif t.lemma.lower() == "base":
            for prep in view.kids(v, "prep"):
                if toks[prep].text.lower() in _BASED:
                    for o in view.kids(prep, "pobj"):
                        found = _speaker(view, o)
        if found is not None:
            out.append((v, found))
    return out


def _publisher(view: View, resolver: SourceResolver, head: int, stop: int) -> Source | None:
    """The outlet or channel that published the report ``head``: "*a Vellan Courier*
    report", "*the Courier's* story", "a report *in the Daily Flash*"."""
    toks = view.tokens
    ranges: list[tuple[int, int]] = []
    for p in view.kids(head, "poss"):
        ranges.append((view.left[p], p))
    compounds = [k for k in view.kids(head, "compound") if k < head and toks[k].pos == "PROPN"]
    if compounds:
        ranges.append((view.left[compounds[0]], compounds[-1]))
    for prep in view.kids(head, "prep"):
        if prep >= stop or toks[prep].text.lower() not in _PUBLISHED_IN:
            continue
        for o in view.kids(prep, "pobj"):
            if toks[o].ent_type not in _NOT_PUBLISHERS:
                ranges.append(_name_range(view, o, stop))
    for lo, hi in ranges:
        while hi > lo and toks[hi].text in ("'s", "’s", "'", "’"):
            hi -= 1
        if hi < lo:
            continue
        src = resolver.resolve(lo, hi)
        if src.kind not in _PUBLISHERS and is_outlet_title(src.canonical):
            # "a Vellan Courier report": a paper's title, whatever the tagger made of it
            src = replace(src, kind=SourceKind.OUTLET)
        if src.kind in _PUBLISHERS and src.canonical[:1].isupper():
            return src
    return None


def report_hops(view: View, resolver: SourceResolver, a: int, b: int) -> ReportHops | None:
    """Hops a source phrase [a, b] headed by a report adds to a chain (None when its
    head is no report, or the phrase names neither a publisher nor a basis)."""
    head = resolver.head_of(a, b)
    if view.tokens[head].lemma.lower() not in DOCUMENT_NOUNS or view.tokens[head].pos != "NOUN":
        return None
    bases = _bases(view, head, a, b)
    stop = min([view.left[v] for v, _ in bases] + [b + 1])
    publisher = _publisher(view, resolver, head, stop)
    below = tuple(resolver.resolve(lo, hi) for _, (lo, hi) in bases[:1])
    if publisher is None and not below:
        return None
    return ReportHops(view.tokens[head].lemma.lower(), publisher, below)


def basis_statements(view: View, resolver: SourceResolver) -> list[tuple[int, Source, Source]]:
    """(char, publisher, basis) of each sentence saying what an outlet's report rests
    on: "The Courier's report was based on posts by the Telegram channel Iron Owl". What
    the article goes on to quote from Iron Owl it knows through the Courier."""
    toks = view.tokens
    out: list[tuple[int, Source, Source]] = []
    for t in toks:
        if t.lemma.lower() != "base" or t.pos != "VERB" or not view.kids(t.i, "auxpass"):
            continue
        for subj in view.kids(t.i, "nsubjpass"):
            hops = report_hops(view, resolver, view.left[subj], subj)
            if hops is None or hops.publisher is None:
                continue
            for prep in view.kids(t.i, "prep"):
                if toks[prep].text.lower() not in _BASED:
                    continue
                for o in view.kids(prep, "pobj"):
                    found = _speaker(view, o)
                    if found is not None:
                        basis = resolver.resolve(*found)
                        if basis.kind is not SourceKind.WRITER:
                            out.append((t.start, hops.publisher, basis))
    return out
