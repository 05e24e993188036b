"""The command line: a thin skin over newstrace.api (Typer + Rich).

Exit status: 0 success, 1 some inputs were rejected, 2 usage or ledger errors.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.tree import Tree

from .. import __version__, api
from ..errors import ConfigError, NewstraceError
from ..ingest import Limits
from ..store import SQLLedger, open_ledger
from .export import write_json, write_jsonl
from .report import write_report
from .views import article_dict, claim_dict, story_context

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="newstrace: who says what in the news, through whom, and from how many independent origins.",
)
out = Console()
err = Console(stderr=True)

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
MaxBytesOpt = Annotated[int, typer.Option("--max-bytes", help="Size cap per input.", min=1)]
DEFAULT_DB = "newstrace.db"
MAX_BYTES = Limits().max_bytes


@contextmanager
def _ledger(db: str) -> Iterator[SQLLedger]:
    try:
        ledger = open_ledger(db)
    except NewstraceError as exc:
        err.print(f"[red]error[/red] {exc}", highlight=False)
        raise typer.Exit(2) from exc
    try:
        yield ledger
    finally:
        ledger.close()


class _Bars:
    """Rich progress bars fed by api's (phase, done, total) callback."""

    def __init__(self, progress: Progress) -> None:
        self.progress = progress
        self.tasks: dict[str, Any] = {}

    def __call__(self, phase: str, done: int, total: int) -> None:
        if phase not in self.tasks:
            self.tasks[phase] = self.progress.add_task(phase, total=total or None)
        self.progress.update(self.tasks[phase], completed=done, total=total or None)


def _bars_progress() -> Progress:
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


def _report_rejections(report: api.AddReport) -> None:
    for r in report.rejected:
        err.print(f"[yellow]skipped[/yellow] {escape(r.line())}", highlight=False, soft_wrap=True)


