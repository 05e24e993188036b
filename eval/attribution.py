"""Score newstrace's attribution extraction against PolNeAR gold annotations.

    .venv/bin/python eval/attribution.py --split dev [--data ../shared/data/polnear]
        [--no-model] [--limit N] [--errors FILE] [--spans FILE]
    .venv/bin/python eval/attribution.py --split train --agreement

For each span type (source, cue, content) it prints exact-match precision,
recall and F1 and token-overlap F1, and the F1 of full relations (source, cue
and content all exact). Spans are compared as sets of word positions (runs of
letters and digits), so surrounding punctuation and quote marks do not count;
``strict`` columns compare raw character offsets instead. A discontinuous gold
span is compared with the parts of ours (``content_parts``). When several
annotators did an article the first annotation file is the gold. PolNeAR is
univocal (a token has one role), so a report nested inside another's content is
never annotated there; reports nested inside a quotation (whose cue stands
inside quote marks, or cue-less ones held by a quoting report) are left out of
the score unless ``--nested`` is given. spaCy parses
are cached under eval/out/. Prints one line and exits 0 when the data is absent.

``--spans FILE`` writes one tab-separated line per gold source or content that our
best-matching relation gets wrong at its edges (kind, article, edge class such as
"L+2 R-5", gold text, our text, gold cue, our cue), for error analysis; it holds
corpus text, so keep it under eval/out/ (git-ignored).

``--agreement`` scores PolNeAR's annotators against each other with the same
measure, on the articles several of them annotated (16 in train, 2 in dev): the
ceiling that matching a single annotator's gold allows.
"""

from __future__ import annotations

import argparse
import bisect
import json
import re
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from newstrace.extract.attribution import extract_attributions
from newstrace.extract.attribution.corpus import (
    GoldDoc,
    GoldSpan,
    parse_ann,
    parse_cached,
    read_split,
)
from newstrace.extract.attribution.quotes import find_quotes
from newstrace.extract.attribution.tagger import load_cue_model
from newstrace.model import Analysis, Article, Attribution

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "polnear"
CACHE = ROOT / "eval" / "out"
_WORD = re.compile(r"\w+")
TYPES = ("source", "cue", "content")

Parts = tuple[tuple[int, int], ...]


def words(text: str, parts: Iterable[tuple[int, int]]) -> frozenset[int]:
    """Start offsets of the words inside the character ranges ``parts``."""
    out: set[int] = set()
    for s, e in parts:
        out.update(m.start() for m in _WORD.finditer(text, s, e))
    return frozenset(out)


def strict(parts: Iterable[tuple[int, int]], text: str) -> Parts:
    """Character ranges with white space trimmed, as a hashable key."""
    out = []
    for s, e in parts:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            out.append((s, e))
    return tuple(out)


@dataclass
class Counts:
    """Tallies for one span type."""

    tp: int = 0
    pred: int = 0
    gold: int = 0
    strict_tp: int = 0
    tok_tp: int = 0
    tok_pred: int = 0
    tok_gold: int = 0

    def prf(self, tp: int, pred: int, gold: int) -> tuple[float, float, float]:
        p = tp / pred if pred else 0.0
        r = tp / gold if gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass
class Scores:
    types: dict[str, Counts] = field(default_factory=lambda: {t: Counts() for t in TYPES})
    rel_tp: int = 0
    rel_pred: int = 0
    rel_gold: int = 0
    docs: int = 0


def pred_parts(attr: Attribution, kind: str) -> Parts | None:
    """The character ranges of one role of a predicted attribution."""
    if kind == "source":
        if attr.source is None or attr.source.span is None:
            return None
        return ((attr.source.span.start, attr.source.span.end),)
    if kind == "cue":
        return ((attr.cue.start, attr.cue.end),) if attr.cue else None
    if attr.content_parts:
        return tuple((p.start, p.end) for p in attr.content_parts)
    return ((attr.content.start, attr.content.end),)


def gold_parts(span: GoldSpan | None) -> Parts | None:
    return span.parts if span is not None else None


Triple = tuple[Parts | None, Parts | None, Parts | None]  # source, cue, content


