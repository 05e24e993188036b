"""Speakers named outside the sentence: signatures and speaker labels.

Vox pops, epigraphs and reader-comment round-ups sign a quote after it, behind
a horizontal bar or an em dash, alone to the end of the line: “We have waited
long enough.” ― Rita Vance. Headlines and transcripts label the speaker before
a colon at the start of a line: "Orvik: ‘The ferry will run’", "JAKE TAPPER:
...", "Q: ...". The dash or colon is the cue, the name the source, and the
quote or the rest of the line the content.
"""

from __future__ import annotations

import re

from ...analyse.patterns import OUTLETS
from .base import Cand, words
from .lexicon import ANON_NOUNS, DOCUMENT_NOUNS
from .spans import content_from_tokens, quote_tokens, tokens_between
from .view import View

__all__ = ["dash_cands", "label_cands", "trail_cands"]

_DASHES = "―—"
_MAX_NAME_WORDS = 6
_MAX_LINE = 120  # characters from the dash to the end of its line
_SPACE = " \t\u00a0\u2009\u202f"
_QUOTE_MARKS = '"“”«»'


def _signature(view: View, end: int) -> tuple[int, int, int] | None:
    """(dash offset, name start, name end) right after a quote ending at ``end``."""
    text = view.text
    i = end
    while i < len(text) and text[i] in _SPACE:
        i += 1
    if i >= len(text) or text[i] not in _DASHES:
        return None
    dash = i
    i += 1
    while i < len(text) and text[i] in _SPACE:
        i += 1
    line_end = text.find("\n", i, i + _MAX_LINE)  # bounded: run-on text stays linear
    if line_end < 0:
        if len(text) - i > _MAX_LINE:
            return None
        line_end = len(text)
    j = line_end
    for k in range(i, line_end):  # "“A” ― Rita Vance “B” ― Piet Odum": signed quotes in a row
        if text[k] in _QUOTE_MARKS or (
            text[k] == "." and k + 1 < line_end and text[k + 1] in _SPACE and text[k - 1].islower()
        ):
            j = k
            break
    while j > i and (text[j - 1] in _SPACE or text[j - 1] == "."):
        j -= 1
    name = text[i:j]
    words = name.split()
    if not words or len(words) > _MAX_NAME_WORDS or not name[0].isupper():
        return None
    if any(ch in name for ch in '"“”«»:;!?'):
        return None
    return dash, i, j


def dash_cands(view: View, used: set[int]) -> list[Cand]:
    """Attributions of quotes signed "― Name" at the end of their line."""
    out: list[Cand] = []
    for q, quote in enumerate(view.quotes):
        if q in used or not quote.closed:
            continue
        sig = _signature(view, quote.end)
        if sig is None:
            continue
        dash, start, end = sig
        cue = tokens_between(view, dash, dash + 1)[0]
        name = tokens_between(view, start, end)
        src = view.trim(name[0], name[-1])
        if src is None or src[0] <= cue:
            continue
        quotes = {q}
        content = content_from_tokens(view, *quote_tokens(view, q), quotes)
        if not content:
            continue
        used |= quotes
        out.append(Cand((cue, cue), src, content, "direct", view.tokens[cue].sent, cue, quotes))
    return out


_UNNAMED = DOCUMENT_NOUNS | ANON_NOUNS | words("insiders experts analysts historians officials")
_SPEAKER_ENTS = frozenset(["PERSON", "ORG", "NORP", "GPE", "GOV", "OUTLET", "CHANNEL"])
_PLACES = frozenset(["GPE", "LOC", "NORP"])
_NOT_NAME_POS = frozenset(["NOUN", "ADJ", "INTJ", "VERB", "AUX", "NUM"])
_MAX_LABEL = 48  # characters of a speaker label before its colon
# Line labels that name no speaker.
_NOT_SPEAKERS = words(
    "note update updated correction clarification related photo photos video source sources "
    "read watch see also disclosure advertisement caption credit editor editor's editors "
    "contact email listen subscribe follow more click share tags filed warning spoiler "
    "question answer transcript summary background why what how when where who byline "
    "busted boom look breaking exclusive alert wow must lol ps bonus revealed bombshell just paid "
    "watch listen"
)


def _label(view: View, line: int) -> tuple[int, int] | None:
    """(name end, colon offset) of a speaker label opening the line at ``line``."""
    text = view.text
    colon = text.find(":", line, line + _MAX_LABEL)
    if colon <= line:
        return None
    name = text[line:colon]
    if "\n" in name or not name[:1].isupper() or any(ch in name for ch in "\"“”‘’'()[],.;!?"):
        return None
    parts = name.split()
    if not parts or len(parts) > _MAX_NAME_WORDS or parts[0].lower() in _NOT_SPEAKERS:
        return None
    rest = text[colon + 1 : colon + 3]
    if not rest[:1].isspace() and rest[:1] not in "\"“‘'":
        return None  # "10:30", "http://"
    return line + len(name.rstrip()), colon


