"""Nesting candidates into chains and turning them into ``Attribution`` records.

A candidate whose cue (or, without a cue, its source) lies inside another's
content is a hop below it: "According to The Sun, the channel claims that X"
gives The Sun -> the channel -> X. The outer attribution is marked ``hop``;
its claim is the inner one's. Chains run from the article's outlet (or
"writer") down to the origin.
"""

from __future__ import annotations

import bisect
from dataclasses import replace

from ...analyse.patterns import PLATFORMS
from ...model import Article, Attribution, Source, SourceKind, Span, content_id
from .lexicon import (
    ANON_NOUNS,
    DOCUMENT_NOUNS,
    GOVERNMENT_NOUNS,
    OUTLET_NOUNS,
    PERSON_NOUNS,
    SOCIAL_NOUNS,
)
from .rules import Cand
from .sources import SourceResolver
from .view import View

__all__ = ["build_attributions"]

MAX_DEPTH = 8  # hops below the outlet; deeper nesting (run-on parses) starts anew
_MAX_LOOKBACK = 64  # candidates scanned backwards when looking for a parent


def _anchor_char(view: View, cand: Cand) -> int:
    return view.tokens[cand.anchor].start


def _parents(view: View, cands: list[Cand]) -> list[int]:
    """For each candidate, the index of the innermost candidate holding it, else -1."""
    starts = [c.content[0][0] for c in cands]  # cands are sorted by content start
    out = [-1] * len(cands)
    for i, cand in enumerate(cands):
        pos = _anchor_char(view, cand)
        best, best_len = -1, 1 << 62
        j = bisect.bisect_right(starts, pos) - 1
        scanned = 0
        while j >= 0 and scanned < _MAX_LOOKBACK:
            scanned += 1
            other = cands[j]
            if j != i and any(s <= pos < e for s, e in other.content):
                size = other.content[-1][1] - other.content[0][0]
                own = _anchor_char(view, other)
                inside_me = any(s <= own < e for s, e in cand.content)
                if not inside_me and size < best_len:
                    best, best_len = j, size
            j -= 1
        out[i] = best
    # Break any cycle the rules might have made, and cap the depth of chains.
    state = [0] * len(cands)  # 0 unseen, 1 on the current walk, 2 finished
    for i in range(len(cands)):
        path: list[int] = []
        j = i
        while j >= 0 and state[j] == 0:
            state[j] = 1
            path.append(j)
            j = out[j]
        if j >= 0 and state[j] == 1:
            out[j] = -1  # j closes a cycle: cut it there
        for node in path:
            state[node] = 2
    depth = [0] * len(cands)
    for i in _depth_order(out):
        if out[i] >= 0:
            if depth[out[i]] + 1 >= MAX_DEPTH:
                out[i] = -1
            else:
                depth[i] = depth[out[i]] + 1
    return out


def _depth_order(parents: list[int]) -> list[int]:
    """Indices ordered so that every parent comes before its children (acyclic input)."""
    depth = [-1] * len(parents)
    for i in range(len(parents)):
        path: list[int] = []
        j = i
        while j >= 0 and depth[j] < 0 and len(path) <= len(parents):
            path.append(j)
            j = parents[j]
        d = depth[j] if j >= 0 else -1
        for node in reversed(path):
            d += 1
            depth[node] = d
    return sorted(range(len(parents)), key=lambda i: (depth[i], i))


def build_attributions(article: Article, view: View, cands: list[Cand]) -> tuple[Attribution, ...]:
    """Resolve sources, nest candidates and build the article's attributions."""
    text = article.text
    resolver = SourceResolver(view)
    parents = _parents(view, cands)
    has_child = {p for p in parents if p >= 0}
    root_name = article.outlet or "writer"
    root_kind = SourceKind.OUTLET.value if article.outlet else SourceKind.WRITER.value
    sources: dict[int, Source | None] = {}
    chains: dict[int, tuple[tuple[str, ...], tuple[str, ...]]] = {}
    ids: dict[int, str] = {}
    built: dict[int, Attribution] = {}
    seen_ids: set[str] = set()
    for i in _depth_order(parents):
        cand = cands[i]
        p = parents[i]
        parent_source = sources.get(p) if p >= 0 else None
        source = resolver.resolve(*cand.source, parent=parent_source) if cand.source else None
        sources[i] = source
        names, kinds = chains[p] if p >= 0 else ((root_name,), (root_kind,))
        if source is not None:
            names, kinds = (*names, source.canonical), (*kinds, source.kind.value)
        chains[i] = (names, kinds)
        start, end = cand.content[0][0], cand.content[-1][1]
        cue = None
        if cand.cue is not None:
            cs, ce = view.chars(*cand.cue)
            cue = Span(cs, ce, text[cs:ce])
        aid = content_id(article.id, "attr", start, end, cue.start if cue else -1)
        if aid in seen_ids:
            continue
        seen_ids.add(aid)
        ids[i] = aid
        parts = (
            tuple(Span(s, e, text[s:e]) for s, e in cand.content) if len(cand.content) > 1 else ()
        )
        built[i] = Attribution(
            id=aid,
            source=source,
            cue=cue,
            content=Span(start, end, text[start:end]),
            chain=names,
            chain_kinds=kinds,
            kind=cand.kind,
            parent=ids.get(p) if p >= 0 else None,
            sentence=cand.sent,
            content_parts=parts,
            hop=i in has_child,
        )
    ordered = [built[i] for i in sorted(built, key=lambda i: (built[i].content.start, i))]
    return tuple(_inherit_relays(_platform_to_channel(_fold_citations(view, resolver, ordered))))


