"""Reporting-status accuracy on Emergent headlines (../shared/data/emergent, train split).

Each article headline is parsed, its attributions extracted, and its status
decided; the status is mapped to the headline's stance on the claim:
confirmed/attributed/unattributed -> for, denied -> against,
alleged/rumour/speculative/no_comment -> observing (opinion, which the harness
never assigns to a headline, would count as for). The status is all rules: no
model is fitted to Emergent, but the headline conventions and debunking idioms in
``extract/cues.py`` and ``extract/headline.py`` were written while reading this
split's errors, so this figure is a development figure; the test split is held out
and measured independently. Each new cue was also checked for false hits on news
body text (PolNeAR) and pinned by tests on sentences we wrote. The confusion matrix
and status counts go to stderr; results are cached in eval/out/.

    .venv/bin/python eval/status.py [--data DIR] [--limit N]
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "eval" / "out"

STANCE = {
    "confirmed": "for",
    "attributed": "for",
    "unattributed": "for",
    "opinion": "for",
    "denied": "against",
    "alleged": "observing",
    "rumour": "observing",
    "speculative": "observing",
    "no_comment": "observing",
}


def load_emergent(data: Path) -> list[dict[str, str]]:
    path = data / "emergent" / "url-versions-2015-06-14-clean-train.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        return [r for r in csv.DictReader(fh) if r.get("articleHeadline", "").strip()]


def headline_statuses(headlines: list[str]) -> list[tuple[str, tuple[str, ...]]]:
    """(status, cues) per headline, cached under eval/out/ (parsing is the slow part)."""
    import hashlib

    import newstrace
    from newstrace.extract.classify import status_of_texts

    OUT.mkdir(parents=True, exist_ok=True)
    # the cache is only good for the code (and shipped models) that filled it: every
    # module of extract/ and analyse/ takes part in a headline's status
    pkg = Path(newstrace.__file__).parent
    parts = sorted(
        [*pkg.glob("extract/**/*.py"), *pkg.glob("analyse/**/*.py"), *pkg.glob("models/*")]
    )
    code = b"".join(p.read_bytes() for p in parts if p.is_file())
    cache = OUT / f"status_emergent_{hashlib.sha256(code).hexdigest()[:12]}.jsonl"
    done: dict[str, tuple[str, tuple[str, ...]]] = {}
    if cache.exists():
        for line in cache.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            done[rec["text"]] = (rec["status"], tuple(rec["cues"]))
    todo = [h for h in dict.fromkeys(headlines) if h not in done]
    if todo:
        with cache.open("a", encoding="utf-8") as fh:
            for h, (status, cues) in zip(todo, status_of_texts(todo), strict=True):
                done[h] = (status, cues)
                fh.write(json.dumps({"text": h, "status": status, "cues": list(cues)}) + "\n")
    return [done[h] for h in headlines]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args(argv)
    if not (args.data / "emergent").is_dir():
        print(f"emergent data not found under {args.data}; nothing to evaluate")
        return 0
    rows = load_emergent(args.data)
    if args.limit:
        rows = rows[: args.limit]
    heads = [r["articleHeadline"].strip() for r in rows]
    gold = [r["articleHeadlineStance"] for r in rows]
    statuses = headline_statuses(heads)
    pred = [STANCE[s] for s, _ in statuses]
    acc = sum(p == g for p, g in zip(pred, gold, strict=True)) / len(gold)
    conf = Counter(zip(gold, pred, strict=True))
    print(
        f"Emergent train headlines: {len(gold)}; rule status -> stance accuracy {acc:.4f}",
    )
    print(
        "gold\\pred " + " ".join(f"{p:>10}" for p in ("for", "against", "observing")),
        file=sys.stderr,
    )
    for g in ("for", "against", "observing"):
        print(
            f"{g:>9} " + " ".join(f"{conf[(g, p)]:>10}" for p in ("for", "against", "observing")),
            file=sys.stderr,
        )
    print("status counts: " + json.dumps(Counter(s for s, _ in statuses)), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
