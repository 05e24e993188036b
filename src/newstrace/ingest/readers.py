"""Expand inputs (paths, folders, globs, stdin, URLs) and read each into articles."""

from __future__ import annotations

import glob
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from .base import Accepted, IngestResult, Limits, Rejected
from .decode import decode_bytes, looks_binary
from .fetch import FetchError, fetch_url
from .frontmatter import split_front_matter
from .html import extract_html
from .meta import make_article
from .pagekind import not_an_article
from .records import TEXT_KEYS, URL_KEYS, read_json_text, record_to_result

__all__ = ["SUFFIXES", "expand_inputs", "read_inputs"]

TEXT_SUFFIXES = {".txt", ".md", ".text", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSON_SUFFIXES = {".json"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES
_NOT_ARTICLE = {"navigation": "NT202", "no_sentences": "NT203", "wall": "NT204"}
_ADD_TEXT = "add the article text below the closing --- line"


def _is_url(item: str) -> bool:
    return item.startswith(("http://", "https://"))


def expand_inputs(items: Iterable[str]) -> Iterator[str | Path | Rejected]:
    """Each input becomes URLs, "-" (stdin) or files; folders recurse; globs expand."""
    for item in items:
        if item == "-" or _is_url(item):
            yield item
            continue
        path = Path(item)
        if path.is_dir():
            files = sorted(
                p
                for p in path.rglob("*")
                if p.is_file()
                and p.suffix.lower() in SUFFIXES
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            if not files:
                yield Rejected(
                    item,
                    "folder holds no .txt, .md, .html, .json or .jsonl files",
                    "point at a folder of articles",
                )
            yield from files
        elif path.exists() or path.is_symlink():
            yield path
        elif any(ch in item for ch in "*?["):
            matches = sorted(Path(m) for m in glob.glob(item, recursive=True))
            files = [m for m in matches if m.is_file()]
            if not files:
                yield Rejected(item, "pattern matches no files", "check the pattern")
            yield from files
        else:
            yield Rejected(item, "no such file or folder", "check the path")


def _decode(data: bytes, origin: str, limits: Limits) -> str | Rejected:
    if len(data) > limits.max_bytes:
        return Rejected(
            origin,
            f"larger than the size cap ({limits.max_bytes} bytes)",
            "raise --max-bytes or split the file",
        )
    if not data.strip():
        return Rejected(origin, "empty file", "remove it or add the article text")
    if looks_binary(data):
        return Rejected(
            origin, "binary file, not text", "convert it to .txt, .html or .jsonl first"
        )
    text = decode_bytes(data)
    if text is None:
        return Rejected(
            origin, "undecodable bytes (no text encoding fits)", "re-save the file as UTF-8"
        )
    return text


def _from_text(
    text: str, kind: str, origin: str, fallback_outlet: str, url: str = ""
) -> Iterator[IngestResult]:
    if kind in JSONL_SUFFIXES or kind in JSON_SUFFIXES:
        yield from read_json_text(text, origin, fallback_outlet, lines=kind in JSONL_SUFFIXES)
        return
    if kind in HTML_SUFFIXES:
        doc = extract_html(text, url)
        if doc is None:
            yield Rejected(
                origin,
                "no article text found in the HTML",
                "check the page has a main text, or save the text as .txt",
            )
            return
        other = not_an_article(text, doc.text)
        if other is not None:
            yield Rejected.coded(origin, _NOT_ARTICLE[other.kind], detail=other.detail)
            return
        yield Accepted(
            make_article(
                text=doc.text,
                title=doc.title,
                url=doc.url or url,
                outlet=doc.site,
                published=doc.date,
                author=doc.author,
                origin=origin,
                fallback_outlet=fallback_outlet,
            )
        )
        return
    fields, body = split_front_matter(text)
    if fields:
        # "---\ntitle: ...\ndate: ...\n---": the block's fields, as a JSON record's
        record: dict[str, object] = {**fields, "text": body}
        for key in TEXT_KEYS[1:]:
            record.pop(key, None)  # the body is the text, whatever the block says
        if url and not any(k in fields for k in URL_KEYS):
            record["url"] = url
        if not body.strip():
            yield Rejected(origin, "no article text after the front matter", _ADD_TEXT)
            return
        yield record_to_result(record, origin, fallback_outlet)
        return
    if not text.strip():
        yield Rejected(origin, "empty file", "remove it or add the article text")
        return
    yield Accepted(make_article(text=text, url=url, origin=origin, fallback_outlet=fallback_outlet))


def _read_path(path: Path, limits: Limits, folder_outlet: bool = True) -> Iterator[IngestResult]:
    origin = str(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        yield Rejected(
            origin,
            f"unsupported file type {suffix or '(none)'}",
            "use .txt, .md, .html, .json or .jsonl",
        )
        return
    try:
        size = path.stat().st_size
        if size > limits.max_bytes:
            yield Rejected(
                origin,
                f"larger than the size cap ({limits.max_bytes} bytes)",
                "raise --max-bytes or split the file",
            )
            return
        data = path.read_bytes()
    except OSError as exc:
        yield Rejected(
            origin, f"unreadable ({exc.strerror or exc})", "check the path and its permissions"
        )
        return
    text = _decode(data, origin, limits)
    if isinstance(text, Rejected):
        yield text
        return
    # the folder's name even for a bare file name ('a.txt' read inside fjord-post/), unless
    # the folder is no outlet (a pile of articles from anywhere): then no outlet, and
    # each such article counts as an outlet of its own when stories are linked
    folder = path.absolute().parent.name if folder_outlet else ""
    yield from _from_text(text, suffix, origin, folder)


def _read_url(url: str, limits: Limits) -> Iterator[IngestResult]:
    try:
        body, ctype, final = fetch_url(url, limits)
    except FetchError as exc:
        yield Rejected(url, exc.reason, exc.fix)
        return
    text = _decode(body, url, limits)
    if isinstance(text, Rejected):
        yield text
        return
    ctype = ctype.lower()
    kind = (
        ".jsonl"
        if "ndjson" in ctype or "jsonl" in ctype
        else ".json"
        if "json" in ctype
        else ".txt"
        if "text/plain" in ctype
        else ".html"
    )
    yield from _from_text(text, kind, url, "", url=final)


def _read_stdin(limits: Limits, folder_outlet: bool = True) -> Iterator[IngestResult]:
    data = sys.stdin.buffer.read(limits.max_bytes + 1)
    text = _decode(data, "-", limits)
    if isinstance(text, Rejected):
        yield text
        return
    stripped = text.lstrip()
    kind = ".txt"
    if stripped.startswith("<"):
        kind = ".html"
    elif stripped.startswith("{") and "\n{" in stripped.rstrip():
        kind = ".jsonl"
    elif stripped.startswith(("{", "[")):
        kind = ".json"
    # "stdin" stands for the folder: no outlet with --no-folder-outlet
    yield from _from_text(text, kind, "-", "stdin" if folder_outlet else "")


def _within_limits(result: IngestResult, limits: Limits) -> IngestResult:
    """An article too long for the analyser is refused here, where the fix can be named."""
    if isinstance(result, Accepted) and len(result.article.text) > limits.max_chars:
        return Rejected(
            result.article.origin or result.article.id,
            f"article text too long to analyse ({len(result.article.text):,} characters; "
            f"the limit is {limits.max_chars:,})",
            "split it into one file per article, or cut it below the limit",
        )
    return result


def _read_entry(
    entry: str | Path | Rejected, limits: Limits, folder_outlet: bool = True
) -> Iterator[IngestResult]:
    if isinstance(entry, Rejected):
        yield entry
    elif isinstance(entry, Path):
        yield from _read_path(entry, limits, folder_outlet)
    elif entry == "-":
        yield from _read_stdin(limits, folder_outlet)
    else:
        yield from _read_url(entry, limits)


def read_inputs(
    items: Iterable[str], limits: Limits | None = None, *, folder_outlet: bool = True
) -> Iterator[IngestResult]:
    """Read every input; bad ones come back as Rejected, never as an exception.

    A file that names no outlet (no metadata, no URL) takes its folder's name as its
    outlet ("examples/riverside-courier/a.txt"), unless ``folder_outlet`` is False.
    """
    limits = limits or Limits()
    for entry in expand_inputs(items):
        for result in _read_entry(entry, limits, folder_outlet):
            yield _within_limits(result, limits)
