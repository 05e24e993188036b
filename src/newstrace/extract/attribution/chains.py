"""Nesting candidates into chains and turning them into ``Attribution`` records.

A candidate whose cue (or, without a cue, its source) lies inside another's
content is a hop below it: "According to The Sun, the channel claims that X"
gives The Sun -> the channel -> X. The outer attribution is marked ``hop``;
its claim is the inner one's. Chains run from the article's outlet (or
"writer") down to the origin.
"""

from __future__ import annotations

import bisect
import re
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
from .naming import source_kind
from .relays import block_relays, inherit_relays
from .reports import basis_statements, report_hops
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


# "The rumour first appeared on an anonymous Telegram channel": where a claim was first
# seen is where it comes from. The venue (a channel, account, forum, site or outlet) is
# the source, and what it carried (the subject: "the rumour", "reports of the sinking")
# the content.
_VENUE_VERBS = frozenset(
    {
        "appear",
        "surface",
        "emerge",
        "circulate",
        "post",
        "publish",
        "originate",
        "spread",
        "start",
        "begin",
        "come",
        "stem",
    }
)
_VENUE_PREPS = frozenset({"on", "in", "from", "with"})
_RAISING = frozenset({"appear", "seem"})
_VENUE_NOUNS = SOCIAL_NOUNS | OUTLET_NOUNS | frozenset({"website", "site", "platform", "app"})
_VENUE_LABELS = frozenset({"CHANNEL", "PLATFORM", "OUTLET"})
_VENUE_KINDS = frozenset({SourceKind.SOCIAL_MEDIA, SourceKind.OUTLET, SourceKind.DOCUMENT})
_WHEN = frozenset({"DATE", "TIME"})
_ORDER_WORDS = frozenset({"first", "initially", "originally"})
_CARRIED = DOCUMENT_NOUNS | frozenset(
    {
        "rumour",
        "rumor",
        "claim",
        "allegation",
        "accusation",
        "figure",
        "number",
        "photo",
        "image",
        "picture",
        "video",
        "post",
        "message",
        "news",
        "theory",
        "account",
        "version",
        "tale",
    }
)


_POSTED = frozenset({"post", "video", "message", "tweet", "photo", "picture", "image"})


def _poster(view: View, obj: int) -> int:
    """The account behind "a post on Vell Watch" / "a video by @VellWatch": who posted
    it is the venue, not the post."""
    words = view.tokens
    if words[obj].lemma.lower() not in _POSTED:
        return obj
    # "a post on Vell Watch"; or "by @VellWatch" right after it, which the parser may
    # hang on the verb instead ("came from a post by @VellWatch")
    preps = view.kids(obj, "prep") + [k for k in (view.right[obj] + 1,) if k < len(words)]
    for prep in preps:
        if words[prep].text.lower() in ("on", "by", "from") and words[prep].dep == "prep":
            for inner in view.kids(prep, "pobj"):
                return inner
    return obj


def _venue(view: View, verb: int) -> tuple[int, int, int] | None:
    """The venue a verb of appearing names ("appeared *on an anonymous Telegram channel*
    on Sunday"), as (preposition, first token, last token): the first on/in/from phrase
    whose object is a channel, site or outlet."""
    words = view.tokens
    # "first appeared on Vell Watch": a name where a claim first appeared is a venue
    first = any(words[k].text.lower() in _ORDER_WORDS for k in view.children[verb])
    for prep in view.kids(verb, "prep"):
        if words[prep].text.lower() not in _VENUE_PREPS:
            continue
        for obj in view.kids(prep, "pobj"):
            posted = _poster(view, obj)
            by_poster = posted != obj  # whoever posted it is the venue, by any name
            obj = posted
            w = words[obj]
            lo, hi = view.left[obj], view.right[obj]
            for k in range(obj + 1, hi + 1):  # "... channel called Vell Watch | on Sunday"
                if words[k].text in ",;(" or (
                    words[k].dep == "prep"
                    and any(words[o].ent_type in _WHEN for o in view.kids(k, "pobj"))
                ):
                    hi = k - 1
                    break
            name = view.text[words[lo].start : words[hi].end]
            # a proper name the recogniser left untagged is taken for a body ("the Daily
            # Orlin"): an outlet when its words say so
            label = w.ent_type or ("ORG" if w.pos == "PROPN" else "")
            if (
                by_poster
                or w.lemma.lower() in _VENUE_NOUNS
                or w.ent_type in _VENUE_LABELS
                or w.text in PLATFORMS
                or w.text.startswith("@")
                or source_kind(name, label, w.lemma) in _VENUE_KINDS
                or (
                    first
                    and w.pos == "PROPN"
                    and w.ent_type not in _WHEN
                    and words[prep].text.lower() == "on"
                )
            ):
                return prep, lo, hi
    return None


