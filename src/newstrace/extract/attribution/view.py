"""A read-only view over an ``Analysis`` with the indexes the rules need.

Children lists, subtree bounds, the quote region of each token and the
entity of each token are computed once per article in linear time.
"""

from __future__ import annotations

import dataclasses

from ...model import Analysis, Entity, Token
from .lexicon import AGENT_NOUNS, CUE_VERBS, TEXT_NOUNS
from .quotes import Quote, find_quotes

__all__ = ["View"]

_PUNCT_EDGE = frozenset(",;:-–—()[]{}.!?…#")  # "#": a Markdown heading's mark


def _repair(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """Mend parser errors that hide sources (each linear in the number of tokens)."""
    fixed = _reduced_relative(_according_apposition(_compound_subject(_read_noun(tokens))))
    return _postposed_speaker(fixed)


def _read_noun(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """'“...,” the post read.': the parser makes "post read" one noun. A "read" tagged as
    a noun, heading a clause and a text noun ("post", "statement", "caption"), is the
    verb, and the text noun its subject."""
    fixed: list[Token] | None = None
    for t in tokens:
        if t.text.lower() != "read" or t.pos != "NOUN":
            continue
        lo, hi = max(0, t.i - 200), min(len(tokens), t.i + 4)  # its subject and quote precede it
        kids = [k for k in tokens[lo:hi] if k.head == t.i and k.i != t.i]
        nouns = [k for k in kids if k.dep == "compound" and k.lemma.lower() in TEXT_NOUNS]
        if not nouns or not any(k.dep == "ccomp" for k in kids):
            continue
        fixed = fixed if fixed is not None else list(tokens)
        fixed[t.i] = dataclasses.replace(t, pos="VERB", tag="VBD", lemma="read")
        noun = nouns[-1]
        fixed[noun.i] = dataclasses.replace(noun, dep="nsubj")
        for k in kids:
            if k.dep in ("det", "amod", "poss") and k.i < noun.i:
                fixed[k.i] = dataclasses.replace(k, head=noun.i)  # "the post", "her post"
    return tuple(fixed) if fixed is not None else tokens


def _compound_subject(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """A noun phrase before a verb hung on the verb as ``compound`` ("the Iron Owl
    Telegram channel claims that ..."). A verb has no compounds, so when it has no
    subject the compound nearest to it becomes its subject.
    """
    n = len(tokens)
    has_subject = {t.head for t in tokens if t.dep.startswith("nsubj")}
    nearest: dict[int, int] = {}  # verb -> its compound child closest before it
    for t in tokens:
        if (
            t.dep == "compound"
            and t.pos in ("NOUN", "PROPN")
            and t.i < t.head < n
            and tokens[t.head].pos in ("VERB", "AUX")
            and t.head not in has_subject
        ):
            nearest[t.head] = max(nearest.get(t.head, -1), t.i)
    if not nearest:
        return tokens
    fixed = list(tokens)
    for i in nearest.values():
        fixed[i] = dataclasses.replace(tokens[i], dep="nsubj")
    return tuple(fixed)


def _subjectless(tokens: tuple[Token, ...]) -> set[int]:
    has_subject = {t.head for t in tokens if t.dep.startswith("nsubj") or t.dep == "expl"}
    return {t.i for t in tokens if t.pos in ("VERB", "AUX") and t.i not in has_subject}


def _according_apposition(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """ "According to the Orlin Post, Telegram (an app ...), claims that ...": the parser
    hangs the second name on the first as a conjunct or apposition, and the verb is
    left with no subject. A name set off by a comma after the "according to" phrase,
    with no "and"/"or" before it, is the verb's subject.
    """
    n = len(tokens)
    free = _subjectless(tokens)
    fixed: list[Token] | None = None
    for t in tokens:
        if t.text.lower() != "according" or not 0 <= t.head < n or t.head not in free:
            continue
        verb = t.head
        to = next((k for k in tokens[t.i + 1 : t.i + 2] if k.text.lower() == "to"), None)
        if to is None:
            continue
        obj = next((k for k in tokens[to.i + 1 : verb] if k.head == to.i and k.dep == "pobj"), None)
        if obj is None:
            continue
        for k in tokens[obj.i + 1 : verb]:
            if (
                k.head == obj.i
                and k.dep in ("conj", "appos")
                and k.pos in ("PROPN", "NOUN")
                and tokens[k.i - 1].text == ","
                and not any(c.head == obj.i and c.dep == "cc" for c in tokens[obj.i : k.i])
            ):
                fixed = fixed if fixed is not None else list(tokens)
                fixed[k.i] = dataclasses.replace(k, dep="nsubj", head=verb)
                for p in tokens[k.i + 1 : verb]:
                    if p.head == obj.i and p.dep == "punct":  # its closing parenthesis
                        fixed[p.i] = dataclasses.replace(p, head=k.i)
                free.discard(verb)
                break
    return tuple(fixed) if fixed is not None else tokens


def _reduced_relative(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """ "The account of Iron Owl, widely assumed to belong to two clerks, said Monday that
    ...": the parser makes the participle the clause of the subject and the later verb
    subjectless. A past participle set off by commas, with the subject before it and a
    subjectless verb after it, is a reduced relative clause on the subject, and the
    subject belongs to the later verb.
    """
    n = len(tokens)
    free = _subjectless(tokens)
    fixed: list[Token] | None = None
    subjects: dict[int, list[Token]] = {}
    for k in tokens:
        if k.dep in ("nsubj", "nsubjpass") and k.head != k.i:
            subjects.setdefault(k.head, []).append(k)
    for t in tokens:
        if not (t.tag == "VBN" and t.dep in ("ccomp", "advcl") and t.i < t.head < n):
            continue
        verb = t.head
        if verb not in free or t.i == 0:
            continue
        subj = subjects.get(t.i, [])
        if not subj or subj[0].i > t.i:
            continue
        before = t.i - 1
        while before > subj[0].i and tokens[before].dep in ("advmod", "neg"):
            before -= 1
        if tokens[before].text != "," or tokens[verb - 1].text != ",":
            continue
        fixed = fixed if fixed is not None else list(tokens)
        s = subj[0]
        fixed[s.i] = dataclasses.replace(s, dep="nsubj", head=verb)
        fixed[t.i] = dataclasses.replace(t, dep="acl", head=s.i)
        free.discard(verb)
    return tuple(fixed) if fixed is not None else tokens


def _left_edges(tokens: tuple[Token, ...]) -> list[int]:
    """The first token of each token's subtree (walking up from every token)."""
    n = len(tokens)
    left = list(range(n))
    for t in tokens:
        j, steps = t.i, 0
        while 0 <= tokens[j].head < n and tokens[j].head != j and steps < 64:
            j, steps = tokens[j].head, steps + 1
            left[j] = min(left[j], t.i)
    return left


def _postposed_speaker(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """ "Kestavia is buying gunships from Delmora, a source close to the deal told the
    Lamp" / "..., the Morning Lamp tabloid reported on Friday": the parser makes the
    speaker an apposition of the clause's last noun and the reporting verb a conjunct
    of the clause or a clause on the speaker, with no subject. A subjectless reporting
    verb right after a speaker set off by a comma, at the end of its sentence and with
    no clause of its own, reports the clause before: the speaker is its subject, and
    the clause its complement."""
    n = len(tokens)
    free = _subjectless(tokens)
    left: list[int] | None = None
    for v in tokens:
        v = tokens[v.i]  # as mended so far
        if v.pos != "VERB" or v.lemma.lower() not in CUE_VERBS or v.tag not in _FINITE:
            continue  # not "the executive arrested and charged with fraud"
        kids = [k for k in tokens[max(0, v.i - 12) : n] if k.head == v.i and k.i != v.i]
        # "..., the Lamp tabloid reported": an adverbial or relative clause with a subject
        # of its own and no conjunction or relative word ("as", "after", "which") is the
        # same report
        own = [k for k in kids if k.dep == "nsubj" and k.i < v.i]
        clause = (
            v.dep in ("advcl", "relcl")
            and bool(own)
            and not any(k.dep in ("mark", "aux") or k.tag in _WH for k in kids)
        )
        if not (v.i in free and v.dep in ("acl", "conj")) and not clause:
            continue
        if not 0 <= v.head < v.i:
            continue
        if not all(_aside_tail(tokens, k) for k in kids if k.i > v.i):
            continue  # "boasted of his skills", "called on X to ...": content of its own
        left = left if left is not None else _left_edges(tokens)
        # the speaker: the verb's own head (acl), or the apposition ending just before it
        speaker = tokens[v.head] if v.dep == "acl" else own[0] if clause else None
        if speaker is None:
            ends = [k for k in tokens[max(0, v.i - 12) : v.i] if k.dep == "appos"]
            speaker = next((k for k in ends if _right_edge(tokens, k.i, v.i) == v.i - 1), None)
        if speaker is None or (speaker.dep != "appos" and not clause) or left[speaker.i] < 1:
            continue
        if tokens[left[speaker.i] - 1].text != "," or not (
            speaker.pos == "PROPN" or speaker.lemma.lower() in AGENT_NOUNS
        ):
            continue
        root = v.head
        while 0 <= tokens[root].head < n and tokens[root].head != root:
            root = tokens[root].head
        if tokens[root].dep != "ROOT" or root >= left[speaker.i] or tokens[root].sent != v.sent:
            continue
        after = [k for k in tokens[v.i + 1 : n] if k.sent == v.sent and k.head == root]
        if not all(_aside_tail(tokens, k) for k in after):
            continue  # "..., X reported -- a development that ...": the clause goes on
        fixed = list(tokens)
        fixed[speaker.i] = dataclasses.replace(speaker, dep="nsubj", head=v.i)
        fixed[v.i] = dataclasses.replace(v, dep="ROOT", head=v.i)
        fixed[root] = dataclasses.replace(tokens[root], dep="ccomp", head=v.i)
        for k in tokens[v.i + 1 : n]:
            if k.sent != v.sent:
                break
            if k.head == root:  # "..., citing X", the full stop: the report's now
                fixed[k.i] = dataclasses.replace(k, head=v.i)
        tokens, left = tuple(fixed), None  # the bounds change with the tree
    return tokens


_FINITE = frozenset({"VBD", "VBZ", "VBP"})
_WH = frozenset({"WDT", "WP", "WP$", "WRB"})
_LISTENING = frozenset({"tell", "inform", "assure", "brief"})


def _aside_tail(tokens: tuple[Token, ...], k: Token) -> bool:
    """``k``, after a reporting verb, only says when, how or to whom it was said: "on
    Friday", "told the Lamp", "citing a source", the full stop."""
    if k.dep in ("punct", "advmod", "npadvmod"):
        return True
    if k.dep in ("dobj", "dative"):
        return tokens[k.head].lemma.lower() in _LISTENING
    if k.dep == "advcl":
        return k.text.lower() in ("citing", "quoting")
    if k.dep == "prep":
        objs = [o for o in tokens[k.i + 1 : k.i + 6] if o.head == k.i and o.dep == "pobj"]
        return bool(objs) and all(o.ent_type in ("DATE", "TIME") for o in objs)
    return False


def _right_edge(tokens: tuple[Token, ...], i: int, stop: int) -> int:
    """The last token before ``stop`` under token ``i``."""
    last = i
    for k in tokens[i + 1 : stop]:
        j, steps = k.i, 0
        while j != i and tokens[j].head != j and steps < 64:
            j, steps = tokens[j].head, steps + 1
        if j == i:
            last = k.i
    return last


class View:
    """Indexes over one article's tokens (built in O(tokens + quote marks))."""

    def __init__(self, text: str, analysis: Analysis) -> None:
        self.text = text
        self.tokens: tuple[Token, ...] = _repair(analysis.tokens)
        self.sentences = analysis.sentences
        self.entities: tuple[Entity, ...] = analysis.entities
        n = len(self.tokens)
        self.children: list[list[int]] = [[] for _ in range(n)]
        for t in self.tokens:
            if t.head != t.i and 0 <= t.head < n:
                self.children[t.head].append(t.i)
        self.left = list(range(n))
        self.right = list(range(n))
        for i in self._bottom_up():
            h = self.tokens[i].head
            if h != i and 0 <= h < n:
                self.left[h] = min(self.left[h], self.left[i])
                self.right[h] = max(self.right[h], self.right[i])
        self.quotes: list[Quote] = find_quotes(text)
        self.quote_of: list[int] = self._map_quotes()
        self.entity_of: list[int] = [-1] * n
        for k, ent in enumerate(self.entities):
            for i in range(ent.token_start, min(ent.token_end, n)):
                self.entity_of[i] = k

    def _bottom_up(self) -> list[int]:
        """Token indices ordered deepest first (memoised, safe on cycles)."""
        n = len(self.tokens)
        depth = [-1] * n
        for i in range(n):
            path: list[int] = []
            seen: set[int] = set()
            j = i
            while depth[j] < 0:
                h = self.tokens[j].head
                if h == j or not 0 <= h < n or j in seen:
                    depth[j] = 0
                    break
                seen.add(j)
                path.append(j)
                j = h
            d = depth[j]
            for node in reversed(path):
                if node != j:
                    d += 1
                    depth[node] = d
        return sorted(range(n), key=lambda i: -depth[i])

    def _map_quotes(self) -> list[int]:
        """For each token, the index of the quote region holding it, else -1."""
        out = [-1] * len(self.tokens)
        q = 0
        for t in self.tokens:
            while q < len(self.quotes) and self.quotes[q].end <= t.start:
                q += 1
            if q < len(self.quotes) and self.quotes[q].start <= t.start < self.quotes[q].end:
                out[t.i] = q
        return out

    # -- helpers used by the rules -------------------------------------------------

    def kids(self, i: int, *deps: str) -> list[int]:
        """Children of token ``i`` whose dependency label is one of ``deps``."""
        return [c for c in self.children[i] if self.tokens[c].dep in deps]

    def trim(self, a: int, b: int) -> tuple[int, int] | None:
        """Shrink token range [a, b] past edge punctuation; None when nothing is left."""
        toks = self.tokens
        while a <= b and toks[a].text in _PUNCT_EDGE:
            a += 1
        while b >= a and toks[b].text in _PUNCT_EDGE:
            b -= 1
        return (a, b) if a <= b else None

    def chars(self, a: int, b: int) -> tuple[int, int]:
        """Character offsets of the token range [a, b] (inclusive)."""
        return self.tokens[a].start, self.tokens[b].end

    def is_quote_mark(self, i: int) -> bool:
        t = self.tokens[i].text
        return (len(t) == 1 and t in '"\u201c\u201d\u201e\u00ab\u00bb\u201f\uff02') or t in (
            "''",
            "``",
        )
