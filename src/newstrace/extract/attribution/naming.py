"""Source names and kinds, from the name alone: the same answer in every article.

``canonical_source`` strips titles, articles and possessives ("Rep. Jim Banks" ->
"Jim Banks"), ``split_role`` parts a name from the role written with it,
``source_kind`` tells a person from a body, an outlet, a channel, a document or an
anonymous source, and ``channel_names`` lists the names an article introduces as a
channel or an account. ``sources.SourceResolver`` adds what one article knows.
"""

from __future__ import annotations

import re
import unicodedata

from ...analyse.patterns import OUTLETS, PLATFORMS
from ...model import SourceKind
from .lexicon import (
    ANON_MARKERS,
    ANON_NOUNS,
    DOCUMENT_NOUNS,
    FIRST_PERSON,
    GOVERNMENT_NOUNS,
    ORGANISATION_NOUNS,
    OUTLET_NOUNS,
    PERSON_NOUNS,
    PERSONAL_PRONOUNS,
    SOCIAL_NOUNS,
    TITLES,
)
from .persons import is_role_word

__all__ = [
    "QUANTIFIERS",
    "canonical_source",
    "channel_intros",
    "channel_names",
    "is_generic",
    "is_outlet_title",
    "phrase",
    "source_kind",
    "split_role",
]
QUANTIFIERS = frozenset(
    {"both", "all", "each", "many", "some", "none", "one", "two", "three", "most", "several"}
)

_PAREN = re.compile(r"\s*\([^)]*(?:\)|$)")
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
_OUTLET_WORDS = frozenset(
    [
        "news",
        "times",
        "post",
        "herald",
        "gazette",
        "tribune",
        "journal",
        "daily",
        "chronicle",
        "telegraph",
        "courier",
        "observer",
        "express",
        "mirror",
        "standard",
        "sun",
        "globe",
        "record",
        "press",
        "dispatch",
        "bulletin",
        "wire",
        "star",
        "examiner",
        "ledger",
        "sentinel",
        "inquirer",
        "enquirer",
        "gleaner",
        "beacon",
        "advertiser",
    ]
)
_TITLE_LABELS = frozenset({"ORG", "WORK_OF_ART", "LAW", "PRODUCT", "FAC"})
_CHANNEL_HEADS = frozenset(["channel", "account", "blog", "page", "feed", "handle"])
_GENERIC = (
    PERSON_NOUNS
    | SOCIAL_NOUNS
    | GOVERNMENT_NOUNS
    | OUTLET_NOUNS
    | ORGANISATION_NOUNS
    | DOCUMENT_NOUNS
)
_KNOWN_OUTLETS = {
    (o[4:] if o.startswith("The ") else o).lower(): o for o in sorted(OUTLETS, key=len)
}
_LABEL_KIND = {
    "PERSON": SourceKind.PERSON,
    "GOV": SourceKind.GOVERNMENT,
    "GPE": SourceKind.GOVERNMENT,
    "OUTLET": SourceKind.OUTLET,
    "CHANNEL": SourceKind.SOCIAL_MEDIA,
    "PLATFORM": SourceKind.SOCIAL_MEDIA,
    "ORG": SourceKind.ORGANISATION,
    "NORP": SourceKind.ORGANISATION,
}


def is_generic(name: str) -> bool:
    """True for a name that is only a common noun ("the channel", "The ministry")."""
    words = name.lower().split()
    while words and words[0] in ("the", "a", "an", "this", "that"):
        words = words[1:]
    return len(words) == 1 and words[0] in _GENERIC


def is_outlet_title(name: str) -> bool:
    """A paper's title by its words: "Vellan Courier", "the Daily Flash" (capitalised,
    ending in a word papers are named by, or opening with "Daily")."""
    parts = name.split()
    if parts[:1] in (["the"], ["The"]):
        parts = parts[1:]
    return (
        len(parts) >= 2
        and all(p[:1].isupper() for p in parts)
        and (parts[-1].lower() in _OUTLET_WORDS or parts[0].lower() == "daily")
    )


def phrase(text: str) -> str:
    """A description as a name: lower case, no leading determiner."""
    words = unicodedata.normalize("NFKC", text).lower().split()
    while len(words) > 1 and words[0] in ("the", "a", "an", "this", "that"):
        words = words[1:]
    return " ".join(words)


