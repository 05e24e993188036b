"""Rules over the dependency parse that find source, cue and content.

Each rule yields ``Cand`` records in token and character offsets: reporting
verbs (``said``, ``told``, ``claims``, ``the post read``), ``according to X``,
noun cues (``X's claim that``), and quotes whose speaker is only in an
earlier sentence. Decisions about which verbs are cues can be delegated to a
learned scorer (``CueScorer``); without one the lexicon decides.
"""

from __future__ import annotations

import bisect

from .asides import (
    around_content,
    between_commas,
    cut_sibling_reports,
    parenthetical_content,
    split_pair,
)
from .base import (
    CLAUSE_DEPS,
    NEEDS_CLAUSE,
    SPEECH_VERBS,
    SUBJ_DEPS,
    Cand,
    CueModel,
    CueScorer,
    LexiconCues,
    is_candidate,
    words,
)
from .complements import (
    as_aside,
    as_content,
    block_after_colon,
    complement_content,
    reporting_complement,
)
from .lexicon import (
    AGENT_NOUNS,
    CUE_NOUNS,
    CUE_VERBS,
    DOCUMENT_NOUNS,
    LISTENER_VERBS,
    OBJECT_CONTENT_VERBS,
    TEXT_NOUNS,
)
from .signatures import dash_cands, label_cands, trail_cands
from .spans import (
    adjacent_quote,
    agent_of,
    colon_content,
    content_from_tokens,
    cue_range,
    cut_out,
    extend_content,
    inner_verb,
    inside,
    learned_content,
    learned_cue_range,
    only_marks,
    overlaps_chars,
    quote_tokens,
    raised_subject,
    relative_word,
    tokens_between,
)
from .subjects import postposed_subject, subject
from .verbs import HEARSAY, cited_clause, relayed_source, reports_nothing
from .view import View

__all__ = ["Cand", "CueModel", "CueScorer", "LexiconCues", "find_candidates", "is_candidate"]


# What "read" a text: "the post read", "the article read" (not "voters read the news").
_READ_BY = TEXT_NOUNS | words(
    "it article story book ad advertisement column editorial piece sign suit lawsuit"
)

_DIRECTIVES = frozenset({"order", "command"})
_NOT_SPEAKERS = frozenset({"it", "this", "that", "which", "what"})
_ASPECTUAL = frozenset({"continue", "keep", "begin", "start", "go"})
# Prepositions that stay in a cue even when the content is not their object ("railed
# against the toll", "called on the council to ...", "pointed to"; PolNeAR cue +0.5; not
# "of": PolNeAR leaves it out of "“A,” he said of B" two times in three)
_CUE_PREPS = frozenset({"on", "to", "about", "against", "for", "by"})


def _speaker(view: View, v: int) -> bool:
    """``v`` has a subject of its own that could be a speaker (not "it", not an
    infinitive's missing one)."""
    subj = view.kids(v, *SUBJ_DEPS)
    return bool(subj) and view.tokens[subj[0]].text.lower() not in _NOT_SPEAKERS


def _carries_report(view: View, v: int) -> bool:
    """An aspect verb carrying a reporting verb with its clause: "the mayor continued
    to insist that ...", "she kept saying that ..."."""
    toks = view.tokens
    if toks[v].lemma.lower() not in _ASPECTUAL:
        return False
    return any(
        toks[x].lemma.lower() in CUE_VERBS and bool(view.kids(x, "ccomp"))
        for x in view.kids(v, "xcomp")
    )


def _agent_subject(view: View, v: int) -> bool:
    """The subject of ``v`` could speak: a name, a pronoun, or a noun for people,
    bodies, outlets, documents or posts (not "the failure", "the crisis")."""
    toks = view.tokens
    subj = view.kids(v, *SUBJ_DEPS)
    if not subj:
        return True  # inherited or absent: the other rules decide
    s = toks[subj[0]]
    if s.pos in ("PROPN", "PRON") or view.entity_of[s.i] >= 0:
        return True
    return s.lemma.lower() in AGENT_NOUNS


