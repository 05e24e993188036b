"""ClaimReview drafts: the reporting summary, and the export on the fictional examples."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newstrace import api
from newstrace.present.claimreview import check_base_url, claimreview_items, review_url, verdict
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
def examples_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("cr") / "examples.db"
    ledger = SQLiteLedger(db)
    api.run([str(ROOT / "examples")], ledger, workers=1)
    ledger.close()
    return db


@pytest.fixture(scope="module")
def items(examples_db: Path) -> list[dict[str, object]]:
    ledger = SQLiteLedger(examples_db)
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


def test_min_score_leaves_out_less_check_worthy_claims(examples_db: Path) -> None:
    ledger = SQLiteLedger(examples_db)
    everything = claimreview_items(ledger, "2026-11-23")
    strict = claimreview_items(ledger, "2026-11-23", min_score=0.5)
    ledger.close()
    assert 0 < len(strict) < len(everything)


# -- the review's url ------------------------------------------------------------


@pytest.mark.parametrize(
    ("base", "expected"),
    [
        (None, "story-s1.html#claim-g1"),
        ("https://checks.example/report", "https://checks.example/report/story-s1.html#claim-g1"),
        ("https://checks.example/report/", "https://checks.example/report/story-s1.html#claim-g1"),
        ("https://checks.example/r/{story}#{claim}", "https://checks.example/r/s1#g1"),
        ("https://checks.example/claims/{claim}", "https://checks.example/claims/g1"),
    ],
)
def test_review_url_is_the_reports_claim_row_or_the_template(
    base: str | None, expected: str
) -> None:
    assert review_url(base, "s1", "g1") == expected


@pytest.mark.parametrize(
    "base", ["checks.example/report", "ftp://checks.example/", "https://x.example/{id}", "/r/"]
)
def test_a_base_url_that_cannot_make_an_absolute_page_address_is_refused(base: str) -> None:
    assert check_base_url(base) is not None


def test_every_review_has_a_url_and_each_appearance_once(examples_db: Path) -> None:
    ledger = SQLiteLedger(examples_db)
    items = claimreview_items(ledger, "2026-11-23", base_url="https://checks.example/nt/")
    stories = {s.id for s in ledger.stories()}
    ledger.close()
    for it in items:
        url = str(it["url"])
        story, claim = url.removeprefix("https://checks.example/nt/story-").split(".html#claim-")
        assert story in stories and claim == it["identifier"]
        item = it["itemReviewed"]
        assert isinstance(item, dict)
        ids = [a["identifier"] for a in item["appearance"]]
        assert len(ids) == len(set(ids)), it["claimReviewed"]
        # the articles carrying the claim are appearances, never the review's own page
        assert not any(a.get("url") == url for a in item["appearance"])


def test_the_claims_author_is_not_the_source_that_denies_it(
    items: list[dict[str, object]],
) -> None:
    # 'Kestavia said to be buying Delmoran gunships': hearsay in the Harbor Times, which
    # Delmora denies in Capital Wire; Delmora answered the claim, it did not make it
    gunships = [it for it in items if "gunships" in str(it["claimReviewed"])]
    assert gunships
    for it in gunships:
        item = it["itemReviewed"]
        assert isinstance(item, dict)
        assert item.get("author") != {"@type": "Organization", "name": "Delmora"}


def test_the_report_has_the_anchor_each_review_url_points_at(
    examples_db: Path, tmp_path: Path
) -> None:
    from newstrace.present.report import write_report

    ledger = SQLiteLedger(examples_db)
    items = claimreview_items(ledger, "2026-11-23")
    write_report(ledger, tmp_path / "report")
    ledger.close()
    for it in items:
        page, anchor = str(it["url"]).split("#")
        assert f'id="{anchor}"' in (tmp_path / "report" / page).read_text(encoding="utf-8")


def test_cli_base_url_option(examples_db: Path) -> None:
    from typer.testing import CliRunner

    from newstrace.present.cli import app

    runner = CliRunner()
    args = ["export", "--db", str(examples_db), "--format", "claimreview"]
    res = runner.invoke(app, [*args, "--base-url", "https://checks.example/{story}#{claim}"])
    assert res.exit_code == 0 and "--base-url" not in res.stderr
    assert all(it["url"].startswith("https://checks.example/") for it in json.loads(res.stdout))
    res = runner.invoke(app, args)  # no base: relative urls, and one line saying so
    assert res.exit_code == 0 and len(res.stderr.strip().splitlines()) == 1
    assert "--base-url" in res.stderr
    assert all(it["url"].startswith("story-") for it in json.loads(res.stdout))
    res = runner.invoke(app, [*args, "--base-url", "checks.example"])
    assert res.exit_code == 2 and "[NT101]" in res.stderr and not res.stdout


def test_silences_and_bare_references_are_not_reviewed(items: list[dict[str, object]]) -> None:
    from newstrace.link.align import bare_reference

    reviewed = [str(it["claimReviewed"]) for it in items]
    assert not any(bare_reference(r) for r in reviewed), reviewed
    assert not any("declined to comment" in r or "did not respond" in r for r in reviewed)
    # the claims themselves still are
    assert any("helicopter" in r.lower() or "gunship" in r.lower() for r in reviewed)
