"""sources/news/articles.py: identity columns and the NEWS_ARTICLES builder."""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from sources.news.articles import (
    RawArticle,
    article_id,
    build_articles,
    canonical_url,
    clean_text,
    content_hash,
    normalize_text,
    parse_published,
)
from sources.schemas import NEWS_ARTICLES

FETCHED = datetime(2025, 6, 10, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "HTTPS://News.Example.COM/a/B?utm_source=rss&utm_medium=feed&id=7#comments",
            "https://news.example.com/a/B?id=7",
        ),
        (
            "https://example.com/x?b=2&a=1&fbclid=abc&gclid=1&mc_cid=2&mc_eid=3&ref=hn",
            "https://example.com/x?a=1&b=2",
        ),
        ("http://example.com:80/p", "http://example.com/p"),
        ("https://example.com:443", "https://example.com/"),
        ("https://example.com:8443/p", "https://example.com:8443/p"),
        ("  https://example.com/p?q=a%20b  ", "https://example.com/p?q=a+b"),
        ("https://example.com/p?keep=", "https://example.com/p?keep="),
        ("https://example.com./p", "https://example.com/p"),
        ("ftp://example.com/file", None),
        ("mailto:desk@example.com", None),
        ("not a url", None),
        ("", None),
        (None, None),
        ("https://[::1:bad/", None),
    ],
)
def test_canonical_url(url, expected):
    assert canonical_url(url) == expected


def test_normalize_text_and_content_hash_ignore_case_width_and_spacing():
    a = "Nvidia  ships\n\nＨ１００ chips"
    b = " nvidia ships h100   CHIPS "
    assert normalize_text(a) == "nvidia ships h100 chips"
    assert content_hash(a) == content_hash(b)
    assert content_hash(a) == hashlib.sha256(b"nvidia ships h100 chips").hexdigest()
    assert content_hash("Nvidia ships H100 chips.") != content_hash(a)


def test_article_id_uses_url_else_content_hash():
    digest = content_hash("text")
    url = "https://example.com/a"
    assert article_id(url, digest) == hashlib.sha1(url.encode()).hexdigest()
    assert article_id(None, digest) == hashlib.sha1(digest.encode()).hexdigest()


def test_clean_text_unifies_newlines_and_blank_lines():
    assert clean_text("  a\r\nb\r\n\r\n\r\n\r\nc\x00 ") == "a\nb\n\nc"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-06-10T08:00:00Z", datetime(2025, 6, 10, 8, tzinfo=UTC)),
        ("2025-06-10T10:00:00+02:00", datetime(2025, 6, 10, 8, tzinfo=UTC)),
        ("2025-06-10", datetime(2025, 6, 10, tzinfo=UTC)),
        ("Tue, 10 Jun 2025 10:00:00 +0200", datetime(2025, 6, 10, 8, tzinfo=UTC)),
        ("20250610T081500Z", datetime(2025, 6, 10, 8, 15, tzinfo=UTC)),
        ("20250610081500", datetime(2025, 6, 10, 8, 15, tzinfo=UTC)),
        (date(2025, 6, 10), datetime(2025, 6, 10, tzinfo=UTC)),
        (datetime(2025, 6, 10, 8), datetime(2025, 6, 10, 8, tzinfo=UTC)),
        (
            datetime(2025, 6, 10, 17, tzinfo=timezone(timedelta(hours=9))),
            datetime(2025, 6, 10, 8, tzinfo=UTC),
        ),
        (1749542400, datetime(2025, 6, 10, 8, tzinfo=UTC)),
        ("next Tuesday", None),
        ("", None),
        (None, None),
        (True, None),
        ("20251399T000000Z", None),
    ],
)
def test_parse_published(value, expected):
    assert parse_published(value) == expected


def test_build_articles_derives_identity_and_detects_missing_languages():
    raws = [
        RawArticle(
            source_name="Compute Desk",
            text="xAI said its Colossus cluster in Memphis now runs 200,000 GPUs.",
            title="  xAI   doubles Colossus ",
            url="https://Example.com/a?utm_source=rss",
            published_at="2025-06-10T08:00:00Z",
        ),
        RawArticle(
            source_name="notes.txt",
            text="Das Unternehmen plant ein neues Rechenzentrum mit tausenden Grafikprozessoren.",
            language="DE-de",
        ),
        RawArticle(source_name="headline-only", text="  ", title="英伟达发布新一代数据中心芯片"),
    ]

    df = build_articles(raws, source="inbox", fetched_at=FETCHED, batch_id="b1")

    assert df.schema == NEWS_ARTICLES
    rows = df.to_dicts()
    assert rows[0]["canonical_url"] == "https://example.com/a"
    assert rows[0]["url"] == "https://Example.com/a?utm_source=rss"
    assert rows[0]["article_id"] == hashlib.sha1(b"https://example.com/a").hexdigest()
    assert rows[0]["title"] == "xAI doubles Colossus"
    assert rows[0]["language"] == "en"
    assert rows[0]["published_at"] == datetime(2025, 6, 10, 8, tzinfo=UTC)
    assert rows[0]["content_hash"] == content_hash(raws[0].text)
    assert rows[1]["language"] == "de"
    assert rows[1]["canonical_url"] is None
    assert rows[1]["article_id"] == hashlib.sha1(rows[1]["content_hash"].encode()).hexdigest()
    assert rows[2]["text"] == "英伟达发布新一代数据中心芯片"  # the title stands in for no text
    assert rows[2]["language"] == "zh"
    assert {r["source"] for r in rows} == {"inbox"}
    assert {r["batch_id"] for r in rows} == {"b1"}
    assert {r["fetched_at"] for r in rows} == {FETCHED}
    assert [r["duplicate_of"] for r in rows] == [None, None, None]


def test_build_articles_skips_known_ids_and_is_stable_across_runs():
    raws = [
        RawArticle(source_name="a", text="First article text about GPUs.", url="https://e.com/1"),
        RawArticle(source_name="b", text="Second article text about TPUs.", url="https://e.com/2"),
    ]
    first = build_articles(raws, source="feed", fetched_at=FETCHED, batch_id="b1")
    again = build_articles(raws, source="feed", fetched_at=FETCHED, batch_id="b2")
    known = {first["article_id"][0]}
    rest = build_articles(raws, source="feed", fetched_at=FETCHED, batch_id="b3", skip_ids=known)

    assert first["article_id"].to_list() == again["article_id"].to_list()
    assert rest["url"].to_list() == ["https://e.com/2"]


def test_build_articles_of_nothing_is_an_empty_frame_with_the_schema():
    df = build_articles([], source="feed", fetched_at=FETCHED, batch_id="b")
    assert df.height == 0
    assert df.schema == NEWS_ARTICLES