def _verb_cands(view: View, model: CueModel, used: set[int]) -> list[Cand]:
    """Attributions introduced by reporting verbs."""
    out: list[Cand] = []
    toks = view.tokens
    absorbed: set[int] = set()  # verbs taken into an earlier cue
    for t in toks:
        if t.i in absorbed or not is_candidate(view, t.i):
            continue
        lemma = t.lemma.lower()
        # A report inside a quote is a hop of a chain even where the model, trained
        # on univocal PolNeAR (which never nests), would not take it.
        nested = (
            view.quote_of[t.i] >= 0
            and lemma in CUE_VERBS
            and bool(view.kids(t.i, "ccomp"))
            and _speaker(view, t.i)  # not "To discover X ...", "it simply shows X"
        )
        # "told the Herald of a survey that suggests X": a document reporting inside a
        # report is a hop too
        nested = nested or (
            t.dep == "relcl"
            and lemma in CUE_VERBS
            and toks[t.head].lemma.lower() in DOCUMENT_NOUNS
            and bool(view.kids(t.i, "ccomp"))
        )
        # "The Sun said that the General SVR channel had claimed X": a named channel,
        # outlet or unnamed source claiming inside another's report is a hop too
        nested = nested or (
            t.dep == "ccomp"
            and lemma in HEARSAY
            and toks[t.head].lemma.lower() in CUE_VERBS
            and bool(view.kids(t.i, "ccomp"))
            and any(relayed_source(view, k) for k in view.kids(t.i, "nsubj"))
        )
        # A reporting verb the tagger took for a noun: the parse still shows its clause.
        mistagged = t.pos in ("NOUN", "PROPN") and lemma in CUE_VERBS
        if mistagged:
            nested = False
        elif not nested and model.score(view, t.i) < 0.5 and not _carries_report(view, t.i):
            continue
        if reports_nothing(view, t.i):
            continue
        subj_kids = view.kids(t.i, *SUBJ_DEPS)
        if lemma == "read" and not (subj_kids and toks[subj_kids[0]].lemma.lower() in _READ_BY):
            continue
        cue = model.cue_span(view, t.i) or learned_cue_range(view, t.i, model) or (t.i, t.i)
        cue = (cue[0], max(cue[1], cue_range(view, t.i)[1]))
        x = reporting_complement(view, t.i)
        if x >= 0:  # "seemed to recognize that X": one cue, and the subject is its source
            cue = (cue[0], max(cue[1], x))
            absorbed.add(x)
        quotes: set[int] = set()
        content: list[tuple[int, int]] = []
        v = inner_verb(view, t.i, cue)  # "continued to portray X": X is portray's
        if lemma in _ASPECTUAL and v != t.i and not _agent_subject(view, t.i):
            continue  # "the blunder continues to trouble X": a blunder reports nothing
        c, rate = learned_content(view, v, cue, model)
        if lemma in LISTENER_VERBS and c >= 0 and toks[c].dep in ("dobj", "dative"):
            c = -1  # "told reporters": the listener is not what was said
        if lemma in _DIRECTIVES and not view.kids(v, *CLAUSE_DEPS, "dative"):
            continue  # "ordered a retreat" is an act; "ordered that ...", "ordered X to" report
        # "told “Evening Ostra Tonight”": a quoted listener (a show) is not what was said
        listener = (
            {
                view.quote_of[k]
                for k in view.kids(t.i, "dobj", "dative")
                if view.quote_of[k] >= 0 and view.quote_of[k] != view.quote_of[t.i]
            }
            if lemma in LISTENER_VERBS
            else set()
        )
        q = adjacent_quote(view, t.i, used | listener)
        if q >= 0 and (
            c < 0 or (lemma in SPEECH_VERBS and rate < 0.5 and toks[c].dep not in CLAUSE_DEPS)
        ):
            c = -1  # a quote next to the cue beats a weak guess from the parse
        while (
            cue[1] > t.i
            and toks[cue[1]].dep == "prep"
            and (
                toks[cue[1]].text.lower() not in _CUE_PREPS
                or any(toks[o].ent_type in ("DATE", "TIME") for o in view.kids(cue[1], "pobj"))
            )
            and not (c >= 0 and toks[c].head == cue[1])
        ):
            cue = (cue[0], cue[1] - 1)  # "confirmed on Tuesday": the preposition is not cue
        cited = cited_clause(view, t.i)
        if cited is not None:
            # "Newsmax reported, citing The Sun, that X": the parser hung X on "citing";
            # it is what Newsmax reported, and "citing The Sun" names its source
            if cited[0] == t.i:
                c, rate = cited[1], 1.0
            else:
                o = view.kids(t.i, "dobj")[0]
                content = content_from_tokens(view, view.left[o], view.right[o], quotes, t.i)
        if not content and c >= 0 and rate >= 0.3:
            lo, hi = extend_content(view, v, c, cue, model)
            if cited is not None:
                lo, hi = view.left[c], view.right[c]
            content = content_from_tokens(view, lo, hi, quotes, t.i)
        clause = [k for k in view.kids(v, *CLAUSE_DEPS) if not cue[0] <= k <= cue[1]]
        if not content and clause:
            c = clause[0]
            content = content_from_tokens(view, view.left[c], view.right[c], quotes, t.i)
        if not content:
            objs = view.kids(v, "dobj")
            if (
                objs
                and lemma not in LISTENER_VERBS
                and lemma not in NEEDS_CLAUSE
                and lemma in OBJECT_CONTENT_VERBS
            ):
                o = objs[0]
                content = content_from_tokens(view, view.left[o], view.right[o], quotes, t.i)
        if not content and lemma in LISTENER_VERBS:
            # "told the Herald of a survey that ...", "told reporters about the sale"
            for p in view.kids(v, "prep"):
                objs = view.kids(p, "pobj")
                if toks[p].text.lower() in ("of", "about") and objs:
                    o = objs[0]
                    content = content_from_tokens(view, view.left[o], view.right[o], quotes, t.i)
                    break
        if not content:
            q = adjacent_quote(view, t.i, used | listener)
            if q >= 0:
                quotes.add(q)
                content = content_from_tokens(view, *quote_tokens(view, q), quotes)
        if not content and not mistagged:
            held = complement_content(view, v)
            if held is not None:  # "are concerned that X", "expressed doubt that X"
                cue = (min(cue[0], held[0][0]), max(cue[1], held[0][1]))
                content = content_from_tokens(view, *held[1], quotes, t.i)
            tail = as_content(view, t.i) or block_after_colon(view, t.i)
            if not content and tail is not None:  # "As X pointed out, Y"; "X added:\n Y"
                content = content_from_tokens(view, *tail, quotes, t.i)
            for lo, hi in as_aside(view, t.i) if not content else ():  # "Y, as X noted, Z"
                content += content_from_tokens(view, lo, hi, quotes, t.i)
        if (not content and t.dep == "parataxis") or (not content and between_commas(view, t.i)):
            content = parenthetical_content(view, t.i, quotes)
        hung = False
        if not content and t.dep in ("conj", "ccomp") and t.head < t.i:
            # "The ferry did not sink and is moored in Vell, spokeswoman Lina Dahl said on
            # Wednesday": the parser hung the report on the clause it reports; "Kessler
            # claims the tunnel will cost $4 billion, the Courier reported": on a report
            subj = view.kids(t.i, "nsubj")
            lo = view.left[t.head]
            if subj and view.left[subj[0]] - 1 > lo and toks[view.left[subj[0]] - 1].text == ",":
                content = content_from_tokens(view, lo, view.left[subj[0]] - 2, quotes, t.i)
                hung = bool(content)
        if (
            not content
            and t.dep == "advcl"
            and t.head < t.i
            and not view.kids(t.i, *SUBJ_DEPS)
            and toks[t.head].pos in ("VERB", "AUX")
        ):
            # "Vesland will send aid to Orrim, the Vesland Defence Ministry said": the
            # parser hung the speaker on the clause as an apposition, the report on its verb
            np = postposed_subject(view, t.i, cue[0])
            lo = view.left[t.head]
            if np is not None and np[0] - 2 > lo and toks[np[0] - 1].text == ",":
                content = content_from_tokens(view, lo, np[0] - 2, quotes, t.i)
                hung = bool(content)
        colon = colon_content(view, content, toks[cue[1]].end)
        if colon is not None:  # "X claims that:" and the claim on the next line
            content = [(colon[0], colon[1])]
            if colon[2] >= 0:
                quotes.add(colon[2])
        raised = raised_subject(view, t.i, content, model) if x < 0 else None
        if not content and raised is None:
            continue
        if quotes:  # "“A,” he said, “B.”": the quote on the other side is content too
            other = adjacent_quote(view, t.i, used | quotes | listener)
            if other >= 0 and split_pair(view, content, other):
                quotes.add(other)
                content = sorted([*content, (view.quotes[other].start, view.quotes[other].end)])
        if raised is not None:  # "X is expected to ...": X is part of what is expected
            if raised[0] < raised[1] or toks[raised[0]].text.lower() != "it":
                content = sorted([view.chars(*raised), *content])  # not a placeholder "it"
            source = agent_of(view, t.i)
        else:
            source = subject(view, t.i)
            if source is None or overlaps_chars(view.chars(*source), content):
                source = postposed_subject(view, t.i, cue[0]) or source  # "Y, Ada Kell, said"
            around = None if hung else around_content(view, t.i, cue, source, content, quotes)
            if around is not None:  # "Y, X said, Z": both sides of the aside
                content = around
        if source is not None and overlaps_chars(view.chars(*source), content):
            content = cut_out(view, content, source, cue)  # "which X says he did"
            if overlaps_chars(view.chars(*source), content):
                source = None
        content = [p for p in content if not inside(view.chars(*cue), p)]
        if not content:
            continue
        wh = relative_word(view, t.i, content, source)
        if wh >= 0:  # "what critics have called a giveaway": "what" + "a giveaway"
            content = sorted([view.chars(wh, wh), *content])
        used |= quotes
        forced = nested and model.score(view, t.i) < 0.5
        out.append(Cand(cue, source, content, "indirect", t.sent, t.i, quotes, forced))
    return out


