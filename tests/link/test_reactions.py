"""A lone denial joins the story it answers (link/reactions.py). Fiction throughout."""

from __future__ import annotations

from pathlib import Path

import pytest

from newstrace.link import Linker
from newstrace.link.reactions import answers
from newstrace.model import Article, ArticleDoc, Claim
from newstrace.pipeline import Pipeline
from newstrace.stages import default_stages

from .helpers import doc

pytestmark = pytest.mark.slow

RUMOUR = (
    "Ostra ferry sank off Vell, Telegram channel claims\n\n"
    "A Telegram channel called Dockwatch claimed on Sunday that the Ostra ferry sank off the "
    "port of Vell with 40 passengers aboard. The channel posted a blurry photo of a hull near "
    "the breakwater. The ferry operator Nordlink did not respond to requests for comment."
)
REPEAT = (
    "Reports of Ostra ferry sinking spread online\n\n"
    "Rumours that the Ostra ferry went down near Vell spread quickly on Sunday. Dockwatch, an "
    "anonymous Telegram channel, said more than 40 people were on board. Nordlink declined to "
    "comment."
)
# names neither the ferry nor the channel: only what it answers ties it to the story
DENIAL = (
    "Ministry: all vessels accounted for\n\n"
    "The transport ministry said on Monday that all vessels were accounted for and called "
    'online reports of a sinking false. "Nothing happened off Vell," spokeswoman Lina Dahl '
    "said."
)
BUDGET = (
    "Vell council approves new harbour budget\n\n"
    "The Vell city council on Monday approved a harbour budget of $12 million for dredging and "
    "new moorings. Councillor Ines Varga said the work would start in June."
)


def _doc(text: str, outlet: str, day: str) -> ArticleDoc:
    return doc(text, outlet=outlet, published=day, title=text.split("\n", 1)[0])


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    p = Pipeline(default_stages())
    if "claims" not in p.provides:
        pytest.skip("the claim stage is not installed")
    return p


def _stories(docs: list[ArticleDoc]) -> list[set[str]]:
    result = Linker().link(docs)
    outlet = {d.article.id: d.article.outlet for d in docs}
    return sorted(({outlet[a] for a in s.articles} for s in result.stories), key=len)


def test_a_lone_denial_joins_the_story_it_answers(pipe: Pipeline) -> None:
    docs = [
        pipe(_doc(RUMOUR, "Harbor Times", "2031-03-02")),
        pipe(_doc(REPEAT, "Coast Daily", "2031-03-02")),
        pipe(_doc(DENIAL, "Northgate Post", "2031-03-03")),
        pipe(_doc(BUDGET, "Vell Gazette", "2031-03-03")),
    ]
    assert answers(docs[2]), [(c.status, c.text) for c in docs[2].claims]
    assert _stories(docs) == [{"Vell Gazette"}, {"Harbor Times", "Coast Daily", "Northgate Post"}]
    # and the denial, which names what it denies only as "reports of a sinking", stands
    # against a claim of the rumour in the story's claim groups
    groups = Linker().link(docs).claim_groups
    denial = docs[2].article.id
    against = [g for g in groups if any(m.article == denial for m in g.members)]
    assert any(g.relation in ("contradict", "mixed") and len(g.members) > 1 for g in against), [
        (g.text, g.relation) for g in against
    ]


def test_a_denial_does_not_join_a_story_that_began_after_it(pipe: Pipeline) -> None:
    docs = [
        pipe(_doc(RUMOUR, "Harbor Times", "2031-03-05")),
        pipe(_doc(REPEAT, "Coast Daily", "2031-03-05")),
        pipe(_doc(DENIAL, "Northgate Post", "2031-03-03")),
    ]
    assert {"Northgate Post"} in _stories(docs)


def test_only_answers_that_name_what_they_answer() -> None:
    art = Article(id="a1", text="x" * 200)

    def claim(status: str, text: str, sentence: int) -> Claim:
        return Claim(
            id=f"c{sentence}",
            start=sentence * 10,
            end=sentence * 10 + 5,
            text=text,
            sentence=sentence,
            checkworthiness=0.5,
            status=status,
            source=None,
        )

    doc = ArticleDoc(
        article=art,
        claims=(
            claim("denied", "Ministry denies ferry sale", 0),
            claim("no_comment", "Nordlink declined to comment.", 1),
            claim("no_comment", "Nordlink did not comment on the rumour.", 2),
            claim("denied", "The captain denied stealing fuel.", 3),
        ),
    )
    assert answers(doc) == [(0, 5), (20, 25)]


def test_a_denial_added_later_joins_the_story_it_answers(tmp_path: Path) -> None:
    import json

    from newstrace import api
    from newstrace.store import SQLiteLedger

    def feed(name: str, rows: list[tuple[str, str, str]]) -> str:
        path = tmp_path / name
        lines = [
            json.dumps({"title": t.split("\n", 1)[0], "source": o, "published": d, "text": t})
            for t, o, d in rows
        ]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return str(path)

    ledger = SQLiteLedger(tmp_path / "l.db")
    first = feed(
        "a.jsonl", [(RUMOUR, "Harbor Times", "2031-03-02"), (REPEAT, "Coast Daily", "2031-03-02")]
    )
    later = feed(
        "b.jsonl",
        [(DENIAL, "Northgate Post", "2031-03-03"), (BUDGET, "Vell Gazette", "2031-03-03")],
    )
    api.run([first], ledger, workers=1)
    api.run([later], ledger, workers=1)
    outlet = {d.article.id: d.article.outlet for d in ledger.iter_docs()}
    outlets = sorted((sorted({outlet[a] for a in s.articles}) for s in ledger.stories()), key=len)
    assert outlets == [["Vell Gazette"], ["Coast Daily", "Harbor Times", "Northgate Post"]]


def test_a_reaction_with_a_stored_story_of_its_own_stays_there(pipe: Pipeline) -> None:
    docs = [
        pipe(_doc(RUMOUR, "Harbor Times", "2031-03-02")),
        pipe(_doc(REPEAT, "Coast Daily", "2031-03-02")),
        pipe(_doc(DENIAL, "Northgate Post", "2031-03-03")),
    ]
    prior = {
        docs[0].article.id: "story-rumour",
        docs[1].article.id: "story-rumour",
        docs[2].article.id: "story-denial",
    }
    result = Linker().link(docs, prior_stories=prior)
    # stored stories never merge: the ids a user has seen keep their articles
    assert {s.id: len(s.articles) for s in result.stories} == {
        "story-rumour": 2,
        "story-denial": 1,
    }
