"""Where a source or a content span starts and ends, pinned on fiction.

Every sentence is written for the test (names, towns and outlets are invented).
Each pins one boundary: what the writer adds around a report (a relative clause
set off by a comma, a placeholder "it") stays out of the report's span.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from newstrace.extract.attribution import extract_attributions
from newstrace.model import Analysis, Article

from .attribution_helpers import MakeDoc, only, run


def test_a_relative_clause_set_off_at_the_end_is_the_writers(make_doc: MakeDoc) -> None:
    text = "Mayor Ines Tarvo praised the new ferry pier, which opened in Ostra last May."
    praised = only(run(make_doc, text), "praised")
    assert praised.content.text == "the new ferry pier"


def test_a_restrictive_relative_clause_stays(make_doc: MakeDoc) -> None:
    text = "Mayor Ines Tarvo said the pier that opened in Ostra last May was too short."
    said = only(run(make_doc, text), "said")
    assert said.content.text == "the pier that opened in Ostra last May was too short"


def test_a_placeholder_it_is_not_content(make_doc: MakeDoc) -> None:
    text = "It was revealed on Monday that the harbour board had sold the old ferry."
    found = run(make_doc, text)
    revealed = only(found, "was revealed")
    assert revealed.content.text == "that the harbour board had sold the old ferry"
    assert revealed.source is None


def test_a_describing_apposition_at_the_end_is_the_writers(make_doc: MakeDoc) -> None:
    text = "The council thanked Tomas Vela, the harbour master of Ostra."
    thanked = only(run(make_doc, text), "thanked")
    assert thanked.content.text == "Tomas Vela"


def test_a_place_the_parser_cut_off_the_line_start_stays_in_the_source(
    make_doc: MakeDoc,
) -> None:
    # after a timestamp line the parser ends a sentence at "Oregon"
    text = "The crowd cheered.\n\n___.\n\n5:45 p.m.\n\nOregon Lt. Gov. Ada Kell says the state will appeal."
    says = only(run(make_doc, text), "says")
    assert says.source is not None and says.source.span is not None
    assert says.source.span.text == "Oregon Lt. Gov. Ada Kell"


def test_a_relative_clause_that_quotes_is_not_part_of_the_source(make_doc: MakeDoc) -> None:
    text = (
        "Tomas Vela, who called the plan “a gift to the rich,” said the council would vote again."
    )
    said = only(run(make_doc, text), "said")
    assert said.source is not None and said.source.span is not None
    assert said.source.span.text == "Tomas Vela"


def test_a_raising_verb_carrying_a_report_is_one_cue(make_doc: MakeDoc) -> None:
    text = "Mayor Vela seemed to recognize that the ferry plan had failed."
    cue = only(run(make_doc, text), "seemed to recognize")
    assert cue.source is not None and cue.source.span is not None
    assert cue.source.span.text == "Mayor Vela"
    assert cue.content.text == "that the ferry plan had failed"
    # what merely seems keeps its subject in the content
    other = run(make_doc, "Both objections seemed to carry little weight.")
    seemed = only(other, "seemed")
    assert [p.text for p in seemed.content_parts] == ["Both objections", "to carry little weight"]


def test_a_speaker_the_parser_hung_inside_the_content(analyse: Callable[[str], Analysis]) -> None:
    text = (
        "The harbour board built the pier to help in times of storm, a spokeswoman, Ada Kell, said."
    )
    analysis = analyse(text)
    toks = list(analysis.tokens)
    word = {t.text: t.i for t in toks}
    built, spokeswoman, said = word["built"], word["spokeswoman"], word["said"]
    # the misparse seen in real news: the speaker hung on the content's verb, which
    # becomes the root, and the reporting verb a conjunct of it with no subject
    for i, t in enumerate(toks):
        if i == built or t.head == said:
            toks[i] = dataclasses.replace(t, dep="ROOT" if i == built else t.dep, head=built)
    toks[spokeswoman] = dataclasses.replace(toks[spokeswoman], dep="npadvmod", head=built)
    toks[said] = dataclasses.replace(toks[said], dep="conj", head=built)
    misparsed = dataclasses.replace(analysis, tokens=tuple(toks))
    article = Article(id=Article.make_id(text), text=text, outlet="Test Herald")
    found = extract_attributions(article, misparsed)
    said_attr = next(a for a in found if a.cue is not None and a.cue.text == "said")
    assert said_attr.source is not None and said_attr.source.span is not None
    assert said_attr.source.span.text == "a spokeswoman, Ada Kell"
    assert said_attr.content.text == "The harbour board built the pier to help in times of storm"


def test_the_relative_word_a_report_describes_is_content(make_doc: MakeDoc) -> None:
    text = "The council approved what critics have called a giveaway to the ferry owners."
    called = only(run(make_doc, text), "have called")
    assert [p.text for p in called.content_parts] == ["what", "a giveaway to the ferry owners"]
    # a relative object before a reported clause is not added: the clause is the content
    other = "He cited the tax, which she thought that the council would cut."
    thought = only(run(make_doc, other), "thought")
    assert thought.content.text == "that the council would cut"


def test_a_dateline_is_not_part_of_the_source(make_doc: MakeDoc) -> None:
    text = "VELMORE - Ada Kell said the toll was fair."
    said = only(run(make_doc, text), "said")
    assert said.source is not None and said.source.span is not None
    assert said.source.span.text == "Ada Kell"