def _according_end(view: View, obj: int, end: int, head: int) -> int:
    """Where a sentence-opening "According to X, ..." phrase ends, before the clause
    it reports: after a "citing Y" or "quoting Y" that follows it ("According to the
    Daily, citing Dockwatch, boats left"), and before a subject the parser hung on
    the source's relative clause ("According to the Daily, which cited Dockwatch,
    rescue boats left": "rescue boats" read as a second object of "cited")."""
    toks = view.tokens
    subject = any(toks[k].dep in ("nsubj", "nsubjpass", "expl") for k in view.children[head])
    for k in sorted(view.children[head]):
        if k <= end or toks[k].dep != "advcl" or toks[k].text.lower() not in ("citing", "quoting"):
            continue
        if all(toks[j].text == "," for j in range(end + 1, view.left[k])):
            end = view.right[k]
        break
    if not subject and end + 1 == head:
        commas = [k for k in range(obj + 1, end) if toks[k].text == ","]
        if commas and toks[end].pos in ("NOUN", "PROPN", "PRON"):
            end = commas[-1]
    return end


def _according_cands(view: View, used: set[int]) -> list[Cand]:
    """``according to X`` and ``per X``: the rest of the clause is the content."""
    out: list[Cand] = []
    toks = view.tokens
    for t in toks[:-1]:
        if t.text.lower() != "according" or toks[t.i + 1].text.lower() != "to":
            continue
        to = t.i + 1
        objs = view.kids(to, "pobj")
        if not objs:
            continue
        obj_end = view.right[objs[0]]
        for k in view.kids(objs[0], "relcl"):
            # "according to the Star, which cited a Facebook group": the relative clause
            # is the Star's own source, a hop below it, not part of its name
            if k > objs[0]:
                obj_end = min(obj_end, view.left[k] - 1)
        src = view.trim(view.left[objs[0]], obj_end)
        if src is None:
            continue
        head = t.head if t.head != t.i else to
        while (
            head != t.i
            and toks[head].dep == "conj"
            and head < t.i
            and view.right[head] <= max(src[1], view.right[t.i]) + 1
        ):
            head = toks[head].head  # "X rose, Y fell and Z held, according to W": all three
        sent = view.sentences[t.sent]
        lo = view.left[head] if head != t.i else sent.token_start
        hi = view.right[head] if head != t.i else sent.token_end - 1
        acc_lo, acc_hi = min(t.i, view.left[t.i]), max(src[1], view.right[t.i])
        if head != t.i and acc_lo < head:
            acc_hi = _according_end(view, objs[0], acc_hi, head)
        for k in sorted(view.children[head]) if head != t.i else ():
            if k >= acc_lo or view.left[k] != lo:
                break
            if toks[k].dep == "cc" or (
                toks[k].dep == "advmod" and view.right[k] == k and toks[k + 1].text == ","
            ):  # "But", "Still,": the writer's connective, not what the source says
                lo = view.right[k] + 1
                while lo < acc_lo and toks[lo].text == ",":
                    lo += 1
            else:
                break
        quotes: set[int] = set()
        content: list[tuple[int, int]] = []
        if lo < acc_lo:
            content += content_from_tokens(view, lo, acc_lo - 1, quotes, t.i)
        if acc_hi < hi:
            content += content_from_tokens(view, acc_hi + 1, hi, quotes, t.i)
        if not content:
            continue
        used |= quotes
        out.append(Cand((t.i, to), src, content, "according_to", t.sent, t.i, quotes))
    return out


