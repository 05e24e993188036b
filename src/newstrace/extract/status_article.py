"""Reporting status over a whole article: a later sentence about "the report" or "the
rumour" reaches back to the claim it means (see ``article_statuses``).

``status.decide_status`` judges each sentence on its own; this module then adjusts the
decisions in article order.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ..model import Status
from .cues import CUES
from .status import REPORTED, StatusDecision

__all__ = ["article_statuses"]


def article_statuses(
    decisions: Sequence[StatusDecision], texts: Sequence[str] = ()
) -> list[StatusDecision]:
    """Adjust per-sentence decisions (in article order) using the whole article.

    - A sentence that refers back to an earlier claim ("the rumour", "the report")
      and carries a no-comment, confirmation or speculation cue keeps that status
      for itself; the earlier claim keeps its own (a rumour stays a rumour).
    - A later sentence that denies "the report"/"the claim" marks the closest
      earlier reported claim (attributed, alleged, rumour or unattributed) as
      denied, with the denial cue added.
    - A later sentence calling it "the rumour"/"unverified" marks the closest
      earlier attributed or unattributed claim as rumour.

    With the sentences' ``texts``, the claim reached back to is, among the three before,
    the one sharing most words with the referring sentence ("Rask denied the report,
    saying no ferry had left port" goes back to "the ferry sank", past "140 people were
    aboard"); the closest wins a tie.
    """
    out = list(decisions)
    for i, d in enumerate(decisions):
        if not d.refers_back or i == 0:
            continue
        if d.status is Status.DENIED:
            target: frozenset[Status] = REPORTED
        elif d.status is Status.RUMOUR and any(CUES[Status.RUMOUR].search(c) for c in d.cues):
            # "the rumour", "the claim is unverified"; not a rumour by its source alone
            # ("'...,' the post read" quotes an anonymous channel, it judges nothing
            # before). Only a claim the writer stated bare becomes the rumour: what a
            # named person said stays theirs ("'It is not for sale,' Kell said. The
            # rumour first appeared on Telegram.")
            target = frozenset({Status.UNATTRIBUTED})
        else:
            continue
        # the claims it may mean: the reported ones among the three before (a rumour
        # already one included, so "The claim could not be verified" after a channel's
        # post means the post, not a bare sentence further up)
        window = [
            j
            for j in range(i - 1, max(-1, i - 4), -1)
            if out[j].status in REPORTED
            and not out[j].refers_back
            and (len(texts) != len(decisions) or len(texts[j].split()) >= 3)
        ]
        if not window:
            continue
        j = window[0]
        if len(texts) == len(decisions):
            words = _content_words(texts[i])
            j = max(window, key=lambda k: (len(words & _content_words(texts[k])), -(i - k)))
        if out[j].status in target:
            out[j] = replace(out[j], status=d.status, cues=out[j].cues + d.cues)
    return out


_WORD_RX = re.compile(r"[a-z][a-z'’-]{3,}")


def _content_words(text: str) -> set[str]:
    """Lower-case words of four letters or more, less the reporting vocabulary."""
    words = _WORD_RX.findall(text.lower())
    return {
        w.rstrip("s")
        for w in words
        if w not in _REPORT_WORDS and w.rstrip("s") not in _REPORT_WORDS
    }


_REPORT_WORDS = frozenset(
    {
        "report",
        "claim",
        "rumour",
        "rumor",
        "said",
        "says",
        "deny",
        "denied",
        "denies",
        "statement",
        "that",
        "this",
        "with",
        "from",
        "have",
        "been",
        "were",
        "they",
        "their",
        "there",
        "which",
        "about",
    }
)