def _add(
    paths: list[str], db: str, workers: int, max_bytes: int, json_out: bool, do_link: bool
) -> None:
    with _ledger(db) as ledger:
        with _bars_progress() as progress:
            bars = _Bars(progress)
            report = api.add(
                paths,
                ledger,
                workers=workers or None,
                limits=Limits(max_bytes=max_bytes),
                progress=bars,
            )
            linked = api.link(ledger, progress=bars) if do_link else None
        _report_rejections(report)
        summary: dict[str, Any] = {
            "added": report.added,
            "unchanged": report.unchanged,
            "duplicates": report.duplicates,
            "rejected": len(report.rejected),
            "ledger": db,
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
            out.print(f"{text} → {db}", highlight=False)
    if report.rejected:
        raise typer.Exit(1)


PathsArg = Annotated[list[str], typer.Argument(help="Files, folders, globs, URLs, or - for stdin.")]


def _adder(do_link: bool, doc: str) -> Callable[..., None]:
    """`run` and `add` take the same options; they differ in whether linking follows."""

    def command(
        paths: PathsArg,
        db: DbOpt = DEFAULT_DB,
        workers: WorkersOpt = 0,
        max_bytes: MaxBytesOpt = MAX_BYTES,
        json_out: JsonOpt = False,
    ) -> None:
        _add(paths, db, workers, max_bytes, json_out, do_link=do_link)

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
    with _ledger(db) as ledger, _bars_progress() as progress:
        rep = api.link(ledger, progress=_Bars(progress), full=full)
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


@app.command()
def stories(db: DbOpt = DEFAULT_DB, json_out: JsonOpt = False) -> None:
    """List stories with their articles, outlets and flags."""
    with _ledger(db) as ledger:
        rows: list[dict[str, Any]] = []
        for s in ledger.stories():
            groups = ledger.claim_groups(s.id)
            docs = [ledger.get_article(a) for a in s.articles]
            rows.append(
                {
                    "id": s.id,
                    "title": s.title,
                    "articles": len(s.articles),
                    "outlets": sorted({d.article.outlet for d in docs if d}),
                    "claim_groups": len(groups),
                    "circular": sum(g.circular for g in groups),
                }
            )
    if json_out:
        out.print_json(data=rows)
        return
    table = Table("id", "title", "articles", "outlets", "claim groups", "circular")
    for r in rows:
        table.add_row(
            r["id"],
            r["title"],
            str(r["articles"]),
            ", ".join(r["outlets"]),
            str(r["claim_groups"]),
            str(r["circular"]),
        )
    out.print(table)


def _find(ledger: SQLLedger, ident: str) -> tuple[str, Any]:
    for s in ledger.stories():
        if s.id == ident or s.id.startswith(ident):
            return "story", s
    ids = [a for a in ledger.article_ids() if a.startswith(ident)]
    if len(ids) == 1:
        return "article", ledger.get_article(ids[0])
    err.print(
        f"[red]error[/red] [NT504] no story or article with id {ident!r} — list ids with `newstrace stories` or `newstrace export`"
    )
    raise typer.Exit(2)


@app.command()
def show(
    ident: Annotated[str, typer.Argument(help="A story or article id (a prefix will do).")],
    db: DbOpt = DEFAULT_DB,
    json_out: JsonOpt = False,
) -> None:
    """Show a story (outlets, timeline, claims with origins and agreement, copies) or an article."""
    with _ledger(db) as ledger:
        kind, obj = _find(ledger, ident)
        data = story_context(ledger, obj) if kind == "story" else article_dict(obj)
    if json_out:
        out.print_json(data=data)
        return
    from .show import print_article, print_story

    (print_story if kind == "story" else print_article)(out, data)


@app.command()
def claims(
    db: DbOpt = DEFAULT_DB,
    status: Annotated[str | None, typer.Option(help="Only this reporting status.")] = None,
    min_score: Annotated[float, typer.Option(help="Minimum check-worthiness.")] = 0.0,
    story: Annotated[str | None, typer.Option(help="Only this story.")] = None,
    json_out: JsonOpt = False,
) -> None:
    """List claims with status, numbers and source."""
    from ..model import Status

    if status and status not in {s.value for s in Status}:
        err.print(
            f"[red]error[/red] {ConfigError('NT102', what='status', name=status, choices=', '.join(s.value for s in Status))}"
        )
        raise typer.Exit(2)
    with _ledger(db) as ledger:
        smap = ledger.story_map()
        rows = []
        for doc in ledger.iter_docs():
            if story and not smap.get(doc.article.id, "").startswith(story):
                continue
            for c in doc.claims:
                if (status and c.status != status) or c.checkworthiness < min_score:
                    continue
                rows.append(
                    {"article": doc.article.id, "outlet": doc.article.outlet, **claim_dict(c)}
                )
    if json_out:
        out.print_json(data=rows)
        return
    table = Table("status", "claim", "source", "numbers", "score", "outlet")
    for r in rows:
        nums = "; ".join(
            f"{q['text']} [{q['low']}, {q['high']}] {q['unit']}" for q in r["quantities"]
        )
        table.add_row(
            r["status"],
            r["text"],
            r["source"] or "writer",
            nums,
            f"{r['checkworthiness']:.2f}",
            r["outlet"],
        )
    out.print(table)


@app.command()
def sources(
    ident: Annotated[str, typer.Argument(help="A story or article id (a prefix will do).")],
    db: DbOpt = DEFAULT_DB,
    json_out: JsonOpt = False,
) -> None:
    """Print a story's or article's attribution chains as a tree."""
    with _ledger(db) as ledger:
        kind, obj = _find(ledger, ident)
        docs = [ledger.get_article(a) for a in obj.articles] if kind == "story" else [obj]
        arts = [article_dict(d) for d in docs if d]
    if json_out:
        out.print_json(
            data=[
                {"article": a["id"], "outlet": a["outlet"], "attributions": a["attributions"]}
                for a in arts
            ]
        )
        return
    from .show import chain_tree

    root = Tree(f"[bold]{kind} {ident}")
    for a in arts:
        chain_tree(root.add(f"[bold]{a['outlet']}[/bold]: {a['title']}"), a["attributions"])
    out.print(root)


@app.command()
def search(
    query: Annotated[str, typer.Argument(help="Words to find in sentences (full-text).")],
    db: DbOpt = DEFAULT_DB,
    limit: int = 20,
    json_out: JsonOpt = False,
) -> None:
    """Full-text search over every stored sentence."""
    with _ledger(db) as ledger:
        hits = ledger.search(query, limit)
    if json_out:
        out.print_json(data=hits)
        return
    for h in hits:
        out.print(
            f"[bold]{escape(h['outlet'])}[/bold] {h['article']}#{h['sentence']}: {escape(h['snippet'])}",
            highlight=False,
        )


@app.command()
def report(
    db: DbOpt = DEFAULT_DB,
    out_dir: Annotated[Path, typer.Option("--out", help="Folder for the HTML report.")] = Path(
        "report"
    ),
) -> None:
    """Write the static HTML report (index + one page per story, each with a JSON twin)."""
    with _ledger(db) as ledger:
        caps = api.capabilities()
        index = write_report(ledger, out_dir, missing=[k for k, v in caps.items() if not v])
    out.print(f"report written: {index.resolve()}")


@app.command()
def export(
    db: DbOpt = DEFAULT_DB,
    fmt: Annotated[
        str, typer.Option("--format", help="json (one object) or jsonl (one article a line).")
    ] = "json",
    out_file: Annotated[
        Path | None, typer.Option("--out", help="Write to this file instead of stdout.")
    ] = None,
) -> None:
    """Export the ledger in the exchange format (docs/exchange-format.md)."""
    writers: dict[str, Callable[..., None]] = {"json": write_json, "jsonl": write_jsonl}
    if fmt not in writers:
        err.print(
            f"[red]error[/red] {ConfigError('NT102', what='format', name=fmt, choices='json, jsonl')}"
        )
        raise typer.Exit(2)
    with _ledger(db) as ledger:
        if out_file is None:
            writers[fmt](ledger, sys.stdout)
        else:
            with open(out_file, "w", encoding="utf-8") as fh:
                writers[fmt](ledger, fh)
            err.print(f"exported to {out_file}")


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
            f"[red]error[/red] {ConfigError('NT102', what='task', name=task, choices=', '.join(tasks))}"
        )
        raise typer.Exit(2)
    from .classify import run_classify

    bad = run_classify(task, input_file, sys.stdout, err)
    if bad:
        raise typer.Exit(1)


@app.command()
def demo(
    db: DbOpt = "newstrace-demo.db",
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
