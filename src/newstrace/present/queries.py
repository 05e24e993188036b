"""Read-only commands: stories, show, claims, sources, search (registered in cli.py)."""

from __future__ import annotations

from typing import Annotated, Any

import typer
from rich.markup import escape
from rich.table import Table
from rich.tree import Tree

from ..errors import ConfigError
from .cli_common import DEFAULT_DB, DbOpt, JsonOpt, err, find, ledger_at, out
from .views import article_dict, claim_dict, story_context

__all__ = ["claims", "search", "show", "sources", "stories"]


def stories(db: DbOpt = DEFAULT_DB, json_out: JsonOpt = False) -> None:
    """List stories with their articles, outlets and flags."""
    with ledger_at(db) as ledger:
        rows: list[dict[str, Any]] = []
        for s in ledger.stories():
            groups = ledger.claim_groups(s.id)
            docs = [ledger.get_article(a) for a in s.articles]
            rows.append(
                {
                    "id": s.id,
                    "title": s.title,
                    "articles": len(s.articles),
                    "outlets": sorted({d.article.outlet for d in docs if d}),
                    "claim_groups": len(groups),
                    "circular": sum(g.circular for g in groups),
                }
            )
    if json_out:
        out.print_json(data=rows)
        return
    table = Table("id", "title", "articles", "outlets", "claim groups", "circular")
    for r in rows:
        table.add_row(
            r["id"],
            escape(r["title"]),
            str(r["articles"]),
            escape(", ".join(r["outlets"])),
            str(r["claim_groups"]),
            str(r["circular"]),
        )
    out.print(table)


def show(
    ident: Annotated[str, typer.Argument(help="A story or article id (a prefix will do).")],
    db: DbOpt = DEFAULT_DB,
    json_out: JsonOpt = False,
) -> None:
    """Show a story (outlets, timeline, claims with origins and agreement, copies) or an article."""
    with ledger_at(db) as ledger:
        kind, obj = find(ledger, ident)
        data = story_context(ledger, obj) if kind == "story" else article_dict(obj)
    if json_out:
        out.print_json(data=data)
        return
    from .show import print_article, print_story

    (print_story if kind == "story" else print_article)(out, data)


def claims(
    db: DbOpt = DEFAULT_DB,
    status: Annotated[str | None, typer.Option(help="Only this reporting status.")] = None,
    min_score: Annotated[float, typer.Option(help="Minimum check-worthiness.")] = 0.0,
    story: Annotated[str | None, typer.Option(help="Only this story.")] = None,
    json_out: JsonOpt = False,
) -> None:
    """List claims with status, numbers and source."""
    from ..model import Status

    if status and status not in {s.value for s in Status}:
        err.print(
            f"[red]error[/red] {escape(str(ConfigError('NT102', what='status', name=status, choices=', '.join(s.value for s in Status))))}"
        )
        raise typer.Exit(2)
    with ledger_at(db) as ledger:
        smap = ledger.story_map()
        rows = []
        for doc in ledger.iter_docs():
            if story and not smap.get(doc.article.id, "").startswith(story):
                continue
            for c in doc.claims:
                if (status and c.status != status) or c.checkworthiness < min_score:
                    continue
                rows.append(
                    {"article": doc.article.id, "outlet": doc.article.outlet, **claim_dict(c)}
                )
    if json_out:
        out.print_json(data=rows)
        return
    table = Table("status", "claim", "source", "numbers", "score", "outlet")
    for r in rows:
        nums = "; ".join(
            f"{q['text']} [{q['low']}, {q['high']}] {q['unit']}" for q in r["quantities"]
        )
        table.add_row(
            r["status"],
            escape(r["text"]),
            escape(r["source"] or "writer"),
            escape(nums),
            f"{r['checkworthiness']:.2f}",
            escape(r["outlet"]),
        )
    out.print(table)


def sources(
    ident: Annotated[str, typer.Argument(help="A story or article id (a prefix will do).")],
    db: DbOpt = DEFAULT_DB,
    json_out: JsonOpt = False,
) -> None:
    """Print a story's or article's attribution chains as a tree."""
    with ledger_at(db) as ledger:
        kind, obj = find(ledger, ident)
        docs = [ledger.get_article(a) for a in obj.articles] if kind == "story" else [obj]
        arts = [article_dict(d) for d in docs if d]
    if json_out:
        out.print_json(
            data=[
                {"article": a["id"], "outlet": a["outlet"], "attributions": a["attributions"]}
                for a in arts
            ]
        )
        return
    from .show import chain_tree

    root = Tree(f"[bold]{kind} {escape(ident)}")
    for a in arts:
        chain_tree(
            root.add(f"[bold]{escape(a['outlet'])}[/bold]: {escape(a['title'])}"),
            a["attributions"],
        )
    out.print(root)


def search(
    query: Annotated[str, typer.Argument(help="Words to find in sentences (full-text).")],
    db: DbOpt = DEFAULT_DB,
    limit: int = 20,
    json_out: JsonOpt = False,
) -> None:
    """Full-text search over every stored sentence."""
    with ledger_at(db) as ledger:
        hits = ledger.search(query, limit)
    if json_out:
        out.print_json(data=hits)
        return
    for h in hits:
        out.print(
            f"[bold]{escape(h['outlet'])}[/bold] {h['article']}#{h['sentence']}: {escape(h['snippet'])}",
            highlight=False,
        )
