"""Read-only commands: stories, show, claims, sources, search (registered in cli.py)."""

from __future__ import annotations

from typing import Annotated, Any

import typer
from rich.markup import escape
from rich.table import Table
from rich.tree import Tree

from ..errors import ConfigError
from ..model import Status
from .cli_common import DEFAULT_DB, DbOpt, JsonOpt, err, find, find_story, ledger_at, out
from .labels import status_label
from .views import article_dict, claim_dict, quantity_text, story_context

__all__ = ["claims", "search", "show", "sources", "stories"]


def stories(db: DbOpt = DEFAULT_DB, json_out: JsonOpt = False) -> None:
    """List stories with their articles, outlets and flags."""
    with ledger_at(db, must_exist=True) as ledger:
        rows: list[dict[str, Any]] = []
        for s in ledger.stories():
            groups = ledger.claim_groups(s.id)
            docs = [ledger.get_article(a) for a in s.articles]
            rows.append(
                {
                    "id": s.id,
                    "title": s.title,
                    "articles": len(s.articles),
                    "outlets": sorted({d.article.home for d in docs if d}),
                    "claim_groups": len(groups),
                    "circular": sum(g.circular for g in groups),
                }
            )
    if json_out:
        out.print_json(data=rows)
        return
    if not rows:
        err.print(
            "no stories in this ledger yet — add articles with `newstrace run FILES`, "
            "or group the ones added with `newstrace link`",
            highlight=False,
        )
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
    with ledger_at(db, must_exist=True) as ledger:
        kind, obj = find(ledger, ident)
        if kind == "story":
            data = story_context(ledger, obj)
        else:
            data = article_dict(obj, ledger.story_map().get(obj.article.id))
    if json_out:
        out.print_json(data=data)
        return
    from .show import print_article, print_story

    (print_story if kind == "story" else print_article)(out, data)


def claims(
    db: DbOpt = DEFAULT_DB,
    status: Annotated[
        str | None,
        typer.Option(
            help="Only this reporting status: " + ", ".join(s.value for s in Status) + "."
        ),
    ] = None,
    min_score: Annotated[
        float, typer.Option(help="Only claims at least this check-worthy (0 to 1).")
    ] = 0.0,
    story: Annotated[
        str | None, typer.Option(help="Only this story's claims (a story id; a prefix will do).")
    ] = None,
    json_out: JsonOpt = False,
) -> None:
    """List claims with status, numbers and source."""
    if status and status not in {s.value for s in Status}:
        err.print(
            f"[red]error[/red] {escape(str(ConfigError('NT102', what='status', name=status, choices=', '.join(s.value for s in Status))))}"
        )
        raise typer.Exit(2)
    with ledger_at(db, must_exist=True) as ledger:
        story_id = find_story(ledger, story) if story is not None else None
        smap = ledger.story_map()
        rows = []
        for doc in ledger.iter_docs():
            if story_id is not None and smap.get(doc.article.id) != story_id:
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
    if not rows:
        err.print("no claims match — loosen --status, --min-score or --story", highlight=False)
        return
    table = Table("status", "claim", "source", "numbers", "score", "outlet")
    for r in rows:
        nums = "; ".join(quantity_text(q) for q in r["quantities"])
        table.add_row(
            status_label(r["status"]),
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
    with ledger_at(db, must_exist=True) as ledger:
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
    limit: Annotated[int, typer.Option(help="Show at most this many sentences.", min=1)] = 20,
    json_out: JsonOpt = False,
) -> None:
    """Full-text search over every stored sentence."""
    with ledger_at(db, must_exist=True) as ledger:
        hits = ledger.search(query, limit)
    if json_out:
        out.print_json(data=hits)
        return
    if not hits:
        err.print(
            f"no sentence matches {escape(repr(query))} — try fewer or other words",
            highlight=False,
        )
    for h in hits:
        out.print(
            f"[bold]{escape(h['outlet'])}[/bold] {h['article']}#{h['sentence']}: {escape(h['snippet'])}",
            highlight=False,
        )
