"""Rich renderings for `newstrace show` and `newstrace sources`."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.tree import Tree

from ..extract.attribution.lexicon import is_report
from .labels import copy_label, group_label, kind_label, status_label
from .views import change_line, outlet_label, plural, quantity_text, when_text

__all__ = ["chain_tree", "print_article", "print_story"]


def chain_tree(node: Tree, attributions: list[dict[str, Any]]) -> None:
    """Nest attributions as chains: outlet → intermediary → … → origin: content.

    Chains that share a beginning share branches, so an origin heard through the
    same intermediaries appears once with everything it said beneath it. A hop (an
    attribution whose content holds another one: "According to the Beacon, Iron
    Owl claims …") is not a leaf of its own: the attribution inside it carries the
    whole chain down to its origin.
    """
    branches: dict[tuple[str, ...], Tree] = {}
    covered = _covered_hops(attributions)
    for a in attributions:
        if a.get("hop") and a["id"] in covered:
            continue
        chain = a["chain"] or ["writer"]
        kinds = a.get("chain_kinds") or []
        branch = node
        for i, name in enumerate(chain):
            key = tuple(chain[: i + 1])
            if key not in branches:
                kind = kinds[i] if i < len(kinds) else ""
                tag = "" if kind == "writer" else kind_label(kind)  # not 'writer the writer'
                branches[key] = branch.add(
                    escape(name) + (f" [dim]{escape(tag)}[/dim]" if tag else "")
                )
            branch = branches[key]
        if a.get("source") is None and a["chain"]:
            # hearsay with nobody named: "Kestavia said to be buying gunships"
            branch = branch.add("[dim](unnamed)[/dim]")
        cue = a["cue"]["text"] if a.get("cue") else ""
        parts = a.get("content_parts") or [a["content"]]  # "“A,” she said, “B.”": A … B
        said = " … ".join(p["text"] for p in parts)
        branch.add(f"[italic]{escape(cue)}[/italic] “{escape(said)}”")


def _covered_hops(attributions: list[dict[str, Any]]) -> set[str]:
    """Hops whose content is mostly the report inside them ("According to the Sun,
    the channel claims that X"): they need no leaf of their own. A hop whose inner
    report is a small part of what it says keeps its leaf."""
    extent: dict[str, int] = {}
    for a in attributions:
        parent = a.get("parent")
        cue = (a.get("cue") or {}).get("text", "")
        if not parent or not is_report(a.get("kind", ""), cue):
            continue  # an act hung inside the hop ("by offering to") does not say it for it
        spans = [x for x in (a.get("source"), a.get("cue"), a.get("content")) if x and "end" in x]
        if not spans:
            continue
        size = max(x["end"] for x in spans) - min(x["start"] for x in spans)
        extent[parent] = extent.get(parent, 0) + size
    out = set()
    for a in attributions:
        content = a["content"]
        size = max(1, content["end"] - content["start"])
        if a.get("hop") and extent.get(a["id"], 0) >= 0.6 * size:
            out.add(a["id"])
    return out


def print_article(out: Console, a: dict[str, Any]) -> None:
    out.print(
        f"[bold]{escape(a['title'])}[/bold]  "
        f"[dim]{escape(a['outlet'])} · {escape(when_text(a['published']))} · {a['id']}"
        + (f" · story {escape(str(a['story']))}" if a.get("story") else "")
        + "[/dim]"
    )
    if a["claims"]:
        t = Table("status", "claim", "source", "numbers", "score")
        for c in a["claims"]:
            nums = "; ".join(quantity_text(q) for q in c["quantities"])
            t.add_row(
                status_label(c["status"]),
                escape(c["text"]),
                escape(c["source"] or "writer"),
                escape(nums),
                f"{c['checkworthiness']:.2f}",
            )
        out.print(t)
    if a["attributions"]:
        root = Tree("[bold]who says what")
        chain_tree(root, a["attributions"])
        out.print(root)
    for o in a["opinion"]:
        words = ", ".join(w["text"] for w in o["loaded"])
        out.print(
            f"[magenta]opinion[/magenta] ({escape(o['holder'])}, {o['score']:.2f}) "
            + escape(o["text"])
            + (f" [dim]loaded: {escape(words)}[/dim]" if words else "")
        )


def print_story(out: Console, ctx: dict[str, Any]) -> None:
    story = ctx["story"]
    arts = ctx["articles"]
    title = {a["id"]: f"{a['outlet']}: {a['title']}" for a in arts}
    out.print(
        f"[bold]{escape(story['title'] or story['id'])}[/bold]  [dim]story {story['id']}[/dim]"
    )
    out.print("outlets: " + escape(", ".join(sorted({outlet_label(a) for a in arts}))))
    t = Table("published", "outlet", "article", title="timeline")
    for a in arts:
        t.add_row(escape(when_text(a["published"])), escape(a["outlet"]), escape(a["title"]))
    out.print(t)
    shared = [g for g in story["claims"] if len(g["members"]) > 1]
    if shared:
        t = Table(
            "claim",
            "outlets",
            "origins",
            "relation",
            "first reported",
            title="claims across articles",
        )
        for g in shared:
            flag = " [red]CIRCULAR[/red]" if g["circular"] else ""
            t.add_row(
                escape(g["text"]),
                str(len(g["outlets"])),
                f"{len(g['origins'])}: {escape(', '.join(g['origins']))}{flag}",
                group_label(g["relation"]),
                escape(title.get(g["first_reported"] or "", "")) or "[dim]unknown (no dates)[/dim]",
            )
        out.print(t)
    singles = len(story["claims"]) - len(shared)
    if singles:
        out.print(
            f"[dim]{plural(singles, 'more claim')} told by one article only "
            "(newstrace show ARTICLE_ID lists them)[/dim]"
        )
    if ctx["copies"]:
        out.print(
            "[dim]copies and rewrites, A → B: what B added, dropped or changed "
            "(A is the earlier of the two when both have a date)[/dim]"
        )
    for c in ctx["copies"]:
        out.print(
            f"[bold]{escape(copy_label(c['relation']))}[/bold] ({c['similarity']:.2f}) "
            f"{escape(title.get(c['a'], c['a']))} → {escape(title.get(c['b'], c['b']))}"
        )
        for ch in c["changes"]:
            out.print(f"   · {escape(change_line(ch))}", highlight=False)
