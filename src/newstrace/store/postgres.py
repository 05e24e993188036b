"""The PostgreSQL ledger, for teams: the same contract as SQLite (psycopg 3 only here).

    ledger = PostgresLedger("postgresql://user@host/newstrace")

Full-text search uses a generated ``tsvector`` column with a GIN index. ``schema``
keeps several ledgers (or test runs) apart in one database.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from ..errors import LedgerError
from .schema import APP_ID, MIGRATIONS, statements
from .sqlbase import SQLLedger, check_meta

__all__ = ["PostgresLedger", "redact_dsn"]

_SCHEMA_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


def redact_dsn(dsn: str) -> str:
    """The DSN as shown to people (messages, the report's header): no password."""
    parts = urlsplit(dsn)
    if parts.password is None:
        return re.sub(r"(?i)(password\s*=\s*)\S+", r"\1***", dsn)
    netloc = parts.netloc.replace(f":{parts.password}@", ":***@", 1)
    return urlunsplit(parts._replace(netloc=netloc))


class PostgresLedger(SQLLedger):
    def __init__(self, dsn: str, schema: str = "public") -> None:
        shown = redact_dsn(dsn)
        if not _SCHEMA_NAME.match(schema):
            raise LedgerError(
                "NT503",
                path=shown,
                reason=f"schema name {schema!r} must be lower-case letters, digits and _",
            )
        try:
            import psycopg
        except ImportError as exc:
            raise LedgerError(
                "NT503",
                path=shown,
                reason="psycopg is not installed (pip install 'newstrace[postgres]')",
            ) from exc
        self.path = shown  # for people: messages and the report never show the password
        self.schema = schema
        try:
            self.conn = psycopg.connect(dsn, autocommit=True)
        except psycopg.Error as exc:
            reason = " ".join(str(exc).replace(dsn, shown).split())  # one line
            raise LedgerError("NT503", path=shown, reason=reason) from exc
        self.conn.execute(f'CREATE SCHEMA IF NOT EXISTS "{schema}"')
        self.conn.execute(f'SET search_path TO "{schema}"')
        self._check_foreign()
        self._migrate()

    def _tables(self) -> set[str]:
        rows = self._rows(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = ?",
            (self.schema,),
        )
        return {r[0] for r in rows}

    def _check_foreign(self) -> None:
        tables = self._tables()
        if not tables:
            return
        meta = dict(self._rows("SELECT key, value FROM meta")) if "meta" in tables else None  # type: ignore[arg-type]
        check_meta(meta, f"{self.path} (schema {self.schema})")

    def _migrate(self) -> None:
        done: set[int] = set()
        if "migrations" in self._tables():
            done = {int(r[0]) for r in self._rows("SELECT version FROM migrations")}
        for version, name, sql in MIGRATIONS:
            if version in done:
                continue
            with self.transaction():
                for statement in statements(sql, "postgres"):
                    self.conn.execute(statement)  # type: ignore[arg-type]
                self._run("INSERT INTO migrations VALUES (?, ?)", (version, name))
                for key, value in (("app", APP_ID), ("schema_version", str(version))):
                    self._run(
                        "INSERT INTO meta VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                        (key, value),
                    )

    @contextmanager
    def transaction(self) -> Iterator[Any]:
        with self.conn.transaction():
            yield self.conn

    def close(self) -> None:
        self.conn.close()

    @staticmethod
    def _sql(sql: str) -> str:
        return sql.replace("%", "%%").replace("?", "%s")

    def _rows(self, sql: str, args: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        cur = self.conn.execute(self._sql(sql), tuple(args))  # type: ignore[arg-type]
        return [tuple(r) for r in cur.fetchall()] if cur.description else []

    def _run(self, sql: str, args: Sequence[Any] = ()) -> None:
        self.conn.execute(self._sql(sql), tuple(args))  # type: ignore[arg-type]

    def _run_many(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        if rows:
            with self.conn.cursor() as cur:
                cur.executemany(self._sql(sql), [tuple(r) for r in rows])  # type: ignore[arg-type]

    def search(self, query: str, limit: int = 20) -> list[dict[str, Any]]:
        terms = [t for t in re.findall(r"\w+", query) if t]
        if not terms:
            return []
        tsq = " & ".join(terms)
        sql = (
            "SELECT f.article_id, f.idx, f.text, a.title, a.outlet, "
            "ts_headline('simple', f.text, to_tsquery('simple', ?), 'StartSel=[,StopSel=],MaxWords=24,MinWords=8') "
            "FROM sentences_fts f JOIN articles a ON a.id = f.article_id "
            "WHERE f.tsv @@ to_tsquery('simple', ?) "
            "ORDER BY ts_rank(f.tsv, to_tsquery('simple', ?)) DESC, f.article_id, f.idx LIMIT ?"
        )
        return self._hits(sql, (tsq, tsq, tsq, limit))
