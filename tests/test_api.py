"""api.add through the process pool stores what the in-process path stores."""

from __future__ import annotations

from pathlib import Path

import pytest

from newstrace import api
from newstrace.store import SQLiteLedger

TEXTS = [
    "The Telvik council said on Monday that the ferry would resume on May 3. It costs $2 a ride.",
    'Harbour master Odile Renn told reporters that two cranes had failed. "We are short of parts," she said.',
    "According to the Orvalle Gazette, the mayor plans to sell the old mill for $1.2 million.",
    "The Kettle Road crossing will close for 11 days, the transport office announced.",
]


def _corpus(tmp: Path) -> Path:
    folder = tmp / "herald"
    folder.mkdir()
    for i, t in enumerate(TEXTS):
        (folder / f"{i}.txt").write_text(t, encoding="utf-8")
    return folder


def test_pool_and_single_process_store_the_same(tmp_path: Path) -> None:
    folder = _corpus(tmp_path)
    one = SQLiteLedger(tmp_path / "one.db")
    two = SQLiteLedger(tmp_path / "two.db")
    r1 = api.add([str(folder)], one, workers=1)
    r2 = api.add([str(folder)], two, workers=2, batch_size=1)
    assert r1.added == r2.added == 4
    assert [one.get_article(a) for a in one.article_ids()] == [
        two.get_article(a) for a in two.article_ids()
    ]
    again = api.add([str(folder)], two, workers=2)
    assert again.added == 0 and again.unchanged == 4


def test_capabilities_name_what_is_there() -> None:
    caps = api.capabilities()
    assert caps["sentences and entities"] is True
    assert set(caps) >= {
        "attribution and source chains",
        "claims, numbers and reporting status",
        "links",
    }


def _partition(ledger: SQLiteLedger) -> set[frozenset[str]]:
    return {frozenset(s.articles) for s in ledger.stories()}


def test_incremental_link_matches_a_full_link(tmp_path: Path) -> None:
    examples = Path(__file__).resolve().parents[1] / "examples"
    full = SQLiteLedger(tmp_path / "full.db")
    api.run([str(examples)], full, workers=1)
    step = SQLiteLedger(tmp_path / "step.db")
    first = [
        str(p)
        for p in sorted(examples.iterdir())
        if p.name not in ("harbor-times", "civic-review", "README")
    ]
    api.run(first, step, workers=1)
    before = {s.id: s.articles for s in step.stories()}
    added, linked = api.run(
        [str(examples / "harbor-times"), str(examples / "civic-review")], step, workers=1
    )
    assert added.added == 3
    assert _partition(step) == _partition(full)
    # stories that existed keep their ids; the later articles joined them
    after = {s.id: s.articles for s in step.stories()}
    for sid, members in before.items():
        assert sid in after and set(members) <= set(after[sid])
    assert linked.circular >= 1 and any(
        g.circular and g.origins == ("Iron Owl",) for g in step.claim_groups()
    )
    # linking again with nothing new changes nothing
    rows = step.execute("SELECT * FROM claim_groups ORDER BY id")
    api.link(step)
    assert step.execute("SELECT * FROM claim_groups ORDER BY id") == rows


def test_full_relink_on_request(tmp_path: Path) -> None:
    folder = _corpus(tmp_path)
    led = SQLiteLedger(tmp_path / "r.db")
    api.run([str(folder)], led, workers=1)
    first = _partition(led)
    report = api.link(led, full=True)
    assert _partition(led) == first and report.articles == 4


def test_pool_workers_leave_ctrl_c_to_the_parent(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each worker ignores SIGINT, so Ctrl-C gives one message from the parent, not a
    KeyboardInterrupt traceback from every worker."""
    import signal

    monkeypatch.setattr(api, "_init_worker", lambda model, outlets: None)
    before = signal.getsignal(signal.SIGINT)
    try:
        api._init_pool_worker(None, ())
        assert signal.getsignal(signal.SIGINT) is signal.SIG_IGN
    finally:
        signal.signal(signal.SIGINT, before)
