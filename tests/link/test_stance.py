"""The shipped stance classifier: format, bad rows, coded error, scorer logic."""

from __future__ import annotations

from pathlib import Path

import pytest

from newstrace.errors import ModelError
from newstrace.link import classify_stance
from newstrace.link.stance import LABELS, StanceModel, fnc_score


def test_fnc_score_logic() -> None:
    gold = ["agree", "unrelated", "discuss", "disagree"]
    assert fnc_score(gold, gold) == (3.25, 3.25)
    # related but wrong fine label earns 0.25; unrelated predicted for related earns 0
    assert fnc_score(["agree", "agree"], ["discuss", "unrelated"]) == (0.25, 2.0)


def test_classify_stance_records_and_bad_rows() -> None:
    claim = "The mayor of Velmora resigned on Monday."
    records = [
        {
            "id": 1,
            "claim": claim,
            "text": "Velmora's mayor Anika Strand resigned on Monday after a row "
            "over the harbour budget. Her deputy takes over until an election.",
        },
        {
            "id": 2,
            "claim": claim,
            "text": "A recipe for plum cake needs flour, butter and ripe plums. "
            "Bake it for forty minutes.",
        },
        {"id": 3, "claim": claim},
        {"id": 4, "claim": "", "text": "x"},
    ]
    out = list(classify_stance(records))
    assert [o["id"] for o in out] == [1, 2, 3, 4]
    assert out[0]["label"] in LABELS and out[0]["label"] != "unrelated"
    assert out[1]["label"] == "unrelated"
    scores = out[0]["scores"]
    assert isinstance(scores, dict) and set(scores) == set(LABELS)
    assert abs(sum(scores.values()) - 1.0) < 1e-3
    assert "error" in out[2] and "error" in out[3]


def test_missing_model_is_coded(tmp_path: Path) -> None:
    bad = tmp_path / "stance.npz"
    bad.write_bytes(b"not a model")
    with pytest.raises(ModelError) as err:
        StanceModel.load(bad)
    assert err.value.code == "NT302"
