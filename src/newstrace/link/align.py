"""Claim alignment within a story: which claims state the same thing, and do they agree.

Claims of a story are embedded (fast tier) and grouped by average linkage over
their nearest neighbours. Within a group every pair of members from different
articles is compared with explicit checks:

- numbers as intervals: quantities of the same unit (or kind) must overlap,
  allowing ``tolerance`` relative slack ("$7.12 billion" and "over $7 billion"
  agree; 3,000 tanks and 1,500 tanks contradict);
- polarity: a denied status, denial cues or a negation present on one side only;
- optionally a stance scorer (``pair_scorer``) for pairs the checks leave open.

The group relation is ``single`` (one article), ``agree``, ``contradict`` (no
agreeing pair) or ``mixed`` (both kinds of pair).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from ..model import Claim, Quantity, Status
from .text import ATTRIBUTION_CUES, DENIALS, NEGATIONS, STOPWORDS, cue_words, outlet_key

__all__ = [
    "ClaimRef",
    "bare_reference",
    "compare_claims",
    "compare_quantities",
    "group_claims",
    "group_relation",
]

PairScorer = Callable[[str, str], str | None]  # returns "agree", "contradict" or None


@dataclass(frozen=True, slots=True)
class ClaimRef:
    article: str
    claim: Claim


def _interval(q: Quantity) -> tuple[float, float] | None:
    """low/high as an interval: a missing bound is open ("over 7" -> [7, inf))."""
    if q.low is None and q.high is None:
        return None
    low = q.low if q.low is not None else float("-inf")
    high = q.high if q.high is not None else float("inf")
    return (min(low, high), max(low, high))


def _unit_key(q: Quantity) -> str:
    """What a figure counts or measures, for comparing: a count by its head noun in the
    singular ("5,000 dock workers" and "up to 5,000 workers" both count workers)."""
    unit = (q.unit or q.kind or "").casefold()
    if q.kind == "count" and unit:
        head = unit.split()[-1]
        if len(head) > 3 and head.endswith("s") and not head.endswith(("ss", "us", "is")):
            head = head[:-1]
        return head
    return unit


def _overlap(a: tuple[float, float], b: tuple[float, float], tolerance: float) -> bool:
    finite = [abs(v) for v in (*a, *b) if np.isfinite(v)]
    slack = tolerance * max(finite) if finite else 0.0
    return a[0] <= b[1] + slack and b[0] <= a[1] + slack


def compare_quantities(
    qa: Sequence[Quantity], qb: Sequence[Quantity], tolerance: float = 0.02
) -> str | None:
    """Per unit: "agree" when some figure of one side overlaps one of the other,
    "contradict" when a unit both sides state has no overlapping pair; None when no
    unit is shared. An extra figure on one side ("$7.4 million, up from $5 million"
    against "about $7 million") is more detail, not a contradiction."""
    verdict: str | None = None
    for unit in {_unit_key(a) for a in qa if _interval(a) is not None}:
        ia = [a for a in qa if _unit_key(a) == unit and _interval(a) is not None]
        ib = [b for b in qb if _unit_key(b) == unit and _interval(b) is not None]
        if not ib:
            continue
        if any(_meet(x, y, tolerance) for x in ia for y in ib):
            verdict = verdict or "agree"
        else:
            return "contradict"
    return verdict


_ABOVE = re.compile(r"^(?:more\s+than|over|above|greater\s+than)\b", re.I)
_BELOW = re.compile(r"^(?:less\s+than|fewer\s+than|under|below)\b", re.I)


def _meet(a: Quantity, b: Quantity, tolerance: float) -> bool:
    """The two figures can both be true: their intervals overlap, and not only at a
    bound one of them excludes ("up to 5,000" and "more than 5,000" meet at 5,000,
    which "more than" leaves out)."""
    ia, ib = _interval(a), _interval(b)
    if ia is None or ib is None or not _overlap(ia, ib, tolerance):
        return False
    for (lo, ilo), (hi, ihi) in (((a, ia), (b, ib)), ((b, ib), (a, ia))):
        # two ranges, one ending where the other begins, at a bound one leaves out (an
        # exact "5,000" stays compatible with "more than 5,000": it is often rounded)
        ranges = ilo[0] < ilo[1] and ihi[0] < ihi[1]
        if ranges and ilo[1] == ihi[0] and (_BELOW.match(lo.text) or _ABOVE.match(hi.text)):
            return False
    return True


_NOT_NEGATION = re.compile(r"\bnot\s+(?:only|just|least|merely)\b", re.IGNORECASE)
# somebody's silence told beside the claim: ", a claim the ministry did not comment on",
# "..., which the embassy declined to confirm"; it negates nothing the claim says
_SILENCE = re.compile(
    r"(?:did\s+not|didn[’']t|would\s+not|has\s+not|had\s+not|could\s+not)\s+"
    r"(?:immediately\s+)?(?:comment|respond|reply|confirm|return)\w*",
    re.IGNORECASE,
)


def _negative(c: Claim) -> bool:
    if c.status == Status.DENIED.value or c.status == "denied":
        return True
    # "not only ... but", "not just", "not least": a coordinator, not a negation
    text = _SILENCE.sub(" ", _NOT_NEGATION.sub(" ", c.text))
    text_cues = cue_words(text, DENIALS) | cue_words(text, NEGATIONS)
    return bool(text_cues or (set(c.cues) & (DENIALS | NEGATIONS)))


def compare_claims(a: Claim, b: Claim, scorer: PairScorer | None = None) -> str | None:
    """How two claims stating the same thing relate: "agree", "contradict" or None."""
    silent = (a.status == Status.NO_COMMENT.value, b.status == Status.NO_COMMENT.value)
    if all(silent):
        # "X declined to comment" and "X had no immediate comment": the same silence
        return "agree"
    if any(silent):
        return None  # a silence neither confirms nor contradicts what others say
    numeric = compare_quantities(a.quantities, b.quantities)
    if numeric == "contradict":
        return "contradict"
    if _negative(a) != _negative(b):
        return "contradict"
    if numeric == "agree":
        return "agree"
    if scorer is not None:
        judged = scorer(a.text, b.text)
        if judged is not None:
            return judged
    return "agree"


_REFERENCE = re.compile(
    r"\b(?:the|that|this|these|those|such|its|their)\s+(?:\w+\s+)?(?:claims?|reports?|"
    r"allegations?|accusations?|rumou?rs?|stor(?:y|ies)|account)\b",
    re.I,
)


def bare_reference(text: str) -> bool:
    """A short sentence about "the claim" or "the reports" says nothing of its own to
    match ("Marsh denied the claim.", "The claim could not be verified."): what it
    means is the article's business."""
    return len(text.split()) < 12 and bool(_REFERENCE.search(text))


