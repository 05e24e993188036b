"""api.add through the process pool stores what the in-process path stores."""

from __future__ import annotations

from pathlib import Path

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
