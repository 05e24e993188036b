"""The ledger: a Protocol and its backends (SQLite by default, PostgreSQL for teams)."""

from .base import Ledger, LinkOutput
from .sqlbase import SQLLedger
from .sqlite import SQLiteLedger

__all__ = ["Ledger", "LinkOutput", "SQLLedger", "SQLiteLedger", "open_ledger"]


def open_ledger(path: str = "newstrace.db") -> SQLLedger:
    """Open (creating if needed) a ledger: a SQLite file path, or a postgresql:// DSN."""
    if path.startswith(("postgresql://", "postgres://")):
        from .postgres import PostgresLedger

        return PostgresLedger(path)
    return SQLiteLedger(path)
