"""The registry of stages, in order: one place that says what the pipeline runs.

Each capability names the things a pipeline must provide for it to be there;
the report lists capabilities that this installation does not have yet.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Sequence

from .analyse import AnalyseStage
from .extract.attribution import AttributionStage
from .extract.claims import ClaimStage
from .pipeline import Stage

__all__ = ["CAPABILITIES", "default_stages", "link_available"]

CAPABILITIES: dict[str, frozenset[str]] = {
    "sentences and entities": frozenset({"sentences", "entities"}),
    "attribution and source chains": frozenset({"attributions"}),
    "claims, numbers and reporting status": frozenset({"claims"}),
    "opinion and loaded language": frozenset({"opinions"}),
}


def link_available() -> bool:
    """Linking needs faiss, datasketch and wordllama; a trimmed install may lack them."""
    return all(
        importlib.util.find_spec(m) is not None for m in ("faiss", "datasketch", "wordllama")
    )


def default_stages(model: str | None = None, outlets: Sequence[str] = ()) -> list[Stage]:
    """The per-article stages; ``outlets`` (names from the corpus metadata) teach the entity ruler."""
    return [AnalyseStage(model, outlets=outlets), AttributionStage(), ClaimStage()]
