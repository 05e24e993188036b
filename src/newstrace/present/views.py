"""Context dicts built from the ledger: one source for JSON output, export and HTML.

Every HTML view has a JSON twin built from the same dict (datasette's rule).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from .. import __version__
from ..model import ArticleDoc, Attribution, Claim, ClaimGroup, Copy, Opinion, Span, Story
from ..store import Ledger

__all__ = [
    "article_dict",
    "attribution_dict",
    "change_line",
    "change_parts",
    "claim_dict",
    "copy_dict",
    "export_dict",
    "group_dict",
    "interval_text",
    "opinion_dict",
    "outlet_label",
    "plural",
    "quantity_text",
    "span_dict",
    "story_context",
    "story_dict",
    "when_text",
]


def span_dict(s: Span | None) -> dict[str, Any] | None:
    return None if s is None else {"start": s.start, "end": s.end, "text": s.text}


def attribution_dict(a: Attribution) -> dict[str, Any]:
    source = None
    if a.source is not None:
        source = {
            **(
                span_dict(a.source.span) or {"start": None, "end": None, "text": a.source.canonical}
            ),
            "kind": a.source.kind.value,
            "canonical": a.source.canonical,
            "role": a.source.role,
        }
    return {
        "id": a.id,
        "source": source,
        "cue": span_dict(a.cue),
        "content": span_dict(a.content),
        "content_parts": [span_dict(p) for p in a.content_parts],
        "hop": a.hop,
        "chain": list(a.chain),
        "chain_kinds": list(a.chain_kinds),
        "kind": a.kind,
        "parent": a.parent,
        "sentence": a.sentence,
    }


def claim_dict(c: Claim) -> dict[str, Any]:
    return {
        "id": c.id,
        "start": c.start,
        "end": c.end,
        "text": c.text,
        "sentence": c.sentence,
        "checkworthiness": round(c.checkworthiness, 4),
        "status": c.status,
        "source": c.source,
        "attribution": c.attribution,
        "quantities": [
            {
                "start": q.start,
                "end": q.end,
                "text": q.text,
                "low": q.low,
                "high": q.high,
                "unit": q.unit,
                "kind": q.kind,
            }
            for q in c.quantities
        ],
        "entities": list(c.entities),
        "cues": list(c.cues),
    }


def opinion_dict(o: Opinion) -> dict[str, Any]:
    return {
        "start": o.start,
        "end": o.end,
        "text": o.text,
        "score": round(o.score, 4),
        "loaded": [span_dict(s) for s in o.loaded],
        "holder": o.holder,
    }


def outlet_label(article: dict[str, Any]) -> str:
    """An article dict's outlet for people: its name, or "(no outlet)"."""
    return str(article["outlet"] or "(no outlet)")


def article_dict(doc: ArticleDoc, story: str | None = None) -> dict[str, Any]:
    a = doc.article
    text = a.text
    analysis = doc.analysis
    return {
        "id": a.id,
        "title": a.title,
        "outlet": a.outlet,
        "url": a.url,
        "published": a.published,
        "author": a.author,
        "origin": a.origin,
        "story": story,
        "text": text,
        "sentences": [
            {"start": s.start, "end": s.end, "text": text[s.start : s.end]}
            for s in (analysis.sentences if analysis else ())
        ],
        "entities": [
            {"start": e.start, "end": e.end, "text": e.text, "label": e.label}
            for e in (analysis.entities if analysis else ())
        ],
        "attributions": [attribution_dict(x) for x in doc.attributions],
        "claims": [claim_dict(x) for x in doc.claims],
        "opinion": [opinion_dict(x) for x in doc.opinions],
    }


def group_dict(g: ClaimGroup) -> dict[str, Any]:
    return {
        "id": g.id,
        "text": g.text,
        "members": [
            {"article": m.article, "claim": m.claim, "start": m.start, "end": m.end, "text": m.text}
            for m in g.members
        ],
        "outlets": list(g.outlets),
        "origins": list(g.origins),
        "relation": g.relation,
        "first_reported": g.first_reported,
        "circular": g.circular,
    }


def story_dict(s: Story, groups: Iterable[ClaimGroup]) -> dict[str, Any]:
    return {
        "id": s.id,
        "title": s.title,
        "articles": list(s.articles),
        "claims": [group_dict(g) for g in groups],
    }


def copy_dict(c: Copy) -> dict[str, Any]:
    return {
        "a": c.a,
        "b": c.b,
        "relation": c.relation,
        "similarity": round(c.similarity, 4),
        "changes": list(c.changes),
    }


def export_dict(ledger: Ledger) -> dict[str, Any]:
    """The exchange format (docs/exchange-format.md, JSON Schema beside it)."""
    story_of = ledger.story_map()
    groups: dict[str, list[ClaimGroup]] = {}
    for g in ledger.claim_groups():
        groups.setdefault(g.story, []).append(g)
    return {
        "format": "newstrace-export",
        "version": 1,
        "generator": f"newstrace {__version__}",
        "articles": [article_dict(d, story_of.get(d.article.id)) for d in ledger.iter_docs()],
        "stories": [story_dict(s, groups.get(s.id, [])) for s in ledger.stories()],
        "copies": [copy_dict(c) for c in ledger.copies()],
    }


