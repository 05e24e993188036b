"""The ledger: a Protocol and its backends (SQLite by default)."""

from .base import Ledger, LinkOutput
from .sqlite import SQLiteLedger

__all__ = ["Ledger", "LinkOutput", "SQLiteLedger", "open_ledger"]


def open_ledger(path: str = "newstrace.db") -> SQLiteLedger:
    """Open (creating if needed) the ledger at ``path``."""
    return SQLiteLedger(path)