def split_role(name: str) -> tuple[str, str]:
    """Split leading titles and a trailing "of Place" off a name: (name, role)."""
    # a parenthesis is a gloss, not the name: "Sen. Ada Kell (D-Ostra)", "Telegram (a platform"
    name = _PAREN.sub(" ", name)
    words = unicodedata.normalize("NFKC", name).replace("\u2019", "'").split()
    while words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    role: list[str] = []
    if len(words) > 2 and words[0] in PLATFORMS and words[1].lower() in _CHANNEL_HEADS:
        role.append(" ".join(words[:2]))  # "Telegram channel General SVR"
        rest = words[3:] if words[2].lower() == "of" else words[2:]  # "account of Iron Owl"
        return " ".join(rest), role[0]
    if len(words) > 1 and words[-1].lower() in _CHANNEL_HEADS and words[-2][:1].isupper():
        if len(words) > 2 and words[-2] in PLATFORMS:  # "the Iron Owl Telegram channel"
            return " ".join(words[:-2]), " ".join(words[-2:])
        return " ".join(words[:-1]), words[-1]  # "the General SVR channel"
    appos = ""
    comma = next((i for i, w in enumerate(words) if w.endswith(",")), -1)
    if (
        comma >= 0
        and comma + 1 < len(words)
        and words[comma + 1][:1].islower()
        and all(w[:1].isupper() for w in words[: comma + 1])
    ):
        # "Tomas Vrana, the head of the armed forces": the name, then its apposition
        appos = " ".join(words[comma + 1 :])
        words = words[: comma + 1]
        words[-1] = words[-1].rstrip(",")
    institution = GOVERNMENT_NOUNS | ORGANISATION_NOUNS | DOCUMENT_NOUNS | OUTLET_NOUNS
    # "Defence Ministry", "State Department": the title word is part of the body's name
    body = bool(words) and words[-1].lower().strip(",.") in institution
    titled = 0
    while titled < len(words) - 1 and words[titled].lower().rstrip(",") in TITLES and not body:
        titled += 1
    if titled and words[titled][:1].isupper():
        # titles before a name ("Rep. Jim Banks"); "spokesman for the consortium" has none
        role.extend(words[:titled])
        words = words[titled:]
    lower = next((i for i, w in enumerate(words) if not w[:1].islower()), len(words))
    if 0 < lower < len(words) and not body and any(is_role_word(w.lower()) for w in words[:lower]):
        # "ministry spokeswoman Ana Ruiz": a description written before the name
        role.extend(words[:lower])
        words = words[lower:]
    if (
        "of" in words[1:]
        and words[0][:1].isupper()
        and words[0].lower() not in QUANTIFIERS  # "One of the officials" is not a place
        and not any(w.lower() in institution for w in words[: words.index("of", 1)])
    ):
        k = words.index("of", 1)
        role.append(" ".join(words[k:]))
        words = words[:k]
    if words:
        words[-1] = _POSSESSIVE.sub("", words[-1])
    if appos:
        role.append(appos)
    name = " ".join(w for w in words if w).strip(" ,;:\u2015\u2014\u2013")  # "― Piet Odum"
    return name, " ".join(role).strip(" ,")


def canonical_source(name: str) -> str:
    """A stable name for a source: no titles, determiners, possessive or place.

    ``canonical_source("Rep. Jim Banks of Indiana") == "Jim Banks"``; the same
    name in any article gives the same result. Known outlets keep their own
    spelling ("the Sun" and "The Sun" both give "The Sun").
    """
    core, _ = split_role(name)
    core = core or " ".join(name.split())
    return _KNOWN_OUTLETS.get(core.lower(), core)


# title words that also open a body's name ("State Department", "Press Association")
_TITLE_MODIFIERS = frozenset(
    [
        "foreign",
        "defence",
        "defense",
        "interior",
        "finance",
        "health",
        "state",
        "former",
        "acting",
        "assistant",
        "press",
        "attorney",
        "deputy",
        "chief",
        "director",
        "vice",
        "prime",
    ]
)
_INSTITUTION_NOUNS = GOVERNMENT_NOUNS | ORGANISATION_NOUNS | OUTLET_NOUNS | DOCUMENT_NOUNS


