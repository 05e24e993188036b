"""A literal prefilter for the cue alternations of ``cues.py`` (and other word patterns).

A cue pattern is one long alternation, ``(?<![\\w-])(?:A1|A2|...|An)(?![\\w-])``, tried
at every word start of every sentence. Most alternatives cannot match a given sentence
at all: "refut(?:e|es|ed|ing)" needs "refute" or "refuting" somewhere in it. ``needs``
works out, from a pattern's parsed form (CPython's own ``re`` parser), literal strings it
cannot match without, and ``CueScanner`` scans a sentence with the alternation of only
the alternatives whose need the sentence meets, in their original order.

Why this finds exactly what the full pattern finds: at each position ``finditer`` takes
the first alternative, in order, that matches there, and goes on after the match. An
alternative whose needed literals are absent from the whole sentence matches at no
position, so leaving it out changes neither which alternative wins anywhere nor where
the next search starts. The needs only under-approximate: a construct the analysis does
not know (a class with a range or a category, a non-ASCII literal, a repeat that may
match nothing...) needs nothing, and an alternative that needs nothing is always tried.

Matching is case-insensitive, so needs are lower-case and looked up in ``fold(text)``:
the text lower-cased, with the few characters that ``re.IGNORECASE`` equates with an
ASCII letter but that ``str.lower`` keeps apart ("ſ" for "s", dotless "ı" and "İ" for
"i") mapped to that letter first. Needs never contain white space, so each one lies
within a single white-space-separated token, and what a sentence holds is the union of
what its tokens hold (cached per token).
"""

from __future__ import annotations

import importlib
import itertools
import re
from collections.abc import Iterator, Sequence
from typing import Any, Generic, TypeVar

__all__ = ["CueScanner", "NeedIndex", "alternation", "fold", "meets", "needs"]

# characters that re.IGNORECASE matches to an ASCII letter though str.lower() does not
# give that letter (checked over all of Unicode by tests/extract/test_cuefilter.py)
FOLD_EXTRA = {"\u0130": "i", "\u0131": "i", "\u017f": "s"}
_FOLD = str.maketrans(FOLD_EXTRA)
# a product of literal sets larger than this is not expanded (a need is kept shorter)
_MAX_STRINGS = 64
# compiled sub-alternations kept per scanner; past this the cache starts afresh
_MAX_CACHED = 4096
_MAX_TOKENS = 100_000  # tokens whose lookup an index keeps (then it starts afresh)

K = TypeVar("K")
Need = tuple[frozenset[str], ...]  # every set must have a member in the folded text


def alternation(parts: Sequence[str]) -> str:
    """The cue pattern for ``parts``: any of them, as whole words."""
    return r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])"


def fold(text: str) -> str:
    """``text`` as the needs are written: lower case, IGNORECASE's odd letters mapped."""
    return text.translate(_FOLD).lower()


def _parser() -> Any:
    try:
        return importlib.import_module("re._parser")  # CPython's own regex parser
    except ImportError:  # pragma: no cover - another Python: no needs, every pattern tried
        return None


_SRE = _parser()


class _Info:
    """What a piece of pattern guarantees about every string it matches.

    ``exact``: the finite set of strings it can match (None when unknown or too many);
    ``need``: sets of which each must have a member inside any string it matches.
    """

    __slots__ = ("exact", "need")

    def __init__(self, exact: frozenset[str] | None, need: Need = ()) -> None:
        self.exact = exact
        self.need = need


_EMPTY = _Info(frozenset({""}))
_UNKNOWN = _Info(None)


def _literal(code: int) -> str | None:
    """The folded form of a literal the needs may use: printable ASCII, not white space."""
    ch = chr(code)
    if not ch.isascii() or not ch.isprintable() or ch.isspace():
        return None
    return fold(ch)


def _useful(strings: frozenset[str] | None) -> bool:
    return strings is not None and "" not in strings


