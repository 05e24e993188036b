"""Time the claims stage against spaCy on the same texts and print the ratio.

The texts are invented news paragraphs built from templates (no corpus text), or
the .txt files of --dir. spaCy time is ``SpacyAnalyser.analyse_many``; the claims
time is ``ClaimStage`` (check-worthiness, quantities, status, opinion) over the
analysed documents, with the attributions extracted beforehand (they belong to the
attribution stage and are not counted). Models are warmed up before timing.

    .venv/bin/python bench/claims_speed.py [--n 200] [--dir FOLDER]
"""

from __future__ import annotations

import argparse
import random
import time
from pathlib import Path

SUBJECTS = ["The ministry", "Mayor Ilse Brandt", "The port authority", "Officials in Orlin",
            "The Velmoran navy", "A local charity", "The opposition party", "Police"]  # fmt: skip
VERBS = ["said", "claimed", "denied", "confirmed", "reported", "declined to comment on whether"]
FACTS = [
    "the harbour handled $3.4 billion of cargo last year, up 12 percent",
    "as many as 2,000 frontline troops had been moved north during the 11-month standoff",
    "more than 40 people were rescued after the ferry ran aground near Ostra",
    "unemployment fell to 5.1 percent, the lowest since 2008",
    "the bridge would stay closed for at least two weeks",
    "thousands of residents had left the flooded villages",
]
OPINIONS = [
    "The council's reckless handling of the crisis is a disgrace.",
    "It is absurd that nobody has been held to account.",
    "The plan may prove to be a costly mistake.",
]


def make_texts(n: int, seed: int = 0) -> list[str]:
    rng = random.Random(seed)
    texts = []
    for _ in range(n):
        parts = []
        for _ in range(rng.randint(6, 14)):
            if rng.random() < 0.2:
                parts.append(rng.choice(OPINIONS))
            else:
                parts.append(
                    f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} that {rng.choice(FACTS)}."
                )
        texts.append(" ".join(parts))
    return texts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--dir", type=Path, default=None)
    args = ap.parse_args(argv)
    from newstrace.analyse.nlp import SpacyAnalyser
    from newstrace.extract.attribution import extract_attributions
    from newstrace.extract.claims import ClaimStage
    from newstrace.model import Article, ArticleDoc

    if args.dir is not None:
        texts = [p.read_text(encoding="utf-8") for p in sorted(args.dir.glob("*.txt"))][: args.n]
    else:
        texts = make_texts(args.n)
    if not texts:
        print(f"no texts to time under {args.dir}")
        return 0
    analyser = SpacyAnalyser()
    analyser.warm_up()
    stage = ClaimStage()
    stage.warm_up()
    analyser.analyse_many(texts[:5])  # warm caches
    t0 = time.perf_counter()
    analyses = analyser.analyse_many(texts)
    t_spacy = time.perf_counter() - t0
    docs = []
    for text, analysis in zip(texts, analyses, strict=True):
        article = Article(Article.make_id(text), text)
        docs.append(ArticleDoc(article, analysis, extract_attributions(article, analysis)))
    stage(docs[0])
    t0 = time.perf_counter()
    n_claims = sum(len(stage(d).claims) for d in docs)
    t_claims = time.perf_counter() - t0
    chars = sum(len(t) for t in texts)
    print(
        f"{len(texts)} texts, {chars} chars: spaCy {t_spacy:.2f}s, claims stage {t_claims:.2f}s "
        f"({n_claims} claims); claims/spaCy ratio {t_claims / t_spacy:.3f}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