def source_kind(name: str, label: str = "", head: str = "") -> SourceKind:
    """The kind of a source from its text, entity label and head noun (lemma)."""
    words = [w.lower().strip(".,") for w in name.split()]
    head = (head or (words[-1] if words else "")).lower()
    if (
        words
        and head in ANON_NOUNS
        and label != "PERSON"
        and (
            words[0] in ANON_MARKERS
            or head.endswith("s")
            or any(w in ("familiar", "anonymous", "anonymity", "unnamed") for w in words)
        )
    ):
        return SourceKind.ANONYMOUS
    if label == "OUTLET" or (
        label == "ORG" and head in _OUTLET_WORDS and any(w in _OUTLET_WORDS for w in words)
    ):
        return SourceKind.OUTLET  # "the Northgate Post" is a paper, not a social-media post
    parts = name.split()
    if (
        len(words) >= 2
        and words[0] == "the"
        and ((head in _OUTLET_WORDS and words[-1] == head) or words[1] == "daily")
        and all(p[:1].isupper() for p in parts[1:])
    ):
        # "the Vellan Courier" (its first word taken for a person), "the Daily Flash",
        # "the Post" (a paper, not a social-media post)
        return SourceKind.OUTLET
    if head in SOCIAL_NOUNS or label in ("CHANNEL", "PLATFORM"):
        return SourceKind.SOCIAL_MEDIA
    core, role = split_role(name)
    role_words = [w.strip(".,") for w in role.lower().split()]
    if (
        label in ("ORG", "GPE", "NORP", "")
        and core.split()[-1:] != []
        and core.split()[-1][:1].isupper()
        and any(
            w in PERSON_NOUNS or (w in TITLES and w not in _TITLE_MODIFIERS) for w in role_words
        )
        and not any(w in _INSTITUTION_NOUNS for w in core.lower().split())
    ):
        # "Councillor Ines Varga", "coast guard spokeswoman Lina Dahl", tagged as a body
        return SourceKind.PERSON
    if label in _TITLE_LABELS and any(w in _OUTLET_WORDS for w in words):
        # a paper's title, which the tagger often takes for a work or a law: "the Morning Star"
        return SourceKind.OUTLET
    if label in ("GPE", "NORP") and head in ORGANISATION_NOUNS:
        return SourceKind.ORGANISATION  # "the Green Alliance" tagged as a place
    if label == "PERSON" and head in ORGANISATION_NOUNS:
        return SourceKind.ORGANISATION  # "the ferry operator, Skarn Lines"
    if label in _LABEL_KIND and not (label == "ORG" and head in GOVERNMENT_NOUNS):
        return _LABEL_KIND[label]
    for nouns, kind in (
        (GOVERNMENT_NOUNS, SourceKind.GOVERNMENT),
        (OUTLET_NOUNS, SourceKind.OUTLET),
        (DOCUMENT_NOUNS, SourceKind.DOCUMENT),
        (ORGANISATION_NOUNS, SourceKind.ORGANISATION),
        (PERSON_NOUNS, SourceKind.PERSON),
    ):
        if head in nouns:
            return kind
    if head in ANON_NOUNS:
        return SourceKind.ANONYMOUS
    if head in PERSONAL_PRONOUNS or head in FIRST_PERSON:
        return SourceKind.PERSON
    return SourceKind.ORGANISATION if label else SourceKind.PERSON


_CHANNEL_WORD = r"[A-Z][\w'’-]*(?:\.\w[\w'’-]*)*"  # "Vell.Watch", not "Sunday."
_CHANNEL_NAME = r"(?P<name>" + _CHANNEL_WORD + r"(?:[ \t]+" + _CHANNEL_WORD + r"){0,3})"
_CHANNEL_NOUN = (
    r"(?P<noun>channel|account|blog|page|feed|handle|group\s+chat|"
    # a group on a platform, not a business group: "a Facebook group called Kelby Watch"
    r"(?<=Facebook\s)group|(?<=WhatsApp\s)group|(?<=Telegram\s)group|(?<=Signal\s)group)"
)
_CHANNEL_INTROS = (
    # "a Telegram channel called Vell Watch", "an account named Harbour Eye"
    re.compile(_CHANNEL_NOUN + r"\s+(?:called|named|known\s+as|dubbed)\s+[\"“]?" + _CHANNEL_NAME),
    # "Vell Watch, an anonymous Telegram channel," / "Vell Watch (a pro-Kremlin channel)"
    re.compile(
        _CHANNEL_NAME
        + r"\s*[,(]\s*(?:an?|the|one)\s+(?:[\w-]+\s+){0,4}?"
        + _CHANNEL_NOUN
        # not "According to the Daily, the Telegram channel Iron Owl claims": that channel
        # has a name of its own
        + r"\b(?!\s+[A-Z@])"
    ),
)


_BROADCAST = re.compile(r"\b(?:TV|television|cable|news|radio|broadcast\w*)\s+channel", re.I)
_ONLINE = re.compile(r"\b(?:anonymous|online|social[- ]media|messaging|pseudonymous)\b", re.I)


def channel_names(text: str) -> frozenset[str]:
    """Names ``text`` introduces as a channel or an account."""
    return frozenset(name for _, _, name in channel_intros(text))


def channel_intros(text: str) -> list[tuple[int, str, str]]:
    """(offset, noun, name) of each channel or account ``text`` introduces ("a Facebook
    group called Kelby Watch": "group", "Kelby Watch"), in text order."""
    out: list[tuple[int, str, str]] = []
    for rx in _CHANNEL_INTROS:
        for m in rx.finditer(text):
            said = text[max(0, m.start() - 30) : m.end()]
            if re.search(r"\bchannel\b", said) and (
                _BROADCAST.search(said)
                or (
                    (rx is _CHANNEL_INTROS[1] and not _ONLINE.search(said))
                    and not any(p in said for p in PLATFORMS)
                )
            ):
                continue  # "Ostra News, the city's news channel": television
            name = canonical_source(m.group("name").strip(" .,"))
            if name and name not in PLATFORMS:
                out.append((m.start(), m.group("noun").split()[0].lower(), name))
    return sorted(out)
