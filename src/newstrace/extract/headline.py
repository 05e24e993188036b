"""Headline and sentence conventions the status rules read from the text itself.

Headlines compress reporting into conventions a parser reads poorly: a trailing or
leading source label ("...: report", "Official: ..."), a question in the first part
("Has the mayor resigned? Council silent"), capitalised verbs ("Fisherman Claims
Ferry Hit His Boat") and an emphatic "NOT". These detectors work on the text (and,
where given, the sentence's tokens) and are used by ``status.cue_hits`` and
``status.decide_status``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..analyse.casing import title_case
from ..analyse.patterns import OUTLETS
from ..model import Token
from .cues import GENERIC_SOURCES, PRONOUNS, QUESTION_START, STOPWORDS, TRAIL_COLON, TRAIL_SAY

__all__ = [
    "EMPHATIC_NOT",
    "OPINION_LABEL",
    "TITLE_CLAIM",
    "TITLE_MODAL",
    "is_agent",
    "is_named",
    "is_role",
    "negated_claim",
    "outlet_named",
    "question",
    "source_label",
    "text_attribution",
    "title_case",
    "token_at",
]

_KNOWN_OUTLETS = frozenset(o.lower() for o in OUTLETS)
_QUOTES = '"“”«»'
_OFFICIAL = re.compile(r"it[’']?s\s+(?:now\s+)?official$", re.I)


def question(text: str) -> bool:
    """The writer asks a question: the text ends with "?", or (a headline) one of its
    parts is a question ("Has the mayor resigned? Council silent"). Teasers put to the
    reader ("Would you eat it? ...") are not questions about the claim, and a question
    mark inside quotation marks is somebody else's question.
    """
    t = text.strip()
    for m in re.finditer(r"\?+(?=\s+\S|\s*$)", t):
        before = t[: m.start()]
        if _quoted(t, m.start()):
            continue  # inside a quotation
        part = re.split(r"(?<=[.!?:])\s+", before)[-1].strip(" '‘’")
        if _PRESUPPOSED.match(part):
            continue  # "How did the truck reach Vell?" takes for granted that it did
        if m.end() == len(t):
            return not _ASKED.search(t)
        if QUESTION_START.match(part) and not _TO_READER.match(part):
            return True
    return False


# a wh-question takes its proposition as given ("How did the ferry sink?" says it sank);
# "What if ...?" supposes, and "who"/"which" ask who did it, so they stay questions
_PRESUPPOSED = re.compile(r"(?:how|what|why)\b(?!\s+if\b)(?!\s+about\b)", re.I)


_TO_READER = re.compile(r"(?:\w+\s+)?you\b", re.I)
# a question somebody asks, quoted without quotation marks ("Patient wakes mid-surgery,
# asks doctors how's it going?"): the headline reports the asking, it does not ask
_ASKED = re.compile(
    r"\bask(?:s|ed)\s+(?:\w+\s+){0,3}?(?:how|what|why|who|where|when|whether|if|is|are|"
    r"was|were|do|does|did|can|could|will|would)\b[^.?!:]*\?+$",
    re.I,
)


TITLE_CLAIM = re.compile(r"(?<![\w-])(?<!The\s)(?<!Of\s)(?<!About\s)Claims?\s+(?=[A-Z0-9])")
# a title-case modal before a bare verb ("Tape May Capture Shots"); not a surname before a
# verb in -s ("Theresa May Says", "Simon May Warns")
TITLE_MODAL = re.compile(
    r"(?<=[\w,]\s)(?:May|Might|Could)\s+(?:Not\s+)?(?![A-Z][a-z]*[^s\W]s\b)[A-Z]"
)
# a headline's genre label: the piece is the writer's opinion ("Opinion: ...", "Editorial: ...")
OPINION_LABEL = re.compile(
    r"^[#\s]*(?:opinion|comment|editorial|op-ed|column|viewpoint|my view)\s*[:|]", re.I
)
# "was NOT ready": emphatic denial; "was NOT a hoax" affirms (see VERDICT)
EMPHATIC_NOT = re.compile(
    r"(?<![\w-])NOT(?![\w-])"
    r"(?!\s+(?i:(?:a|an|all|just)\s+)?(?i:hoax|fake|faked|false|fabricated)\b)"
)
# "the alleged gunman": the adjective qualifies a person's role, not the claim
_AGENT = re.compile(
    r"(?:er|or|ist|ant|man|men|woman|women|ess|ee|ers|ors|ists|ants|ees)$|^(?:suspect|victim|"
    r"mastermind|thief|spy|leader|member|accomplice|culprit|perpetrator|abuser|paedophile|"
    r"pedophile)s?$",
    re.I,
)


def is_named(name: str) -> bool:
    """A name, not a description ("Ilse Brandt", "Reuters", "eBay" vs "officials", "a report").

    Pronouns count as names: who they stand for is the attribution's business.
    """
    # "Dr Lena Ruiz, who led the study", "Rita Kell, the director of the Vell Group": the
    # name, not the clause or apposition describing it
    name = _DESCRIBED.sub("", name)
    words = re.findall(r"[\w.&'’-]+", name)
    if len(words) == 1 and words[0].lower() in PRONOUNS:
        return True
    if words and words[-1].lower().strip(".") in GENERIC_SOURCES:
        return False  # "US Lawmaker", "Iraqi envoy": a description ending in a role
    return any(
        any(c.isupper() for c in w)
        and w.lower().strip(".") not in GENERIC_SOURCES
        and w.lower() not in STOPWORDS
        for w in words
    )


_DESCRIBED = re.compile(
    r",\s*(?:who|whose|which|speaking|writing|the|an?|its|his|her|their)\b.*$", re.I | re.S
)


def text_attribution(text: str) -> tuple[str, str] | None:
    """(source, cue) of a trailing attribution in headline style ("..., officials say",
    "...: Report", "...: ABC"), found without a parse."""
    m = TRAIL_SAY.search(text)
    if m and len(m.group("src").split()) <= 6:
        return m.group("src").strip(), m.group("cue")
    m = TRAIL_COLON.search(text)
    if m:
        src = m.group("src").strip()
        if _generic_label(src) or (
            is_named(src) and len(src.split()) <= 3 and all(w[:1].isupper() for w in src.split())
        ):
            return src, ":"
    return None


def _generic_label(src: str) -> bool:
    """The label ends in a description, not a name ("officials", "report", "Opposition group")."""
    last = src.split()[-1].lower().strip(".")
    return last in GENERIC_SOURCES or last.rstrip("s") in GENERIC_SOURCES


def _outlet_in(tokens: Sequence[Token], start: int, end: int) -> bool:
    """A token tagged as a news outlet starts in [start, end) of the text ``tokens`` cover."""
    base = tokens[0].start
    return any(t.ent_type == "OUTLET" and start <= t.start - base < end for t in tokens)


def token_at(tokens: Sequence[Token], i: int) -> Token | None:
    """The token with doc index ``i`` among a sentence's ``tokens``, or None."""
    k = i - tokens[0].i if tokens else -1
    return tokens[k] if 0 <= k < len(tokens) else None


