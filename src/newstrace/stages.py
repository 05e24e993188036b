"""The registry of stages, in order: one place that says what the pipeline runs.

Each capability names the things a pipeline must provide for it to be there;
the report lists capabilities that this installation does not have yet.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Sequence

from .analyse import AnalyseStage
from .pipeline import Stage

__all__ = ["CAPABILITIES", "default_stages", "link_available"]

CAPABILITIES: dict[str, frozenset[str]] = {
    "sentences and entities": frozenset({"sentences", "entities"}),
    "attribution and source chains": frozenset({"attributions"}),
    "claims, numbers and reporting status": frozenset({"claims"}),
    "opinion and loaded language": frozenset({"opinions"}),
}


def _has(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except ModuleNotFoundError:
        return False


def link_available() -> bool:
    return _has("newstrace.link.stories")


def default_stages(model: str | None = None, outlets: Sequence[str] = ()) -> list[Stage]:
    """The per-article stages; ``outlets`` (names from the corpus metadata) teach the entity ruler."""
    stages: list[Stage] = [AnalyseStage(model, outlets=outlets)]
    try:
        from .extract.attribution import AttributionStage

        stages.append(AttributionStage())
    except ImportError:
        pass
    try:
        from .extract.claims import ClaimStage

        stages.append(ClaimStage())
    except ImportError:
        pass
    return stages
