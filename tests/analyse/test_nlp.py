"""The spaCy adapter: offsets, sentences, and the entity ruler's outlets and channels."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newstrace.analyse import SpacyAnalyser
from newstrace.analyse.nlp import MODEL_NAMES, load_spacy_model
from newstrace.errors import ModelError
from newstrace.model import Analysis

TEXT = (
    "According to The Daily Beacon, the Telegram channel Iron Owl claims that Kestavia is buying helicopters. "
    "The Kestavian Ministry of Defence declined to comment. Reuters and the Northgate Post repeated the claim."
)


def test_offsets_match_the_text(analyse: Callable[[str], Analysis]) -> None:
    a = analyse(TEXT)
    for t in a.tokens:
        assert TEXT[t.start : t.end] == t.text
        assert 0 <= t.head < len(a.tokens)
    for e in a.entities:
        assert TEXT[e.start : e.end] == e.text
    assert [TEXT[s.start : s.end].split()[0] for s in a.sentences] == [
        "According",
        "The",
        "Reuters",
    ]
    assert a.model.startswith("en_core_web_sm")


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Telegram channel Iron Owl", "CHANNEL"),
        ("Kestavian Ministry of Defence", "GOV"),
        ("Reuters", "OUTLET"),
    ],
)
def test_entity_ruler_finds_outlets_channels_and_ministries(
    analyse: Callable[[str], Analysis], text: str, label: str
) -> None:
    found = {(e.text, e.label) for e in analyse(TEXT).entities}
    assert (text, label) in found


@pytest.mark.parametrize(
    "text", ["NYT: Ostra ferry sold at a loss", "The ferry was sold, WSJ reported on Monday."]
)
def test_outlet_abbreviations_are_outlets(analyse: Callable[[str], Analysis], text: str) -> None:
    assert any(e.label == "OUTLET" and e.text in ("NYT", "WSJ") for e in analyse(text).entities)


def test_outlets_from_the_corpus_are_taught() -> None:
    taught = SpacyAnalyser(outlets=["The Daily Beacon", "harbor-times"])
    assert taught.outlets == ("The Daily Beacon",)  # slugs from folder names are not names
    found = {(e.text, e.label) for e in taught.analyse(TEXT).entities}
    assert ("The Daily Beacon", "OUTLET") in found


def test_analyse_many_matches_single(analyser: SpacyAnalyser) -> None:
    texts = [
        "The bridge closed on Friday.",
        "",
        "Marsh said the work starts on Monday. It will take six months.",
    ]
    many = analyser.analyse_many(texts)
    assert [len(a.sentences) for a in many] == [len(analyser.analyse(t).sentences) for t in texts]
    assert many[1].tokens == ()


def test_missing_model_is_a_coded_error() -> None:
    with pytest.raises(ModelError) as exc:
        load_spacy_model("en_no_such_model_xyz")
    assert exc.value.code == "NT301" and "pip install" in str(exc.value)
    assert MODEL_NAMES[0] == "en_core_web_sm"  # the genuine package wins when a user has it


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bridge shut over floods\n\nThe Marrow Bridge was closed.",
            ["Bridge shut over floods", "The Marrow Bridge was closed."],
        ),
        (
            "Headline without a stop\nThe council said so.",
            ["Headline without a stop", "The council said so."],
        ),
        (
            "The bridge was closed on Wednesday after\nfloodwater damaged it, the council said.",
            ["The bridge was closed on Wednesday after\nfloodwater damaged it, the council said."],
        ),
        ("\n\n  One line.\n\n\n", ["One line."]),
        ("   ", []),
        (
            'She called it "entirely false."\n\nThe post appeared first.',
            ['She called it "entirely false."', "The post appeared first."],
        ),
        ("\u201cIt is over.\u201d She agreed.", ["\u201cIt is over.\u201d", "She agreed."]),
        (
            # a short label before a colon opens the headline, it does not end a sentence
            "Report: Ferry Board Weighs Selling Oldest Boats to Telvik Union\n\n"
            "The talks began in May.",
            [
                "Report: Ferry Board Weighs Selling Oldest Boats to Telvik Union",
                "The talks began in May.",
            ],
        ),
        (
            "Ferry halted\n\nPORT ALDER (Telvik Tribune) \u2014 The ferry stopped on Friday. It will resume.",
            [
                "Ferry halted",
                "PORT ALDER (Telvik Tribune) \u2014 The ferry stopped on Friday.",
                "It will resume.",
            ],
        ),
    ],
)
def test_sentences_break_at_paragraphs_not_inside_wrapped_lines(
    analyse: Callable[[str], Analysis], text: str, expected: list[str]
) -> None:
    a = analyse(text)
    assert [text[s.start : s.end] for s in a.sentences] == expected
    assert all(
        a.sentences[t.sent].token_start <= t.i < a.sentences[t.sent].token_end
        for t in a.tokens
        if a.sentences
    )


def test_a_headline_verb_leaves_the_name(analyse: Callable[[str], Analysis]) -> None:
    a = analyse("Vrana Wants to Buy Delmoran Gunships Left in Telvik")
    names = [e.text for e in a.entities if e.label == "PERSON"]
    assert "Vrana" in names and not any("Wants" in n for n in names)
    tok = next(t for t in a.tokens if t.text == "Wants")
    assert tok.ent_type == ""  # tokens agree with the trimmed entity
