"""Title-case headlines are parsed with their function words lowercased (our own fiction)."""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import given
from hypothesis import strategies as st

from newstrace.analyse.casing import headline_variant, parse_text, title_case
from newstrace.model import Analysis


def test_title_case_lines_lose_the_capitals_of_function_words_only() -> None:
    head = "Harbour Master Says Ostra Ferry Was Not Sold To The Vell Line"
    assert parse_text(head) == "Harbour Master says Ostra Ferry was not Sold to The Vell Line"
    # the first word, all-capital words and body text stay as written
    assert parse_text("Says Ostra: FERRY IS NOT SOLD") == "Says Ostra: FERRY IS NOT SOLD"
    body = "The mayor Says the ferry Was sold, which Is news to the council."
    assert parse_text(body) == body
    # only title-case lines change, in place
    text = "Mayor Denies Ferry Was Sold\nThe mayor said on Monday that the ferry was not sold."
    assert parse_text(text) == (
        "Mayor denies Ferry was Sold\nThe mayor said on Monday that the ferry was not sold."
    )
    assert title_case("Mayor Denies Ferry Was Sold") and not title_case("Mayor denies it")
    # the lines changed, for the recogniser to read again on their capitals
    assert headline_variant(text)[1] == [(0, len("Mayor Denies Ferry Was Sold"))]
    assert headline_variant(body) == (body, [])


@given(st.text(alphabet=st.sampled_from(list("AaBbIiSsTtWw '’-\n:?")), max_size=60))
def test_parse_text_keeps_every_offset(text: str) -> None:
    out = parse_text(text)
    assert len(out) == len(text)
    assert out.lower() == text.lower()


def test_a_title_case_headline_parses_its_reporting_verb_and_keeps_its_spelling(
    analyse: Callable[[str], Analysis],
) -> None:
    head = "Fishermen On Telegram Think Ostra Ferry Has Sunk"
    a = analyse(head)
    think = next(t for t in a.tokens if t.text == "Think")  # the original spelling
    assert think.pos == "VERB" and think.lemma == "think"
    assert "".join(t.text + (" " if t.ws else "") for t in a.tokens) == head


def test_a_name_found_on_the_capitals_ends_before_the_verb(
    analyse: Callable[[str], Analysis],
) -> None:
    a = analyse("Iron Owl Video Shows Ostra Ferry Sinking Near Vell")
    assert not any("Shows" in e.text for e in a.entities)


def test_an_all_capitals_first_word_is_the_first_word() -> None:
    from newstrace.analyse.casing import headline_variant

    text, changed = headline_variant("CNN Reports Hackers Sent Message to Ostra Ferries")
    # "Reports" is lowered like any reporting verb; the acronym before it stays
    assert text == "CNN reports Hackers Sent Message to Ostra Ferries" and changed
