"""Ingest: every input kind and every bad-input kind (texts are our own fiction)."""

from __future__ import annotations

import http.server
import json
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from newstrace.ingest import Accepted, Limits, Rejected, read_inputs
from newstrace.model import Article

STORY = "Mayor Ilse Brandt said on Monday that the Kettle Road tunnel would open in June.\n\nThe tunnel cost $48 million.\n"


def _accepted(items: list[str], limits: Limits | None = None) -> list[Article]:
    return [r.article for r in read_inputs(items, limits) if isinstance(r, Accepted)]


def _rejected(items: list[str], limits: Limits | None = None) -> list[Rejected]:
    return [r for r in read_inputs(items, limits) if isinstance(r, Rejected)]


def test_txt_keeps_text_unchanged_and_titles_first_line(tmp_path: Path) -> None:
    f = tmp_path / "orvalle-gazette" / "tunnel.txt"
    f.parent.mkdir()
    f.write_text("\n\nTunnel opens in June\n" + STORY, encoding="utf-8")
    [art] = _accepted([str(f)])
    assert art.text == "\n\nTunnel opens in June\n" + STORY
    assert art.title == "Tunnel opens in June"
    assert art.outlet == "orvalle-gazette"  # the parent folder's name
    assert art.id == Article.make_id(art.text)


def test_markdown_title_drops_hashes(tmp_path: Path) -> None:
    f = tmp_path / "note.md"
    f.write_text("# Tunnel opens\n\n" + STORY, encoding="utf-8")
    [art] = _accepted([str(f)])
    assert art.title == "Tunnel opens"


def test_front_matter_gives_metadata_and_is_not_text(tmp_path: Path) -> None:
    folder = tmp_path / "site-export"
    folder.mkdir()
    yaml = folder / "tunnel.md"
    yaml.write_text(
        "---\n"
        'title: "Tunnel opens in June"\n'
        "date: 2031-04-02T09:00:00Z\n"
        "source: Orvalle Gazette\n"
        "author: Ada Quell  # staff writer\n"
        "tags:\n  - tunnels\n  - Orvalle\n"
        "url: https://orvalle-gazette.example/tunnel\n"
        "---\n\n" + STORY,
        encoding="utf-8",
    )
    toml = folder / "bridge.md"
    toml.write_text(
        '+++\ntitle = "Bridge shut"\npublisher = "Telvik Post"\n+++\n'
        + STORY.replace("tunnel", "bridge"),
        encoding="utf-8",
    )
    by_title = {a.title: a for a in _accepted([str(folder)])}
    tunnel, bridge = by_title["Tunnel opens in June"], by_title["Bridge shut"]
    assert tunnel.text == STORY and tunnel.outlet == "Orvalle Gazette"
    assert tunnel.published == "2031-04-02T09:00:00Z" and tunnel.author == "Ada Quell"
    assert tunnel.url == "https://orvalle-gazette.example/tunnel"
    assert bridge.outlet == "Telvik Post" and bridge.text.startswith("Mayor Ilse Brandt")
    # an unclosed block, or a thematic break further down, is text as written
    plain = folder / "plain.md"
    plain.write_text("---\nnot front matter\n\n" + STORY, encoding="utf-8")
    later = folder / "later.md"
    later.write_text(STORY + "\n---\n\nMore text.\n", encoding="utf-8")
    texts = {a.origin: a.text for a in _accepted([str(plain), str(later)])}
    assert texts[str(plain)].startswith("---\nnot front matter")
    assert texts[str(later)] == STORY + "\n---\n\nMore text.\n"
    # a block with nothing after it is one clear rejection
    empty = folder / "empty.md"
    empty.write_text("---\ntitle: Nothing here\n---\n", encoding="utf-8")
    [bad] = _rejected([str(empty)])
    assert "front matter" in bad.reason


def test_non_utf8_file_is_decoded(tmp_path: Path) -> None:
    f = tmp_path / "latin.txt"
    text = "Le maire a déclaré que le tunnel coûtera 48 millions d'euros, selon la mairie. " * 3
    f.write_bytes(text.encode("cp1252"))
    [art] = _accepted([str(f)])
    assert "déclaré" in art.text and "coûtera" in art.text


def test_html_through_trafilatura_gives_metadata(tmp_path: Path) -> None:
    f = tmp_path / "page.html"
    body = "".join(
        f"<p>{line}</p>"
        for line in [
            "Mayor Ilse Brandt said on Monday that the Kettle Road tunnel would open in June after two years of work.",
            "The tunnel cost $48 million, according to the city treasurer, who said the budget had held.",
            "Residents of the east bank have waited a decade for a second crossing over the river.",
        ]
    )
    f.write_text(
        "<html><head><title>Tunnel opens | Orvalle Gazette</title>"
        '<meta property="og:site_name" content="Orvalle Gazette">'
        '<meta property="article:published_time" content="2026-02-03T10:00:00Z">'
        '<meta name="author" content="Nora Vance"></head>'
        f"<body><article><h1>Tunnel opens</h1>{body}</article></body></html>",
        encoding="utf-8",
    )
    [art] = _accepted([str(f)])
    assert art.outlet == "Orvalle Gazette"
    assert art.published == "2026-02-03T10:00:00+00:00"  # the time of day is kept
    assert art.author == "Nora Vance"
    assert "Kettle Road tunnel" in art.text


