"""The PostgreSQL ledger passes the same contract as SQLite.

`make test` starts a throwaway server (scripts/pg-test-server) and sets NEWSTRACE_PG_DSN;
without it these tests are skipped with that reason.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from newstrace.errors import LedgerError
from newstrace.store.schema import SCHEMA_VERSION

from .test_ledger_contract import VERSIONS, LedgerContract, make_doc

DSN = os.environ.get("NEWSTRACE_PG_DSN", "")
pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(
        not DSN, reason="NEWSTRACE_PG_DSN is not set (make test starts a server and sets it)"
    ),
]


@pytest.fixture()
def schema() -> Iterator[str]:
    import psycopg

    name = f"t_{uuid.uuid4().hex[:12]}"
    yield name
    with psycopg.connect(DSN, autocommit=True) as conn:
        conn.execute(f'DROP SCHEMA IF EXISTS "{name}" CASCADE')  # type: ignore[arg-type]


class TestPostgresLedger(LedgerContract):
    @pytest.fixture()
    def ledger(self, tmp_path: Path, schema: str) -> Iterator[object]:
        import psycopg

        from newstrace.store.postgres import PostgresLedger

        self.integrity_errors = (psycopg.errors.IntegrityError,)
        led = PostgresLedger(DSN, schema=schema)
        yield led
        led.close()


def test_refuses_foreign_and_newer_schemas(schema: str) -> None:
    import psycopg

    from newstrace.store.postgres import PostgresLedger

    with psycopg.connect(DSN, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')  # type: ignore[arg-type]
        conn.execute(f'CREATE TABLE "{schema}".orders (id INTEGER)')  # type: ignore[arg-type]
    with pytest.raises(LedgerError) as exc:
        PostgresLedger(DSN, schema=schema)
    assert exc.value.code == "NT501"
    with psycopg.connect(DSN, autocommit=True) as conn:
        conn.execute(f'DROP SCHEMA "{schema}" CASCADE')  # type: ignore[arg-type]
    led = PostgresLedger(DSN, schema=schema)
    led.put_article(make_doc("A Telvik ferry story."), VERSIONS)
    led.execute(
        "UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(SCHEMA_VERSION + 1),)
    )
    led.close()
    with pytest.raises(LedgerError) as exc:
        PostgresLedger(DSN, schema=schema)
    assert exc.value.code == "NT502"


def test_bad_schema_name_and_unreachable_server() -> None:
    from newstrace.store.postgres import PostgresLedger

    with pytest.raises(LedgerError):
        PostgresLedger(DSN, schema="Robert'); DROP")
    with pytest.raises(LedgerError) as exc:
        PostgresLedger("postgresql://nobody@127.0.0.1:9/none?connect_timeout=2")
    assert exc.value.code == "NT503"
