"""JSON and JSONL records to articles, with the common field names of news corpora.

NELA-GT style rows work: ``content``/``title``/``source``/``published``/``author``/``url``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime
from typing import Any

from .base import Accepted, IngestResult, Rejected
from .meta import make_article

__all__ = ["read_json_text", "record_to_result"]

TEXT_KEYS = ("text", "body", "content", "article", "maintext", "full_text")
TITLE_KEYS = ("title", "headline", "name")
URL_KEYS = ("url", "link", "uri")
OUTLET_KEYS = ("outlet", "source", "site", "sitename", "publisher", "domain")
DATE_KEYS = ("published", "date", "published_at", "publish_date", "pubdate", "timestamp")
AUTHOR_KEYS = ("author", "authors", "byline")


def _first(rec: Mapping[str, Any], keys: tuple[str, ...]) -> Any:
    lowered = {str(k).lower(): v for k, v in rec.items()}
    for key in keys:
        value = lowered.get(key)
        if value not in (None, "", []):
            return value
    return None


def _as_str(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(_as_str(v) for v in value)
    if isinstance(value, Mapping):
        return _as_str(_first(value, ("name", "title", "id")))
    return str(value).strip()


def _as_url(value: Any) -> str:
    """One URL: the first of a list ("links": ["https://...", ...])."""
    if isinstance(value, list):
        return next((u for u in map(_as_url, value) if u), "")
    return _as_str(value)


def _as_date(value: Any) -> str | None:
    if value is None or value == "" or isinstance(value, bool):
        return None
    if isinstance(value, int | float) and not isinstance(value, bool):
        try:
            return datetime.fromtimestamp(float(value), tz=UTC).isoformat()
        except (OverflowError, OSError, ValueError):
            return None
    return _as_str(value) or None


def _json_kind(value: object) -> str:
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, Mapping):
        return "an object"
    return f"a {type(value).__name__}"


def record_to_result(rec: object, origin: str, fallback_outlet: str) -> IngestResult:
    """One JSON record to an article, or a rejection saying which field is wrong."""
    if not isinstance(rec, Mapping):
        return Rejected(origin, "record is not a JSON object", "write one object per line")
    text = _first(rec, TEXT_KEYS)
    if text is not None and not isinstance(text, str):
        key = next(k for k in TEXT_KEYS if _first(rec, (k,)) is text)
        return Rejected(
            origin,
            f"field {key!r} holds {_json_kind(text)}, not the article text",
            f"make {key!r} a JSON string with the article's text",
        )
    if not isinstance(text, str) or not text.strip():
        return Rejected(
            origin,
            "record has no article text",
            f"put the text in one of the fields: {', '.join(TEXT_KEYS)}",
        )
    return Accepted(
        make_article(
            text=text,
            title=_as_str(_first(rec, TITLE_KEYS)),
            url=_as_url(_first(rec, URL_KEYS)),
            outlet=_as_str(_first(rec, OUTLET_KEYS)),
            published=_as_date(_first(rec, DATE_KEYS)),
            author=_as_str(_first(rec, AUTHOR_KEYS)),
            origin=origin,
            fallback_outlet=fallback_outlet,
        )
    )


def read_json_text(
    text: str, origin: str, fallback_outlet: str, lines: bool
) -> Iterator[IngestResult]:
    """Records from a .json file (an object, a list, or {"articles": [...]}) or a .jsonl file."""
    if lines:
        for n, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            where = f"{origin}:{n}"
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                yield Rejected(
                    where,
                    f"invalid JSON ({exc.msg} at column {exc.colno})",
                    "fix or remove that line",
                )
                continue
            yield record_to_result(rec, where, fallback_outlet)
        return
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        yield Rejected(
            origin,
            f"invalid JSON ({exc.msg} at line {exc.lineno})",
            "fix the file, or use .jsonl for one record per line",
        )
        return
    if isinstance(data, Mapping) and isinstance(data.get("articles"), list):
        data = data["articles"]
    items = data if isinstance(data, list) else [data]
    if not items:
        yield Rejected(
            origin,
            "holds no records (an empty list)",
            'put article objects in it: [{"title": ..., "text": ...}]',
        )
        return
    for n, rec in enumerate(items):
        where = origin if len(items) == 1 else f"{origin}[{n}]"
        yield record_to_result(rec, where, fallback_outlet)
