"""The fictional examples end to end: a golden summary of their ledger, and the cases
the corpus was written to exercise (examples/README).

Regenerate the golden file after an intended change with:
    NEWSTRACE_UPDATE_GOLDEN=1 .venv/bin/pytest tests/test_examples.py
and review the diff like code.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from newstrace import api
from newstrace.present.views import export_dict
from newstrace.store import SQLiteLedger

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "tests" / "golden" / "examples_summary.json"


@pytest.fixture(scope="module")
def export(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    ledger = SQLiteLedger(tmp_path_factory.mktemp("examples") / "examples.db")
    added, _ = api.run([str(ROOT / "examples")], ledger, workers=1)
    assert added.added == 11 and not added.rejected
    data = export_dict(ledger)
    ledger.close()
    return data


def summarise(data: dict[str, Any]) -> dict[str, Any]:
    """What the golden file pins: per article its sentences, entities, claims and chains."""
    arts = {}
    for a in data["articles"]:
        arts[f"{a['outlet']}: {a['title']}"] = {
            "sentences": len(a["sentences"]),
            "entities": sorted({f"{e['label']}:{e['text']}" for e in a["entities"]}),
            "claims": [
                f"{c['status']} | {c['source'] or 'writer'} | {c['text'][:70]}" for c in a["claims"]
            ],
            "quantities": sorted(
                f"{q['text']} -> [{q['low']}, {q['high']}] {q['unit']} ({q['kind']})"
                for c in a["claims"]
                for q in c["quantities"]
            ),
            "chains": sorted(" -> ".join(t["chain"]) for t in a["attributions"]),
            "opinion": [o["text"][:60] for o in a["opinion"] if o["holder"] == "writer"],
        }
    title = {a["id"]: f"{a['outlet']}: {a['title']}" for a in data["articles"]}
    stories = sorted(sorted(title[x] for x in s["articles"]) for s in data["stories"])
    copies = sorted(
        f"{c['relation']}: {sorted([title[c['a']], title[c['b']]])}" for c in data["copies"]
    )
    groups = sorted(
        f"{g['relation']} | outlets {len(g['outlets'])} | origins {g['origins']} | circular {g['circular']} | {g['text'][:60]}"
        for s in data["stories"]
        for g in s["claims"]
    )
    return {
        "articles": dict(sorted(arts.items())),
        "stories": stories,
        "copies": copies,
        "claim_groups": groups,
    }


def test_golden_summary(export: dict[str, Any]) -> None:
    summary = summarise(export)
    if os.environ.get("NEWSTRACE_UPDATE_GOLDEN"):
        GOLDEN.parent.mkdir(exist_ok=True)
        GOLDEN.write_text(
            json.dumps(summary, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
        )
    if not GOLDEN.exists():
        pytest.fail(
            f"{GOLDEN} is missing: run NEWSTRACE_UPDATE_GOLDEN=1 pytest tests/test_examples.py"
        )
    assert summary == json.loads(GOLDEN.read_text(encoding="utf-8"))


def test_every_span_points_into_its_text(export: dict[str, Any]) -> None:
    for a in export["articles"]:
        text = a["text"]
        spans = a["sentences"] + a["entities"] + a["claims"] + a["opinion"]
        for t in a["attributions"]:
            spans += [
                s for s in (t["cue"], t["content"], t["source"]) if s and s.get("start") is not None
            ]
        for c in a["claims"]:
            spans += c["quantities"]
        for s in spans:
            assert text[s["start"] : s["end"]] == s["text"], (a["title"], s)
