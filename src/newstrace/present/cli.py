"""The command line: a thin skin over newstrace.api (Typer + Rich).

Exit status: 0 success, 1 some inputs were rejected, 2 usage or ledger errors.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path
from typing import IO, Annotated, Any, NoReturn

import typer
from rich.markup import escape

from .. import __version__, api
from ..errors import ConfigError
from ..ingest import Limits
from ..store import Ledger
from . import queries
from .claimreview import check_base_url, write_claimreview
from .cli_common import (
    DEFAULT_DB,
    MAX_BYTES,
    Bars,
    DbOpt,
    JsonOpt,
    MaxBytesOpt,
    WorkersOpt,
    bars_progress,
    err,
    fail,
    ledger_at,
    out,
)
from .export import write_json, write_jsonl
from .report import write_report

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="newstrace: who says what in the news, through whom, and from how many independent origins.",
)


def _report_rejections(report: api.AddReport) -> None:
    for r in report.rejected:
        err.print(f"[yellow]skipped[/yellow] {escape(r.line())}", highlight=False, soft_wrap=True)


def _add(
    paths: list[str],
    db: str,
    workers: int,
    max_bytes: int,
    json_out: bool,
    do_link: bool,
    folder_outlet: bool = True,
) -> None:
    with ledger_at(db) as ledger:
        try:
            with bars_progress() as progress:
                bars = Bars(progress)
                report = api.add(
                    paths,
                    ledger,
                    workers=workers or None,
                    limits=Limits(max_bytes=max_bytes),
                    progress=bars,
                    folder_outlet=folder_outlet,
                )
                linked = api.link(ledger, progress=bars) if do_link else None
        except KeyboardInterrupt:
            err.print(
                "interrupted — the articles stored so far are kept; run the same command "
                "again to go on (stored articles are not analysed twice)",
                highlight=False,
            )
            raise typer.Exit(130) from None
        _report_rejections(report)
        summary: dict[str, Any] = {
            "added": report.added,
            "unchanged": report.unchanged,
            "duplicates": report.duplicates,
            "rejected": len(report.rejected),
            "rejections": [
                {"input": r.origin, "reason": r.reason, "fix": r.fix, "code": r.code or None}
                for r in report.rejected
            ],
            "ledger": ledger.path,  # a DSN without its password
        }
        if linked is not None:
            summary.update(
                stories=linked.stories,
                copies=linked.copies,
                claim_groups=linked.claim_groups,
                circular=linked.circular,
                link_available=linked.available,
            )
        if json_out:
            out.print_json(data=summary)
        else:
            text = f"added {report.added}, unchanged {report.unchanged}, duplicates {report.duplicates}, rejected {len(report.rejected)}"
            if linked is not None and linked.available:
                text += f"; {linked.stories} stories, {linked.copies} copies, {linked.claim_groups} claim groups, {linked.circular} circular"
            out.print(f"{text} → {escape(ledger.path)}", highlight=False, soft_wrap=True)
    if report.rejected:
        raise typer.Exit(1)


PathsArg = Annotated[list[str], typer.Argument(help="Files, folders, globs, URLs, or - for stdin.")]
FolderOutletOpt = Annotated[
    bool,
    typer.Option(
        "--folder-outlet/--no-folder-outlet",
        help="A file that names no outlet takes its folder's name as outlet (one folder per "
        "outlet); --no-folder-outlet for a folder of articles from many outlets.",
    ),
]


def _adder(do_link: bool, doc: str) -> Callable[..., None]:
    """`run` and `add` take the same options; they differ in whether linking follows."""

    def command(
        paths: PathsArg,
        db: DbOpt = DEFAULT_DB,
        workers: WorkersOpt = 0,
        max_bytes: MaxBytesOpt = MAX_BYTES,
        json_out: JsonOpt = False,
        folder_outlet: FolderOutletOpt = True,
    ) -> None:
        _add(paths, db, workers, max_bytes, json_out, do_link=do_link, folder_outlet=folder_outlet)

    command.__doc__ = doc
    return command


app.command("run")(
    _adder(True, "Add articles and link them (stories, copies, claim groups): the main job.")
)
app.command("add")(_adder(False, "Add articles to the ledger (analyse and extract, no linking)."))


@app.command()
def link(
    db: DbOpt = DEFAULT_DB,
    full: Annotated[
        bool, typer.Option("--full", help="Relink every story, not only those new articles touch.")
    ] = False,
    json_out: JsonOpt = False,
) -> None:
    """Link the ledger's articles: stories, copies, claim groups, origins (incremental)."""
    with ledger_at(db, must_exist=True) as ledger, bars_progress() as progress:
        rep = api.link(ledger, progress=Bars(progress), full=full)
    data = rep.__dict__
    if json_out:
        out.print_json(data=data)
    elif not rep.available:
        err.print("linking is not available in this installation")
    else:
        out.print(
            f"{rep.articles} articles → {rep.stories} stories, {rep.copies} copies, "
            f"{rep.claim_groups} claim groups, {rep.circular} circular"
        )


# Read-only commands live in queries.py; registered here, in the order --help lists them.
for _command in (queries.stories, queries.show, queries.claims, queries.sources, queries.search):
    app.command()(_command)


@app.command()
def report(
    db: DbOpt = DEFAULT_DB,
    out_dir: Annotated[Path, typer.Option("--out", help="Folder for the HTML report.")] = Path(
        "report"
    ),
) -> None:
    """Write the static HTML report (index + one page per story, each with a JSON twin)."""
    with ledger_at(db, must_exist=True) as ledger:
        caps = api.capabilities()
        try:
            index = write_report(ledger, out_dir, missing=[k for k, v in caps.items() if not v])
        except OSError as exc:
            _unwritable(
                out_dir, exc, "pass --out a folder you can write to (it is created if missing)"
            )
    out.print(f"report written: {escape(str(index.resolve()))}", soft_wrap=True)