def story_context(ledger: Ledger, story: Story) -> dict[str, Any]:
    """Everything a story page shows: articles in time order, claim groups, copies, graph."""
    docs = [d for d in (ledger.get_article(aid) for aid in story.articles) if d is not None]
    ids = set(story.articles)
    groups = sorted(
        ledger.claim_groups(story.id),
        key=lambda g: (
            not g.circular,
            -len(g.outlets),
            -len(g.members),
            g.relation != "contradict",
            g.text,
        ),
    )
    return {
        "story": story_dict(story, groups),
        "articles": [article_dict(d, story.id) for d in docs],
        "copies": [copy_dict(c) for c in ledger.copies() if c.a in ids or c.b in ids],
        "graph": ledger.story_graph(story.id),
    }


def change_parts(change: object) -> tuple[str, str, str]:
    """A change a copy made, for people: (kind, detail, sentence), e.g.
    ("number changed", "7.4 → 7", "The toll rose to about $7 ..."), ("hedge added", "about", ...)."""
    if not isinstance(change, dict):
        return ("change", "", str(change))

    def listed(value: object) -> str:
        if isinstance(value, list | tuple):
            return ", ".join(listed(v) for v in value)
        if isinstance(value, float | int) and not isinstance(value, bool):
            if float(value).is_integer() and abs(value) < 10_000:
                return str(int(value))  # 2026 stays a year, not '2,026'
            return _number_text(float(value))  # 12500000.0 -> '12.5 million'
        return "" if value is None else str(value)

    kind = str(change.get("type", "change")).replace("_", " ")
    if "from" in change or "to" in change:
        # a side without a number says so ('none → 400'), not '-', which reads as minus
        detail = f"{listed(change.get('from')) or 'none'} → {listed(change.get('to')) or 'none'}"
    else:
        detail = listed(change.get("words"))
    text = change.get("text") or change.get("b_text") or change.get("a_text") or ""
    return (kind, detail, str(text))


def change_line(change: object) -> str:
    """One line for a change: 'hedge added (about): “... about 140 people ...”'."""
    kind, detail, text = change_parts(change)
    return kind + (f" ({detail})" if detail else "") + (f": “{text}”" if text else "")


_SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))


def _number_text(x: float) -> str:
    """A figure for people: 7120000000.0 -> '7.12 billion', 2021.0 -> '2,021', 0.5 -> '0.5'."""
    if abs(x) >= 1e6:
        x = float(f"{x:.4g}")  # 999999999999.0 is '1 trillion', not '1000 billion'
    for scale, word in _SCALES:
        if abs(x) >= scale:
            return f"{x / scale:.4g} {word}"
    if float(x).is_integer():
        return f"{int(x):,}"
    return f"{x:,.4f}".rstrip("0").rstrip(".")


def interval_text(low: float | None, high: float | None) -> str:
    """A quantity's interval: '7.12 billion', '90 billion–110 billion', '≥ 7 billion'."""
    if low is None and high is None:
        return ""
    if high is None:
        return f"≥ {_number_text(low or 0.0)}"
    if low is None:
        return f"≤ {_number_text(high)}"
    a, b = _number_text(low), _number_text(high)
    return a if a == b else f"{a}–{b}"


def quantity_text(q: dict[str, Any]) -> str:
    """A quantity as a table shows it: its words, then the interval and the unit when the
    words do not already say it ('about 140 passengers (126–154)', '$7.12 billion')."""
    words = str(q.get("text") or "")
    span = interval_text(q.get("low"), q.get("high"))
    unit = str(q.get("unit") or "")
    if not span or span.replace(",", "") in words.replace(",", ""):
        return words
    extra = span if not unit or unit.casefold() in words.casefold() else f"{span} {unit}"
    return f"{words} ({extra})"


def when_text(published: str | None) -> str:
    """A publication time for people: '2026-05-04T09:00:00+00:00' -> '2026-05-04 09:00 UTC',
    '2026-03-04T12:00:00+02:00' -> '2026-03-04 12:00 +02:00', a day stays a day, no
    date says so; what does not parse is shown as written."""
    if not published:
        return "no date"
    try:
        when = dt.datetime.fromisoformat(published)
    except ValueError:
        return published
    if len(published) <= 10:
        return when.date().isoformat()
    text = when.strftime("%Y-%m-%d %H:%M")
    offset = when.utcoffset()
    if offset is None:
        return text
    if not offset:
        return f"{text} UTC"
    return f"{text} {when.strftime('%z')[:3]}:{when.strftime('%z')[3:]}"


_PLURALS = {"story": "stories", "copy": "copies"}


def plural(n: int, word: str) -> str:
    """'1 article', '3 articles', '1 story', '0 copies'."""
    return f"{n} {word if n == 1 else _PLURALS.get(word, word + 's')}"
