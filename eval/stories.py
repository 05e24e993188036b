"""Score story linking on ECB+ (event level) and NewsWCL50.

ECB+: each topic folder pair ``Necb`` / ``Necbplus`` holds two different real
events of the same kind; gold story = folder. We link all documents at once
with ``newstrace.link.Linker`` and report B-cubed F1 and adjusted Rand index at
the event level (and, for reference, at the topic level). NewsWCL50: 10 events
x 5 outlets; gold story = event id.

    .venv/bin/python eval/stories.py [--data ../shared/data] [--sweep] [--extract]

``--extract`` first runs the per-article pipeline (sentences, attributions, claims
and their statuses) over every document, as ``newstrace add`` does, so that what
linking reads from the claims (a lone denial joining the story it answers,
``link/reactions.py``) takes part; it takes a few minutes.

Prints one line per corpus (one line only when a data folder is missing) and
writes the figures to eval/out/stories.json.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from sklearn.metrics import adjusted_rand_score

from newstrace.link import Linker
from newstrace.model import Article, ArticleDoc

_MONTHS = {
    m: i + 1
    for i, m in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    )
}
_MDY = re.compile(r"\b([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?\s*,\s*((?:19|20)\d\d)\b")
_DMY = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3})[a-z]*\.?,?\s+((?:19|20)\d\d)\b")
_NUM = re.compile(r"\b(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*((?:19|20)\d\d)\b")


def parse_loose_date(value: str | None) -> str | None:
    """An ISO date from a free-form 'posted on ...' string, None when unclear."""
    if not value:
        return None
    for rx, order in ((_MDY, "mdy"), (_DMY, "dmy"), (_NUM, "num")):
        m = rx.search(value)
        if not m:
            continue
        if order == "mdy":
            mon, day, year = _MONTHS.get(m.group(1).lower()), int(m.group(2)), int(m.group(3))
        elif order == "dmy":
            day, mon, year = int(m.group(1)), _MONTHS.get(m.group(2).lower()), int(m.group(3))
        else:
            mon, day, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if mon and 1 <= mon <= 12 and 1 <= day <= 31:
            return f"{year:04d}-{mon:02d}-{day:02d}"
    return None


def bcubed(pred: Sequence[object], gold: Sequence[object]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1."""
    pc, gc = Counter(pred), Counter(gold)
    both = Counter(zip(pred, gold, strict=True))
    n = len(pred)
    p = sum(both[(a, b)] / pc[a] for a, b in zip(pred, gold, strict=True)) / n
    r = sum(both[(a, b)] / gc[b] for a, b in zip(pred, gold, strict=True)) / n
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def load_ecbplus(root: Path) -> tuple[list[ArticleDoc], list[str]]:
    docs: list[ArticleDoc] = []
    gold: list[str] = []
    for folder in sorted(p for p in (root / "doc_texts").iterdir() if p.is_dir()):
        for f in sorted(folder.glob("*.json")):
            j = json.loads(f.read_text(encoding="utf-8"))
            if not isinstance(j, dict) or not j.get("text"):
                continue
            text = str(j["text"])
            art = Article(
                id=Article.make_id(
                    f.name + text
                ),  # ids by file: near-identical texts stay two docs
                text=text,
                title=str(j.get("title") or ""),
                outlet=f.stem,
                published=parse_loose_date(j.get("date_publish")),
            )
            docs.append(ArticleDoc(article=art))
            gold.append(folder.name)
    return docs, gold


def load_newswcl50(root: Path) -> tuple[list[ArticleDoc], list[str]]:
    tokens: dict[str, dict[int, list[str]]] = {}
    path = root / "cdcr_parsed" / "NewsWCL50.conll"
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) < 4:
            continue
        tokens.setdefault(cols[0], {}).setdefault(int(cols[1]), []).append(cols[3])
    docs: list[ArticleDoc] = []
    gold: list[str] = []
    for name in sorted(tokens):
        text = "\n".join(" ".join(toks) for _, toks in sorted(tokens[name].items()))
        doc_id = name.rsplit("/", 1)[-1]
        art = Article(id=Article.make_id(name + text), text=text, outlet=doc_id.split("_")[-1])
        docs.append(ArticleDoc(article=art))
        gold.append(doc_id.split("_")[0])
    return docs, gold