def _best(need: Need) -> frozenset[str] | None:
    """The most selective single set of ``need``: longest shortest member, then fewest."""
    if not need:
        return None
    return max(need, key=lambda s: (min(len(w) for w in s), -len(s)))


def _item(op: str, av: Any) -> _Info:
    if op == "LITERAL":
        ch = _literal(av)
        return _Info(frozenset({ch})) if ch is not None else _UNKNOWN
    if op == "IN":
        chars = set()
        for sub_op, sub_av in av:
            ch = _literal(sub_av) if str(sub_op) == "LITERAL" else None
            if ch is None:  # a range, a category, a negation, a non-ASCII character
                return _UNKNOWN
            chars.add(ch)
        return _Info(frozenset(chars))
    if op in ("AT", "ASSERT", "ASSERT_NOT"):
        return _EMPTY  # zero width: what is around it is contiguous in the text
    if op == "SUBPATTERN":
        return _sequence(av[-1])
    if op == "ATOMIC_GROUP":
        return _sequence(av)
    if op == "BRANCH":
        infos = [_sequence(alt) for alt in av[1]]
        exact: set[str] | None = set()
        for info in infos:
            if info.exact is None or exact is None:
                exact = None
            else:
                exact |= info.exact
        if exact is not None and len(exact) <= _MAX_STRINGS:
            return _Info(frozenset(exact))
        union: set[str] = set()
        for info in infos:
            best = _best(_needs_of(info))
            if best is None:
                return _UNKNOWN  # one alternative needs nothing: the branch needs nothing
            union |= best
        return _Info(None, (frozenset(union),))
    if op in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        lo, hi, sub = av
        info = _sequence(sub)
        if lo == hi == 1:
            return info
        if lo == 0 and hi == 1 and info.exact is not None:
            return _Info(info.exact | {""})  # optional: it or nothing
        if lo == 0:
            return _UNKNOWN  # may match nothing at all
        return _Info(None, _needs_of(info))  # at least one copy of it is there
    return _UNKNOWN  # any other construct: no guarantee


def _needs_of(info: _Info) -> Need:
    if _useful(info.exact):
        assert info.exact is not None
        return (*info.need, info.exact)
    return info.need


def _sequence(items: Any) -> _Info:
    """Concatenation: adjacent exact pieces multiply out into runs of exact strings; a
    piece of unknown content ends a run, and each finished run is a need."""
    need: list[frozenset[str]] = []
    run: frozenset[str] = frozenset({""})
    whole = True  # every piece so far exact: the sequence matches one of ``run``
    for op, av in items:
        info = _item(str(op), av)
        need.extend(info.need)
        if info.exact is not None and len(run) * len(info.exact) <= _MAX_STRINGS:
            run = frozenset(a + b for a in run for b in info.exact)
            continue
        whole = False
        if _useful(run):
            need.append(run)
        # too many strings: the piece starts a run of its own; unknown: a gap
        run = info.exact if info.exact is not None else frozenset({""})
    if whole:
        return _Info(run)
    if _useful(run):
        need.append(run)
    return _Info(None, tuple(need))


def _minimal(strings: frozenset[str]) -> frozenset[str]:
    """Drop a string containing another of the set: the shorter one is found anyway."""
    return frozenset(s for s in strings if not any(t != s and t in s for t in strings))


def needs(part: str, flags: int = re.I) -> Need:
    """Literal strings (folded) that any match of the regular expression ``part`` (compiled
    with ``flags``) contains: each set of the result has a member in the matched text.
    Empty: no guarantee."""
    if _SRE is None:
        return ()
    try:
        info = _sequence(_SRE.parse(part, flags))
    except Exception:  # a pattern the analysis cannot read needs nothing
        return ()
    out = {_minimal(s) for s in _needs_of(info) if _useful(s)}
    return tuple(sorted(out, key=sorted))


def meets(folded: str, need: Need) -> bool:
    """``folded`` (a ``fold``-ed text) holds a string of each set of ``need``: unless it
    does, a pattern with that need cannot match the text."""
    return all(any(w in folded for w in s) for s in need)


