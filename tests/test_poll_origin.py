"""End to end: three outlets citing one body's poll, worded three ways (fiction)."""

from __future__ import annotations

from pathlib import Path

from newstrace import api
from newstrace.store import SQLiteLedger

STORIES = {
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
    for outlet, text in STORIES.items():
        (tmp_path / outlet).mkdir()
        (tmp_path / outlet / "poll.txt").write_text(text, encoding="utf-8")
    ledger = SQLiteLedger(tmp_path / "l.db")
    api.run([str(tmp_path / o) for o in STORIES], ledger, workers=1)
    groups = [g for g in ledger.claim_groups() if len(g.outlets) == 3]
    assert groups, [(g.outlets, g.origins) for g in ledger.claim_groups()]
    oppose = groups[0]
    # one body, whether it said so or published a poll that did; it is on the record,
    # so three outlets quoting it are no circular reporting
    assert oppose.origins == ("Kelby Water Authority",)
    assert not oppose.circular
    # "4 in 10" and "Forty percent" are one figure
    assert oppose.relation == "agree"