def _platform_to_channel(atts: list[Attribution]) -> list[Attribution]:
    """A bare platform or an unnamed channel given as a source ("According to the Sun,
    Telegram claims X", "..., Telegram channel claims") is the one channel or account the
    article names ("... the Iron Owl channel stated"): the platform does not speak, its
    channels do. With no named channel, or several, the description stays."""
    social = SourceKind.SOCIAL_MEDIA.value
    named = {
        a.chain[-1]
        for a in atts
        if a.chain_kinds[-1:] == (social,)
        and a.chain[-1] not in PLATFORMS
        and a.chain[-1][:1].isupper()
    }
    if len(named) != 1:
        return atts
    (channel,) = named

    def unnamed(n: str) -> bool:  # "Telegram", "telegram channel", "the channel"
        return n in PLATFORMS or not n[:1].isupper()

    out = []
    for a in atts:
        if len(a.chain) == len(a.chain_kinds) and any(
            unnamed(n) and k == social for n, k in zip(a.chain, a.chain_kinds, strict=True)
        ):
            chain = tuple(
                channel if unnamed(n) and k == social else n
                for n, k in zip(a.chain, a.chain_kinds, strict=True)
            )
            source = a.source
            if source is not None and unnamed(source.canonical):
                source = replace(source, canonical=channel, role=source.role or source.canonical)
            a = replace(a, chain=chain, source=source)
        out.append(a)
    return out


def _inherit_relays(atts: list[Attribution]) -> list[Attribution]:
    """An origin the article first heard through another outlet stays behind it:
    "According to the Beacon, the channel Iron Owl claims X. ... Iron Owl said Y"
    gives outlet -> Beacon -> Iron Owl for Y too, since the article relays the
    Beacon's report of the channel (and so the claim is not independent of it)."""
    relay: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}
    out: list[Attribution] = []
    for a in sorted(atts, key=lambda a: a.cue.start if a.cue else a.content.start):
        if len(a.chain) >= 3 and SourceKind.OUTLET.value in a.chain_kinds[1:-1]:
            relay.setdefault(a.chain[-1], (a.chain[:-1], a.chain_kinds[:-1]))
        elif (
            len(a.chain) == 2
            and a.source is not None
            and a.source.kind is not SourceKind.WRITER
            and a.chain[-1] in relay
        ):
            names, kinds = relay[a.chain[-1]]
            a = replace(a, chain=(*names, a.chain[-1]), chain_kinds=(*kinds, a.chain_kinds[-1]))
        out.append(a)
    return sorted(out, key=lambda a: (a.content.start, a.id))


_CITING = frozenset({"citing", "quoting", "cited", "quoted", "cites", "quotes"})
# what a report can cite as its own source: a name, or a noun for a source
_SOURCE_LABELS = frozenset({"PERSON", "ORG", "OUTLET", "CHANNEL", "GOV", "PLATFORM", "NORP", "GPE"})
_SOURCE_NOUNS = (
    ANON_NOUNS | DOCUMENT_NOUNS | OUTLET_NOUNS | SOCIAL_NOUNS | GOVERNMENT_NOUNS | PERSON_NOUNS
)


def _names_a_source(view: View, toks: list[int]) -> bool:
    """Tokens ``toks`` name somebody or something that speaks ("Iron Owl", "a ministry
    official", "a leaked memo"), not a reason ("citing rising costs")."""
    words = view.tokens
    if any(words[i].ent_type in _SOURCE_LABELS for i in toks):
        return True
    heads = [i for i in toks if not toks[0] <= words[i].head <= toks[-1] or words[i].head == i]
    return any(words[i].lemma.lower() in _SOURCE_NOUNS for i in heads)


def _fold_citations(
    view: View, resolver: SourceResolver, atts: list[Attribution]
) -> list[Attribution]:
    """ "X reported ..., citing Y": Y is one more hop below X, not a statement of its own.

    The "citing" attribution is dropped and X's attribution in the same sentence gets
    Y appended to its chain, so its origin becomes Y.
    """
    out = list(atts)
    for cite in atts:
        if cite.cue is None or cite.cue.text.lower() not in _CITING or cite.source is None:
            continue
        hosts = [
            k
            for k, a in enumerate(out)
            if a is not cite
            and a.sentence == cite.sentence
            and a.source is not None
            and a.source.canonical == cite.source.canonical
            and (a.cue is None or a.cue.text.lower() not in _CITING)
        ]
        toks = [
            t.i for t in view.tokens if cite.content.start <= t.start and t.end <= cite.content.end
        ]
        if not hosts or not toks or not _names_a_source(view, toks):
            continue
        cited = resolver.resolve(toks[0], toks[-1])
        for k in hosts:
            host = out[k]
            out[k] = replace(
                host,
                chain=(*host.chain, cited.canonical),
                chain_kinds=(*host.chain_kinds, cited.kind.value),
            )
        out.remove(cite)
    return out
