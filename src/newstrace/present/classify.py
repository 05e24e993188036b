"""`newstrace classify TASK INPUT.jsonl`: one judgement over JSONL, results to stdout."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from typing import IO, Any

from rich.console import Console
from rich.markup import escape

from ..ingest import Limits

__all__ = ["run_classify"]

MAX_CHARS = Limits().max_chars  # what the analyser takes, as for `add`


def _records(path: str, err: Console, bad: list[int]) -> Iterator[dict[str, Any]]:
    fh = sys.stdin.buffer if path == "-" else open(path, "rb")  # noqa: SIM115
    where = escape(path)
    try:
        for n, raw in enumerate(fh, start=1):
            try:
                line = raw.decode("utf-8-sig" if n == 1 else "utf-8")
            except UnicodeDecodeError:
                err.print(
                    f"{where}:{n}: not UTF-8 text — re-save the file as UTF-8", highlight=False
                )
                bad.append(n)
                continue
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                err.print(
                    f"{where}:{n}: invalid JSON ({exc.msg} at column {exc.colno}) "
                    "— fix or remove that line",
                    highlight=False,
                )
                bad.append(n)
                continue
            if not isinstance(rec, dict):
                err.print(
                    f'{where}:{n}: not a JSON object — write one {{"id", "text"}} object per line',
                    highlight=False,
                )
                bad.append(n)
                continue
            longest = max((len(v) for v in rec.values() if isinstance(v, str)), default=0)
            if longest > MAX_CHARS:
                err.print(
                    f"{where}:{n}: text too long to analyse ({longest:,} characters; the limit "
                    f"is {MAX_CHARS:,}) — split it, or cut it below the limit",
                    highlight=False,
                )
                bad.append(n)
                continue
            yield rec
    finally:
        if fh is not sys.stdin.buffer:
            fh.close()


def run_classify(task: str, path: str, out: IO[str], err: Console) -> int:
    """Write one prediction line per input line; return the number of bad lines."""
    bad: list[int] = []
    try:
        records = _records(path, err, bad)
        if task == "stance":
            from ..link.stance import classify_stance

            results = classify_stance(records)
        else:
            from ..extract.classify import classify

            results = classify(task, records)
        for res in results:
            if "error" in res:
                bad.append(0)
            out.write(json.dumps(res, ensure_ascii=False) + "\n")
    except OSError as exc:
        err.print(
            f"{escape(path)}: unreadable ({exc.strerror or exc}) — check the path",
            highlight=False,
        )
        return 1
    return len(bad)
