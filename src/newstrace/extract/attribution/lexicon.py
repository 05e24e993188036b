"""Word lists the attribution rules rely on (hand-written, English).

Reporting verbs, noun cues, pronouns, titles and the head nouns that decide a
source's kind. The learned cue model (``tagger.py``) can widen the verb list;
these lists are what the rules use when no model is shipped.
"""

from __future__ import annotations

import re


def _words(text: str) -> frozenset[str]:
    """The white-space separated words of ``text`` as a set."""
    return frozenset(text.split())


# Verbs that introduce a reported statement, belief or stance (lemmas).
CUE_VERBS: frozenset[str] = _words("""
    say tell claim write report add ask note announce suggest argue state explain
    declare insist warn confirm deny acknowledge admit assert allege contend maintain
    reveal disclose tweet post predict promise vow pledge estimate believe think
    argue recall complain concede testify remark reply respond answer comment
    emphasize emphasise stress observe point describe call accuse criticize criticise
    praise urge demand propose recommend conclude find show indicate suggest mention
    agree disagree dispute question doubt fear hope expect worry predict boast
    brag joke quip muse speculate caution counter retort lament acknowledge contend
    charge blame dismiss reject rebut insist repeat reiterate signal hint imply
    announce affirm assure inform notify brief advise continue read cite quote
    """)

# Verbs whose direct object is the listener, not the content ("told reporters").
LISTENER_VERBS: frozenset[str] = _words("tell inform notify assure brief advise warn ask remind")

# Verbs whose direct object is usually the content ("denied the report").
OBJECT_CONTENT_VERBS: frozenset[str] = _words("""
    deny confirm announce report reveal disclose predict promise estimate criticize
    criticise praise propose recommend dispute question reject dismiss acknowledge
    admit describe mention cite quote blame accuse demand tweet post want support
    oppose endorse
    """)

# Nouns that carry a report: "his claim that", "in a statement".
CUE_NOUNS: frozenset[str] = _words("""
    claim statement assertion allegation announcement remark comment assessment
    accusation warning suggestion argument belief view insistence promise pledge
    report testimony admission denial charge contention estimate prediction
    """)

# Subjects of "read"/"say" that are themselves the source text ("the post read").
TEXT_NOUNS: frozenset[str] = _words("""
    post tweet message statement letter caption note memo headline sign banner
    release report document filing text email video
    """)

PERSONAL_PRONOUNS: frozenset[str] = _words("he she him her his hers")
GROUP_PRONOUNS: frozenset[str] = _words("they them their it its")
FIRST_PERSON: frozenset[str] = _words("i we me us my our")

# Titles stripped from canonical names and kept as the role.
TITLES: frozenset[str] = _words("""
    mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir dame lord lady rep rep. sen sen.
    gov gov. gen gen. lt lt. col col. maj maj. capt capt. adm adm. sgt sgt. cpl cpl.
    president vice prime minister secretary senator representative congressman
    congresswoman governor mayor general admiral colonel major captain sergeant
    judge justice chancellor ambassador spokesman spokeswoman spokesperson chairman
    chairwoman chair director chief commander deputy speaker leader candidate
    pastor rev rev. father sheikh king queen prince princess marshal foreign defence defense
    interior finance health state former acting assistant press attorney
    transport trade energy education justice agriculture environment economy labour labor
    culture housing fisheries tourism communications treasury
    councillor councilor councilman councilwoman alderman mp mep
    """)

# Head nouns of descriptions that refer back to a person ("the congressman").
PERSON_NOUNS: frozenset[str] = _words("""
    congressman congresswoman senator lawmaker legislator president minister
    secretary governor mayor spokesman spokeswoman spokesperson official candidate
    republican democrat leader general commander chief director ambassador diplomat
    judge lawyer attorney analyst expert adviser advisor aide founder executive ceo
    chairman chairwoman man woman officer politician nominee author blogger
    journalist reporter activist businessman businesswoman billionaire mogul
    councillor councilor councilman councilwoman alderman
    """)

# Anonymous sources: head nouns and the words that mark them unnamed.
ANON_NOUNS: frozenset[str] = _words("""
    rumour rumours rumor rumors
    source sources person people insider insiders official officials aide aides
    diplomat diplomats someone somebody witness witnesses resident residents
    employee employees staffer staffers member members observer observers
    """)
