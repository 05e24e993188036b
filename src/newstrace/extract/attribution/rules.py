"""Rules over the dependency parse that find source, cue and content.

Each rule yields ``Cand`` records in token and character offsets: reporting
verbs (``said``, ``told``, ``claims``, ``the post read``), ``according to X``,
noun cues (``X's claim that``), and quotes whose speaker is only in an
earlier sentence. Decisions about which verbs are cues can be delegated to a
learned scorer (``CueScorer``); without one the lexicon decides.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Protocol

from .lexicon import (
    CUE_NOUNS,
    CUE_VERBS,
    LISTENER_VERBS,
    OBJECT_CONTENT_VERBS,
    TEXT_NOUNS,
)
from .view import View


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


__all__ = ["Cand", "CueModel", "CueScorer", "LexiconCues", "find_candidates", "is_candidate"]


class CueModel(Protocol):
    """Decides which verbs are cues, how far a cue reaches and which child is content.

    ``score`` is a probability-like value where 0.5 is the cut; the two child
    methods return None when they have no opinion (then the rules decide).
    """

    def score(self, view: View, i: int) -> float: ...

    def cue_child(self, view: View, c: int) -> float | None: ...

    def content_child(self, view: View, c: int) -> float | None: ...

    def content_part(self, view: View, c: int) -> float | None: ...


CueScorer = CueModel  # the name used in the public signature


class LexiconCues:
    """The rules-only model: the hand-written verb lexicon, no learned tables."""

    def score(self, view: View, i: int) -> float:
        return 1.0 if view.tokens[i].lemma.lower() in CUE_VERBS else 0.0

    def cue_child(self, view: View, c: int) -> float | None:
        return None

    def content_child(self, view: View, c: int) -> float | None:
        return None

    def content_part(self, view: View, c: int) -> float | None:
        return None


def is_candidate(view: View, i: int) -> bool:
    """Tokens that may head a verb cue: verbs not used as modifiers or auxiliaries."""
    t = view.tokens[i]
    if t.pos in ("NOUN", "PROPN"):  # "the channel claims that ..." tagged as a noun
        return bool(view.kids(i, "nsubj")) and bool(view.kids(i, "ccomp"))
    return t.pos in ("VERB", "AUX") and t.dep not in ("amod", "compound", "aux", "auxpass")


# Verbs that are cues only with a clause or a quote, never with a plain object.
_NEEDS_CLAUSE = _words(
    "find show indicate point continue read call add answer question expect hope see"
)
_STATEMENT_NOUNS = _words(
    "statement interview post tweet letter email video speech release message op-ed"
)
_CLAUSE_DEPS = ("ccomp", "xcomp")
# Verbs of speaking: a quote next to them is what they report.
_SPEECH_VERBS = _words(
    "say tell add write ask reply respond answer explain continue insist tweet post declare "
    "note warn recall joke quip shout yell scream whisper remark state argue"
)
_QUOTE_WINDOW = 60  # tokens either side of a cue searched for its quote
MAX_CONTENT = 3000  # characters; longer contents (run-on parses) are cut
_SUBJ_DEPS = ("nsubj", "nsubjpass", "csubj")


@dataclass(slots=True)
class Cand:
    """A candidate attribution (token ranges inclusive, char ranges half-open)."""

    cue: tuple[int, int] | None
    source: tuple[int, int] | None
    content: list[tuple[int, int]]  # character ranges, in order
    kind: str
    sent: int
    anchor: int  # the token that decides nesting (the cue or the source head)
    quotes: set[int] = field(default_factory=set)  # quote regions used
    forced: bool = False  # taken only because it is nested in a quote (a chain hop)


def _only_marks(text: str) -> bool:
    """True when ``text`` holds no letters or digits (marks, punctuation, space)."""
    return not any(ch.isalnum() for ch in text)


def _content_from_tokens(
    view: View, a: int, b: int, cand_quotes: set[int], cue: int = -1
) -> list[tuple[int, int]]:
    """Char ranges for token range [a, b], widened to the quotes it touches.

    A quote that does not hold the cue is taken whole; inside the cue's own
    quote (a nested report) only marks and punctuation are added. The range
    never crosses a line break; continuations of its quotes become more parts.
    """
    span = view.trim(a, b)
    if span is None:
        return []
    a, b = span
    text = view.text
    start, end = view.chars(a, b)
    cue_q = view.quote_of[cue] if cue >= 0 else -1
    for i in (a, b):
        q = view.quote_of[i]
        if q < 0:
            continue
        quote = view.quotes[q]
        if q != cue_q:
            start, end = min(start, quote.start), max(end, quote.end)
            cand_quotes.add(q)
        elif i == a and _only_marks(text[quote.start : start]):
            start = quote.start
        elif i == b and _only_marks(text[end : quote.end]):
            end = quote.end
    if end - start > MAX_CONTENT:  # a run-on parse: cut at a word boundary
        cut = text.rfind(" ", start, start + MAX_CONTENT)
        end = cut if cut > start else start + MAX_CONTENT
    nl = text.find("\n", start, end)
    for dash in (" -- ", " — ", " – ", "; "):
        d = text.find(dash, start, end)
        if d > start and view.quote_of[a] < 0 and (nl < 0 or d < nl):
            nl = d  # a dashed aside or a clause after a semicolon is the writer's
    if nl >= 0:
        end = nl
        while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;:"):
            end -= 1
        if end <= start:
            return []
    parts = [(start, end)]
    for q in sorted(cand_quotes):
        nxt = view.quotes[q].next
        while nxt >= 0 and nxt not in cand_quotes:
            cand_quotes.add(nxt)
            parts.append((view.quotes[nxt].start, view.quotes[nxt].end))
            nxt = view.quotes[nxt].next
    return parts


def _source_span(view: View, s: int) -> tuple[int, int] | None:
    """Token range of the source phrase headed by ``s``: its subtree less a
    second apposition and anything before a line break (a dateline or heading
    glued on by the parser)."""
    toks = view.tokens
    lo, hi = view.left[s], view.right[s]
    for a in view.kids(s, "appos"):
        for inner in view.kids(a, "appos"):  # an apposition of the apposition
            if view.right[inner] == hi and view.left[inner] > a:
                hi = view.left[inner] - 1
    nl = view.text.rfind("\n", toks[lo].start, toks[s].start)
    if nl >= 0:
        while lo < s and toks[lo].start < nl:
            lo += 1
    return view.trim(lo, max(hi, s))


def _subject(view: View, v: int) -> tuple[int, int] | None:
    """The source token range of verb ``v``: its subject, inherited when absent."""
    toks = view.tokens
    seen = 0
    while seen < 4:
        seen += 1
        subj = view.kids(v, *_SUBJ_DEPS)
        if subj:  # prefer a subject outside quotes, nearest the verb
            s = min(subj, key=lambda k: (view.quote_of[k] >= 0, abs(k - v)))
            return _source_span(view, s)
        agent = view.kids(v, "agent")
        if agent:
            objs = view.kids(agent[0], "pobj")
            if objs:
                return view.trim(view.left[objs[0]], view.right[objs[0]])
        dep = toks[v].dep
        head = toks[v].head
        if head == v:
            return None
        if dep == "relcl":  # "Banks, who said ..."
            return (head, head) if toks[head].pos in ("PROPN", "NOUN", "PRON") else None
        if dep in ("advcl", "xcomp", "conj", "acl", "parataxis") and toks[head].pos in (
            "VERB",
            "AUX",
        ):
            v = head
            continue
        return None
    return None


def _cue_range(view: View, v: int) -> tuple[int, int]:
    """The cue tokens of verb ``v``: a following particle and "in a statement"."""
    toks = view.tokens
    b = v
    for c in view.children[v]:
        if c == b + 1 and toks[c].dep == "prt":
            b = c
    for c in view.kids(v, "prep"):
        if c == b + 1 and toks[c].text.lower() == "in":
            objs = view.kids(c, "pobj")
            if objs and toks[objs[0]].lemma.lower() in _STATEMENT_NOUNS:
                b = max(b, view.right[objs[0]])
    return v, b


def _adjacent_quote(view: View, v: int, used: set[int]) -> int:
    """A quote region next to verb ``v`` in its sentence (or just after it), else -1."""
    toks = view.tokens
    sent = view.sentences[toks[v].sent]
    best = -1
    best_gap = 10**9
    lo = max(sent.token_start, v - _QUOTE_WINDOW)
    for i in range(lo, min(sent.token_end + 3, len(toks), v + _QUOTE_WINDOW)):
        q = view.quote_of[i]
        if q < 0 or q in used:
            continue
        quote = view.quotes[q]
        if quote.start <= toks[v].start < quote.end:
            continue
        if i >= sent.token_end and not (
            sent.token_end - 1 >= 0 and toks[sent.token_end - 1].text == ":"
        ):
            break
        gap = min(abs(quote.end - toks[v].start), abs(quote.start - toks[v].end))
        if gap < best_gap and gap < 80:
            best, best_gap = q, gap
    return best


def _learned_cue_range(view: View, v: int, model: CueModel) -> tuple[int, int] | None:
    """Cue tokens of head ``v`` by the learned extent table (contiguous), or None."""
    rates = {c: model.cue_child(view, c) for c in view.children[v]}
    if all(r is None for r in rates.values()):
        return None
    keep = {c for c, r in rates.items() if r is not None and r >= 0.5}
    a = b = v
    while a - 1 in keep:
        a -= 1
    while b + 1 in keep:
        b += 1
    return a, b


def _learned_content(
    view: View, v: int, cue: tuple[int, int], model: CueModel
) -> tuple[int, float]:
    """The child of ``v`` (or of a preposition in the cue) most often the content."""
    best, best_rate = -1, 0.0
    kids = [c for c in view.children[v] if not cue[0] <= c <= cue[1]]
    for p in view.children[v]:
        if cue[0] <= p <= cue[1] and view.tokens[p].dep == "prep":
            kids += view.kids(p, "pobj", "pcomp")
    for c in kids:
        if view.tokens[c].dep in _SUBJ_DEPS or view.tokens[c].dep == "punct":
            continue
        rate = model.content_child(view, c)
        if rate is not None and rate > best_rate:
            best, best_rate = c, rate
    return best, best_rate


def _extend_content(
    view: View, v: int, c: int, cue: tuple[int, int], model: CueModel
) -> tuple[int, int]:
    """Token range of content child ``c`` grown over siblings that the learned
    table says usually lie inside the content ("accused X of Y")."""
    lo, hi = view.left[c], view.right[c]
    sibs = sorted(
        k
        for k in view.children[v]
        if k != c and not cue[0] <= k <= cue[1] and view.tokens[k].dep not in _SUBJ_DEPS
    )
    right = [k for k in sibs if k > c]
    left = [k for k in sibs if k < c and k > cue[1]]
    for side, grow in ((right, True), (list(reversed(left)), False)):
        for k in side:
            if view.tokens[k].dep == "punct":
                continue
            rate = model.content_part(view, k)
            listener = view.tokens[k].dep in ("dobj", "dative") and (
                view.tokens[v].lemma.lower() in LISTENER_VERBS
            )
            if rate is None or rate < 0.5 or listener:
                break
            if grow:
                hi = max(hi, view.right[k])
            else:
                lo = min(lo, view.left[k])
    return lo, hi


def _split_pair(view: View, content: list[tuple[int, int]], other: int) -> bool:
    """True when quote ``other`` and the content are the halves of one split quote:
    "“A,” he said, “B.”" (a short gap holding no sentence end between them)."""
    qs, qe = view.quotes[other].start, view.quotes[other].end
    if _overlaps_chars((qs, qe), content):
        return False
    if qs >= content[-1][1]:
        gap = view.text[content[-1][1] : qs]
        first = view.text[content[-1][0] : content[-1][1]]
    else:
        gap = view.text[qe : content[0][0]]
        first = view.text[qs:qe]
    closes_with_comma = first.rstrip("\"”»' ").endswith(",")
    return len(gap) <= 60 and closes_with_comma and not any(ch in gap for ch in ".:;?!\n")


def _between_commas(view: View, v: int) -> bool:
    """True for a parenthetical report: ", he said," with a comma on both sides."""
    toks = view.tokens
    lo, hi = view.left[v], view.right[v]
    return (
        lo > 0
        and hi + 1 < len(toks)
        and toks[lo - 1].text == ","
        and toks[hi + 1].text in (",", ".")
        and toks[v].head != v
    )


def _parenthetical_content(view: View, v: int, quotes: set[int]) -> list[tuple[int, int]]:
    """Content of "X, he said, Y": the head clause around the parenthetical verb."""
    h = view.tokens[v].head
    if h == v:
        return []
    lo, hi = view.left[h], view.right[h]
    vlo, vhi = view.left[v], view.right[v]
    parts: list[tuple[int, int]] = []
    if lo < vlo:
        parts += _content_from_tokens(view, lo, vlo - 1, quotes, v)
    if vhi < hi:
        parts += _content_from_tokens(view, vhi + 1, hi, quotes, v)
    return parts


def _verb_cands(view: View, model: CueModel, used: set[int]) -> list[Cand]:
    """Attributions introduced by reporting verbs."""
    out: list[Cand] = []
    toks = view.tokens
    for t in toks:
        if not is_candidate(view, t.i):
            continue
        lemma = t.lemma.lower()
        # A report inside a quote is a hop of a chain even where the model, trained
        # on univocal PolNeAR (which never nests), would not take it.
        nested = view.quote_of[t.i] >= 0 and lemma in CUE_VERBS and bool(view.kids(t.i, "ccomp"))
        # A reporting verb the tagger took for a noun: the parse still shows its clause.
        mistagged = t.pos in ("NOUN", "PROPN") and lemma in CUE_VERBS
        if mistagged:
            nested = False
        elif not nested and model.score(view, t.i) < 0.5:
            continue
        subj_kids = view.kids(t.i, *_SUBJ_DEPS)
        if lemma == "read" and not (subj_kids and toks[subj_kids[0]].lemma.lower() in TEXT_NOUNS):
            continue
        cue = _learned_cue_range(view, t.i, model) or (t.i, t.i)
        cue = (cue[0], max(cue[1], _cue_range(view, t.i)[1]))
        quotes: set[int] = set()
        content: list[tuple[int, int]] = []
        c, rate = _learned_content(view, t.i, cue, model)
        if lemma in LISTENER_VERBS and c >= 0 and toks[c].dep in ("dobj", "dative"):
            c = -1  # "told reporters": the listener is not what was said
        q = _adjacent_quote(view, t.i, used)
        if q >= 0 and (
            c < 0 or (lemma in _SPEECH_VERBS and rate < 0.5 and toks[c].dep not in _CLAUSE_DEPS)
        ):
            c = -1  # a quote next to the cue beats a weak guess from the parse
        while (
            cue[1] > t.i and toks[cue[1]].dep == "prep" and not (c >= 0 and toks[c].head == cue[1])
        ):
            cue = (cue[0], cue[1] - 1)  # "confirmed on Tuesday": the preposition is not cue
        if c >= 0 and rate >= 0.3:
            lo, hi = _extend_content(view, t.i, c, cue, model)
            content = _content_from_tokens(view, lo, hi, quotes, t.i)
        clause = view.kids(t.i, *_CLAUSE_DEPS)
        if not content and clause:
            c = clause[0]
            content = _content_from_tokens(view, view.left[c], view.right[c], quotes, t.i)
        if not content:
            objs = view.kids(t.i, "dobj")
            if (
                objs
                and lemma not in LISTENER_VERBS
                and lemma not in _NEEDS_CLAUSE
                and lemma in OBJECT_CONTENT_VERBS
            ):
                o = objs[0]
                content = _content_from_tokens(view, view.left[o], view.right[o], quotes, t.i)
        if not content:
            q = _adjacent_quote(view, t.i, used)
            if q >= 0:
                quotes.add(q)
                content = _content_from_tokens(view, *_quote_tokens(view, q), quotes)
        if (not content and t.dep == "parataxis") or (not content and _between_commas(view, t.i)):
            content = _parenthetical_content(view, t.i, quotes)
        if not content:
            continue
        if quotes:  # "“A,” he said, “B.”": the quote on the other side is content too
            other = _adjacent_quote(view, t.i, used | quotes)
            if other >= 0 and _split_pair(view, content, other):
                quotes.add(other)
                content = sorted([*content, (view.quotes[other].start, view.quotes[other].end)])
        source = _subject(view, t.i)
        if source is not None and _overlaps_chars(view.chars(*source), content):
            source = None
        content = [p for p in content if not _inside(view.chars(*cue), p)]
        if not content:
            continue
        used |= quotes
        forced = nested and model.score(view, t.i) < 0.5
        out.append(Cand(cue, source, content, "indirect", t.sent, t.i, quotes, forced))
    return out


def _quote_tokens(view: View, q: int) -> tuple[int, int]:
    """Token range [a, b] covering quote region ``q``."""
    quote = view.quotes[q]
    idx = [i for i in _tokens_between(view, quote.start, quote.end)]
    return idx[0], idx[-1]


def _tokens_between(view: View, start: int, end: int) -> list[int]:
    """Indices of the tokens inside char range [start, end) (binary search)."""
    toks = view.tokens
    lo, hi = 0, len(toks)
    while lo < hi:
        mid = (lo + hi) // 2
        if toks[mid].end <= start:
            lo = mid + 1
        else:
            hi = mid
    out = []
    i = lo
    while i < len(toks) and toks[i].start < end:
        out.append(i)
        i += 1
    return out or [max(0, min(lo, len(toks) - 1))]


def _overlaps_chars(span: tuple[int, int], parts: list[tuple[int, int]]) -> bool:
    return any(span[0] < e and s < span[1] for s, e in parts)


def _inside(span: tuple[int, int], part: tuple[int, int]) -> bool:
    return part[0] >= span[0] and part[1] <= span[1]


def _according_cands(view: View, used: set[int]) -> list[Cand]:
    """``according to X`` and ``per X``: the rest of the clause is the content."""
    out: list[Cand] = []
    toks = view.tokens
    for t in toks[:-1]:
        if t.text.lower() != "according" or toks[t.i + 1].text.lower() != "to":
            continue
        to = t.i + 1
        objs = view.kids(to, "pobj")
        if not objs:
            continue
        src = view.trim(view.left[objs[0]], view.right[objs[0]])
        if src is None:
            continue
        head = t.head if t.head != t.i else to
        sent = view.sentences[t.sent]
        lo = view.left[head] if head != t.i else sent.token_start
        hi = view.right[head] if head != t.i else sent.token_end - 1
        acc_lo, acc_hi = min(t.i, view.left[t.i]), max(src[1], view.right[t.i])
        quotes: set[int] = set()
        content: list[tuple[int, int]] = []
        if lo < acc_lo:
            content += _content_from_tokens(view, lo, acc_lo - 1, quotes, t.i)
        if acc_hi < hi:
            content += _content_from_tokens(view, acc_hi + 1, hi, quotes, t.i)
        if not content:
            continue
        used |= quotes
        out.append(Cand((t.i, to), src, content, "according_to", t.sent, t.i, quotes))
    return out


def _noun_cands(view: View, used: set[int]) -> list[Cand]:
    """Noun cues with a holder: "Banks's claim that ...", "a claim by the ministry that"."""
    out: list[Cand] = []
    toks = view.tokens
    for t in toks:
        if t.pos != "NOUN" or t.lemma.lower() not in CUE_NOUNS:
            continue
        clause = [
            c
            for c in view.kids(t.i, "acl", "ccomp", "appos")
            if toks[view.left[c]].text.lower() == "that" and view.left[c] > t.i
        ]
        if not clause:
            continue
        source: tuple[int, int] | None = None
        poss = view.kids(t.i, "poss")
        if poss:
            p = poss[0]
            source = view.trim(
                view.left[p],
                view.right[p] if toks[view.right[p]].dep != "case" else view.right[p] - 1,
            )
        for prep in view.kids(t.i, "prep"):
            if toks[prep].text.lower() in ("by", "from", "of") and source is None:
                objs = view.kids(prep, "pobj")
                if objs:
                    source = view.trim(view.left[objs[0]], view.right[objs[0]])
        if source is None:
            continue
        quotes: set[int] = set()
        c = clause[0]
        content = _content_from_tokens(view, view.left[c], view.right[c], quotes)
        if not content:
            continue
        used |= quotes
        out.append(Cand((t.i, t.i), source, content, "noun_phrase", t.sent, t.i, quotes))
    return out


def _orphan_quotes(view: View, cands: list[Cand], used: set[int]) -> None:
    """Quotes with no cue of their own: continue the previous quote or take the
    subject of the sentence before as their speaker (source in an earlier sentence)."""
    toks = view.tokens
    by_end = sorted(cands, key=lambda c: c.content[-1][1])
    k = 0
    last: Cand | None = None
    for q, quote in enumerate(view.quotes):
        if q in used or quote.end - quote.start < 8:
            continue
        while k < len(by_end) and by_end[k].content[-1][1] <= quote.start:
            last = by_end[k]
            k += 1
        a, b = _quote_tokens(view, q)
        if b - a < 2 or any(
            _overlaps_chars((quote.start, quote.end), c.content) for c in by_end[k : k + 3]
        ):
            continue
        sent = toks[a].sent
        s_start = view.sentences[sent].start
        if not _only_marks(view.text[s_start : quote.start]):
            continue  # a title or scare quote inside a sentence, not speech
        if (
            last is not None
            and last.quotes
            and toks[_tokens_between(view, last.content[-1][0], last.content[-1][1])[-1]].sent
            >= sent - 2
        ):
            last.content.append((quote.start, quote.end))
            last.quotes.add(q)
            used.add(q)
            continue
        if sent == 0:
            continue
        prev = view.sentences[sent - 1]
        for i in range(prev.token_start, prev.token_end):
            t = toks[i]
            if (
                t.dep == "nsubj"
                and toks[t.head].dep == "ROOT"
                and (
                    t.ent_type in ("PERSON", "GOV", "ORG", "CHANNEL")
                    or t.text.lower() in ("he", "she", "they")
                )
            ):
                src = view.trim(view.left[i], view.right[i])
                if src is not None:
                    cands.append(
                        Cand(None, src, [(quote.start, quote.end)], "direct", sent, a, {q})
                    )
                    used.add(q)
                break


def _set_kind(view: View, cand: Cand) -> None:
    """Direct when the content is all quotes, mixed when it holds one, else as found."""
    if cand.kind not in ("indirect", "direct") or not cand.quotes:
        return
    spans = {(view.quotes[q].start, view.quotes[q].end) for q in cand.quotes}
    cand.kind = "direct" if all(p in spans for p in cand.content) else "mixed"


_TEXT_CUES = _words("read reads said says stated states declared")


def _text_noun_cands(view: View, used: set[int], taken: set[int]) -> list[Cand]:
    """ "The post read: “...”": a text noun followed by a reading verb, any parse."""
    out: list[Cand] = []
    toks = view.tokens
    for t in toks[1:]:
        if t.i in taken or t.text.lower() not in _TEXT_CUES:
            continue
        noun = toks[t.i - 1]
        if noun.lemma.lower() not in TEXT_NOUNS or noun.sent != t.sent:
            continue
        a = noun.i
        while a > view.sentences[t.sent].token_start and toks[a - 1].dep in (
            "det",
            "compound",
            "amod",
            "poss",
            "case",
            "nummod",
        ):
            a -= 1
        quotes: set[int] = set()
        q = _adjacent_quote(view, t.i, used)
        if q >= 0 and view.quotes[q].start > t.start:
            quotes.add(q)
            content = _content_from_tokens(view, *_quote_tokens(view, q), quotes)
        else:
            end = view.sentences[t.sent].token_end - 1
            content = _content_from_tokens(view, t.i + 1, end, quotes) if end > t.i else []
        if not content:
            continue
        used |= quotes
        out.append(Cand((t.i, t.i), (a, noun.i), content, "indirect", t.sent, t.i, quotes))
    return out


def find_candidates(view: View, model: CueModel | None = None) -> list[Cand]:
    """All rule candidates of an article, before nesting and source resolution."""
    used: set[int] = set()
    cands = _according_cands(view, used)
    taken = {c.anchor for c in cands}
    verbs = _verb_cands(view, model or LexiconCues(), used)
    for cand in verbs + _noun_cands(view, used):
        if cand.anchor not in taken:
            cands.append(cand)
            taken.add(cand.anchor)
    cands += _text_noun_cands(view, used, taken)
    _orphan_quotes(view, cands, used)
    # A hop taken only for nesting stays only when something holds it.
    holders = sorted(p for c in cands if not c.forced for p in c.content)
    starts = [s for s, _ in holders]
    reach: list[int] = []  # the furthest end among holders starting at or before each
    for _, e in holders:
        reach.append(max(e, reach[-1]) if reach else e)

    def held(pos: int) -> bool:
        k = bisect.bisect_right(starts, pos) - 1
        return k >= 0 and reach[k] > pos

    cands = [c for c in cands if not c.forced or held(view.tokens[c.anchor].start)]
    for cand in cands:
        _set_kind(view, cand)
    cands.sort(key=lambda c: c.content[0][0])
    return cands
