"""Who speaks on the record: a named person or body, or one the article identifies
("the council said", "a spokesperson for the ministry", "police records show"), as
against hearsay ("a source said", "officials said", "the official said").

``decide_status`` calls ``on_record`` for a sourced sentence; an unnamed source is
"alleged".
"""

from __future__ import annotations

import re

from ..model import Source, SourceKind
from .headline import is_named

__all__ = ["on_record"]


def on_record(source: Source, name: str, headline: bool) -> bool:
    """``source``, called ``name`` in the sentence, speaks on the record. ``headline``:
    a headline keeps its distance ("AP Police say" is no body on the record)."""
    # "Police said"; in body text also "Ostra police said"
    head = (name.lower().split() or [""])[-1]
    bare = name.lower() in _BARE_INSTITUTIONS or (not headline and head in _BARE_INSTITUTIONS)
    institution = source.kind in _INSTITUTIONS and (name.lower().startswith("the ") or bare)
    # "the coastguard": a body by its function, whatever kind the source was given
    institution = institution or (
        not headline and head in _BODIES and (name.lower().startswith("the ") or bare)
    )
    # "the mayor said", "the 52-year-old told the court": one identifiable person the
    # article has named or can name (not "the source", "the official")
    institution = institution or (
        not headline and (_identified(name) or bool(_PUBLIC_RECORD.match(name)))
    )
    institution = institution or bool(_SPEAKS_FOR.match(name) or _BODY_SPOKES.match(name))
    # a headline's "..., authority says" the article names in full ("the Kelby Water
    # Authority"), or its "..., poll shows" for the poll the body names with its author:
    # the named body, resolved from the words of the article
    canonical = source.canonical
    resolved = (
        canonical != name
        and canonical[:1].isupper()
        and not name[:1].isupper()
        and source.kind in (SourceKind.GOVERNMENT, SourceKind.PERSON, SourceKind.DOCUMENT)
        and len(canonical.split()) >= 2
        and is_named(canonical)
    )
    return is_named(name) or institution or resolved


def _identified(name: str) -> bool:
    """A singular definite description of one person or body in body text ("the mayor",
    "the 52-year-old", "the company's chief executive"), unlike a role that keeps its
    holder unnamed ("the source", "the official", "the witness")."""
    low = " ".join(name.lower().split())
    if not _DEFINITE.match(low) or _UNNAMED_WORDS.search(low):
        return False
    head = low.split()[-1]
    return head not in _VAGUE_ROLES and not (head.endswith("s") and not head.endswith("ss"))


# "the council said", "the ministry said": an identifiable body on the record, not hearsay
_INSTITUTIONS = frozenset(
    {SourceKind.GOVERNMENT, SourceKind.ORGANISATION, SourceKind.OUTLET, SourceKind.DOCUMENT}
)
# "Police said": a body on the record without its article
_BARE_INSTITUTIONS = frozenset({"police", "prosecutors"})
# public bodies named by their function ("the coastguard", "the fire brigade")
_BODIES = frozenset(
    {
        "police",
        "prosecutors",
        "coastguard",
        "army",
        "navy",
        "ministry",
        "council",
        "court",
        "brigade",
        "government",
        "department",
        "agency",
        "office",
        "inspectorate",
        "regulator",
        "commission",
    }
)
# "a spokesperson for the ministry": the body's own voice, on the record though unnamed
_SPEAKS_FOR = re.compile(
    r"^(?:an?\s+|the\s+)?(?:\w+\s+)?(?:spokes(?:man|woman|person)|representative|"
    r"press\s+(?:officer|secretary))\s+(?:for|of|at)\s+(?:the\s+)?[\w’'-]+",
    re.I,
)
# "a government spokesman", "the ministry's press officer", "a Kelby Water spokeswoman"
_BODY_SPOKES = re.compile(
    r"^(?i:an?\s+|the\s+)?(?:(?:(?!(?:An?|The)\b)[A-Z][\w’'.&-]*|(?i:government|ministry|"
    r"council|police|company|army|navy|military|court|club|party|campaign|embassy|agency|"
    r"hospital|university|city|state|federal|department|firm|bank|airline))(?:[’']s)?\s+)"
    r"{1,3}(?i:spokes(?:man|woman|person)|representative|press\s+(?:officer|secretary))$"
)
# a public body's records: "police records show", "court documents", "council minutes"
_PUBLIC_RECORD = re.compile(
    r"^(?:the\s+)?(?:[\w’'-]+\s+)?(?:police|court|council|government|ministry|city|county|state|"
    r"federal|public|official|land|tax|company)\s+(?:records?|documents?|filings?|data|figures|"
    r"minutes|papers|statistics)$",
    re.I,
)
_DEFINITE = re.compile(r"^the\s+(?:[\w’'-]+\s+){0,3}[\w’'-]+$")
_UNNAMED_WORDS = re.compile(r"\b(?:unnamed|anonymous|unidentified|other|same)\b")
_VAGUE_ROLES = frozenset(
    {
        "source",
        "insider",
        "official",
        "person",
        "witness",
        "resident",
        "expert",
        "analyst",
        "critic",
        "aide",
        "employee",
        "worker",
        "officer",
        "staffer",
        "member",
        "individual",
        "man",
        "woman",
        "user",
        "account",
        "channel",
        "post",
        "tweet",
        "report",
        "memo",
        "document",
        "letter",
        "video",
        "study",
        "survey",
        "poll",
        "diplomat",
        "observer",
        "activist",
        "neighbour",
        "neighbor",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "representative",
    }
)
