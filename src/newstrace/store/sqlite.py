"""The SQLite ledger: WAL, foreign keys, numbered migrations, FTS5 over sentences.

One article's rows are written in one transaction, so a crash loses at most the
article in flight and never leaves half an article behind.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ..errors import LedgerError
from ..model import Article, ArticleDoc, ClaimGroup, ClaimMember, Copy, Story, content_id
from .base import LinkOutput
from .rows import (
    analysis_from_rows,
    attribution_from_row,
    attribution_row,
    claim_from_row,
    claim_row,
    dumps,
    opinion_from_row,
    opinion_row,
    quantity_rows,
)
from .schema import APP_ID, MIGRATIONS, SCHEMA_VERSION

__all__ = ["SQLiteLedger"]

ARTICLE_COLS = "id, title, outlet, url, published, author, origin, text, model, stages, run_id"


class SQLiteLedger:
    """A ledger in one SQLite file (``":memory:"`` works for tests)."""

    def __init__(self, path: str | Path = "newstrace.db") -> None:
        self.path = str(path)
        if self.path != ":memory:":
            self._check_foreign(Path(self.path))
        try:
            self.conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        except sqlite3.Error as exc:
            raise LedgerError("NT503", path=self.path, reason=str(exc)) from exc
        self.conn.execute("PRAGMA foreign_keys = ON")
        if self.path != ":memory:":
            self.conn.execute("PRAGMA journal_mode = WAL")
        self.conn.execute("PRAGMA synchronous = NORMAL")
        self._migrate()

    # -- opening -----------------------------------------------------------------
    def _check_foreign(self, path: Path) -> None:
        """Refuse, without touching it, a file that is not ours or is from a newer version."""
        if not path.exists() or path.stat().st_size == 0:
            if path.parent and not path.parent.exists():
                raise LedgerError("NT503", path=str(path), reason="its folder does not exist")
            return
        with open(path, "rb") as fh:
            header = fh.read(16)
        if header != b"SQLite format 3\x00":
            raise LedgerError("NT501", path=str(path))
        try:
            ro = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            try:
                tables = {
                    r[0] for r in ro.execute("SELECT name FROM sqlite_master WHERE type='table'")
                }
                if not tables:
                    return
                if "meta" not in tables:
                    raise LedgerError("NT501", path=str(path))
                meta = dict(ro.execute("SELECT key, value FROM meta").fetchall())
            finally:
                ro.close()
        except sqlite3.DatabaseError as exc:
            raise LedgerError("NT503", path=str(path), reason=str(exc)) from exc
        if meta.get("app") != APP_ID:
            raise LedgerError("NT501", path=str(path))
        found = int(meta.get("schema_version", "0"))
        if found > SCHEMA_VERSION:
            raise LedgerError("NT502", path=str(path), found=found, supported=SCHEMA_VERSION)

    def _migrate(self) -> None:
        cur = self.conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name='migrations'"
        )
        done: set[int] = set()
        if cur.fetchone():
            done = {int(r[0]) for r in self.conn.execute("SELECT version FROM migrations")}
        for version, name, sql in MIGRATIONS:
            if version in done:
                continue
            with self.transaction():
                for statement in _statements(sql):
                    self.conn.execute(statement)
                self.conn.execute("INSERT INTO migrations VALUES (?, ?)", (version, name))
                self.conn.execute("INSERT OR REPLACE INTO meta VALUES ('app', ?)", (APP_ID,))
                self.conn.execute(
                    "INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", (str(version),)
                )

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def close(self) -> None:
        self.conn.close()

    # -- writing -----------------------------------------------------------------
    def ensure_run(self, versions: Mapping[str, str]) -> str:
        run_id = content_id(dumps(dict(versions)))
        self.conn.execute(
            "INSERT OR IGNORE INTO runs VALUES (?, ?)", (run_id, dumps(dict(versions)))
        )
        return run_id

    def article_stages(self, ids: Sequence[str]) -> dict[str, dict[str, str]]:
        out: dict[str, dict[str, str]] = {}
        ids = list(ids)
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            marks = ",".join("?" * len(chunk))
            for aid, stages in self.conn.execute(
                f"SELECT id, stages FROM articles WHERE id IN ({marks})", chunk
            ):
                out[aid] = json.loads(stages)
        return out

    def put_article(self, doc: ArticleDoc, versions: Mapping[str, str]) -> None:
        a = doc.article
        run_id = self.ensure_run(versions)
        stages = {k: v for k, v in versions.items() if k in doc.done}
        model = doc.analysis.model if doc.analysis else ""
        c = self.conn
        with self.transaction():
            c.execute("DELETE FROM sentences_fts WHERE article_id = ?", (a.id,))
            c.execute("DELETE FROM articles WHERE id = ?", (a.id,))
            c.execute(
                f"INSERT INTO articles ({ARTICLE_COLS}) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                (
                    a.id,
                    a.title,
                    a.outlet,
                    a.url,
                    a.published,
                    a.author,
                    a.origin,
                    a.text,
                    model,
                    dumps(stages),
                    run_id,
                ),
            )
            if doc.analysis:
                sents = doc.analysis.sentences
                c.executemany(
                    "INSERT INTO sentences VALUES (?,?,?,?)",
                    [(a.id, s.index, s.start, s.end) for s in sents],
                )
                c.executemany(
                    "INSERT INTO sentences_fts (text, article_id, idx) VALUES (?,?,?)",
                    [(a.text[s.start : s.end], a.id, s.index) for s in sents],
                )
                c.executemany(
                    "INSERT INTO entities VALUES (?,?,?,?,?,?)",
                    [
                        (a.id, i, e.start, e.end, e.label, e.text)
                        for i, e in enumerate(doc.analysis.entities)
                    ],
                )
            c.executemany(
                "INSERT INTO attributions VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                [attribution_row(a.id, x, run_id) for x in doc.attributions],
            )
            c.executemany(
                "INSERT INTO claims VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                [claim_row(a.id, x, run_id) for x in doc.claims],
            )
            c.executemany(
                "INSERT INTO quantities VALUES (?,?,?,?,?,?,?,?,?)",
                [q for x in doc.claims for q in quantity_rows(x)],
            )
            c.executemany(
                "INSERT INTO opinions VALUES (?,?,?,?,?,?,?,?,?)",
                [opinion_row(a.id, i, o, run_id) for i, o in enumerate(doc.opinions)],
            )

    def put_signatures(self, signatures: Mapping[str, bytes]) -> None:
        with self.transaction():
            self.conn.executemany(
                "INSERT OR REPLACE INTO signatures VALUES (?, ?)", sorted(signatures.items())
            )

    def put_link(
        self,
        result: LinkOutput,
        versions: Mapping[str, str],
        graphs: Mapping[str, Any] | None = None,
    ) -> None:
        run_id = self.ensure_run(versions)
        c = self.conn
        with self.transaction():
            for table in (
                "claim_group_members",
                "claim_groups",
                "copies",
                "story_graphs",
                "story_articles",
                "stories",
            ):
                c.execute(f"DELETE FROM {table}")
            for s in sorted(result.stories, key=lambda s: s.id):
                c.execute("INSERT INTO stories VALUES (?,?,?)", (s.id, s.title, run_id))
                c.executemany(
                    "INSERT INTO story_articles VALUES (?,?)", [(aid, s.id) for aid in s.articles]
                )
            c.executemany(
                "INSERT INTO copies VALUES (?,?,?,?,?,?)",
                [
                    (p.a, p.b, p.relation, float(p.similarity), dumps(list(p.changes)), run_id)
                    for p in result.copies
                ],
            )
            for g in result.claim_groups:
                c.execute(
                    "INSERT INTO claim_groups VALUES (?,?,?,?,?,?,?,?,?)",
                    (
                        g.id,
                        g.story,
                        g.text,
                        dumps(list(g.outlets)),
                        dumps(list(g.origins)),
                        g.relation,
                        g.first_reported,
                        int(g.circular),
                        run_id,
                    ),
                )
                c.executemany(
                    "INSERT OR IGNORE INTO claim_group_members VALUES (?,?,?,?,?,?)",
                    [(g.id, m.claim, m.article, m.start, m.end, m.text) for m in g.members],
                )
            for sid, graph in sorted((graphs or {}).items()):
                c.execute("INSERT INTO story_graphs VALUES (?, ?)", (sid, dumps(graph)))

    # -- reading -----------------------------------------------------------------
    def article_ids(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT id FROM articles ORDER BY published, id")]

    def get_article(self, article_id: str) -> ArticleDoc | None:
        c = self.conn
        row = c.execute(
            f"SELECT {ARTICLE_COLS} FROM articles WHERE id = ?", (article_id,)
        ).fetchone()
        if row is None:
            return None
        aid, title, outlet, url, published, author, origin, text, model, stages, _run = row
        article = Article(aid, text, title, outlet, url, published, author, origin)
        sents = c.execute(
            "SELECT * FROM sentences WHERE article_id = ? ORDER BY idx", (aid,)
        ).fetchall()
        ents = c.execute(
            "SELECT * FROM entities WHERE article_id = ? ORDER BY idx", (aid,)
        ).fetchall()
        attrs = c.execute(
            "SELECT * FROM attributions WHERE article_id = ? ORDER BY content_start, id", (aid,)
        ).fetchall()
        claims = c.execute(
            "SELECT * FROM claims WHERE article_id = ? ORDER BY start, id", (aid,)
        ).fetchall()
        qrows: dict[str, list[Any]] = {}
        for q in c.execute(
            "SELECT q.* FROM quantities q JOIN claims c ON c.id = q.claim_id WHERE c.article_id = ?",
            (aid,),
        ):
            qrows.setdefault(q[0], []).append(q)
        ops = c.execute(
            "SELECT * FROM opinions WHERE article_id = ? ORDER BY idx", (aid,)
        ).fetchall()
        return ArticleDoc(
            article=article,
            analysis=analysis_from_rows(sents, ents, model),
            attributions=tuple(attribution_from_row(r) for r in attrs),
            claims=tuple(claim_from_row(r, qrows.get(r[0], [])) for r in claims),
            opinions=tuple(opinion_from_row(r) for r in ops),
            done=frozenset(json.loads(stages)),
        )

    def iter_docs(self) -> Iterator[ArticleDoc]:
        for aid in self.article_ids():
            doc = self.get_article(aid)
            if doc is not None:
                yield doc

    def signatures(self) -> dict[str, bytes]:
        return {
            aid: bytes(data)
            for aid, data in self.conn.execute("SELECT article_id, data FROM signatures")
        }

    def story_map(self) -> dict[str, str]:
        return dict(self.conn.execute("SELECT article_id, story_id FROM story_articles").fetchall())

    def stories(self) -> list[Story]:
        members: dict[str, list[str]] = {}
        for sid, aid in self.conn.execute(
            "SELECT sa.story_id, sa.article_id FROM story_articles sa JOIN articles a ON a.id = sa.article_id "
            "ORDER BY a.published, a.id"
        ):
            members.setdefault(sid, []).append(aid)
        rows = self.conn.execute("SELECT id, title FROM stories ORDER BY id").fetchall()
        out = [Story(sid, tuple(members.get(sid, ())), title) for sid, title in rows]
        return sorted(out, key=lambda s: (-len(s.articles), s.id))

    def copies(self) -> list[Copy]:
        return [
            Copy(a, b, rel, float(sim), tuple(json.loads(ch)))
            for a, b, rel, sim, ch, _run in self.conn.execute("SELECT * FROM copies ORDER BY a, b")
        ]

    def claim_groups(self, story_id: str | None = None) -> list[ClaimGroup]:
        where, args = ("WHERE story_id = ?", (story_id,)) if story_id else ("", ())
        rows = self.conn.execute(
            f"SELECT * FROM claim_groups {where} ORDER BY story_id, id", args
        ).fetchall()
        members: dict[str, list[ClaimMember]] = {}
        for gid, cid, aid, start, end, text in self.conn.execute(
            "SELECT * FROM claim_group_members ORDER BY group_id, article_id, start"
        ):
            members.setdefault(gid, []).append(ClaimMember(aid, cid, int(start), int(end), text))
        return [
            ClaimGroup(
                gid,
                sid,
                text,
                tuple(members.get(gid, ())),
                tuple(json.loads(outlets)),
                tuple(json.loads(origins)),
                rel,
                first,
                bool(circ),
            )
            for gid, sid, text, outlets, origins, rel, first, circ, _run in rows
        ]

    def story_graph(self, story_id: str) -> dict[str, Any] | None:
        row = self.conn.execute(
            "SELECT graph FROM story_graphs WHERE story_id = ?", (story_id,)
        ).fetchone()
        return json.loads(row[0]) if row else None

    def search(self, query: str, limit: int = 20) -> list[dict[str, Any]]:
        terms = [t for t in query.replace('"', " ").split() if t]
        if not terms:
            return []
        match = " ".join(f'"{t}"' for t in terms)
        sql = (
            "SELECT f.article_id, f.idx, f.text, a.title, a.outlet, "
            "snippet(sentences_fts, 0, '[', ']', '…', 12) FROM sentences_fts f "
            "JOIN articles a ON a.id = f.article_id WHERE sentences_fts MATCH ? ORDER BY rank, f.article_id, f.idx LIMIT ?"
        )
        return [
            {
                "article": aid,
                "sentence": int(idx),
                "text": text,
                "title": title,
                "outlet": outlet,
                "snippet": snip,
            }
            for aid, idx, text, title, outlet, snip in self.conn.execute(sql, (match, limit))
        ]

    def counts(self) -> dict[str, int]:
        tables = (
            "articles",
            "sentences",
            "entities",
            "attributions",
            "claims",
            "quantities",
            "opinions",
            "stories",
            "copies",
            "claim_groups",
        )
        return {
            t: int(self.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in tables
        }

    def execute(self, sql: str, args: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """Read-only helper for presenters and tests."""
        return [tuple(r) for r in self.conn.execute(sql, tuple(args)).fetchall()]


def _statements(sql: str) -> list[str]:
    """Split a migration into statements (our schema has no ';' inside literals)."""
    out, buf = [], []
    for line in sql.splitlines():
        code = line.split("--", 1)[0]
        buf.append(code)
        if code.rstrip().endswith(";"):
            out.append("\n".join(buf).strip())
            buf = []
    tail = "\n".join(buf).strip()
    if tail:
        out.append(tail)
    return [s for s in out if s]
