"""sources/news/sample.py: the bundled corpus loads cleanly and its copies are found."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import polars as pl
import pytest

from sources.news.articles import RawArticle, build_articles
from sources.news.dedup import deduplicate
from sources.news.language import detect_languages
from sources.news.sample import SAMPLE_CORPUS, read_sample
from sources.registry import LANGUAGES
from sources.schemas import NEWS_ARTICLES

FETCHED = datetime(2025, 6, 10, 12, tzinfo=UTC)


@pytest.fixture(scope="module")
def corpus_lines() -> list[dict]:
    return [json.loads(line) for line in SAMPLE_CORPUS.read_text("utf-8").splitlines() if line]


@pytest.fixture(scope="module")
def sample() -> pl.DataFrame:
    result = read_sample(fetched_at=FETCHED, batch_id="s1")
    assert result.errors == []
    return result.articles


def test_bundled_corpus_loads_every_line(sample, corpus_lines):
    assert sample.schema == NEWS_ARTICLES
    assert sample.height == len(corpus_lines)
    assert sample["source_name"].to_list() == [line["key"] for line in corpus_lines]
    assert set(sample["source"]) == {"sample"}
    assert sample["article_id"].n_unique() == sample.height
    assert set(sample["language"]) <= set(LANGUAGES)
    assert sample["language"].n_unique() >= 8
    assert sample["published_at"].null_count() == 0


def test_detection_agrees_with_the_corpus_languages(sample):
    detected = detect_languages(
        [f"{t}\n{x}" for t, x in zip(sample["title"], sample["text"], strict=True)]
    )
    assert detected == sample["language"].to_list()


def test_syndicated_articles_of_the_corpus_are_marked(sample, corpus_lines):
    ids = dict(zip(sample["source_name"], sample["article_id"], strict=True))
    expected = {
        line["key"]: ids[line["syndicated_from"]]
        for line in corpus_lines
        if line.get("syndicated_from")
    }
    assert expected, "the corpus should carry at least one syndicated copy"

    result = deduplicate(sample)

    marked = result.articles.filter(pl.col("duplicate_of").is_not_null())
    assert dict(marked.select("source_name", "duplicate_of").iter_rows()) == expected
    assert result.articles.height == sample.height


def test_an_edited_copy_of_a_sample_article_points_at_it(sample):
    original = (
        sample.filter(pl.col("language") == "en")
        .sort(pl.col("text").str.len_chars(), descending=True)
        .row(0, named=True)
    )
    words = original["text"].split(" ")
    words[5] = words[5].upper()
    words[len(words) // 2] = "reportedly"
    copy = RawArticle(
        source_name="Partner Wire",
        title=f"{original['title']} (updated)",
        text="(Partner Wire) " + " ".join(words) + "\nDistributed by Partner Wire.",
        url="https://partner-wire.example.net/2025/06/copied-story?utm_source=feed",
        language="en",
    )
    batch = build_articles([copy], source="feed", fetched_at=FETCHED, batch_id="f1")

    result = deduplicate(batch, sample)

    assert result.articles["duplicate_of"].to_list() == [original["article_id"]]
    assert result.n_near_duplicate == 1


def test_reading_the_sample_twice_is_idempotent(sample):
    again = read_sample(
        fetched_at=FETCHED, batch_id="s2", known_article_ids=set(sample["article_id"])
    )
    assert again.articles.height == 0
    assert again.known == sample.height


def test_missing_or_broken_corpus_is_an_error_not_a_crash(tmp_path):
    missing = read_sample(fetched_at=FETCHED, batch_id="s", path=tmp_path / "none.jsonl")
    assert missing.articles.height == 0
    assert missing.errors[0].error == "cannot read the sample corpus (No such file or directory)"

    broken = tmp_path / "articles.jsonl"
    broken.write_text(
        json.dumps({"key": "k1", "text": "Nebius opened a GPU hall in Finland."}) + "\n[1]\n",
        encoding="utf-8",
    )
    result = read_sample(fetched_at=FETCHED, batch_id="s", path=broken)
    assert result.articles["source_name"].to_list() == ["k1"]
    assert [(e.source, e.url.rsplit("#", 1)[1], e.error) for e in result.errors] == [
        ("sample", "line=2", "expected a JSON object, got list")
    ]
