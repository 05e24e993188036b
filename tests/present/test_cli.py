"""The CLI end to end on the fictional examples: every command, exit codes, idempotence."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newstrace.present.cli import app

from ..ledger_rows import ledger_rows

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
runner = CliRunner()


def invoke(*args: str, input: str | None = None) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args), input=input)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(scope="module")
def ledger(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("cli") / "ledger.db"
    code, out, err = invoke("run", str(EXAMPLES), "--db", str(db), "--workers", "1")
    assert code == 0, err
    assert "added 11" in out
    return db


def test_run_twice_changes_nothing(ledger: Path, tmp_path: Path) -> None:
    before = ledger_rows(ledger)
    code, out, _ = invoke("run", str(EXAMPLES), "--db", str(ledger), "--workers", "1")
    assert code == 0 and "added 0" in out and "unchanged 11" in out
    assert ledger_rows(ledger) == before


def test_export_holds_every_article_with_sentences_and_entities(ledger: Path) -> None:
    code, out, _ = invoke("export", "--db", str(ledger), "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert len(data["articles"]) == 11
    for art in data["articles"]:
        assert art["sentences"] and art["entities"]
        for span in art["sentences"] + art["entities"]:
            assert art["text"][span["start"] : span["end"]] == span["text"]


def test_export_matches_the_json_schema(ledger: Path) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((ROOT / "docs" / "exchange-format.schema.json").read_text(encoding="utf-8"))
    _code, out, _ = invoke("export", "--db", str(ledger))
    jsonschema.validate(json.loads(out), schema)


def test_export_jsonl_and_out_file(ledger: Path, tmp_path: Path) -> None:
    code, out, _ = invoke("export", "--db", str(ledger), "--format", "jsonl")
    lines = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and len(lines) == 11 and all("text" in x for x in lines)
    target = tmp_path / "out.json"
    code, _, _ = invoke("export", "--db", str(ledger), "--out", str(target))
    assert code == 0 and len(json.loads(target.read_text(encoding="utf-8"))["articles"]) == 11


def test_export_claimreview(ledger: Path) -> None:
    code, out, _ = invoke(
        "export", "--db", str(ledger), "--format", "claimreview", "--date", "2026-11-23",
        "--author", "Test Desk", "--min-score", "0.3",
    )  # fmt: skip
    items = json.loads(out)
    assert code == 0 and items
    assert {it["@type"] for it in items} == {"ClaimReview"}
    assert {it["datePublished"] for it in items} == {"2026-11-23"}
    assert {it["author"]["name"] for it in items} == {"Test Desk"}


def test_listing_commands_with_json(ledger: Path) -> None:
    for cmd in (["stories"], ["claims"], ["search", "bridge"]):
        code, out, err = invoke(*cmd, "--db", str(ledger), "--json")
        assert code == 0, err
        assert isinstance(json.loads(out), list)
    code, out, _ = invoke("search", "Lantern", "--db", str(ledger), "--json")
    assert any("Lantern" in h["text"] for h in json.loads(out))


def test_show_and_sources_for_an_article(ledger: Path) -> None:
    code, out, _ = invoke("export", "--db", str(ledger))
    art = json.loads(out)["articles"][0]
    code, out, err = invoke("show", art["id"][:8], "--db", str(ledger), "--json")
    assert code == 0, err and json.loads(out)["id"] == art["id"]
    code, out, err = invoke("show", art["id"], "--db", str(ledger))
    assert code == 0 and art["title"][:20] in out.replace("\n", " ")
    code, out, err = invoke("sources", art["id"], "--db", str(ledger))
    assert code == 0, err
    code, _, err = invoke("show", "doesnotexist", "--db", str(ledger))
    assert code == 2 and "NT504" in err


def test_report_is_written_and_escaped(ledger: Path, tmp_path: Path) -> None:
    code, _out, err = invoke("report", "--db", str(ledger), "--out", str(tmp_path / "r"))
    assert code == 0, err
    index = tmp_path / "r" / "index.html"
    assert index.exists() and (tmp_path / "r" / "index.json").exists()
    html = "".join(p.read_text(encoding="utf-8") for p in (tmp_path / "r").glob("*.html"))
    assert "Kestavia" in html and "<script" not in html.lower()


def test_bad_inputs_exit_1_and_keep_the_good(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(
        "The Telvik council approved a budget of $3 million on Monday, the mayor said.",
        encoding="utf-8",
    )
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "bin.txt").write_bytes(bytes(range(256)))
    db = tmp_path / "l.db"
    code, out, err = invoke(
        "add", str(folder), str(tmp_path / "missing.txt"), "--db", str(db), "--workers", "1"
    )
    assert code == 1
    assert "added 1" in out and "rejected 3" in out
    assert (
        err.count("skipped") == 3
        and "empty.txt" in err
        and "bin.txt" in err
        and "missing.txt" in err
    )
    code, out, _ = invoke("add", str(folder), "--db", str(db), "--workers", "1")
    assert code == 1 and "added 0" in out and "unchanged 1" in out


def test_html_in_text_is_escaped_in_the_report(tmp_path: Path) -> None:
    f = tmp_path / "xss.txt"
    f.write_text(
        "<script>alert(1)</script> The mayor said the tunnel cost $4 million.", encoding="utf-8"
    )
    db = tmp_path / "x.db"
    assert invoke("run", str(f), "--db", str(db), "--workers", "1")[0] == 0
    assert invoke("report", "--db", str(db), "--out", str(tmp_path / "r"))[0] == 0
    html = "".join(p.read_text(encoding="utf-8") for p in (tmp_path / "r").glob("*.html"))
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;" in html


def test_stdin_input(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    code, out, _ = invoke(
        "add",
        "-",
        "--db",
        str(db),
        "--workers",
        "1",
        input="The harbour reopened on Tuesday, the port authority said.\n",
    )
    assert code == 0 and "added 1" in out


def test_foreign_ledger_refused_untouched(tmp_path: Path) -> None:
    other = tmp_path / "shop.db"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE orders (id INTEGER)")
    con.commit()
    con.close()
    before = other.read_bytes()
    code, _, err = invoke("stories", "--db", str(other))
    assert code == 2 and "NT501" in err and other.read_bytes() == before


def test_usage_errors_exit_2(ledger: Path) -> None:
    assert invoke("export", "--db", str(ledger), "--format", "xml")[0] == 2
    assert invoke("claims", "--db", str(ledger), "--status", "gossip")[0] == 2
    assert invoke("classify", "vibes", "-")[0] == 2
    assert invoke("nonsense")[0] == 2


def test_demo_runs_on_a_copy_of_the_examples(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copytree(EXAMPLES, tmp_path / "examples")
    monkeypatch.chdir(tmp_path)
    code, out, err = invoke("demo", "--db", "demo.db", "--examples", "examples", "--out", "rep")
    assert code == 0, err
    assert (tmp_path / "rep" / "index.html").exists() and "report written" in out
    # the team's ledger in NEWSTRACE_DB is not where the fictional examples go
    monkeypatch.setenv("NEWSTRACE_DB", str(tmp_path / "team.db"))
    code, out, err = invoke("demo", "--examples", "examples", "--out", "rep")
    assert code == 0, err
    assert not (tmp_path / "team.db").exists() and (tmp_path / "newstrace-demo.db").exists()


@pytest.mark.parametrize(
    ("task", "row", "key"),
    [
        (
            "checkworthiness",
            {"id": "a", "text": "The council said the ferry cost $4 million."},
            "score",
        ),
        ("status", {"id": "a", "text": "The ministry denied the report."}, "status"),
        ("opinion", {"id": "a", "text": "This shameful circus insults every reader."}, "label"),
        (
            "stance",
            {
                "id": "a",
                "claim": "The mayor resigned.",
                "text": "The mayor denied she had resigned.",
            },
            "label",
        ),
    ],
)
def test_classify_each_task_and_bad_lines(
    tmp_path: Path, task: str, row: dict[str, str], key: str
) -> None:
    f = tmp_path / "in.jsonl"
    f.write_text(json.dumps(row) + "\nnot json\n", encoding="utf-8")
    code, out, err = invoke("classify", task, str(f))
    [result] = [json.loads(line) for line in out.splitlines()]
    assert result["id"] == "a" and key in result
    assert code == 1 and "in.jsonl:2" in err


def test_classify_skips_a_line_that_is_not_utf8(tmp_path: Path) -> None:
    f = tmp_path / "in.jsonl"
    f.write_bytes(
        b'{"id": "x", "text": "Caf\xe9 owner Rosa Fell said the pier is closed."}\n'
        b'{"id": "y", "text": "The Ostby council spent $3 million on the pier."}\n'
    )
    code, out, err = invoke("classify", "status", str(f))
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["y"]
    assert code == 1 and "in.jsonl:1: not UTF-8" in err and "Traceback" not in err


def test_classify_reads_stdin(tmp_path: Path) -> None:
    row = {"id": "s", "text": "The Ostby council spent $3 million on the pier."}
    code, out, _ = invoke("classify", "status", "-", input=json.dumps(row) + "\n")
    assert code == 0 and json.loads(out)["id"] == "s"


def test_square_brackets_in_articles_are_printed_as_written(tmp_path: Path) -> None:
    """Editorial brackets ('[the ferry]', '[sic]') are text, not Rich markup: nothing is
    dropped from a quote, and a stray '[/]' does not crash the listing."""
    folder = tmp_path / "Ostby [Live] Post"
    folder.mkdir()
    (folder / "ferry.txt").write_text(
        "[VIDEO] Ostby ferry [/] halted\n\n"
        'Harbour master Rosa Fell said "[the ferry] is safe [sic]" on Monday, '
        "and the Ostby council said the repair would cost $3 million.\n",
        encoding="utf-8",
    )
    db = tmp_path / "b.db"
    assert invoke("run", str(folder), "--db", str(db), "--workers", "1")[0] == 0
    code, out, err = invoke("stories", "--db", str(db))
    assert code == 0, err
    assert "[VIDEO]" in out and "[/]" in out  # table cells wrap, so look word by word
    story = json.loads(invoke("stories", "--db", str(db), "--json")[1])[0]["id"]
    article = json.loads(invoke("claims", "--db", str(db), "--json")[1])[0]["article"]
    assert "[VIDEO]" in invoke("show", story, "--db", str(db))[1]
    for args in (("claims",), ("show", article), ("sources", story)):
        code, out, err = invoke(*args, "--db", str(db))
        assert code == 0, (args, err)
        assert "[sic]" in out and '"[the' in out, args
    assert "[Live]" in invoke("sources", story, "--db", str(db))[1].split()


def test_error_messages_stay_on_one_line(ledger: Path) -> None:
    ident = "f" * 120
    code, _, err = invoke("show", ident, "--db", str(ledger))
    assert code == 2
    assert len(err.strip().splitlines()) == 1 and "NT504" in err and ident in err


@pytest.mark.parametrize(
    "args",
    [
        ("stories",),
        ("claims",),
        ("show", "abc"),
        ("sources", "abc"),
        ("search", "ferry"),
        ("report", "--out", "rep"),
        ("export",),
        ("link",),
    ],
)
def test_reading_a_missing_ledger_is_an_error_not_a_new_empty_file(
    tmp_path: Path, args: tuple[str, ...]
) -> None:
    db = tmp_path / "typo.db"
    code, out, err = invoke(*args, "--db", str(db))
    assert code == 2 and "NT505" in err and "--db" in err
    assert not db.exists() and out == ""


def test_ids_must_name_one_story_or_article(ledger: Path) -> None:
    code, out, err = invoke("show", "", "--db", str(ledger))
    assert code == 2 and "NT504" in err and out == ""
    code, _, err = invoke("sources", "  ", "--db", str(ledger))
    assert code == 2 and "NT504" in err
    # a one-character prefix fits several of the 11 articles and their stories
    prefixes = json.loads(invoke("export", "--db", str(ledger))[1])["articles"]
    first = [a["id"][0] for a in prefixes]
    common = max(set(first), key=first.count)
    code, _, err = invoke("show", common, "--db", str(ledger))
    assert code == 2 and "NT506" in err and "give more of the id" in err


def test_claims_of_an_unknown_story_is_an_error(ledger: Path) -> None:
    code, out, err = invoke("claims", "--story", "nosuchstory", "--db", str(ledger))
    assert code == 2 and "NT504" in err and "newstrace stories" in err
    story = json.loads(invoke("stories", "--db", str(ledger), "--json")[1])[0]
    code, out, _ = invoke("claims", "--story", story["id"][:6], "--db", str(ledger), "--json")
    rows = json.loads(out)
    assert (
        code == 0
        and rows
        and {r["article"] for r in rows}
        <= set(
            json.loads(invoke("show", story["id"], "--db", str(ledger), "--json")[1])["story"][
                "articles"
            ]
        )
    )


def test_unwritable_outputs_are_coded_errors(ledger: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    code, _, err = invoke("report", "--db", str(ledger), "--out", str(blocker))
    assert code == 2 and "NT103" in err and "Traceback" not in err
    missing = tmp_path / "no-such-folder" / "x.json"
    code, _, err = invoke("export", "--db", str(ledger), "--out", str(missing))
    assert code == 2 and "NT103" in err and "Traceback" not in err
    code, _, err = invoke(
        "export", "--db", str(ledger), "--format", "claimreview", "--date", "soon"
    )
    assert code == 2 and "NT101" in err and "YYYY-MM-DD" in err


def test_search_without_hits_says_so(ledger: Path) -> None:
    code, out, err = invoke("search", "zeppelinxyz", "--db", str(ledger))
    assert code == 0 and out == "" and "no sentence matches" in err


GREBE = (
    "Ostra ferry sank with 140 aboard, Telegram channel claims\n\n"
    "The Ostra ferry sank off Vell island on Tuesday night with 140 passengers aboard, "
    'according to the anonymous Telegram channel "Vell Watch". The channel posted a blurry '
    "photo it said showed the ferry's lifeboats in the water.\n\n"
    "The ferry operator, Skarn Lines, declined to comment. The ministry of transport did not "
    "respond to questions.\n"
)
TIMES = (
    "Report: Ostra ferry went down near Vell\n\n"
    "The Ostra ferry went down near Vell island late on Tuesday carrying about 140 people, "
    "the Daily Grebe reported, citing a Telegram channel called Vell Watch.\n\n"
    "Skarn Lines, which runs the ferry, would not comment, the tabloid said.\n"
)


def test_a_rewrites_changes_are_shown_in_words(tmp_path: Path) -> None:
    """`show` and the report list what a rewrite changed as words, not as raw dicts."""
    for outlet, text in (("daily-grebe", GREBE), ("harbour-times", TIMES)):
        (tmp_path / "in" / outlet).mkdir(parents=True)
        (tmp_path / "in" / outlet / "ferry.txt").write_text(text, encoding="utf-8")
    db = str(tmp_path / "c.db")
    assert invoke("run", str(tmp_path / "in"), "--db", db, "--workers", "1")[0] == 0
    [story] = json.loads(invoke("stories", "--db", db, "--json")[1])
    ctx = json.loads(invoke("show", story["id"], "--db", db, "--json")[1])
    [rewrite] = ctx["copies"]
    assert any(ch["type"] == "hedge_added" for ch in rewrite["changes"])
    code, out, err = invoke("show", story["id"], "--db", db)
    assert code == 0, err
    flat = " ".join(out.split())
    assert "hedge added (about): “The Ostra ferry went down" in flat
    assert "'a_sentence'" not in out and "{" not in out
    assert invoke("report", "--db", db, "--out", str(tmp_path / "r"))[0] == 0
    html = (tmp_path / "r" / f"story-{story['id']}.html").read_text(encoding="utf-8")
    assert "<code>hedge added</code> <strong>about</strong>" in html
    assert "[&#39;" not in html and "a_sentence" not in html


def test_change_parts_reads_every_kind_of_change() -> None:
    from newstrace.present.views import change_line, change_parts

    number = {"type": "number_changed", "from": [7.4], "to": [7], "b_text": "About $7 million."}
    assert change_parts(number) == ("number changed", "7.4 → 7", "About $7 million.")
    assert change_line({"type": "sentence_added", "text": "New."}) == "sentence added: “New.”"
    assert change_line("moved") == "change: “moved”"


def test_json_summary_lists_each_rejected_input(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        '{"id": 1, "text": "The Ostby council spent $3 million on the pier, the mayor said."}\n'
        '{"id": 2, "title": "no text"}\n',
        encoding="utf-8",
    )
    code, out, _ = invoke("add", str(feed), "--db", str(tmp_path / "j.db"), "-w", "1", "--json")
    data = json.loads(out)
    assert code == 1 and data["added"] == 1 and data["rejected"] == 1
    [rej] = data["rejections"]
    assert rej["input"].endswith("feed.jsonl:2") and "no article text" in rej["reason"]
    assert rej["fix"]


def test_numbers_are_shown_for_people() -> None:
    from newstrace.present.views import interval_text, quantity_text

    assert interval_text(7.12e9, 7.12e9) == "7.12 billion"
    assert interval_text(9e10, 110000000000.00002) == "90 billion–110 billion"
    assert interval_text(7e9, None) == "≥ 7 billion" and interval_text(None, 3000.0) == "≤ 3,000"
    assert interval_text(0.25, 0.25) == "0.25" and interval_text(None, None) == ""
    assert interval_text(2e9, 999999999999.0) == "2 billion–1 trillion"
    about = {"text": "about 140 passengers", "low": 126.0, "high": 154.0, "unit": "passengers"}
    assert quantity_text(about) == "about 140 passengers (126–154)"
    over = {"text": "over $7 billion", "low": 7e9, "high": None, "unit": "USD"}
    assert quantity_text(over) == "over $7 billion (≥ 7 billion USD)"
    exact = {"text": "$4 million", "low": 4e6, "high": 4e6, "unit": "USD"}
    assert quantity_text(exact) == "$4 million"


def test_claims_table_has_no_raw_floats(ledger: Path) -> None:
    code, out, _ = invoke("claims", "--db", str(ledger))
    assert code == 0 and "None]" not in out and "None," not in out
    assert not any(w.endswith(".0,") or w.endswith(".0]") for w in out.split())


def test_report_drops_pages_of_stories_it_no_longer_has(ledger: Path, tmp_path: Path) -> None:
    out = tmp_path / "r"
    out.mkdir()
    stale = [out / "story-00000000deadbeef.html", out / "story-00000000deadbeef.json"]
    for f in stale:
        f.write_text("old", encoding="utf-8")
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    assert invoke("report", "--db", str(ledger), "--out", str(out))[0] == 0
    assert not any(f.exists() for f in stale) and (out / "notes.txt").exists()
    index = json.loads((out / "index.json").read_text(encoding="utf-8"))
    pages = {p.name for p in out.glob("story-*.html")}
    assert pages == {s["href"] for s in index["stories"]}
    for s in index["stories"]:
        assert (out / s["href"].replace(".html", ".json")).exists()


def test_empty_listings_say_what_to_do(tmp_path: Path) -> None:
    f = tmp_path / "pier.txt"
    f.write_text(
        "The Ostby council spent $3 million on the pier, the mayor said.", encoding="utf-8"
    )
    db = str(tmp_path / "e.db")
    assert invoke("add", str(f), "--db", db, "-w", "1")[0] == 0
    code, out, err = invoke("stories", "--db", db)
    assert code == 0 and out == "" and "newstrace link" in err
    assert json.loads(invoke("stories", "--db", db, "--json")[1]) == []
    code, out, err = invoke("claims", "--db", db, "--min-score", "1.01")
    assert code == 0 and out == "" and "no claims match" in err


def test_counts_agree_in_number(tmp_path: Path) -> None:
    from newstrace.present.views import plural

    assert plural(1, "article") == "1 article" and plural(2, "story") == "2 stories"
    assert plural(0, "copy") == "0 copies" and plural(3, "more claim") == "3 more claims"
    f = tmp_path / "pier.txt"
    f.write_text(
        "The Ostby council spent $3 million on the pier, the mayor said.", encoding="utf-8"
    )
    db = str(tmp_path / "p.db")
    assert invoke("add", str(f), "--db", db, "-w", "1")[0] == 0
    assert invoke("report", "--db", db, "--out", str(tmp_path / "r"))[0] == 0
    index = (tmp_path / "r" / "index.html").read_text(encoding="utf-8")
    assert "1 article ·" in index and "0 stories" in index and "1 articles" not in index


def test_ctrl_c_during_add_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from newstrace import api

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(api, "add", interrupted)
    f = tmp_path / "pier.txt"
    f.write_text("The Ostby council spent $3 million on the pier.", encoding="utf-8")
    code, out, err = invoke("run", str(f), "--db", str(tmp_path / "k.db"))
    assert code == 130 and out == ""
    assert err.count("\n") == 1 and "interrupted" in err and "run the same command" in err


def test_show_article_names_its_story(ledger: Path) -> None:
    story = json.loads(invoke("stories", "--db", str(ledger), "--json")[1])[0]
    ctx = json.loads(invoke("show", story["id"], "--db", str(ledger), "--json")[1])
    article = ctx["story"]["articles"][0]
    code, out, _ = invoke("show", article, "--db", str(ledger))
    assert code == 0 and f"story {story['id']}" in " ".join(out.split())
    data = json.loads(invoke("show", article, "--db", str(ledger), "--json")[1])
    assert data["story"] == story["id"]  # it was null


def test_classify_skips_a_text_too_long_to_analyse(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newstrace.present import classify as classify_module

    monkeypatch.setattr(classify_module, "MAX_CHARS", 100)
    f = tmp_path / "in.jsonl"
    rows = [
        {"id": "long", "text": "The Ostby pier " * 20},
        {"id": "ok", "text": "The Ostby council spent $3 million on the pier."},
    ]
    f.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    code, out, err = invoke("classify", "status", str(f))
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["ok"]
    assert code == 1 and "in.jsonl:1: text too long to analyse" in err


def test_a_folder_of_articles_from_many_outlets(tmp_path: Path) -> None:
    folder = tmp_path / "pile"
    folder.mkdir()
    rumour = (
        "Vell ferry sold, channel claims\n\n"
        "The Vell ferry was sold for $9 million, the Telegram channel Harbour Eye claimed "
        "on Monday. The ferry line did not respond to a request for comment.\n\n"
        "This article is fiction, written for a newstrace test."
    )
    again = (
        "Islanders fear for their crossing\n\n"
        "Residents of Vell packed the town hall on Tuesday evening, worried about the future "
        "of the only crossing to the mainland. Fishermen said the timetable had already been "
        "cut twice this winter. The Vell ferry has been sold for $9 million, according to the "
        "Daily Flash, which cited the Telegram channel Harbour Eye. The mayor promised to ask the ferry line for answers "
        "before the next council meeting.\n\nThis article is fiction, written for a newstrace test."
    )
    (folder / "a.txt").write_text(rumour, encoding="utf-8")
    (folder / "b.txt").write_text(again, encoding="utf-8")
    one, two = tmp_path / "one.db", tmp_path / "two.db"
    code, out, err = invoke("run", str(folder), "--db", str(one), "--workers", "1", "--json")
    assert code == 0, err
    assert json.loads(out)["circular"] == 0  # one outlet, "pile", told it twice
    code, out, err = invoke(
        "run", str(folder), "--db", str(two), "--workers", "1", "--json", "--no-folder-outlet"
    )
    assert code == 0, err
    # two articles and the paper one cites, all on one channel's word
    assert json.loads(out)["circular"] == 1


def test_articles_naming_no_outlet_read_well_in_the_report(tmp_path: Path) -> None:
    folder = tmp_path / "pile"
    folder.mkdir()
    for name, text in (
        ("a.txt", "Vell ferry sold, channel claims\n\nThe Vell ferry was sold for $9 million, "
         "the Telegram channel Harbour Eye claimed on Monday."),
        ("b.txt", "Ferry sale claimed\n\nThe Vell ferry has been sold for $9 million, "
         "according to the Telegram channel Harbour Eye, which gave no evidence."),
    ):  # fmt: skip
        (folder / name).write_text(text + "\n\nThis article is fiction.", encoding="utf-8")
    db, out_dir = tmp_path / "l.db", tmp_path / "rep"
    code, _, err = invoke("run", str(folder), "--db", str(db), "--no-folder-outlet", "-w", "1")
    assert code == 0, err
    code, _, err = invoke("report", "--db", str(db), "--out", str(out_dir))
    assert code == 0, err
    [page] = out_dir.glob("story-*.html")
    html = page.read_text(encoding="utf-8")
    assert "— : " not in html and "(no outlet)" in html
    [twin] = out_dir.glob("story-*.json")
    nodes = json.loads(twin.read_text(encoding="utf-8"))["graph"]["nodes"]
    assert {"no outlet: a.txt", "no outlet: b.txt"} <= {n["label"] for n in nodes}
