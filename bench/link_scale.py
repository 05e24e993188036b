"""Time Linker.link on synthetic corpora of 1k / 10k / 100k articles; print seconds and peak memory.

The corpus is generated here from invented vocabulary (no data is read or
copied): events of a few kinds (flood, fire, election, strike, arrest, quake)
in invented places with invented people and figures; each event gets a handful
to a few dozen articles from invented outlets, some of them wire copies
(near-identical) or rewrites (same sentences reordered and reworded).

    nice .venv/bin/python bench/link_scale.py [--sizes 1000 10000 100000] [--seed 0]

Each size runs in a fresh subprocess so peak memory (ru_maxrss) is per size.
Results go to bench/out/link_scale.json.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import resource
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

SYLLABLES = [
    "ka",
    "lo",
    "ve",
    "ri",
    "ost",
    "mar",
    "dun",
    "bel",
    "sor",
    "tan",
    "vik",
    "hal",
    "ne",
    "por",
    "gar",
    "lin",
    "esk",
    "tor",
    "wen",
    "ald",
]
KINDS = {
    "flood": [
        "The river {river} burst its banks near {place} on {day}.",
        "Some {n1} homes in {place} were flooded, {person} said.",
        "Rescue teams from {place2} arrived by boat.",
        "Forecasters expect more rain in {region} on {day2}.",
        "{person}, the {role} of {place}, asked for {n2} extra pumps.",
    ],
    "fire": [
        "A fire destroyed a warehouse in {place} on {day}.",
        "Firefighters from {place2} fought the blaze for {n1} hours.",
        "{person}, the {role}, said nobody was hurt.",
        "The damage was put at {n2} thousand crowns.",
        "Police in {region} are looking into the cause.",
    ],
    "election": [
        "{person} won the mayoral election in {place} on {day}.",
        "Turnout in {place} was {n1} percent, officials in {region} said.",
        "{person2} conceded defeat and congratulated the winner.",
        "The new council of {place} meets on {day2}.",
        "{person} promised {n2} new homes for {place}.",
    ],
    "strike": [
        "Dock workers in {place} went on strike on {day}.",
        "About {n1} workers joined the walkout, the union leader {person} said.",
        "Ships waited outside the port of {place} for {n2} hours.",
        "The port authority of {region} called for talks on {day2}.",
        "{person2}, the {role}, said wages would be reviewed.",
    ],
    "arrest": [
        "Police in {place} arrested {person} on {day}.",
        "{person} is accused of stealing {n1} thousand crowns from a bank in {region}.",
        "A court in {place2} will hear the case on {day2}.",
        "The lawyer {person2} said the charges were false.",
        "Officers searched {n2} houses in {place}.",
    ],
    "quake": [
        "A magnitude {mag} earthquake struck {place} on {day}.",
        "At least {n1} people died in {place} and {place2}, {person} said.",
        "The {role} of {region} sent {n2} soldiers to help.",
        "Aftershocks shook {place} until {day2}.",
        "Schools in {place} will stay closed.",
    ],
}
FILLER = [
    "Residents of {place} gathered in the main square.",
    "Shops in {place} closed early.",
    "The story is developing.",
    "More details from {region} are expected later.",
    "Photographs from {place} showed long queues.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ROLES = ["mayor", "governor", "minister", "spokesman", "chief", "commander", "director"]


def name(rng: random.Random, parts: int = 2) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(parts)).capitalize()


def make_corpus(n: int, seed: int = 0) -> list[dict[str, str]]:
    rng = random.Random(seed)
    outlets = [
        f"{name(rng)} {rng.choice(['Post', 'Herald', 'Times', 'Wire', 'Courier'])}"
        for _ in range(300)
    ]
    rows: list[dict[str, str]] = []
    event = 0
    while len(rows) < n:
        event += 1
        kind = rng.choice(sorted(KINDS))
        slots = {
            "place": name(rng, 3),
            "place2": name(rng, 3),
            "region": name(rng, 2) + "ia",
            "river": name(rng, 2),
            "person": f"{name(rng)} {name(rng, 3)}",
            "person2": f"{name(rng)} {name(rng, 3)}",
            "role": rng.choice(ROLES),
            "day": rng.choice(DAYS),
            "day2": rng.choice(DAYS),
            "n1": str(rng.randint(2, 900)),
            "n2": str(rng.randint(2, 90)),
            "mag": f"{rng.uniform(4, 8):.1f}",
        }
        sentences = [t.format(**slots) for t in KINDS[kind]]
        start = rng.randint(0, 3000)
        size = max(1, min(60, int(rng.paretovariate(1.3))))
        first = ""
        for k in range(size):
            if len(rows) >= n:
                break
            roll = rng.random()
            if k and roll < 0.15:  # wire copy: same text, one line added
                text = first + " " + rng.choice(FILLER).format(**slots)
            elif k and roll < 0.25:  # rewrite: reordered, a figure changed
                body = sentences[:]
                rng.shuffle(body)
                body[0] = body[0].replace(slots["n1"], str(int(slots["n1"]) + rng.randint(1, 50)))
                text = " ".join(body)
            else:
                body = rng.sample(sentences, rng.randint(3, 5)) + [
                    f.format(**slots) for f in rng.sample(FILLER, 2)
                ]
                text = " ".join(body)
            if not first:
                first = text
            day = start + rng.randint(0, 4)
            rows.append(
                {
                    "text": text + f" ({len(rows)})",
                    "outlet": rng.choice(outlets),
                    "published": time.strftime("%Y-%m-%d", time.gmtime(1.7e9 + day * 86400)),
                    "title": sentences[0][:80] if rng.random() < 0.5 else "",
                    "event": str(event),
                }
            )
    return rows


def run_one(n: int, seed: int) -> dict[str, float]:
    from newstrace.link import Linker
    from newstrace.model import Article, ArticleDoc

    rows = make_corpus(n, seed)
    docs = [
        ArticleDoc(
            article=Article(
                id=Article.make_id(r["text"]),
                text=r["text"],
                title=r["title"],
                outlet=r["outlet"],
                published=r["published"],
            )
        )
        for r in rows
    ]
    linker = Linker(graphs=False)
    linker.warm_up()
    t0 = time.perf_counter()
    result = linker.link(docs)
    secs = time.perf_counter() - t0
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    story_of = {a: s.id for s in result.stories for a in s.articles}
    pred = [story_of[d.article.id] for d in docs]
    f1 = _bcubed_f1(pred, [r["event"] for r in rows])
    return {
        "articles": n,
        "seconds": round(secs, 2),
        "peak_mib": round(peak_mib, 1),
        "stories": len(result.stories),
        "events": len({r["event"] for r in rows}),
        "copies": len(result.copies),
        "bcubed_f1": round(f1, 4),
    }


def _bcubed_f1(pred: Sequence[str], gold: Sequence[str]) -> float:
    pc, gc = Counter(pred), Counter(gold)
    both = Counter(zip(pred, gold, strict=True))
    p = sum(both[k] / pc[k[0]] for k in zip(pred, gold, strict=True)) / len(pred)
    r = sum(both[k] / gc[k[1]] for k in zip(pred, gold, strict=True)) / len(pred)
    return 2 * p * r / (p + r) if p + r else 0.0


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.one:
        print(json.dumps(run_one(args.one, args.seed)))
        return 0
    results = []
    for n in args.sizes:
        proc = subprocess.run(
            [sys.executable, __file__, "--one", str(n), "--seed", str(args.seed)],
            capture_output=True,
            text=True,
            check=False,
        )
        if proc.returncode != 0:
            print(f"{n:>7} articles: failed: {proc.stderr.strip().splitlines()[-1:]}")
            continue
        r = json.loads(proc.stdout.strip().splitlines()[-1])
        results.append(r)
        base = results[0]
        ratio = ""
        if r is not base:
            nlogn = (r["articles"] * math.log(r["articles"])) / (
                base["articles"] * math.log(base["articles"])
            )
            sq = (r["articles"] / base["articles"]) ** 2
            ratio = f"; x{r['seconds'] / max(base['seconds'], 1e-9):.1f} time vs x{nlogn:.1f} for n log n, x{sq:.0f} for n^2"
        print(
            f"{r['articles']:>7} articles: {r['seconds']:8.1f} s, peak {r['peak_mib']:.0f} MiB, "
            f"{r['stories']} stories for {r['events']} events (B-cubed F1 {r['bcubed_f1']:.3f}), "
            f"{r['copies']} copies{ratio}",
            flush=True,
        )
    out = Path("bench/out")
    out.mkdir(parents=True, exist_ok=True)
    (out / "link_scale.json").write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