def test_jsonl_nela_style_rows_and_bad_rows(tmp_path: Path) -> None:
    f = tmp_path / "feed.jsonl"
    rows = [
        json.dumps(
            {
                "content": STORY,
                "title": "Tunnel",
                "source": "orvallegazette",
                "published": "2026-02-03",
                "author": "N. Vance",
                "url": "https://gazette.example/t",
            }
        ),
        "{not json",
        json.dumps({"title": "no text here"}),
        json.dumps(["a list"]),
        json.dumps(
            {
                "body": "The council approved the budget of $3 million.",
                "link": "https://www.herald.example/a",
            }
        ),
    ]
    f.write_text("\n".join(rows) + "\n", encoding="utf-8")
    results = list(read_inputs([str(f)]))
    good = [r.article for r in results if isinstance(r, Accepted)]
    bad = [r for r in results if isinstance(r, Rejected)]
    assert [a.outlet for a in good] == [
        "orvallegazette",
        "herald.example",
    ]  # URL domain when no outlet
    assert good[0].published == "2026-02-03" and good[0].author == "N. Vance"
    assert [r.origin for r in bad] == [f"{f}:2", f"{f}:3", f"{f}:4"]
    assert all(r.fix for r in bad)


def test_json_file_with_articles_list(tmp_path: Path) -> None:
    f = tmp_path / "dump.json"
    f.write_text(
        json.dumps({"articles": [{"text": STORY}, {"text": STORY + " More."}]}), encoding="utf-8"
    )
    assert len(_accepted([str(f)])) == 2


def test_folder_recursion_and_glob(tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "one.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "a" / "b" / "two.txt").write_text(STORY + "Extra.", encoding="utf-8")
    (tmp_path / "a" / "b" / "ignored.csv").write_text("x,y", encoding="utf-8")
    assert len(_accepted([str(tmp_path / "a")])) == 2
    assert len(_accepted([str(tmp_path / "a" / "**" / "*.txt")])) == 2


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(STORY.encode())))
    [art] = _accepted(["-"])
    assert art.text == STORY and art.origin == "-"


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"   \n\n ", "empty"),
        ("binary.txt", bytes(range(256)) * 3, "binary"),
        ("broken.html", b"<html><body><div></div></body>", "no article text"),
        ("garbage.txt", b"\x81\x8d\x8f\x90\x9d" * 200, "undecodable"),
        ("big.txt", b"word " * 400, "size cap"),
        ("image.png", b"\x89PNG....", "unsupported"),
    ],
)
def test_bad_files_each_get_one_clear_line(
    tmp_path: Path, name: str, data: bytes, reason: str
) -> None:
    f = tmp_path / name
    f.write_bytes(data)
    good = tmp_path / "good.txt"
    good.write_text(STORY, encoding="utf-8")
    results = list(read_inputs([str(f), str(good)], Limits(max_bytes=1000)))
    bad = [r for r in results if isinstance(r, Rejected)]
    assert len(bad) == 1 and reason in bad[0].reason and bad[0].origin == str(f)
    assert str(f) in bad[0].line() and bad[0].fix in bad[0].line()
    assert sum(isinstance(r, Accepted) for r in results) == 1  # the batch goes on


def test_missing_and_unreadable_paths(tmp_path: Path) -> None:
    [miss] = _rejected([str(tmp_path / "nope.txt")])
    assert "no such file" in miss.reason
    dangling = tmp_path / "dangling.txt"
    dangling.symlink_to(tmp_path / "moved-away.txt")  # unreadable even for root
    [bad] = _rejected([str(dangling)])
    assert "unreadable" in bad.reason and bad.origin == str(dangling)


class _Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path == "/article":
            body = (
                "<html><head><meta property='og:site_name' content='Telvik Tribune'></head><body><article>"
                + "".join(f"<p>{s}</p>" for s in STORY.split("\n") if s) * 3
                + "</article></body></html>"
            ).encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
        elif self.path == "/huge":
            body = b"<p>" + b"x" * 5000 + b"</p>"
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
        else:
            body = b"gone"
            self.send_response(404)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture()
def server() -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def test_urls_from_a_local_server(server: str) -> None:
    results = list(
        read_inputs(
            [
                f"{server}/article",
                f"{server}/missing",
                f"{server}/huge",
                "http://127.0.0.1:9/closed",
            ],
            Limits(max_bytes=2000, timeout=2),
        )
    )
    good = [r.article for r in results if isinstance(r, Accepted)]
    bad = {r.origin: r.reason for r in results if isinstance(r, Rejected)}
    assert (
        len(good) == 1 and good[0].outlet == "Telvik Tribune" and good[0].url.endswith("/article")
    )
    assert "404" in bad[f"{server}/missing"]
    assert "larger" in bad[f"{server}/huge"]
    assert "unreachable" in bad["http://127.0.0.1:9/closed"]