def _noun_cands(view: View, used: set[int]) -> list[Cand]:
    """Noun cues with a holder: "Banks's claim that ...", "a claim by the ministry that"."""
    out: list[Cand] = []
    toks = view.tokens
    for t in toks:
        if t.pos != "NOUN" or t.lemma.lower() not in CUE_NOUNS:
            continue
        clause = [
            c
            for c in view.kids(t.i, "acl", "ccomp", "appos")
            if toks[view.left[c]].text.lower() == "that" and view.left[c] > t.i
        ]
        if not clause:
            continue
        source: tuple[int, int] | None = None
        poss = view.kids(t.i, "poss")
        if poss:
            p = poss[0]
            # "Mr. Vela's assertion that ...": the source span keeps the "'s", as PolNeAR's
            # annotators mark it (dev source +0.1, relation +0.1); the name drops it
            source = view.trim(view.left[p], view.right[p])
        for prep in view.kids(t.i, "prep"):
            if toks[prep].text.lower() in ("by", "from", "of") and source is None:
                objs = view.kids(prep, "pobj")
                if objs:
                    source = view.trim(view.left[objs[0]], view.right[objs[0]])
        if source is None:
            continue
        quotes: set[int] = set()
        c = clause[0]
        content = content_from_tokens(view, view.left[c], view.right[c], quotes)
        if not content:
            continue
        used |= quotes
        out.append(Cand((t.i, t.i), source, content, "noun_phrase", t.sent, t.i, quotes))
    return out


