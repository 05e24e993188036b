"""The stage contract: wiring is checked before anything runs; bad returns are caught."""

from __future__ import annotations

import dataclasses

import pytest

from newstrace.errors import ERRORS, NewstraceError, PipelineError
from newstrace.model import Article, ArticleDoc
from newstrace.pipeline import Pipeline


class Upper:
    name = "upper"
    version = "1"
    requires = frozenset({"article"})
    provides = frozenset({"upper"})

    def __init__(self) -> None:
        self.warmed = 0

    def warm_up(self) -> None:
        self.warmed += 1

    def __call__(self, doc: ArticleDoc) -> ArticleDoc:
        return dataclasses.replace(doc, done=doc.done | {self.name})


class NeedsClaims(Upper):
    name = "needs"
    requires = frozenset({"claims"})


class ReturnsNone(Upper):
    name = "broken"

    def __call__(self, doc: ArticleDoc) -> ArticleDoc:
        return None  # type: ignore[return-value]


def _doc() -> ArticleDoc:
    return ArticleDoc(Article("x", "A short fictional text."))


def test_missing_requirement_fails_at_build_time() -> None:
    with pytest.raises(PipelineError) as exc:
        Pipeline([Upper(), NeedsClaims()])
    assert exc.value.code == "NT401" and "claims" in str(exc.value) and "reorder" in str(exc.value)


def test_stage_returning_wrong_type_is_named() -> None:
    with pytest.raises(PipelineError) as exc:
        Pipeline([ReturnsNone()])(_doc())
    assert exc.value.code == "NT402" and "broken" in str(exc.value)
    with pytest.raises(PipelineError):
        Pipeline([ReturnsNone()]).pipe_batch([_doc()])


def test_runs_in_order_and_warms_once() -> None:
    stage = Upper()
    pipe = Pipeline([stage])
    out = pipe.pipe_batch([_doc(), _doc()])
    pipe(_doc())
    assert all("upper" in d.done for d in out)
    assert stage.warmed == 1
    assert pipe.versions == {"upper": "1"}
    assert "upper" in pipe.provides


@pytest.mark.parametrize("code", sorted(ERRORS))
def test_every_error_code_formats_with_a_fix(code: str) -> None:
    template, fix = ERRORS[code]
    import string

    fields = {name: "X" for _, name, _, _ in string.Formatter().parse(template + fix) if name}
    err = NewstraceError(code, **fields)
    assert str(err).startswith(f"[{code}]") and " — " in str(err)
