"""Reporting verbs in shapes the general rules misread: verbs that report nothing
("a group named X", "could not be confirmed"), a report hung on "citing" ("Newsmax
reported, citing The Sun, that X"), and a report inside another's indirect speech
("The Sun said that the General SVR channel had claimed X").
"""

from __future__ import annotations

from .base import SUBJ_DEPS
from .lexicon import CUE_VERBS, DOCUMENT_NOUNS, OUTLET_NOUNS, SOCIAL_NOUNS
from .view import View

__all__ = ["HEARSAY", "cited_clause", "relayed_source", "reports_nothing"]

_NAMING = frozenset({"name", "call", "dub", "title", "nickname", "label"})
_CHECKING = frozenset({"confirm", "verify", "authenticate", "corroborate"})
# verbs whose object is a topic talked over; passive, with no agent and no clause, what
# they say is that a topic is on the table (PolNeAR's annotators leave such passives out)
_TOPIC = frozenset({"discuss"})
_NOUNS = frozenset({"NOUN", "PROPN", "PRON", "NUM"})


def reports_nothing(view: View, v: int) -> bool:
    """Verbs that report nothing: a name given ("a Facebook group named Kelby Watch"),
    a text's making ("fiction, written for a test"), a check that was not made ("the
    claims could not be independently confirmed": a passive with no agent and no clause;
    what it hedges is the status's business), an offer to act that is the means of
    another ("by offering to waive the fees") and a topic talked over ("arms are being discussed between X and Y")."""
    toks = view.tokens
    t = toks[v]
    lemma = t.lemma.lower()
    named = view.kids(v, "oprd", "attr", "dobj")
    if (
        lemma in _NAMING
        and t.dep == "acl"
        and t.tag == "VBN"
        and toks[t.head].pos == "NOUN"  # "a group named X", not "Trump named Cruz"
        and len(named) == 1
        and toks[named[0]].pos == "PROPN"
        and view.quote_of[named[0]] < 0
    ):
        return True  # not "X's campaign called the report a rush", nor a quoted title
    if (
        lemma == "write"
        and t.dep in ("acl", "advcl")
        and t.tag == "VBN"
        and not view.kids(v, "ccomp", "aux", *SUBJ_DEPS)  # not "as X had written"
    ):
        return True  # "fiction, written for a newstrace test": how a text came to be
    if (
        lemma == "offer"
        and view.kids(v, "xcomp")
        and not view.kids(v, "ccomp", "dobj", *SUBJ_DEPS)
        and t.dep in ("pcomp", "advcl", "acl", "xcomp")
    ):
        # "negotiating with the buyers by offering to waive the fees": the means of an
        # act, with no speaker of its own ("Varga offered to resign" keeps its subject
        # and stays, as PolNeAR's annotators mark it)
        return True
    if (
        lemma in _TOPIC
        and view.kids(v, "auxpass")
        and not view.kids(v, "agent", "ccomp", "xcomp")
        and all(toks[k].pos in _NOUNS for k in view.kids(v, "nsubjpass"))
    ):
        return True  # "arms are being discussed between X and Y": a topic, nobody reporting
    return (
        lemma in _CHECKING
        and bool(view.kids(v, "auxpass"))
        and not view.kids(v, "agent", "ccomp")
        and bool(view.kids(v, "neg") or any(toks[k].tag == "MD" for k in view.kids(v, "aux")))
    )


def cited_clause(view: View, v: int) -> tuple[int, int] | None:
    """(reporting verb, clause) when ``v`` is either side of "X reported, citing Y, that
    Z": a "citing"/"quoting" with an object and a that-clause, hung on a reporting verb
    before it."""
    toks = view.tokens

    def clause_of(k: int) -> int:
        if toks[k].text.lower() not in ("citing", "quoting") or toks[k].dep != "advcl":
            return -1
        if not view.kids(k, "dobj"):
            return -1
        ccomp = [c for c in view.kids(k, "ccomp") if toks[view.left[c]].text.lower() == "that"]
        return ccomp[0] if ccomp else -1

    c = clause_of(v)
    if c >= 0 and toks[toks[v].head].lemma.lower() in CUE_VERBS:
        return toks[v].head, c
    for k in view.kids(v, "advcl"):
        c = clause_of(k)
        if c >= 0 and toks[v].lemma.lower() in CUE_VERBS:
            return v, c
    return None


HEARSAY = frozenset({"claim", "allege", "report", "post", "write", "tweet", "say"})


def relayed_source(view: View, k: int) -> bool:
    """Subject ``k`` is a source one report can pass on: a channel, an outlet, a
    document or unnamed sources ("the General SVR channel", "the Sun", "sources")."""
    t = view.tokens[k]
    lemma = t.lemma.lower()
    return (
        t.ent_type in ("CHANNEL", "OUTLET", "PLATFORM")
        or lemma in SOCIAL_NOUNS
        or lemma in OUTLET_NOUNS
        or lemma in DOCUMENT_NOUNS
        or lemma in ("source", "sources", "insider", "insiders")
    )
