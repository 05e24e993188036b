"""Builders for hand-made linking records. All texts are invented fiction."""

from __future__ import annotations

from newstrace.model import (
    Article,
    ArticleDoc,
    Attribution,
    Claim,
    Quantity,
    Source,
    SourceKind,
    Span,
)


def doc(
    text: str,
    outlet: str = "Tessaly Post",
    published: str | None = None,
    title: str = "",
    claims: tuple[Claim, ...] = (),
    attributions: tuple[Attribution, ...] = (),
    salt: str = "",
) -> ArticleDoc:
    """An ArticleDoc without a parse (as loaded back from the ledger: no tokens)."""
    article = Article(
        id=Article.make_id(text + salt),
        text=text,
        title=title,
        outlet=outlet,
        published=published,
    )
    return ArticleDoc(article=article, claims=claims, attributions=attributions)


def claim(
    text: str,
    cid: str,
    quantities: tuple[Quantity, ...] = (),
    status: str = "confirmed",
    source: str | None = None,
    attribution: str | None = None,
    start: int = 0,
) -> Claim:
    return Claim(
        id=cid,
        start=start,
        end=start + len(text),
        text=text,
        sentence=0,
        checkworthiness=0.8,
        status=status,
        source=source,
        attribution=attribution,
        quantities=quantities,
    )


def qty(
    text: str, low: float | None, high: float | None, unit: str, kind: str = "count"
) -> Quantity:
    return Quantity(0, len(text), text, low, high, unit, kind)


def attribution(
    aid: str, chain: tuple[str, ...], kinds: tuple[str, ...], content: str
) -> Attribution:
    src = Source(span=None, kind=SourceKind(kinds[-1]), canonical=chain[-1])
    return Attribution(
        id=aid,
        source=src,
        cue=None,
        content=Span(0, len(content), content),
        chain=chain,
        chain_kinds=kinds,
    )
