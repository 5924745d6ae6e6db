"""The raw asset checks look at the rows the current run added, not the whole history."""

from __future__ import annotations

import dagster as dg
import duckdb
import pytest
from dagster_duckdb import DuckDBResource

from orchestration.defs import checks, news
from orchestration.defs.resources import LedgerSettings


@pytest.fixture
def home(tmp_path, monkeypatch):
    monkeypatch.setenv("LEDGER_HOME", str(tmp_path))
    monkeypatch.setenv("LEDGER_DUCKDB_PATH", str(tmp_path / "ledger.duckdb"))
    monkeypatch.setenv("LEDGER_ONLINE", "0")
    return tmp_path


def _run(home) -> dict[str, dict]:
    """Materialize the news assets and run the raw checks; each check's metadata by name."""
    result = dg.materialize(
        [news.news_articles, news.news_claims, *checks.raw_checks],
        resources={
            "duckdb": DuckDBResource(database=str(home / "ledger.duckdb")),
            "ledger": LedgerSettings(),
        },
    )
    return {
        e.check_name: {k: v.value for k, v in e.metadata.items()}
        for e in result.get_asset_check_evaluations()
    }


def test_checks_read_only_this_runs_rows(home):
    first = _run(home)
    on_topic = first["extraction_coverage"]["on_topic_articles"]
    assert on_topic > 0  # the sample corpus has on-topic articles
    assert first["extraction_coverage"]["articles_with_claims"] > 0
    assert first["no_duplicate_articles"]["duplicate_article_ids"] == 0

    # an orphan claim left by an earlier run is that run's finding, not this one's
    with duckdb.connect(str(home / "ledger.duckdb")) as conn:
        conn.execute(
            "insert into raw.news_claims (claim_id, article_id, type, extracted_at) "
            "values ('orphan', 'no-such-article', 'cluster_size', now() - interval 1 day)"
        )

    second = _run(home)  # nothing new: nothing to check
    assert second["extraction_coverage"]["on_topic_articles"] == 0
    assert second["claims_point_at_articles"]["orphan_claims"] == 0

    # the same orphan stamped during a run is found
    with duckdb.connect(str(home / "ledger.duckdb")) as conn:
        conn.execute("update raw.news_claims set extracted_at = now() + interval 1 hour "
                     "where claim_id = 'orphan'")  # fmt: skip
    assert _run(home)["claims_point_at_articles"]["orphan_claims"] == 1
