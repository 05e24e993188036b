"""Incremental linking against a full relink, on the synthetic corpus of bench/link_scale.py.

    python bench/link_incremental.py [--n 10000] [--new 100]

Links n articles, then adds `new` more (drawn from the same generator, so most join
existing events) and times (a) a full relink of all n + new articles and (b) the
incremental path `newstrace link` takes: match the new articles to stored article
vectors, relink only the stories they touch, merge. Prints both times, the size of
the relinked subset, and whether both give the same story partition.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from link_scale import _bcubed_f1, make_corpus

from newstrace.link import Linker
from newstrace.link.incremental import article_vectors, merge_results, touched_stories
from newstrace.model import Article, ArticleDoc, Story


def main() -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--n", type=int, default=10_000)
    ap.add_argument("--new", type=int, default=100)
    args = ap.parse_args()
    rows = make_corpus(args.n + args.new, seed=7)
    docs = [
        ArticleDoc(
            Article(
                Article.make_id(r["text"]),
                r["text"],
                r["title"],
                r["outlet"],
                published=r["published"],
            )
        )
        for r in rows
    ]
    old, new = docs[: args.n], docs[args.n :]
    linker = Linker(graphs=False)
    linker.warm_up()
    base = linker.link(old)
    story_of = {a: s.id for s in base.stories for a in s.articles}
    stored = article_vectors(old)  # kept in the ledger when the articles were added

    t0 = time.perf_counter()
    full = linker.link(docs, prior_stories=story_of)
    t_full = time.perf_counter() - t0

    t0 = time.perf_counter()
    fresh = article_vectors(new)  # computed when the new articles are added
    touched = touched_stories(fresh, {**stored, **fresh}, story_of)
    subset = {d.article.id for d in new} | {a for a, s in story_of.items() if s in touched}
    part = [d for d in docs if d.article.id in subset]
    relinked = linker.link(part, prior_stories={a: story_of[a] for a in subset if a in story_of})
    merged = merge_results(base.stories, base.copies, base.claim_groups, {}, relinked, subset)
    t_inc = time.perf_counter() - t0

    gold = [r["event"] for r in rows]

    def f1(stories: tuple[Story, ...]) -> float:
        of = {a: s.id for s in stories for a in s.articles}
        return _bcubed_f1([of[d.article.id] for d in docs], gold)

    print(
        f"{args.n} stored articles + {args.new} new: full relink {t_full:.2f} s, "
        f"incremental {t_inc:.2f} s (relinked {len(part)} articles in {len(touched)} touched stories); "
        f"B-cubed F1 against the generator's events: full {f1(full.stories):.4f}, "
        f"incremental {f1(merged.stories):.4f}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
