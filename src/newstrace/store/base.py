"""The Ledger protocol: what every backend (SQLite, PostgreSQL) must honour.

Backends are proven equal by the shared contract tests in tests/store/.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any, Protocol

from ..model import ArticleDoc, ClaimGroup, Copy, Story

__all__ = ["Ledger", "LinkOutput"]


class LinkOutput(Protocol):
    """What the link stage hands the ledger (newstrace.link.LinkResult fits)."""

    @property
    def stories(self) -> tuple[Story, ...]: ...

    @property
    def copies(self) -> tuple[Copy, ...]: ...

    @property
    def claim_groups(self) -> tuple[ClaimGroup, ...]: ...


class Ledger(Protocol):
    path: str

    def close(self) -> None: ...

    def ensure_run(self, versions: Mapping[str, str]) -> str:
        """Record the stage versions of a run; same versions give the same run id."""
        ...

    def article_stages(self, ids: Sequence[str]) -> dict[str, dict[str, str]]:
        """For each stored id among ``ids``: the {stage: version} that ran on it."""
        ...

    def put_article(self, doc: ArticleDoc, versions: Mapping[str, str]) -> None:
        """Store one article and all its rows in one transaction (replacing older rows)."""
        ...

    def get_article(self, article_id: str) -> ArticleDoc | None: ...

    def article_ids(self) -> list[str]: ...

    def iter_docs(self) -> Iterator[ArticleDoc]: ...

    def put_signatures(self, signatures: Mapping[str, bytes]) -> None: ...

    def signatures(self) -> dict[str, bytes]: ...

    def put_vectors(self, vectors: Mapping[str, bytes]) -> None: ...

    def vectors(self) -> dict[str, bytes]: ...

    def put_link(
        self,
        result: LinkOutput,
        versions: Mapping[str, str],
        graphs: Mapping[str, Any] | None = None,
    ) -> None:
        """Replace stories, copies, claim groups and graphs in one transaction."""
        ...

    def story_map(self) -> dict[str, str]: ...

    def stories(self) -> list[Story]: ...

    def copies(self) -> list[Copy]: ...

    def claim_groups(self, story_id: str | None = None) -> list[ClaimGroup]: ...

    def story_graph(self, story_id: str) -> dict[str, Any] | None: ...

    def search(self, query: str, limit: int = 20) -> list[dict[str, Any]]: ...

    def counts(self) -> dict[str, int]: ...
