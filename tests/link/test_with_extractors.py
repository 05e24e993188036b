"""Linking on docs from the real per-article stages (spaCy, attribution, claims)."""

from __future__ import annotations

import pytest

from newstrace.link import Linker
from newstrace.model import Article, ArticleDoc
from newstrace.pipeline import Pipeline
from newstrace.stages import default_stages

pytestmark = pytest.mark.slow

A = (
    "The Velkarian army moved 3,000 tanks to the northern border on Monday, the defence ministry "
    "in Orrin said. The operation cost $7.12 billion, according to the budget office. "
    "Farmers near the border town of Kesh said convoys passed all night."
)
B = (
    "The Velkarian army moved 1,500 tanks to the northern border on Monday, the defence ministry "
    "in Orrin said. The operation cost over $7 billion, according to the budget office. "
    "Shops in Kesh closed early as the convoys arrived."
)


def _doc(text: str, outlet: str, day: str) -> ArticleDoc:
    art = Article(id=Article.make_id(text), text=text, outlet=outlet, published=day)
    return ArticleDoc(article=art)


def test_numbers_compared_on_extracted_claims() -> None:
    pipe = Pipeline(default_stages())
    if "claims" not in pipe.provides:
        pytest.skip("the claim stage is not installed")
    docs = [
        pipe(_doc(A, "Orrin Herald", "2031-05-01")),
        pipe(_doc(B, "Kesh Courier", "2031-05-02")),
    ]
    result = Linker().link(docs)
    assert len(result.stories) == 1
    multi = [g for g in result.claim_groups if len({m.article for m in g.members}) == 2]
    relations = [(g.text, g.relation) for g in multi]
    tank_groups = [g for g in multi if "tanks" in g.text]
    cost_groups = [g for g in multi if "billion" in g.text]
    assert tank_groups and all(g.relation == "contradict" for g in tank_groups), relations
    assert cost_groups and all(g.relation == "agree" for g in cost_groups), relations
    for g in multi:
        assert g.first_reported == docs[0].article.id