def _orphan_quotes(view: View, cands: list[Cand], used: set[int]) -> None:
    """Quotes with no cue of their own: continue the previous quote in the same
    paragraph (PolNeAR train: a quote opening the next paragraph was its own report
    40 times, a continuation 29) or take the subject of the sentence before as
    their speaker (source in an earlier sentence)."""
    toks = view.tokens
    by_end = sorted(cands, key=lambda c: c.content[-1][1])
    k = 0
    last: Cand | None = None
    for q, quote in enumerate(view.quotes):
        if q in used or quote.end - quote.start < 8:
            continue
        while k < len(by_end) and by_end[k].content[-1][1] <= quote.start:
            cand = by_end[k]
            k += 1
            if last is not None and (
                (view.quote_of[cand.anchor] >= 0 and not cand.quotes)
                or (not cand.quotes and toks[cand.anchor].sent == toks[last.anchor].sent)
            ):
                continue  # a report inside a quote or in the speaker's sentence ends no speech
            last = cand
        a, b = quote_tokens(view, q)
        if (
            b - a < 2
            or any(
                overlaps_chars((quote.start, quote.end), c.content)
                and not quote.start <= toks[c.anchor].start < quote.end  # a report inside it
                for c in by_end[k : k + 3]
            )
        ):
            continue
        first = a
        while first < b and view.is_quote_mark(first):
            first += 1  # the opening mark may be parsed into the sentence before
        sent = toks[first].sent
        s_start = view.sentences[sent].start
        if not only_marks(view.text[s_start : quote.start]):
            continue  # a title or scare quote inside a sentence, not speech
        if (
            last is not None
            and last.quotes
            and toks[tokens_between(view, last.content[-1][0], last.content[-1][1])[-1]].sent
            >= sent - 2
            and "\n" not in view.text[last.content[-1][1] : quote.start]
        ):
            last.content.append((quote.start, quote.end))
            last.quotes.add(q)
            used.add(q)
            nxt = quote.next  # left open at the paragraph's end: the next paragraph goes on
            while nxt >= 0 and nxt not in used:
                last.content.append((view.quotes[nxt].start, view.quotes[nxt].end))
                last.quotes.add(nxt)
                used.add(nxt)
                nxt = view.quotes[nxt].next
            continue
        if sent == 0:
            continue
        prev = view.sentences[sent - 1]
        for i in range(prev.token_start, prev.token_end):
            t = toks[i]
            if (
                t.dep == "nsubj"
                and toks[t.head].dep == "ROOT"
                and (
                    t.ent_type in ("PERSON", "GOV", "ORG", "CHANNEL")
                    or t.text.lower() in ("he", "she", "they")
                )
            ):
                src = view.trim(view.left[i], view.right[i])
                if src is not None:
                    cands.append(
                        Cand(None, src, [(quote.start, quote.end)], "direct", sent, a, {q})
                    )
                    used.add(q)
                break


