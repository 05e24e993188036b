"""Words for people in place of the ledger's codes, for the CLI tables and the HTML report.

The codes themselves (``wire_copy``, ``no_comment``, ``social_media`` ...) stay in every
machine-facing output: ``--json``, the exports, and the report's JSON twins.
"""

from __future__ import annotations

__all__ = [
    "copy_label",
    "group_label",
    "kind_label",
    "status_label",
]

# Reporting status (model.Status).
_STATUS = {
    "confirmed": "confirmed",
    "attributed": "attributed",
    "alleged": "alleged",
    "rumour": "rumour",
    "denied": "denied",
    "no_comment": "no comment",
    "speculative": "speculative",
    "unattributed": "no source given",
    "opinion": "opinion",
}

# How two articles relate (model.Copy.relation; link/copies.py).
_COPY = {
    "duplicate": "duplicate",
    "wire_copy": "wire copy",
    "rewrite": "rewrite",
    "shares_quotes": "shares a quotation",
}

# How the outlets of a claim group relate (model.ClaimGroup.relation).
_GROUP = {
    "agree": "agree",
    "contradict": "contradict",
    "mixed": "agree and contradict",
    "single": "one article",
}

# Who a source is (model.SourceKind).
_KIND = {
    "person": "person",
    "government": "government",
    "organisation": "organisation",
    "outlet": "news outlet",
    "social_media": "social media",
    "document": "document",
    "anonymous": "anonymous",
    "writer": "the writer",
    "": "",
}


def _label(table: dict[str, str], code: object) -> str:
    text = "" if code is None else str(code)
    return table.get(text, text.replace("_", " "))


def status_label(code: object) -> str:
    """'no_comment' -> 'no comment', 'unattributed' -> 'no source given'."""
    return _label(_STATUS, code)


def copy_label(code: object) -> str:
    """'wire_copy' -> 'wire copy', 'shares_quotes' -> 'shares a quotation'."""
    return _label(_COPY, code)


def group_label(code: object) -> str:
    """'mixed' -> 'agree and contradict', 'single' -> 'one article'."""
    return _label(_GROUP, code)


def kind_label(code: object) -> str:
    """'social_media' -> 'social media', 'outlet' -> 'news outlet'."""
    return _label(_KIND, code)
