"""The whole flow on one screen.

    add:  ingest -> analyse -> extract (attribution, claims) -> ledger   (per article, in a pool)
    link: ledger -> link (copies, stories, claim groups, origins) -> ledger (across articles)
    run:  add, then link

Presenters (CLI, report, export) only call these functions and format results.
"""

from __future__ import annotations

import os
import signal
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from typing import Any

from .ingest import Accepted, Limits, Rejected, read_inputs
from .model import Analysis, Article, ArticleDoc
from .pipeline import Pipeline
from .stages import CAPABILITIES, default_stages, link_available
from .store import Ledger, open_ledger

__all__ = [
    "AddReport",
    "LinkReport",
    "add",
    "build_pipeline",
    "capabilities",
    "link",
    "open_ledger",
    "run",
]

Progress = Callable[[str, int, int], None]  # (phase, done, total)


@dataclass
class AddReport:
    added: int = 0
    unchanged: int = 0
    duplicates: int = 0
    rejected: list[Rejected] = field(default_factory=list)
    words: int = 0


@dataclass
class LinkReport:
    articles: int = 0
    stories: int = 0
    copies: int = 0
    claim_groups: int = 0
    circular: int = 0
    available: bool = True


def build_pipeline(model: str | None = None, outlets: Sequence[str] = ()) -> Pipeline:
    return Pipeline(default_stages(model, outlets))


def capabilities(pipeline: Pipeline | None = None) -> dict[str, bool]:
    """Which product capabilities this installation provides (shown in the report)."""
    have = (pipeline or build_pipeline()).provides
    caps = {name: need <= have for name, need in CAPABILITIES.items()}
    caps["links"] = link_available()
    return caps


# -- per-article work, run in worker processes ----------------------------------
_PIPELINE: Pipeline | None = None


def _init_worker(model: str | None, outlets: Sequence[str]) -> None:
    global _PIPELINE
    _PIPELINE = build_pipeline(model, outlets)
    _PIPELINE.warm_up()