@app.command()
def export(
    db: DbOpt = DEFAULT_DB,
    fmt: Annotated[
        str,
        typer.Option(
            "--format",
            help="json (one object), jsonl (one article a line) or claimreview "
            "(schema.org ClaimReview drafts, JSON-LD).",
        ),
    ] = "json",
    out_file: Annotated[
        Path | None, typer.Option("--out", help="Write to this file instead of stdout.")
    ] = None,
    author: Annotated[
        str, typer.Option(help="claimreview: the reviewing organisation's name.")
    ] = "newstrace",
    date: Annotated[
        str | None,
        typer.Option(help="claimreview: the review date (YYYY-MM-DD); today by default."),
    ] = None,
    min_score: Annotated[
        float, typer.Option(help="claimreview: leave out claims less check-worthy than this.")
    ] = 0.0,
    base_url: Annotated[
        str | None,
        typer.Option(
            "--base-url",
            help="claimreview: where the reviews are published, for each review's url: "
            "the report's address (url = BASE/story-ID.html#claim-ID) or a URL with "
            "{story} and {claim} in it. Without it the url is relative to the report folder.",
        ),
    ] = None,
) -> None:
    """Export the ledger in the exchange format (docs/exchange-format.md) or as ClaimReview."""
    if date is not None:
        try:
            dt.date.fromisoformat(date)
        except ValueError:
            fail(ConfigError("NT101", name="--date", expected="a date as YYYY-MM-DD", got=date))
    review_date = date or dt.date.today().isoformat()
    if base_url is not None and (wrong := check_base_url(base_url)) is not None:
        fail(ConfigError("NT101", name="--base-url", expected=wrong, got=base_url))

    def claimreview(ledger: Ledger, fh: IO[str]) -> None:
        if base_url is None:
            err.print(
                "note: no --base-url, so each review's url is relative to the report folder "
                "(story-ID.html#claim-ID) — pass --base-url with the address the reviews "
                "are published at before publishing the markup",
                highlight=False,
            )
        write_claimreview(
            ledger, fh, review_date, author=author, min_score=min_score, base_url=base_url
        )

    writers: dict[str, Callable[..., None]] = {
        "json": write_json,
        "jsonl": write_jsonl,
        "claimreview": claimreview,
    }
    if fmt not in writers:
        choices = ", ".join(writers)
        err.print(
            f"[red]error[/red] {escape(str(ConfigError('NT102', what='format', name=fmt, choices=choices)))}"
        )
        raise typer.Exit(2)
    with ledger_at(db, must_exist=True) as ledger:
        if out_file is None:
            writers[fmt](ledger, sys.stdout)
        else:
            try:
                fh = open(out_file, "w", encoding="utf-8")  # noqa: SIM115
            except OSError as exc:
                _unwritable(
                    out_file, exc, "pass --out a file in a folder that exists and you can write to"
                )
            with fh:
                writers[fmt](ledger, fh)
            err.print(f"exported to {escape(str(out_file))}")


@app.command()
def classify(
    task: Annotated[str, typer.Argument(help="checkworthiness, status, opinion or stance.")],
    input_file: Annotated[
        str, typer.Argument(help="JSONL with {id, text} (stance: {id, claim, text}); - for stdin.")
    ],
) -> None:
    """Score each line of a JSONL file with one judgement; write JSONL to stdout."""
    tasks = ("checkworthiness", "status", "opinion", "stance")
    if task not in tasks:
        err.print(
            f"[red]error[/red] {escape(str(ConfigError('NT102', what='task', name=task, choices=', '.join(tasks))))}"
        )
        raise typer.Exit(2)
    from .classify import run_classify

    bad = run_classify(task, input_file, sys.stdout, err)
    if bad:
        raise typer.Exit(1)


@app.command()
def demo(
    db: Annotated[
        str,
        typer.Option(
            "--db",
            help="Ledger for the demo (NEWSTRACE_DB is not read here, so that the "
            "fictional examples never land in your own ledger).",
        ),
    ] = "newstrace-demo.db",
    examples: Annotated[Path | None, typer.Option(help="Folder of example articles.")] = None,
    out_dir: Annotated[Path, typer.Option("--out", help="Folder for the HTML report.")] = Path(
        "report"
    ),
) -> None:
    """Run the main job on the bundled fictional examples and write the report."""
    folder = examples or _examples_dir()
    if folder is None:
        err.print(
            "[red]error[/red] the examples folder was not found — pass --examples DIR (it ships in the source repository)"
        )
        raise typer.Exit(2)
    _add([str(folder)], db, 0, Limits().max_bytes, False, do_link=True)
    report(db=db, out_dir=out_dir)


def _examples_dir() -> Path | None:
    for cand in (Path("examples"), Path(__file__).resolve().parents[3] / "examples"):
        if cand.is_dir():
            return cand
    return None


def _version(value: bool) -> None:
    if value:
        out.print(f"newstrace {__version__}")
        raise typer.Exit(0)


@app.callback()
def _main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")
    ] = False,
) -> None:
    """newstrace command line."""


def main() -> None:
    app()


if __name__ == "__main__":
    main()


def _unwritable(path: Path, exc: OSError, fix: str) -> NoReturn:
    """Stop with NT103: ``path`` cannot be written (``fix`` says what to pass instead)."""
    fail(ConfigError("NT103", path=str(path), reason=exc.strerror or str(exc), fix=fix))