def _venue_sources(view: View, cands: list[Cand]) -> tuple[list[Cand], set[int]]:
    """Candidates of "X first appeared on <venue>" get the venue as their source (the
    tagger leaves it out, or takes the subject "the story" for it); such a sentence with
    no candidate gets one when its subject is something carried ("the rumour", "a video").
    Returns the candidates and the ``id`` of those whose source is now a venue."""
    words = view.tokens
    by_verb: dict[int, Cand] = {}
    for cand in cands:
        if cand.cue is not None:
            for i in range(cand.cue[0], cand.cue[1] + 1):
                by_verb.setdefault(i, cand)
    out = list(cands)
    venues: set[int] = set()
    for w in words:
        if w.pos != "VERB" or w.lemma.lower() not in _VENUE_VERBS:
            continue
        # "The claim appears to have started with the account @VellWatch": the raising
        # verb holds the subject, and the tagger's cue
        raised = w.dep == "xcomp" and words[w.head].lemma.lower() in _RAISING
        subjects = view.kids(w.i, "nsubj", "nsubjpass")
        if not subjects and raised:
            subjects = view.kids(w.head, "nsubj", "nsubjpass")
        if len(subjects) != 1 or words[subjects[0]].lemma.lower() not in _CARRIED:
            continue
        venue = _venue(view, w.i)
        if venue is None:
            continue
        subj = subjects[0]
        prep, source = venue[0], (venue[1], venue[2])
        lo, hi = view.left[subj], view.right[subj]
        while hi > subj and words[hi].text.lower() in _ORDER_WORDS:
            hi -= 1  # "the rumour that the ferry had sunk | first appeared on"
        content = [view.chars(lo, hi)]
        held = by_verb.get(w.i)
        if held is None and raised:
            held = by_verb.get(w.head)  # the tagger's "appears": the same report
        if held is None:
            start = w.i
            while start > hi + 1 and words[start - 1].dep in ("aux", "auxpass", "advmod"):
                start -= 1  # "was first posted on", "first appeared on"
            cand = Cand(
                cue=(start, prep if prep == w.i + 1 else w.i),
                source=source,
                content=content,
                kind="indirect",
                sent=w.sent,
                anchor=w.i,
            )
            out.append(cand)
            venues.add(id(cand))
        elif held.source is None or lo <= held.source[0] <= held.source[1] <= hi:
            held.source, held.content = source, content
            venues.add(id(held))
    out.sort(key=lambda c: c.content[0][0])
    return out, venues


