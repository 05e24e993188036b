"""Source spans: the subject of a cue verb and how far its phrase reaches.

``subject`` finds the source token range of a cue verb (its subject, inherited
through coordination and open complements, the holder of a relative clause or
of a participle, a name the parser left stranded); ``source_span`` trims the
phrase to what PolNeAR counts as the source (no second apposition, no clause or
time phrase set off after it, no focus word before it).
"""

from __future__ import annotations

from .base import DATELINE, STATEMENT_NOUNS, SUBJ_DEPS
from .view import View

__all__ = ["postposed_subject", "source_span", "stranded_subject", "subject"]

_SAID_IN = STATEMENT_NOUNS | frozenset(["interview", "call", "conference", "briefing"])
TRAILING_DEPS = frozenset({"acl", "advcl"})  # relcl, amod measured harmful on PolNeAR train


def source_span(view: View, s: int) -> tuple[int, int] | None:
    """Token range of the source phrase headed by ``s``: its subtree less a
    second apposition, a participle or clause set off by a comma ("X, speaking
    in Y,": PolNeAR keeps appositions and, as often as not, relative clauses,
    but not these) and anything before a line break (a dateline or heading
    glued on by the parser)."""
    toks = view.tokens
    lo, hi = view.left[s], view.right[s]
    for a in view.kids(s, "appos"):
        for inner in view.kids(a, "appos"):  # an apposition of the apposition
            if view.right[inner] == hi and view.left[inner] > a:
                hi = view.left[inner] - 1
                while hi > s and toks[hi].dep in ("cc", "punct"):
                    hi -= 1  # "X, a former adviser to Y and a former director": no "and"
    for h in (s, *view.kids(s, "appos")):
        for k in view.children[h]:
            if k > s and toks[view.left[k] - 1].text == "," and _set_off(view, k):
                hi = min(hi, view.left[k] - 1)  # "X, speaking in Y, said"
    for k in view.children[s]:
        if k > s and k <= hi and _circumstance(view, k):
            hi = min(hi, view.left[k] - 1)  # "the campaign on Monday", "X in an interview"
    while lo < s and toks[lo].text.lower() in _FOCUS and toks[lo].head in (s, lo + 1):
        lo += 1  # "even some of his admirers": the writer's focus word
    nl = view.text.rfind("\n", toks[lo].start, toks[s].start)
    if nl >= 0:
        while lo < s and toks[lo].start < nl:
            lo += 1
    line = view.text.rfind("\n", 0, toks[lo].start) + 1
    dateline = DATELINE.match(view.text, toks[lo].start, toks[s].start)
    if dateline and not view.text[line : toks[lo].start].strip():
        while lo < s and toks[lo].start < dateline.end():
            lo += 1  # "PORT ALDER — Mayor Vela said": the place is the story's, not the source
    if lo == _line_second(view, lo):
        lo -= 1  # "Ostra Mayor Ines Tarvo said": a name word the parse cut off the line start
    # "“...,” Banks, who ..., told": the comma and closing mark are the quote's
    while lo < s and (view.is_quote_mark(lo) or toks[lo].text in _EDGE):
        lo += 1
    hi = max(hi, s)
    while hi > s and (view.is_quote_mark(hi) or toks[hi].text in _EDGE):
        hi -= 1
    span = view.trim(lo, hi)
    if span is not None and span[1] + 1 < len(toks) and toks[span[1] + 1].text == ")":
        opened = sum(toks[i].text == "(" for i in range(span[0], span[1] + 1))
        if opened > sum(toks[i].text == ")" for i in range(span[0], span[1] + 1)):
            span = (span[0], span[1] + 1)  # "Sen. Ada Kell (D-Ostra)": the gloss closes
    return span


_EDGE = frozenset(",;:-–—")


def _set_off(view: View, k: int) -> bool:
    """Token ``k`` heads a participle or clause set off after the source, or a relative
    clause that quotes (its quotation is a report of its own): "Vela, who called the
    plan “a gift to the rich,” said"."""
    dep = view.tokens[k].dep
    if dep in TRAILING_DEPS:
        return True
    return dep == "relcl" and any(
        view.quote_of[i] >= 0 for i in range(view.left[k], view.right[k] + 1)
    )


def _line_second(view: View, i: int) -> int:
    """``i`` when token ``i`` is the second word of its line and the first is a
    capitalised name word (a proper noun or part of an entity), else -1: the parser
    sometimes ends a sentence after a leading place or title ("Ostra", "Pres.")."""
    toks = view.tokens
    if i < 1:
        return -1
    first = toks[i - 1]
    if not first.text[:1].isupper() or (first.pos != "PROPN" and not first.ent_type):
        return -1
    gap = view.text[first.end : toks[i].start]
    line = view.text.rfind("\n", 0, first.start) + 1
    if gap != " " or view.text[line : first.start].strip():
        return -1
    return i


_FOCUS = frozenset(["even", "only", "also", "as"])
_TIME_ENTS = frozenset(["DATE", "TIME"])


def _circumstance(view: View, k: int) -> bool:
    """True for a when or where-said phrase the parser hung on a source: "on Monday",
    "last week", "in an interview", "in a statement"."""
    t = view.tokens[k]
    if t.dep == "npadvmod":
        return t.ent_type in _TIME_ENTS
    if t.dep != "prep":
        return False
    objs = view.kids(k, "pobj")
    if not objs:
        return False
    o = view.tokens[objs[0]]
    return o.ent_type in _TIME_ENTS or o.lemma.lower() in _SAID_IN


