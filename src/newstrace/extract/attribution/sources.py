"""Who a source is in one article: what a pronoun or a description points to.

``naming`` works on names alone (``canonical_source``, ``source_kind``) and so gives
the same answer across articles; ``SourceResolver`` adds what one article knows:
"Banks" after "Rep. Jim Banks" is Jim Banks, "he" is the last person named,
"the channel" is the last channel named, "the Indiana Republican" is the
person whose mention shares the most words with the description.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from ...analyse.casing import title_lines
from ...analyse.patterns import HANDLE, PLATFORMS
from ...model import Entity, Source, SourceKind, Span
from .described import authored, headline_body, introduced
from .lexicon import (
    DOCUMENT_NOUNS,
    FIRST_PERSON,
    GOVERNMENT_NOUNS,
    ORGANISATION_NOUNS,
    OUTLET_NOUNS,
    PERSON_NOUNS,
    PERSONAL_PRONOUNS,
    SOCIAL_NOUNS,
    TEXT_NOUNS,
)
from .naming import (
    QUANTIFIERS,
    canonical_source,
    channel_intros,
    is_generic,
    phrase,
    source_kind,
    split_role,
)
from .persons import compatible_role, pronoun_gender, role_gender, roles_near
from .places import PlaceNames
from .view import View

__all__ = ["SourceResolver", "canonical_source", "source_kind", "split_role"]

_MAX_BACK = 400  # entities looked back over for an antecedent
# Which entity labels a definite description may point back to.
_DESCRIPTION_TARGETS: dict[SourceKind, tuple[str, ...]] = {
    SourceKind.SOCIAL_MEDIA: ("CHANNEL", "PLATFORM"),
    SourceKind.GOVERNMENT: ("GOV", "ORG", "GPE"),
    SourceKind.OUTLET: ("OUTLET", "ORG"),
    SourceKind.ORGANISATION: ("ORG",),
    SourceKind.PERSON: ("PERSON", "ORG"),
}


_RELATIVE = frozenset({"that", "which", "who", "whom"})
_NAMED_IN = re.compile(
    r"[\"“]([^\"”\n]{2,60})[\"”]"
    r"|\b(?:called|named|known as|dubbed)\s+([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4})"
)

_COPULAS = frozenset({"be", "seem", "appear", "remain", "become", "look"})


def _placeholder_it(view: View, it: int) -> bool:
    """``it`` is the placeholder subject of a copula with an adjective or noun
    complement: "It is clear that", "It was a mistake to"."""
    verb = view.tokens[it].head
    return view.tokens[verb].lemma.lower() in _COPULAS and any(
        view.tokens[k].dep in ("acomp", "attr") for k in view.children[verb]
    )


_ONE_OF_THEM = re.compile(
    r"^(?:one|two|three|some|several|many|most|all|each|both|either|neither|another)"
    r"(?: of)? (?:them|those|these)$",
    re.I,
)


def _line_start(view: View, i: int) -> bool:
    """Token ``i`` opens its line."""
    start = view.tokens[i].start
    return start == 0 or view.text[:start].rstrip(" \t").endswith("\n")


# the people around a person who speak in their name: "Halvard's office said"
_SPEAKS_FOR_PERSON = frozenset({"office", "campaign", "team", "staff"})


class SourceResolver:
    """Resolves source spans of one article to ``Source`` records."""

    def __init__(self, view: View) -> None:
        self.view = view
        self.surname: dict[str, str] = {}
        # bodies named by a description ("the Telvik city council"): (start, head, name, kind)
        self.bodies: list[tuple[int, str, str, SourceKind]] = self._named_bodies()
        # the last body that spoke: (sentence, source), for "it said" / "they said"
        self.last_body: tuple[int, Source] | None = None
        self.last_social: Source | None = None
        # names the article introduces as channels or accounts ("a Telegram channel called
        # Vell Watch", "Vell Watch, an anonymous Telegram channel,"): social media wherever
        # they are named again, as "Vell Watch said" or "which cited Vell Watch"
        self.intros = channel_intros(view.text)
        self.channels = frozenset(name for _, _, name in self.intros)
        # title-case lines (headlines): their names are told again in the body
        self.headlines = title_lines(view.text)
        # the last person who spoke: (char, sentence, source)
        self.last_person: tuple[int, int, Source] | None = None
        # the last named outlet cited and the last unnamed sources: (sentence, source)
        self.last_outlet: tuple[int, Source] | None = None
        self.last_group: tuple[int, Source] | None = None
        self.gender: dict[str, str] = {}  # canonical name -> "m"/"f", from the article's pronouns
        self.entity_starts = [e.start for e in view.entities]
        self.place = PlaceNames(view)  # one-word names that are places
        toks = view.tokens
        for ent in view.entities:
            # "Mayor Eli Varga" tagged as a body, the title inside the name or just before
            # it ("Mayor" left out of "Eli Varga"): a title before a name is a person
            titled = ent.text
            if ent.token_start > 0 and toks[ent.token_start - 1].text[:1].isupper():
                titled = f"{toks[ent.token_start - 1].text} {ent.text}"
            if ent.label == "PERSON" or (
                ent.label == "ORG" and source_kind(titled, ent.label) is SourceKind.PERSON
            ):
                full = canonical_source(ent.text)
                parts = full.split()
                if len(parts) >= 2:
                    self.surname.setdefault(parts[-1].lower(), full)

    def _named_bodies(self) -> list[tuple[int, str, str, SourceKind]]:
        """Every "the Telvik city council" / "the council of Orvalle" in the article: a
        government or organisation noun with a name among its modifiers (one pass)."""
        view = self.view
        toks = view.tokens
        out: list[tuple[int, str, str, SourceKind]] = []
        for t in toks:
            lemma = t.lemma.lower()
            if t.pos != "NOUN" or view.entity_of[t.i] >= 0:
                continue
            if lemma in GOVERNMENT_NOUNS:
                kind = SourceKind.GOVERNMENT
            elif lemma in ORGANISATION_NOUNS:
                kind = SourceKind.ORGANISATION
            else:
                continue
            a, b = view.left[t.i], t.i
            for prep in view.kids(t.i, "prep"):  # "the council of Orvalle"
                if toks[prep].text.lower() == "of" and view.right[prep] - t.i <= 4:
                    b = view.right[prep]
            if b - a > 6:
                continue
            if self._named_in(a, b, t.i):
                s, e = view.chars(a, b)
                out.append((s, lemma, canonical_source(view.text[s:e]), kind))
            elif toks[a].text.lower() == "the" and any(
                toks[k].dep == "compound" and toks[k].pos == "NOUN" for k in view.children[t.i]
            ):
                # "the water board": a body its function names; "the board" later is it
                s, e = view.chars(a + 1, t.i)
                out.append((s, lemma, canonical_source(view.text[s:e]).lower(), kind))
        return out

    def _named_in(self, a: int, b: int, head: int) -> bool:
        """A name (proper noun, place or nationality) modifies ``head`` within [a, b]."""
        toks = self.view.tokens
        return any(
            i != head and (toks[i].pos == "PROPN" or toks[i].ent_type in ("GPE", "NORP"))
            for i in range(a, b + 1)
        )

    def head_of(self, a: int, b: int) -> int:
        """The phrase head of [a, b]: a noun whose head lies outside the range."""
        toks = self.view.tokens
        outer = [i for i in range(a, b + 1) if not a <= toks[i].head <= b or toks[i].head == i]
        nouns = [i for i in outer if toks[i].pos in ("NOUN", "PROPN", "PRON", "NUM")]
        if nouns:
            h = nouns[0]
            if toks[h].text.lower() in QUANTIFIERS:  # "both of these audits": audits
                for p in self.view.kids(h, "prep"):
                    objs = [o for o in self.view.kids(p, "pobj") if a <= o <= b]
                    if toks[p].text.lower() == "of" and objs:
                        return objs[0]
            return h
        return outer[-1] if outer else b

    def _entity_in(self, a: int, b: int, head: int) -> int:
        """Index of the entity naming the phrase: the head's, else a person's, else -1."""
        view = self.view
        if view.entity_of[head] >= 0:
            return view.entity_of[head]
        found = -1
        for i in range(a, b + 1):
            k = view.entity_of[i]
            if k >= 0 and view.entities[k].label in ("PERSON", "GOV", "CHANNEL", "OUTLET"):
                if (
                    view.tokens[i].dep == "compound"
                    and view.entities[k].label == "PERSON"
                    and view.tokens[head].tag == "NNS"
                ):
                    continue  # "Kelby residents", "Varga supporters": a group, not the person
                if view.tokens[i].dep in ("compound", "nsubj", "appos", "pobj"):
                    return k
                found = k if found < 0 else found
        return found

    def person_name(self, text: str) -> str:
        core = canonical_source(text)
        if " " not in core:
            return self.surname.get(core.lower(), core)
        return core

    def _antecedent(
        self,
        before: int,
        labels: tuple[str, ...],
        words: set[str],
        accept: Callable[[Entity], bool] | None = None,
    ) -> int:
        """Most recent entity with one of ``labels`` before char ``before`` that
        ``accept`` (when given) agrees with.

        When ``words`` is given, prefer the candidate whose surrounding tokens
        share most of them (within the last 40 entities).
        """
        view = self.view
        best, best_score = -1, -1
        seen = 0
        first = bisect.bisect_left(self.entity_starts, before) - 1
        for k in range(first, max(-1, first - _MAX_BACK), -1):
            ent = view.entities[k]
            if ent.start >= before or ent.label not in labels or is_generic(ent.text):
                continue
            if accept is not None and not accept(ent):
                continue
            if any(a <= ent.start < b for a, b in self.headlines):
                continue  # a body's "he" or "the mayor" never points into the headline
            seen += 1
            if not words:
                return k
            lo = max(0, ent.token_start - 8)
            hi = min(len(view.tokens), ent.token_end + 8)
            ctx = {t.text.lower() for t in view.tokens[lo:hi]}
            score = len(words & ctx)
            if score > best_score:
                best, best_score = k, score
            if seen >= 40:
                break
        return best

    def _person_gender(self, src: Source) -> str:
        """What the article has said of a person source's gender, or ''."""
        words = set((src.role + " " + src.canonical).lower().split())
        return self.gender.get(src.canonical) or role_gender(words)

    def _whole_name(self, ent: Entity, head: int) -> str:
        """A person's name with the surname the recogniser left out ("Elin" of "harbour
        master Elin Rask"): capitalised proper nouns after it, up to the phrase head."""
        toks = self.view.tokens
        end = ent.token_end
        while end <= head and toks[end].pos == "PROPN" and toks[end].text[:1].isupper():
            end += 1
        if end == ent.token_end:
            return ent.text
        return self.view.text[ent.start : toks[end - 1].end]

    def _agrees(self, ent: Entity, gender: str, role: str) -> bool:
        """A person ``ent`` can be "he"/"she" (``gender``) or "the mayor" (``role``):
        nothing the article said of them disagrees. Other entities always agree."""
        if ent.label != "PERSON":
            # a titled name tagged as an organisation ("Councillor Ines Varga") is a
            # person for a person's description; other entities always agree
            return not role or source_kind(ent.text, ent.label) is SourceKind.PERSON
        if self.place(ent.text):
            return False  # a country the tagger took for a person ("Delmora denies ...")
        before = self.view.tokens[ent.token_start - 1] if ent.token_start else None
        if before is not None and before.text.lower() == "by" and _line_start(self.view, before.i):
            return False  # the byline's writer is not a source the story quotes
        roles = roles_near(self.view, ent.token_start, ent.token_end)
        roles |= set(split_role(ent.text)[1].lower().split())
        if role and not compatible_role(role, roles):
            return False
        if not gender:
            return True
        name = canonical_source(self.person_name(ent.text))
        known = self.gender.get(name) or role_gender(roles | set(ent.text.lower().split()))
        return not known or known == gender

    def resolve(self, a: int, b: int, parent: Source | None = None) -> Source:
        """A ``Source`` for token range [a, b]; pronouns and descriptions resolved."""
        toks = self.view.tokens
        while b > a and not toks[b].text.strip():
            b -= 1  # "..., says authority\n\n": the paragraph break is not the source's
        src = introduced(self, a, b) or headline_body(self, a, b) or self._resolve(a, b, parent)
        src = authored(self, src, a, b)
        if (
            src.kind in (SourceKind.ORGANISATION, SourceKind.PERSON)
            and src.canonical in self.channels
        ):
            src = Source(src.span, SourceKind.SOCIAL_MEDIA, src.canonical, src.role)
        if src.kind in (SourceKind.GOVERNMENT, SourceKind.ORGANISATION, SourceKind.OUTLET):
            self.last_body = (self.view.tokens[a].sent, src)
        if src.kind is SourceKind.ANONYMOUS:
            self.last_group = (self.view.tokens[a].sent, src)
        if src.kind is SourceKind.OUTLET and src.canonical[:1].isupper():
            self.last_outlet = (self.view.tokens[a].sent, src)
        parts = src.canonical.split()
        if (
            src.kind is SourceKind.PERSON
            and len(parts) >= 2
            and all(p[:1].isupper() for p in parts)
        ):
            # a full name the tagger missed ("Lina Dahl" as an organisation): "Dahl said"
            self.surname.setdefault(parts[-1].lower(), src.canonical)
        if src.kind is SourceKind.SOCIAL_MEDIA and src.canonical[:1].isupper():
            self.last_social = src  # a named channel or account, for "the post read"
        if (
            src.kind is SourceKind.PERSON
            and src.span is not None
            and src.canonical not in PERSONAL_PRONOUNS
            and src.span.text.lower() not in PERSONAL_PRONOUNS
        ):
            # the person who spoke last, named or not ("ministry spokeswoman Ana Ruiz",
            # "the mayor"): what a following "he" or "she" most likely stands for
            self.last_person = (src.span.start, self.view.tokens[a].sent, src)
        return src

    def _resolve(self, a: int, b: int, parent: Source | None) -> Source:
        view = self.view
        toks = view.tokens
        start, end = view.chars(a, b)
        span = Span(start, end, view.text[start:end])
        head = self.head_of(a, b)
        if toks[head].lemma.lower() in _SPEAKS_FOR_PERSON:
            for p in view.kids(head, "poss"):
                name = toks[p].text.lower()
                if name in self.surname and view.left[p] == p:
                    # "Halvard's office", "Varga's campaign": who they speak for
                    return Source(span, SourceKind.PERSON, self.surname[name], toks[head].text)
        head_text = toks[head].text.lower()
        head_lemma = toks[head].lemma.lower()
        if (
            self.last_group is not None
            and _ONE_OF_THEM.match(span.text)
            and 0 <= toks[a].sent - self.last_group[0] <= 2
        ):
            # "two people familiar with the talks ... one of them said": still unnamed
            group = self.last_group[1]
            return Source(span, SourceKind.ANONYMOUS, group.canonical, group.role)
        handle = HANDLE.search(span.text)
        if handle:
            # "the account @VellWatch", "@VellWatch": an account by its handle
            return Source(span, SourceKind.SOCIAL_MEDIA, handle.group(0))
        called = _NAMED_IN.search(span.text)
        if called and (
            head_lemma in SOCIAL_NOUNS or any(w in PLATFORMS for w in span.text.split())
        ):
            # 'the anonymous Telegram channel "Vell Watch"', "a channel called Vell Watch":
            # the channel's own name, however the article introduces it
            name = (called.group(1) or called.group(2)).strip(" .,")
            return Source(span, SourceKind.SOCIAL_MEDIA, name, phrase(span.text[: called.start()]))
        if a == b and head_text in FIRST_PERSON and parent is not None:
            return Source(span, parent.kind, parent.canonical, parent.role)
        if a == b and head_text in FIRST_PERSON:
            # "I believe ...", "we have learned ..." outside any quote: the writer speaks
            return Source(span, SourceKind.WRITER, "writer")
        if (
            parent is None
            and toks[a].text.lower() in ("my", "our")
            and head_lemma in DOCUMENT_NOUNS | TEXT_NOUNS | {"reporting", "newspaper"}
        ):
            # "as my column predicted", "our reporting found": the writer's own words
            return Source(span, SourceKind.WRITER, "writer")
        if a == b and head_text in _RELATIVE and toks[toks[head].head].dep == "relcl":
            # "outlets that repeated the story": the source is the noun the clause hangs on
            # (the span stays on the pronoun, as annotators mark it; the name comes from the noun)
            noun = toks[toks[head].head].head
            if noun != head:
                named = self.resolve(min(view.left[noun], noun), noun, parent)
                return Source(span, named.kind, named.canonical, named.role)
        if a == b and head_text == "it" and _placeholder_it(view, head):
            # "It is clear that ...", "It seems likely that ...": nobody but the writer
            return Source(span, SourceKind.WRITER, "writer")
        if (
            a == b
            and head_text in ("it", "they")
            and self.last_body is not None
            and 0 <= toks[a].sent - self.last_body[0] <= 2
        ):
            # "The council estimated ... It said ...": the body that spoke just before
            last = self.last_body[1]
            return Source(span, last.kind, last.canonical, last.role)
        if a == b and head_text in PERSONAL_PRONOUNS | {"they", "it"}:
            labels = (
                ("PERSON",)
                if head_text in PERSONAL_PRONOUNS
                else ("GOV", "ORG", "OUTLET", "CHANNEL", "GPE")
            )
            g = pronoun_gender(head_text)
            k = self._antecedent(start, labels, set(), lambda e: self._agrees(e, g, ""))
            spoke = self.last_person
            if (
                head_text in PERSONAL_PRONOUNS
                and spoke is not None
                and (k < 0 or view.entities[k].start < spoke[0])
                and 0 <= toks[a].sent - spoke[1] <= 2
                and self._person_gender(spoke[2]) in ("", g)
            ):
                # "The mayor's claim ... He told reporters": the person who spoke just
                # before, named or not, rather than a name mentioned earlier
                if g:
                    self.gender.setdefault(spoke[2].canonical, g)
                return Source(span, SourceKind.PERSON, spoke[2].canonical, spoke[2].role)
            if k >= 0:
                ent = view.entities[k]
                kind = source_kind(ent.text, ent.label)
                name = self.person_name(ent.text) if ent.label == "PERSON" else ent.text
                if g and ent.label == "PERSON":
                    self.gender.setdefault(canonical_source(name), g)
                return Source(span, kind, canonical_source(name))
            kind = SourceKind.PERSON if head_text in PERSONAL_PRONOUNS else SourceKind.ORGANISATION
            return Source(span, kind, head_text)
        if (
            toks[head].text[:1].isupper()
            and toks[head].pos == "NOUN"
            and head_text in self.surname
            and view.entity_of[head] < 0
        ):
            # "Banks, who chairs the board, told ...": a surname of the article's
            # people that the tagger read as a common noun
            _, role = split_role(span.text)
            return Source(span, SourceKind.PERSON, self.surname[head_text], role)
        k = self._entity_in(a, b, head)
        if k >= 0 and is_generic(view.entities[k].text):
            k = -1  # "the channel" tagged as a channel: a description, not a name
        is_definite = toks[a].text.lower() in ("the", "this", "that")
        if (
            k >= 0
            and is_definite
            and head_lemma in PERSON_NOUNS
            and view.entities[k].label in ("NORP", "GPE")
        ):
            k = -1  # "the Indiana Republican": a description, not a name
        if k >= 0 and (
            (view.entities[k].label == "PLATFORM" and view.entity_of[head] != k)
            or (
                view.entities[k].label == "CHANNEL"
                and canonical_source(view.entities[k].text) in PLATFORMS
            )
        ):
            # "an anonymous Telegram channel": unnamed, so the phrase is the name; but
            # "the Telegram account of Iron Owl" names the account
            core = canonical_source(span.text)
            if core[:1].isupper() and core not in PLATFORMS and not is_generic(core):
                return Source(span, SourceKind.SOCIAL_MEDIA, core, split_role(span.text)[1])
            return Source(span, SourceKind.SOCIAL_MEDIA, phrase(span.text))
        if k >= 0:
            ent = view.entities[k]
            if (
                ent.label in ("ORG", "GPE", "NORP")
                and " " not in ent.text.strip()
                and ent.text.lower() in self.surname
            ):
                # "Varga told reporters", after "Mayor Eli Varga": the person, tagged a body
                _, role = split_role(span.text)
                return Source(span, SourceKind.PERSON, self.surname[ent.text.lower()], role)
            kind = source_kind(span.text, ent.label, head_lemma)
            if kind is SourceKind.ANONYMOUS:
                return Source(span, kind, canonical_source(span.text).lower(), ent.text)
            if kind is SourceKind.OUTLET and ent.label != "OUTLET" and view.entity_of[head] != k:
                return Source(span, kind, canonical_source(span.text))  # "the Vellan Courier"
            if ent.label == "PERSON" and self.place(ent.text):
                return Source(span, SourceKind.GOVERNMENT, canonical_source(ent.text))
            if ent.label == "PERSON":
                name = self.person_name(self._whole_name(ent, head))
                _, role = split_role(span.text)
                for ap in view.kids(head, "appos"):  # "Jim Banks, the Indiana Republican,"
                    if a <= view.left[ap] and view.right[ap] <= b and not role:
                        s, e = view.chars(view.left[ap], view.right[ap])
                        role = view.text[s:e]
                return Source(span, kind, name, role)
            return Source(span, kind, canonical_source(ent.text))
        kind = source_kind(span.text, "", head_lemma)
        title = [i for i in view.kids(head, "compound") if i < head and toks[i].pos == "PROPN"]
        if kind is SourceKind.OUTLET and title and toks[head].pos == "NOUN":
            # "the Morning Lamp tabloid": the paper's name, and what it is
            s, e = view.chars(view.left[title[0]], title[-1])
            return Source(span, kind, canonical_source(view.text[s:e]), head_text)
        if (
            is_definite
            and head_lemma
            in (PERSON_NOUNS | SOCIAL_NOUNS | GOVERNMENT_NOUNS | OUTLET_NOUNS | ORGANISATION_NOUNS)
            and kind in _DESCRIPTION_TARGETS
        ):
            words = {t.text.lower() for t in toks[a : b + 1]} - {"the", "this", "that"}
            if (
                kind is SourceKind.OUTLET
                and self.last_outlet is not None
                and 0 <= toks[a].sent - self.last_outlet[0] <= 3
            ):
                # "..., the tabloid said": the outlet the article just cited
                last_outlet = self.last_outlet[1]
                return Source(span, kind, last_outlet.canonical, canonical_source(span.text))
            body = kind in (SourceKind.GOVERNMENT, SourceKind.ORGANISATION)
            if body and self._named_in(a, b, head):
                # "the Telvik city council", "the city council of Orvalle": a body named by
                # its own words, not a reference back to an earlier one
                return Source(span, kind, canonical_source(span.text))
            role = head_lemma if kind is SourceKind.PERSON else ""
            k = self._antecedent(
                start,
                _DESCRIPTION_TARGETS[kind],
                words,
                lambda e: self._agrees(e, role_gender({head_lemma}), role),
            )
            if k >= 0 and body and head_lemma not in view.entities[k].text.lower():
                k = -1  # "the council" does not refer back to "the Defence Ministry"
            earlier = [x for x in self.bodies if x[0] < start and x[1] == head_lemma]
            if body and earlier:
                at, _, name, body_kind = max(earlier, key=lambda x: x[0])
                if k < 0 or view.entities[k].start < at:
                    # "the council", after "the Telvik city council"
                    return Source(span, body_kind, name, canonical_source(span.text))
            if (
                k >= 0
                and (
                    view.entities[k].label == "PLATFORM"
                    or canonical_source(view.entities[k].text) in PLATFORMS
                )
                and kind is SourceKind.SOCIAL_MEDIA
                and self.last_social is not None
            ):
                k = -1  # "the post" is the account's, not the platform's ("Telegram")
            if k >= 0 and kind is SourceKind.PERSON and view.entities[k].label != "PERSON":
                ent = view.entities[k]  # "the councillor", after "Councillor Ines Varga"
                if source_kind(ent.text, ent.label) is not SourceKind.PERSON:
                    k = -1
            if k >= 0:
                ent = view.entities[k]
                kind = source_kind(ent.text, ent.label)
                name = self.person_name(ent.text) if ent.label == "PERSON" else ent.text
                return Source(span, kind, canonical_source(name), canonical_source(span.text))
            if kind is SourceKind.SOCIAL_MEDIA and self.last_social is not None:
                # "the post read", "the channel said": the named account heard last
                last = self.last_social
                return Source(span, last.kind, last.canonical, canonical_source(span.text))
            spoke = self.last_person
            if (
                kind is SourceKind.PERSON
                and spoke is not None
                and 0 <= toks[a].sent - spoke[1] <= 3
                and spoke[2].canonical[:1].isupper()
                and head_lemma in spoke[2].role.lower().split()
            ):
                # "the minister said", after "Transport Minister Per Lund" (no entity the
                # tagger found): the person who spoke last with that title
                who = spoke[2]
                return Source(span, kind, who.canonical, who.role or canonical_source(span.text))
        if kind is SourceKind.PERSON and toks[head].pos == "PROPN" and self.place(span.text):
            return Source(span, SourceKind.GOVERNMENT, canonical_source(span.text))
        if kind is SourceKind.PERSON and toks[head].pos == "PROPN":
            name = self.person_name(span.text)
            _, role = split_role(span.text)
            return Source(span, kind, name, role)
        canonical = canonical_source(span.text)
        named_account = kind is SourceKind.SOCIAL_MEDIA and split_role(span.text)[1] != ""
        parts = canonical.split()
        if (
            len(parts) >= 2
            and all(w[:1].isupper() for w in parts)
            and parts[-1].lower() in self.surname
        ):
            # "a spokesman for Mayor Eli Varga": who they speak for, by the person's name
            return Source(span, kind, self.surname[parts[-1].lower()], split_role(span.text)[1])
        if (
            kind in (SourceKind.ANONYMOUS, SourceKind.DOCUMENT) or toks[head].pos != "PROPN"
        ) and not (named_account and canonical[:1].isupper()):
            # a description is lower case; "the Telegram account of Iron Owl" keeps its name
            canonical = canonical.lower()
        if kind is SourceKind.ANONYMOUS and "," in canonical:
            # "a senior official, who spoke on condition of anonymity": the name is the noun
            canonical = canonical.split(",", 1)[0].strip()
        return Source(span, kind, canonical)
