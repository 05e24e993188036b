"""The ledger schema as numbered migrations (each applied in one transaction).

Everything the product holds has a table from the start: articles, sentences,
entities, attributions (source / cue / content spans and the chain), claims,
quantities, reporting status, opinion spans, stories, copies, claim groups,
MinHash signatures, and runs (which version of which stage wrote each row).
"""

from __future__ import annotations

__all__ = ["APP_ID", "MIGRATIONS", "SCHEMA_VERSION"]

APP_ID = "newstrace-ledger"

_V1 = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE runs (
    id TEXT PRIMARY KEY,            -- hash of the stage versions: same versions, same run id
    versions TEXT NOT NULL          -- JSON {stage: version}
);
CREATE TABLE articles (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    outlet TEXT NOT NULL,
    url TEXT NOT NULL,
    published TEXT,
    author TEXT NOT NULL,
    origin TEXT NOT NULL,
    text TEXT NOT NULL,
    model TEXT NOT NULL,            -- the language model that analysed it
    stages TEXT NOT NULL,           -- JSON {stage: version} that ran on it
    run_id TEXT NOT NULL REFERENCES runs(id)
);
CREATE INDEX articles_outlet ON articles(outlet);
CREATE TABLE sentences (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    PRIMARY KEY (article_id, idx)
) WITHOUT ROWID;
-- sqlite: CREATE VIRTUAL TABLE sentences_fts USING fts5(text, article_id UNINDEXED, idx UNINDEXED, tokenize='unicode61');
-- postgres: CREATE TABLE sentences_fts (article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE, idx INTEGER NOT NULL, text TEXT NOT NULL, tsv tsvector GENERATED ALWAYS AS (to_tsvector('simple', text)) STORED, PRIMARY KEY (article_id, idx));
-- postgres: CREATE INDEX sentences_fts_tsv ON sentences_fts USING gin(tsv);
CREATE TABLE entities (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    label TEXT NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (article_id, idx)
) WITHOUT ROWID;
CREATE INDEX entities_text ON entities(text);
CREATE TABLE attributions (
    id TEXT PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    sentence INTEGER NOT NULL,
    kind TEXT NOT NULL,
    source_start INTEGER, source_end INTEGER, source_text TEXT,
    source_kind TEXT, source_canonical TEXT, source_role TEXT,
    cue_start INTEGER, cue_end INTEGER, cue_text TEXT,
    content_start INTEGER NOT NULL, content_end INTEGER NOT NULL, content_text TEXT NOT NULL,
    content_parts TEXT NOT NULL,    -- JSON list of {start, end, text} for discontinuous content
    parent TEXT,
    hop INTEGER NOT NULL,           -- 1 when the content holds a nested attribution
    chain TEXT NOT NULL,            -- JSON list of canonical names, outlet first, origin last
    chain_kinds TEXT NOT NULL,      -- JSON list of source kinds, same order
    run_id TEXT NOT NULL REFERENCES runs(id)
);
CREATE INDEX attributions_article ON attributions(article_id);
CREATE INDEX attributions_source ON attributions(source_canonical);
CREATE TABLE claims (
    id TEXT PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    sentence INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    checkworthiness REAL NOT NULL,
    status TEXT NOT NULL,
    source TEXT,
    attribution_id TEXT,
    entities TEXT NOT NULL,         -- JSON list
    cues TEXT NOT NULL,             -- JSON list
    run_id TEXT NOT NULL REFERENCES runs(id)
);
CREATE INDEX claims_article ON claims(article_id);
CREATE INDEX claims_status ON claims(status);
CREATE TABLE quantities (
    claim_id TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    low REAL, high REAL,
    unit TEXT NOT NULL,
    kind TEXT NOT NULL,
    PRIMARY KEY (claim_id, idx)
) WITHOUT ROWID;
CREATE TABLE opinions (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    score REAL NOT NULL,
    loaded TEXT NOT NULL,           -- JSON list of {start, end, text}
    holder TEXT NOT NULL,
    run_id TEXT NOT NULL REFERENCES runs(id),
    PRIMARY KEY (article_id, idx)
) WITHOUT ROWID;
CREATE TABLE signatures (
    article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    data BLOB NOT NULL
) WITHOUT ROWID;
CREATE TABLE stories (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    run_id TEXT NOT NULL REFERENCES runs(id)
);
CREATE TABLE story_articles (
    article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE
) WITHOUT ROWID;
CREATE INDEX story_articles_story ON story_articles(story_id);
CREATE TABLE copies (
    a TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    b TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    relation TEXT NOT NULL,
    similarity REAL NOT NULL,
    changes TEXT NOT NULL,          -- JSON list of change objects
    run_id TEXT NOT NULL REFERENCES runs(id),
    PRIMARY KEY (a, b)
) WITHOUT ROWID;
CREATE TABLE claim_groups (
    id TEXT PRIMARY KEY,
    story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    outlets TEXT NOT NULL,          -- JSON list
    origins TEXT NOT NULL,          -- JSON list
    relation TEXT NOT NULL,
    first_reported TEXT,
    circular INTEGER NOT NULL,
    run_id TEXT NOT NULL REFERENCES runs(id)
);
CREATE INDEX claim_groups_story ON claim_groups(story_id);
CREATE TABLE claim_group_members (
    group_id TEXT NOT NULL REFERENCES claim_groups(id) ON DELETE CASCADE,
    claim_id TEXT NOT NULL,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (group_id, claim_id)
) WITHOUT ROWID;
CREATE TABLE story_graphs (
    story_id TEXT PRIMARY KEY REFERENCES stories(id) ON DELETE CASCADE,
    graph TEXT NOT NULL             -- JSON {nodes: [...], edges: [...]}
) WITHOUT ROWID;
"""

_V2 = """
CREATE TABLE vectors (
    article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    data BLOB NOT NULL              -- float32 article vector, for incremental linking
) WITHOUT ROWID;
"""

# (version, name, SQL). Append only: never edit a migration that has shipped.
MIGRATIONS: tuple[tuple[int, str, str], ...] = (
    (1, "initial schema", _V1),
    (2, "article vectors for incremental linking", _V2),
)
SCHEMA_VERSION = MIGRATIONS[-1][0]


_PG_TYPES = (("REAL", "DOUBLE PRECISION"), ("BLOB", "BYTEA"))


def statements(sql: str, dialect: str) -> list[str]:
    """Split a migration into statements for ``dialect`` ("sqlite" or "postgres").

    Lines starting ``-- sqlite:`` or ``-- postgres:`` hold a statement for that
    dialect only; PostgreSQL gets DOUBLE PRECISION and BYTEA and no WITHOUT ROWID.
    """
    out: list[str] = []
    buf: list[str] = []
    for line in sql.splitlines():
        stripped = line.strip()
        for d in ("sqlite", "postgres"):
            tag = f"-- {d}:"
            if stripped.startswith(tag):
                if d == dialect:
                    out.append(stripped[len(tag) :].strip())
                break
        else:
            code = line.split("--", 1)[0]
            buf.append(code)
            if code.rstrip().endswith(";"):
                out.append("\n".join(buf).strip())
                buf = []
    tail = "\n".join(buf).strip()
    if tail:
        out.append(tail)
    result = []
    for stmt in out:
        stmt = stmt.rstrip(";").strip()
        if not stmt:
            continue
        if dialect == "postgres":
            stmt = stmt.replace(" WITHOUT ROWID", "")
            for a, b in _PG_TYPES:
                stmt = stmt.replace(f" {a}", f" {b}").replace(f" {a},", f" {b},")
        result.append(stmt)
    return result
