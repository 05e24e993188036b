"""Every row of a SQLite ledger, for tests that check a re-run changes nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def ledger_rows(db: Path) -> dict[str, list[tuple[object, ...]]]:
    """Table name -> its rows, sorted (full-text index tables left out)."""
    con = sqlite3.connect(db)
    tables = [
        r[0]
        for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sentences_fts%'"
        )
    ]
    out = {t: sorted(con.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in tables}
    con.close()
    return out
