"""Stories: same-kind events stay apart; later articles join existing stories."""

from __future__ import annotations

import random

from newstrace.link import Linker
from newstrace.model import ArticleDoc

from .helpers import doc

QUAKE_A = [
    "A magnitude 6.1 earthquake struck the hill town of Brennoch in northern Saldavia early on Tuesday, "
    "killing at least 12 people. Rescuers from the Saldavian Red Circle searched collapsed houses in "
    "Brennoch. Governor Mirela Tocu said the old stone church in Brennoch had been destroyed.",
    "Rescue teams in Brennoch pulled survivors from the rubble on Tuesday after a 6.1 quake shook northern "
    "Saldavia. Governor Mirela Tocu said 12 people had died and the stone church was lost. The Saldavian "
    "Red Circle opened a field hospital near Brennoch.",
    "The death toll from Tuesday's earthquake in Brennoch rose to 15, Governor Mirela Tocu said. The 6.1 "
    "tremor in northern Saldavia wrecked the town's stone church; Red Circle volunteers handed out tents "
    "to families in Brennoch.",
]
QUAKE_B = [
    "A strong earthquake of magnitude 7.0 hit the coastal city of Port Veyra in southern Ostmark on "
    "Saturday, and a small tsunami flooded the harbour. Mayor Anselm Kroy said 40 fishing boats sank in "
    "Port Veyra. The Ostmark coast guard evacuated the seafront.",
    "Port Veyra counted the damage on Saturday after a 7.0 earthquake off southern Ostmark sent a wave into "
    "the harbour. Mayor Anselm Kroy said 40 boats were lost. The Ostmark coast guard moved families away "
    "from the seafront of Port Veyra.",
    "Fishermen in Port Veyra mourned their boats after Saturday's magnitude 7.0 earthquake and tsunami in "
    "southern Ostmark. Mayor Anselm Kroy asked the Ostmark government for help to rebuild the harbour.",
]


def _docs() -> tuple[list[ArticleDoc], list[ArticleDoc]]:
    a = [
        doc(t, outlet=f"Outlet A{i}", published=f"2031-02-{11 + i:02d}")
        for i, t in enumerate(QUAKE_A)
    ]
    b = [
        doc(t, outlet=f"Outlet B{i}", published=f"2031-09-{6 + i:02d}")
        for i, t in enumerate(QUAKE_B)
    ]
    return a, b


def test_two_earthquakes_are_two_stories() -> None:
    a, b = _docs()
    result = Linker().link(a + b)
    groups = sorted(sorted(s.articles) for s in result.stories)
    assert groups == sorted([sorted(d.article.id for d in a), sorted(d.article.id for d in b)])


def test_without_dates_still_apart() -> None:
    a, b = _docs()
    undated = [doc(d.article.text, outlet=d.article.outlet) for d in a + b]
    result = Linker().link(undated)
    assert len(result.stories) == 2


def test_deterministic_and_content_derived_ids() -> None:
    a, b = _docs()
    docs = a + b
    first = Linker().link(docs)
    shuffled = list(docs)
    random.Random(7).shuffle(shuffled)
    assert Linker().link(shuffled) == first
    assert [s.id for s in first.stories] == sorted(s.id for s in first.stories)


def test_incremental_join() -> None:
    a, b = _docs()
    early = [a[0], a[1], b[0], b[1]]
    first = Linker().link(early)
    prior = {aid: s.id for s in first.stories for aid in s.articles}
    later = Linker().link([*early, a[2], b[2]], prior_stories=prior)
    story_of = {aid: s.id for s in later.stories for aid in s.articles}
    for aid, sid in prior.items():
        assert story_of[aid] == sid  # prior assignments kept
    assert story_of[a[2].article.id] == prior[a[0].article.id]
    assert story_of[b[2].article.id] == prior[b[0].article.id]
    assert len(later.stories) == 2


def test_prior_stories_never_merge() -> None:
    a, _ = _docs()
    ids = [d.article.id for d in a]
    prior = {ids[0]: "story-one", ids[1]: "story-two"}
    result = Linker().link(a, prior_stories=prior)
    story_of = {aid: s.id for s in result.stories for aid in s.articles}
    assert story_of[ids[0]] == "story-one" and story_of[ids[1]] == "story-two"
    assert story_of[ids[2]] in {"story-one", "story-two"}
