"""Pages that are not articles (menus, headline lists, cookie and subscription walls)
are skipped with one line; briefs and articles about cookies are not. All fiction."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newstrace.ingest import Accepted, Rejected, read_inputs
from newstrace.ingest.pagekind import not_an_article
from newstrace.present.cli import app

from ..ledger_rows import ledger_rows


def _page(title: str, body: str) -> str:
    return f"<!doctype html><html><head><title>{title}</title></head><body>{body}</body></html>"


MENU = _page(
    "Sections | Vardholm Courier",
    "<header><nav><ul>"
    + "".join(f'<li><a href="/{w.lower()}">{w}</a></li>' for w in ("Home", "News", "Sport"))
    + "</ul></nav></header><main><h1>Sections</h1><ul>"
    + "".join(
        f'<li><a href="/news/{w.lower()}">{w}</a></li>'
        for w in ("Local news", "Harbour", "Council", "Ferries", "Schools", "Courts")
    )
    + '</ul></main><footer><a href="/about">About us</a></footer>',
)
HEADLINES = _page(
    "Latest | Fjord Post",
    "<div><h2>Latest</h2>"
    + "".join(
        f'<article><h3><a href="/a{i}">{h}</a></h3></article>'
        for i, h in enumerate(
            (
                "Ferry timetable changes from Monday",
                "Council approves new harbour crane",
                "Storm warning for the northern coast this weekend",
                "School board elects new chair after long meeting",
                "Fishing quota talks resume in Vardholm",
                "Bridge repairs to finish a month early, engineers say",
            )
        )
    )
    + "</div>",
)
COOKIE_WALL = _page(
    "Fjord Post",
    '<div id="consent"><h2>We value your privacy</h2><p>We and our partners use cookies to '
    "store and access information on your device to personalise content and ads. You can "
    "accept all cookies or manage your preferences. You can change your choice at any time "
    "in the privacy settings at the bottom of the page.</p><button>Accept all</button>"
    "<button>Reject all</button></div>",
)
PAYWALL = _page(
    "Crane | Fjord Post",
    "<article><h1>Council approves new harbour crane</h1><p>This article is for subscribers "
    "only. Subscribe today to get unlimited access to your local news. Already a subscriber? "
    "Sign in to your account to continue reading.</p></article>",
)
ARTICLE = _page(
    "Crane | Fjord Post",
    '<nav><a href="/">Home</a> <a href="/news">News</a></nav><article>'
    "<h1>Council approves new harbour crane</h1><p>The Vardholm town council voted 7 to 2 on "
    "Tuesday to buy a new harbour crane for 4.2 million kroner, council leader Aina Berg "
    "said.</p><p>The old crane, installed in 1987, broke down twice last winter, according "
    "to the harbour office.</p></article><aside><h2>Related</h2><ul>"
    '<li><a href="/a1">Ferry timetable changes from Monday</a></li>'
    '<li><a href="/a2">Storm warning for the northern coast</a></li></ul></aside>',
)
BRIEF = _page(
    "Ferry cancelled | Fjord Post",
    "<article><h1>Ferry cancelled</h1><p>The 7:40 ferry to Vardholm was cancelled on "
    "Tuesday because of fog, the operator said.</p></article>",
)
COOKIE_NEWS = _page(
    "Regulator fines shop over cookie banner",
    "<article><h1>Regulator fines shop over cookie banner</h1><p>The Vardholm data "
    "regulator fined an online shop 40,000 kroner on Monday because its cookie banner did "
    "not let visitors reject all cookies, the regulator said.</p><p>The shop said it would "
    "change the banner by the end of the month.</p></article>",
)


@pytest.mark.parametrize(
    ("html", "code", "words"),
    [
        (MENU, "NT202", "link labels"),
        (HEADLINES, "NT202", "link labels"),
        (COOKIE_WALL, "NT204", "cookies"),
        (PAYWALL, "NT204", "subscribe"),
    ],
)
def test_pages_that_are_not_articles_get_one_coded_line(
    tmp_path: Path, html: str, code: str, words: str
) -> None:
    page = tmp_path / "page.html"
    page.write_text(html, encoding="utf-8")
    [bad] = list(read_inputs([str(page)]))
    assert isinstance(bad, Rejected) and bad.code == code
    line = bad.line()
    assert "\n" not in line and line.startswith(f"{page}: [{code}] ")
    assert words in bad.reason and bad.fix in line and ".txt" in bad.fix


@pytest.mark.parametrize("html", [ARTICLE, BRIEF, COOKIE_NEWS])
def test_articles_briefs_and_news_about_cookies_are_kept(tmp_path: Path, html: str) -> None:
    page = tmp_path / "page.html"
    page.write_text(html, encoding="utf-8")
    [good] = list(read_inputs([str(page)]))
    assert isinstance(good, Accepted), good


def test_text_without_a_single_sentence_is_not_an_article() -> None:
    gallery = "Harbour at dawn\nPhoto 1 of 12\nThe old crane\nPhoto 2 of 12"
    found = not_an_article("<html><body></body></html>", gallery)
    assert found is not None and found.kind == "no_sentences"
    assert (
        not_an_article("<html></html>", "Ferry cancelled\nThe ferry was cancelled today, she said.")
        is None
    )


def test_a_batch_with_navigation_pages_stores_the_articles_and_reruns_unchanged(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "fjord-post"
    folder.mkdir()
    for name, html in (("menu", MENU), ("latest", HEADLINES), ("consent", COOKIE_WALL)):
        (folder / f"{name}.html").write_text(html, encoding="utf-8")
    (folder / "crane.html").write_text(ARTICLE, encoding="utf-8")
    (folder / "ferry.html").write_text(BRIEF, encoding="utf-8")
    db = tmp_path / "ledger.db"
    runner = CliRunner()
    res = runner.invoke(app, ["add", str(folder), "--db", str(db), "--workers", "1", "--json"])
    assert res.exit_code == 1
    summary = json.loads(res.stdout)
    assert summary["added"] == 2 and summary["rejected"] == 3
    assert sorted(r["code"] for r in summary["rejections"]) == ["NT202", "NT202", "NT204"]
    skipped = [line for line in res.stderr.splitlines() if line.startswith("skipped")]
    assert len(skipped) == 3 and all("[NT20" in line for line in skipped)
    before = ledger_rows(db)
    res = runner.invoke(app, ["add", str(folder), "--db", str(db), "--workers", "1"])
    assert res.exit_code == 1 and "added 0, unchanged 2" in res.stdout
    assert ledger_rows(db) == before


def test_one_line_is_one_line() -> None:
    found = not_an_article("<html></html>", "Latest headlines")
    assert found is not None and found.detail == "1 short line, none a sentence"
