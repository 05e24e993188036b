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

import re
from typing import Any

# an account handle ("@VellWatch"), not an e-mail address ("news@example.com")
HANDLE = re.compile(r"(?<![\w@])@\w{2,30}\b")

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
    # abbreviations and more outlets readers cite
    "NYT",
    "WSJ",
    "WaPo",
    "FT",
    "CNBC",
    "NBC",
    "CBS",
    "ABC",
    "ITV",
    "CBC",
    "Channel 4 News",
    "New York Post",
    "The New York Post",
    "Washington Times",
    "The Washington Times",
    "Daily Caller",
    "The Daily Caller",
    "Daily Wire",
    "The Daily Wire",
    "National Review",
    "The New Yorker",
    "Mother Jones",
    "Yahoo News",
    "TMZ",
    "Daily Express",
    "Daily Star",
    "Evening Standard",
    "The Irish Times",
    "The Scotsman",
    "The Globe and Mail",
    "Sydney Morning Herald",
    "South China Morning Post",
    "Times of India",
    "The Hindu",
    "Haaretz",
    "The Jerusalem Post",
    "Jerusalem Post",
    "Times of Israel",
    "The Times of Israel",
    "Deutsche Welle",
    "France 24",
    "Euronews",
    "Le Figaro",
    "El País",
    "Nikkei",
    "Yonhap",
    "Kyodo",
    "Anadolu",
    "Ukrainska Pravda",
    "Meduza",
    "Novaya Gazeta",
    "Kommersant",
    "Izvestia",
    "The Verge",
    "TechCrunch",
    "Wired",
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
    """Entity-ruler patterns: phrase patterns (fast, PhraseMatcher) for names, and a
    handful of token patterns with IN-sets for channels and ministries."""
    patterns: list[dict[str, Any]] = []
    ambiguous = {"AP", "RT", "X", "VK", "Threads", "Gab"}  # too ambiguous as bare tokens
    for outlet in OUTLETS + list(extra_outlets or []):
        if outlet not in ambiguous:
            patterns.append({"label": "OUTLET", "pattern": outlet})
    for plat in PLATFORMS:
        if plat not in ambiguous:
            patterns.append({"label": "PLATFORM", "pattern": plat})
    for gov in GOV:
        patterns.append({"label": "GOV", "pattern": gov})
    # "the General SVR channel", "Telegram channel General SVR", "the Rybar account"
    name = {
        "IS_TITLE": True,
        "LOWER": {"NOT_IN": ["the", "a", "an", "this", "that", "its", "their"]},
    }
    upper: dict[str, Any] = {"IS_UPPER": True, "LENGTH": {">=": 2}}
    # "the Wagner group", "the Islamic State group" are not channels; "Facebook group X" is
    head: dict[str, Any] = {"LOWER": {"IN": [h for h in _CHANNEL_HEADS if h != "group"]}}
    platform_head: dict[str, Any] = {"LOWER": {"IN": _CHANNEL_HEADS}}
    platform = {
        "ORTH": {
            "IN": ["Telegram", "Twitter", "X", "Facebook", "TikTok", "YouTube", "VK", "Instagram"]
        }
    }
    for word in (name, upper):
        patterns.append(
            {
                "label": "CHANNEL",
                "pattern": [word, *[{**name, "OP": "?"}] * 2, {**upper, "OP": "?"}, head],
            }
        )
        patterns.append(
            {
                "label": "CHANNEL",
                "pattern": [
                    platform,
                    platform_head,
                    word,
                    {**name, "OP": "?"},
                    {**upper, "OP": "?"},
                ],
            }
        )
    # Ministries and agencies: "Russian Ministry of Defense", "Ministry of Foreign Affairs"
    patterns.append(
        {
            "label": "GOV",
            "pattern": [
                {"IS_TITLE": True, "OP": "?"},
                {
                    "ORTH": {
                        "IN": ["Ministry", "Department", "Office", "Agency", "Council", "Command"]
                    }
                },
                {"LOWER": {"IN": ["of", "for"]}},
                {"IS_TITLE": True},
                {"LOWER": {"IN": ["and", "of"]}, "OP": "?"},
                {"IS_TITLE": True, "OP": "?"},
            ],
        }
    )
    return patterns
