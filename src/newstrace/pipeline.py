"""The stage contract and the per-article pipeline.

A stage is a callable ``ArticleDoc -> ArticleDoc`` with a ``name``, a ``version``
and the sets of things it ``requires`` and ``provides``. Constructors are cheap;
anything heavy (a model) loads in ``warm_up()``. ``Pipeline`` checks the wiring
when it is built, before any article flows, and checks each return value.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol, runtime_checkable

from .errors import PipelineError
from .model import ArticleDoc

__all__ = ["BASE_PROVIDES", "Pipeline", "Stage"]

# What an ingested ArticleDoc has before any stage ran.
BASE_PROVIDES = frozenset({"article"})


@runtime_checkable
class Stage(Protocol):
    name: str
    version: str
    requires: frozenset[str]
    provides: frozenset[str]

    def warm_up(self) -> None: ...

    def __call__(self, doc: ArticleDoc) -> ArticleDoc: ...


class Pipeline:
    """An ordered list of stages, validated at construction."""

    def __init__(self, stages: Sequence[Stage]) -> None:
        have = set(BASE_PROVIDES)
        for stage in stages:
            missing = stage.requires - have
            if missing:
                raise PipelineError("NT401", stage=stage.name, missing=", ".join(sorted(missing)))
            have |= stage.provides
        self.stages = tuple(stages)
        self.provides = frozenset(have)
        self._warm = False

    @property
    def versions(self) -> dict[str, str]:
        return {s.name: s.version for s in self.stages}

    def warm_up(self) -> None:
        if not self._warm:
            for stage in self.stages:
                stage.warm_up()
            self._warm = True

    def __call__(self, doc: ArticleDoc) -> ArticleDoc:
        self.warm_up()
        for stage in self.stages:
            out = stage(doc)
            if not isinstance(out, ArticleDoc):
                raise PipelineError("NT402", stage=stage.name, got=type(out).__name__)
            doc = out
        return doc

    def pipe(self, docs: Iterable[ArticleDoc]) -> Iterable[ArticleDoc]:
        for doc in docs:
            yield self(doc)

    def pipe_batch(self, docs: Sequence[ArticleDoc]) -> list[ArticleDoc]:
        """Run a batch through each stage in turn; stages with a ``pipe`` method batch."""
        self.warm_up()
        batch = list(docs)
        for stage in self.stages:
            piper = getattr(stage, "pipe", None)
            batch = list(piper(batch)) if callable(piper) else [stage(d) for d in batch]
            for out in batch:
                if not isinstance(out, ArticleDoc):
                    raise PipelineError("NT402", stage=stage.name, got=type(out).__name__)
        return batch
