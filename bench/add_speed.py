"""Time `newstrace add` against spaCy alone on the same texts, in the same run.

    python bench/add_speed.py [--corpus ecbplus|examples] [--n 300] [--workers 1]

Prints articles/s and words/s for spaCy alone (nlp.pipe), for each of our stages
on top of it, and for the whole `add` (ingest + analyse + extract + ledger), and
the ratios. The ECB+ texts are read from ../shared/data (never copied into the
repository); without them the fictional examples are used, repeated.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from newstrace import api
from newstrace.analyse.nlp import MODEL_NAMES
from newstrace.model import Article, ArticleDoc
from newstrace.store import SQLiteLedger

ROOT = Path(__file__).resolve().parents[1]


def load_texts(corpus: str, n: int, data: Path) -> list[str]:
    if corpus == "ecbplus":
        folder = data / "ecbplus" / "doc_texts"
        if not folder.is_dir():
            print(f"{folder} is missing: using the fictional examples instead", file=sys.stderr)
        else:
            import json

            files = sorted(folder.glob("*/*.json"))  # <topic>/<doc>.json: {"title", "text"}
            texts = []
            for p in files[:n]:
                doc = json.loads(p.read_text(encoding="utf-8"))
                texts.append(f"{doc.get('title', '')}\n\n{doc.get('text', '')}".strip())
            return [t for t in texts if t.strip()]
    from newstrace.ingest import Accepted, read_inputs

    base = [
        r.article.text for r in read_inputs([str(ROOT / "examples")]) if isinstance(r, Accepted)
    ]
    return [f"{base[i % len(base)]}\n(copy {i})" for i in range(n)]


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--corpus", choices=["ecbplus", "examples"], default="ecbplus")
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    args = ap.parse_args()
    texts = load_texts(args.corpus, args.n, args.data)
    words = sum(len(t.split()) for t in texts)
    print(f"corpus: {args.corpus}, {len(texts)} articles, {words} words")

    # The baseline is the plain model as spaCy ships it (no entity ruler, no line breaks).
    import spacy

    plain = None
    for name in MODEL_NAMES:
        try:
            plain = spacy.load(name)
            break
        except OSError:
            continue
    assert plain is not None, "no spaCy model installed"
    list(plain.pipe(texts[:5]))  # warm caches
    t0 = time.perf_counter()
    list(plain.pipe(texts, batch_size=32))
    t_spacy_raw = time.perf_counter() - t0

    pipeline = api.build_pipeline()
    pipeline.warm_up()
    docs = [ArticleDoc(Article(Article.make_id(t), t)) for t in texts]
    timings: dict[str, float] = {}
    for stage in pipeline.stages:
        piper = getattr(stage, "pipe", None)
        t0 = time.perf_counter()
        docs = list(piper(docs)) if callable(piper) else [stage(d) for d in docs]
        timings[stage.name] = time.perf_counter() - t0

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        folder.mkdir()
        for i, t in enumerate(texts):
            (folder / f"{i:05d}.txt").write_text(t, encoding="utf-8")
        ledger = SQLiteLedger(Path(tmp) / "bench.db")
        t0 = time.perf_counter()
        report = api.add([str(folder)], ledger, workers=args.workers)
        t_add = time.perf_counter() - t0
        ledger.close()

    def row(name: str, secs: float) -> None:
        print(
            f"{name:<34} {secs:8.2f} s  {len(texts) / secs:8.1f} articles/s  {words / secs:9.0f} words/s  x{secs / t_spacy_raw:5.2f} of spaCy"
        )

    print(f"{'step':<34} {'time':>10}  {'rate':>19}  {'words':>15}  ratio")
    row("spaCy alone (plain model, nlp.pipe)", t_spacy_raw)
    for name, secs in timings.items():
        row(f"stage {name}", secs)
    extra = sum(v for k, v in timings.items() if k != "analyse")
    print(f"extraction stages add {100 * extra / t_spacy_raw:.1f}% to spaCy's time")
    for name, secs in timings.items():
        if name != "analyse":
            print(f"  {name}: +{100 * secs / t_spacy_raw:.1f}%")
    row(f"newstrace add (workers={args.workers})", t_add)
    print(f"added {report.added} articles; rejected {len(report.rejected)}")


if __name__ == "__main__":
    main()