def attr_triples(attrs: Sequence[Attribution]) -> list[Triple]:
    return [
        (pred_parts(a, "source"), pred_parts(a, "cue"), pred_parts(a, "content")) for a in attrs
    ]


def gold_triples(doc: GoldDoc) -> list[Triple]:
    return [
        (gold_parts(r.source), gold_parts(r.cue), gold_parts(r.content))
        for r in doc.relations
        if r.content is not None
    ]


def score_doc(doc: GoldDoc, attrs: Sequence[Attribution], scores: Scores) -> list[str]:
    """Add one article's tallies to ``scores``; return lines describing misses."""
    return score_triples(doc, attr_triples(attrs), scores)


def score_triples(doc: GoldDoc, predicted: Sequence[Triple], scores: Scores) -> list[str]:
    """Score predicted (source, cue, content) parts against ``doc``'s gold relations."""
    text = doc.text
    misses: list[str] = []
    for k, kind in enumerate(TYPES):
        c = scores.types[kind]
        gold = {gold_parts(getattr(r, kind)) for r in doc.relations} - {None}
        pred = {t[k] for t in predicted} - {None}
        gold_w = {words(text, g): g for g in gold if g}
        pred_w = {words(text, p): p for p in pred if p}
        gold_w.pop(frozenset(), None)
        pred_w.pop(frozenset(), None)
        c.gold += len(gold_w)
        c.pred += len(pred_w)
        c.tp += len(gold_w.keys() & pred_w.keys())
        gold_s = {strict(g, text) for g in gold if g}
        c.strict_tp += len(gold_s & {strict(p, text) for p in pred if p})
        gw: set[int] = set().union(*gold_w) if gold_w else set()
        pw: set[int] = set().union(*pred_w) if pred_w else set()
        c.tok_gold += len(gw)
        c.tok_pred += len(pw)
        c.tok_tp += len(gw & pw)
        if kind == "cue":
            for g in gold_w.keys() - pred_w.keys():
                s, e = gold_w[g][0]
                misses.append(
                    f"{doc.name}\tmissed cue\t{text[s:e]!r}\t{text[max(0, s - 60) : e + 60]!r}"
                )
            for p in pred_w.keys() - gold_w.keys():
                s, e = pred_w[p][0]
                misses.append(
                    f"{doc.name}\textra cue\t{text[s:e]!r}\t{text[max(0, s - 60) : e + 60]!r}"
                )

    def key(parts: Parts | None) -> frozenset[int] | None:
        return words(text, parts) if parts else None

    gold_rel = {(key(s), key(c), key(x)) for s, c, x in gold_triples(doc)}
    pred_rel = {(key(s), key(c), key(x)) for s, c, x in predicted}
    scores.rel_gold += len(gold_rel)
    scores.rel_pred += len(pred_rel)
    scores.rel_tp += len(gold_rel & pred_rel)
    scores.docs += 1
    return misses


def _show(text: str, parts: Parts | None) -> str:
    return " | ".join(text[s:e] for s, e in parts).replace("\n", " ") if parts else "-"


def _edges(text: str, gold: Parts, pred: Parts) -> str:
    """How ``pred``'s words differ from ``gold``'s at each edge: "L-2" (two gold words
    missing on the left), "R+3" (three extra words on the right), "mid" otherwise."""
    g = sorted(words(text, gold))
    p = sorted(words(text, pred))
    if not g or not p:
        return "none"
    out = []
    if p[0] != g[0]:
        n = sum(1 for w in (g if g[0] < p[0] else p) if w < max(g[0], p[0]))
        out.append(f"L{'-' if g[0] < p[0] else '+'}{n}")
    if p[-1] != g[-1]:
        n = sum(1 for w in (g if g[-1] > p[-1] else p) if w > min(g[-1], p[-1]))
        out.append(f"R{'-' if g[-1] > p[-1] else '+'}{n}")
    return " ".join(out) or "mid"


