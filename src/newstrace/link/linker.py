"""The Linker: copies, stories, claim groups and provenance across a set of articles."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType

import numpy as np
import numpy.typing as npt

from ..analyse.embed import embed_fast
from ..errors import ConfigError
from ..model import ArticleDoc, ClaimGroup, ClaimMember, Copy, SourceKind, Story, content_id
from .align import ClaimRef, bare_reference, group_claims, group_relation
from .copies import find_copies
from .graph import (
    chain_outlets,
    copy_families,
    first_reporter,
    is_circular,
    on_record,
    origin_of,
    render_svg,
    story_graph,
)
from .neighbours import knn
from .prepare import DocView, prepare
from .reactions import REACTION_MEANING, REFERS, attach_reactions
from .stories import StoryParams, link_stories
from .text import outlet_key, parse_date
from .vectors import sketch, terms, tfidf_counts

__all__ = ["LinkResult", "Linker", "StoryGraph"]

_EMPTY: Mapping[str, str] = MappingProxyType({})
_EMPTY_SIGS: Mapping[str, bytes] = MappingProxyType({})
_REWRITE_CANDIDATE = 0.6  # article-vector cosine worth a sentence alignment
_REWRITE_PER_ARTICLE = 5
_REWRITE_LEXICAL = 0.15  # TF-IDF cosine (names x3) a rewrite must keep with its original


@dataclass(frozen=True, slots=True)
class StoryGraph:
    story: str
    nodes: tuple[dict[str, str], ...]
    edges: tuple[dict[str, str], ...]

    def svg(self) -> str:
        return render_svg(self.nodes, self.edges)


@dataclass(frozen=True, slots=True)
class LinkResult:
    stories: tuple[Story, ...]
    copies: tuple[Copy, ...]
    claim_groups: tuple[ClaimGroup, ...]
    graphs: tuple[StoryGraph, ...] = field(default=())


def _check(name: str, value: object, expected: str, ok: bool) -> None:
    if not ok:
        raise ConfigError("NT101", name=name, expected=expected, got=value)


def _is_num(v: object) -> bool:
    return isinstance(v, int | float) and not isinstance(v, bool)


def _when_outlet(d: ArticleDoc) -> tuple[bool, float, str]:
    w = parse_date(d.article.published)
    return (w is None, w if w is not None else 0.0, d.article.outlet)


class Linker:
    """Links articles across outlets. Cheap to build; ``warm_up`` loads the embedder."""

    def __init__(
        self,
        story_threshold: float = 0.12,
        neighbours: int = 30,
        window_days: float = 730.0,
        topic_threshold: float = 0.10,
        claim_threshold: float = 0.75,
        use_stance: bool = False,
        graphs: bool = True,
    ) -> None:
        _check(
            "story_threshold",
            story_threshold,
            "a number in (0, 1]",
            _is_num(story_threshold) and 0 < story_threshold <= 1,
        )
        _check(
            "topic_threshold",
            topic_threshold,
            "a number in (0, 1]",
            _is_num(topic_threshold) and 0 < topic_threshold <= 1,
        )
        _check(
            "neighbours",
            neighbours,
            "an integer >= 1",
            isinstance(neighbours, int) and not isinstance(neighbours, bool) and neighbours >= 1,
        )
        _check("window_days", window_days, "a number > 0", _is_num(window_days) and window_days > 0)
        _check(
            "claim_threshold",
            claim_threshold,
            "a number in (0, 1]",
            _is_num(claim_threshold) and 0 < claim_threshold <= 1,
        )
        _check("use_stance", use_stance, "true or false", isinstance(use_stance, bool))
        _check("graphs", graphs, "true or false", isinstance(graphs, bool))
        self.params = StoryParams(
            threshold=float(story_threshold),
            topic_threshold=float(topic_threshold),
            k=neighbours,
            window_days=float(window_days),
        )
        self.claim_threshold = float(claim_threshold)
        self.use_stance = use_stance
        self.graphs = graphs
        self._scorer: Callable[[str, str], str | None] | None = None
        self._carried: Mapping[str, set[str]] = {}
        self._homes: Mapping[str, str] = {}

    def warm_up(self) -> None:
        embed_fast(["warm up"])
        if self.use_stance and self._scorer is None:
            from .stance import pair_scorer

            self._scorer = pair_scorer()

    def link(
        self,
        docs: Sequence[ArticleDoc],
        prior_stories: Mapping[str, str] = _EMPTY,
        signatures: Mapping[str, bytes] = _EMPTY_SIGS,
    ) -> LinkResult:
        if self.use_stance and self._scorer is None:
            self.warm_up()
        # Identical texts share an article id: keep one doc (earliest, then outlet
        # name) and remember every outlet that carried it.
        unique: dict[str, ArticleDoc] = {}
        carried: dict[str, set[str]] = defaultdict(set)
        for d in sorted(docs, key=lambda d: (d.article.id, *_when_outlet(d))):
            unique.setdefault(d.article.id, d)
            if d.article.outlet:
                carried[d.article.id].add(d.article.outlet)
        self._carried = carried
        self._homes = {d.article.id: d.article.home for d in docs}
        ordered = [unique[k] for k in sorted(unique)]
        if not ordered:
            return LinkResult((), (), ())
        views = prepare(ordered, signatures)

        # Candidate neighbours: TF-IDF sketch joined with the article embedding.
        names: list[set[str]] = [set() for _ in views]
        counts = [
            terms(f"{v.doc.article.title}\n{v.doc.article.text}", names=nm)
            for v, nm in zip(views, names, strict=True)
        ]
        x, vocab = tfidf_counts(counts, 2 if len(counts) >= 20 else 1)
        dense = np.hstack([sketch(x, vocab), np.stack([v.vector for v in views])]).astype(
            np.float32
        )
        norms = np.linalg.norm(dense, axis=1, keepdims=True)
        norms[norms == 0] = 1.0
        _, nbr = knn(dense / norms, min(self.params.k, len(views) - 1))

        vecs = np.stack([v.vector for v in views])
        rewrite_pairs: list[tuple[int, int]] = []
        for i in range(len(views)):
            near = [
                j
                for j in nbr[i].tolist()
                if j >= 0 and float(vecs[i] @ vecs[j]) >= _REWRITE_CANDIDATE
            ]
            rewrite_pairs.extend((min(i, j), max(i, j)) for j in near[:_REWRITE_PER_ARTICLE])
        if rewrite_pairs:
            # A rewrite keeps the facts: names, places and figures (the TF-IDF
            # cosine) must be shared as much as within a story, not just the
            # shape of the sentences (same-kind events read alike).
            pairs = np.array(sorted(set(rewrite_pairs)), dtype=np.int64)
            lexical = np.asarray(x[pairs[:, 0]].multiply(x[pairs[:, 1]]).sum(axis=1)).ravel()
            keep = lexical >= _REWRITE_LEXICAL
            rewrite_pairs = [(int(a), int(b)) for a, b in pairs[keep]]
        copies = find_copies(views, neighbour_pairs=rewrite_pairs)

        row = {v.id: i for i, v in enumerate(views)}
        prior = {row[a]: s for a, s in prior_stories.items() if a in row}
        must = [(row[c.a], row[c.b]) for c in copies if c.relation != "shares_quotes"]
        labels = link_stories(
            counts, x, nbr, [v.when for v in views], prior, self.params, must, names
        )
        labels = attach_reactions(labels, x, nbr, views, prior)
        stories = self._stories(views, labels, prior)
        groups = self._claim_groups(views, stories, copies)
        graphs: tuple[StoryGraph, ...] = ()
        if self.graphs:
            by_id = {v.id: v.doc for v in views}
            out = []
            for s in stories:
                members = set(s.articles)
                nodes, edges = story_graph(
                    [by_id[a] for a in s.articles],
                    [c for c in copies if c.a in members and c.b in members],
                )
                out.append(StoryGraph(s.id, tuple(nodes), tuple(edges)))
            graphs = tuple(out)
        return LinkResult(tuple(stories), tuple(copies), tuple(groups), graphs)

    @staticmethod
    def _stories(
        views: Sequence[DocView], labels: Sequence[int], prior: Mapping[int, str]
    ) -> list[Story]:
        clusters: dict[int, list[int]] = defaultdict(list)
        for i, lab in enumerate(labels):
            clusters[lab].append(i)
        out: list[Story] = []
        for rows in clusters.values():
            rows.sort(key=lambda r: (views[r].when is None, views[r].when or 0.0, views[r].id))
            first = views[rows[0]]
            olds = sorted({prior[r] for r in rows if r in prior})
            sid = olds[0] if olds else content_id("story", first.id)
            title = next(
                (views[r].doc.article.title for r in rows if views[r].doc.article.title), ""
            )
            if not title and first.sentences:
                title = first.sentences[0].text[:120]
            out.append(Story(sid, tuple(views[r].id for r in rows), title))
        return sorted(out, key=lambda s: s.id)

    def _outlets(self, members: Sequence[ClaimRef]) -> list[str]:
        """The outlets carrying ``members`` (copies count for the outlets they copy; an
        article naming no outlet counts as one of its own)."""
        return sorted(
            {
                o
                for r in members
                for o in (self._carried.get(r.article) or {self._homes.get(r.article, r.article)})
            }
        )

    def _claim_groups(
        self, views: Sequence[DocView], stories: Sequence[Story], copies: Sequence[Copy]
    ) -> list[ClaimGroup]:
        by_id = {v.id: v for v in views}
        docs = {v.id: v.doc for v in views}
        roots = copy_families(docs, copies)
        refs_by_story: list[tuple[Story, list[ClaimRef]]] = []
        texts: list[str] = []
        for s in stories:
            refs = [ClaimRef(a, c) for a in s.articles for c in docs[a].claims]
            refs_by_story.append((s, refs))
            texts.extend(r.claim.text for r in refs)
        if not texts:
            return []
        emb = embed_fast(texts)
        out: list[ClaimGroup] = []
        pos = 0
        for story, refs in refs_by_story:
            e = emb[pos : pos + len(refs)]
            pos += len(refs)
            homes = [outlet_key(by_id[r.article].doc.article.outlet) for r in refs]
            groups = _attach_denials(
                refs, e, group_claims(refs, e, self.claim_threshold, homes=homes)
            )
            summed = _headline_origins(refs, e, docs, roots)
            people = _story_people(docs[a] for a in story.articles)
            for idx in groups:
                members = sorted(
                    (refs[i] for i in idx),
                    key=lambda r: (
                        by_id[r.article].when is None,
                        by_id[r.article].when or 0.0,
                        r.article,
                        r.claim.start,
                    ),
                )
                outlets = self._outlets(members)
                # a denial joined to the claim it denies stands behind no part of it:
                # origins, first report and circularity are those of the claim's tellers
                tellers = [r for r in members if r.claim.status != "denied"] or members
                origins = _independent_origins(tellers, docs, roots, summed, people)
                first = first_reporter([docs[r.article] for r in tellers])
                out.append(
                    ClaimGroup(
                        id=content_id("claims", story.id, tellers[0].article, tellers[0].claim.id),
                        story=story.id,
                        text=tellers[0].claim.text,
                        members=tuple(
                            ClaimMember(
                                r.article, r.claim.id, r.claim.start, r.claim.end, r.claim.text
                            )
                            for r in members
                        ),
                        outlets=tuple(outlets),
                        origins=tuple(origins),
                        relation=group_relation(members, self._scorer),
                        first_reported=first,
                        # a silence told by many outlets is not a claim going round
                        circular=any(r.claim.status != "no_comment" for r in tellers)
                        and is_circular(
                            self._outlets(tellers),
                            origins,
                            (o for r in tellers for o in chain_outlets(docs[r.article], r.claim)),
                            on_record=all(on_record(docs[r.article], r.claim) for r in tellers),
                        ),
                    )
                )
        return sorted(out, key=lambda g: (g.story, g.id))


HEADLINE_SUMS = 0.35  # cosine at which a bare headline sums up a claim of its own body


def _headline_origins(
    refs: Sequence[ClaimRef],
    emb: npt.NDArray[np.float32],
    docs: Mapping[str, ArticleDoc],
    roots: Mapping[str, str],
) -> dict[tuple[str, str], str]:
    """The origin of each bare headline (no source of its own) that sums up a sourced
    claim of its own body ("Kestavia 'in secret talks' to buy gunships" over "Iron Owl
    claims that Kestavia is negotiating ..."): that claim's origin, not the outlet."""
    out: dict[tuple[str, str], str] = {}
    sourced: dict[str, list[int]] = defaultdict(list)  # article -> its sourced claims
    for j, o in enumerate(refs):
        if o.claim.attribution is not None:
            sourced[o.article].append(j)
    for i, r in enumerate(refs):
        c = r.claim
        if c.sentence != 0 or c.attribution is not None or c.source is not None:
            continue
        body = sourced.get(r.article, [])
        if not body:
            continue
        j = max(body, key=lambda k: float(emb[i] @ emb[k]))
        if float(emb[i] @ emb[j]) >= HEADLINE_SUMS:
            root = docs[roots[r.article]]
            out[(r.article, c.id)] = origin_of(docs[r.article], refs[j].claim, root)
    return out


def _independent_origins(
    members: Sequence[ClaimRef],
    docs: Mapping[str, ArticleDoc],
    roots: Mapping[str, str],
    summed: Mapping[tuple[str, str], str] | None = None,
    people: Mapping[str, str] | None = None,
) -> list[str]:
    """The distinct origins behind a group's claims. An article that names a source for
    the claim somewhere (its body: "..., according to Iron Owl") is not also an origin
    of its own for the same claim stated bare (its headline): the headline sums up the
    body. A surname one article gives alone ("Kessler told reporters") is the person
    another names in full ("Senator Ada Kessler"), from ``people`` (``_story_people``)."""
    by_article: dict[str, set[str]] = {}
    for r in members:
        root = docs[roots[r.article]]
        origin = (summed or {}).get((r.article, r.claim.id)) or origin_of(
            docs[r.article], r.claim, root
        )
        by_article.setdefault(r.article, set()).add(origin)
    told: dict[str, set[str]] = {}  # outlet (normalised) -> the origins its own articles give
    found_by: dict[str, set[str]] = {}
    for article, found in by_article.items():
        first = docs[roots[article]].article
        home = first.home
        found_by[article] = (found - {home}) or found
        own = docs[article].article.outlet
        if own:
            told.setdefault(outlet_key(own), set()).update(found_by[article])

    def follow(origin: str, seen: frozenset[str]) -> set[str]:
        # "according to the Lakeside Herald", whose own article here says "the Daily
        # Flash said", whose own article says "Dam Watch said": the origin is Dam Watch
        key = outlet_key(origin)
        if key not in told or key in seen:
            return {origin}
        return set().union(*(follow(o, seen | {key}) for o in told[key]))

    out: set[str] = set()
    for found in found_by.values():
        for origin in found:
            out |= follow(origin, frozenset())
    return sorted({(people or {}).get(o, o) for o in out})


def _story_people(docs: Iterable[ArticleDoc]) -> dict[str, str]:
    """Other names of one source across a story's articles -> the name to count it by:
    a surname -> the full name of the one person the story names with it ("Kessler" ->
    "Ada Kessler"), and an account's handle -> the name it goes by ("@HarbourEye" ->
    "Harbour Eye")."""
    full: dict[str, set[str]] = {}
    named: dict[str, str] = {}  # "harboureye" -> "Harbour Eye"
    handles: set[str] = set()
    for d in docs:
        for a in d.attributions:
            src = a.source
            if src is None:
                continue
            parts = src.canonical.split()
            if src.canonical.startswith("@"):
                handles.add(src.canonical)
            elif src.kind is SourceKind.SOCIAL_MEDIA and parts and parts[0][:1].isupper():
                named["".join(parts).lower()] = src.canonical
            if src.kind is not SourceKind.PERSON:
                continue
            if len(parts) >= 2 and all(p[:1].isupper() for p in parts):
                full.setdefault(parts[-1], set()).add(src.canonical)
    out = {last: names.pop() for last, names in full.items() if len(names) == 1}
    out.update({h: named[h[1:].lower()] for h in handles if h[1:].lower() in named})
    return out


DENIAL_LINK = 0.4  # stance "disagree" probability that ties a denial to the claim it denies
_DENIAL_CANDIDATES = 20


def _attach_denials(
    refs: Sequence[ClaimRef], emb: npt.NDArray[np.float32], groups: list[list[int]]
) -> list[list[int]]:
    """A denial told by one article only ("Delmora denies helicopter sale") joins the
    group of the claim it denies in other articles, worded however differently, when
    the stance model says it denies it: the group then shows the contradiction. On the
    examples, true pairs score 0.44-0.68 "disagree" and unrelated claims of the same
    story 0.0."""
    from .stance import disagreement

    owner = {i: g for g, idx in enumerate(groups) for i in idx}
    pairs: list[tuple[int, int]] = []
    fallback: list[tuple[int, int]] = []  # (denial, the claim nearest to it in meaning)
    for idx in groups:
        articles = {refs[i].article for i in idx}
        if len(articles) != 1:
            continue
        denials = [
            i
            for i in idx
            if refs[i].claim.status == "denied" and not bare_reference(refs[i].claim.text)
        ]
        if not denials:
            continue
        # what the other articles tell, not deny: the same list for every denial here
        others = [
            j
            for j in range(len(refs))
            if refs[j].article not in articles and refs[j].claim.status != "denied"
        ]
        for i in denials:
            nearest = sorted(others, key=lambda j: -float(emb[i] @ emb[j]))
            pairs.extend((i, j) for j in nearest[:_DENIAL_CANDIDATES])
            if nearest and REFERS.search(refs[i].claim.text):
                fallback.append((i, nearest[0]))
    if not pairs:
        return groups
    scores = disagreement(
        [refs[i].claim.text for i, _ in pairs], [refs[j].claim.text for _, j in pairs]
    )
    best: dict[int, tuple[float, int]] = {}
    for (i, j), sc in zip(pairs, scores.tolist(), strict=True):
        g = owner[i]
        if sc >= DENIAL_LINK and sc > best.get(g, (0.0, -1))[0]:
            best[g] = (sc, owner[j])
    for i, j in fallback:
        # "called online reports of a sinking false": it names what it denies only by
        # reference, in other words than the claim's, which the stance model needs; the
        # claim closest in meaning among the other articles' is the one it answers
        if owner[i] not in best and float(emb[i] @ emb[j]) >= REACTION_MEANING:
            best[owner[i]] = (0.0, owner[j])
    merged = [list(idx) for idx in groups]
    for g, (_, target) in sorted(best.items()):
        if target in best:
            continue  # the target is itself a denial's group: leave both as they are
        merged[target].extend(merged[g])
        merged[g] = []
    return [sorted(idx) for idx in merged if idx]