def extract(docs: Sequence[ArticleDoc]) -> list[ArticleDoc]:
    """The documents as ``newstrace add`` stores them: analysed, with claims."""
    from newstrace.api import build_pipeline

    pipeline = build_pipeline()
    pipeline.warm_up()
    t0 = time.perf_counter()
    out = pipeline.pipe_batch(list(docs))
    print(f"  extracted {len(out)} docs in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    return out


def score(docs: Sequence[ArticleDoc], gold: Sequence[str], linker: Linker) -> dict[str, float]:
    t0 = time.perf_counter()
    result = linker.link(docs)
    secs = time.perf_counter() - t0
    story_of = {a: s.id for s in result.stories for a in s.articles}
    pred = [story_of[d.article.id] for d in docs]
    p, r, f = bcubed(pred, gold)
    return {
        "bcubed_p": round(p, 4),
        "bcubed_r": round(r, 4),
        "bcubed_f1": round(f, 4),
        "ari": round(float(adjusted_rand_score(gold, pred)), 4),
        "stories": len(result.stories),
        "gold_stories": len(set(gold)),
        "docs": len(docs),
        "seconds": round(secs, 1),
    }


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default="../shared/data")
    ap.add_argument("--sweep", action="store_true", help="also sweep the story threshold")
    ap.add_argument(
        "--extract", action="store_true", help="run the per-article pipeline before linking"
    )
    args = ap.parse_args(argv)
    data = Path(args.data)
    ecb, wcl = data / "ecbplus", data / "newswcl50"
    if not (ecb / "doc_texts").is_dir() and not (wcl / "cdcr_parsed").is_dir():
        print(f"stories: no ECB+ or NewsWCL50 data under {data}; nothing scored")
        return 0
    linker = Linker()
    linker.warm_up()
    out: dict[str, object] = {"threshold": linker.params.threshold}
    if (ecb / "doc_texts").is_dir():
        docs, gold = load_ecbplus(ecb)
        if args.extract:
            docs = extract(docs)
        res = score(docs, gold, linker)
        topics = [re.match(r"\d+", g).group() if re.match(r"\d+", g) else g for g in gold]  # type: ignore[union-attr]
        story_pred = {a: s.id for s in linker.link(docs).stories for a in s.articles}
        res["topic_bcubed_f1"] = round(
            bcubed([story_pred[d.article.id] for d in docs], topics)[2], 4
        )
        out["ecbplus"] = res
        print(
            f"ECB+ event level: B-cubed F1 {res['bcubed_f1']:.4f} (P {res['bcubed_p']:.4f} R {res['bcubed_r']:.4f}), "
            f"ARI {res['ari']:.4f}; {res['stories']} stories for {res['gold_stories']} gold events, "
            f"{res['docs']} docs, {res['seconds']} s"
        )
        if args.sweep:
            sweep = {}
            for t in [0.08, 0.10, 0.12, 0.14, 0.16]:
                r = score(docs, gold, Linker(story_threshold=t))
                sweep[t] = r
                print(
                    f"  threshold {t:.2f}: F1 {r['bcubed_f1']:.4f} ARI {r['ari']:.4f} stories {r['stories']}"
                )
            out["ecbplus_sweep"] = sweep
    else:
        print(f"ECB+: no data under {ecb}; skipped")
    if (wcl / "cdcr_parsed").is_dir():
        docs, gold = load_newswcl50(wcl)
        if args.extract:
            docs = extract(docs)
        res = score(docs, gold, linker)
        out["newswcl50"] = res
        print(
            f"NewsWCL50: B-cubed F1 {res['bcubed_f1']:.4f}, ARI {res['ari']:.4f}; "
            f"{res['stories']} stories for {res['gold_stories']} gold events, {res['docs']} docs"
        )
    else:
        print(f"NewsWCL50: no data under {wcl}; skipped")
    target = Path("eval/out")
    target.mkdir(parents=True, exist_ok=True)
    (target / "stories.json").write_text(
        json.dumps(out, indent=2, sort_keys=True), encoding="utf-8"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
