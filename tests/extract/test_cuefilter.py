"""The literal prefilter of the cue patterns (``extract/cuefilter.py``) never skips a
pattern that could match: checked on the derivation itself, over all of Unicode for the
case folding, and on strings generated from every cue pattern (our own fiction)."""

from __future__ import annotations

import importlib
import random
import re
from typing import Any

import pytest

from newstrace.extract.checkworthy_features import _CLASSES
from newstrace.extract.cuefilter import (
    FOLD_EXTRA,
    CueScanner,
    NeedIndex,
    alternation,
    fold,
    meets,
    needs,
)
from newstrace.extract.cues import CUE_SCANNER, CUES

_sre: Any = importlib.import_module("re._parser")


def test_fold_matches_ignorecase_over_all_of_unicode() -> None:
    """Whatever character re.IGNORECASE matches to an ASCII literal folds to that literal,
    so a literal that matches somewhere is found in the folded text."""
    ascii_class = re.compile(r"[\x00-\x7f]", re.I)
    odd = {}
    for code in range(0x110000):
        ch = chr(code)
        if ch.isascii() or not ascii_class.fullmatch(ch):
            continue
        odd[ch] = [a for a in map(chr, range(128)) if re.fullmatch(re.escape(a), ch, re.I)]
    assert odd  # "ſ" and friends exist: the check is not vacuous
    for ch, literals in odd.items():
        assert literals and all(fold(ch) == fold(a) for a in literals), (hex(ord(ch)), literals)
    assert set(FOLD_EXTRA) <= set(odd)
    for a in map(chr, range(128)):
        assert all(fold(c) == fold(a) for c in (a.lower(), a.upper()))
    # needs hold no white space and no character folds to white space but white space:
    # a need found in a folded text lies within one of its white-space tokens
    assert all(
        ch.isspace() or not any(c.isspace() for c in fold(ch)) for ch in map(chr, range(0x110000))
    )


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"den(?:y|ies|ied)", [{"deny", "denies", "denied"}]),
        (r"refut(?:e|es|ed|ing)", [{"refute", "refuting"}]),  # "refutes" holds "refute"
        (r"(?:not|never)\s+true", [{"never", "not"}, {"true"}]),
        (r"rumou?rs?", [{"rumor", "rumour"}]),
        (r"f[ae]ll(?:s)?\s+for", [{"fall", "fell"}, {"for"}]),
        (r"(?<!I\s)doubt(?:s|ed)?\s+(?:that|whether)", [{"doubt"}, {"that", "whether"}]),
        (r"\?{2,}", [{"?"}]),
        (r"(?:^|(?<=:\s))no,", [{"no,"}]),
        (r"\w+n[’']t\s+by", [{"by"}, {"n"}, {"t"}]),  # the curly quote is no literal it uses
        (r"\w+ing", [{"ing"}]),
        # nothing it must contain: always tried
        (r"\w+\s+\w+", []),
        (r"(?:\w+\s+){0,3}", []),
        (r"(?:deny|\w+)", []),
        (r"x?", []),
        (r"(?:n|)", []),
    ],
)
def test_needs(pattern: str, expected: list[set[str]]) -> None:
    assert sorted(map(sorted, needs(pattern))) == sorted(map(sorted, expected))


def test_a_part_that_needs_nothing_is_always_tried() -> None:
    scanner = CueScanner([("a", [r"refut(?:e|ed)", r"\w+\s+\w+"]), ("b", [r"hoax"])])
    assert [(k, rx.pattern) for k, rx in scanner.scan("They stopped it.")] == [
        ("a", alternation([r"\w+\s+\w+"]))
    ]
    assert [k for k, _ in scanner.scan("They refuted the hoax.")] == ["a", "b"]
    assert [k for k, rx in scanner.scan("They refuted the hoax.") if rx is scanner.full[k]] == [
        "a",
        "b",
    ]
    assert list(CueScanner([("a", [r"hoax"])]).scan("A quiet day.")) == []


# -- strings generated from the patterns themselves ---------------------------------

_POOL = "abcdefghijklmnopqrstuvwxyzAEIKS  '’-\"“:,?.!;0123ıİſK"
_TWINS = {"i": "ıİ", "s": "ſ", "k": "K", "I": "ıİ", "S": "ſ", "K": "K"}