ANON_MARKERS: frozenset[str] = _words(
    "a an some several two three many familiar anonymous unnamed senior one other"
)

GOVERNMENT_NOUNS: frozenset[str] = _words("""
    ministry department government military army navy police agency embassy
    administration kremlin pentagon cabinet parliament congress senate council
    command headquarters prosecutor prosecutors authorities authority regime
    commission office forces court regulator watchdog tribunal inquiry ombudsman
    city municipality
    """)
OUTLET_NOUNS: frozenset[str] = _words("""
    newspaper tabloid magazine broadcaster network paper outlet daily weekly
    channel-tv station wire
    """)
SOCIAL_NOUNS: frozenset[str] = _words("""
    channel account post tweet blog blogger page feed handle video livestream
    influencer user users telegram forum thread message
    """)
DOCUMENT_NOUNS: frozenset[str] = _words("""
    report filing document documents memo letter study survey poll indictment
    complaint papers records data analysis transcript release statement
    assessment review audit dossier leak cable story article headline column book
    footage recording
    """)
ORGANISATION_NOUNS: frozenset[str] = _words("""
    company firm group organisation organization party campaign union charity
    committee association foundation institute university team bank alliance
    coalition movement front league federation consortium corporation conglomerate
    operator carrier airline manufacturer maker retailer insurer lender utility
    board panel
    """)

# Quote characters: openers, closers, and marks that may be either.
OPEN_QUOTES = "\u201c\u201e\u00ab\u201f"
CLOSE_QUOTES = "\u201d\u00bb"
AMBIGUOUS_QUOTES = '"\uff02'

# Nouns for those who can report: people, bodies, outlets, documents, posts.
AGENT_NOUNS: frozenset[str] = (
    PERSON_NOUNS
    | GOVERNMENT_NOUNS
    | ORGANISATION_NOUNS
    | OUTLET_NOUNS
    | DOCUMENT_NOUNS
    | TEXT_NOUNS
    | SOCIAL_NOUNS
    | ANON_NOUNS
    | _words("faction community camp side public crowd ad advert commercial argument speech buy")
)


_IRREGULAR = {
    "said": "say", "told": "tell", "wrote": "write", "written": "write",
    "thought": "think", "spoke": "speak", "spoken": "speak", "found": "find",
}  # fmt: skip


def is_report(kind: str, cue: str | None) -> bool:
    """An attribution of ``kind`` with ``cue`` reports something: any quote, "according
    to" or noun cue, and an indirect one whose cue is a reporting verb ("claims"), not an
    act the parser hung inside another report ("by offering to pay")."""
    return kind != "indirect" or not cue or reports(cue)


_ATTITUDE = re.compile(
    r"^(?:want|wish|hope|plan|intend|aim|seek|sought|desire)(?:s|ed|ing)?$", re.I
)


# "is offering to buy", "has offered to pay": a bid to act
_BID = re.compile(r"(?:^|\s)offer(?:s|ed|ing)?$", re.I)


def is_attitude(cue: str | None, content: str = "") -> bool:
    """The cue ascribes a desire or an intention ("wants to buy", "plans to sell") or an
    offer to act ("is offering to buy any boat", with ``content`` "to buy any boat"):
    the writer says what somebody wants or proposes to do; that somebody is not on
    record saying anything. ("offered his assessment" reports what was offered.)"""
    if cue is None:
        return False
    return bool(_ATTITUDE.match(cue.strip())) or (
        bool(_BID.search(cue.strip())) and content.lower().startswith("to ")
    )


def reports(cue: str) -> bool:
    """True when a cue's words hold a reporting verb ("claims", "has repeatedly said",
    "according to"), not an act ("offering", "ordered")."""
    for w in cue.lower().split():
        w = w.strip(".,;:!?\"'“”")
        stems = {w, w[:-1], w[:-2], w[:-3], w[:-3] + "e", w[:-2] + "e", w[:-1] + "e"}
        stems |= {w[:-3] + "y", w[:-2] + "y", _IRREGULAR.get(w, w)}
        if w == "according" or any(s in CUE_VERBS for s in stems if len(s) > 2):
            return True
    return False