def is_role(word: str) -> bool:
    """``word`` names a role a person plays ("gunman", "suspect", "arsonist")."""
    return bool(_AGENT.search(word))


def is_agent(tokens: Sequence[Token], head: int) -> bool:
    """Token ``head`` (a doc index) names a person or a role ("gunman", "suspect")."""
    t = token_at(tokens, head)
    if t is None:
        return True
    return t.ent_type == "PERSON" or is_role(t.text)


def outlet_named(text: str, src: str, tokens: Sequence[Token] | None) -> bool:
    """``src``, found at the end of ``text``, is a news outlet ("...: Reuters", "... -CNBC"):
    a known outlet's name, or tagged as one."""
    if src.strip(" -–—").lower() in _KNOWN_OUTLETS:
        return True
    if not tokens:
        return False
    start = text.rfind(src)
    return _outlet_in(tokens, start, start + len(src))


def source_label(text: str, src: str, tokens: Sequence[Token] | None) -> bool:
    """A leading "Label:" names an unnamed source or another outlet ("Official:",
    "Opposition group:", "NYT:"), not a topic ("Budget crisis:") nor the writer's
    announcement ("It's official:")."""
    if _OFFICIAL.match(src):
        return False
    if _generic_label(src):
        return True
    if not tokens:
        return False
    return _outlet_in(tokens, 0, len(src))


# auxiliaries of a forecast or an ability, not of a debunk ("won't be a US-only launch")
_NOT_DEBUNK_AUX = frozenset(
    {"will", "wo", "'ll", "would", "shall", "can", "ca", "could", "should", "must", "might", "may"}
)
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})
# a state of mind negated reports the state, it debunks nothing ("Mayor isn't happy with
# the ferry", "Fisherman not sure how his boat reached Vell")
_MIND = frozenset(
    {
        "happy",
        "sure",
        "pleased",
        "impressed",
        "convinced",
        "approve",
        "like",
        "want",
        "care",
        "know",
        "understand",
        "expect",
        "agree",
        "mind",
        "amused",
    }
)