def build_attributions(article: Article, view: View, cands: list[Cand]) -> tuple[Attribution, ...]:
    """Resolve sources, nest candidates and build the article's attributions."""
    cands, venues = _venue_sources(view, cands)
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
        if (
            id(cand) in venues
            and source is not None
            and source.span is not None
            and source.span.text in PLATFORMS  # "appeared on X": the platform, not a person
        ):
            source = replace(source, kind=SourceKind.SOCIAL_MEDIA, canonical=source.span.text)
        elif id(cand) in venues and source is not None and source.kind is SourceKind.PERSON:
            # "appeared in the Daily Flash": a place things appear in is not a person
            kind = source_kind(source.span.text if source.span else source.canonical)
            source = replace(source, kind=kind if kind in _VENUE_KINDS else SourceKind.OUTLET)
        hops = report_hops(view, resolver, *cand.source) if cand.source and source else None
        if hops is not None and hops.publisher is not None and source is not None:
            # "a Vellan Courier report": the report is the paper's word
            pub = hops.publisher
            source = replace(source, kind=pub.kind, canonical=pub.canonical, role=hops.document)
        sources[i] = source
        names, kinds = chains[p] if p >= 0 else ((root_name,), (root_kind,))
        if source is not None:
            names, kinds = (*names, source.canonical), (*kinds, source.kind.value)
        if hops is not None:
            # "... based on claims by the Iron Owl channel": what the report relied on
            names = (*names, *(b.canonical for b in hops.below))
            kinds = (*kinds, *(b.kind.value for b in hops.below))
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
    folded = _platform_to_channel(_one_kind_per_name(_fold_citations(view, resolver, ordered)))
    # "The Courier's report was based on posts by Iron Owl": Iron Owl, from there on, is
    # heard through the Courier
    seeds = [
        (at, basis.canonical, ((root_name, pub.canonical), (root_kind, pub.kind.value)))
        for at, pub, basis in basis_statements(view, resolver)
        if basis.canonical != pub.canonical
    ]
    return tuple(inherit_relays(block_relays(view, _post_to_poster(folded)), seeds))


# kinds a name's words can decide, against the fallbacks a bare name gets
_NAMED_KINDS = frozenset({SourceKind.SOCIAL_MEDIA.value, SourceKind.OUTLET.value})
_FALLBACK_KINDS = frozenset({SourceKind.PERSON.value, SourceKind.ORGANISATION.value})


def _one_kind_per_name(atts: list[Attribution]) -> list[Attribution]:
    """A name is one source in one article: "Iron Owl Claims ..." in a headline, where
    the bare name reads as a person, is the channel the body introduces as "the
    Telegram channel Iron Owl". A name given as a channel or an outlet somewhere (and
    as nothing more specific elsewhere) takes that kind wherever it appears as a person
    or an organisation."""
    kinds: dict[str, set[str]] = {}
    for a in atts:
        for name, kind in zip(a.chain, a.chain_kinds, strict=False):
            kinds.setdefault(name, set()).add(kind)
    fixed = {
        name: next(iter(seen & _NAMED_KINDS))
        for name, seen in kinds.items()
        if name[:1].isupper()
        and len(seen & _NAMED_KINDS) == 1
        and seen <= _NAMED_KINDS | _FALLBACK_KINDS
    }
    fixed = {n: k for n, k in fixed.items() if kinds[n] & _FALLBACK_KINDS}
    if not fixed:
        return atts
    out = []
    for a in atts:
        if any(n in fixed for n in a.chain) and len(a.chain) == len(a.chain_kinds):
            chain_kinds = tuple(
                fixed.get(n, k) for n, k in zip(a.chain, a.chain_kinds, strict=True)
            )
            src = a.source
            if src is not None and src.canonical in fixed:
                src = replace(src, kind=SourceKind(fixed[src.canonical]))
            a = replace(a, chain_kinds=chain_kinds, source=src)
        out.append(a)
    return out


_POSTING = re.compile(r"\b(?:posted|tweeted|shared|uploaded|published|wrote)\b", re.I)
_POST_NOUNS = frozenset({"post", "tweet", "video", "message", "statement", "caption"})
_POST_REACH = 400  # characters: "X posted a video on X. The post read: ..."


