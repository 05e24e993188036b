"""Sentence alignment between two articles and the diff of what a rewrite changed.

Sentences are aligned one to one, greedily by cosine similarity of their
embeddings (highest first, each sentence used once). The diff then lists, from
the earlier article ``a`` to the later ``b``: sentences added or dropped,
numbers changed, hedges and attribution cues removed or added, and loaded words
introduced. Every change is a plain dict with a ``type`` key.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from ..extract.quantities import parse_quantities
from .text import ATTRIBUTION_CUES, HEDGES, LOADED, SentenceSpan, cue_words, numbers

__all__ = ["ALIGN_MIN", "Alignment", "align", "diff"]

ALIGN_MIN = 0.62  # cosine needed to call two sentences the same sentence, reworded
SAME_SENTENCE = 0.85  # cosine at which a pair is surely one sentence reworded
WEAK_MIN = 0.45  # enough when the two sentences are each other's best match
_MAX_CHANGES = 200


@dataclass(frozen=True, slots=True)
class Alignment:
    pairs: tuple[tuple[int, int, float], ...]  # (sentence in a, sentence in b, cosine)
    dropped: tuple[int, ...]  # sentences of a with no partner
    added: tuple[int, ...]  # sentences of b with no partner
    strong: int = 0  # pairs with cosine >= ALIGN_MIN that keep a name when both have names

    @property
    def coverage(self) -> float:
        """Share of the shorter article's sentences with a strong partner."""
        n_a = len(self.pairs) + len(self.dropped)
        n_b = len(self.pairs) + len(self.added)
        shorter = min(n_a, n_b)
        return self.strong / shorter if shorter else 0.0

    @property
    def mean_similarity(self) -> float:
        if not self.pairs:
            return 0.0
        return float(sum(p[2] for p in self.pairs) / len(self.pairs))


def align(
    emb_a: npt.NDArray[np.float32],
    emb_b: npt.NDArray[np.float32],
    threshold: float = ALIGN_MIN,
    names_a: Sequence[set[str]] | None = None,
    names_b: Sequence[set[str]] | None = None,
) -> Alignment:
    """One-to-one greedy alignment of two sets of unit sentence vectors.

    With ``names_a``/``names_b`` (the names in each sentence), a pair counts as
    strong only if it keeps at least one name when both sentences have some:
    "Dock workers in Gartorve went on strike" and "Dock workers in Nealdesk
    went on strike" read alike but are two events, not a rewrite.
    """
    n_a, n_b = emb_a.shape[0], emb_b.shape[0]
    if n_a == 0 or n_b == 0:
        return Alignment((), tuple(range(n_a)), tuple(range(n_b)))
    sims = emb_a @ emb_b.T
    best_b = sims.argmax(axis=1)
    best_a = sims.argmax(axis=0)
    mutual = np.zeros_like(sims, dtype=bool)
    for i, j in enumerate(best_b.tolist()):
        if best_a[j] == i and sims[i, j] >= WEAK_MIN:
            mutual[i, j] = True
    rows, cols = np.nonzero((sims >= threshold) | mutual)
    order = sorted(
        zip(rows.tolist(), cols.tolist(), strict=True), key=lambda rc: (-sims[rc], rc[0], rc[1])
    )
    used_a: set[int] = set()
    used_b: set[int] = set()
    pairs: list[tuple[int, int, float]] = []
    for i, j in order:
        if i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        pairs.append((i, j, round(float(sims[i, j]), 4)))
    pairs.sort()
    strong = 0
    for i, j, sim in pairs:
        if sim < ALIGN_MIN:
            continue
        if names_a is not None and names_b is not None:
            na, nb = names_a[i], names_b[j]
            if na and nb and not (na & nb):
                continue
        strong += 1
    return Alignment(
        tuple(pairs),
        tuple(i for i in range(n_a) if i not in used_a),
        tuple(j for j in range(n_b) if j not in used_b),
        strong,
    )


def _fmt(x: float) -> float | int:
    return int(x) if float(x).is_integer() else x


def _figures(text: str) -> list[tuple[str, float]]:
    """The figures a sentence states, as values (the middle of a qualified figure's
    interval: a changed qualifier is a hedge change, not a figure change), with the
    numbers no quantity covers ("Boeing 737") as they are written."""
    out: list[tuple[str, float]] = []
    covered = ""
    last = 0
    for q in parse_quantities(text):
        covered += text[last : q.start]
        last = q.end
        bounds = [v for v in (q.low, q.high) if v is not None]
        if bounds:
            out.append((q.kind, float(f"{sum(bounds) / len(bounds):.4g}")))
    covered += text[last:]
    out.extend(("raw", v) for v in numbers(covered))
    return sorted(out)


def _pair_changes(sa: SentenceSpan, sb: SentenceSpan, sim: float) -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    base: dict[str, object] = {"a_sentence": sa.index, "b_sentence": sb.index}
    na, nb = numbers(sa.text), numbers(sb.text)
    # a figure gone from a sentence that is only like the other ("Nearly 400 homes could
    # be evacuated" / "Residents are worried") is a pairing, not a change of figure; the
    # same figure written otherwise ("Rs 1,200 crore" / "Rs 12 billion", "4 in 10" /
    # "Forty percent") is none either
    if (
        sorted(na) != sorted(nb)
        and ((na and nb) or sim >= SAME_SENTENCE)
        and _figures(sa.text) != _figures(sb.text)
    ):
        out.append(
            {
                "type": "number_changed",
                **base,
                "from": [_fmt(x) for x in na],
                "to": [_fmt(x) for x in nb],
                "a_text": sa.text,
                "b_text": sb.text,
            }
        )
    for lexicon, name in ((HEDGES, "hedge"), (ATTRIBUTION_CUES, "attribution")):
        # a word swapped for another of its kind ("cited" / "quoted", "some" / "roughly")
        # keeps the attribution or the hedge: only one gone, or new, with nothing in its
        # place, is a change
        wa, wb = cue_words(sa.text, lexicon), cue_words(sb.text, lexicon)
        if wa - wb and not wb - wa:
            out.append(
                {"type": f"{name}_removed", **base, "words": sorted(wa - wb), "a_text": sa.text}
            )
        if wb - wa and not wa - wb:
            out.append(
                {"type": f"{name}_added", **base, "words": sorted(wb - wa), "b_text": sb.text}
            )
    loaded = cue_words(sb.text, LOADED) - cue_words(sa.text, LOADED)
    if loaded:
        out.append({"type": "loaded_added", **base, "words": sorted(loaded), "b_text": sb.text})
    return out


def diff(
    sents_a: Sequence[SentenceSpan], sents_b: Sequence[SentenceSpan], alignment: Alignment
) -> tuple[dict[str, object], ...]:
    """What changed from article ``a`` to article ``b`` (a is the earlier one)."""
    out: list[dict[str, object]] = []
    loaded_a = set().union(*(cue_words(s.text, LOADED) for s in sents_a)) if sents_a else set()
    for i in alignment.dropped:
        out.append({"type": "sentence_dropped", "a_sentence": i, "text": sents_a[i].text})
    for j in alignment.added:
        s = sents_b[j]
        out.append({"type": "sentence_added", "b_sentence": j, "text": s.text})
        loaded = cue_words(s.text, LOADED) - loaded_a
        if loaded:
            out.append(
                {"type": "loaded_added", "b_sentence": j, "words": sorted(loaded), "b_text": s.text}
            )
    for i, j, sim in alignment.pairs:
        if sents_a[i].text != sents_b[j].text:
            out.extend(_pair_changes(sents_a[i], sents_b[j], sim))
    return tuple(out[:_MAX_CHANGES])