def _init_pool_worker(model: str | None, outlets: Sequence[str]) -> None:
    """A pool worker leaves Ctrl-C to the parent, which stops the pool and reports once
    (otherwise every worker prints its own KeyboardInterrupt traceback)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _init_worker(model, outlets)


def _slim(doc: ArticleDoc) -> ArticleDoc:
    """Drop the token-level parse (not stored) before sending a doc between processes."""
    if doc.analysis is None:
        return doc
    a = doc.analysis
    return replace(doc, analysis=Analysis((), a.sentences, a.entities, (), a.model))


def _process_batch(articles: Sequence[Article]) -> list[ArticleDoc | Rejected]:
    assert _PIPELINE is not None
    out: list[ArticleDoc | Rejected] = []
    try:
        docs = list(_PIPELINE.pipe_batch([ArticleDoc(a) for a in articles]))
        return [_slim(d) for d in docs]
    except Exception:  # one bad article must not sink its batch: redo one by one
        pass
    for art in articles:
        try:
            out.append(_slim(_PIPELINE(ArticleDoc(art))))
        except Exception as exc:
            out.append(
                Rejected(
                    art.origin or art.id,
                    f"analysis failed ({type(exc).__name__}: {exc})",
                    "please report this file as a bug; the rest of the batch was stored",
                )
            )
    return out


def _batches(items: Sequence[Article], size: int) -> list[list[Article]]:
    return [list(items[i : i + size]) for i in range(0, len(items), size)]


def add(
    inputs: Iterable[str],
    ledger: Ledger,
    *,
    workers: int | None = None,
    limits: Limits | None = None,
    model: str | None = None,
    batch_size: int = 8,
    progress: Progress | None = None,
    folder_outlet: bool = True,
) -> AddReport:
    """Ingest inputs, analyse and extract each new article, and store it.

    ``folder_outlet=False``: a file naming no outlet gets none, rather than its folder's
    name (for a folder of articles from many outlets)."""
    report = AddReport()
    versions = build_pipeline(model).versions
    seen: dict[str, Article] = {}
    for result in read_inputs(inputs, limits, folder_outlet=folder_outlet):
        if isinstance(result, Rejected):
            report.rejected.append(result)
        elif isinstance(result, Accepted):
            if result.article.id in seen:
                report.duplicates += 1
            else:
                seen[result.article.id] = result.article
    stored = ledger.article_stages(list(seen))
    todo = [a for aid, a in seen.items() if stored.get(aid) != versions]
    report.unchanged = len(seen) - len(todo)
    outlets = sorted({a.outlet for a in seen.values() if a.outlet})
    total = len(todo)
    if progress:
        progress("analyse", 0, total)
    if not todo:
        return report
    n_workers = max(1, min(workers or os.cpu_count() or 1, -(-total // batch_size)))
    batches = _batches(todo, batch_size)
    done = 0

    def store(results: list[ArticleDoc | Rejected]) -> None:
        nonlocal done
        for res in results:
            done += 1
            if isinstance(res, Rejected):
                report.rejected.append(res)
                continue
            ledger.put_article(res, versions)
            report.added += 1
            report.words += len(res.article.text.split())
        _store_signatures(ledger, [r for r in results if isinstance(r, ArticleDoc)])
        if progress:
            progress("analyse", done, total)

    if n_workers == 1:
        _init_worker(model, outlets)
        for batch in batches:
            store(_process_batch(batch))
    else:
        with ProcessPoolExecutor(
            n_workers, initializer=_init_pool_worker, initargs=(model, outlets)
        ) as pool:
            for results in pool.map(_process_batch, batches):
                store(results)
    return report


def _store_signatures(ledger: Ledger, docs: Sequence[ArticleDoc]) -> None:
    """What linking keeps per article: the MinHash signature and the article vector."""
    if not docs or not link_available():
        return
    from .link import signature
    from .link.incremental import article_vectors

    ledger.put_signatures({d.article.id: signature(d.article.text) for d in docs})
    ledger.put_vectors(article_vectors(docs))


def link(ledger: Ledger, progress: Progress | None = None, full: bool = False) -> LinkReport:
    """Link the stored articles: stories, copies, claim groups, origins.

    Incremental by default: once stories exist, new articles are matched to the
    stories they are close to, and only those stories are linked again; with
    ``full=True`` (or on the first run) the whole ledger is linked afresh.
    """
    if not link_available():
        return LinkReport(available=False)
    from .link import Linker
    from .link.incremental import article_vectors, merge_results, touched_stories
    from .link.reactions import answers

    ids = ledger.article_ids()
    prior = ledger.story_map()
    new = [a for a in ids if a not in prior]
    if progress:
        progress("link", 0, len(ids))
    linker = Linker()
    linker.warm_up()
    if prior and not new and not full:
        result = None  # nothing new: what the ledger holds stands
    elif prior and not full:
        stored = ledger.vectors()
        missing = [a for a in ids if a not in stored]
        if missing:
            fresh = article_vectors([d for d in map(ledger.get_article, missing) if d is not None])
            ledger.put_vectors(fresh)
            stored.update(fresh)
        new_docs = {a: d for a in new if (d := ledger.get_article(a)) is not None}
        reacting = {a for a, d in new_docs.items() if answers(d)}
        touched = touched_stories(
            {a: stored[a] for a in new if a in stored}, stored, prior, reacting
        )
        subset = set(new) | {a for a, s in prior.items() if s in touched}
        docs = [
            d for a in sorted(subset) if (d := new_docs.get(a) or ledger.get_article(a)) is not None
        ]
        relinked = linker.link(
            docs,
            prior_stories={a: prior[a] for a in subset if a in prior},
            signatures=ledger.signatures(),
        )
        kept = ledger.stories()
        graphs = {}
        for s in kept:
            g = ledger.story_graph(s.id)
            if g is not None:
                graphs[s.id] = (tuple(g["nodes"]), tuple(g["edges"]))
        result = merge_results(
            kept, ledger.copies(), ledger.claim_groups(), graphs, relinked, subset
        )
    else:
        docs = list(ledger.iter_docs())
        result = linker.link(docs, prior_stories=prior, signatures=ledger.signatures())
    if result is not None:
        graph_rows = {
            g.story: {"nodes": list(g.nodes), "edges": list(g.edges)} for g in result.graphs
        }
        ledger.put_link(result, {"link": getattr(linker, "version", "1")}, graph_rows)
    if progress:
        progress("link", len(ids), len(ids))
    groups = ledger.claim_groups()
    return LinkReport(
        articles=len(ids),
        stories=len(ledger.stories()),
        copies=len(ledger.copies()),
        claim_groups=len(groups),
        circular=sum(1 for g in groups if g.circular),
    )


def run(inputs: Iterable[str], ledger: Ledger, **kwargs: Any) -> tuple[AddReport, LinkReport]:
    progress = kwargs.get("progress")
    added = add(inputs, ledger, **kwargs)
    return added, link(ledger, progress=progress)
