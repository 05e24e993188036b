"""A read-only view over an ``Analysis`` with the indexes the rules need.

Children lists, subtree bounds, the quote region of each token and the
entity of each token are computed once per article in linear time.
"""

from __future__ import annotations

import dataclasses

from ...model import Analysis, Entity, Token
from .quotes import Quote, find_quotes

__all__ = ["View"]

_PUNCT_EDGE = frozenset(",;:-–—()[]{}.!?…")


def _repair(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """Mend one parser error that hides sources: a noun phrase before a verb hung on the
    verb as ``compound`` ("the Iron Owl Telegram channel claims that ..."). A verb has
    no compounds, so when it has no subject the compound nearest to it becomes its
    subject. Linear in the number of tokens.
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
