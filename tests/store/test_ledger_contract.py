"""The Ledger contract. Every backend runs these (a backend's test class inherits LedgerContract)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newstrace.errors import LedgerError
from newstrace.model import (
    Analysis,
    Article,
    ArticleDoc,
    Attribution,
    Claim,
    ClaimGroup,
    ClaimMember,
    Copy,
    Entity,
    Opinion,
    Quantity,
    Sentence,
    Source,
    SourceKind,
    Span,
    Story,
)
from newstrace.store import SQLiteLedger
from newstrace.store.schema import SCHEMA_VERSION
from newstrace.store.sqlbase import SQLLedger


# Ingest never yields NUL characters (make_article replaces them), and PostgreSQL TEXT cannot hold them.
def NO_NUL(**kw: int) -> st.SearchStrategy[str]:
    return st.text(alphabet=st.characters(codec="utf-8", exclude_characters="\x00"), **kw)


VERSIONS = {"analyse": "1", "attribution": "1", "claims": "1"}


def _span(text: str, start: int, end: int) -> Span:
    return Span(start, end, text[start:end])


def make_doc(
    text: str, outlet: str = "Orvalle Gazette", published: str | None = "2026-01-02"
) -> ArticleDoc:
    art = Article(
        Article.make_id(text),
        text,
        text[:20],
        outlet,
        "https://gazette.example/x",
        published,
        "N. Vance",
        "test",
    )
    n = len(text)
    half = n // 2
    sents = (
        (Sentence(0, 0, half, 0, 0), Sentence(1, half, n, 0, 0))
        if n > 1
        else (Sentence(0, 0, n, 0, 0),)
    )
    ents = (Entity(0, min(5, n), "ORG", text[: min(5, n)], 0, 0),)
    src = Source(_span(text, 0, min(3, n)), SourceKind.OUTLET, "Iron Owl", "")
    attr = Attribution(
        id=f"{art.id}-a",
        source=src,
        cue=_span(text, 0, min(2, n)),
        content=_span(text, half, n),
        chain=(outlet, "Iron Owl"),
        chain_kinds=("outlet", "social_media"),
        kind="indirect",
        content_parts=(_span(text, half, n),),
        hop=False,
        sentence=1,
    )
    claim = Claim(
        id=f"{art.id}-c",
        start=half,
        end=n,
        text=text[half:n],
        sentence=1,
        checkworthiness=0.75,
        status="rumour",
        source="Iron Owl",
        attribution=attr.id,
        quantities=(Quantity(half, n, text[half:n], 2e9, None, "USD", "money"),),
        entities=("Kestavia",),
        cues=("claims",),
    )
    op = Opinion(0, half, text[:half], 0.9, (_span(text, 0, min(4, n)),), "writer")
    return ArticleDoc(
        art,
        Analysis((), sents, ents, (), "test-model"),
        (attr,),
        (claim,),
        (op,),
        frozenset(VERSIONS),
    )


@dataclass(frozen=True)
class FakeLink:
    stories: tuple[Story, ...]
    copies: tuple[Copy, ...]
    claim_groups: tuple[ClaimGroup, ...]


class LedgerContract:
    """Behaviour every ledger backend must show."""

    integrity_errors: tuple[type[BaseException], ...] = (sqlite3.IntegrityError,)

    @pytest.fixture()
    def ledger(self, tmp_path: Path) -> Iterator[SQLLedger]:
        raise NotImplementedError

    def test_round_trip(self, ledger: SQLLedger) -> None:
        doc = make_doc("Iron Owl claims the deal is worth more than $2 billion.")
        ledger.put_article(doc, VERSIONS)
        assert ledger.get_article(doc.article.id) == doc
        assert ledger.article_stages([doc.article.id, "nope"]) == {doc.article.id: VERSIONS}

    def test_put_twice_changes_nothing(self, ledger: SQLLedger) -> None:
        doc = make_doc("The Lantern Bridge was closed on Friday, officials said.")
        ledger.put_article(doc, VERSIONS)
        before = ledger.counts()
        ledger.put_article(doc, VERSIONS)
        assert ledger.counts() == before
        assert ledger.get_article(doc.article.id) == doc

    def test_failed_write_leaves_no_half_article(self, ledger: SQLLedger) -> None:
        good = make_doc("A first article, stored whole.")
        ledger.put_article(good, VERSIONS)
        bad = make_doc("A second article whose claim breaks the write.")
        broken = replace(bad.claims[0], status=None)  # type: ignore[arg-type]  # NOT NULL fails after the article row went in
        with pytest.raises(self.integrity_errors):
            ledger.put_article(replace(bad, claims=(broken,)), VERSIONS)
        assert ledger.get_article(bad.article.id) is None
        assert ledger.get_article(good.article.id) == good
        assert ledger.counts()["articles"] == 1

    def test_link_output_replaced_whole(self, ledger: SQLLedger) -> None:
        a, b = make_doc("Article one about the bridge."), make_doc("Article two about the bridge.")
        for d in (a, b):
            ledger.put_article(d, VERSIONS)
        group = ClaimGroup(
            "g1",
            "s1",
            "the bridge",
            (ClaimMember(a.article.id, "c1", 0, 3, "Art"),),
            ("A", "B"),
            ("X",),
            "agree",
            a.article.id,
            False,
        )
        other = ClaimGroup(
            "g2",
            "s2",
            "the ferry",
            (ClaimMember(b.article.id, "c2", 0, 3, "Art"),),
            ("B",),
            ("Y",),
            "single",
            b.article.id,
            False,
        )
        result = FakeLink(
            (
                Story("s1", (a.article.id,), "Bridge"),
                Story("s2", (b.article.id,), "Ferry"),
            ),
            (Copy(a.article.id, b.article.id, "rewrite", 0.8, ({"type": "number_changed"},)),),
            (group, other),
        )
        ledger.put_link(result, {"link": "1"}, {"s1": {"nodes": [], "edges": []}})
        ledger.put_link(result, {"link": "1"}, {"s1": {"nodes": [], "edges": []}})
        assert ledger.stories() == [
            Story("s1", (a.article.id,), "Bridge"),
            Story("s2", (b.article.id,), "Ferry"),
        ]
        assert ledger.story_map() == {a.article.id: "s1", b.article.id: "s2"}
        assert ledger.copies()[0].changes == ({"type": "number_changed"},)
        # one story's groups carry only their own members
        assert ledger.claim_groups("s1") == [group]
        assert ledger.claim_groups("s2") == [other]
        assert ledger.claim_groups() == [group, other]
        assert ledger.story_graph("s1") == {"nodes": [], "edges": []}
        ledger.put_link(FakeLink((), (), ()), {"link": "1"})
        assert ledger.stories() == [] and ledger.claim_groups() == []

    def test_search_finds_sentences(self, ledger: SQLLedger) -> None:
        doc = make_doc("Floodwater eroded the piers. The council closed the bridge.")
        ledger.put_article(doc, VERSIONS)
        hits = ledger.search("council bridge")
        assert hits and hits[0]["article"] == doc.article.id
        assert ledger.search('"') == []

    def test_vectors_round_trip(self, ledger: SQLLedger) -> None:
        doc = make_doc("Vector test article.")
        ledger.put_article(doc, VERSIONS)
        ledger.put_vectors({doc.article.id: b"\x00\x00\x80?"})
        assert ledger.vectors() == {doc.article.id: b"\x00\x00\x80?"}

    def test_signatures_round_trip(self, ledger: SQLLedger) -> None:
        doc = make_doc("Signature test article.")
        ledger.put_article(doc, VERSIONS)
        ledger.put_signatures({doc.article.id: b"\x00\x01\xff"})
        assert ledger.signatures() == {doc.article.id: b"\x00\x01\xff"}

    @settings(
        max_examples=40,
        deadline=None,
        suppress_health_check=[
            HealthCheck.function_scoped_fixture,
            HealthCheck.differing_executors,
        ],
    )
    @given(
        text=NO_NUL(min_size=1, max_size=300),
        outlet=NO_NUL(max_size=30),
        published=st.none() | NO_NUL(max_size=25),
    )
    def test_round_trip_any_text(
        self, ledger: SQLiteLedger, text: str, outlet: str, published: str | None
    ) -> None:
        doc = make_doc(text, outlet, published)
        ledger.put_article(doc, VERSIONS)
        assert ledger.get_article(doc.article.id) == doc


class TestSQLiteLedger(LedgerContract):
    @pytest.fixture()
    def ledger(self, tmp_path: Path) -> Iterator[SQLiteLedger]:
        led = SQLiteLedger(tmp_path / "ledger.db")
        yield led
        led.close()


def test_refuses_a_file_that_is_not_a_ledger(tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE customers (id INTEGER)")
    con.commit()
    con.close()
    before = other.read_bytes()
    with pytest.raises(LedgerError) as exc:
        SQLiteLedger(other)
    assert exc.value.code == "NT501" and "not touched" in str(exc.value)
    assert other.read_bytes() == before


def test_refuses_a_text_file(tmp_path: Path) -> None:
    notes = tmp_path / "notes.db"
    notes.write_text("my notes", encoding="utf-8")
    with pytest.raises(LedgerError):
        SQLiteLedger(notes)
    assert notes.read_text(encoding="utf-8") == "my notes"


def test_refuses_a_newer_ledger(tmp_path: Path) -> None:
    path = tmp_path / "newer.db"
    SQLiteLedger(path).close()
    con = sqlite3.connect(path)
    con.execute(
        "UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(SCHEMA_VERSION + 1),)
    )
    con.commit()
    con.close()
    before = path.read_bytes()
    with pytest.raises(LedgerError) as exc:
        SQLiteLedger(path)
    assert exc.value.code == "NT502"
    assert path.read_bytes() == before


def test_migrations_apply_once_and_are_recorded(tmp_path: Path) -> None:
    path = tmp_path / "m.db"
    SQLiteLedger(path).close()
    led = SQLiteLedger(path)  # reopening applies nothing twice
    assert led.execute("SELECT version FROM migrations ORDER BY version") == [
        (v,) for v in range(1, SCHEMA_VERSION + 1)
    ]
    assert dict(led.execute("SELECT key, value FROM meta"))["schema_version"] == str(SCHEMA_VERSION)
    assert led.execute("PRAGMA journal_mode")[0][0] == "wal"
    assert led.execute("PRAGMA foreign_keys")[0][0] == 1
    led.close()


def test_an_older_ledger_is_migrated_and_keeps_its_rows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newstrace.store import schema, sqlite

    path = tmp_path / "old.db"
    monkeypatch.setattr(sqlite, "MIGRATIONS", schema.MIGRATIONS[:1])
    old = SQLiteLedger(path)
    doc = make_doc("An article stored by the first schema.")
    old.put_article(doc, VERSIONS)
    old.close()
    monkeypatch.setattr(sqlite, "MIGRATIONS", schema.MIGRATIONS)
    new = SQLiteLedger(path)
    assert new.get_article(doc.article.id) == doc
    assert new.vectors() == {}
    assert dict(new.execute("SELECT key, value FROM meta"))["schema_version"] == str(SCHEMA_VERSION)
    new.close()
