"""Entity-ruler patterns for what the statistical model misses.

Outlets, news agencies, platforms and anonymous channels are named often in
sourcing chains ("according to The Sun", "the General SVR channel") and the
small English model tags them inconsistently. Labels:

- ``OUTLET``: news organisations and agencies
- ``PLATFORM``: social-media platforms
- ``CHANNEL``: named channels and accounts on them
- ``GOV``: government bodies (ministries, departments, militaries)
"""

from __future__ import annotations

from typing import Any

OUTLETS = [
    "Reuters",
    "Associated Press",
    "AP",
    "AFP",
    "Agence France-Presse",
    "Bloomberg",
    "The Sun",
    "The Guardian",
    "The Times",
    "The New York Times",
    "New York Times",
    "The Washington Post",
    "Washington Post",
    "The Wall Street Journal",
    "Wall Street Journal",
    "Newsmax",
    "Fox News",
    "CNN",
    "MSNBC",
    "BBC",
    "BBC News",
    "Sky News",
    "NBC News",
    "CBS News",
    "ABC News",
    "NPR",
    "Politico",
    "Axios",
    "The Hill",
    "Daily Mail",
    "The Daily Mail",
    "The Telegraph",
    "The Independent",
    "The Mirror",
    "Daily Mirror",
    "Breitbart",
    "HuffPost",
    "Huffington Post",
    "USA Today",
    "Los Angeles Times",
    "The Atlantic",
    "The Economist",
    "Financial Times",
    "Al Jazeera",
    "RT",
    "TASS",
    "Interfax",
    "RIA Novosti",
    "Sputnik",
    "Xinhua",
    "Kyiv Independent",
    "Newsweek",
    "Business Insider",
    "Daily Beast",
    "The Daily Beast",
    "Vox",
    "BuzzFeed News",
    "The Intercept",
    "ProPublica",
    "Der Spiegel",
    "Le Monde",
    "Bild",
]
PLATFORMS = [
    "Telegram",
    "Twitter",
    "X",
    "Facebook",
    "Instagram",
    "TikTok",
    "YouTube",
    "Reddit",
    "Truth Social",
    "Gab",
    "Weibo",
    "WeChat",
    "VKontakte",
    "VK",
    "WhatsApp",
    "Substack",
    "Rumble",
    "Parler",
    "Bluesky",
    "Threads",
    "Mastodon",
]
GOV = [
    "Pentagon",
    "Kremlin",
    "White House",
    "Department of Defense",
    "Department of State",
    "State Department",
    "Ministry of Defense",
    "Ministry of Defence",
    "Defense Ministry",
    "Defence Ministry",
    "Foreign Ministry",
    "Home Office",
    "Downing Street",
    "FBI",
    "CIA",
    "NSA",
    "DHS",
    "Justice Department",
    "Department of Justice",
]

_CHANNEL_HEADS = ["channel", "account", "blog", "page", "group", "feed", "handle"]


def build_patterns(extra_outlets: list[str] | None = None) -> list[dict[str, Any]]:
    """Return entity-ruler patterns (token patterns where case must be kept)."""
    patterns: list[dict[str, Any]] = []

    def phrase(label: str, text: str) -> None:
        patterns.append({"label": label, "pattern": [{"ORTH": w} for w in text.split()]})

    for name in OUTLETS + list(extra_outlets or []):
        if name in {"AP", "RT", "X", "VK"}:
            continue  # too ambiguous as a bare token; caught in context below
        phrase("OUTLET", name)
    for name in PLATFORMS:
        if name not in {"X", "VK", "Threads", "Gab"}:
            phrase("PLATFORM", name)
    for name in GOV:
        phrase("GOV", name)
    # "the General SVR channel", "Telegram channel General SVR", "the Rybar account"
    title = {"IS_TITLE": True}
    upper = {"IS_UPPER": True, "LENGTH": {">=": 2}}
    for head in _CHANNEL_HEADS:
        for shape in ([title], [title, title], [title, upper], [upper], [title, title, title]):
            patterns.append({"label": "CHANNEL", "pattern": [*shape, {"LOWER": head}]})
            for plat in ("Telegram", "Twitter", "X", "Facebook", "TikTok", "YouTube", "VK"):
                patterns.append(
                    {"label": "CHANNEL", "pattern": [{"ORTH": plat}, {"LOWER": head}, *shape]}
                )
    # Ministries and agencies of a country: "Russian Ministry of Defense", "Ministry of Foreign Affairs"
    for ministry in ("Ministry", "Department", "Office", "Agency", "Council", "Command"):
        patterns.append(
            {
                "label": "GOV",
                "pattern": [
                    {"IS_TITLE": True, "OP": "?"},
                    {"ORTH": ministry},
                    {"LOWER": {"IN": ["of", "for"]}},
                    {"IS_TITLE": True},
                    {"LOWER": {"IN": ["and", "of"]}, "OP": "?"},
                    {"IS_TITLE": True, "OP": "?"},
                ],
            }
        )
    return patterns
