"""News assets against a local GDELT-style server: a day not fully fetched fails its partition."""

from __future__ import annotations

import functools
import json
import time
from pathlib import Path

import dagster as dg
import duckdb
import pytest
from dagster_duckdb import DuckDBResource

from orchestration.defs import news
from orchestration.defs.resources import LedgerSettings
from sources.news import pipeline
from tests.conftest import Reply

DAY = "2025-06-10"


@pytest.fixture
def home(tmp_path, monkeypatch):
    monkeypatch.setenv("LEDGER_HOME", str(tmp_path))
    monkeypatch.setenv("LEDGER_DUCKDB_PATH", str(tmp_path / "ledger.duckdb"))
    monkeypatch.setenv("LEDGER_ONLINE", "1")
    monkeypatch.setenv("LEDGER_GDELT_PAUSE", "0")
    monkeypatch.setenv("LEDGER_GDELT_RATE_LIMIT_PAUSE", "0.05")
    monkeypatch.setenv("LEDGER_HTTP_RETRIES", "0")
    return tmp_path


def _serve(http_server, monkeypatch, *replies: Reply) -> None:
    api = http_server.route("/api/v2/doc/doc", *replies)
    monkeypatch.setattr(
        pipeline, "collect_gdelt", functools.partial(pipeline.collect_gdelt, api_url=api)
    )


def _materialize(home: Path) -> dg.ExecuteInProcessResult:
    return dg.materialize(
        [news.gdelt_articles],
        partition_key=DAY,
        resources={
            "duckdb": DuckDBResource(database=str(home / "ledger.duckdb")),
            "ledger": LedgerSettings(),
        },
        raise_on_error=False,
    )


def _count(home: Path, sql: str) -> int:
    with duckdb.connect(str(home / "ledger.duckdb"), read_only=True) as conn:
        return conn.execute(sql).fetchone()[0]


def _artlist(n: int) -> bytes:
    rows = [
        {"url": f"https://news.example.com/{i}", "title": f"GPU cluster story {i}",
         "seendate": "20250610T120000Z", "domain": "news.example.com", "language": "English"}
        for i in range(n)
    ]  # fmt: skip
    return json.dumps({"articles": rows}).encode()


def test_a_day_whose_windows_all_failed_fails_and_keeps_old_rows(home, http_server, monkeypatch):
    _serve(http_server, monkeypatch, Reply(body=_artlist(3)))
    assert _materialize(home).success
    loaded = _count(home, "select count(*) from raw.gdelt_articles")
    assert loaded == 3

    _serve(http_server, monkeypatch, Reply(503, b"down"))
    result = _materialize(home)

    assert not result.success  # not materialized: a backfill will ask again
    assert _count(home, "select count(*) from raw.gdelt_articles") == loaded
    errors = _count(home, "select count(*) from raw.ingest_errors where source = 'gdelt'")
    assert errors == 12  # one per default query


def test_rate_limited_twice_fails_the_day(home, http_server, monkeypatch):
    text = b"Please limit requests to one every 5 seconds."
    _serve(http_server, monkeypatch, Reply(body=_artlist(2)), Reply(429), Reply(body=text))
    result = _materialize(home)
    assert not result.success
    assert len(http_server.hits("/api/v2/doc/doc")) == 3
    reasons = _count(
        home, "select count(*) from raw.ingest_errors where error like 'rate-limited by GDELT%'"
    )
    assert reasons == 1


def _feeds_file(home: Path, urls: list[str]) -> Path:
    path = home / "feeds.toml"
    path.write_text(
        "".join(f'[[feed]]\nname = "feed {i}"\nurl = "{u}"\n\n' for i, u in enumerate(urls)),
        encoding="utf-8",
    )
    return path


def _materialize_news(home: Path) -> dg.ExecuteInProcessResult:
    return dg.materialize(
        [news.news_articles],
        resources={
            "duckdb": DuckDBResource(database=str(home / "ledger.duckdb")),
            "ledger": LedgerSettings(),
        },
        raise_on_error=False,
    )


@pytest.mark.parametrize("fault", ["hang", "rate-limit"])
def test_hanging_or_rate_limiting_feeds_finish_within_the_budget(
    home, http_server, monkeypatch, fault
):
    reply = (
        Reply(body=b"<rss/>", delay=30)
        if fault == "hang"
        else Reply(429, headers={"Retry-After": "3600"})
    )
    urls = [http_server.route(f"/feed{i}.xml", reply) for i in range(6)]
    monkeypatch.setenv("LEDGER_FEEDS_FILE", str(_feeds_file(home, urls)))
    monkeypatch.setenv("LEDGER_INBOX", str(home / "inbox"))
    monkeypatch.setenv("LEDGER_HTTP_TIMEOUT", "20")
    monkeypatch.setenv("LEDGER_HTTP_RETRIES", "3")
    monkeypatch.setenv("LEDGER_FETCH_BUDGET", "2")

    started = time.monotonic()
    result = _materialize_news(home)
    elapsed = time.monotonic() - started

    assert result.success
    feed_errors = _count(home, "select count(*) from raw.ingest_errors where source = 'feed'")
    assert feed_errors == 6
    assert elapsed < 20  # budget 2 s plus the sample ingest; before: 82 s per hanging feed
    spent = _count(
        home,
        "select count(*) from raw.ingest_errors where source = 'feed' "
        "and (error like '%time budget%' or error like '%timed out%' or error like '%cap%')",
    )
    assert spent == 6
