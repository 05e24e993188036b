"""Front matter: the metadata block at the top of Markdown and text files.

Static-site and notes exports (Hugo, Jekyll, Obsidian, pandoc) open a file with a
block of ``key: value`` lines between ``---`` lines (YAML), or ``key = "value"``
lines between ``+++`` lines (TOML). The block gives the article's title, outlet,
date, author and URL, under the same field names as JSON records, and is not part of
the article's text. Only flat scalar fields are read (a list such as ``tags`` is
skipped), so no YAML or TOML library is needed; a file without a closed block is
text from its first line.
"""

from __future__ import annotations

import re

__all__ = ["split_front_matter"]

_MAX_BLOCK = 8_000  # characters: front matter is short; a longer "---" block is text
_YAML_LINE = re.compile(r"^([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$")
_TOML_LINE = re.compile(r"^([A-Za-z_][\w-]*)\s*=\s*(.*?)\s*$")


def _scalar(raw: str) -> str | None:
    """A plain, quoted or bracketed-first value; None for an empty or nested one."""
    value = raw.split(" #", 1)[0].strip()
    if not value or value in ("|", ">", "[]", "{}"):
        return None
    if value.startswith("[") and value.endswith("]"):
        first = value[1:-1].split(",", 1)[0].strip()
        return _scalar(first) if first else None  # "authors: [Ada Quell, ...]"
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        value = value[1:-1]
    return value or None


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """(fields, body): the front matter's flat fields (keys lower-cased) and the text
    after it. Without front matter: ({}, text) unchanged."""
    lead = text.lstrip("\ufeff")
    for fence, line_rx in (("---", _YAML_LINE), ("+++", _TOML_LINE)):
        if not lead.startswith(fence + "\n") and not lead.startswith(fence + "\r\n"):
            continue
        first = lead.index("\n") + 1
        close = re.compile(r"^(?:" + re.escape(fence) + r"|\.\.\.)[ \t]*\r?$", re.M)
        m = close.search(lead, first, first + _MAX_BLOCK)
        if m is None:
            return {}, text
        fields: dict[str, str] = {}
        for line in lead[first : m.start()].splitlines():
            lm = line_rx.match(line)
            if lm is None or line[:1].isspace():
                continue  # a nested or continued value
            value = _scalar(lm.group(2))
            if value is not None:
                fields.setdefault(lm.group(1).lower(), value)
        end = m.end()
        body = lead[end:].lstrip("\r\n")
        return fields, body
    return {}, text