def group_relation(refs: Sequence[ClaimRef], scorer: PairScorer | None = None) -> str:
    """The relation of a claim group over its pairs from different articles."""
    verdicts: set[str] = set()
    for i, a in enumerate(refs):
        for b in refs[i + 1 :]:
            if a.article == b.article:
                continue
            v = compare_claims(a.claim, b.claim, scorer)
            if v:
                verdicts.add(v)
            if len(verdicts) == 2:
                return "mixed"
    if not verdicts:
        return "single"
    return verdicts.pop()


FIGURE_BONUS = 0.35  # a large figure of one unit, stated alike: the same claim reworded
_LARGE = {"money": 1e6, "count": 1e3}
_MAX_FIGURE_BUCKET = 200


def _distinctive(q: Quantity) -> bool:
    """A figure rare enough to identify a claim: money of a million or more, a count of
    a thousand or more things (not years, percentages or small numbers)."""
    floor = _LARGE.get(q.kind)
    iv = _interval(q)
    if floor is None or iv is None or not q.unit:
        return False
    finite = [abs(v) for v in iv if np.isfinite(v)]
    return bool(finite) and max(finite) >= floor


def _same_figure(a: Quantity, b: Quantity) -> bool:
    """Same unit, overlapping intervals, and middles (or finite bounds) within 15% of
    each other ("$7.12 billion" and "over $7 billion", "$12.5 million" and "about $12
    million"; not "over $1 million")."""
    if _unit_key(a) != _unit_key(b):
        return False
    ia, ib = _interval(a), _interval(b)
    if ia is None or ib is None or not _overlap(ia, ib, 0.02):
        return False
    ma, mb = _middle(ia), _middle(ib)
    if ma is None or mb is None:
        return False
    lo, hi = sorted((ma, mb))
    return lo > 0 and hi / lo <= 1.15


def _middle(iv: tuple[float, float]) -> float | None:
    """The middle of an interval's finite bounds, as a size ("over $7 billion": 7e9);
    None when it has none."""
    finite = [abs(v) for v in iv if np.isfinite(v)]
    return sum(finite) / len(finite) if finite else None


