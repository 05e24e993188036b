"""Across outlets: copies and rewrites, stories, claim alignment and provenance.

Public API:

- ``signature(text) -> bytes``: the MinHash signature to persist per article;
- ``Linker(...).link(docs, prior_stories, signatures) -> LinkResult``;
- ``LinkResult`` (stories, copies, claim_groups, graphs) and ``StoryGraph``;
- ``render_svg(nodes, edges)``: a standalone SVG of a story's provenance graph;
- ``classify_stance(records)``: the FNC-1 stance classifier (``newstrace classify stance``).
"""

from __future__ import annotations

from .graph import render_svg, story_graph
from .linker import Linker, LinkResult, StoryGraph
from .minhash import signature
from .stance import classify_stance

__all__ = [
    "LinkResult",
    "Linker",
    "StoryGraph",
    "classify_stance",
    "render_svg",
    "signature",
    "story_graph",
]
