"""Export story claims as schema.org ClaimReview drafts for fact-checkers.

newstrace does not rate claims true or false: it says how they are reported. So
each ClaimReview is a *draft*: ``reviewRating.alternateName`` summarises the
reporting ("Denied by a named source", "Unverified: rumour", "Single origin
repeated by 3 outlets"), ``reviewRating.ratingExplanation`` gives the evidence
(statuses by outlet, independent origins, circular reporting), and there is no
``ratingValue``: the fact-checker adds the verdict before publishing.

One ClaimReview per claim group (a claim as the outlets of one story tell it):

- ``claimReviewed``: the claim as first reported, without who says it (the
  attribution's content: "Repairs would cost $12 million", not "..., according to
  the Lakeside Herald."), or the whole sentence when it has no attribution;
- ``itemReviewed``: a ``Claim`` whose ``author`` is the origin (person or
  organisation at the end of the attribution chain, when there is one),
  ``appearance`` the articles that carry it and ``firstAppearance`` the earliest;
- ``author``: the reviewing organisation (``--author``), ``datePublished``: the
  export date (``--date``, today by default);
- ``url``: the page of the review, which Google's fact-check markup requires
  (absolute, on the domain of the page that carries the markup). With
  ``--base-url`` it is built from that address: a base holding ``{story}`` and/or
  ``{claim}`` is filled in (``https://checks.example/{story}#{claim}``); any other
  base is where the newstrace report is published, and the review is the claim's
  row on its story page (``BASE/story-<story id>.html#claim-<claim group id>``).
  Without ``--base-url`` the same address is given relative to the report folder
  (``story-<id>.html#claim-<id>``): it resolves when the JSON-LD sits beside the
  report, and must be made absolute before publishing. The articles that carry
  the claim are never the review's ``url``: they are ``itemReviewed.appearance``.

Groups whose claims are all opinion, silences ("did not respond") or bare references
to another claim ("The claims could not be verified"), or whose best check-worthiness
is below ``min_score``, are left out.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from typing import IO, Any
from urllib.parse import urlsplit

from ..link.align import bare_reference
from ..link.graph import attribution_of
from ..model import ArticleDoc, Attribution, Claim, ClaimGroup, SourceKind
from ..store import Ledger
from .labels import status_label

__all__ = [
    "check_base_url",
    "claim_words",
    "claimreview_items",
    "review_url",
    "verdict",
    "write_claimreview",
]

_ORGANISATION_KINDS = frozenset(
    {
        SourceKind.GOVERNMENT.value,
        SourceKind.ORGANISATION.value,
        SourceKind.OUTLET.value,
        SourceKind.SOCIAL_MEDIA.value,
        SourceKind.DOCUMENT.value,
    }
)
_UNVERIFIED = ("rumour", "alleged", "speculative", "no_comment")
# Who answers a claim (denies it, declines to comment) is not who made it.
_RESPONSES = frozenset({"denied", "no_comment"})


def check_base_url(base_url: str) -> str | None:
    """None when ``base_url`` is usable, else what is wrong with it."""
    parts = urlsplit(base_url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return "an absolute http(s) URL"
    if base_url.replace("{story}", "").replace("{claim}", "").count("{"):
        return "a URL whose only placeholders are {story} and {claim}"
    return None


def review_url(base_url: str | None, story: str, group: str) -> str:
    """The review's page (see the module docstring): the report's story page with the
    claim's anchor, under ``base_url`` when given, or ``base_url`` filled in."""
    page = f"story-{story}.html#claim-{group}"
    if not base_url:
        return page
    if "{story}" in base_url or "{claim}" in base_url:
        return base_url.replace("{story}", story).replace("{claim}", group)
    return base_url.rstrip("/") + "/" + page


def verdict(statuses: Iterable[str], origins: int, outlets: int, circular: bool) -> str:
    """A short reporting summary for ``reviewRating.alternateName``."""
    c = Counter(statuses)
    if c["denied"] and c["confirmed"]:
        head = "Disputed: confirmed and denied on record"
    elif c["denied"]:
        head = "Denied by a named source"
    elif c["confirmed"]:
        head = "Confirmed on record by a named source"
    elif c["rumour"]:
        head = "Unverified: rumour"
    elif any(c[s] for s in _UNVERIFIED):
        head = "Unverified: " + next(s for s in _UNVERIFIED if c[s]).replace("_", " ")
    elif c["attributed"]:
        head = "Attributed, not independently confirmed"
    else:
        head = "Stated without a source"
    if circular:
        head += f"; one origin repeated by {outlets} outlets"
    elif outlets > 1 and origins:
        head += f"; {origins} independent origin{'s' if origins != 1 else ''}"
    return head


def _member_claims(
    g: ClaimGroup, docs: dict[str, ArticleDoc]
) -> list[tuple[ArticleDoc, Claim, Attribution | None]]:
    out = []
    for m in g.members:
        doc = docs.get(m.article)
        if doc is None:
            continue
        claim = next((c for c in doc.claims if c.id == m.claim), None)
        if claim is None:
            continue
        out.append((doc, claim, attribution_of(doc, claim)))
    return out


def _appearance(doc: ArticleDoc) -> dict[str, Any]:
    a = doc.article
    work: dict[str, Any] = {"@type": "CreativeWork"}
    if a.url:
        work["url"] = a.url
    if a.title:
        work["headline"] = a.title
    if a.outlet:
        work["publisher"] = {"@type": "Organization", "name": a.outlet}
    if a.published:
        work["datePublished"] = a.published
    work["identifier"] = a.id
    return work


