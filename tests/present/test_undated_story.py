"""A story told without dates (fiction_dam/: a rumour from an anonymous channel, outlets
citing each other, drifting figures, a no-comment, a denial), as a user reads it in
`show`, the report and the ClaimReview export."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newstrace.present.cli import app

FICTION = Path(__file__).resolve().parent / "fiction_dam"
runner = CliRunner()


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("dam") / "ledger.db"
    res = runner.invoke(app, ["run", str(FICTION), "--db", str(path), "-w", "1"])
    assert res.exit_code == 0, res.stderr
    return path


def _story(db: Path) -> str:
    rows = json.loads(runner.invoke(app, ["stories", "--db", str(db), "--json"]).stdout)
    return str(max(rows, key=lambda r: r["articles"])["id"])


def test_show_says_when_no_first_report_is_known_and_which_way_a_copy_reads(db: Path) -> None:
    res = runner.invoke(app, ["show", _story(db), "--db", str(db)], env={"COLUMNS": "250"})
    assert res.exit_code == 0
    assert "unknown (no dates)" in res.stdout
    if "rewrite" in res.stdout or "wire copy" in res.stdout:
        assert "A → B: what B added, dropped or changed" in res.stdout
        assert "↔" not in res.stdout


def test_the_report_says_so_too(db: Path, tmp_path: Path) -> None:
    runner.invoke(app, ["report", "--db", str(db), "--out", str(tmp_path)])
    html = (tmp_path / f"story-{_story(db)}.html").read_text(encoding="utf-8")
    assert "unknown (no dates)" in html and "↔" not in html


def test_claimreview_reviews_the_claim_not_who_said_it(db: Path) -> None:
    res = runner.invoke(app, ["export", "--db", str(db), "--format", "claimreview"])
    reviewed = [it["claimReviewed"] for it in json.loads(res.stdout)]
    # the repairs claim, told by three outlets with drifting figures, is reviewed once,
    # as its first teller put it: "Dam Watch said repairs would cost $12.5 million."
    repairs = [r for r in reviewed if "repairs would cost" in r.lower()]
    assert len(repairs) == 1, reviewed
    # a content that is a fragment keeps the sentence: never "How it had obtained ..."
    # ("The channel did not say how it had obtained the information" is a withheld answer,
    # a no-comment, and is not reviewed at all)
    assert not any(r.startswith("How it had") for r in reviewed)
    assert all(text[:1].isupper() or text[:1] in "\"'“‘" for text in reviewed)
    explanations = " ".join(
        it["reviewRating"]["ratingExplanation"] for it in json.loads(res.stdout)
    )
    # statuses read as words ("no comment", not "no_comment"); a silence itself is said
    # of a claim and is not reviewed
    assert "no_comment" not in explanations and ": rumour" in explanations
    assert not any("did not respond" in r or "declined to comment" in r for r in reviewed)
