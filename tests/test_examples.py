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


def _article(data: dict[str, Any], outlet: str, word: str) -> dict[str, Any]:
    found: list[dict[str, Any]] = [
        a for a in data["articles"] if a["outlet"] == outlet and word in a["title"]
    ]
    assert len(found) == 1, (outlet, word)
    return found[0]


def _claim(art: dict[str, Any], words: str) -> dict[str, Any]:
    found: list[dict[str, Any]] = [c for c in art["claims"] if words in c["text"]]
    assert len(found) == 1, (words, [c["text"] for c in art["claims"]])
    return found[0]


def test_the_rumour_chain_names_every_hop_down_to_the_channel(export: dict[str, Any]) -> None:
    art = _article(export, "Northgate Post", "Kestavia")
    chains = [t for t in art["attributions"] if t["chain"][-1] == "Iron Owl"]
    assert chains, [t["chain"] for t in art["attributions"]]
    assert chains[0]["chain"] == ["Northgate Post", "Daily Beacon", "Iron Owl"]
    assert chains[0]["chain_kinds"] == ["outlet", "outlet", "social_media"]
    harbor = _article(export, "Harbor Times", "Kestavia")
    assert any(t["chain"][-2:] == ["Daily Beacon", "Iron Owl"] for t in harbor["attributions"])


def test_each_reporting_status_of_the_fiction(export: dict[str, Any]) -> None:
    beacon = _article(export, "The Daily Beacon", "Kestavia")
    assert _claim(beacon, "Iron Owl claims")["status"] == "rumour"
    assert _claim(beacon, "declined to comment")["status"] == "no_comment"
    harbor = _article(export, "Harbor Times", "Kestavia")
    assert _claim(harbor, "didn't comment on the rumour")["status"] == "no_comment"
    wire = _article(export, "Capital Wire", "denies")
    assert _claim(wire, "denied reports")["status"] == "denied"
    minister = _article(export, "Northgate Post", "Minister confirms")
    confirmed = _claim(minister, "confirmed on Saturday")
    assert confirmed["status"] == "confirmed" and confirmed["source"] == "Helena Marsh"
    marsh = [
        t
        for t in minister["attributions"]
        if t["source"] and t["source"]["canonical"] == "Helena Marsh"
    ]
    assert marsh and marsh[0]["source"]["kind"] == "person"
    column = _article(export, "civic-review", "Opinion")
    assert any(c["status"] == "opinion" for c in column["claims"])
    assert any(o["holder"] == "writer" and o["loaded"] for o in column["opinion"])


def test_figures_are_comparable_intervals(export: dict[str, Any]) -> None:
    wire = _article(export, "Capital Wire", "Orvalle")
    [q] = _claim(wire, "$7.4 million")["quantities"]
    assert q["low"] <= 7.4e6 <= q["high"] and (q["unit"], q["kind"]) == (
        "USD",
        "money",
    )  # "an estimated"
    minister = _article(export, "Northgate Post", "Minister confirms")
    bill = [q for q in _claim(minister, "repair bill")["quantities"] if q["text"] == "$7.4 million"]
    assert (bill[0]["low"], bill[0]["high"]) == (7.4e6, 7.4e6)
    rewrite = _article(export, "Harbor Times", "Crumbling")
    [q] = _claim(rewrite, "about $7 million")["quantities"]
    assert q["low"] < 7e6 < q["high"]
    beacon = _article(export, "The Daily Beacon", "Kestavia")
    money = [
        q for q in _claim(beacon, "more than $2 billion")["quantities"] if q["kind"] == "money"
    ]
    assert money[0]["low"] == 2e9 and money[0]["high"] is None


def test_stories_copies_and_the_circular_rumour(export: dict[str, Any]) -> None:
    title = {a["id"]: (a["outlet"], a["title"]) for a in export["articles"]}
    stories = [
        sorted(title[x][0] + ": " + title[x][1] for x in s["articles"]) for s in export["stories"]
    ]
    marrow = [s for s in stories if any("Marrow" in t for t in s)]
    lantern = [s for s in stories if any("Lantern" in t for t in s)]
    assert len(marrow) == 1 and len(marrow[0]) == 2 and not any("Lantern" in t for t in marrow[0])
    assert len(lantern) == 1 and len(lantern[0]) == 4
    kestavia = [s for s in stories if any("Kestavia" in t for t in s)]
    # the tabloid, the two outlets repeating it, the denial and the opinion column
    assert len(kestavia) == 1 and len(kestavia[0]) == 5
    assert len(stories) == 3
    relations = {(title[c["a"]][0], title[c["b"]][0], c["relation"]) for c in export["copies"]}
    assert ("Capital Wire", "riverside-courier", "wire_copy") in {
        (*sorted(r[:2]), r[2]) for r in relations
    }
    [rewrite] = [
        c
        for c in export["copies"]
        if c["relation"] == "rewrite"
        and {title[c["a"]][0], title[c["b"]][0]} == {"Harbor Times", "Capital Wire"}
    ]
    kinds = {ch["type"] for ch in rewrite["changes"]}
    assert {"number_changed", "attribution_added"} <= kinds or {
        "number_changed",
        "attribution_removed",
    } <= kinds
    groups = [g for s in export["stories"] for g in s["claims"]]
    rumour = [g for g in groups if g["circular"] and g["origins"] == ["Iron Owl"]]
    # the rumour told by three outlets, all of it from one channel
    assert any(len(g["outlets"]) >= 3 for g in rumour)
    # and the channel's quote, which the Post heard through the Beacon, is circular too
    assert any("$2 billion" in g["text"] for g in rumour)
    drift = [
        g
        for g in groups
        if len(g["outlets"]) > 1
        and "helicopters" in g["text"] + " ".join(m["text"] for m in g["members"])
    ]
    assert any(g["relation"] in ("contradict", "mixed") for g in drift)  # 40 vs 24 helicopters
