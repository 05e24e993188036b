"""Reports the article relays from another outlet beyond the sentence that cites it.

``block_relays``: "As the Valley Ledger reported, the deal includes X:" closing its
paragraph introduces the Ledger's own text, set off as the next paragraph; the
reports in that paragraph are the Ledger's, one hop below it. ``inherit_relays``:
an origin first heard through another outlet stays behind it wherever the article
names it again.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ...model import Attribution, SourceKind, Status
from ..cues import CUES
from .spans import paragraph_after_colon
from .view import View

__all__ = ["Chain", "block_relays", "inherit_relays"]

Chain = tuple[tuple[str, ...], tuple[str, ...]]  # names and kinds of a chain
# who sets off another's text as a block after a colon: a paper or a document
_BLOCK_KINDS = frozenset({SourceKind.OUTLET, SourceKind.DOCUMENT})
# the writer speaking in the block: then it is the article's own paragraph
_FIRST_PERSON = re.compile(r"\b(?:I|we|us|our|my|me)\b|\bthis (?:newspaper|paper|site)\b", re.I)
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")


def _block_after(text: str, end: int) -> tuple[int, int] | None:
    """The paragraph a report ending at char ``end`` with a colon that closes its line
    sets off: (start, end) of the next paragraph, else None."""
    k = paragraph_after_colon(text, end)
    if k is None:
        return None
    nl = text.find("\n", k)
    return k, len(text) if nl < 0 else nl


def block_relays(view: View, atts: list[Attribution]) -> list[Attribution]:
    """ "As the Valley Ledger reported, the deal includes X:" and, as the next paragraph,
    "The Iron Owl channel said Tuesday that Y.": the paragraph is the Ledger's text, so
    the channel's report is heard through the Ledger (outlet -> Valley Ledger -> Iron
    Owl). Only a paper's or a document's report that ends its paragraph with a colon
    sets off such a block; a block where the writer speaks ("we", "this newspaper") or
    names the article's own outlet is the article's own reporting, and stays direct."""
    text = view.text
    out = list(atts)
    for r in atts:
        src = r.source
        if src is None or src.kind not in _BLOCK_KINDS or not r.chain:
            continue
        end = max(r.content.end, r.cue.end if r.cue else 0)
        block = _block_after(text, end)
        if block is None:
            continue
        said = _QUOTED.sub("", text[block[0] : block[1]])
        if _FIRST_PERSON.search(said) or (r.chain[0] != "writer" and r.chain[0] in said):
            continue
        root, names, kinds = r.chain[0], r.chain, r.chain_kinds
        for k, a in enumerate(out):
            at = a.cue.start if a.cue else a.content.start
            if not block[0] <= at < block[1] or a.source is None or len(a.chain) < 2:
                continue
            if a.source.kind is SourceKind.WRITER or a.chain[0] != root or _silence(a):
                continue
            rest, rest_kinds = a.chain[1:], a.chain_kinds[1:]
            if rest[0] in names[1:]:
                continue  # "the Ledger added": the Ledger's own, already
            out[k] = replace(a, chain=(*names, *rest), chain_kinds=(*kinds, *rest_kinds))
    return out


def inherit_relays(
    atts: list[Attribution], seeds: Sequence[tuple[int, str, Chain]] = ()
) -> list[Attribution]:
    """An origin the article first heard through another outlet stays behind it:
    "According to the Beacon, the channel Iron Owl claims X. ... Iron Owl said Y"
    gives outlet -> Beacon -> Iron Owl for Y too, since the article relays the
    Beacon's report of the channel (and so the claim is not independent of it).
    ``seeds``: (char, origin, chain above it) the article states outright ("The
    Beacon's report was based on posts by Iron Owl"), in force from char on."""
    relay: dict[str, Chain] = {}
    out: list[Attribution] = []
    pending = sorted(seeds, key=lambda s: s[0])
    for a in sorted(atts, key=lambda a: a.cue.start if a.cue else a.content.start):
        at = a.cue.start if a.cue else a.content.start
        while pending and pending[0][0] <= at:
            _, origin, above = pending.pop(0)
            relay.setdefault(origin, above)
        if len(a.chain) >= 3 and SourceKind.OUTLET.value in a.chain_kinds[1:-1]:
            relay.setdefault(a.chain[-1], (a.chain[:-1], a.chain_kinds[:-1]))
        elif (
            len(a.chain) == 2
            and a.source is not None
            and a.source.kind is not SourceKind.WRITER
            and a.chain[-1] in relay
            and not _silence(a)
        ):
            names, kinds = relay[a.chain[-1]]
            a = replace(a, chain=(*names, a.chain[-1]), chain_kinds=(*kinds, a.chain_kinds[-1]))
        out.append(a)
    return sorted(out, key=lambda a: (a.content.start, a.id))


def _silence(a: Attribution) -> bool:
    """ "Vik did not respond to a request for comment": the article's own attempt to
    reach the source, not something relayed through the outlet it first quoted."""
    said = f"{a.cue.text if a.cue else ''} {a.content.text}"
    return bool(CUES[Status.NO_COMMENT].search(said))
