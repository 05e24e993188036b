"""Reporting status: how the article reports a claim (confirmed, alleged, denied...).

The decision combines three things:

1. the attribution whose content holds the claim: is there a source at all, what
   kind is the origin at the end of its chain (a named person or body, an outlet,
   an anonymous or social-media origin), and which cue introduces it ("confirmed",
   "said", "claimed");
2. cue words in the sentence itself: denials, "declined to comment", evidential
   hedges ("reportedly", "allegedly"), rumour words ("unverified", "rumour"),
   modal speculation ("may", "could", "if the reports are true") and questions;
3. the rest of the article (``article_statuses``): a sentence that only refers
   back to a claim ("the Ministry didn't comment on the rumor") gets its own
   status without changing the status of the claim it refers to, while a later
   denial of "the report" marks the reported claim before it as denied.

Precedence when several cues fire: denied > no_comment > rumour > alleged >
speculative > confirmed > attributed > unattributed. ``opinion`` is decided by
the caller (the opinion model) and applies only when nothing checkable is left.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..model import Attribution, SourceKind, Status, Token

__all__ = [
    "ANONYMOUS_KINDS",
    "PRECEDENCE",
    "StatusDecision",
    "article_statuses",
    "cue_hits",
    "decide_status",
]

PRECEDENCE = (
    Status.DENIED,
    Status.NO_COMMENT,
    Status.RUMOUR,
    Status.ALLEGED,
    Status.SPECULATIVE,
    Status.CONFIRMED,
    Status.ATTRIBUTED,
    Status.UNATTRIBUTED,
)
ANONYMOUS_KINDS = frozenset({SourceKind.ANONYMOUS.value, SourceKind.SOCIAL_MEDIA.value})


def _rx(*parts: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])", re.I)


CUES: dict[Status, re.Pattern[str]] = {
    Status.DENIED: _rx(
        r"den(?:y|ies|ied|ying|ial|ials)",
        r"reject(?:s|ed|ing)?",
        r"refut(?:e|es|ed|ing)",
        r"rebut(?:s|ted)?",
        r"debunk(?:s|ed|ing)?",
        r"dismiss(?:es|ed)\s+(?:the\s+)?(?:reports?|claims?|allegations?|rumou?rs?)",
        r"(?:called|calls|branded|labelled|labeled)\s+(?:\w+\s+){0,4}?(?:false|fake|baseless|untrue|nonsense|fabricated|a\s+hoax|a\s+lie|lies)",
        r"(?:is|was|are|were)\s+(?:completely\s+|entirely\s+)?(?:false|untrue|fake|a\s+hoax|fabricated|baseless)",
        r"(?:not|never)\s+true",
        r"no\s+truth",
        r"fake\s+news",
        r"hoax(?:es)?",
        r"(?:has|have|had)\s+not\s+happened",
    ),
    Status.NO_COMMENT: _rx(
        r"declin(?:ed|es|ing)\s+(?:to\s+)?(?:comment|confirm|respond)",
        r"(?:did|does|do|would|could)\s*(?:not|n[’']t)\s+(?:immediately\s+)?(?:comment|respond|reply|return|confirm)",
        r"refus(?:ed|es)\s+to\s+(?:comment|confirm)",
        r"no\s+comment",
        r"(?:not\s+be|n[’']t\s+be)\s+reached",
        r"(?:was|were|is|are)\s+not\s+(?:immediately\s+)?available\s+for\s+comment",
        r"(?:request|requests)\s+for\s+comment\s+(?:went\s+unanswered|was\s+not\s+returned)",
        r"(?:has|have|had)\s+(?:not|yet\s+to)\s+(?:commented|responded|confirmed)",
        r"(?:has|have|had)\s+yet\s+to\s+(?:comment|respond|confirm)",
    ),
    Status.RUMOUR: _rx(
        r"rumou?r(?:s|ed)?",
        r"unverified",
        r"unconfirmed",
        r"unsubstantiated",
        r"(?:could|can|cannot|can[’']t|could\s*n[’']t)\s*(?:not\s+)?(?:be\s+)?(?:independently\s+)?(?:verif(?:y|ied)|confirm(?:ed)?)",
        r"speculation",
        r"(?:went|goes|gone|going)\s+viral",
        r"circulat(?:ing|ed)\s+(?:online|on\s+social\s+media)",
        r"anonymous\s+(?:sources?|accounts?|channels?|posts?)",
        r"hearsay",
        r"whispers",
    ),
    Status.ALLEGED: _rx(
        r"allegedly",
        r"alleg(?:e|es|ed|ing|ation|ations)",
        r"reportedly",
        r"purportedly",
        r"supposedly",
        r"ostensibly",
        r"claim(?:s|ed|ing)?\s+(?:that|to)",
        r"(?:is|are|was|were)\s+said\s+to",
        r"according\s+to\s+(?:media\s+|news\s+|press\s+|local\s+)?reports",
        r"reports?\s+(?:say|says|said|suggest|suggests|claim|claims)",
        r"report:",
        r"accus(?:e|es|ed|ing)",
    ),
    Status.SPECULATIVE: _rx(
        r"may",
        r"might",
        r"could",
        r"possibly",
        r"perhaps",
        r"likely",
        r"unlikely",
        r"probably",
        r"potentially",
        r"expected\s+to",
        r"predict(?:s|ed)?",
        r"forecasts?",
        r"if\s+(?:the\s+)?(?:reports?|claims?|rumou?rs?|true|confirmed|accurate)",
        r"if\s+(?:\w+\s+){0,4}(?:are|is|prove[sn]?)\s+(?:true|accurate|correct)",
        r"appears?\s+to",
        r"seems?\s+to",
        r"set\s+to",
    ),
    Status.CONFIRMED: _rx(
        r"confirm(?:s|ed|ing)?",
        r"verif(?:y|ies|ied)",
        r"announc(?:e|es|ed|ing)",
        r"acknowledg(?:e|es|ed|ing)",
        r"admit(?:s|ted|ting)?",
        r"officially",
        r"(?:said|says)\s+in\s+a\s+(?:written\s+)?statement",
        r"declar(?:e|es|ed)",
    ),
}
# Cue words of the attribution verb itself, read from the attribution's cue span.
CUE_VERBS: dict[Status, re.Pattern[str]] = {
    Status.DENIED: CUES[Status.DENIED],
    Status.ALLEGED: _rx(r"claim(?:s|ed|ing)?", r"alleg(?:e|es|ed|ing)", r"insist(?:s|ed)?"),
    Status.CONFIRMED: CUES[Status.CONFIRMED],
}
_REFER_BACK = re.compile(
    r"\b(?:the|that|this|these|those|such)\s+(?:\w+\s+)?"
    r"(?:rumou?rs?|reports?|claims?|allegations?|accounts?|stor(?:y|ies)|posts?|speculation)\b",
    re.I,
)


@dataclass(frozen=True, slots=True)
class StatusDecision:
    status: Status
    cues: tuple[str, ...] = ()
    refers_back: bool = False  # the sentence talks about an earlier claim ("the rumour")


def cue_hits(text: str, tokens: Sequence[Token] | None = None) -> dict[Status, list[str]]:
    """All cue phrases found in ``text``, by the status they point to.

    With ``tokens`` (the sentence's parse), "may"/"could"/"might" count only as
    modal auxiliaries, and "claim(s)" only as a verb.
    """
    hits: dict[Status, list[str]] = {}
    modal_ok = True
    if tokens is not None:
        modal_ok = any(
            t.tag == "MD" and t.text.lower() in ("may", "might", "could") for t in tokens
        )
    for status, rx in CUES.items():
        for m in rx.finditer(text):
            phrase = " ".join(m.group(0).split())
            low = phrase.lower()
            if status is Status.SPECULATIVE and low in ("may", "might", "could") and not modal_ok:
                continue
            if (
                status is Status.SPECULATIVE
                and low == "may"
                and m.start() > 0
                and text[m.start()] == "M"
            ):
                continue  # the month
            hits.setdefault(status, []).append(phrase)
    if text.rstrip().endswith("?"):
        hits.setdefault(Status.SPECULATIVE, []).append("?")
    # "could not be verified" is a rumour cue, not modal speculation
    if Status.RUMOUR in hits and Status.SPECULATIVE in hits:
        rumour_text = " ".join(hits[Status.RUMOUR]).lower()
        hits[Status.SPECULATIVE] = [
            c for c in hits[Status.SPECULATIVE] if c.lower() not in rumour_text.split()
        ]
        if not hits[Status.SPECULATIVE]:
            del hits[Status.SPECULATIVE]
    # "did not confirm" is a no-comment, not a confirmation; "denied ... confirmed" stays a denial
    if Status.CONFIRMED in hits and (Status.NO_COMMENT in hits or Status.RUMOUR in hits):
        del hits[Status.CONFIRMED]
    return hits


def _origin_kind(att: Attribution) -> str:
    if att.chain_kinds:
        return att.chain_kinds[-1]
    if att.source is None:
        return SourceKind.WRITER.value
    return att.source.kind.value


def decide_status(
    text: str,
    attribution: Attribution | None = None,
    cue_text: str = "",
    tokens: Sequence[Token] | None = None,
    opinion: bool = False,
    checkable: bool = True,
) -> StatusDecision:
    """The reporting status of one sentence (or claim span) ``text``.

    ``attribution`` is the attribution whose content covers it (None when the
    writer asserts it); ``cue_text`` its cue words; ``opinion`` whether the
    opinion model calls the sentence the writer's opinion; ``checkable`` whether
    it states something that could be checked.
    """
    hits = cue_hits(text, tokens)
    refers = bool(_REFER_BACK.search(text))
    sourced = attribution is not None and attribution.source is not None
    if sourced and attribution is not None:
        kind = _origin_kind(attribution)
        verb = cue_text or (attribution.cue.text if attribution.cue else "")
        for status, rx in CUE_VERBS.items():
            m = rx.search(verb)
            if m:
                hits.setdefault(status, []).insert(0, m.group(0))
        if kind in ANONYMOUS_KINDS:
            hits.setdefault(Status.RUMOUR, []).append(
                attribution.source.canonical if attribution.source else kind
            )
    for status in PRECEDENCE:
        if status in (Status.CONFIRMED, Status.ATTRIBUTED, Status.UNATTRIBUTED):
            break
        if status in hits:
            return StatusDecision(status, tuple(dict.fromkeys(hits[status])), refers)
    if sourced and attribution is not None:
        if Status.CONFIRMED in hits:
            return StatusDecision(
                Status.CONFIRMED, tuple(dict.fromkeys(hits[Status.CONFIRMED])), refers
            )
        cue = attribution.cue.text if attribution.cue else ""
        return StatusDecision(Status.ATTRIBUTED, (cue,) if cue else (), refers)
    if opinion and not checkable:
        return StatusDecision(Status.OPINION, (), refers)
    if Status.CONFIRMED in hits:
        # "officials confirmed" without a parsed attribution: a confirmation by an unnamed
        # subject is still an on-record statement in the article's voice
        return StatusDecision(
            Status.CONFIRMED, tuple(dict.fromkeys(hits[Status.CONFIRMED])), refers
        )
    if opinion:
        return StatusDecision(Status.OPINION, (), refers)
    return StatusDecision(Status.UNATTRIBUTED, (), refers)


_REPORTED = frozenset({Status.ATTRIBUTED, Status.ALLEGED, Status.RUMOUR, Status.UNATTRIBUTED})


def article_statuses(decisions: Sequence[StatusDecision]) -> list[StatusDecision]:
    """Adjust per-sentence decisions (in article order) using the whole article.

    - A sentence that refers back to an earlier claim ("the rumour", "the report")
      and carries a no-comment, confirmation or speculation cue keeps that status
      for itself; the earlier claim keeps its own (a rumour stays a rumour).
    - A later sentence that denies "the report"/"the claim" marks the closest
      earlier reported claim (attributed, alleged, rumour or unattributed) as
      denied, with the denial cue added.
    - A later sentence calling it "the rumour"/"unverified" marks the closest
      earlier attributed or unattributed claim as rumour.
    """
    out = list(decisions)
    for i, d in enumerate(decisions):
        if not d.refers_back or i == 0:
            continue
        if d.status is Status.DENIED:
            target: set[Status] = set(_REPORTED)
        elif d.status is Status.RUMOUR:
            target = {Status.ATTRIBUTED, Status.UNATTRIBUTED}
        else:
            continue
        for j in range(i - 1, max(-1, i - 4), -1):
            prev = out[j]
            if prev.status in target and not prev.refers_back:
                out[j] = StatusDecision(d.status, prev.cues + d.cues, prev.refers_back)
                break
    return out
