"""End to end: origins behind three outlets (fiction): one channel introduced in three ways
(circular), and one body's poll worded three ways (one origin, on the record)."""

from __future__ import annotations

from pathlib import Path

from newstrace import api
from newstrace.model import ClaimGroup
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


def told_by_three(tmp_path: Path, stories: dict[str, str]) -> list[ClaimGroup]:
    """Run one article per outlet folder; the claim groups all three outlets tell."""
    for outlet, text in stories.items():
        (tmp_path / outlet).mkdir()
        (tmp_path / outlet / "story.txt").write_text(text, encoding="utf-8")
    ledger = SQLiteLedger(tmp_path / "l.db")
    api.run([str(tmp_path / o) for o in stories], ledger, workers=1)
    groups = [g for g in ledger.claim_groups() if len(g.outlets) == 3]
    assert groups, [(g.outlets, g.origins) for g in ledger.claim_groups()]
    return groups


def test_one_channel_named_three_ways_is_one_origin(tmp_path: Path) -> None:
    sank = told_by_three(tmp_path, STORIES)
    assert sank[0].origins == ("Vell Watch",) and sank[0].circular


POLL_STORIES = {
    "vell-courier": (
        "Dam poll: Kelby residents split on new reservoir\n\n"
        "About 4 in 10 Kelby residents oppose the planned reservoir on the Vell river, "
        "according to a poll published by the Kelby Water Authority on Monday.\n"
    ),
    "harbour-times": (
        "Kelby reservoir divides residents, poll shows\n\n"
        "Forty percent of Kelby residents oppose the planned reservoir on the Vell river, "
        "a poll by the Kelby Water Authority found.\n"
    ),
    "daily-flash": (
        "Kelby residents split over reservoir\n\n"
        "Four in 10 Kelby residents oppose the planned reservoir on the Vell river, "
        "the Kelby Water Authority said on Monday.\n"
    ),
}


def test_a_bodys_poll_is_one_origin_on_the_record(tmp_path: Path) -> None:
    oppose = told_by_three(tmp_path, POLL_STORIES)[0]
    # one body, whether it said so or published a poll that did; it is on the record,
    # so three outlets quoting it are no circular reporting
    assert oppose.origins == ("Kelby Water Authority",)
    assert not oppose.circular
    # "4 in 10" and "Forty percent" are one figure
    assert oppose.relation == "agree"
