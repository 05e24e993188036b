"""Agreement checks for resolving a pronoun or a description to a named person.

"He" should not land on a woman the article already called "she", and "the mayor"
should not land on the nearest person if that person is introduced as "Harbour
Master Ada Kell". The article says who is who only through its own words, so both
checks are conservative: with no evidence either way, a candidate is accepted.
"""

from __future__ import annotations

from .lexicon import PERSON_NOUNS, TITLES
from .view import View

__all__ = ["compatible_role", "is_role_word", "pronoun_gender", "role_gender", "roles_near"]

_PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
_MALE = frozenset(
    [
        "mr",
        "mr.",
        "sir",
        "lord",
        "king",
        "prince",
        "father",
        "man",
        "businessman",
        "chairman",
        "congressman",
        "spokesman",
        "brother",
        "son",
        "husband",
    ]
)
_FEMALE = frozenset(
    [
        "mrs",
        "mrs.",
        "ms",
        "ms.",
        "miss",
        "dame",
        "lady",
        "queen",
        "princess",
        "mother",
        "woman",
        "businesswoman",
        "chairwoman",
        "congresswoman",
        "spokeswoman",
        "sister",
        "daughter",
        "wife",
    ]
)
# role words that name the same office ("the congressman" is "Rep. Banks")
_SAME_OFFICE = (
    frozenset(
        ["congressman", "congresswoman", "rep", "rep.", "representative", "lawmaker", "legislator"]
    ),
    frozenset(["senator", "sen", "sen.", "lawmaker", "legislator"]),
    frozenset(["governor", "gov", "gov."]),
    frozenset(["general", "gen", "gen.", "commander", "officer", "chief"]),
    frozenset(["president", "pres", "pres.", "leader"]),
    frozenset(["spokesman", "spokeswoman", "spokesperson"]),
    frozenset(["minister", "secretary"]),
    frozenset(["chairman", "chairwoman", "chair"]),
    frozenset(["executive", "ceo", "chief", "founder"]),
    frozenset(["lawyer", "attorney"]),
    frozenset(["adviser", "advisor", "aide"]),
)
_AFFILIATION = frozenset(
    [
        "republican",
        "democrat",
        "independent",
        "conservative",
        "liberal",
        "socialist",
        "tory",
        "progressive",
    ]
)
_NEUTRAL = frozenset(
    ["man", "woman", "official", "politician", "leader", "former", "acting", "deputy"]
)


def pronoun_gender(word: str) -> str:
    """'m' or 'f' for a third-person pronoun, '' for anything else."""
    return _PRONOUN_GENDER.get(word.lower(), "")


def role_gender(words: set[str]) -> str:
    """'m' or 'f' when a title or role word says so ("Mrs.", "spokeswoman"), else ''."""
    if words & _MALE and not words & _FEMALE:
        return "m"
    if words & _FEMALE and not words & _MALE:
        return "f"
    return ""


def roles_near(view: View, token_start: int, token_end: int) -> set[str]:
    """Role words introducing a person's mention: the capitalised words compounded
    onto the name just before it ("Harbour Master Ada Kell", "Rep. Tomas Ruud") and
    an apposition right after it ("Ada Kell, the harbour master,")."""
    toks = view.tokens
    out: set[str] = set()
    i = token_start - 1
    while i >= 0 and token_start - i <= 4 and toks[i].head in range(token_start, token_end):
        if toks[i].dep not in ("compound", "amod", "nmod") and toks[i].text.lower() not in TITLES:
            break
        out.add(toks[i].text.lower())
        i -= 1
    for k in range(token_start, token_end):
        for ap in view.kids(k, "appos"):
            if ap >= token_end and ap - token_end <= 6:
                out.add(toks[ap].lemma.lower())
                out.update(toks[c].text.lower() for c in view.kids(ap, "compound"))
    return out


def is_role_word(word: str) -> bool:
    """A word that names a role or office ("spokeswoman", "master", "Rep.")."""
    return word in PERSON_NOUNS or word in TITLES or word.endswith(_AGENTIVE)


_AGENTIVE = ("er", "or", "ist", "ian", "ant", "ent")


def compatible_role(head: str, roles: set[str]) -> bool:
    """A description with head noun ``head`` ("mayor") can name a person introduced
    with ``roles``: the same word, the same office, or no role word at all (only a
    place or an employer: "Ostra's Ada Kell")."""
    roles = {r for r in roles if r not in _NEUTRAL}
    if head in _AFFILIATION:
        return True  # "the Indiana Republican": a party, whatever the office
    if head in roles or any(head in group and roles & group for group in _SAME_OFFICE):
        return True
    return not any(is_role_word(r) for r in roles)
