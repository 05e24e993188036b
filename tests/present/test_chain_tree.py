"""The provenance tree printed by `newstrace sources` and `newstrace show` (fiction)."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.tree import Tree

from newstrace.present.show import chain_tree


def _att(
    aid: str,
    chain: list[str],
    kinds: list[str],
    cue: str,
    content: str,
    *,
    hop: bool = False,
    parent: str | None = None,
    source: bool = True,
) -> dict[str, Any]:
    src = {"text": chain[-1], "kind": kinds[-1], "canonical": chain[-1]} if source else None
    return {
        "id": aid,
        "source": src,
        "cue": {"start": 0, "end": len(cue), "text": cue},
        "content": {"start": 0, "end": len(content), "text": content},
        "hop": hop,
        "parent": parent,
        "chain": chain,
        "chain_kinds": kinds,
    }


def _render(atts: list[dict[str, Any]]) -> str:
    root = Tree("story")
    chain_tree(root, atts)
    console = Console(width=200, record=True, color_system=None)
    console.print(root)
    return console.export_text()


def test_hops_nest_and_shared_chains_merge() -> None:
    outer = _att(
        "a1",
        ["Orlin Post", "Daily Orlin"],
        ["outlet", "outlet"],
        "according to",
        "the channel Iron Owl claims that the ferry was sold",
        hop=True,
    )
    inner = _att(
        "a2",
        ["Orlin Post", "Daily Orlin", "Iron Owl"],
        ["outlet", "outlet", "social_media"],
        "claims",
        "that the ferry was sold",
        parent="a1",
    )
    more = _att(
        "a3",
        ["Orlin Post", "Daily Orlin", "Iron Owl"],
        ["outlet", "outlet", "social_media"],
        "wrote",
        "the price was $2 million",
    )
    text = _render([outer, inner, more])
    # the hop is not a leaf: its content appears only inside the origin's branch
    assert "the channel Iron Owl claims" not in text
    assert text.count("Iron Owl social_media") == 1
    assert text.count("Orlin Post outlet") == 1
    lines = text.splitlines()
    owl = next(i for i, line in enumerate(lines) if "Iron Owl social_media" in line)
    below = "\n".join(lines[owl + 1 :])
    assert "claims “that the ferry was sold”" in below
    assert "wrote “the price was $2 million”" in below


def test_unnamed_hearsay_and_markup_are_shown_literally() -> None:
    hearsay = _att(
        "b1",
        ["Orlin Post"],
        ["outlet"],
        "said",
        "Kestavia said to be buying [bold]ferries[/bold]",
        source=False,
    )
    text = _render([hearsay])
    assert "(unnamed)" in text
    assert "[bold]ferries[/bold]" in text  # escaped, not read as Rich markup
