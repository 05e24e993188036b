"""How much time attribution adds to spaCy's on the same texts.

    nice .venv/bin/python bench/attribution_speed.py [--data ../shared/data/polnear]
        [--split dev] [--limit 84] [--repeat 3]

Times ``SpacyAnalyser.analyse_many`` on the texts, then ``extract_attributions``
(with the shipped cue model, warmed up) on the resulting analyses, and prints
both and their ratio. The budget is 25% (ratio <= 0.25). Uses PolNeAR texts
when present, else a generated fictional corpus.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from newstrace.analyse import SpacyAnalyser
from newstrace.extract.attribution import extract_attributions
from newstrace.extract.attribution.tagger import load_cue_model
from newstrace.model import Article

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "polnear"

_FICTION = (
    "Mayor Lena Orvik said the ferry to Port Hallow would resume on Friday. "
    "“We have waited long enough,” she told the Valley Courier. "
    "According to the Orland Gazette, the Telegram channel Grey Falcon claims that "
    "the governor has fled. Officials familiar with the talks said no deal was close. "
    "The ministry denied the report in a statement.\n\n"
)


def texts_for(data: Path, split: str, limit: int) -> tuple[list[str], str]:
    """Texts to time: PolNeAR's split when present, else generated fiction."""
    folder = data / split / "text"
    if folder.is_dir():
        paths = sorted(folder.glob("*.txt"))[:limit]
        return [p.read_text(encoding="utf-8") for p in paths], f"PolNeAR {split}"
    return [_FICTION * (5 + i % 10) for i in range(limit)], "generated fiction"


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--split", default="dev")
    ap.add_argument("--limit", type=int, default=84)
    ap.add_argument("--repeat", type=int, default=3, help="extraction runs (best is kept)")
    args = ap.parse_args(argv)
    texts, what = texts_for(args.data, args.split, args.limit)
    analyser = SpacyAnalyser()
    analyser.warm_up()
    model = load_cue_model(True)
    t0 = time.perf_counter()
    analyses = analyser.analyse_many(texts)
    spacy_s = time.perf_counter() - t0
    articles = [Article(id=Article.make_id(t), text=t, outlet="Bench") for t in texts]
    best = float("inf")
    count = 0
    for _ in range(max(1, args.repeat)):
        t0 = time.perf_counter()
        count = sum(
            len(extract_attributions(a, an, model))
            for a, an in zip(articles, analyses, strict=True)
        )
        best = min(best, time.perf_counter() - t0)
    chars = sum(len(t) for t in texts)
    print(
        f"{what}: {len(texts)} texts, {chars / 1000:.0f} k chars, {count} attributions\n"
        f"spaCy analyse_many {spacy_s:.2f}s | attribution {best:.2f}s | "
        f"ratio {best / spacy_s:.3f} (budget 0.25)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
