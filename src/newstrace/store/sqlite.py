"""The SQLite ledger: WAL, foreign keys, numbered migrations, FTS5 over sentences.

One article's rows are written in one transaction, so a crash loses at most the
article in flight and never leaves half an article behind.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ..errors import LedgerError
from .schema import APP_ID, MIGRATIONS, statements
from .sqlbase import SQLLedger, check_meta

__all__ = ["SQLiteLedger"]


class SQLiteLedger(SQLLedger):
    """A ledger in one SQLite file (``":memory:"`` works for tests)."""

    def __init__(self, path: str | Path = "newstrace.db") -> None:
        self.path = str(path)
        if self.path != ":memory:":
            _check_foreign(Path(self.path))
        try:
            self.conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        except sqlite3.Error as exc:
            raise LedgerError("NT503", path=self.path, reason=str(exc)) from exc
        self.conn.execute("PRAGMA foreign_keys = ON")
        if self.path != ":memory:":
            self.conn.execute("PRAGMA journal_mode = WAL")
        self.conn.execute("PRAGMA synchronous = NORMAL")
        self._migrate()

    def _migrate(self) -> None:
        done: set[int] = set()
        if self._rows("SELECT name FROM sqlite_master WHERE type='table' AND name='migrations'"):
            done = {int(r[0]) for r in self._rows("SELECT version FROM migrations")}
        for version, name, sql in MIGRATIONS:
            if version in done:
                continue
            with self.transaction():
                for statement in statements(sql, "sqlite"):
                    self.conn.execute(statement)
                self._run("INSERT INTO migrations VALUES (?, ?)", (version, name))
                self._run(
                    "INSERT INTO meta VALUES ('app', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    (APP_ID,),
                )
                self._run(
                    "INSERT INTO meta VALUES ('schema_version', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    (str(version),),
                )

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def close(self) -> None:
        self.conn.close()

    def _rows(self, sql: str, args: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return [tuple(r) for r in self.conn.execute(sql, tuple(args)).fetchall()]

    def _run(self, sql: str, args: Sequence[Any] = ()) -> None:
        self.conn.execute(sql, tuple(args))

    def _run_many(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        if rows:
            self.conn.executemany(sql, rows)

    def search(self, query: str, limit: int = 20) -> list[dict[str, Any]]:
        terms = [t for t in query.replace('"', " ").split() if t]
        if not terms:
            return []
        match = " ".join(f'"{t}"' for t in terms)
        sql = (
            "SELECT f.article_id, f.idx, f.text, a.title, a.outlet, "
            "snippet(sentences_fts, 0, '[', ']', '…', 12) FROM sentences_fts f "
            "JOIN articles a ON a.id = f.article_id WHERE sentences_fts MATCH ? "
            "ORDER BY rank, f.article_id, f.idx LIMIT ?"
        )
        return self._hits(sql, (match, limit))


def _check_foreign(path: Path) -> None:
    """Refuse, without touching it, a file that is not ours or is from a newer version."""
    if path.is_dir():
        raise LedgerError(
            "NT503", path=str(path), reason="it is a folder (pass a file, e.g. folder/newstrace.db)"
        )
    if not path.exists() or path.stat().st_size == 0:
        if not path.parent.exists():
            raise LedgerError("NT503", path=str(path), reason="its folder does not exist")
        return
    try:
        with open(path, "rb") as fh:
            header = fh.read(16)
    except OSError as exc:
        raise LedgerError("NT503", path=str(path), reason=exc.strerror or str(exc)) from exc
    if header != b"SQLite format 3\x00":
        raise LedgerError("NT501", path=str(path))
    try:
        ro = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            tables = {r[0] for r in ro.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            meta = (
                dict(ro.execute("SELECT key, value FROM meta").fetchall())
                if "meta" in tables
                else None
            )
        finally:
            ro.close()
    except sqlite3.DatabaseError as exc:
        raise LedgerError("NT503", path=str(path), reason=str(exc)) from exc
    if not tables:
        return
    check_meta(meta, str(path))
