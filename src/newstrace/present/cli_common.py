"""What the CLI's commands share: consoles, option types, the ledger context, progress bars."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from ..errors import LedgerError, NewstraceError
from ..ingest import Limits
from ..store import SQLLedger, open_ledger

__all__ = [
    "DEFAULT_DB",
    "MAX_BYTES",
    "Bars",
    "DbOpt",
    "JsonOpt",
    "MaxBytesOpt",
    "WorkersOpt",
    "bars_progress",
    "err",
    "fail",
    "find",
    "find_story",
    "ledger_at",
    "out",
]

out = Console()
# Messages on stderr are one line each, however long (file, reason, fix), so that
# they can be grepped; a terminal still wraps them for the eye.
err = Console(stderr=True, soft_wrap=True)

DbOpt = Annotated[
    str,
    typer.Option(
        "--db", help="Ledger: a SQLite file, or a postgresql:// DSN.", envvar="NEWSTRACE_DB"
    ),
]
JsonOpt = Annotated[bool, typer.Option("--json", help="Machine-readable JSON output.")]
WorkersOpt = Annotated[
    int, typer.Option("--workers", "-w", help="Worker processes (default: the cores).", min=0)
]
MaxBytesOpt = Annotated[
    int,
    typer.Option(
        "--max-bytes", help="Largest input read, in bytes (a file, a page, stdin).", min=1
    ),
]
DEFAULT_DB = "newstrace.db"
MAX_BYTES = Limits().max_bytes


def fail(exc: NewstraceError) -> NoReturn:
    """Print a coded error on one line of stderr and exit with status 2."""
    err.print(f"[red]error[/red] {escape(str(exc))}", highlight=False)
    raise typer.Exit(2) from exc


def _is_file_path(db: str) -> bool:
    return db != ":memory:" and not db.startswith(("postgresql://", "postgres://"))


@contextmanager
def ledger_at(db: str, must_exist: bool = False) -> Iterator[SQLLedger]:
    """Open the ledger; commands that only read it (``must_exist``) refuse a missing
    file instead of creating an empty ledger where a --db path was mistyped."""
    if must_exist and _is_file_path(db) and not Path(db).exists():
        fail(LedgerError("NT505", path=db))
    try:
        ledger = open_ledger(db)
    except NewstraceError as exc:
        fail(exc)
    try:
        yield ledger
    finally:
        ledger.close()


class Bars:
    """Rich progress bars fed by api's (phase, done, total) callback."""

    def __init__(self, progress: Progress) -> None:
        self.progress = progress
        self.tasks: dict[str, Any] = {}

    def __call__(self, phase: str, done: int, total: int) -> None:
        if phase not in self.tasks:
            self.tasks[phase] = self.progress.add_task(phase, total=total or None)
        self.progress.update(self.tasks[phase], completed=done, total=total or None)


def bars_progress() -> Progress:
    class RateProgress(Progress):
        def get_renderables(self) -> Any:  # add an articles/s rate to every task
            for task in self.tasks:
                speed = task.finished_speed or task.speed
                task.fields["rate"] = f"{speed:.1f}/s" if speed else ""
            return super().get_renderables()

    return RateProgress(
        TextColumn("[bold]{task.description:>8}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("[cyan]{task.fields[rate]}"),
        TimeElapsedColumn(),
        console=err,
        disable=not err.is_terminal,
    )


def find(ledger: SQLLedger, ident: str) -> tuple[str, Any]:
    """The story or article an id (or an unambiguous prefix of one) names."""
    key = ident.strip()
    hits: list[tuple[str, str]] = []
    stories = {s.id: s for s in ledger.stories()} if key else {}
    if key:
        hits = [("story", sid) for sid in stories if sid.startswith(key)]
        hits += [("article", a) for a in ledger.article_ids() if a.startswith(key)]
        exact = [h for h in hits if h[1] == key]
        hits = exact or hits
    if not hits:
        fail(LedgerError("NT504", what="story or article", ident=ident, listing="stories"))
    if len(hits) > 1:
        fail(LedgerError("NT506", ident=ident, count=len(hits), listing="stories --json"))
    kind, found = hits[0]
    if kind == "story":
        return kind, stories[found]
    return kind, ledger.get_article(found)


def find_story(ledger: SQLLedger, ident: str) -> str:
    """The id of the one story an id or prefix names (for --story options)."""
    key = ident.strip()
    ids = [s.id for s in ledger.stories() if key and s.id.startswith(key)]
    if key in ids:
        return key
    if not ids:
        fail(LedgerError("NT504", what="story", ident=ident, listing="stories"))
    if len(ids) > 1:
        fail(LedgerError("NT506", ident=ident, count=len(ids), listing="stories"))
    return ids[0]