def negated_claim(tokens: Sequence[Token], text: str) -> str | None:
    """The negation of a headline's main predicate, which debunks the story it names:
    "Batmobile wasn't stolen: Cops", "Missing students not found in mass grave",
    "Mayor says she has not resigned". Returns the negation word, or None.

    Main predicates are the root and the clauses coordinated with it or reported by it
    (conj, ccomp, parataxis, appos, two levels). Not counted: a negated forecast or
    ability ("won't be", "can't"), an imperative or slogan with no subject ("Don't
    shoot"), a negation inside quotation marks. Only for headlines: in body text a
    negative statement is a claim of its own, not a debunk.
    """
    if not tokens:
        return None
    start = tokens[0].start
    main = {t.i for t in tokens if t.head == t.i}
    for _ in range(2):
        main |= {
            t.i
            for t in tokens
            if t.dep in ("conj", "ccomp", "parataxis", "appos") and t.head in main
        }
    for t in tokens:
        if t.dep != "neg" or t.head not in main:
            continue
        head = token_at(tokens, t.head)
        if head is None:
            continue
        kids = [k for k in tokens if k.head == head.i and k.i != head.i]
        if any(k.dep in ("aux", "auxpass") and k.text.lower() in _NOT_DEBUNK_AUX for k in kids):
            continue
        if head.lemma.lower() in _MIND or any(
            k.dep == "acomp" and k.lemma.lower() in _MIND for k in kids
        ):
            continue
        if _VERDICT_WORDS.intersection(
            [head.lemma.lower()] + [k.lemma.lower() for k in kids if k.dep in ("acomp", "attr")]
        ):
            continue  # "They're not fake", "The photo is not a hoax": affirmed, not debunked
        if not any(k.dep in _SUBJECTS for k in kids) or _imperative(tokens, kids):
            continue
        if _quoted(text, t.start - start):
            continue
        return t.text
    return _elliptic_negation(tokens, text)


def _imperative(tokens: Sequence[Token], kids: Sequence[Token]) -> bool:
    """A slogan's "don't" opening its clause ("Hands up, don't shoot"): an order, whatever
    the parser made the subject."""
    for k in kids:
        if k.dep == "aux" and k.text.lower() == "do":
            before = token_at(tokens, k.i - 1)
            return before is None or before.pos == "PUNCT"
    return False


def _quoted(text: str, offset: int) -> bool:
    """Character ``offset`` of ``text`` stands inside quotation marks."""
    return sum(text[:offset].count(q) for q in _QUOTES) % 2 == 1


_VERDICT_WORDS = frozenset({"fake", "hoax", "false", "fabricated", "bogus", "faked", "myth"})
# what may follow a headline's "X not ...": a participle, a place, a predicate noun or
# adjective; not an infinitive ("Reasons not to ...") nor a contrast ("not only")
_ELLIPTIC_NEXT = frozenset({"VERB", "ADP", "ADJ", "DET", "NUM", "NOUN", "PROPN", "PRON"})
_NOT_ELLIPTIC = frozenset({"to", "only", "just", "even", "least", "yet", "so", "as", "all"})
_NO_ONE = frozenset({"one", "-one", "body", "longer", "doubt", "idea", "way", "matter", "wonder"})


def _elliptic_negation(tokens: Sequence[Token], text: str) -> str | None:
    """A headline's verbless negation, which the parser rarely attaches to a predicate:
    "Missing students not among the dead" ("are" left out after a noun) or a clause
    opening with "No" ("No survivors on the ferry", "Coastguard: No ship sank"). A
    contrast ("in Ostra, not Vell"), "not to ...", "No one" and quotations are not."""
    start = tokens[0].start
    for k, t in enumerate(tokens):
        low = t.text.lower()
        if low == "not" and 0 < k < len(tokens) - 1:
            prev, nxt = tokens[k - 1], tokens[k + 1]
            if (
                prev.pos in ("NOUN", "PROPN")
                and nxt.pos in _ELLIPTIC_NEXT
                and nxt.text.lower() not in _NOT_ELLIPTIC
                and not _quoted(text, t.start - start)
            ):
                return t.text
        elif low == "no" and k + 1 < len(tokens) and t.dep == "det":
            opening = k == 0 or tokens[k - 1].text == ":"
            if (
                opening
                and tokens[k + 1].text.lower() not in _NO_ONE
                and not _quoted(text, t.start - start)
            ):
                return t.text
    return None
