"""Export the ledger as JSON (one object) or JSONL (one article a line)."""

from __future__ import annotations

import json
from typing import IO

from ..store import Ledger
from .views import article_dict, export_dict

__all__ = ["write_json", "write_jsonl"]


def write_json(ledger: Ledger, out: IO[str]) -> None:
    json.dump(export_dict(ledger), out, ensure_ascii=False, indent=2, sort_keys=False)
    out.write("\n")


def write_jsonl(ledger: Ledger, out: IO[str]) -> None:
    story_of = ledger.story_map()
    for doc in ledger.iter_docs():
        out.write(
            json.dumps(article_dict(doc, story_of.get(doc.article.id)), ensure_ascii=False) + "\n"
        )