def _capitalised(view: View, label: list[int]) -> bool:
    """Every word of a headline's label capitalised ("Mark Ruvo"), and not only a
    common noun ("Report:", "Poll:": an unnamed report would pass for one origin
    across outlets)."""
    toks = [view.tokens[i] for i in label if view.tokens[i].text.isalpha()]
    words = [t.text for t in toks]
    if len(words) == 1 and words[0].lower() in _UNNAMED:
        return False
    # a name, not a topic or an exclamation ("Ferry Crisis Update:", "Unbearable:",
    # "Savages:"): at most two words, none a common noun, adjective or interjection
    return 0 < len(toks) <= 2 and all(
        t.text[0].isupper() and t.pos not in _NOT_NAME_POS and not t.text.endswith("ly")
        for t in toks
    )


def _label_text(view: View, label: list[int]) -> str:
    s, e = view.tokens[label[0]].start, view.tokens[label[-1]].end
    return view.text[s:e]


def label_cands(view: View, used: set[int]) -> list[Cand]:
    """Attributions of lines opened by a speaker label ("Name: ...")."""
    out: list[Cand] = []
    text = view.text
    toks = view.tokens
    line = 0
    lead = len(text) - len(text.lstrip())  # the headline: "Orvik: Ferry Will Return"
    while line < len(text):
        nl = text.find("\n", line)
        end = len(text) if nl < 0 else nl
        label_start = line
        while label_start < end and text[label_start] in _QUOTE_MARKS + _SPACE:
            label_start += 1  # a transcript's paragraphs may open with a stray quote mark
        found = _label(view, label_start)
        line = end + 1
        if found is None:
            continue
        name_end, colon = found
        start = colon + 1
        while start < end and text[start].isspace():
            start += 1
        if start >= end:
            continue
        label = tokens_between(view, label_start, name_end)
        cue = tokens_between(view, colon, colon + 1)[0]
        if toks[cue].text != ":" or label[-1] >= cue:
            continue
        last = toks[label[-1]]
        capitals = all(toks[i].text.isupper() or not toks[i].text.isalpha() for i in label)
        named = (
            last.ent_type in _SPEAKER_ENTS
            # a transcript's "JAKE TAPPER:", a headline's "AP:"; not its kicker, "SHOCK:"
            or (capitals and (label_start != lead or _label_text(view, label) in OUTLETS))
            or (
                label_start == lead
                and len(label) <= 4
                and not capitals  # in capitals every word reads as a name
                and _capitalised(view, label)
            )
        )
        words = [toks[i].text.lower() for i in label if toks[i].text.isalpha()]
        if len(words) == 1 and words[0] in _UNNAMED:
            continue  # "REPORT: ...", in capitals or not, names no speaker
        if not named or any(toks[i].pos in ("VERB", "AUX") for i in label):
            continue  # "Relief for Refugees: ..." is a heading; "He added: ..." the verb's
        if label_start == lead and last.ent_type in _PLACES:
            continue  # a headline's "Syria: ..." is a dateline, not a speaker
        body = tokens_between(view, start, end)
        quotes: set[int] = set()
        content = content_from_tokens(view, body[0], body[-1], quotes, cue)
        if not content:
            continue
        used |= quotes
        src = (label[0], label[-1])
        out.append(Cand((cue, cue), src, content, "direct", toks[cue].sent, cue, quotes))
    return out


# a headline's trailing report, which the parser often reads as a compound noun:
# "Secret cracks found in Ostervik dam, channel claims", "Dam cracked, officials say"
_TRAIL = re.compile(
    r",[ \t]*(?P<src>(?:[\w.'’-]+[ \t]+){0,3}[\w.'’-]+)[ \t]+"
    r"(?P<cue>says|say|said|claims|claim|claimed|reports|reported|alleges|insists|warns)"
    r"[ \t]*$",
    re.I,
)


# ... and inverted: "Aid worth $712 million, not billions, says opposition"
_TRAIL_INVERTED = re.compile(
    r",[ \t]*(?P<cue>says|said|claims|claimed|reports|alleges|insists|warns)[ \t]+"
    r"(?P<src>(?:[\w.'’-]+[ \t]+){0,3}[\w.'’-]+)[ \t]*$",
    re.I,
)


def trail_cands(view: View, taken: set[int]) -> list[Cand]:
    """The headline's "..., X says" when no other rule made the verb a cue (``taken``
    holds the tokens already cues or sources): the label is the source, the words
    before its comma the content."""
    text = view.text
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    line = text[start:end]
    if len(line) > 200 or line.rstrip().endswith((".", "?", "!")):
        return []
    m = _TRAIL.search(line) or _TRAIL_INVERTED.search(line)
    if not m:
        return []
    cue = tokens_between(view, start + m.start("cue"), start + m.end("cue"))
    src = tokens_between(view, start + m.start("src"), start + m.end("src"))
    if not cue or not src or cue[0] in taken or any(i in taken for i in src):
        return []
    quotes: set[int] = set()
    body = tokens_between(view, start, start + m.start())
    content = content_from_tokens(view, body[0], body[-1], quotes, cue[0])
    if not content:
        return []
    sent = view.tokens[cue[0]].sent
    return [Cand((cue[0], cue[-1]), (src[0], src[-1]), content, "indirect", sent, cue[0], quotes)]