def test_text_longer_than_the_analyser_takes_is_refused_with_a_fix(tmp_path: Path) -> None:
    """A huge one-line file is refused at ingest, not failed inside spaCy on every run."""
    f = tmp_path / "dump.txt"
    f.write_text("Harbour " * 40, encoding="utf-8")  # 320 characters
    ok = tmp_path / "ok.txt"
    ok.write_text(STORY, encoding="utf-8")
    limits = Limits(max_chars=200)
    [bad] = _rejected([str(f), str(ok)], limits)
    assert bad.origin == str(f)
    assert "too long to analyse" in bad.reason and "320" in bad.reason and "200" in bad.reason
    assert "split" in bad.fix
    assert [a.origin for a in _accepted([str(f), str(ok)], limits)] == [str(ok)]


def test_default_character_cap_is_the_analysers() -> None:
    from newstrace.analyse.nlp import MAX_CHARS

    assert Limits().max_chars == MAX_CHARS
    with pytest.raises(Exception, match="NT101"):
        Limits(max_chars=0)


def test_jsonl_text_of_the_wrong_type_names_the_field(tmp_path: Path) -> None:
    f = tmp_path / "feed.jsonl"
    f.write_text(
        '{"id": 1, "text": 12345}\n{"id": 2, "body": ["a", "list"]}\n{"id": 3, "text": "broken\n',
        encoding="utf-8",
    )
    num, lst, broken = _rejected([str(f)])
    assert num.origin.endswith(":1") and "'text' holds a number" in num.reason
    assert lst.origin.endswith(":2") and "'body' holds a list" in lst.reason
    assert "JSON string" in num.fix
    assert broken.origin.endswith(":3") and "at column" in broken.reason


def test_json_with_no_records_says_so(tmp_path: Path) -> None:
    (tmp_path / "list.json").write_text("[]", encoding="utf-8")
    (tmp_path / "wrapped.json").write_text('{"articles": []}', encoding="utf-8")
    rejected = _rejected([str(tmp_path / "list.json"), str(tmp_path / "wrapped.json")])
    assert [Path(r.origin).name for r in rejected] == ["list.json", "wrapped.json"]
    assert all("no records" in r.reason for r in rejected)


def test_utf8_with_a_stray_byte_keeps_its_accents(tmp_path: Path) -> None:
    """One corrupted byte must not turn every accented letter into mojibake."""
    f = tmp_path / "cut.txt"
    text = "Café owner Zoë Brandt said the naïve plan for the Ostby pier was wrong. " * 3
    f.write_bytes(text.encode("utf-8") + b"\xff")
    [art] = _accepted([str(f)])
    assert art.text.startswith("Café owner Zoë Brandt") and "Ã" not in art.text
    assert art.text.endswith("\ufffd")


def test_bare_file_name_takes_its_folders_outlet(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "fjord-post"
    folder.mkdir()
    (folder / "pier.txt").write_text(STORY, encoding="utf-8")
    monkeypatch.chdir(folder)
    [art] = _accepted(["pier.txt"])
    assert art.outlet == "fjord-post"


def test_a_folder_of_many_outlets_names_none(tmp_path: Path) -> None:
    from newstrace.ingest import read_inputs

    folder = tmp_path / "pile"
    folder.mkdir()
    (folder / "pier.txt").write_text(STORY, encoding="utf-8")
    (folder / "pier2.txt").write_text(STORY + " More later.", encoding="utf-8")
    arts = [r.article for r in read_inputs([str(folder)], folder_outlet=False)]  # type: ignore[union-attr]
    assert [a.outlet for a in arts] == ["", ""]
    # each then counts as an outlet of its own, named by its title or id
    assert len({a.home for a in arts}) == 2
    assert all(a.home.startswith("no outlet: ") for a in arts)


def test_stdin_without_folder_outlet_names_none(monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    from newstrace.ingest import read_inputs

    lines = "\n".join(json.dumps({"text": t}) for t in (STORY, STORY + " More later."))
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(lines.encode("utf-8"))))
    arts = [r.article for r in read_inputs(["-"], folder_outlet=False)]  # type: ignore[union-attr]
    assert [a.outlet for a in arts] == ["", ""]
    # nothing names stdin's records but their text: the id stands in for a file name
    assert len({a.home for a in arts}) == 2
    assert all(a.home == f"no outlet: {a.id[:12]}" for a in arts)


def test_json_fields_of_odd_types_give_sensible_metadata(tmp_path: Path) -> None:
    f = tmp_path / "odd.jsonl"
    f.write_text(
        json.dumps(
            {
                "text": STORY,
                "published": True,
                "url": ["https://ostby.example/pier", "https://ostby.example/amp/pier"],
            }
        )
        + "\n",
        encoding="utf-8",
    )
    [art] = _accepted([str(f)])
    assert art.published is None and art.url == "https://ostby.example/pier"
