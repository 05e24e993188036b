"""Records to rows and back, shared by every backend (no SQL here)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from ..model import (
    Analysis,
    Attribution,
    Claim,
    Entity,
    Opinion,
    Quantity,
    Sentence,
    Source,
    SourceKind,
    Span,
)

__all__ = [
    "analysis_from_rows",
    "attribution_from_row",
    "attribution_row",
    "claim_from_row",
    "claim_row",
    "dumps",
    "opinion_from_row",
    "opinion_row",
    "quantity_rows",
]

Row = Sequence[Any]


def dumps(value: Any) -> str:
    """Deterministic JSON (sorted keys, no spaces) so re-runs write identical rows."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def _span(start: Any, end: Any, text: Any) -> Span | None:
    return None if start is None else Span(int(start), int(end), str(text))


def attribution_row(article_id: str, a: Attribution, run_id: str) -> tuple[Any, ...]:
    s = a.source
    sp = s.span if s else None
    return (
        a.id,
        article_id,
        a.sentence,
        a.kind,
        sp.start if sp else None,
        sp.end if sp else None,
        sp.text if sp else None,
        s.kind.value if s else None,
        s.canonical if s else None,
        s.role if s else None,
        a.cue.start if a.cue else None,
        a.cue.end if a.cue else None,
        a.cue.text if a.cue else None,
        a.content.start,
        a.content.end,
        a.content.text,
        dumps([{"start": p.start, "end": p.end, "text": p.text} for p in a.content_parts]),
        a.parent,
        int(a.hop),
        dumps(list(a.chain)),
        dumps(list(a.chain_kinds)),
        run_id,
    )


def attribution_from_row(r: Row) -> Attribution:
    (
        aid,
        _art,
        sentence,
        kind,
        ss,
        se,
        st,
        skind,
        scanon,
        srole,
        cs,
        ce,
        ct,
        os_,
        oe,
        ot,
        parts,
        parent,
        hop,
        chain,
        chain_kinds,
        _run,
    ) = r
    source = None
    if skind is not None:
        source = Source(_span(ss, se, st), SourceKind(skind), scanon or "", srole or "")
    return Attribution(
        id=aid,
        source=source,
        cue=_span(cs, ce, ct),
        content=Span(int(os_), int(oe), ot),
        chain=tuple(json.loads(chain)),
        chain_kinds=tuple(json.loads(chain_kinds)),
        kind=kind,
        parent=parent,
        sentence=int(sentence),
        content_parts=tuple(
            Span(int(d["start"]), int(d["end"]), d["text"]) for d in json.loads(parts)
        ),
        hop=bool(hop),
    )


def claim_row(article_id: str, c: Claim, run_id: str) -> tuple[Any, ...]:
    return (
        c.id,
        article_id,
        c.sentence,
        c.start,
        c.end,
        c.text,
        float(c.checkworthiness),
        c.status,
        c.source,
        c.attribution,
        dumps(list(c.entities)),
        dumps(list(c.cues)),
        run_id,
    )


def quantity_rows(c: Claim) -> list[tuple[Any, ...]]:
    return [
        (c.id, i, q.start, q.end, q.text, q.low, q.high, q.unit, q.kind)
        for i, q in enumerate(c.quantities)
    ]


def claim_from_row(r: Row, quantities: Sequence[Row]) -> Claim:
    cid, _art, sentence, start, end, text, cw, status, source, attr, ents, cues, _run = r
    qs = tuple(
        Quantity(int(q[2]), int(q[3]), q[4], q[5], q[6], q[7], q[8])
        for q in sorted(quantities, key=lambda q: int(q[1]))
    )
    return Claim(
        id=cid,
        start=int(start),
        end=int(end),
        text=text,
        sentence=int(sentence),
        checkworthiness=float(cw),
        status=status,
        source=source,
        attribution=attr,
        quantities=qs,
        entities=tuple(json.loads(ents)),
        cues=tuple(json.loads(cues)),
    )


def opinion_row(article_id: str, idx: int, o: Opinion, run_id: str) -> tuple[Any, ...]:
    loaded = [{"start": s.start, "end": s.end, "text": s.text} for s in o.loaded]
    return (
        article_id,
        idx,
        o.start,
        o.end,
        o.text,
        float(o.score),
        dumps(loaded),
        o.holder,
        run_id,
    )


def opinion_from_row(r: Row) -> Opinion:
    _art, _idx, start, end, text, score, loaded, holder, _run = r
    spans = tuple(Span(int(d["start"]), int(d["end"]), d["text"]) for d in json.loads(loaded))
    return Opinion(int(start), int(end), text, float(score), spans, holder)


def analysis_from_rows(sentences: Sequence[Row], entities: Sequence[Row], model: str) -> Analysis:
    """The stored part of an analysis: sentences and entities (tokens are not stored)."""
    sents = tuple(Sentence(int(r[1]), int(r[2]), int(r[3]), 0, 0) for r in sentences)
    ents = tuple(Entity(int(r[2]), int(r[3]), r[4], r[5], 0, 0) for r in entities)
    return Analysis(tokens=(), sentences=sents, entities=ents, noun_chunks=(), model=model)
