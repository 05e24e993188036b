"""End to end: three outlets resting on one channel, introduced in three ways (fiction)."""

from __future__ import annotations

from pathlib import Path

from newstrace import api
from newstrace.store import SQLiteLedger

STORIES = {
    "daily-grebe": (
        "Ostra ferry sank with 140 aboard, Telegram channel claims\n\n"
        "The Ostra ferry sank off Vell island on Tuesday night with 140 passengers aboard, "
        'according to the anonymous Telegram channel "Vell Watch". The channel posted a '
        "blurry photo it said showed the ferry's lifeboats in the water.\n"
    ),
    "fjord-post": (
        "Ostra ferry sank with 140 aboard, Telegram channel claims\n\n"
        "The Ostra ferry sank off Vell island on Tuesday night with 140 passengers aboard, "
        'according to the anonymous Telegram channel "Vell Watch". The ministry of transport '
        "did not respond to questions from the Fjord Post.\n"
    ),
    "harbour-times": (
        "Report: Ostra ferry went down near Vell\n\n"
        "The Ostra ferry went down near Vell island late on Tuesday carrying about 140 "
        "people, the Daily Grebe reported, citing a Telegram channel called Vell Watch.\n"
    ),
}


def test_one_channel_named_three_ways_is_one_origin(tmp_path: Path) -> None:
    for outlet, text in STORIES.items():
        (tmp_path / outlet).mkdir()
        (tmp_path / outlet / "ferry.txt").write_text(text, encoding="utf-8")
    ledger = SQLiteLedger(tmp_path / "l.db")
    api.run([str(tmp_path / o) for o in STORIES], ledger, workers=1)
    sank = [g for g in ledger.claim_groups() if len(g.outlets) == 3]
    assert sank, [(g.outlets, g.origins) for g in ledger.claim_groups()]
    assert sank[0].origins == ("Vell Watch",) and sank[0].circular