def _in_class(items: Any, ch: str) -> bool:
    negate = False
    hit = False
    for op, av in items:
        name = str(op)
        if name == "NEGATE":
            negate = True
        elif name == "LITERAL":
            hit |= ch.lower() == chr(av).lower()
        elif name == "RANGE":
            hit |= av[0] <= ord(ch) <= av[1]
        elif name == "CATEGORY":
            test = {
                "CATEGORY_SPACE": ch.isspace(),
                "CATEGORY_NOT_SPACE": not ch.isspace(),
                "CATEGORY_WORD": ch.isalnum() or ch == "_",
                "CATEGORY_NOT_WORD": not (ch.isalnum() or ch == "_"),
                "CATEGORY_DIGIT": ch.isdigit(),
                "CATEGORY_NOT_DIGIT": not ch.isdigit(),
            }
            hit |= test[str(av)]
    return hit != negate


def _generate(items: Any, rng: random.Random) -> str:
    out = []
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            ch = chr(av)
            ch = ch.upper() if rng.random() < 0.3 else ch
            if ch in _TWINS and rng.random() < 0.2:
                ch = rng.choice(_TWINS[ch])
            out.append(ch)
        elif name in ("IN", "NOT_LITERAL", "ANY"):
            if name == "IN":
                pool = [c for c in _POOL if _in_class(av, c)]
            else:
                pool = [c for c in _POOL if name == "ANY" or c != chr(av)]
            out.append(rng.choice(pool))
        elif name == "BRANCH":
            out.append(_generate(rng.choice(av[1]), rng))
        elif name == "SUBPATTERN":
            out.append(_generate(av[-1], rng))
        elif name in ("MAX_REPEAT", "MIN_REPEAT"):
            lo, hi, sub = av
            out.extend(_generate(sub, rng) for _ in range(rng.randint(lo, min(hi, lo + 2))))
    return "".join(out)  # assertions and anchors: whatever the context makes of them


_CONTEXTS = (
    "{}",
    "So {} then",
    "Why? {}",
    "Update: {}",
    "It was on {} the way",
    "A, {} here, would go",
)


def _samples(part: str, flags: int, n: int = 15) -> list[str]:
    rng = random.Random(part)
    tree = _sre.parse(part, flags)
    return [ctx.format(_generate(tree, rng)) for _ in range(n) for ctx in _CONTEXTS]


def test_every_match_of_every_cue_part_meets_its_needs() -> None:
    """For each alternative of each cue pattern, strings built from the pattern (cases
    flipped, "ſ"/"ı"/"K" swapped in): wherever the part matches, its needs are met by the
    matched text, and the scanner finds exactly what the full pattern finds."""
    matched = 0
    parts = [p for group in CUE_SCANNER.parts for p in group]
    for part in parts:
        rx = re.compile(alternation([part]), re.I)
        need = needs(part)
        found = False
        for i, text in enumerate(_samples(part, re.I)):
            hits = list(rx.finditer(text))
            for m in hits:
                assert meets(fold(m.group(0)), need), (part, text, need)
            found |= bool(hits)
            if not hits and i % 4:
                continue  # the scanner is compared on every match and a quarter of the rest
            full = [(k, [m.span() for m in CUES[k].finditer(text)]) for k in CUE_SCANNER.keys]
            fast = {k: [m.span() for m in r.finditer(text)] for k, r in CUE_SCANNER.scan(text)}
            assert [(k, fast.get(k, [])) for k in CUE_SCANNER.keys] == full, text
        matched += found
    # the generator reaches nearly every part (a few need a context it does not build)
    assert matched >= 0.95 * len(parts), (matched, len(parts))


def test_surface_classes_skip_only_when_they_cannot_match() -> None:
    index = NeedIndex([(rx.pattern, rx.flags) for _, rx in _CLASSES])
    for i, (_, rx) in enumerate(_CLASSES):
        need = needs(rx.pattern, rx.flags)
        for text in _samples(rx.pattern, rx.flags, 20):
            if rx.findall(text):
                assert meets(fold(text), need), (rx.pattern, text)
                assert index.bits(text) >> i & 1, (rx.pattern, text)
