"""Shared fixtures (defined only here). Texts used in tests are our own fiction."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newstrace.analyse import SpacyAnalyser
from newstrace.model import Analysis, Article, ArticleDoc


@pytest.fixture(scope="session")
def analyser() -> SpacyAnalyser:
    a = SpacyAnalyser()
    a.warm_up()
    return a


@pytest.fixture(scope="session")
def analyse(analyser: SpacyAnalyser) -> Callable[[str], Analysis]:
    """Parse a text with the real spaCy model (loaded once per test session)."""
    return analyser.analyse


@pytest.fixture(scope="session")
def make_doc(analyser: SpacyAnalyser) -> Callable[..., ArticleDoc]:
    """Build an analysed ArticleDoc: make_doc(text, outlet="Test Herald", title="", published=None)."""

    def build(
        text: str, outlet: str = "Test Herald", title: str = "", published: str | None = None
    ) -> ArticleDoc:
        article = Article(
            id=Article.make_id(text), text=text, title=title, outlet=outlet, published=published
        )
        return ArticleDoc(
            article=article, analysis=analyser.analyse(text), done=frozenset({"analyse"})
        )

    return build