def span_mismatches(doc: GoldDoc, predicted: Sequence[Triple]) -> list[str]:
    """One tab-separated line per gold source or content our best-matching relation
    (most shared content words, then cue words) gets wrong at its edges:
    kind, article, edge class, gold text, our text, gold cue, our cue."""
    text = doc.text
    out: list[str] = []
    for gs, gc, gx in gold_triples(doc):
        gxw = words(text, gx or ())
        gcw = words(text, gc or ())

        scored = [
            ((len(gxw & words(text, t[2] or ())), len(gcw & words(text, t[1] or ()))), t)
            for t in predicted
        ]
        if not scored:
            continue
        (shared, cue_shared), (ps, pc, px) = max(scored, key=lambda x: x[0])
        cues = f"{_show(text, gc)}\t{_show(text, pc)}"
        if (shared, cue_shared) == (0, 0):
            continue
        if gx and px and words(text, gx) != words(text, px):
            edge = _edges(text, gx, px)
            out.append(f"content\t{doc.name}\t{edge}\t{_show(text, gx)}\t{_show(text, px)}\t{cues}")
        if gs and cue_shared and words(text, gs) != words(text, ps or ()):
            edge = _edges(text, gs, ps) if ps else "none"
            out.append(f"source\t{doc.name}\t{edge}\t{_show(text, gs)}\t{_show(text, ps)}\t{cues}")
    return out


def table(scores: Scores, title: str) -> str:
    """The result table as text."""
    lines = [
        title,
        f"{'span':<9}{'P':>7}{'R':>7}{'F1':>7}{'strictF1':>10}{'tokP':>7}{'tokR':>7}{'tokF1':>7}{'gold':>7}{'pred':>7}",
    ]
    for kind in TYPES:
        c = scores.types[kind]
        p, r, f = c.prf(c.tp, c.pred, c.gold)
        _, _, sf = c.prf(c.strict_tp, c.pred, c.gold)
        tp, tr, tf = c.prf(c.tok_tp, c.tok_pred, c.tok_gold)
        lines.append(
            f"{kind:<9}{100 * p:7.1f}{100 * r:7.1f}{100 * f:7.1f}{100 * sf:10.1f}"
            f"{100 * tp:7.1f}{100 * tr:7.1f}{100 * tf:7.1f}{c.gold:7d}{c.pred:7d}"
        )
    p, r, f = Counts().prf(scores.rel_tp, scores.rel_pred, scores.rel_gold)
    lines.append(
        f"{'relation':<9}{100 * p:7.1f}{100 * r:7.1f}{100 * f:7.1f}{'':>10}{'':>7}{'':>7}{'':>7}"
        f"{scores.rel_gold:7d}{scores.rel_pred:7d}"
    )
    return "\n".join(lines)


def unnested(text: str, attrs: Sequence[Attribution]) -> tuple[Attribution, ...]:
    """The attributions PolNeAR can annotate: not those whose cue stands inside
    quotation marks (the quote is already another report's content), nor cue-less
    ones held by a quoting report. A report whose cue is outside the quote marks
    stays even when its parent quotes ("“A,” he said, before denying that B")."""
    quotes = find_quotes(text)
    ends = [q.end for q in quotes]

    def quoted(pos: int) -> bool:
        k = bisect.bisect_right(ends, pos)
        return k < len(quotes) and quotes[k].start <= pos

    quoting = {a.id for a in attrs if a.kind in ("direct", "mixed")}
    return tuple(
        a for a in attrs if not (quoted(a.cue.start) if a.cue is not None else a.parent in quoting)
    )


def evaluate(
    docs: Sequence[GoldDoc],
    analyses: Sequence[Analysis],
    use_model: bool,
    nested: bool = False,
    spans: list[str] | None = None,
) -> tuple[Scores, list[str], float]:
    """Score extraction on analysed gold articles: (scores, cue misses, seconds).
    Source and content edge mismatches are appended to ``spans`` when given."""
    scorer = load_cue_model(use_model)
    scores = Scores()
    misses: list[str] = []
    t0 = time.perf_counter()
    for doc, analysis in zip(docs, analyses, strict=True):
        article = Article(id=Article.make_id(doc.text), text=doc.text, outlet="PolNeAR")
        attrs = extract_attributions(article, analysis, scorer)
        if not nested:  # PolNeAR is univocal: it never annotates reports inside quotes
            attrs = unnested(doc.text, attrs)
        misses += score_doc(doc, attrs, scores)
        if spans is not None:
            spans += span_mismatches(doc, attr_triples(attrs))
    return scores, misses, time.perf_counter() - t0


