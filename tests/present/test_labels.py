"""People read words, machines read codes: the CLI tables and the HTML report say
'wire copy', 'no comment', 'social media'; --json, the exports and the report's JSON
twins keep 'wire_copy', 'no_comment', 'social_media'. On the fictional examples."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newstrace.model import SourceKind, Status
from newstrace.present.cli import app
from newstrace.present.labels import copy_label, group_label, kind_label, status_label

ROOT = Path(__file__).resolve().parents[2]
runner = CliRunner()
# the codes with an underscore, which a table or a page must never show as written
RAW = re.compile(r"\b(wire_copy|shares_quotes|no_comment|social_media)\b")


def _out(*args: str) -> str:
    res = runner.invoke(app, list(args))
    assert res.exit_code == 0, res.stderr
    return res.stdout


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("labels") / "ledger.db"
    res = runner.invoke(app, ["run", str(ROOT / "examples"), "--db", str(path), "-w", "1"])
    assert res.exit_code == 0, res.stderr
    return path


def _stories(db: Path) -> list[str]:
    return [s["id"] for s in json.loads(_out("stories", "--db", str(db), "--json"))]


def test_every_code_has_a_label_without_underscores() -> None:
    assert not any("_" in status_label(s.value) for s in Status)
    assert not any("_" in kind_label(k.value) for k in SourceKind)
    assert not any(
        "_" in copy_label(c) for c in ("duplicate", "wire_copy", "rewrite", "shares_quotes")
    )
    assert not any("_" in group_label(g) for g in ("agree", "contradict", "mixed", "single"))
    assert status_label("no_comment") == "no comment"
    assert copy_label("wire_copy") == "wire copy"
    assert kind_label("social_media") == "social media"
    assert status_label("some_new_code") == "some new code"  # unknown codes still read


def test_cli_tables_show_labels(db: Path) -> None:
    claims = _out("claims", "--db", str(db))
    assert "no comment" in claims and not RAW.search(claims)
    texts = [_out("show", s, "--db", str(db)) for s in _stories(db)]
    texts += [_out("sources", s, "--db", str(db)) for s in _stories(db)]
    joined = "\n".join(texts)
    assert "wire copy" in joined and "social media" in joined
    assert not RAW.search(joined)
    assert "writer the writer" not in joined


def test_json_outputs_keep_the_codes(db: Path) -> None:
    rows = json.loads(_out("claims", "--db", str(db), "--json"))
    assert "no_comment" in {r["status"] for r in rows}
    export = json.loads(_out("export", "--db", str(db)))
    assert "wire_copy" in {c["relation"] for c in export["copies"]}
    kinds = {
        t["source"]["kind"] for a in export["articles"] for t in a["attributions"] if t["source"]
    }
    assert "social_media" in kinds


def test_report_pages_show_labels_and_json_twins_keep_codes(db: Path, tmp_path: Path) -> None:
    _out("report", "--db", str(db), "--out", str(tmp_path))
    pages = sorted(tmp_path.glob("story-*.html"))
    assert pages
    html = "\n".join(p.read_text(encoding="utf-8") for p in pages)
    # class names (s-no_comment, r-mixed) are for the style sheet; the words are for people
    visible = re.sub(r'class="[^"]*"|<style>.*?</style>', "", html, flags=re.S)
    assert not RAW.search(visible)
    assert ">no comment<" in html and ">wire copy<" in html
    assert "(social media)" in html and "agree and contradict" in html
    assert "<title>wire copy</title>" in html  # the graph's arrows, too
    assert not re.search(r"\[\d+\.\d+, \d+\.\d+\]", visible)  # numbers, not raw intervals
    twins = "\n".join(p.with_suffix(".json").read_text(encoding="utf-8") for p in pages)
    assert '"wire_copy"' in twins and '"no_comment"' in twins and '"social_media"' in twins


def test_changed_numbers_read_as_numbers() -> None:
    from newstrace.present.views import change_parts

    drift = {"type": "number_changed", "from": [12500000.0], "to": [12000000.0, 2026.0]}
    assert change_parts(drift)[1] == "12.5 million → 12 million, 2026"
    # a side without a number says 'none': '-' reads as a minus sign
    assert change_parts({"type": "number_changed", "from": [], "to": [400.0]})[1] == "none → 400"


@pytest.mark.parametrize(
    ("published", "shown"),
    [
        ("2026-05-04T09:00:00Z", "2026-05-04 09:00 UTC"),
        ("2026-03-04T12:00:00+02:00", "2026-03-04 12:00 +02:00"),
        ("2026-03-04", "2026-03-04"),
        (None, "no date"),
        ("last Tuesday", "last Tuesday"),  # what does not parse is shown as written
    ],
)
def test_publication_times_read_for_people(published: str | None, shown: str) -> None:
    from newstrace.present.views import when_text

    assert when_text(published) == shown


def test_timelines_show_readable_times_and_json_keeps_iso(db: Path, tmp_path: Path) -> None:
    story = _stories(db)[0]
    text = _out("show", story, "--db", str(db))
    assert not re.search(r"\d{4}-\d\d-\d\dT\d\d:", text)
    _out("report", "--db", str(db), "--out", str(tmp_path))
    page = (tmp_path / f"story-{story}.html").read_text(encoding="utf-8")
    visible = re.sub(r"<[^>]+>", " ", page)
    assert re.search(r"\d{4}-\d\d-\d\d \d\d:\d\d UTC", visible)
    assert not re.search(r"\d{4}-\d\d-\d\dT\d\d:", visible.split("Full text")[0])
    twin = json.loads((tmp_path / f"story-{story}.json").read_text(encoding="utf-8"))
    assert any("T" in (a["published"] or "") for a in twin["articles"])
