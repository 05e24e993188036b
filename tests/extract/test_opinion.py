"""Opinion model, loaded words and quotation detection (invented sentences)."""

from __future__ import annotations

from newstrace.extract.opinion import (
    OPINION_SURFACE_NAMES,
    OpinionModel,
    in_quotes,
    opinion_surface,
)


def test_opinion_scores_separate_commentary_from_report() -> None:
    m = OpinionModel()
    opinion = [
        "The council's reckless, arrogant scheme is a disgrace to everyone in Orlin.",
        "This shameful cover-up proves the mayor cannot be trusted with anything.",
    ]
    fact = [
        "The council voted 7 to 2 on Tuesday to close the library on Sundays.",
        "The ferry service between Ostra and Velm resumed on March 3.",
    ]
    scores = m.score(opinion + fact)
    assert all(0.0 <= s <= 1.0 for s in scores)
    assert min(scores[:2]) > 0.5 > max(scores[2:])


def test_loaded_words_are_spans_of_the_text() -> None:
    m = OpinionModel()
    text = "Prefix. The mayor's disgraceful, radical plan."
    spans = m.loaded_words(text[8:], offset=8)
    assert spans, "expected loaded words"
    for s in spans:
        assert text[s.start : s.end] == s.text
    assert {s.text.lower() for s in spans} & {"disgraceful", "radical"}


def test_surface_features_see_lexicon_and_intensifiers() -> None:
    lex = {"disgraceful": 0.8}
    f = dict(
        zip(OPINION_SURFACE_NAMES, opinion_surface("A truly disgraceful vote!", lex), strict=True)
    )
    assert f["lex_max"] == 0.8 and f["intensifier"] > 0 and f["exclaim"] == 1.0
    plain = dict(
        zip(OPINION_SURFACE_NAMES, opinion_surface("The vote was held.", lex), strict=True)
    )
    assert plain["lex_max"] == 0.0 and plain["intensifier"] == 0.0


def test_in_quotes() -> None:
    text = 'She said: "The plan is a scandal." Then she left.'
    q0 = text.index('"') + 1
    q1 = text.index('"', q0)
    assert in_quotes(text, q0, q1)
    after = text.index("Then")
    assert not in_quotes(text, after, len(text))
    curly = "He wrote “a total farce” in his column."
    assert in_quotes(curly, curly.index("a total"), curly.index("”"))
