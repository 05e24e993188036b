"""Bad input: sensible output and no crash."""

from __future__ import annotations

import pytest

from newstrace.errors import ConfigError
from newstrace.link import Linker

from .helpers import claim, doc

TEXT = (
    "The Saldavian parliament voted on Thursday to close the Brennoch coal mine by 2035. "
    "Miners protested outside the building in Vosk. The energy minister Teodor Lask welcomed the vote."
)


def test_empty_and_single_article() -> None:
    assert Linker().link([]).stories == ()
    d = doc(TEXT, published=None)
    result = Linker().link([d])
    assert [s.articles for s in result.stories] == [(d.article.id,)]
    assert result.copies == ()


def test_identical_texts_from_different_outlets() -> None:
    c = claim(
        "The Saldavian parliament voted on Thursday to close the Brennoch coal mine by 2035.", "k1"
    )
    a = doc(TEXT, outlet="Vosk Post", claims=(c,))
    b = doc(TEXT, outlet="Brennoch Echo", claims=(c,))
    e = doc(TEXT + " Updated.", outlet="Brennoch Echo")
    result = Linker().link([a, b, e])
    assert len(result.stories) == 1
    # identical texts share an article id: one article, outlets of both kept
    [group] = result.claim_groups
    assert group.outlets == ("Brennoch Echo", "Vosk Post")
    assert {c.relation for c in result.copies} <= {"duplicate", "wire_copy"}


def test_one_sentence_and_empty_articles() -> None:
    docs = [
        doc("Vosk won the cup."),
        doc("Vosk won the cup final on penalties."),
        doc(""),
        doc("   "),
    ]
    result = Linker().link(docs)
    assert sorted(a for s in result.stories for a in s.articles) == sorted(
        {d.article.id for d in docs}
    )


@pytest.mark.slow
def test_story_of_five_thousand_articles() -> None:
    base = (
        "Floods hit the Oskel valley again on Monday. Marrowfield, Dunholt and Vosk are cut off. "
        "The army sent {n} trucks with food and water, officer Lina Perr said."
    )
    docs = [
        doc(base.format(n=n), outlet=f"Outlet {n % 37}", published="2031-04-0" + str(1 + n % 9))
        for n in range(5000)
    ]
    result = Linker(graphs=True).link(docs)
    assert len(result.stories) == 1
    assert len(result.stories[0].articles) == 5000
    assert len(result.copies) >= 4999 // 2
    assert result.graphs[0].svg().count("more</text>") >= 1


def test_bad_settings_are_coded() -> None:
    with pytest.raises(ConfigError) as err:
        Linker(story_threshold=2.0)
    assert err.value.code == "NT101"
    with pytest.raises(ConfigError):
        Linker(neighbours=0)


def test_ledger_analysis_without_tokens() -> None:
    from dataclasses import replace

    from newstrace.model import Analysis, Sentence

    d = doc(TEXT, outlet="Vosk Post")
    cut = TEXT.index("Miners")
    sentences = (Sentence(0, 0, cut - 1, 0, 0), Sentence(1, cut, len(TEXT), 0, 0))
    loaded = replace(
        d, analysis=Analysis(tokens=(), sentences=sentences, entities=(), noun_chunks=())
    )
    other = doc(TEXT.replace("Thursday", "Friday"), outlet="Brennoch Echo")
    result = Linker().link([loaded, other])
    assert len(result.stories) == 1
    assert [c.relation for c in result.copies] == ["wire_copy"]