def _origin(members: list[tuple[ArticleDoc, Claim, Attribution | None]]) -> dict[str, Any] | None:
    """The claim's author: the origin of the first member that says it on someone's
    word (a source denying it or declining to comment answers it, not makes it)."""
    for _, claim, att in members:
        if claim.status in _RESPONSES:
            continue
        if claim.source and att is not None:
            kind = att.chain_kinds[-1] if att.chain_kinds else ""
            typ = "Organization" if kind in _ORGANISATION_KINDS else "Person"
            if kind == SourceKind.ANONYMOUS.value:
                return {"@type": "Person", "name": "anonymous source"}
            return {"@type": typ, "name": claim.source}
    return None


def _explanation(g: ClaimGroup, members: list[tuple[ArticleDoc, Claim, Attribution | None]]) -> str:
    by_outlet = "; ".join(
        f"{doc.article.home}: {status_label(claim.status)}"
        + (f" (via {' > '.join(att.chain[1:])})" if att is not None and att.chain[1:] else "")
        for doc, claim, att in members
    )
    origins = ", ".join(g.origins) if g.origins else "none named"
    parts = [
        f"Reported by {len(g.outlets)} outlet{'s' if len(g.outlets) != 1 else ''} ({by_outlet}).",
        f"Independent origins: {origins}.",
    ]
    if g.relation == "contradict":
        parts.append("The outlets contradict each other on this claim.")
    elif g.relation == "mixed":
        parts.append("Some outlets agree and some contradict.")
    if g.circular:
        parts.append("Circular reporting: the outlets all trace back to one origin.")
    parts.append("Draft by newstrace: reporting status only, not a verdict on truth.")
    return " ".join(parts)


_CITING = frozenset({"citing", "quoting", "cited", "quoted"})
_EDGE = " \t\n\"'“”‘’,;:—–-"
_QUOTES = ('"', "“", "”")
_PRONOUNS = frozenset({"It", "He", "She", "They", "This", "That", "These", "Those"})


def claim_words(claim: Claim, att: Attribution | None) -> str:
    """What is claimed, without who says it, when the attribution's content is a whole
    statement: a quotation or a sentence-initial clause ("Repairs would cost $12 million"
    for "Repairs would cost $12 million, according to the Lakeside Herald."). Otherwise
    (no attribution, or a content that is a fragment: "how it had obtained the
    information", "to comment on the report") the claim's sentence as written."""
    if att is None or (att.cue is not None and att.cue.text.lower() in _CITING):
        return claim.text
    content = att.content
    words = content.text.strip(_EDGE)
    if (
        not (claim.start <= content.start and content.end <= claim.end)
        or len(words.split()) < 4
        or not words[:1].isupper()
        or words.split()[0] in _PRONOUNS
        or any(q in words for q in _QUOTES)
    ):
        return claim.text
    return words


def _appearances(members: list[tuple[ArticleDoc, Claim, Attribution | None]]) -> list[Any]:
    """Each article carrying the claim once (two of its sentences may say it), oldest first."""
    docs = {doc.article.id: doc for doc, _, _ in members}
    ordered = sorted(docs.values(), key=lambda d: (d.article.published or "~", d.article.id))
    return [_appearance(d) for d in ordered]


def _nothing_to_check(c: Claim) -> bool:
    """Opinion, a silence ("X did not respond"), or a bare reference to another claim
    ("The claims could not be independently verified"): said of a claim, not one."""
    return c.status in ("opinion", "no_comment") or bare_reference(c.text)


def claimreview_items(
    ledger: Ledger,
    date: str,
    author: str = "newstrace",
    min_score: float = 0.0,
    base_url: str | None = None,
) -> list[dict[str, Any]]:
    """ClaimReview drafts, one per claim group, in story then group order; ``base_url``
    makes each review's ``url`` absolute (see the module docstring)."""
    docs = {d.article.id: d for d in ledger.iter_docs()}
    items: list[dict[str, Any]] = []
    for story in ledger.stories():
        for g in ledger.claim_groups(story.id):
            members = _member_claims(g, docs)
            if not members:
                continue
            if all(_nothing_to_check(c) for _, c, _ in members):
                continue
            if max(c.checkworthiness for _, c, _ in members) < min_score:
                continue
            first = next((m for m in members if m[0].article.id == g.first_reported), members[0])
            claim: dict[str, Any] = {
                "@type": "Claim",
                "appearance": _appearances(members),
                "firstAppearance": _appearance(first[0]),
            }
            origin = _origin(members)
            if origin is not None:
                claim["author"] = origin
            if first[0].article.published:
                claim["datePublished"] = first[0].article.published
            statuses = [c.status for _, c, _ in members]
            items.append(
                {
                    "@context": "https://schema.org",
                    "@type": "ClaimReview",
                    "identifier": g.id,
                    "url": review_url(base_url, story.id, g.id),
                    "claimReviewed": claim_words(first[1], first[2]),
                    "datePublished": date,
                    "author": {"@type": "Organization", "name": author},
                    "itemReviewed": claim,
                    "reviewRating": {
                        "@type": "Rating",
                        "alternateName": verdict(
                            statuses, len(g.origins), len(g.outlets), g.circular
                        ),
                        "ratingExplanation": _explanation(g, members),
                    },
                    "about": {"@type": "Thing", "name": story.title, "identifier": story.id},
                }
            )
    return items


def write_claimreview(
    ledger: Ledger,
    out: IO[str],
    date: str,
    author: str = "newstrace",
    min_score: float = 0.0,
    base_url: str | None = None,
) -> None:
    """A JSON array of ClaimReview drafts (JSON-LD), ready to edit and publish."""
    items = claimreview_items(ledger, date, author=author, min_score=min_score, base_url=base_url)
    json.dump(items, out, ensure_ascii=False, indent=2)
    out.write("\n")
