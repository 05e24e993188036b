"""Span helpers for the rules: contents widened to quotes, sources, cue extents.

Everything works on token indices of a ``View`` and returns token ranges
(inclusive) or character ranges (half-open). Searches are bounded (a window
around the cue, a cap on content length) so run-on input stays linear.
"""

from __future__ import annotations

import bisect

from .base import (
    DATELINE,
    MAX_CONTENT,
    QUOTE_WINDOW,
    STATEMENT_NOUNS,
    SUBJ_DEPS,
    CueModel,
)
from .lexicon import CUE_VERBS, LISTENER_VERBS
from .subjects import source_span
from .view import View


def only_marks(text: str) -> bool:
    """True when ``text`` holds no letters or digits (marks, punctuation, space)."""
    return not any(ch.isalnum() for ch in text)


def _quoted(view: View, pos: int) -> bool:
    """True when character ``pos`` lies inside a quote region (binary search)."""
    quotes = view.quotes
    lo = bisect.bisect_right(quotes, pos, key=lambda q: q.end)
    return lo < len(quotes) and quotes[lo].start <= pos


_PAIRED = (" -- ", " — ", " – ")  # dashes that open, and may close, an aside


def content_from_tokens(
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
    a, b = _without_trailing_relative(view, *span)
    while b > a and view.tokens[b].dep == "cc" and view.quote_of[b] < 0:
        span = view.trim(a, b - 1)  # "..., and": a conjunction left dangling by the parse
        if span is None:
            return []
        a, b = span
    text = view.text
    start, end = view.chars(a, b)
    dateline = DATELINE.match(text, start, end)
    if dateline and dateline.end() < end and (a == 0 or "\n" in text[start - 2 : start + 1]):
        start = dateline.end()  # "VELL (Harbor Times) — The port ...": the place is no content
    cue_q = view.quote_of[cue] if cue >= 0 else -1
    for i in (a, b):
        q = view.quote_of[i]
        if q < 0:
            continue
        quote = view.quotes[q]
        if q != cue_q:
            start, end = min(start, quote.start), max(end, quote.end)
            cand_quotes.add(q)
        elif i == a and only_marks(text[quote.start : start]):
            start = quote.start
        elif i == b and only_marks(text[end : quote.end]):
            end = quote.end
    if end - start > MAX_CONTENT:  # a run-on parse: cut at a word boundary
        cut = text.rfind(" ", start, start + MAX_CONTENT)
        end = cut if cut > start else start + MAX_CONTENT
    nl = text.find("\n", start, end)
    aside: tuple[int, int] | None = None
    for dash in (*_PAIRED, "; "):
        d = text.find(dash, start, end)
        if d > start and view.quote_of[a] < 0 and (nl < 0 or d < nl) and not _quoted(view, d):
            close = text.find(dash, d + len(dash), end if nl < 0 else nl) if dash in _PAIRED else -1
            if close > 0 and close + len(dash) < (end if nl < 0 else nl):
                # "promised Telvik and Ostra — two towns with empty piers — new ferries": the
                # paired aside is the writer's; the report goes on after it
                aside = (d, close + len(dash))
                break
            nl = d  # a dashed aside or a clause after a semicolon is the writer's
    if nl >= 0:
        end = nl
        while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;:"):
            end -= 1
        if end <= start:
            return []
    if aside is None and view.quote_of[a] < 0:
        tail = _after_aside(view, b, end)
        if tail is not None:  # the parse stopped at the aside's first dash
            end = tail[1]
    # a paired aside inside the report stays in its span, as annotators mark it
    parts = [(start, end)]
    for q in sorted(cand_quotes):
        nxt = view.quotes[q].next
        while nxt >= 0 and nxt not in cand_quotes:
            cand_quotes.add(nxt)
            parts.append((view.quotes[nxt].start, view.quotes[nxt].end))
            nxt = view.quotes[nxt].next
    return parts


def _set_off(view: View, k: int) -> bool:
    """Token ``k`` heads a writer's gloss: a relative clause, or an apposition that
    describes ("the former mayor", "a town of 900"; a name in apposition is kept)."""
    t = view.tokens[k]
    if t.dep == "relcl":
        return True
    return t.dep == "appos" and view.tokens[view.left[k]].pos in ("DET", "NUM")


def _without_trailing_relative(view: View, a: int, b: int) -> tuple[int, int]:
    """Token range [a, b] less a gloss set off by a comma at its end: "backed the new
    port, which opened in May", "praised Vela, the harbour master" — the writer's note
    on the port or the person, not the report."""
    toks = view.tokens
    for k in range(a + 2, b + 1):
        if (
            _set_off(view, k)
            and view.right[k] == b
            and view.quote_of[k] < 0
            and toks[view.left[k] - 1].text == ","
            and view.left[k] - 1 > a
        ):
            span = view.trim(a, view.left[k] - 2)
            return span if span is not None else (a, b)
    return a, b


def _after_aside(view: View, b: int, end: int) -> tuple[int, int] | None:
    """The rest of a sentence after a paired dash aside that directly follows the
    content: "has promised A and B — two towns with empty piers — new ferries"."""
    text = view.text
    j = end
    while j < len(text) and text[j] in ",":
        j += 1
    dash = next((d for d in _PAIRED if text.startswith(d, j)), None)
    if dash is None:
        return None
    sent = view.sentences[view.tokens[b].sent]
    close = text.find(dash, j + len(dash), sent.end)
    if close < 0 or _quoted(view, close):
        return None
    rest, stop = close + len(dash), sent.end
    while stop > rest and (text[stop - 1].isspace() or text[stop - 1] in ".,;:"):
        stop -= 1
    return (rest, stop) if stop > rest and "\n" not in text[rest:stop] else None


def raised_subject(
    view: View, v: int, content: list[tuple[int, int]], model: CueModel
) -> tuple[int, int] | None:
    """The subject of ``v`` when it belongs to the content rather than being the
    source: "North Korea is not thought to be capable of ...", "the campaign
    appeared to concede ...", "Manafort was recommended" (a learned rate per
    verb, voice and whether an open complement is the content)."""
    subj = view.kids(v, "nsubj", "nsubjpass")
    if not subj:
        return None
    x = next(
        (
            k
            for k in view.kids(v, "xcomp")
            if overlaps_chars(view.chars(view.left[k], view.right[k]), content)
        ),
        -1,
    )
    toks = view.tokens
    # "Kestavia said to be buying ...": the evidential "said to", whatever the parse
    evidential = (
        toks[v].text.lower() == "said"
        and v + 2 < len(toks)
        and toks[v + 1].text == "to"
        and toks[v + 2].pos in ("VERB", "AUX")
    )
    rate = 1.0 if evidential else model.subject_rate(view, v, x)
    if rate is None or rate < 0.5:
        return None
    span = source_span(view, subj[0])
    if span is None or overlaps_chars(view.chars(*span), content):
        return None
    return span


def cut_out(
    view: View, content: list[tuple[int, int]], source: tuple[int, int], cue: tuple[int, int]
) -> list[tuple[int, int]]:
    """``content`` less the source and cue inside it, when they stand together:
    "which Mr. Roe says he is doing" has content "which" + "he is doing"."""
    a, b = min(source[0], cue[0]), max(source[1], cue[1])
    if b - a > (source[1] - source[0]) + (cue[1] - cue[0]) + 2:
        return content  # source and cue apart: not one aside
    cs, ce = view.chars(a, b)
    text = view.text
    out: list[tuple[int, int]] = []
    for s, e in content:
        for ps, pe in ((s, min(e, cs)), (max(s, ce), e)):
            while ps < pe and not text[ps].isalnum() and text[ps] not in "\"“‘'(":
                ps += 1
            while pe > ps and (text[pe - 1].isspace() or text[pe - 1] in ",;:-–—"):
                pe -= 1
            if any(ch.isalnum() for ch in text[ps:pe]):
                out.append((ps, pe))
    return out


def relative_word(
    view: View, v: int, content: list[tuple[int, int]], source: tuple[int, int] | None
) -> int:
    """The relative word that stands for what verb ``v`` reports, or -1: "what critics
    have called a giveaway", "the pier, which Vela described as a disaster", "the
    tax that she called unfair" (not the relative subject, "who said", the source)."""
    toks = view.tokens
    if not content or content[0][0] < toks[v].end or view.kids(v, "ccomp"):
        return -1  # "which she thought that ...": the clause is the content
    for k in range(view.left[v], v):
        t = toks[k]
        if t.tag not in ("WDT", "WP") or t.head != v or t.dep != "dobj":
            continue
        if source is not None and source[0] <= k <= source[1]:
            continue
        return k if not overlaps_chars((t.start, t.end), content) else -1
    return -1


def agent_of(view: View, v: int) -> tuple[int, int] | None:
    """The by-phrase object of passive verb ``v``, if any."""
    for agent in view.kids(v, "agent"):
        for o in view.kids(agent, "pobj"):
            return view.trim(view.left[o], view.right[o])
    return None


def cue_range(view: View, v: int) -> tuple[int, int]:
    """The cue tokens of verb ``v``: a following particle and "in a statement"."""
    toks = view.tokens
    b = v
    for c in view.children[v]:
        if c == b + 1 and toks[c].dep == "prt":
            b = c
    for c in view.kids(v, "prep"):
        if c == b + 1 and toks[c].text.lower() == "in":
            objs = view.kids(c, "pobj")
            if objs and toks[objs[0]].lemma.lower() in STATEMENT_NOUNS:
                b = max(b, view.right[objs[0]])
    return v, b


def adjacent_quote(view: View, v: int, used: set[int]) -> int:
    """A quote region next to verb ``v`` in its sentence (or just after it), else -1."""
    toks = view.tokens
    sent = view.sentences[toks[v].sent]
    best = -1
    best_gap = 10**9
    lo = max(sent.token_start, v - QUOTE_WINDOW)
    for i in range(lo, min(sent.token_end + 3, len(toks), v + QUOTE_WINDOW)):
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
    return best if best >= 0 else _quote_before(view, v, used)


def _quote_before(view: View, v: int, used: set[int]) -> int:
    """A quote closing the sentence before verb ``v``'s, when only the speaker stands
    between them: "“Will it sail?” Odum asked." (the parser ends a sentence at "?”")."""
    toks = view.tokens
    sent = view.sentences[toks[v].sent]
    if sent.token_start == 0 or v - sent.token_start > 12:
        return -1
    q = view.quote_of[sent.token_start - 1]
    if q < 0 or q in used or toks[v].start - view.quotes[q].end > 80:
        return -1
    between = range(sent.token_start, v)
    if any(view.quote_of[i] >= 0 or toks[i].pos in ("VERB", "AUX") for i in between):
        return -1
    if not only_marks(view.text[view.quotes[q].end : toks[sent.token_start].start]):
        return -1
    return q


def learned_cue_range(view: View, v: int, model: CueModel) -> tuple[int, int] | None:
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


def inner_verb(view: View, v: int, cue: tuple[int, int]) -> int:
    """The last verb of a cue chain inside the cue span: "continued to insist"
    gives "insist", whose dependents hold the content."""
    for _ in range(4):
        inner = [k for k in view.kids(v, "xcomp") if cue[0] <= k <= cue[1]]
        if not inner:
            break
        v = inner[0]
    return v


def learned_content(view: View, v: int, cue: tuple[int, int], model: CueModel) -> tuple[int, float]:
    """The child of ``v`` (or of a preposition in the cue) most often the content."""
    best, best_rate = -1, 0.0
    kids = [c for c in view.children[v] if not cue[0] <= c <= cue[1]]
    for p in view.children[v]:
        if cue[0] <= p <= cue[1] and view.tokens[p].dep == "prep":
            kids += view.kids(p, "pobj", "pcomp")
    # a semicolon joins a separate clause, never the verb's complement: "Water is safe,
    # authority says; only 2.5 tonnes leaked"
    semis = [k for k in view.children[v] if view.tokens[k].text == ";"]
    for c in kids:
        if view.tokens[c].dep in SUBJ_DEPS or view.tokens[c].dep == "punct":
            continue
        if any(min(v, c) < k < max(v, c) for k in semis):
            continue
        rate = model.content_child(view, c)
        if rate is not None and rate > best_rate:
            best, best_rate = c, rate
    return best, best_rate


def extend_content(
    view: View, v: int, c: int, cue: tuple[int, int], model: CueModel
) -> tuple[int, int]:
    """Token range of content child ``c`` grown over siblings that the learned
    table says usually lie inside the content ("accused X of Y")."""
    lo, hi = view.left[c], view.right[c]
    sibs = sorted(
        k
        for k in view.children[v]
        if k != c and not cue[0] <= k <= cue[1] and view.tokens[k].dep not in SUBJ_DEPS
    )
    # never across the cue: "“A,” he said of B" keeps "of B" out of a content before it
    right = [k for k in sibs if k > c and (c > cue[1] or k < cue[0])]
    left = [k for k in sibs if k < c and k > cue[1]]
    for side, grow in ((right, True), (list(reversed(left)), False)):
        for k in side:
            if view.tokens[k].dep == "punct":
                continue
            if grow and trailing_report(view, k):
                break  # "X claims Y, the Courier reported": the Courier's report, not X's
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


def trailing_report(view: View, k: int) -> bool:
    """Clause ``k`` is a report set off after a comma with its own subject ("..., the
    Vellan Courier reported on Monday"), which the parser hung on the verb before it."""
    toks = view.tokens
    subj = view.kids(k, "nsubj")
    return (
        toks[k].dep in ("ccomp", "conj")
        and toks[k].lemma.lower() in CUE_VERBS
        and bool(subj)
        and subj[0] < k
        and toks[view.left[subj[0]] - 1].text == ","
        and not view.kids(k, "ccomp", "dobj")
    )


def quote_tokens(view: View, q: int) -> tuple[int, int]:
    """Token range [a, b] covering quote region ``q``."""
    quote = view.quotes[q]
    idx = [i for i in tokens_between(view, quote.start, quote.end)]
    return idx[0], idx[-1]


def tokens_between(view: View, start: int, end: int) -> list[int]:
    """Indices of the tokens inside char range [start, end) (binary search)."""
    toks = view.tokens
    lo = bisect.bisect_right(toks, start, key=lambda t: t.end)
    out = []
    i = lo
    while i < len(toks) and toks[i].start < end:
        out.append(i)
        i += 1
    return out or [max(0, min(lo, len(toks) - 1))]


def overlaps_chars(span: tuple[int, int], parts: list[tuple[int, int]]) -> bool:
    return any(span[0] < e and s < span[1] for s, e in parts)


def inside(span: tuple[int, int], part: tuple[int, int]) -> bool:
    return part[0] >= span[0] and part[1] <= span[1]


def paragraph_after_colon(text: str, end: int) -> int | None:
    """Where the next paragraph starts when a colon closes the line at char ``end``
    ("X claims that:" then a new line), else None."""
    j = end
    while j < len(text) and text[j] in " \t":
        j += 1
    if j >= len(text) or text[j] != ":":
        return None
    k = j + 1
    while k < len(text) and text[k].isspace():
        k += 1
    if k >= len(text) or "\n" not in text[j + 1 : k]:
        return None
    return k


def colon_content(
    view: View, content: list[tuple[int, int]], after: int
) -> tuple[int, int, int] | None:
    """What a report ending in a colon introduces on the next line: "X claims that:" /
    "the post read:" followed by a paragraph. ``content`` is what the parse found (empty
    or a bare "that"), ``after`` the char offset where it, or the cue, ends. Returns
    (start, end, quote index or -1): the quote that opens the next paragraph, else the
    paragraph itself (at most MAX_CONTENT characters).
    """
    text = view.text
    if content:
        found = " ".join(text[a:b] for a, b in content).strip().lower()
        if found not in ("that", ""):
            return None
        after = max(b for _, b in content)
    k = paragraph_after_colon(text, after)
    if k is None:
        return None
    for q, quote in enumerate(view.quotes):
        if quote.start == k:
            return quote.start, quote.end, q
        if quote.start > k:
            break
    end = text.find("\n", k)
    end = len(text) if end < 0 else end
    end = min(end, k + MAX_CONTENT)
    while end > k and text[end - 1].isspace():
        end -= 1
    return (k, end, -1) if end > k else None