def agreement(data: Path, split: str) -> tuple[Scores, int]:
    """Annotators scored against each other, on the articles several of them did: each
    ordered pair counts once (one as gold, the other as prediction), the same measure
    the extractor is scored with. This is the ceiling a single gold allows.
    Returns the scores and the number of articles."""
    scores = Scores()
    articles = 0
    by_article: dict[str, list[Path]] = {}
    for path in sorted((data / split / "attributions").glob("*.ann")):
        by_article.setdefault(path.stem.rsplit("_", 1)[0], []).append(path)
    for name, paths in by_article.items():
        text_path = data / split / "text" / f"{name}.txt"
        if len(paths) < 2 or not text_path.exists():
            continue
        text = text_path.read_text(encoding="utf-8")
        docs = [GoldDoc(name, text, parse_ann(p.read_text(encoding="utf-8"))) for p in paths]
        articles += 1
        for gold in docs:
            for other in docs:
                if other is not gold:
                    score_triples(gold, gold_triples(other), scores)
    return scores, articles


def summary(scores: Scores) -> dict[str, float]:
    """Exact-match and token-overlap F1 per span type and relation F1, in percent."""
    out: dict[str, float] = {}
    for kind in TYPES:
        c = scores.types[kind]
        out[f"{kind}_exact_f1"] = round(100 * c.prf(c.tp, c.pred, c.gold)[2], 1)
        out[f"{kind}_token_f1"] = round(100 * c.prf(c.tok_tp, c.tok_pred, c.tok_gold)[2], 1)
    rel = Counts().prf(scores.rel_tp, scores.rel_pred, scores.rel_gold)[2]
    out["relation_f1"] = round(100 * rel, 1)
    return out


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--split", default="dev", choices=("train", "dev", "test"))
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--no-model", action="store_true", help="rules and lexicon only")
    ap.add_argument("--nested", action="store_true", help="also score nested reports (chain hops)")
    ap.add_argument("--limit", type=int, default=0, help="score only the first N articles")
    ap.add_argument("--errors", type=Path, help="write missed and extra cues to this file")
    ap.add_argument(
        "--spans", type=Path, help="write source and content edge mismatches to this file"
    )
    ap.add_argument("--json", type=Path, help="write the F1 summary to this file")
    ap.add_argument(
        "--agreement",
        action="store_true",
        help="score PolNeAR's annotators against each other instead (articles with several)",
    )
    args = ap.parse_args(argv)
    if not (args.data / args.split / "text").is_dir():
        print(f"attribution eval: PolNeAR not found at {args.data} (skipped)")
        return 0
    if args.agreement:
        scores, articles = agreement(args.data, args.split)
        title = (
            f"PolNeAR {args.split}: annotators against each other on the {articles} articles "
            f"several annotated ({scores.docs} ordered pairs of annotations)"
        )
        print(table(scores, title))
        return 0
    docs = read_split(args.data, args.split)
    analyses = parse_cached([d.text for d in docs], CACHE)
    if args.limit:
        docs, analyses = docs[: args.limit], analyses[: args.limit]
    spans: list[str] | None = [] if args.spans else None
    scores, misses, elapsed = evaluate(docs, analyses, not args.no_model, args.nested, spans)
    mode = "rules+lexicon" if args.no_model else "rules+cue model"
    title = f"PolNeAR {args.split}: {scores.docs} articles, {mode}, {elapsed:.1f}s extraction"
    print(table(scores, title))
    if args.errors:
        args.errors.write_text("\n".join(misses) + "\n", encoding="utf-8")
    if args.spans and spans is not None:
        args.spans.write_text("\n".join(spans) + "\n", encoding="utf-8")
    if args.json:
        args.json.write_text(json.dumps(summary(scores), indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