DISPUTE_BONUS = 0.3  # one figure given two values in the same frame: a dispute over it
_DISPUTE_RATIO = 10.0
_FRAME_SKIP = frozenset(
    [
        "about",
        "around",
        "roughly",
        "nearly",
        "almost",
        "over",
        "under",
        "some",
        "approximately",
        "an",
        "a",
        "estimated",
        "just",
        "more",
        "than",
        "less",
        "fewer",
        "at",
        "least",
        "up",
        "to",
        "only",
        "as",
        "much",
        "many",
        "below",
        "above",
        "beyond",
    ]
)
_RATE = re.compile(
    r"^\W*(?:(?:a|an|each|every)\s+(?:year|month|week|day|season|game)|per\s+\w+)\b", re.I
)
_WORD = re.compile(r"[a-z]+")


def _frame(c: Claim, q: Quantity) -> str | None:
    """What a figure is the figure of, read off the word before it ("would cost about
    $2.3 billion": "cost"; "is worth $712 million": "worth"), and whether it is a rate
    ("$30 million a year")."""
    rel = q.start - c.start
    if not 0 <= rel <= len(c.text):
        return None
    words = _WORD.findall(c.text[:rel].lower())
    while words and words[-1] in _FRAME_SKIP:
        words.pop()
    if not words:
        return None
    rate = bool(_RATE.match(c.text[max(0, q.end - c.start) :]))
    return f"{words[-1]}|{rate}"


def _topic_words(c: Claim) -> set[str]:
    """The content words of a claim: four letters or more, no stop or reporting word."""
    return {
        w
        for w in _WORD.findall(c.text.lower())
        if len(w) >= 4 and w not in STOPWORDS and w not in ATTRIBUTION_CUES
    }


def disputed_figure(a: Claim, b: Claim) -> bool:
    """Two claims give one figure different values: the same kind of large figure (money
    of a million or more, a count of a thousand or more), in the same frame ("the tunnel
    would cost $4.2 billion" / "would cost about $2.3 billion", "is worth $712 million" /
    "worth $7.12 billion"), within a factor of ten, and no way both true. A total and a
    yearly rate, or a cost and a sale, are other figures."""
    if compare_quantities(a.quantities, b.quantities) != "contradict":
        return False  # some figure of one agrees with the other's: detail, not a dispute
    for qa in a.quantities:
        if not _distinctive(qa):
            continue
        for qb in b.quantities:
            if not _distinctive(qb) or _unit_key(qa) != _unit_key(qb) or _meet(qa, qb, 0.02):
                continue
            ia, ib = _interval(qa), _interval(qb)
            ma = _middle(ia) if ia is not None else None
            mb = _middle(ib) if ib is not None else None
            if ma is None or mb is None:
                continue
            lo, hi = sorted((ma, mb))
            frame = _frame(a, qa)
            if not (lo > 0 and hi / lo <= _DISPUTE_RATIO and frame and frame == _frame(b, qb)):
                continue
            word = frame.split("|")[0]
            if len(word) < 4 or word in STOPWORDS:
                continue  # "with 2,290 points", "year, $160 million": no frame at all
            # ... and about the same thing: most of the shorter claim's content words
            wa, wb = _topic_words(a) - {word}, _topic_words(b) - {word}
            shared = wa & wb
            if len(shared) >= 3 or (
                len(shared) >= 2 and len(shared) >= 0.5 * min(len(wa), len(wb))
            ):
                return True
    return False


