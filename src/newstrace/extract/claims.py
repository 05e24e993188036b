"""The claims stage: check-worthy sentences, their quantities and reporting status,
and the opinion spans of an article.

For each sentence of the analysis it computes a check-worthiness score, an
opinion score, the quantities, the attribution whose content covers it, and the
reporting status (``status.decide_status``, then ``status.article_statuses`` over
the whole article). A sentence becomes a ``Claim`` when it is check-worthy, has a
quantity, or carries a reporting status other than plain assertion or opinion.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

import numpy as np

from ..analyse.embed import embed_fast
from ..model import (
    Analysis,
    ArticleDoc,
    Attribution,
    Claim,
    Opinion,
    Quantity,
    SourceKind,
    Status,
    Token,
    content_id,
)
from .attribution import canonical_source
from .attribution.lexicon import is_attitude, is_report
from .checkworthy import CheckWorthiness
from .opinion import OpinionModel, in_quotes, quote_spans
from .quantities import parse_quantities
from .status import StatusDecision, decide_status
from .status_article import article_statuses

__all__ = ["ClaimStage", "SentenceView", "covering_attribution", "origin_name", "sentence_spans"]

REPORTED = frozenset(
    {Status.CONFIRMED, Status.ATTRIBUTED, Status.ALLEGED, Status.RUMOUR, Status.DENIED,
     Status.NO_COMMENT, Status.SPECULATIVE}
)  # fmt: skip


@dataclasses.dataclass(frozen=True, slots=True)
class SentenceView:
    index: int
    start: int  # trimmed of surrounding white space
    end: int
    text: str
    token_start: int
    token_end: int


_HEADING_MARK = re.compile(r"#{1,6}[ \t]+")


def sentence_spans(text: str, analysis: Analysis) -> list[SentenceView]:
    """The analysis's sentences trimmed of white space (empty ones dropped)."""
    out = []
    for s in analysis.sentences:
        start, end = s.start, s.end
        while start < end and text[start].isspace():
            start += 1
        heading = _HEADING_MARK.match(text, start, end)
        if heading:  # a Markdown heading's "# ": markup, not words of the claim
            start = heading.end()
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            out.append(
                SentenceView(s.index, start, end, text[start:end], s.token_start, s.token_end)
            )
    return out


def covering_attribution(
    start: int, end: int, attributions: Sequence[Attribution]
) -> Attribution | None:
    """The attribution that reports most of [start, end), innermost along its chain.

    An attribution whose cue lies in the sentence and whose content overlaps it
    also counts ("X denied that ..." is a denial of what follows). Among those, the
    one whose content covers most of the sentence wins over an aside ("X, widely
    reported to be Y, said Z" is X saying Z); then a report nested in it wins over
    it ("According to the Sun, the channel claims that Z" is the channel's claim).
    """
    length = max(1, end - start)
    scored: dict[str, tuple[int, int, int]] = {}
    by_id: dict[str, Attribution] = {}
    for att in attributions:
        if is_attitude(att.cue.text if att.cue else None, att.content.text):
            # "Mayor wants to sell the ferry", "is offering to buy it": the writer's claim
            # about the mayor
            continue
        parts = att.content_parts or (att.content,)
        overlap = sum(max(0, min(end, p.end) - max(start, p.start)) for p in parts)
        if overlap <= 0:
            continue
        cue_in = att.cue is not None and start <= att.cue.start < end
        # ties go to the innermost (the smallest content)
        scored[att.id] = (1 if cue_in else 0, overlap, -(att.content.end - att.content.start))
        by_id[att.id] = att
    main = [i for i, (cue_in, overlap, _) in scored.items() if cue_in or overlap * 2 >= length]
    if not main:
        return None
    best = by_id[max(main, key=lambda i: scored[i])]
    while True:
        # only a report nested in it, not an act the parser hung there ("by offering to pay")
        # ... and only when it runs to the end of what the outer one says: in "the
        # consortium's claim that X was never true, one of them said", the sentence is
        # the source's, and the consortium's claim only the subject of it
        outer_end = (best.content_parts or (best.content,))[-1].end
        inner = [
            a
            for a in by_id.values()
            if a.parent == best.id
            and is_report(a.kind, a.cue.text if a.cue else None)
            and (a.content_parts or (a.content,))[-1].end >= outer_end - 2
        ]
        if not inner:
            return best
        best = max(inner, key=lambda a: scored[a.id])


_BYLINE = re.compile(
    r"^\s*By\s+[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|and|de|van|von|da))*"
    r"(?:\s*[,|–—-]\s*(?:[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,4}|[a-z]+(?:\s+[a-z]+)?))?\s*$"
)