def subject(view: View, v: int) -> tuple[int, int] | None:
    """The source token range of verb ``v``: its subject, inherited when absent."""
    toks = view.tokens
    seen = 0
    while seen < 4:
        seen += 1
        subj = view.kids(v, *SUBJ_DEPS)
        if subj:  # prefer a subject outside quotes, nearest the verb
            s = min(subj, key=lambda k: (view.quote_of[k] >= 0, abs(k - v)))
            return source_span(view, s)
        agent = view.kids(v, "agent")
        if agent:
            objs = view.kids(agent[0], "pobj")
            if objs:
                return view.trim(view.left[objs[0]], view.right[objs[0]])
        dep = toks[v].dep
        head = toks[v].head
        if head == v:
            return stranded_subject(view, v)
        if dep == "relcl":  # "Banks, who said ..."
            return (head, head) if toks[head].pos in ("PROPN", "NOUN", "PRON") else None
        if dep in ("advcl", "xcomp", "conj", "acl", "parataxis") and toks[head].pos in (
            "VERB",
            "AUX",
        ):
            v = head
            continue
        if dep == "pcomp" and toks[head].pos in ("ADP", "SCONJ") and toks[head].head != head:
            v = toks[head].head  # "after determining that": the subject of what "after" modifies
            continue
        if (
            dep == "acl"
            and toks[head].dep == "ROOT"
            and toks[head].pos in ("NOUN", "PROPN")
            and head < v
        ):  # "“A!” Piet Odum, the union head, tweeted on Friday": the parser's NP fragment
            span = source_span(view, head)
            return view.trim(span[0], min(span[1], view.left[v] - 1)) if span else None
        if (
            dep == "acl"
            and toks[v].tag == "VBG"
            and toks[head].pos in ("NOUN", "PROPN", "PRON")
            and head < v
        ):
            return view.trim(view.left[head], view.left[v] - 1)  # "voters backing X"
        return None
    return None


_NOMINAL = ("NOUN", "PROPN")


def stranded_subject(view: View, v: int) -> tuple[int, int] | None:
    """The subject of a finite verb the parser left without one, read off the name
    just before it: "In a message to Orvik, Vance, head of the Trust, recounted ..."
    (the name hung as an apposition inside the opening phrase) or "But Odum vouched"
    (the name hung on the verb as some other dependent)."""
    toks = view.tokens
    if toks[v].tag not in ("VBD", "VBZ", "VBP"):
        return None
    start = view.sentences[toks[v].sent].token_start
    j = v - 1
    while j >= start and (
        toks[j].text == "," or (toks[j].head == v and toks[j].dep in ("aux", "neg", "advmod"))
    ):
        j -= 1
    if j < start or toks[j].pos not in (*_NOMINAL, "PUNCT"):
        return None
    node, best = j, -1
    for _ in range(12):
        t = toks[node]
        if t.head == v or t.head == node:
            break
        if t.dep == "appos" and t.pos == "PROPN" and toks[view.left[node] - 1].text == ",":
            best = node
        node = t.head
    if best < 0 and toks[node].head == v and toks[node].dep in ("npadvmod", "dep", "nmod"):
        best = node if toks[node].pos in _NOMINAL else -1
    if best < 0:
        return None
    span = source_span(view, best)
    return view.trim(span[0], min(span[1], v - 1)) if span else None


_NP_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "PART", "ADP", "CCONJ", "PRON", "PUNCT"})
_NP_START = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM"})


def postposed_subject(view: View, v: int, c: int) -> tuple[int, int] | None:
    """The speaker of finite verb ``v`` (with no subject of its own) named between a
    content and the cue's first token ``c`` when the parser hung it inside the content:
    "Y, a spokeswoman, Ada Kell, said" or "“Y,” Tomas Vela, the harbour master, said".
    The comma-separated noun phrases just before the cue (no verb among them, the first
    opened by a comma, a quote or the sentence start) make the source."""
    toks = view.tokens
    tags = {toks[v].tag} | {toks[a].tag for a in view.kids(v, "aux")}
    if view.kids(v, *SUBJ_DEPS) or not tags & {"VBD", "VBZ", "VBP", "MD"}:
        return None
    if toks[v].dep in ("acl", "relcl"):  # "Ferry cat, believed drowned, swims ...": a modifier
        return None
    start = view.sentences[toks[c].sent].token_start
    j = c - 1
    if j >= start and toks[j].text == ",":
        j -= 1
    if j < start or toks[j].pos not in ("NOUN", "PROPN") or view.quote_of[j] >= 0:
        return None
    lo, i = -1, j
    while i >= start:  # one comma-separated segment per pass, right to left
        k = i
        while k >= start and toks[k].text != "," and not view.is_quote_mark(k):
            if toks[k].pos not in _NP_POS or toks[k].text in (";", ":", "—", "--", "-"):
                return _segment(lo, j)
            k -= 1
        if k == i or toks[k + 1].pos not in _NP_START:
            return _segment(lo, j)
        if k < start:  # the sentence opens with the speaker
            return _segment(start, j)
        lo = k + 1
        if view.is_quote_mark(k):
            return _segment(lo, j)
        i = k - 1
    return None


def _segment(lo: int, hi: int) -> tuple[int, int] | None:
    return (lo, hi) if lo >= 0 else None
