"""Reporting status: how the article reports a claim (confirmed, alleged, denied...).

The decision combines three things:

1. the attribution whose content holds the claim: is there a source at all, what
   kind is the origin at the end of its chain (a named person or body, an outlet,
   an anonymous or social-media origin), and which cue introduces it ("confirmed",
   "said", "claimed"). A claim whose origin is another outlet is ``alleged``: the
   article relays a report it has not confirmed ("reportedly"); so is one whose
   source is not on the record (``onrecord.on_record``: "a source", "officials");
2. cue words in the sentence itself: denials, "declined to comment", evidential
   hedges ("reportedly", "allegedly"), rumour words ("unverified", "rumour"),
   modal speculation ("may", "could", "if the reports are true") and questions,
   plus the headline conventions read by ``headline.py`` ("...: report",
   "Official: ...", "Has X resigned? ...", "Fisherman Claims ...");
3. the rest of the article (``status_article.article_statuses``): a sentence that only refers
   back to a claim ("the Ministry didn't comment on the rumor") gets its own
   status without changing the status of the claim it refers to, while a later
   denial of "the report" marks the reported claim before it as denied.

Precedence when several cues fire: denied > no_comment > rumour > alleged >
speculative > confirmed > attributed > unattributed. ``opinion`` is decided by
the caller (the opinion model) and applies only when nothing checkable is left.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..model import Attribution, SourceKind, Status, Token
from .cues import (
    CUE_SCANNER,
    CUE_VERBS,
    CUES,
    EVIDENCE,
    LEAD_COLON,
    MONTH_MAY,
    VERDICT_LINE,
)
from .headline import (
    EMPHATIC_NOT,
    OPINION_LABEL,
    TITLE_CLAIM,
    TITLE_MODAL,
    is_agent,
    is_named,
    is_role,
    negated_claim,
    outlet_named,
    question,
    source_label,
    text_attribution,
    title_case,
    token_at,
)
from .onrecord import on_record

__all__ = [
    "ANONYMOUS_KINDS",
    "PRECEDENCE",
    "StatusDecision",
    "cue_hits",
    "decide_status",
    "is_named",
    "text_attribution",
]

PRECEDENCE = (
    Status.DENIED,
    Status.NO_COMMENT,
    Status.RUMOUR,
    Status.ALLEGED,
    Status.SPECULATIVE,
    Status.CONFIRMED,
    Status.ATTRIBUTED,
    Status.UNATTRIBUTED,
)
ANONYMOUS_KINDS = frozenset({SourceKind.ANONYMOUS.value, SourceKind.SOCIAL_MEDIA.value})


_REFER_BACK = re.compile(
    r"\b(?:the|that|this|these|those|such)\s+(?:\w+\s+)?"
    r"(?:rumou?rs?|reports?|claims?|allegations?|accounts?|stor(?:y|ies)|posts?|speculation)\b",
    re.I,
)


_THAN = re.compile(r"\bthan\s+(?:the\s+|a\s+|any\s+)?$", re.I)
# a denial verb negated denies nothing ("did not deny", "has never disputed"), unlike a
# debunking word after "not" ("not true")
_NOT_DENIED = re.compile(
    r"(?:\b(?:did|does|do|has|have|had|would|will|could)\s*(?:not|n[’']t)|\bnever)"
    r"\s+(?:\w+ly\s+)?$",
    re.I,
)
# "police found no evidence of ...": what a search found, not a claim without support
_FOUND = re.compile(r"\b(?:found|finds?|uncovered|saw|sees?)\s+$", re.I)
# a report of nothing: "no immediate reports of", "no one was reported hurt"
_NONE_BEFORE = re.compile(r"\b(?:no|nobody|no\s+one|none)\s+(?:\w+\s+)?$", re.I)
# the source stands inside an open question: "it is unclear whether the mayor knew"
_WHETHER_BEFORE = re.compile(r"\b(?:whether|if)\s+$", re.I)
_OPEN_CONTENT = re.compile(r"^\W*(?:whether|if)\b", re.I)


@dataclass(frozen=True, slots=True)
class StatusDecision:
    status: Status
    cues: tuple[str, ...] = ()
    refers_back: bool = False  # the sentence talks about an earlier claim ("the rumour")


def cue_hits(text: str, tokens: Sequence[Token] | None = None) -> dict[Status, list[str]]:
    """All cue phrases found in ``text``, by the status they point to.

    With ``tokens`` (the sentence's parse), "may"/"could"/"might" count only as
    modal auxiliaries, and "claim(s)" only as a verb.
    """
    hits: dict[Status, list[str]] = {}
    modal_ok = True
    title = title_case(text)
    if tokens is not None:
        modal_ok = any(
            t.tag == "MD"
            and t.text.lower() in ("may", "might", "could")
            and not _purpose(tokens, t.head)
            for t in tokens
        ) or (title and bool(TITLE_MODAL.search(text)))
    for status, rx in CUE_SCANNER.scan(text):
        for m in rx.finditer(text):
            phrase = " ".join(m.group(0).split())
            low = phrase.lower()
            if status is Status.SPECULATIVE and low in ("may", "might", "could") and not modal_ok:
                continue
            if status is Status.DENIED and _CONFIRM_OR.search(
                text[max(0, m.start() - 16) : m.start()]
            ):
                continue
            if status is Status.DENIED and _NOT_DENIED.search(
                text[max(0, m.start() - 24) : m.start()]
            ):
                continue  # "the mayor did not deny the report", "Brandt never disputed the figures"
            if status is Status.DENIED and _VERDICT.search(low) and _open_verdict(text, m):
                continue  # "is no hoax", "Real or hoax?": nothing is called false
            if status is Status.RUMOUR and _THAN.search(text[max(0, m.start() - 12) : m.start()]):
                continue  # "more convincing than the rumour": the rumour is another claim
            if status is Status.RUMOUR and _FOUND.search(text[max(0, m.start() - 16) : m.start()]):
                continue  # "police found no evidence of forced entry": a finding, not a doubt
            if status is Status.ALLEGED and _NONE_BEFORE.search(
                text[max(0, m.start() - 24) : m.start()]
            ):
                continue  # "there were no reports of injuries", "no one was reported hurt"
            if status is Status.CONFIRMED and _UNTIL.search(
                text[max(0, m.start() - 30) : m.start()]
            ):
                continue  # "until it is confirmed", "once confirmed": not confirmed yet
            if (
                status is Status.SPECULATIVE
                and low == "may"
                and MONTH_MAY.search(text[max(0, m.start() - 8) : m.end() + 4])
            ):
                continue  # the month
            hits.setdefault(status, []).append(phrase)
    if question(text):
        hits.setdefault(Status.SPECULATIVE, []).append("?")
    if title:
        for m in TITLE_CLAIM.finditer(text):
            hits.setdefault(Status.ALLEGED, []).append(m.group(0).strip())
    if EMPHATIC_NOT.search(text) and not text.isupper():
        hits.setdefault(Status.DENIED, []).append("NOT")
    if tokens is not None:
        verbless = not any(t.pos in ("VERB", "AUX") for t in tokens)
        for k, t in enumerate(tokens):
            if (t.lemma.lower() in ("claim", "allege") and t.pos == "VERB") or (
                # headlinese the parser reads as one noun run: "Rebel video claims
                # beheading of aid worker"
                verbless and t.text.lower() == "claims" and t.dep == "compound" and t.head > k
            ):
                hits.setdefault(Status.ALLEGED, []).append(t.text)
        hedged = _hedged_predicates(tokens)
        if hedged:
            hits.setdefault(Status.ALLEGED, []).extend(hedged)
    if tokens is not None and Status.ALLEGED in hits:
        # "the alleged rapist", "the accused bomber": the adjective qualifies a person, not the claim
        attributive = {
            t.text.lower()
            for t in tokens
            if t.dep == "amod" and t.tag in ("JJ", "VBN") and is_agent(tokens, t.head)
        } | _qualified_roles(tokens)
        hits[Status.ALLEGED] = [c for c in hits[Status.ALLEGED] if c.lower() not in attributive]
        if not hits[Status.ALLEGED]:
            del hits[Status.ALLEGED]
    # "could not be verified" is a rumour cue, not modal speculation
    if Status.RUMOUR in hits and Status.SPECULATIVE in hits:
        rumour_text = " ".join(hits[Status.RUMOUR]).lower()
        hits[Status.SPECULATIVE] = [
            c for c in hits[Status.SPECULATIVE] if c.lower() not in rumour_text.split()
        ]
        if not hits[Status.SPECULATIVE]:
            del hits[Status.SPECULATIVE]
    # "did not confirm" is a no-comment, not a confirmation; "denied ... confirmed" stays a denial
    if Status.CONFIRMED in hits and (Status.NO_COMMENT in hits or Status.RUMOUR in hits):
        del hits[Status.CONFIRMED]
    return hits


def _qualified_roles(tokens: Sequence[Token]) -> set[str]:
    """ "Alleged"/"accused"/"suspected" before a role in a headline's name-like run, which
    the parser reads as a compound: "Mob Attacks Alleged Harbour Thief", "Accused Dock
    Arsonist Injured"."""
    out: set[str] = set()
    for k, t in enumerate(tokens):
        if t.text.lower() not in ("alleged", "accused", "suspected"):
            continue
        for u in tokens[k + 1 : k + 5]:
            if u.pos not in ("NOUN", "PROPN"):
                break
            if is_role(u.text):
                out.add(t.text.lower())
                break
    return out


# a confirmation still to come ("treat it with caution until it is confirmed")
_UNTIL = re.compile(
    r"\b(?:until|unless|till|once|if|whether|before)\s+(?:\w+\s+){0,3}$|\byet\s+to\s+be\s+$",
    re.I,
)
# words that call a story false ("a hoax", "fake"), unlike the verbs that deny it
_VERDICT = re.compile(r"\b(?:hoax\w*|fakes?|faked|false|fabricat\w*|bogus|myths?)\b", re.I)
_EITHER_OR = re.compile(r"\b(?:real|true|genuine)\s+or\s+(?:\w+\s+)?\w+\s*\?", re.I)
_NEGATED_BEFORE = re.compile(r"(?:\bno|\bnot|n[’']t|\bnever)\s+(?:(?:a|an|all|just)\s+)?$", re.I)


def _open_verdict(text: str, m: re.Match[str]) -> bool:
    """A verdict word that is negated ("third arm is no hoax", "was NOT a hoax") or one
    side of an open question ("Real or hoax?"): it calls nothing false. A plain "Was it
    all a hoax?" still casts doubt, as a headline means it to."""
    if _NEGATED_BEFORE.search(text[max(0, m.start() - 16) : m.start()]):
        return True
    return bool(_EITHER_OR.search(text[max(0, m.start() - 30) : m.end() + 2]))


# "would neither confirm nor deny": the "deny" of a no-comment
_CONFIRM_OR = re.compile(r"confirm(?:ed)?\s+n?or\s+$", re.I)
_SOCIAL_LABELS = frozenset(
    {"channel", "account", "post", "tweet", "blog", "blogger", "user", "forum", "thread"}
)
_SUSPECT_DET = frozenset({"a", "the", "key", "main", "prime", "chief", "top", "possible"})


def _hedged_predicates(tokens: Sequence[Token]) -> list[str]:
    """Predicates that report a belief or a suspicion, not a fact, in shapes the parser
    misreads: "Rebel leader believed killed in strike" (not "Cat, believed dead,
    returns"), and a verbless "Harbour clerk a suspect in theft" (not "Police hold a
    suspect in theft", where a verb comes first)."""
    out: list[str] = []
    for k in range(1, len(tokens) - 1):
        t, prev, nxt = tokens[k], tokens[k - 1], tokens[k + 1]
        low = t.text.lower()
        if (
            low == "believed"
            and nxt.tag in ("VBN", "JJ")
            and prev.text != ","
            and prev.pos not in ("PRON", "ADV", "AUX", "PART")
            and (k + 2 >= len(tokens) or tokens[k + 2].text != ",")
        ):
            out.append(f"{t.text} {nxt.text}")
        elif (
            low == "suspect"
            and prev.text.lower() in _SUSPECT_DET
            and nxt.text.lower() in ("in", "for", "over", "behind")
            and not any(u.pos in ("VERB", "AUX") for u in tokens[: k - 1])
        ):
            out.append(f"{prev.text} {t.text}")
    return out


def _purpose(tokens: Sequence[Token], head: int) -> bool:
    """The modal's verb heads a purpose clause ("closed the bridge so engineers could
    inspect it"): it tells why, it does not hedge the claim."""
    verb = token_at(tokens, head)
    if verb is None or verb.dep != "advcl":
        return False
    return any(
        t.head == head and t.dep == "mark" and t.text.lower() in ("so", "that") for t in tokens
    ) and any(t.text.lower() == "so" and t.head in (head, verb.head) for t in tokens)


def _negated_verb(text: str, verb: str, m: re.Match[str]) -> bool:
    """The denial verb is negated, in the cue ("did not deny") or just before it in the
    sentence ("the mayor did not deny the report")."""
    if _NOT_DENIED.search(verb[: m.start()]):
        return True
    i = text.find(verb)
    return i >= 0 and bool(_NOT_DENIED.search(text[max(0, i - 24) : i + m.start()]))


def _open_report(text: str, att: Attribution, verb: str) -> bool:
    """The attribution reports a suspicion or an open question rather than a statement:
    its verb is a speculation cue ("suspect", "suggest", "have not ruled out"), its content
    a "whether" clause, or its source sits inside one ("unclear whether the mayor knew")."""
    if verb and (
        CUE_VERBS[Status.SPECULATIVE].search(verb) or CUES[Status.SPECULATIVE].search(verb)
    ):
        return True
    if att.content is not None and _OPEN_CONTENT.match(att.content.text):
        return True
    if att.source is not None and att.source.span is not None:
        i = text.find(att.source.span.text)
        if i > 0 and _WHETHER_BEFORE.search(text[max(0, i - 12) : i]):
            return True
    return False


def _same_source(label: str, att: Attribution) -> bool:
    """The trailing ``label`` is the parsed attribution's own source, not an outer one."""
    if att.source is None:
        return False
    said = (att.source.span.text if att.source.span else att.source.canonical).lower()
    label = label.lower()
    return bool(said) and (said in label or label in said)


def _origin_kind(att: Attribution) -> str:
    if att.chain_kinds:
        return att.chain_kinds[-1]
    if att.source is None:
        return SourceKind.WRITER.value
    return att.source.kind.value


def decide_status(
    text: str,
    attribution: Attribution | None = None,
    cue_text: str = "",
    tokens: Sequence[Token] | None = None,
    opinion: bool = False,
    checkable: bool = True,
    headline: bool = False,
) -> StatusDecision:
    """The reporting status of one sentence (or claim span) ``text``.

    ``attribution`` is the attribution whose content covers it (None when the
    writer asserts it); ``cue_text`` its cue words; ``opinion`` whether the
    opinion model calls the sentence the writer's opinion; ``checkable`` whether
    it states something that could be checked; ``headline`` whether ``text`` is a
    headline, where a negated main predicate debunks ("Bridge not closed: council").
    """
    hits = cue_hits(text, tokens)
    refers = bool(_REFER_BACK.search(text) or VERDICT_LINE.match(text))
    if headline and OPINION_LABEL.match(text) and Status.DENIED not in hits:
        # a debunk stays a denial even in an op-ed ("Op-Ed: the ferry hoax ...")
        return StatusDecision(Status.OPINION, (text.lstrip("# ").split(":")[0],), refers)
    said_by = attribution.source if attribution is not None else None
    if attribution is not None and said_by is not None and said_by.kind is SourceKind.WRITER:
        # "I believe ...": the writer speaks
        verb = cue_text or (attribution.cue.text if attribution.cue else "")
        if _WRITER_OPINION.search(verb):
            return StatusDecision(Status.OPINION, (verb,), refers)
        attribution = None
    sourced = attribution is not None and attribution.source is not None
    trail_cues: tuple[str, ...] = ()
    unnamed = ""  # the alleged cue an unnamed source gives ("officials said")
    report_verb = ""  # the reporting verb itself: "insists", "suggests"
    if sourced and attribution is not None:
        kind = _origin_kind(attribution)
        verb = cue_text or (attribution.cue.text if attribution.cue else "")
        report_verb = verb
        for status, rx in CUE_VERBS.items():
            m = rx.search(verb)
            if m and not (status is Status.DENIED and _negated_verb(text, verb, m)):
                hits.setdefault(status, []).insert(0, m.group(0))
        evidence = (
            attribution.source is not None
            and (attribution.source.canonical.lower().split() or [""])[-1] in EVIDENCE
        )
        if evidence:
            pass  # "a video shows ...": attributed to what it shows
        elif kind in ANONYMOUS_KINDS:
            hits.setdefault(Status.RUMOUR, []).append(
                attribution.source.canonical if attribution.source else kind
            )
        elif attribution.source is not None and SourceKind.OUTLET.value in (
            kind,
            attribution.source.kind.value,
        ):
            # another outlet's report relayed, not confirmed: "reportedly"; also when it
            # cites a document or a person in turn ("the Daily Flash, citing a memo, reported")
            hits.setdefault(Status.ALLEGED, []).append(
                verb or f"per {attribution.source.canonical}"
            )
        elif attribution.source is not None:
            name = (
                attribution.source.span.text
                if attribution.source.span
                else attribution.source.canonical
            )
            if not on_record(attribution.source, name, headline):
                unnamed = f"{name} {verb}".strip()
                hits.setdefault(Status.ALLEGED, []).append(unnamed)
        # a trailing label reports the whole headline, the inner report included:
        # "Mayor wants ferry sold: report", "... -Daily Orlin"
        trail = text_attribution(text)
        if (
            trail is not None
            and not _same_source(trail[0], attribution)
            and (not is_named(trail[0]) or outlet_named(text, trail[0], tokens))
        ):
            hits.setdefault(Status.ALLEGED, []).append(" ".join(trail))
    elif attribution is None:
        trail = text_attribution(text)
        if trail is not None:
            src, verb = trail
            report_verb = verb
            for status, rx in CUE_VERBS.items():
                if rx.search(verb):
                    hits.setdefault(status, []).insert(0, verb)
            last = src.lower().split()[-1].rstrip("s") if src.split() else ""
            if not is_named(src) and last in _SOCIAL_LABELS:
                # "..., channel says", "... - Telegram users": an unnamed online source
                hits.setdefault(Status.RUMOUR, []).append(f"{src} {verb}".strip())
            elif not is_named(src) or outlet_named(text, src, tokens):
                hits.setdefault(Status.ALLEGED, []).append(f"{src} {verb}".strip())
            trail_cues = (src, verb)
        else:
            lead = LEAD_COLON.match(text)
            if lead and source_label(text, lead.group("src"), tokens):
                hits.setdefault(Status.ALLEGED, []).append(f"{lead.group('src')}:")
    if (
        unnamed
        and attribution is not None
        and hits.get(Status.ALLEGED) == [unnamed]
        and Status.SPECULATIVE in hits
        and _open_report(text, attribution, report_verb)
    ):
        # "Investigators suspect ...", "Officials are investigating whether ...", "it is
        # unclear whether the mayor knew ...": a suspicion or an open question, whoever
        # holds it; the unnamed holder does not make it an allegation
        del hits[Status.ALLEGED]
    if headline:
        scare = _SCARE_QUOTES.search(text)
        if scare and not text[scare.end() :].lstrip().startswith(":"):
            # "Dam 'cracked', residents fear": the headline keeps its distance
            hits.setdefault(Status.ALLEGED, []).append(scare.group(0))
    if headline and tokens and not _hedged(hits, report_verb):
        neg = negated_claim(tokens, text)
        if neg:
            hits[Status.DENIED] = [neg]
    if (
        Status.NO_COMMENT in hits
        and (Status.RUMOUR in hits or Status.ALLEGED in hits)
        and _SILENT_ON_IT.search(text)
    ):
        # "a source said X, a claim the ministry did not comment on": still the source's
        # rumour; the silence is about it, not what the sentence reports
        del hits[Status.NO_COMMENT]
    for status in PRECEDENCE:
        if status in (Status.CONFIRMED, Status.ATTRIBUTED, Status.UNATTRIBUTED):
            break
        if status in hits:
            return StatusDecision(status, tuple(dict.fromkeys(hits[status])), refers)
    if sourced and attribution is not None:
        if Status.CONFIRMED in hits:
            return StatusDecision(
                Status.CONFIRMED, tuple(dict.fromkeys(hits[Status.CONFIRMED])), refers
            )
        cue = attribution.cue.text if attribution.cue else ""
        return StatusDecision(Status.ATTRIBUTED, (cue,) if cue else (), refers)
    if trail_cues:
        status = Status.CONFIRMED if Status.CONFIRMED in hits else Status.ATTRIBUTED
        return StatusDecision(status, trail_cues, refers)
    if opinion and not checkable:
        return StatusDecision(Status.OPINION, (), refers)
    if Status.CONFIRMED in hits:
        # "officials confirmed" without a parsed attribution: a confirmation by an unnamed
        # subject is still an on-record statement in the article's voice
        return StatusDecision(
            Status.CONFIRMED, tuple(dict.fromkeys(hits[Status.CONFIRMED])), refers
        )
    if opinion:
        return StatusDecision(Status.OPINION, (), refers)
    return StatusDecision(Status.UNATTRIBUTED, (), refers)


# a silence appended to what a sentence reports: ", a claim the ministry did not comment
# on", ", which the embassy declined to confirm"
_SILENT_ON_IT = re.compile(
    r"[,;—–]\s*(?:(?:a|an|the)\s+(?:\w+\s+){0,2}?(?:claims?|reports?|allegations?|rumou?rs?|"
    r"accounts?|stor(?:y|ies))\s+|which\s+)(?:[\w’'-]+\s+){1,5}?(?:did\s+not|didn[’']t|"
    r"declined|refused|would\s+not|has\s+not|had\s+not|could\s+not)\b",
    re.I,
)
# a headline's scare quotes: one to three words quoted mid-line ("Dam 'cracked'")
_SCARE_QUOTES = re.compile(
    r"(?<=[\w,] )(?:'|‘|\"|“)(?P<words>[A-Za-z][\w-]*(?: [\w-]+){0,2})(?:'|’|\"|”)(?![\w])"
)
_WRITER_OPINION = re.compile(
    r"\b(believ|think|thought|feel|felt|doubt|suspect|hope|fear|reckon|guess)", re.I
)
# a hedge outranks a headline's negation: "Bridge may not reopen" is speculation
_HEDGED = PRECEDENCE[: PRECEDENCE.index(Status.CONFIRMED)]
REPORTED = frozenset({Status.ATTRIBUTED, Status.ALLEGED, Status.RUMOUR, Status.UNATTRIBUTED})


def _hedged(hits: dict[Status, list[str]], report_verb: str) -> bool:
    """A hedge, rumour or no-comment cue other than the reporting verb itself: "X insists
    Y did not Z" and "Y not Z, NASA suggests" are denials by X and NASA (a cue naming
    the source with its verb, "ministry insists", is the verb too), while "Y may not Z"
    and "Y not Z, a source says" stay hedged."""
    verb = report_verb.lower().strip()
    return any(
        not verb or not c.lower().strip().endswith(verb)
        for s in _HEDGED
        if s in hits
        for c in hits[s]
    )
