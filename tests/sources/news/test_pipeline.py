"""sources/news/pipeline.py: collect + ingest as the Dagster assets will call them."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import polars as pl
import pytest

from sources.http import HttpClient
from sources.news.gdelt import GdeltQuery
from sources.news.pipeline import collect_gdelt, collect_offline, ingest
from sources.news.sample import SAMPLE_CORPUS
from sources.schemas import INGEST_ERRORS, NEWS_ARTICLES
from sources.settings import Settings

RUN1 = datetime(2025, 12, 1, 12, tzinfo=UTC)  # after the newest sample article
RUN2 = datetime(2025, 12, 2, 12, tzinfo=UTC)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings.from_env(
        {"LEDGER_HOME": str(tmp_path / "home"), "LEDGER_INBOX": str(tmp_path / "inbox")}
    )


@pytest.fixture
def colossus_line() -> dict:
    for line in SAMPLE_CORPUS.read_text("utf-8").splitlines():
        record = json.loads(line)
        if record["key"] == "en-xai-colossus-online":
            return record
    raise AssertionError("sample corpus lacks en-xai-colossus-online")


def fill_inbox(inbox: Path, colossus: dict) -> None:
    inbox.mkdir(parents=True)
    (inbox / "crusoe.txt").write_text(
        "Crusoe starts a second AI campus\n\nCrusoe said it has started building a second "
        "campus in Texas for AI training, with power for tens of thousands of GPUs.",
        encoding="utf-8",
    )
    # A reader saved the partner site's copy of a sample story: new URL, a new first line.
    copy = {
        "title": colossus["title"],
        "text": "From our partners: " + colossus["text"],
        "url": "https://partner.example.net/tech/colossus-story?utm_campaign=share",
        "published": "2024-09-04",
    }
    (inbox / "partner.json").write_text(json.dumps(copy), encoding="utf-8")
    (inbox / "broken.json").write_text("{nope", encoding="utf-8")
    (inbox / "blob.txt").write_bytes(b"\x00\xff\x00\xfe")


def as_existing(frame: pl.DataFrame) -> pl.DataFrame:
    return frame.select("article_id", "canonical_url", "content_hash", "text", "duplicate_of")


def test_offline_collect_and_ingest_then_rerun_adds_nothing(settings, colossus_line):
    fill_inbox(settings.inbox_dir, colossus_line)

    first = collect_offline(settings, fetched_at=RUN1, batch_id="run-1")
    result = ingest(first.articles, None, errors=first.errors)

    assert first.stats["inbox_files"] == 4
    assert first.stats["inbox_articles"] == 2
    assert first.stats["sample_articles"] > 50
    assert result.new_articles.schema == NEWS_ARTICLES
    assert result.n_new == first.articles.height == first.stats["sample_articles"] + 2
    assert set(result.new_articles["batch_id"]) == {"run-1"}
    assert set(result.new_articles["fetched_at"]) == {RUN1}
    by_name = {r["source_name"]: r for r in result.new_articles.iter_rows(named=True)}
    assert (
        by_name["partner.json"]["duplicate_of"] == by_name["en-xai-colossus-online"]["article_id"]
    )
    assert by_name["crusoe.txt"]["duplicate_of"] is None
    # the corpus's own syndicated copy plus the partner copy
    assert result.n_near_duplicate == 2
    assert result.n_exact_duplicate == 0
    assert result.n_duplicate == 2
    assert result.errors.schema == INGEST_ERRORS
    assert sorted(Path(u).name for u in result.errors["url"]) == ["blob.txt", "broken.json"]
    assert set(result.errors["batch_id"]) == {"run-1"}

    loaded = result.new_articles
    second = collect_offline(
        settings,
        fetched_at=RUN2,
        batch_id="run-2",
        known_article_ids=set(loaded["article_id"]),
    )
    again = ingest(
        second.articles, as_existing(loaded), errors=second.errors, known_errors=result.errors
    )

    assert second.articles.height == 0
    assert second.stats["known_skipped"] == loaded.height
    assert again.n_new == 0
    assert again.errors.height == 0  # the two bad files were reported in run 1


def test_ingest_without_known_ids_still_skips_everything_loaded(settings, colossus_line):
    fill_inbox(settings.inbox_dir, colossus_line)
    first = collect_offline(settings, fetched_at=RUN1, batch_id="run-1")
    loaded = ingest(first.articles).new_articles

    second = collect_offline(settings, fetched_at=RUN2, batch_id="run-2")
    again = ingest(second.articles, as_existing(loaded))

    assert again.n_new == 0
    assert again.n_exact_duplicate == loaded.height
    assert set(again.skipped["reason"]) == {"already_loaded"}


def test_ingest_reports_network_errors_again_but_file_errors_once():
    def errors(batch: str) -> pl.DataFrame:
        return pl.DataFrame(
            {
                "source": ["feed", "inbox"],
                "url": ["https://x.example/rss", "file:///inbox/bad.json"],
                "error": ["HTTP 503 Service Unavailable after 4 attempts", "bad JSON: x"],
                "occurred_at": [RUN1, RUN1],
                "batch_id": [batch, batch],
            },
            schema=INGEST_ERRORS,
        )

    result = ingest(
        pl.DataFrame(schema=NEWS_ARTICLES), errors=errors("run-2"), known_errors=errors("run-1")
    )

    assert result.errors["source"].to_list() == ["feed"]
    assert result.n_new == 0


def test_offline_collect_can_leave_out_either_source(settings, colossus_line):
    fill_inbox(settings.inbox_dir, colossus_line)
    only_inbox = collect_offline(settings, fetched_at=RUN1, batch_id="b", include_sample=False)
    only_sample = collect_offline(settings, fetched_at=RUN1, batch_id="b", include_inbox=False)
    assert set(only_inbox.articles["source"]) == {"inbox"}
    assert set(only_sample.articles["source"]) == {"sample"}
    assert only_sample.errors.height == 0


def test_collect_gdelt_for_one_day(http_server, recorded):
    Reply = http_server.Reply
    api = http_server.route("/gdelt", Reply(body=recorded("news/gdelt_artlist.json")))
    with HttpClient(retries=0) as client:
        collected = collect_gdelt(
            date(2025, 6, 10),
            client,
            fetched_at=RUN1,
            batch_id="g-2025-06-10",
            queries=[GdeltQuery("en", "(GPU) sourcelang:english", "en")],
            api_url=api,
            pause_seconds=0,
        )
    result = ingest(collected.articles, errors=collected.errors)

    assert collected.stats == {
        "gdelt_requests": 1,
        "gdelt_articles": 4,
        "gdelt_windows_ok": 1,
        "gdelt_windows_failed": 0,
        "gdelt_day_failed": 0,
    }
    assert collected.errors.height == 0
    assert result.n_new == 4
    assert set(result.new_articles["batch_id"]) == {"g-2025-06-10"}


def test_any_source_dated_ahead_of_its_read_is_held_back_once():
    """Issue 14, item 2: an article dated 2099 must not become the latest figure; whatever
    connector built it, ingest quarantines it, and reports it once over re-runs."""
    from sources.news.articles import RawArticle, build_articles

    raws = [
        RawArticle("Feed", "xAI says Colossus runs 200,000 GPUs.", url="https://a.example/1",
                   published_at="2099-01-01T00:00:00Z"),
        RawArticle("Feed", "CoreWeave adds 10,000 GPUs in Texas.", url="https://a.example/2",
                   published_at="2025-11-30"),
        RawArticle("Feed", "Nebius opens a site in Finland.", url="https://a.example/3"),
    ]  # fmt: skip
    candidates = build_articles(raws, source="feed", fetched_at=RUN1, batch_id="run-1")
    result = ingest(candidates)
    assert sorted(result.new_articles["url"]) == ["https://a.example/2", "https://a.example/3"]
    by_url = {r["url"]: r for r in result.new_articles.iter_rows(named=True)}
    assert by_url["https://a.example/3"]["published_at"] == RUN1
    assert by_url["https://a.example/3"]["published_source"] == "fetch_time"
    assert result.quarantine.select("source", "file", "column_name", "value").rows() == [
        ("feed", "https://a.example/1", "published", "2099-01-01T00:00:00Z")
    ]
    again = ingest(candidates, known_quarantine=result.quarantine)
    assert again.quarantine.height == 0
