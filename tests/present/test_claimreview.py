"""ClaimReview drafts: the reporting summary, and the export on the fictional examples."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newstrace import api
from newstrace.present.claimreview import claimreview_items, verdict
from newstrace.store.sqlite import SQLiteLedger

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("statuses", "origins", "outlets", "circular", "expected"),
    [
        (
            ["confirmed", "attributed"],
            1,
            2,
            False,
            "Confirmed on record by a named source; 1 independent origin",
        ),
        (
            ["confirmed", "denied"],
            2,
            2,
            False,
            "Disputed: confirmed and denied on record; 2 independent origins",
        ),
        (["denied"], 1, 1, False, "Denied by a named source"),
        (
            ["rumour", "rumour", "alleged"],
            1,
            3,
            True,
            "Unverified: rumour; one origin repeated by 3 outlets",
        ),
        (["alleged"], 0, 1, False, "Unverified: alleged"),
        (["no_comment"], 0, 1, False, "Unverified: no comment"),
        (
            ["attributed", "attributed"],
            2,
            2,
            False,
            "Attributed, not independently confirmed; 2 independent origins",
        ),
        (["unattributed"], 0, 1, False, "Stated without a source"),
    ],
)
def test_verdict_summarises_the_reporting(
    statuses: list[str], origins: int, outlets: int, circular: bool, expected: str
) -> None:
    assert verdict(statuses, origins, outlets, circular) == expected


@pytest.fixture(scope="module")
def items(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, object]]:
    ledger = SQLiteLedger(tmp_path_factory.mktemp("cr") / "examples.db")
    api.run([str(ROOT / "examples")], ledger, workers=1)
    out = claimreview_items(ledger, "2026-11-23", author="Test Desk", min_score=0.0)
    ledger.close()
    return out


def test_every_item_is_a_claimreview_draft_without_a_truth_rating(
    items: list[dict[str, object]],
) -> None:
    assert items
    for it in items:
        assert it["@context"] == "https://schema.org" and it["@type"] == "ClaimReview"
        assert it["author"] == {"@type": "Organization", "name": "Test Desk"}
        assert it["datePublished"] == "2026-11-23"
        rating = it["reviewRating"]
        assert isinstance(rating, dict) and "ratingValue" not in rating
        assert "not a verdict on truth" in rating["ratingExplanation"]
        claim = it["itemReviewed"]
        assert isinstance(claim, dict) and claim["appearance"] and claim["firstAppearance"]
        dates = [a.get("datePublished") for a in claim["appearance"] if a.get("datePublished")]
        assert dates == sorted(dates)
    json.dumps(items)  # JSON-LD is plain JSON


def test_the_rumour_traces_to_the_channel_and_the_denial_is_named(
    items: list[dict[str, object]],
) -> None:
    def rating(it: dict[str, object]) -> str:
        r = it["reviewRating"]
        assert isinstance(r, dict)
        return str(r["alternateName"])

    rumours = [it for it in items if rating(it).startswith("Unverified: rumour")]
    assert any(
        isinstance(it["itemReviewed"], dict)
        and it["itemReviewed"].get("author") == {"@type": "Organization", "name": "Iron Owl"}
        for it in rumours
    )
    assert any(rating(it).startswith("Denied by a named source") for it in items)
    # the opinion column's own view is not a claim to review
    assert not any("still only one claim" in str(it["claimReviewed"]) for it in items)


def test_min_score_leaves_out_less_check_worthy_claims(tmp_path: Path) -> None:
    ledger = SQLiteLedger(tmp_path / "examples.db")
    api.run([str(ROOT / "examples")], ledger, workers=1)
    everything = claimreview_items(ledger, "2026-11-23")
    strict = claimreview_items(ledger, "2026-11-23", min_score=0.5)
    ledger.close()
    assert 0 < len(strict) < len(everything)
