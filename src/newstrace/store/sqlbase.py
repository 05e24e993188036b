"""What every SQL ledger shares: the reads and writes, written once.

The SQL here runs unchanged on SQLite (3.35+) and PostgreSQL: ``?`` placeholders
(a backend may rewrite them), ``ON CONFLICT`` upserts, ``NULLS FIRST``. A backend
supplies the connection, transactions, migrations and the full-text index.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from contextlib import AbstractContextManager
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
from .schema import APP_ID, SCHEMA_VERSION

__all__ = ["ARTICLE_COLS", "COUNTED", "SQLLedger", "check_meta"]

ARTICLE_COLS = "id, title, outlet, url, published, author, origin, text, model, stages, run_id"
COUNTED = (
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
LINK_TABLES = (
    "claim_group_members",
    "claim_groups",
    "copies",
    "story_graphs",
    "story_articles",
    "stories",
)


def check_meta(meta: dict[str, str] | None, where: str) -> None:
    """Shared by every backend: ours, and not from a newer newstrace."""
    if meta is None or meta.get("app") != APP_ID:
        raise LedgerError("NT501", path=where)
    found = int(meta.get("schema_version", "0"))
    if found > SCHEMA_VERSION:
        raise LedgerError("NT502", path=where, found=found, supported=SCHEMA_VERSION)


def _marks(n: int) -> str:
    return ",".join("?" * n)


class SQLLedger:
    """Shared ledger logic; subclasses implement the abstract hooks below."""

    path: str

    # -- hooks a backend implements ---------------------------------------------
    def transaction(self) -> AbstractContextManager[Any]:
        raise NotImplementedError

    def _rows(self, sql: str, args: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        raise NotImplementedError

    def _run(self, sql: str, args: Sequence[Any] = ()) -> None:
        raise NotImplementedError

    def _run_many(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        raise NotImplementedError

    def search(self, query: str, limit: int = 20) -> list[dict[str, Any]]:
        """Full-text search; a backend builds its query and hands it to ``_hits``."""
        raise NotImplementedError

    # -- the full-text index: a table sentences_fts(article_id, idx, text) in every backend
    def _index_sentences(self, article_id: str, rows: Sequence[tuple[int, str]]) -> None:
        self._run_many(
            "INSERT INTO sentences_fts (article_id, idx, text) VALUES (?,?,?)",
            [(article_id, i, t) for i, t in rows],
        )

    def _unindex(self, article_id: str) -> None:
        self._run("DELETE FROM sentences_fts WHERE article_id = ?", (article_id,))

    def _hits(self, sql: str, args: Sequence[Any]) -> list[dict[str, Any]]:
        """Rows of (article, idx, text, title, outlet, snippet) as search results."""
        return [
            {
                "article": aid,
                "sentence": int(idx),
                "text": text,
                "title": title,
                "outlet": outlet,
                "snippet": snip,
            }
            for aid, idx, text, title, outlet, snip in self._rows(sql, args)
        ]

    def close(self) -> None:
        raise NotImplementedError

    # -- writing -----------------------------------------------------------------
    def ensure_run(self, versions: Mapping[str, str]) -> str:
        run_id = content_id(dumps(dict(versions)))
        self._run(
            "INSERT INTO runs VALUES (?, ?) ON CONFLICT DO NOTHING", (run_id, dumps(dict(versions)))
        )
        return run_id

    def article_stages(self, ids: Sequence[str]) -> dict[str, dict[str, str]]:
        out: dict[str, dict[str, str]] = {}
        ids = list(ids)
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            for aid, stages in self._rows(
                f"SELECT id, stages FROM articles WHERE id IN ({_marks(len(chunk))})", chunk
            ):
                out[aid] = json.loads(stages)
        return out

    def put_article(self, doc: ArticleDoc, versions: Mapping[str, str]) -> None:
        a = doc.article
        run_id = self.ensure_run(versions)
        stages = {k: v for k, v in versions.items() if k in doc.done}
        model = doc.analysis.model if doc.analysis else ""
        with self.transaction():
            self._unindex(a.id)
            self._run("DELETE FROM articles WHERE id = ?", (a.id,))
            self._run(
                f"INSERT INTO articles ({ARTICLE_COLS}) VALUES ({_marks(11)})",
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
                self._run_many(
                    "INSERT INTO sentences VALUES (?,?,?,?)",
                    [(a.id, s.index, s.start, s.end) for s in sents],
                )
                self._index_sentences(a.id, [(s.index, a.text[s.start : s.end]) for s in sents])
                self._run_many(
                    "INSERT INTO entities VALUES (?,?,?,?,?,?)",
                    [
                        (a.id, i, e.start, e.end, e.label, e.text)
                        for i, e in enumerate(doc.analysis.entities)
                    ],
                )
            self._run_many(
                f"INSERT INTO attributions VALUES ({_marks(22)})",
                [attribution_row(a.id, x, run_id) for x in doc.attributions],
            )
            self._run_many(
                f"INSERT INTO claims VALUES ({_marks(13)})",
                [claim_row(a.id, x, run_id) for x in doc.claims],
            )
            self._run_many(
                f"INSERT INTO quantities VALUES ({_marks(9)})",
                [q for x in doc.claims for q in quantity_rows(x)],
            )
            self._run_many(
                f"INSERT INTO opinions VALUES ({_marks(9)})",
                [opinion_row(a.id, i, o, run_id) for i, o in enumerate(doc.opinions)],
            )

    def put_signatures(self, signatures: Mapping[str, bytes]) -> None:
        self._put_blobs("signatures", signatures)

    def put_vectors(self, vectors: Mapping[str, bytes]) -> None:
        self._put_blobs("vectors", vectors)

    def _put_blobs(self, table: str, blobs: Mapping[str, bytes]) -> None:
        with self.transaction():
            self._run_many(
                f"INSERT INTO {table} VALUES (?, ?) ON CONFLICT (article_id) DO UPDATE SET data = excluded.data",
                sorted(blobs.items()),
            )

    def put_link(
        self,
        result: LinkOutput,
        versions: Mapping[str, str],
        graphs: Mapping[str, Any] | None = None,
    ) -> None:
        run_id = self.ensure_run(versions)
        with self.transaction():
            for table in LINK_TABLES:
                self._run(f"DELETE FROM {table}")
            for s in sorted(result.stories, key=lambda s: s.id):
                self._run("INSERT INTO stories VALUES (?,?,?)", (s.id, s.title, run_id))
                self._run_many(
                    "INSERT INTO story_articles VALUES (?,?)", [(aid, s.id) for aid in s.articles]
                )
            self._run_many(
                "INSERT INTO copies VALUES (?,?,?,?,?,?)",
                [
                    (p.a, p.b, p.relation, float(p.similarity), dumps(list(p.changes)), run_id)
                    for p in result.copies
                ],
            )
            for g in result.claim_groups:
                self._run(
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
                self._run_many(
                    "INSERT INTO claim_group_members VALUES (?,?,?,?,?,?) ON CONFLICT DO NOTHING",
                    [(g.id, m.claim, m.article, m.start, m.end, m.text) for m in g.members],
                )
            for sid, graph in sorted((graphs or {}).items()):
                self._run("INSERT INTO story_graphs VALUES (?, ?)", (sid, dumps(graph)))

    # -- reading -----------------------------------------------------------------
    def article_ids(self) -> list[str]:
        return [
            r[0] for r in self._rows("SELECT id FROM articles ORDER BY published NULLS FIRST, id")
        ]

    def get_article(self, article_id: str) -> ArticleDoc | None:
        found = self._rows(f"SELECT {ARTICLE_COLS} FROM articles WHERE id = ?", (article_id,))
        if not found:
            return None
        aid, title, outlet, url, published, author, origin, text, model, stages, _run = found[0]
        article = Article(aid, text, title, outlet, url, published, author, origin)
        sents = self._rows(
            'SELECT article_id, idx, start, "end" FROM sentences WHERE article_id = ? ORDER BY idx',
            (aid,),
        )
        ents = self._rows("SELECT * FROM entities WHERE article_id = ? ORDER BY idx", (aid,))
        attrs = self._rows(
            "SELECT * FROM attributions WHERE article_id = ? ORDER BY content_start, id", (aid,)
        )
        claims = self._rows("SELECT * FROM claims WHERE article_id = ? ORDER BY start, id", (aid,))
        qrows: dict[str, list[Any]] = {}
        for q in self._rows(
            "SELECT q.* FROM quantities q JOIN claims c ON c.id = q.claim_id WHERE c.article_id = ?",
            (aid,),
        ):
            qrows.setdefault(q[0], []).append(q)
        ops = self._rows("SELECT * FROM opinions WHERE article_id = ? ORDER BY idx", (aid,))
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
        return self._blobs("signatures")

    def vectors(self) -> dict[str, bytes]:
        return self._blobs("vectors")

    def _blobs(self, table: str) -> dict[str, bytes]:
        return {
            aid: bytes(data) for aid, data in self._rows(f"SELECT article_id, data FROM {table}")
        }

    def story_map(self) -> dict[str, str]:
        return {
            aid: sid for aid, sid in self._rows("SELECT article_id, story_id FROM story_articles")
        }

    def stories(self) -> list[Story]:
        members: dict[str, list[str]] = {}
        for sid, aid in self._rows(
            "SELECT sa.story_id, sa.article_id FROM story_articles sa JOIN articles a ON a.id = sa.article_id "
            "ORDER BY a.published NULLS FIRST, a.id"
        ):
            members.setdefault(sid, []).append(aid)
        rows = self._rows("SELECT id, title FROM stories ORDER BY id")
        out = [Story(sid, tuple(members.get(sid, ())), title) for sid, title in rows]
        return sorted(out, key=lambda s: (-len(s.articles), s.id))

    def copies(self) -> list[Copy]:
        return [
            Copy(a, b, rel, float(sim), tuple(json.loads(ch)))
            for a, b, rel, sim, ch, _run in self._rows("SELECT * FROM copies ORDER BY a, b")
        ]

    def claim_groups(self, story_id: str | None = None) -> list[ClaimGroup]:
        where, args = ("WHERE story_id = ?", (story_id,)) if story_id else ("", ())
        rows = self._rows(f"SELECT * FROM claim_groups {where} ORDER BY story_id, id", args)
        members: dict[str, list[ClaimMember]] = {}
        member_sql = (
            "SELECT m.* FROM claim_group_members m JOIN claim_groups g ON g.id = m.group_id "
            "WHERE g.story_id = ? ORDER BY m.group_id, m.article_id, m.start, m.claim_id"
            if story_id
            else "SELECT * FROM claim_group_members ORDER BY group_id, article_id, start, claim_id"
        )
        # one story's members only: a report or export asks story by story
        for gid, cid, aid, start, end, text in self._rows(member_sql, args):
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
        found = self._rows("SELECT graph FROM story_graphs WHERE story_id = ?", (story_id,))
        return json.loads(found[0][0]) if found else None

    def counts(self) -> dict[str, int]:
        return {t: int(self._rows(f"SELECT count(*) FROM {t}")[0][0]) for t in COUNTED}

    def execute(self, sql: str, args: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """Read-only helper for presenters and tests."""
        return self._rows(sql, args)
