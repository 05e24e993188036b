"""Pages that are not articles: navigation (menus, lists of headlines) and walls.

trafilatura returns *some* text for nearly any page. For a section front it is the
menu and the headlines; for a cookie or subscription wall it is the notice. Stored,
such a page would become an "article" with no claims, or with the notice's sentences
as claims, and it would be grouped into stories. ``not_an_article`` names what the page
is instead, so that the reader can skip it with one line (file, reason, fix).

Three tests, each on what trafilatura kept, cautious enough to let a one-sentence
brief through:

- **links**: most of the kept text (by characters) is the text of the page's links
  or buttons (a menu, a list of headlines, a "related stories" box on its own);
- **no sentence**: not one line reads as a sentence (six words or more, ending with
  a full stop, question or exclamation mark, or a closing quote);
- **wall**: in a short text, most sentences are a notice about cookies, consent,
  privacy settings, subscriptions, signing in or ad blockers that speaks to the
  reader or of the page ("You can accept all cookies ...", "This article is for
  subscribers only.", "Sign in to continue reading."); a news item about cookie
  rules is written about others, in the third person, and is not caught.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["NotArticle", "not_an_article"]

LINK_SHARE = 0.6  # the kept text that is link labels, above which the page is navigation
WALL_SHARE = 0.5  # the sentences that are a consent or subscription notice
_MAX_WALL_WORDS = 400  # a notice is short; a long text mentioning cookies is an article

_SPACE = re.compile(r"\s+")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*$|[\"”’»]$")
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?…])[\"'”’»)]*\s+")
_WALL = re.compile(
    r"\b(cookies?|consent|privacy (?:settings|preferences|policy)|preferences|"
    r"accept all|reject all|personali[sz]e|subscribe|subscription|subscribers?|"
    r"sign in|log in|ad ?blocker|enable javascript|paywall)\b",
    re.IGNORECASE,
)
# a notice speaks to the reader ("you can accept"), about this page ("this article is
# for subscribers only"), or opens with what it asks ("Subscribe today", "Sign in")
_READER = re.compile(r"\b(you|your|yours|this (?:article|page|content|site|story))\b", re.I)


@dataclass(frozen=True, slots=True)
class NotArticle:
    """Why a page is not an article (``kind``: navigation | no_sentences | wall)."""

    kind: str
    detail: str


def _norm(text: str) -> str:
    return _SPACE.sub(" ", text).strip().casefold()


def _link_labels(html: str) -> set[str]:
    """The texts of the page's links and buttons, normalised."""
    try:
        import lxml.html
    except ImportError:  # pragma: no cover - lxml comes with trafilatura
        return set()
    try:
        root = lxml.html.fromstring(html)
    except (ValueError, TypeError, lxml.etree.ParserError):
        return set()
    labels = set()
    for el in root.iter("a", "button"):
        label = _norm(el.text_content())
        if label:
            labels.add(label)
    return labels


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def _is_sentence(line: str) -> bool:
    return len(line.split()) >= 6 and bool(_SENTENCE_END.search(line))


def not_an_article(html: str, text: str) -> NotArticle | None:
    """What the page is instead of an article, or None when its text reads as one."""
    lines = _lines(text)
    if not lines:
        return NotArticle("no_sentences", "no text")
    labels = _link_labels(html)
    linked = [line for line in lines if _norm(line) in labels]
    total = sum(len(line) for line in lines)
    if linked and sum(len(line) for line in linked) >= LINK_SHARE * total:
        return NotArticle("navigation", f"{len(linked)} of its {len(lines)} lines are link labels")
    if not any(_is_sentence(line) for line in lines):
        short = f"{len(lines)} short line" + ("s" if len(lines) != 1 else "")
        return NotArticle("no_sentences", f"{short}, none a sentence")
    sentences = [
        s for line in lines if _is_sentence(line) for s in _SENTENCE_SPLIT.split(line) if s.strip()
    ]
    walled = [s for s in sentences if _WALL.search(s) and (_READER.search(s) or _WALL.match(s))]
    if len(text.split()) <= _MAX_WALL_WORDS and len(walled) >= WALL_SHARE * len(sentences):
        words = sorted({m.group(0).casefold() for s in walled for m in _WALL.finditer(s)})
        return NotArticle("wall", ", ".join(words[:4]))
    return None
