"""The static HTML report: an index and one page per story, each with a JSON twin.

Readable from disk without a server; all article text is escaped (Jinja2 autoescape).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape

from ..store import Ledger
from .labels import copy_label, group_label, kind_label, status_label
from .views import (
    article_dict,
    change_parts,
    outlet_label,
    plural,
    quantity_text,
    story_context,
    when_text,
)

__all__ = ["write_report"]


def _env() -> Environment:
    env = Environment(
        loader=PackageLoader("newstrace.present", "templates"),
        autoescape=select_autoescape(["html"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["change_parts"] = change_parts
    env.filters["plural"] = plural
    env.filters["status_label"] = status_label
    env.filters["copy_label"] = copy_label
    env.filters["group_label"] = group_label
    env.filters["kind_label"] = kind_label
    env.filters["quantity_text"] = quantity_text
    env.filters["when_text"] = when_text
    return env


def _svg(graph: dict[str, Any] | None) -> str:
    if not graph:
        return ""
    try:
        from ..link.graph import render_svg
    except ImportError:
        return ""
    svg = str(render_svg(graph.get("nodes", []), graph.get("edges", [])))
    # an arrow's tooltip names how two articles relate: in words, as everywhere in the page
    return _COPY_TITLE.sub(lambda m: f"<title>{copy_label(m.group(1))}</title>", svg)


_COPY_TITLE = re.compile(r"<title>(duplicate|wire_copy|rewrite|shares_quotes)</title>")


def _dump(path: Path, data: Any) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def write_report(ledger: Ledger, out_dir: str | Path, missing: list[str] | None = None) -> Path:
    """Write index.html (+ index.json) and story-<id>.html (+ .json); return the index path."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    env = _env()
    common = {"ledger_path": ledger.path}
    rows: list[dict[str, Any]] = []
    in_story: set[str] = set()
    for story in ledger.stories():
        ctx = story_context(ledger, story)
        arts = ctx["articles"]
        in_story.update(story.articles)
        outlets = sorted({outlet_label(a) for a in arts})
        titles = {a["id"]: f"{outlet_label(a)}: {a['title']}" for a in arts}
        dates = sorted(a["published"][:10] for a in arts if a["published"])
        href = f"story-{story.id}.html"
        json_href = f"story-{story.id}.json"
        (out / href).write_text(
            env.get_template("story.html").render(
                **common,
                **ctx,
                outlets=outlets,
                titles=titles,
                json_href=json_href,
                graph_svg=_svg(ctx["graph"]),
            ),
            encoding="utf-8",
        )
        _dump(out / json_href, ctx)
        groups = ctx["story"]["claims"]
        rows.append(
            {
                "id": story.id,
                "title": story.title,
                "href": href,
                "articles": len(arts),
                "outlets": outlets,
                "groups": len(groups),
                "circular": sum(1 for g in groups if g["circular"]),
                "contradict": sum(1 for g in groups if g["relation"] == "contradict"),
                "first": dates[0] if dates else "",
                "last": dates[-1] if dates else "",
            }
        )
    loose = []
    for aid in ledger.article_ids():
        if aid in in_story:
            continue
        doc = ledger.get_article(aid)
        if doc is None:
            continue
        href = f"article-{aid}.html"
        ctx = {
            "story": {"id": aid, "title": doc.article.title, "articles": [aid], "claims": []},
            "articles": [article_dict(doc)],
            "copies": [],
            "graph": None,
        }
        (out / href).write_text(
            env.get_template("story.html").render(
                **common,
                **ctx,
                outlets=[doc.article.outlet],
                titles={aid: doc.article.title},
                json_href=f"article-{aid}.json",
                graph_svg="",
            ),
            encoding="utf-8",
        )
        _dump(out / f"article-{aid}.json", ctx)
        loose.append(
            {
                "href": href,
                "title": doc.article.title,
                "outlet": doc.article.outlet,
                "published": doc.article.published,
            }
        )
    index = {"counts": ledger.counts(), "stories": rows, "loose": loose, "missing": missing or []}
    (out / "index.html").write_text(
        env.get_template("index.html").render(**common, **index), encoding="utf-8"
    )
    _dump(out / "index.json", index)
    written = {str(r["href"]) for r in (*rows, *loose)}
    _remove_stale(out, written | {h.removesuffix(".html") + ".json" for h in written})
    return out / "index.html"


_PAGE = re.compile(r"(?:story|article)-[0-9a-f]{16}\.(?:html|json)")


def _remove_stale(out: Path, written: set[str]) -> None:
    """Pages (and JSON twins) of stories an earlier report had and this one has not:
    after a relink they would sit beside the index, unlinked and out of date."""
    for path in out.iterdir():
        if _PAGE.fullmatch(path.name) and path.name not in written and path.is_file():
            path.unlink()