# what the article says of itself: credits, corrections, notes to the reader ("This
# article is fiction", "This story has been updated", "Reporting by Ann Lee; Editing
# by Tom Fox", "Ida Berg contributed reporting")
_ABOUT_ITSELF = re.compile(
    r"^\W*(?:(?:this|the\s+above)\s+(?:article|story|report|piece|post|version)\s+"
    r"(?:is|was|has\s+been|had\s+been)\s+(?:\w+\s+){0,2}?(?:fiction|fictional|satire|"
    r"updated|corrected|amended|edited|changed|written|produced|published|made\s+up)\b"
    r"|(?:additional\s+)?(?:reporting|writing|editing)\s+by\s+[A-Z]"
    r"|(?:[A-Z][\w.'’-]*\s+){1,4}contributed\s+(?:reporting|to\s+this\s+(?:report|story|article)))",
    re.I,
)


def origin_name(att: Attribution | None) -> str | None:
    """Canonical name of the origin at the end of the chain (None for the writer)."""
    if att is None or att.source is None or att.source.kind is SourceKind.WRITER:
        return None
    if att.chain:
        return att.chain[-1]
    return att.source.canonical


class ClaimStage:
    """Pipeline stage: claims (with status and quantities) and opinion spans."""

    name = "claims"
    version = "1"
    requires = frozenset({"parse", "sentences", "entities", "attributions"})
    provides = frozenset({"claims", "opinions"})

    def __init__(self, checkworthiness: CheckWorthiness | None = None,
                 opinion: OpinionModel | None = None) -> None:  # fmt: skip
        self.cw = checkworthiness or CheckWorthiness()
        self.op = opinion or OpinionModel()

    def warm_up(self) -> None:
        self.cw.warm_up()
        self.op.warm_up()

    def __call__(self, doc: ArticleDoc) -> ArticleDoc:
        claims, opinions = self.extract(doc)
        return dataclasses.replace(
            doc, claims=claims, opinions=opinions, done=doc.done | {self.name}
        )

    def extract(self, doc: ArticleDoc) -> tuple[tuple[Claim, ...], tuple[Opinion, ...]]:
        analysis = doc.analysis
        text = doc.article.text
        if analysis is None or not text:
            return (), ()
        sents = sentence_spans(text, analysis)
        if not sents:
            return (), ()
        self.warm_up()
        texts = [s.text for s in sents]
        emb = embed_fast([t[:5000] for t in texts])
        quants = [parse_quantities(s.text, s.start) for s in sents]
        cw = self.cw.score(
            texts, emb, [_within(q, s.start, 5000) for q, s in zip(quants, sents, strict=True)]
        )
        op = self.op.score(texts, emb)
        atts = [covering_attribution(s.start, s.end, doc.attributions) for s in sents]
        quotes = quote_spans(text)
        holders: list[str] = []
        decisions: list[StatusDecision] = []
        for s, att, q, c, o in zip(sents, atts, quants, cw, op, strict=True):
            quoted = (
                att is not None
                and att.source is not None
                and att.source.kind is not SourceKind.WRITER
            ) or in_quotes(text, s.start, s.end, quotes)
            framed = _writer_verdict(s.text, self.op) if o >= self.op.threshold else None
            if framed:
                # "It is shameful that three outlets repeated ...": whatever it reports,
                # the sentence is the writer's verdict on it
                holders.append("writer")
                decisions.append(StatusDecision(Status.OPINION, (framed,)))
                continue
            holders.append("quoted" if quoted else "writer")
            tokens = analysis.tokens[s.token_start : s.token_end]
            checkable = c >= self.cw.threshold or any(x.kind != "year" for x in q)
            decision = decide_status(
                s.text,
                att,
                tokens=tokens,
                opinion=o >= self.op.threshold and not quoted,
                checkable=checkable,
                headline=s.index == 0 and _is_title(s.text, doc.article.title),
            )
            if decision.status is Status.OPINION and any(_figure(x) for x in q):
                # "Scandal at Kelby: 40 tonnes of waste in the reservoir": loaded words
                # around a figure the writer states; the figure is what can be checked
                # (the loaded words stay in the opinion entries)
                decision = dataclasses.replace(decision, status=Status.UNATTRIBUTED)
            decisions.append(decision)
        decisions = article_statuses(decisions, [s.text for s in sents])
        claims: list[Claim] = []
        opinions: list[Opinion] = []
        for s, att, q, c, o, d, holder in zip(
            sents, atts, quants, cw, op, decisions, holders, strict=True
        ):
            if _BYLINE.match(s.text) or _ABOUT_ITSELF.match(s.text):
                # "By Oda Strand, Vardholm Courier", "This story has been updated": the
                # article speaking of itself, neither a claim nor a view
                continue
            if o >= self.op.threshold:
                loaded = self.op.loaded_words(s.text, s.start)
                if holder == "quoted" and any(
                    not _inside(w.start, w.end, att, quotes) for w in loaded
                ):
                    # "In a typically arrogant outburst, the mayor said ...": the loaded
                    # words outside the quoted content are the writer's own
                    holder = "writer"
                opinions.append(Opinion(s.start, s.end, s.text, round(o, 4), loaded, holder))
            has_quantity = any(x.kind != "year" for x in q)
            if not (c >= self.cw.threshold or has_quantity or d.status in REPORTED):
                continue
            ents = tuple(
                dict.fromkeys(
                    e.text for e in analysis.entities if e.start >= s.start and e.end <= s.end
                )
            )
            claims.append(
                Claim(
                    id=content_id(doc.article.id, "claim", s.start, s.end),
                    start=s.start,
                    end=s.end,
                    text=s.text,
                    sentence=s.index,
                    checkworthiness=round(float(np.clip(c, 0.0, 1.0)), 4),
                    status=d.status.value,
                    source=None
                    if d.status is Status.OPINION
                    else origin_name(att)
                    or _silent_party(d.status, analysis.tokens[s.token_start : s.token_end], ents),
                    attribution=att.id if att is not None else None,
                    quantities=tuple(_dedupe(_outside_source(q, att))),
                    entities=ents,
                    cues=d.cues,
                )
            )
        return tuple(claims), tuple(opinions)