def _set_kind(view: View, cand: Cand) -> None:
    """Direct when the content is all quotes, mixed when it holds one, else as found."""
    if cand.kind not in ("indirect", "direct") or not cand.quotes:
        return
    spans = {(view.quotes[q].start, view.quotes[q].end) for q in cand.quotes}
    cand.kind = "direct" if all(p in spans for p in cand.content) else "mixed"


_TEXT_CUES = words("read reads said says stated states declared")


def _text_noun_cands(view: View, used: set[int], taken: set[int]) -> list[Cand]:
    """ "The post read: “...”": a text noun followed by a reading verb, any parse."""
    out: list[Cand] = []
    toks = view.tokens
    for t in toks[1:]:
        if t.i in taken or t.text.lower() not in _TEXT_CUES:
            continue
        noun = toks[t.i - 1]
        if noun.lemma.lower() not in TEXT_NOUNS or noun.sent != t.sent:
            continue
        a = noun.i
        while a > view.sentences[t.sent].token_start and toks[a - 1].dep in (
            "det",
            "compound",
            "amod",
            "poss",
            "case",
            "nummod",
        ):
            a -= 1
        quotes: set[int] = set()
        q = adjacent_quote(view, t.i, used)
        if q >= 0 and view.quotes[q].start > t.start:
            quotes.add(q)
            content = content_from_tokens(view, *quote_tokens(view, q), quotes)
        else:
            end = view.sentences[t.sent].token_end - 1
            content = content_from_tokens(view, t.i + 1, end, quotes) if end > t.i else []
        if not content:
            continue
        used |= quotes
        out.append(Cand((t.i, t.i), (a, noun.i), content, "indirect", t.sent, t.i, quotes))
    return out


def find_candidates(view: View, model: CueModel | None = None) -> list[Cand]:
    """All rule candidates of an article, before nesting and source resolution."""
    used: set[int] = set()
    cands = dash_cands(view, used) + label_cands(view, used) + _according_cands(view, used)
    taken = {c.anchor for c in cands}
    verbs = _verb_cands(view, model or LexiconCues(), used)
    for cand in verbs + _noun_cands(view, used):
        if cand.anchor not in taken:
            cands.append(cand)
            taken.add(cand.anchor)
    cands += _text_noun_cands(view, used, taken)
    marked = {i for c in cands for a, b in filter(None, (c.cue, c.source)) for i in range(a, b + 1)}
    cands += trail_cands(view, marked)
    cut_sibling_reports(view, cands)
    _orphan_quotes(view, cands, used)
    # A hop taken only for nesting stays only when something holds it.
    holders = sorted(p for c in cands if not c.forced for p in c.content)
    starts = [s for s, _ in holders]
    reach: list[int] = []  # the furthest end among holders starting at or before each
    for _, e in holders:
        reach.append(max(e, reach[-1]) if reach else e)

    def held(pos: int) -> bool:
        k = bisect.bisect_right(starts, pos) - 1
        return k >= 0 and reach[k] > pos

    cands = [c for c in cands if not c.forced or held(view.tokens[c.anchor].start)]
    for cand in cands:
        _set_kind(view, cand)
    cands.sort(key=lambda c: c.content[0][0])
    return cands
