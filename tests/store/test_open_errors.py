"""Opening a ledger that cannot be used: one coded line, no traceback, no password shown."""

from __future__ import annotations

from pathlib import Path

import pytest

from newstrace.errors import LedgerError
from newstrace.store import SQLiteLedger
from newstrace.store.postgres import redact_dsn


def test_a_folder_is_not_a_ledger(tmp_path: Path) -> None:
    with pytest.raises(LedgerError) as info:
        SQLiteLedger(tmp_path)
    assert info.value.code == "NT503" and "folder" in info.value.reason


def test_passwords_are_redacted_from_dsns() -> None:
    assert redact_dsn("postgresql://ana:s3cret@db.example/ledger") == (
        "postgresql://ana:***@db.example/ledger"
    )
    assert redact_dsn("postgresql://ana@db.example/ledger") == "postgresql://ana@db.example/ledger"
    assert "s3cret" not in redact_dsn("host=db.example password=s3cret dbname=ledger")


def test_unreachable_postgres_gives_one_line_without_the_password() -> None:
    pytest.importorskip("psycopg")
    from newstrace.store.postgres import PostgresLedger

    with pytest.raises(LedgerError) as info:
        PostgresLedger("postgresql://ana:s3cret@127.0.0.1:1/ledger?connect_timeout=3")
    message = str(info.value)
    assert info.value.code == "NT503" and "\n" not in message and "s3cret" not in message
    assert "ana:***@127.0.0.1" in message
