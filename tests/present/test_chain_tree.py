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
    # offsets as in "According to the Daily Orlin, the channel Iron Owl claims that ..."
    outer["content"] = {"start": 30, "end": 80, "text": outer["content"]["text"]}
    inner["source"] = {"start": 30, "end": 50, "text": "the channel Iron Owl"}
    inner["cue"] = {"start": 51, "end": 57, "text": "claims"}
    inner["content"] = {"start": 58, "end": 80, "text": "that the ferry was sold"}
    text = _render([outer, inner, more])
    # the hop is not a leaf: its content appears only inside the origin's branch
    assert "the channel Iron Owl claims" not in text
    assert text.count("Iron Owl social media") == 1
    assert text.count("Orlin Post news outlet") == 1
    lines = text.splitlines()
    owl = next(i for i, line in enumerate(lines) if "Iron Owl social media" in line)
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


def test_quote_parts_are_shown_apart_and_a_large_hop_keeps_its_leaf() -> None:
    said = _att("c1", ["Orlin Post", "Ada Kell"], ["outlet", "person"], "said", "whole")
    said["content_parts"] = [
        {"start": 0, "end": 10, "text": "“The ferry is late,”"},
        {"start": 40, "end": 60, "text": "“and nobody is paid.”"},
    ]
    text = _render([said])
    assert "said ““The ferry is late,” … “and nobody is paid.””" in text
    # a hop whose inner report is a small part of what it says keeps its own leaf
    hop = _att(
        "d1",
        ["Orlin Post", "Iron Owl"],
        ["outlet", "social_media"],
        "said",
        "that the board is bargaining with the union, which Ostra calls a cartel, by "
        "offering to pay in fuel",
        hop=True,
    )
    hop["content"] = {"start": 0, "end": 200, "text": hop["content"]["text"]}
    inner = _att(
        "d2",
        ["Orlin Post", "Iron Owl", "Vrana"],
        ["outlet", "social_media", "person"],
        "offering",
        "to pay in fuel",
        parent="d1",
    )
    inner["content"] = {"start": 180, "end": 200, "text": "to pay in fuel"}
    inner["cue"] = {"start": 170, "end": 178, "text": "offering"}
    inner["source"] = None
    text = _render([hop, inner])
    assert "said “that the board is bargaining" in text and "offering “to pay in fuel”" in text
