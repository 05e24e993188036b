"""Which one-word "persons" are places: a country or a city the recogniser did not
know, told by what the article says of it elsewhere."""

from __future__ import annotations

from .view import View

__all__ = ["PlaceNames"]

# what only a state has ("Delmora's foreign ministry"); not "office", which people have
_STATE_NOUNS = frozenset(
    {"ministry", "government", "army", "military", "navy", "parliament", "embassy", "regime"}
)


class PlaceNames:
    """Calls back whether a one-word name is a place in one article."""

    def __init__(self, view: View) -> None:
        toks = view.tokens
        # words of the article, to tell an unknown country from a person by its
        # demonym ("Delmora" beside "Delmoran", "Kestavia" beside "Kestavian")
        self.words = {t.text for t in toks if t.text[:1].isupper()}
        # ... by its government: "Delmora's foreign ministry", "Kestavia's army"
        self.governed = {
            t.text
            for t in toks[:-2]
            if t.text[:1].isupper()
            and toks[t.i + 1].text in ("'s", "’s")
            and any(
                k.lemma.lower() in _STATE_NOUNS for k in toks[t.i + 2 : min(len(toks), t.i + 5)]
            )
        }
        # ... and by the recogniser's word for it below the headline ("Vrana denies ..."
        # over "the city of Vrana"), when it never takes it for a person there
        body = [e for e in view.entities if e.start > view.text.find("\n") >= 0]
        self.places = {e.text for e in body if e.label == "GPE"}
        self.places -= {e.text for e in body if e.label == "PERSON"}

    def __call__(self, name: str) -> bool:
        """A one-word "person" whose demonym or government the article names, or that
        it calls a place, is a country or city the tagger did not know ("Delmora denies
        ..." beside "Delmoran gunships" or "Delmora's foreign ministry")."""
        if " " in name.strip() or not name[:1].isupper():
            return False
        if name in self.governed or name in self.places:
            return True
        stem = name.rstrip("aeiouy") if len(name) > 4 else name
        forms = {name + "n", name + "an", name + "ian", stem + "an", stem + "ian", name + "ese"}
        return bool(forms & self.words)
