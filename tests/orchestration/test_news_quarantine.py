"""The news_articles asset holds back articles whose date cannot be right, once per file."""

from __future__ import annotations

import json

import dagster as dg
import duckdb
from dagster_duckdb import DuckDBResource

from orchestration.defs import news
from orchestration.defs.resources import LedgerSettings


def test_a_future_dated_inbox_article_is_quarantined_once_over_two_runs(tmp_path, monkeypatch):
    monkeypatch.setenv("LEDGER_HOME", str(tmp_path))
    monkeypatch.setenv("LEDGER_DUCKDB_PATH", str(tmp_path / "ledger.duckdb"))
    monkeypatch.setenv("LEDGER_INBOX", str(tmp_path / "inbox"))
    (tmp_path / "inbox").mkdir()
    (tmp_path / "inbox" / "future.json").write_text(
        json.dumps({"text": "xAI said Colossus now runs 900,000 GPUs.", "published": "2099-01-01"})
    )
    (tmp_path / "inbox" / "undated.txt").write_text("Lambda runs 12,000 H100 GPUs in Texas.\n")
    resources = {
        "duckdb": DuckDBResource(database=str(tmp_path / "ledger.duckdb")),
        "ledger": LedgerSettings(),
    }
    for _ in range(2):
        assert dg.materialize([news.news_articles], resources=resources).success

    with duckdb.connect(str(tmp_path / "ledger.duckdb"), read_only=True) as conn:
        quarantined = conn.execute(
            "select source, file, row_number, column_name, value from raw.quarantine"
        ).fetchall()
        inbox = conn.execute(
            "select source_name, published_source from raw.news_articles where source = 'inbox'"
        ).fetchall()
    assert quarantined == [("inbox", "future.json", 1, "published", "2099-01-01")]
    assert inbox == [("undated.txt", "file_time")]