class NeedIndex:
    """Which of several patterns may match a text: ``bits(text)`` has bit ``i`` set unless
    the text lacks every string of pattern ``i``'s most selective need (one set per
    pattern, so that what a text holds is the union of what its white-space tokens hold,
    each token looked up once and cached). A pattern that needs nothing is always set.
    """

    def __init__(self, patterns: Sequence[tuple[str, int]]) -> None:
        self._always = 0  # the patterns that need nothing
        self._by_string: dict[str, int] = {}  # needed string -> the patterns it lets in
        for i, (pattern, flags) in enumerate(patterns):
            best = _best(needs(pattern, flags))
            if best is None:
                self._always |= 1 << i
            for w in best or ():
                self._by_string[w] = self._by_string.get(w, 0) | 1 << i
        # every prefix of a needed string -> the patterns that string lets in (0 for a
        # mere prefix), so that a token is read once from each position, no further
        # than a needed string could still go
        self._prefixes: dict[str, int] = {}
        for w, bits in self._by_string.items():
            for end in range(1, len(w) + 1):
                self._prefixes.setdefault(w[:end], 0)
            self._prefixes[w] |= bits
        self._token_bits: dict[str, int] = {}

    def bits(self, text: str) -> int:
        out = self._always
        cache = self._token_bits
        for token in text.split():
            b = cache.get(token)
            if b is None:
                b = self._token(fold(token))
                if len(cache) >= _MAX_TOKENS:
                    cache.clear()
                cache[token] = b
            out |= b
        return out

    def _token(self, folded: str) -> int:
        """The patterns let in by the needed strings inside ``folded``."""
        prefixes = self._prefixes
        out = 0
        n = len(folded)
        for i in range(n):
            for j in range(i + 1, n + 1):
                b = prefixes.get(folded[i:j])
                if b is None:
                    break  # no needed string starts with folded[i:j]
                out |= b
        return out


class CueScanner(Generic[K]):
    """``finditer`` over several cue alternations (``alternation(parts)`` each, compiled
    with ``flags``), trying in each only the parts whose need the text meets.

    ``scan(text)`` gives, in the order of ``table``, each key whose alternation could
    match the text, with a pattern whose ``finditer(text)`` gives exactly what the full
    pattern's (``full[key]``) gives: the full alternation less the parts that cannot
    match anywhere in the text (see the module docstring and ``NeedIndex``).
    """

    def __init__(self, table: Sequence[tuple[K, Sequence[str]]], flags: int = re.I) -> None:
        self.flags = flags
        self.keys = tuple(k for k, _ in table)
        self.parts = tuple(tuple(parts) for _, parts in table)
        self.full = {k: re.compile(alternation(parts), flags) for k, parts in table}
        # one bit per part, the parts of each key after those of the keys before it
        self._index = NeedIndex([(part, flags) for parts in self.parts for part in parts])
        self._offset = [0, *itertools.accumulate(len(parts) for parts in self.parts)][:-1]
        self._compiled: list[dict[int, re.Pattern[str]]] = [{} for _ in self.keys]

    def scan(self, text: str) -> Iterator[tuple[K, re.Pattern[str]]]:
        bits = self._index.bits(text)
        for n, key in enumerate(self.keys):
            tried = (bits >> self._offset[n]) & ((1 << len(self.parts[n])) - 1)
            if tried:
                yield key, self._pattern(n, tried)

    def _pattern(self, n: int, tried: int) -> re.Pattern[str]:
        compiled = self._compiled[n]
        rx = compiled.get(tried)
        if rx is None:
            parts = self.parts[n]
            if tried == (1 << len(parts)) - 1:
                rx = self.full[self.keys[n]]
            else:
                kept = [p for i, p in enumerate(parts) if tried >> i & 1]
                rx = re.compile(alternation(kept), self.flags)
            if len(compiled) >= _MAX_CACHED:
                compiled.clear()
            compiled[tried] = rx
        return rx
