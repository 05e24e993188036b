"""Opinion figures for the shipped model.

1. Cross-validation figures from training (models/opinion.json): macro-F1 with
   the sentences grouped by topic (trained on some topics, scored on others) and
   plain 5-fold CV;
2. macro-F1 on news sentences written for this check (SENTENCES below, our own
   invented text, never seen in training), and the loaded words found in them;
3. the writer/quoted split on a small invented article.

    .venv/bin/python eval/opinion.py
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# 1 = the writer's opinion (or opinionated framing), 0 = reported fact.
SENTENCES: list[tuple[str, int]] = [
    ("The council's reckless spending spree has left Orlin drowning in debt.", 1),
    ("This shameful cover-up shows the ministry cannot be trusted.", 1),
    ("Once again the mayor has put his cronies ahead of ordinary families.", 1),
    ("The so-called reform is nothing more than a cynical land grab.", 1),
    ("Voters deserve far better than this parade of broken promises.", 1),
    ("The plan is a disaster waiting to happen, and everyone knows it.", 1),
    ("It is absurd that the port still has no proper safety inspections.", 1),
    ("The governor's arrogant dismissal of the protesters was breathtaking.", 1),
    ("Sadly, the opposition has chosen fear-mongering over facts.", 1),
    ("The radical proposal would wreck the region's fragile economy.", 1),
    ("Ordinary workers are once again paying for the elite's greed.", 1),
    ("The ferry company's pathetic excuses insult every stranded passenger.", 1),
    ("Lawmakers must stop this madness before it is too late.", 1),
    ("The brazen power grab should alarm anyone who cares about democracy.", 1),
    ("The council voted 7 to 2 on Tuesday to close the library on Sundays.", 0),
    ("The ferry service between Ostra and Velm resumed on March 3.", 0),
    ("The bill passed the lower house with 212 votes and now goes to the senate.", 0),
    ("Police said two men were arrested near the harbour on Friday night.", 0),
    ("The company reported revenue of 4.2 million euros for the quarter.", 0),
    ("The hearing has been postponed until next month.", 0),
    ("Schools in the district will reopen on Monday after the storm.", 0),
    ("The mayor announced a review of the city's bus routes.", 0),
    ("About 3,000 people attended the rally in the central square.", 0),
    ("The minister is expected to visit the flooded villages on Thursday.", 0),
    ("The court will hear the appeal in January.", 0),
    ("Officials said the bridge would stay closed for repairs.", 0),
    ("The report was published by the statistics office on Wednesday.", 0),
    ("Turnout in the local elections was 48 percent.", 0),
    # short sentences, rarer in the training data
    ("The mayor resigned.", 0),
    ("Police arrested two men.", 0),
    ("The ministry declined to comment.", 0),
    ("The ferry left at noon.", 0),
    ("What a disgrace.", 1),
    ("This is a shameful lie.", 1),
]

ARTICLE = (
    "The council approved the new harbour fees on Tuesday. "
    '"This is a greedy, shameless raid on fishermen," said Ilse Brandt, who leads the fishing guild. '
    "The council's arrogant refusal to listen is a disgrace."
)


def macro_f1(gold: list[int], pred: list[int]) -> float:
    f1s = []
    for c in (0, 1):
        tp = sum(1 for g, p in zip(gold, pred, strict=True) if g == c and p == c)
        fp = sum(1 for g, p in zip(gold, pred, strict=True) if g != c and p == c)
        fn = sum(1 for g, p in zip(gold, pred, strict=True) if g == c and p != c)
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(f1s) / 2


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args(argv)
    from newstrace.extract.opinion import OpinionModel

    model = OpinionModel()
    model.warm_up()
    note_path = ROOT / "src" / "newstrace" / "models" / "opinion.json"
    metrics = json.loads(note_path.read_text())["metrics"] if note_path.exists() else {}
    texts = [t for t, _ in SENTENCES]
    gold = [y for _, y in SENTENCES]
    scores = model.score(texts)
    pred = [1 if s >= model.threshold else 0 for s in scores]
    own = macro_f1(gold, pred)
    if args.verbose:
        for t, g, s in zip(texts, gold, scores, strict=True):
            words = [w.text for w in model.loaded_words(t)]
            print(f"{g} {s:.2f} {words} {t}", file=sys.stderr)
    with_loaded = sum(1 for t, g in SENTENCES if g and model.loaded_words(t))
    holders = "skipped"
    try:
        from newstrace.analyse.nlp import SpacyAnalyser
        from newstrace.extract.attribution import extract_attributions
        from newstrace.extract.claims import ClaimStage
        from newstrace.model import Article, ArticleDoc

        article = Article(Article.make_id(ARTICLE), ARTICLE)
        analysis = SpacyAnalyser().analyse(ARTICLE)
        doc = ArticleDoc(article, analysis, extract_attributions(article, analysis))
        holders = ", ".join(f"{o.holder}" for o in ClaimStage()(doc).opinions)
    except Exception as exc:  # a missing language model should not hide the figures
        holders = f"not run ({exc.__class__.__name__})"
    print(
        "opinion: macro-F1 grouped-by-topic CV "
        f"{metrics.get('macro_f1_grouped_by_topic_cv', float('nan')):.4f}, 5-fold CV "
        f"{metrics.get('macro_f1_5fold_cv', float('nan')):.4f} (BABE, from training); "
        f"own news-style sentences macro-F1 {own:.4f} (n={len(gold)}), loaded words found in "
        f"{with_loaded}/{sum(gold)} opinion sentences; holders in the sample article: {holders}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