def group_claims(
    refs: Sequence[ClaimRef],
    embeddings: npt.NDArray[np.float32],
    threshold: float = 0.75,
    homes: Sequence[str] | None = None,
) -> list[list[int]]:
    """Indices of ``refs`` grouped by average-linkage cosine >= ``threshold``.

    Candidate pairs are each claim's nearest neighbours. Evidence beyond wording
    lowers the similarity needed: the same large figure stated alike (0.35: "$7.12
    billion" and "over $7 billion" are one claim in other words), a shared unit of
    quantity (0.1: the same sentence
    with another figure is the same claim, likely a contradiction), the same figure
    under other words (0.1: "40 gunships", "40 attack helicopters"), and the same
    named origin (0.2: outlets passing on one source's statement word it freely), one
    figure given two values in the same frame (0.3, ``disputed_figure``: "would cost $4.2
    billion" and "would cost about $2.3 billion" are one claim, disputed), or
    one claim citing the outlet that published the other (0.2: "..., the Valley Ledger
    reported" beside the Ledger's own sentence). ``homes`` are the outlet keys
    (``text.outlet_key``) of the refs' articles.
    """
    from .neighbours import knn

    n = len(refs)
    if n == 0:
        return []
    k = min(20, n - 1)
    if k > 0:
        sims, idx = knn(embeddings, k)
    else:
        sims, idx = np.zeros((n, 0), np.float32), np.zeros((n, 0), np.int64)
    units = [{_unit_key(q) for q in r.claim.quantities} for r in refs]
    figures = [[q for q in r.claim.quantities if _distinctive(q)] for r in refs]
    values = [
        {q.low for q in r.claim.quantities if q.low is not None and q.kind != "year"} for r in refs
    ]
    origins = [r.claim.source for r in refs]
    cited = [outlet_key(o) if o else "" for o in origins]
    silent = [r.claim.status == Status.NO_COMMENT.value for r in refs]
    # "The claim could not be verified." or "Verdict: False." says nothing of its own to
    # group on (a silence about "the report" does: whose it is)
    bare = [
        (bare_reference(r.claim.text) or len(r.claim.text.split()) < 4) and not s
        for r, s in zip(refs, silent, strict=True)
    ]

    def apart(i: int, j: int) -> bool:
        """Never one claim: a silence and a statement, or a bare reference to "the claim"."""
        return silent[i] != silent[j] or bare[i] or bare[j]

    def evidence(i: int, j: int) -> float:
        if any(_same_figure(a, b) for a in figures[i] for b in figures[j]):
            bonus = FIGURE_BONUS  # "$7.12 billion" here, "over $7 billion" there
        elif figures[i] and figures[j] and disputed_figure(refs[i].claim, refs[j].claim):
            bonus = DISPUTE_BONUS  # "would cost $4.2 billion" here, "about $2.3 billion" there
        else:
            bonus = 0.1 if units[i] & units[j] else 0.1 if values[i] & values[j] else 0.0
        if origins[i] is not None and origins[i] == origins[j]:
            bonus += 0.2
        elif homes is not None and (
            (cited[i] and cited[i] == homes[j]) or (cited[j] and cited[j] == homes[i])
        ):
            bonus += 0.2  # "..., the Valley Ledger reported", and the Ledger's own words
        return bonus

    edges: list[tuple[float, int, int]] = []
    for i in range(n):
        for s, j in zip(sims[i].tolist(), idx[i].tolist(), strict=True):
            if j < 0 or j == i or apart(i, j):
                continue
            bonus = evidence(i, j)
            if s + bonus >= threshold:
                edges.append((-(s + bonus), min(i, j), max(i, j)))
    # the same large figure is evidence however the sentences are worded: pair such
    # claims even when they are not each other's nearest neighbours
    by_unit: dict[str, list[int]] = {}
    for i, fs in enumerate(figures):
        for u in {_unit_key(q) for q in fs}:
            by_unit.setdefault(u, []).append(i)
    for bucket in by_unit.values():
        if len(bucket) > _MAX_FIGURE_BUCKET:
            continue  # a unit every claim uses says little; knn has the pairs that matter
        for x, i in enumerate(bucket):
            for j in bucket[x + 1 :]:
                if apart(i, j):
                    continue
                bonus = evidence(i, j)
                if bonus < DISPUTE_BONUS:
                    continue
                s = float(embeddings[i] @ embeddings[j])
                if s + bonus >= threshold:
                    edges.append((-(s + bonus), i, j))
    edges = sorted(set(edges))
    root = list(range(n))
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    sums: dict[int, npt.NDArray[np.float64]] = {
        i: embeddings[i].astype(np.float64) for i in range(n)
    }
    for _, i, j in edges:
        ri, rj = root[i], root[j]
        if ri == rj:
            continue
        bonus = evidence(i, j)
        mean = float(sums[ri] @ sums[rj]) / (len(members[ri]) * len(members[rj]))
        if mean + bonus < threshold:
            continue
        if len(members[ri]) < len(members[rj]):
            ri, rj = rj, ri
        for m in members[rj]:
            root[m] = ri
        members[ri].extend(members.pop(rj))
        sums[ri] = sums[ri] + sums.pop(rj)
    return sorted(sorted(g) for g in members.values())