# "It is shameful that ...", "It was reckless to ...", "This is a disgrace that ..."
_VERDICT_FRAME = re.compile(
    r"^\W*(?:it|this|that)\s+(?:is|was|'s|’s|seems|remains|looks)\s+(?:\w+ly\s+)?"
    r"(?:an?\s+)?(?P<word>[a-z-]+)\s+(?:that|to|how|when|the\s+way)\b",
    re.I,
)


def _writer_verdict(text: str, model: OpinionModel) -> str | None:
    """The loaded word of a sentence that opens by judging what follows ("It is
    shameful that ...", "It was reckless to ..."), or None."""
    m = _VERDICT_FRAME.match(text)
    if m is None:
        return None
    word = m.group("word").lower()
    return word if model.is_loaded(word) else None


def _silent_party(status: Status, tokens: Sequence[Token], names: Sequence[str]) -> str | None:
    """Who kept silent in a no-comment the writer reports ("Skarholt Power, which runs
    the dam, did not respond to requests for comment"): the main verb's subject, when a
    name stands at its head."""
    if status is not Status.NO_COMMENT or not tokens:
        return None
    first = tokens[0].i
    for t in tokens:
        if t.dep not in ("nsubj", "nsubjpass") or tokens[t.head - first].head != t.head:
            continue  # the subject of the sentence's root only
        kids = [u for u in tokens if u.head == t.i and u.i != t.i]
        # "Skarholt Power", or "The operator, Skarholt Power,": the name, where one stands
        heads = [t] + [u for u in kids if u.dep == "appos"]
        for name in names:
            if any(h.text in name.split() for h in heads):
                return canonical_source(name)
        if t.pos == "NOUN" and any(u.dep == "det" and u.text.lower() == "the" for u in kids):
            # "The ministry has yet to respond": the body, by its description
            words = [u.text for u in kids if u.dep in ("compound", "amod") and u.i < t.i]
            return " ".join([*words, t.text]).lower()
    return None


def _is_title(sentence: str, title: str) -> bool:
    """The sentence is the article's headline, repeated at the top of its text."""
    t = " ".join(title.split())
    return bool(t) and " ".join(sentence.lstrip("# ").split()) == t


def _inside(
    start: int, end: int, att: Attribution | None, quotes: Sequence[tuple[int, int]]
) -> bool:
    """[start, end) lies in the attribution's content or inside quotation marks."""
    parts: list[tuple[int, int]] = list(quotes)
    if att is not None and att.source is not None:
        parts += [(p.start, p.end) for p in (att.content_parts or (att.content,))]
    return any(a <= start and end <= b for a, b in parts)


def _figure(q: Quantity) -> bool:
    """A figure a writer's sentence states as fact: an amount, a share, a measure or a
    count of something ("$7 billion", "40 tonnes", "12,000 homes"), not a year or how
    many times ("a claim repeated three times")."""
    return q.kind not in ("year", "number") and (q.unit or "").lower() not in ("", "times")


def _outside_source(qs: Sequence[Quantity], att: Attribution | None) -> list[Quantity]:
    """The figures of a claim, not those counting who tells it ("Two officials familiar
    with the talks said ...": the claim has no figure)."""
    span = att.source.span if att is not None and att.source is not None else None
    if span is None:
        return list(qs)
    return [q for q in qs if not (span.start <= q.start and q.end <= span.end)]


def _within(qs: Sequence[Quantity], start: int, size: int) -> list[Quantity]:
    """The quantities of the first ``size`` characters from ``start`` (what the scorer sees)."""
    return [q for q in qs if q.end - start <= size]


def _dedupe(qs: Sequence[Quantity]) -> list[Quantity]:
    seen: set[tuple[int, int]] = set()
    out = []
    for q in qs:
        if (q.start, q.end) not in seen:
            seen.add((q.start, q.end))
            out.append(q)
    return out
