"""Provenance: independent origins of a claim, circular reporting, and the story graph.

Attribution chains (outlet -> ... -> origin) and copy relations collapse into
one graph of outlets, articles and sources. An article that copies or rewrites
an earlier one inherits its origins, so a claim counted by N outlets counts
only the distinct origins behind them. A claim carried by three or more
outlets that all trace back to one origin is circular reporting; the outlets
cited along the way count ("A, citing The Sun, and B, citing Newsmax, both from
one Telegram channel" is four outlets on one origin).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from html import escape

from ..model import ArticleDoc, Attribution, Claim, Copy
from .text import parse_date

__all__ = [
    "CIRCULAR_MIN_OUTLETS",
    "attribution_of",
    "chain_outlets",
    "copy_families",
    "first_reporter",
    "is_circular",
    "on_record",
    "origin_of",
    "render_svg",
    "story_graph",
]

CIRCULAR_MIN_OUTLETS = 3
_COPYING = frozenset({"duplicate", "wire_copy", "rewrite"})


def _when_key(doc: ArticleDoc) -> tuple[bool, float, str]:
    w = parse_date(doc.article.published)
    return (w is None, w if w is not None else 0.0, doc.article.id)


def copy_families(docs: Mapping[str, ArticleDoc], copies: Iterable[Copy]) -> dict[str, str]:
    """Article id -> id of the earliest article it was (transitively) copied from."""
    parent = {a: a for a in docs}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for c in copies:
        if c.relation in _COPYING and c.a in parent and c.b in parent:
            ra, rb = find(c.a), find(c.b)
            if ra != rb:
                first, second = sorted((ra, rb), key=lambda r: _when_key(docs[r]))
                parent[second] = first
    return {a: find(a) for a in docs}


def attribution_of(doc: ArticleDoc, claim: Claim) -> Attribution | None:
    """The attribution a claim comes through (None when the writer states it)."""
    if claim.attribution is None:
        return None
    for att in doc.attributions:
        if att.id == claim.attribution:
            return att
    return None


def chain_outlets(doc: ArticleDoc, claim: Claim) -> set[str]:
    """Outlets the claim passed through on its way to ``doc`` ("According to The Sun,
    ..."): the chain's outlet hops after the reporting outlet, the origin included
    when it is an outlet."""
    att = attribution_of(doc, claim)
    if att is None or len(att.chain_kinds) != len(att.chain):
        return set()
    return {
        name
        for name, kind in zip(att.chain[1:], att.chain_kinds[1:], strict=True)
        if kind == "outlet"
    }


def _origin(att: Attribution) -> tuple[str, str] | None:
    """(name, kind) of where an attribution ends: its chain's last hop, else its source;
    None when the writer states it."""
    if len(att.chain) >= 2:
        kinds = att.chain_kinds
        return att.chain[-1], kinds[-1] if len(kinds) == len(att.chain) else ""
    if att.source is not None:
        return att.source.canonical, att.source.kind.value
    return None


def origin_of(doc: ArticleDoc, claim: Claim, root: ArticleDoc) -> str:
    """The canonical origin of a claim as reported in ``doc`` (``root``: its copy origin).

    Anonymous origins are qualified by the outlet that relied on them (the
    nearest outlet in the chain, else the original outlet), so two outlets each
    quoting their own anonymous official are two origins, not one.
    """
    att = attribution_of(doc, claim)
    home = root.article.home
    found = _origin(att) if att is not None else None
    if att is not None and found is not None:
        origin, kind = found
        if kind == "anonymous":
            kinds = att.chain_kinds
            via = next(
                (att.chain[i] for i in range(len(att.chain) - 2, 0, -1) if kinds[i] == "outlet"),
                home,
            )
            return f"{origin} (via {via})"
        return origin
    if claim.source:
        return claim.source
    return home


def first_reporter(docs: Sequence[ArticleDoc]) -> str | None:
    """The article published first among those with a known date (None when no date is known)."""
    dated = [d for d in docs if parse_date(d.article.published) is not None]
    if not dated:
        return None
    return min(dated, key=_when_key).article.id


def is_circular(
    outlets: Sequence[str],
    origins: Sequence[str],
    relayed: Iterable[str] = (),
    on_record: bool = False,
) -> bool:
    """Circular reporting: three or more outlets, counting those that reported the claim
    and those they cite for it (``relayed``), all resting on one origin that nobody
    could check. A named official or body on the record (``on_record``: "Transport
    Minister Helena Marsh confirmed ...") quoted by many outlets is one source widely
    reported, not a claim going round."""
    return (
        not on_record
        and len(set(outlets) | set(relayed)) >= CIRCULAR_MIN_OUTLETS
        and len(set(origins)) == 1
    )


# a document its named author published ("a poll by the Kelby Water Authority", whose
# name is the Authority's) is on the record as much as its author
_ON_RECORD_KINDS = frozenset({"person", "government", "organisation", "document"})


def on_record(doc: ArticleDoc, claim: Claim) -> bool:
    """The claim's origin, as ``doc`` reports it, is a named person or body speaking on
    the record ("Helena Marsh", "the Telvik city council"), not an anonymous, online,
    unnamed ("engineers") or unsourced one."""
    att = attribution_of(doc, claim)
    found = _origin(att) if att is not None and att.source is not None else None
    if found is None:
        return False
    name, kind = found
    return kind in _ON_RECORD_KINDS and any(w[:1].isupper() for w in name.split())


def story_graph(
    docs: Sequence[ArticleDoc], copies: Iterable[Copy]
) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    """Nodes ({"id","kind","label"}) and edges ({"source","target","kind"}) of a story."""
    nodes: dict[str, dict[str, str]] = {}
    edges: set[tuple[str, str, str]] = set()
    ids = {d.article.id for d in docs}
    for d in sorted(docs, key=_when_key):
        a = f"article:{d.article.id}"
        nodes[a] = {"id": a, "kind": "article", "label": d.article.title or d.article.id}
        # an article naming no outlet is published by an outlet of its own ("no outlet:
        # a.txt"), so the graph still shows who told what
        o = f"outlet:{d.article.home}"
        nodes.setdefault(o, {"id": o, "kind": "outlet", "label": d.article.home})
        edges.add((o, a, "publishes"))
        for att in d.attributions:
            chain = list(att.chain[1:]) if att.chain else []
            if not chain and att.source is not None:
                chain = [att.source.canonical]
            prev = a
            for hop in chain:
                s = f"source:{hop}"
                nodes.setdefault(s, {"id": s, "kind": "source", "label": hop})
                if prev != s:
                    edges.add((prev, s, "cites"))
                prev = s
    for c in copies:
        if c.a in ids and c.b in ids:
            edges.add((f"article:{c.b}", f"article:{c.a}", c.relation))
    node_list = sorted(nodes.values(), key=lambda n: (n["kind"], n["id"]))
    edge_list = [{"source": s, "target": t, "kind": k} for s, t, k in sorted(edges)]
    return node_list, edge_list


_COLUMNS = {"outlet": 0, "article": 1, "source": 2}
_COLOURS = {
    "publishes": "#8a8a8a",
    "cites": "#2f6db5",
    "duplicate": "#b52f2f",
    "wire_copy": "#c7642a",
    "rewrite": "#8e44ad",
    "shares_quotes": "#3a9a5b",
}


_TEXT_W = 6.6  # rough width of one character at font-size 12, for placing arcs


def _short(text: str, size: int = 38) -> str:
    return text if len(text) <= size else text[: size - 1] + "…"


def render_svg(
    nodes: Sequence[Mapping[str, str]],
    edges: Sequence[Mapping[str, str]],
    max_rows: int = 150,
) -> str:
    """A standalone SVG drawing (three columns: outlets, articles, sources); text escaped."""
    col_w, row_h, top = 300, 22, 36
    columns: list[list[Mapping[str, str]]] = [[], [], []]
    for n in nodes:
        columns[_COLUMNS.get(n.get("kind", ""), 2)].append(n)
    pos: dict[str, tuple[int, int]] = {}
    hidden = [max(0, len(c) - max_rows) for c in columns]
    for ci, col in enumerate(columns):
        for ri, n in enumerate(col[:max_rows]):
            pos[n["id"]] = (20 + ci * col_w, top + ri * row_h)
    rows = max(
        [min(len(c), max_rows) + (1 if h else 0) for c, h in zip(columns, hidden, strict=True)]
        + [1]
    )
    width, height = 20 + 3 * col_w, top + rows * row_h + 10
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" font-family="sans-serif" font-size="12">',
        '<defs><marker id="arrow" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="6" '
        'markerHeight="6" orient="auto"><path d="M0,0 L8,4 L0,8 z" fill="#555555"/></marker>'
        "</defs>",
        '<rect width="100%" height="100%" fill="#ffffff"/>',
    ]
    label_end = {
        n["id"]: pos[n["id"]][0] + _TEXT_W * len(_short(n.get("label", ""))) + 6
        for n in nodes
        if n["id"] in pos
    }
    for ci, title in enumerate(("Outlets", "Articles", "Sources")):
        out.append(f'<text x="{20 + ci * col_w}" y="18" font-weight="bold">{title}</text>')
    for e in edges:
        if e["source"] in pos and e["target"] in pos:
            (x1, y1), (x2, y2) = pos[e["source"]], pos[e["target"]]
            colour = _COLOURS.get(e.get("kind", ""), "#999999")
            if x1 == x2:
                # within a column (a copy between articles, a source relaying another):
                # an arrow arcing just right of the two labels
                ax, bx = label_end[e["source"]], label_end[e["target"]]
                xm = max(ax, bx) + 18 + min(60, abs(y2 - y1) // 4)
                path = f"M{ax},{y1 - 4} Q{xm},{(y1 + y2) // 2} {bx},{y2 - 4}"
                kind = "relays" if e.get("kind") == "cites" else e.get("kind", "")
                out.append(
                    f'<path d="{path}" fill="none" stroke="{colour}" stroke-width="1.2" '
                    f'marker-end="url(#arrow)"><title>{escape(kind)}</title></path>'
                )
            else:
                out.append(
                    f'<line x1="{x1 + col_w - 60}" y1="{y1 - 4}" x2="{x2 - 4}" y2="{y2 - 4}" '
                    f'stroke="{colour}" stroke-width="1"><title>{escape(e.get("kind", ""))}</title></line>'
                )
    for n in nodes:
        if n["id"] in pos:
            x, y = pos[n["id"]]
            out.append(
                f'<text x="{x}" y="{y}"><title>{escape(n.get("label", ""))}</title>'
                f"{escape(_short(n.get('label', '')))}</text>"
            )
    for ci, h in enumerate(hidden):
        if h:
            out.append(f'<text x="{20 + ci * col_w}" y="{top + max_rows * row_h}">+{h} more</text>')
    out.append("</svg>")
    return "\n".join(out)