def _post_to_poster(atts: list[Attribution]) -> list[Attribution]:
    """ "The post read" after "Halvard's office later posted a video on X": the post is
    the poster's, who said it through it (a named account already wins: "the post
    read" after a named channel is that channel's, see ``SourceResolver``)."""
    out = list(atts)
    for k, a in enumerate(atts):
        src = a.source
        if src is None or src.kind is not SourceKind.SOCIAL_MEDIA or a.cue is None:
            continue
        if src.canonical not in _POST_NOUNS:
            continue  # named, or not a post
        posters = [
            b
            for b in atts
            if b.cue is not None
            and b.source is not None
            and b.source.kind is not SourceKind.WRITER
            and b.cue.start < a.cue.start <= b.cue.start + _POST_REACH
            and _POSTING.search(b.cue.text)
        ]
        if posters:
            by = posters[-1]
            assert by.source is not None
            out[k] = replace(
                a,
                source=replace(by.source, span=src.span, role=src.canonical),
                chain=by.chain,
                chain_kinds=by.chain_kinds,
            )
    return out


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
    # a name the tagger left alone ("citing the Daily Flash") names a source too
    return any(words[i].lemma.lower() in _SOURCE_NOUNS or words[i].pos == "PROPN" for i in heads)


def _cited_by(view: View, resolver: SourceResolver, toks: list[int]) -> tuple[list[Source], int]:
    """Who a cited source cites in turn, inside its phrase ("a report in The Sun that
    quoted the Telegram channel General SVR" gives General SVR), and the last token of
    the cited source's own words (before "that quoted")."""
    words = view.tokens
    for i in toks:
        t = words[i]
        if t.lemma.lower() not in ("cite", "quote") or t.dep not in ("relcl", "acl"):
            continue
        for o in view.kids(i, "dobj"):
            inner = list(range(view.left[o], view.right[o] + 1))
            end = view.left[i] - 1
            while end > toks[0] and words[end].pos in ("PRON", "PUNCT", "SCONJ"):
                end -= 1  # "that", "which", ","
            if _names_a_source(view, inner) and end >= toks[0]:
                return [resolver.resolve(inner[0], inner[-1])], end
    return [], toks[-1]


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
        if not hosts:
            # "According to the Daily, citing Dockwatch, ...": the parser gives "citing"
            # the main clause's subject; it is the according-to source that cites
            hosts = [
                k
                for k, a in enumerate(out)
                if a.sentence == cite.sentence
                and a.kind == "according_to"
                and a.cue is not None
                and a.cue.end <= cite.cue.start
                and not a.content.start <= cite.cue.start < a.content.end
            ][:1]
        toks = [
            t.i for t in view.tokens if cite.content.start <= t.start and t.end <= cite.content.end
        ]
        while toks and view.is_quote_mark(toks[-1]):
            toks.pop()  # 'citing "a source close to the deal"': the source, not its marks
        while toks and view.is_quote_mark(toks[0]):
            toks.pop(0)
        if not hosts or not toks or not _names_a_source(view, toks):
            continue
        below, end = _cited_by(view, resolver, toks)
        cited = resolver.resolve(toks[0], end)
        hops = report_hops(view, resolver, toks[0], toks[-1])
        if hops is not None and hops.publisher is not None:
            # "citing a report in the Daily Flash", "citing a Vellan Courier report based
            # on posts by Iron Owl": the paper, not its report, and what it relied on
            cited, below = hops.publisher, below or list(hops.below)
        elif cited.kind is SourceKind.DOCUMENT:
            # "citing a report by the harbour office": the body, not its report
            for p in (k for k in range(toks[0], end + 1) if view.tokens[k].dep == "prep"):
                if view.tokens[p].text.lower() not in ("in", "by", "from"):
                    continue
                for o in view.kids(p, "pobj"):
                    inner = list(range(view.left[o], min(view.right[o], end) + 1))
                    if inner and _names_a_source(view, inner):
                        cited = resolver.resolve(inner[0], inner[-1])
                break
        names = (cited.canonical, *(b.canonical for b in below))
        kinds = (cited.kind.value, *(b.kind.value for b in below))
        for k in hosts:
            host = out[k]
            if host.chain[-len(names) :] == names:
                continue  # "a report that cited Y": the report's phrase gave Y already
            out[k] = replace(
                host, chain=(*host.chain, *names), chain_kinds=(*host.chain_kinds, *kinds)
            )
        out.remove(cite)
    return out
