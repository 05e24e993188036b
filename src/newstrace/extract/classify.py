"""Batch scoring for researchers: ``newstrace classify TASK INPUT.jsonl``.

``classify(task, records)`` reads records ``{"id", "text"}`` and yields one dict
per record, in order:

- ``checkworthiness``: ``{"id", "score"}`` (the text scored as one sentence);
- ``status``: ``{"id", "status", "cues"}``: the text is parsed (spaCy), its
  attributions extracted, and the status of its first sentence decided with the
  rest of the text as context;
- ``opinion``: ``{"id", "label": "opinion"|"fact", "score", "loaded": [words]}``.

A record without a string ``text`` yields ``{"id", "error"}`` instead. Records are
processed in batches so the models and spaCy work at full speed.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from itertools import islice

from ..errors import ConfigError
from ..model import Article, Status
from .checkworthy import CheckWorthiness
from .claims import covering_attribution, sentence_spans
from .opinion import OpinionModel, in_quotes
from .status import decide_status
from .status_article import article_statuses

__all__ = ["TASKS", "classify", "status_of_texts"]

TASKS = ("checkworthiness", "status", "opinion")
BATCH = 256
SINGLE_CLAIM_CHARS = 400


def status_of_texts(texts: Sequence[str]) -> list[tuple[str, tuple[str, ...]]]:
    """(status, cues) of the first sentence of each text, using spaCy and attribution."""
    from ..analyse.nlp import SpacyAnalyser
    from .attribution import extract_attributions

    analyser = SpacyAnalyser()
    out: list[tuple[str, tuple[str, ...]]] = []
    for text, analysis in zip(texts, analyser.analyse_many(list(texts)), strict=True):
        article = Article(Article.make_id(text), text)
        atts = extract_attributions(article, analysis)
        sents = sentence_spans(text, analysis)
        if not sents:
            out.append((Status.UNATTRIBUTED.value, ()))
            continue
        if len(text) <= SINGLE_CLAIM_CHARS and "\n" not in text.strip():
            # a headline or a single claim: judged as one unit ("Burger? It hasn't aged")
            att = covering_attribution(sents[0].start, sents[-1].end, atts)
            # headline style: no closing full stop ("Bridge not closed: council")
            headline = not text.rstrip().endswith(".")
            first = decide_status(text.strip(), att, tokens=analysis.tokens, headline=headline)
            out.append((first.status.value, first.cues))
            continue
        decisions = []
        for s in sents:
            att = covering_attribution(s.start, s.end, atts)
            tokens = analysis.tokens[s.token_start : s.token_end]
            decisions.append(decide_status(s.text, att, tokens=tokens))
        first = article_statuses(decisions)[0]
        out.append((first.status.value, first.cues))
    return out


def _batches(records: Iterable[dict[str, object]]) -> Iterator[list[dict[str, object]]]:
    it = iter(records)
    while batch := list(islice(it, BATCH)):
        yield batch


def classify(task: str, records: Iterable[dict[str, object]]) -> Iterator[dict[str, object]]:
    """One prediction dict per record, in order (see the module docstring).

    An unknown task raises ``ConfigError`` (NT102) at once, before any record is read.
    """
    if task not in TASKS:
        raise ConfigError("NT102", what="task", name=task, choices=", ".join(TASKS))
    return _classify(task, records)


def _classify(task: str, records: Iterable[dict[str, object]]) -> Iterator[dict[str, object]]:
    cw = CheckWorthiness() if task == "checkworthiness" else None
    op = OpinionModel() if task == "opinion" else None
    for batch in _batches(records):
        good: list[tuple[int, str]] = []
        results: list[dict[str, object]] = []
        for i, rec in enumerate(batch):
            rid = rec.get("id") if isinstance(rec, dict) else None
            text = rec.get("text") if isinstance(rec, dict) else None
            if not isinstance(text, str):
                results.append({"id": rid, "error": "record needs a string field 'text'"})
            else:
                results.append({"id": rid})
                good.append((i, text))
        texts = [t for _, t in good]
        if texts and cw is not None:
            for (i, _), score in zip(good, cw.score(texts), strict=True):
                results[i]["score"] = round(score, 4)
        elif texts and op is not None:
            for (i, t), score in zip(good, op.score(texts), strict=True):
                quoted = in_quotes(t, 0, len(t))
                results[i]["label"] = "opinion" if score >= op.threshold else "fact"
                results[i]["score"] = round(score, 4)
                results[i]["loaded"] = [s.text for s in op.loaded_words(t[:5000])]
                results[i]["holder"] = "quoted" if quoted else "writer"
        elif texts:
            for (i, _), (status, cues) in zip(good, status_of_texts(texts), strict=True):
                results[i]["status"] = status
                results[i]["cues"] = list(cues)
        yield from results
