"""sources/news/feeds.py: feed list, pure parsing, conditional GET and a batch of faults."""

from __future__ import annotations

import random
import re
from datetime import UTC, datetime
from pathlib import Path

import polars as pl
import pytest

from sources.http import HttpClient
from sources.news.feeds import (
    FULL_TEXT_MIN_CHARS,
    Feed,
    FeedConfigError,
    FeedParseError,
    article_url,
    fetch_feed,
    html_to_text,
    load_feeds,
    parse_feed,
    parse_feed_entries,
)
from sources.news.pages import PageError, fetch_page
from sources.news.pipeline import collect_feeds
from sources.registry import LANGUAGES
from sources.schemas import FEED_STATE, NEWS_ARTICLES
from sources.settings import SOURCES_DIR, Settings

FETCHED = datetime(2025, 6, 10, 12, tzinfo=UTC)
BASE = "https://desk.example.com"


class Sleeps(list):
    def __call__(self, seconds: float) -> None:
        self.append(seconds)


def rss(title: str, items: list[tuple[str, str, str]], encoding: str = "utf-8") -> bytes:
    """A small RSS 2.0 document with (title, link, description) items."""
    body = "".join(
        f"<item><title>{t}</title><link>{link}</link><description>{d}</description>"
        "<pubDate>Tue, 10 Jun 2025 08:00:00 +0000</pubDate></item>"
        for t, link, d in items
    )
    doc = (
        f'<?xml version="1.0" encoding="{encoding}"?><rss version="2.0"><channel>'
        f"<title>{title}</title><link>https://example.com/</link>{body}</channel></rss>"
    )
    return doc.encode(encoding)


# --- the feed list --------------------------------------------------------------------


def test_bundled_feed_list_is_valid_and_multilingual():
    feeds = load_feeds(SOURCES_DIR / "news" / "feeds.toml")
    assert len(feeds) >= 15
    assert all(f.url.startswith("https://") for f in feeds)
    assert all(f.language in LANGUAGES for f in feeds)
    assert {"en", "de", "fr", "es", "ja", "zh", "id", "ko"} <= {f.language for f in feeds}
    assert any(f.fetch_full_text for f in feeds)
    assert len({f.url for f in feeds}) == len(feeds)


def test_default_settings_point_at_the_bundled_feed_list():
    settings = Settings.from_env({"LEDGER_HOME": "/tmp/ledger-test-home"})
    assert settings.feeds_file == SOURCES_DIR / "news" / "feeds.toml"
    assert load_feeds(settings.feeds_file)


def test_load_feeds_reads_all_keys(tmp_path: Path):
    path = tmp_path / "feeds.toml"
    path.write_text(
        '[[feed]]\nname = "A"\nurl = "https://a.example/rss"\nlanguage = "pt-BR"\n'
        "fetch_full_text = true\n\n"
        '[[feed]]\nurl = "https://b.example/atom"\n',
        encoding="utf-8",
    )
    assert load_feeds(path) == [
        Feed("A", "https://a.example/rss", "pt", True),
        Feed("https://b.example/atom", "https://b.example/atom", None, False),
    ]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("[[feed]\nurl=", "cannot read the feed list"),
        ('[[feed]]\nname = "x"\n', "'url' must be an http(s) URL"),
        ('[[feed]]\nurl = "ftp://x.example/f"\n', "'url' must be an http(s) URL"),
        ('[[feed]]\nurl = "https://x.example/f"\nlang = "en"\n', "unknown keys ['lang']"),
        ('[[feed]]\nurl = "https://x.example/f"\nlanguage = "xx-zz-1"\n', "unknown language"),
        ('[[feed]]\nurl = "https://x.example/f"\nfetch_full_text = "yes"\n', "true or false"),
        (
            '[[feed]]\nurl = "https://x.example/f"\n[[feed]]\nurl = "https://x.example/f"\n',
            "duplicate url",
        ),
        ('feed = "https://x.example/f"\n', "array of tables"),
    ],
)
def test_load_feeds_rejects_malformed_lists(tmp_path: Path, content: str, message: str):
    path = tmp_path / "feeds.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(FeedConfigError, match=re.escape(message)):
        load_feeds(path)


# --- pure parsing ---------------------------------------------------------------------


def test_parse_rss_fixture(recorded):
    content = recorded("news/rss_ai_infra.xml").replace(b"{{BASE}}", BASE.encode())

    df = parse_feed(content, Feed("Compute Desk", f"{BASE}/feed"), fetched_at=FETCHED, batch_id="b")

    assert df.schema == NEWS_ARTICLES
    assert df["title"].to_list() == [
        "xAI says Colossus now runs 200,000 GPUs",
        "CoreWeave adds capacity in Texas",
        "Anthropic plans to use up to one million TPUs",
    ]
    first = df.row(0, named=True)
    assert first["url"] == f"{BASE}/articles/colossus.html?utm_source=rss&utm_medium=feed"
    assert first["canonical_url"] == f"{BASE}/articles/colossus.html"
    assert first["text"] == (
        "The Memphis cluster doubled in size after a second build phase, the company said."
    )
    assert first["published_at"] == datetime(2025, 6, 10, 8, tzinfo=UTC)
    assert first["language"] == "en"  # from the channel's <language>en-us</language>
    assert first["source"] == "feed"
    assert first["source_name"] == "Compute Desk"
    assert df["text"][1] == (
        "The cloud provider said a new hall would hold thousands of Blackwell systems."
    )


def test_parse_atom_fixture_with_full_content(recorded):
    content = recorded("news/atom_rechenzentren.xml").replace(b"{{BASE}}", BASE.encode())

    entries = parse_feed_entries(content)

    assert [e.is_full_text for e in entries] == [True, True]
    assert all(len(e.text) >= FULL_TEXT_MIN_CHARS for e in entries)
    assert entries[0].title == "Mistral AI sammelt 600 Millionen Euro ein"
    assert entries[0].url == f"{BASE}/artikel/mistral-finanzierung"
    assert entries[0].language == "de"
    assert entries[0].text.startswith("Das Pariser KI-Start-up Mistral AI hat")
    assert "\n\nMit dem Geld will" in entries[0].text  # paragraphs kept
    assert entries[0].published_at == datetime(2025, 6, 10, 4, 30)
    assert entries[1].published_at == datetime(2025, 6, 9, 16, 10)  # <updated> when no <published>


def test_feed_language_setting_wins_over_the_document(recorded):
    content = recorded("news/rss_ai_infra.xml")
    df = parse_feed(content, Feed("x", "https://x", "id"), fetched_at=FETCHED, batch_id="b")
    assert set(df["language"]) == {"id"}


@pytest.mark.parametrize(
    "content",
    [
        b"<!DOCTYPE html><html><body><h1>Welcome</h1><p>No feed here.</p></body></html>",
        bytes(random.Random(3).randrange(256) for _ in range(2000)),
        b"",
        b'{"items": []}',
    ],
)
def test_non_feed_bodies_are_rejected(content):
    with pytest.raises(FeedParseError, match="not an RSS/Atom feed"):
        parse_feed_entries(content)


def test_feed_with_wrong_declared_charset_still_parses():
    body = rss("Société", [("Réseau", "https://e.com/1", "Numérique")], encoding="latin-1")
    body = body.replace(b'encoding="latin-1"', b'encoding="utf-8"')
    entries = parse_feed_entries(body, "application/rss+xml; charset=utf-8")
    assert (entries[0].title, entries[0].text) == ("Réseau", "Numérique")


def test_html_to_text():
    assert html_to_text("<p>One <b>bold</b> line.</p><p>Two</p>") == "One bold line.\n\nTwo"
    assert html_to_text("plain &amp; simple") == "plain &amp; simple"
    assert html_to_text("Line<br>break") == "Line\n\nbreak"
    assert html_to_text("") == ""


# --- fetching -------------------------------------------------------------------------


def test_fetch_feed_fetches_pages_for_summaries_and_keeps_summary_on_page_error(
    http_server, recorded
):
    Reply = http_server.Reply
    feed_url = http_server.route(
        "/feeds/compute.xml", Reply(body=recorded("news/rss_ai_infra.xml"), etag='"c1"')
    )
    http_server.route("/articles/colossus.html", Reply(body=recorded("news/article_colossus.html")))
    http_server.route("/articles/anthropic-tpu.html", Reply(500), Reply(500))
    feed = Feed("Compute Desk", feed_url, fetch_full_text=True)

    with HttpClient(retries=1, backoff_base=0.001) as client:
        result = fetch_feed(client, feed, None, fetched_at=FETCHED, batch_id="b")

    texts = dict(zip(result.articles["title"], result.articles["text"], strict=True))
    assert texts["xAI says Colossus now runs 200,000 GPUs"].startswith(
        "xAI says Colossus now runs 200,000 GPUs\nxAI said on Tuesday"
    )
    assert texts["CoreWeave adds capacity in Texas"].startswith("The cloud provider said")
    assert [
        (e.source, e.url.removeprefix(http_server.base_url), e.error) for e in result.errors
    ] == [
        ("page", "/articles/coreweave.html", "HTTP 404 Not Found; kept the feed summary"),
        (
            "page",
            "/articles/anthropic-tpu.html",
            "HTTP 500 Internal Server Error after 2 attempts; kept the feed summary",
        ),
    ]
    assert result.state == {
        "feed_url": feed_url,
        "etag": '"c1"',
        "last_modified": None,
        "last_status": 200,
        "last_fetched_at": FETCHED,
    }


def test_fetch_feed_conditional_get_second_run_is_304_with_no_articles(http_server, recorded):
    Reply = http_server.Reply
    url = http_server.route(
        "/feeds/compute.xml", Reply(body=recorded("news/rss_ai_infra.xml"), etag='"v7"')
    )
    feed = Feed("Compute Desk", url)
    with HttpClient(retries=0) as client:
        first = fetch_feed(client, feed, None, fetched_at=FETCHED, batch_id="b1")
        second = fetch_feed(client, feed, first.state, fetched_at=FETCHED, batch_id="b2")

    assert first.articles.height == 3
    assert second.not_modified is True
    assert second.articles.height == 0
    assert second.errors == []
    assert second.state["last_status"] == 304
    assert second.state["etag"] == '"v7"'
    hits = http_server.hits("/feeds/compute.xml")
    assert "If-None-Match" not in hits[0].headers
    assert hits[1].headers["If-None-Match"] == '"v7"'


def test_fetch_feed_skips_known_articles_before_fetching_pages(http_server, recorded):
    Reply = http_server.Reply
    content = recorded("news/rss_ai_infra.xml")
    url = http_server.route("/feeds/compute.xml", Reply(body=content))
    http_server.route("/articles/colossus.html", Reply(body=recorded("news/article_colossus.html")))
    known = parse_feed(
        content.replace(b"{{BASE}}", http_server.base_url.encode()),
        Feed("x", url),
        fetched_at=FETCHED,
        batch_id="b0",
    )["article_id"].to_list()

    with HttpClient(retries=0) as client:
        result = fetch_feed(
            client,
            Feed("x", url, fetch_full_text=True),
            None,
            fetched_at=FETCHED,
            batch_id="b1",
            known_article_ids=set(known),
        )

    assert result.articles.height == 0
    assert [r.path for r in http_server.requests] == ["/feeds/compute.xml"]


def test_one_batch_with_every_fault_loads_the_healthy_feeds(http_server, recorded, tmp_path):
    Reply = http_server.Reply
    ok = {"Content-Type": "application/rss+xml; charset=utf-8"}
    routes = {
        "/good.xml": [Reply(body=recorded("news/rss_ai_infra.xml"), headers=ok, etag='"g1"')],
        "/atom.xml": [Reply(body=recorded("news/atom_rechenzentren.xml"), etag='"a1"')],
        "/flaky.xml": [
            Reply(500),
            Reply(body=rss("Flaky", [("Recovered", "https://f.example/1", "Back after a 500.")])),
        ],
        "/limited.xml": [
            Reply(429, headers={"Retry-After": "3"}),
            Reply(body=rss("Limited", [("Patient", "https://l.example/1", "Waited 3 s.")])),
        ],
        "/slow.xml": [Reply(body=rss("Slow", []), delay=0.5)],
        "/truncated.xml": [Reply(body=rss("Cut", [("A", "https://c.example/1", "x")])[:60],
                                 content_length=400)],
        "/latin1-says-utf8.xml": [
            Reply(
                body=rss("Presse", [("Électricité", "https://p.example/1", "Données")], "latin-1")
                .replace(b'encoding="latin-1"', b'encoding="utf-8"'),
                headers=ok,
            )
        ],
        "/utf8-says-latin1.xml": [
            Reply(
                body=rss("Presse", [("Économie", "https://p.example/2", "Énergie")]),
                headers={"Content-Type": "application/rss+xml; charset=iso-8859-1"},
            )
        ],
        "/html.xml": [Reply(body=b"<html><body><p>Moved to our new site</p></body></html>")],
        "/garbage.xml": [Reply(body=bytes(random.Random(5).randrange(256) for _ in range(900)))],
        "/huge.xml": [Reply(body=b"<rss>" + b" " * 60_000 + b"</rss>")],
    }  # fmt: skip
    for path, replies in routes.items():
        http_server.route(path, *replies)
    feeds_file = tmp_path / "feeds.toml"
    feeds_file.write_text(
        "".join(f'[[feed]]\nname = "{p}"\nurl = "{http_server.url(p)}"\n\n' for p in routes),
        encoding="utf-8",
    )
    settings = Settings.from_env(
        {"LEDGER_HOME": str(tmp_path), "LEDGER_FEEDS_FILE": str(feeds_file)}
    )
    sleeps = Sleeps()
    with HttpClient(
        timeout=0.2, retries=1, backoff_base=0.001, max_bytes=50_000, sleep=sleeps
    ) as client:
        first = collect_feeds(settings, client, None, fetched_at=FETCHED, batch_id="b1")
        second = collect_feeds(
            settings, client, first.feed_state, fetched_at=FETCHED, batch_id="b2"
        )

    errors = {
        row["url"].removeprefix(http_server.base_url): row["error"]
        for row in first.errors.iter_rows(named=True)
    }
    assert set(errors) == {"/slow.xml", "/truncated.xml", "/html.xml", "/garbage.xml", "/huge.xml"}
    assert errors["/slow.xml"] == "timed out (ReadTimeout) after 2 attempts"
    assert errors["/truncated.xml"].startswith("incomplete or malformed response")
    assert errors["/html.xml"].startswith("not an RSS/Atom feed")
    assert errors["/garbage.xml"].startswith("not an RSS/Atom feed")
    assert errors["/huge.xml"] == "response too large: Content-Length 60011 exceeds max_bytes=50000"
    assert set(first.errors["batch_id"]) == {"b1"}
    assert 3.0 in sleeps  # Retry-After honoured

    titles = set(first.articles["title"])
    assert {
        "xAI says Colossus now runs 200,000 GPUs",
        "Mistral AI sammelt 600 Millionen Euro ein",
        "Recovered",
        "Patient",
        "Électricité",
        "Économie",
    } <= titles
    assert first.articles.height == 3 + 2 + 1 + 1 + 1 + 1
    by_title = dict(zip(first.articles["title"], first.articles["text"], strict=True))
    assert by_title["Électricité"] == "Données"
    assert by_title["Économie"] == "Énergie"
    assert first.stats == {
        "feeds": 11,
        "feeds_not_modified": 0,
        "feeds_failed": 5,
        "feed_articles": 9,
    }

    state = first.feed_state
    assert state.schema == FEED_STATE
    assert state.height == 11
    status = dict(
        zip(
            [u.removeprefix(http_server.base_url) for u in state["feed_url"]],
            state["last_status"],
            strict=True,
        )
    )
    assert status["/good.xml"] == 200
    assert status["/slow.xml"] is None
    assert status["/html.xml"] == 200

    # Second run: the two feeds with an ETag answer 304 and add nothing; the rest are fetched.
    assert second.stats["feeds_not_modified"] == 2
    assert "Mistral AI sammelt 600 Millionen Euro ein" not in set(second.articles["title"])
    assert http_server.hits("/good.xml")[1].headers["If-None-Match"] == '"g1"'
    assert second.feed_state.filter(pl.col("feed_url").str.ends_with("/good.xml"))[
        "last_status"
    ].to_list() == [304]


def test_collect_feeds_reports_a_broken_feed_list_as_an_error(tmp_path):
    feeds_file = tmp_path / "feeds.toml"
    feeds_file.write_text("[[feed]]\nname = 1\n", encoding="utf-8")
    settings = Settings.from_env(
        {"LEDGER_HOME": str(tmp_path), "LEDGER_FEEDS_FILE": str(feeds_file)}
    )
    with HttpClient() as client:
        result = collect_feeds(settings, client, None, fetched_at=FETCHED, batch_id="b")
    assert result.articles.height == 0
    assert result.errors["error"][0].endswith("'url' must be an http(s) URL, got None")


# --- the real services' link formats, broken XML, internal addresses -------------------


def test_feedburner_orig_link_is_the_article_url(recorded):
    entries = parse_feed_entries(recorded("news/rss_feedburner.xml"))
    assert [e.url for e in entries] == [
        "https://desk.example.com/2025/06/10/lab-doubles-cluster/",
        "https://desk.example.com/2025/06/10/chip-startup-round/",
    ]


def test_register_feed_redirects_are_unwrapped(recorded):
    entries = parse_feed_entries(recorded("news/atom_register_style.xml"))
    assert entries[0].url == "https://www.theregister.com/2025/06/10/liquid_cooled_gpu_halls/"


@pytest.mark.parametrize(
    ("link", "expected"),
    [
        (
            "https://go.theregister.com/feed/www.theregister.com/2025/06/10/x/",
            "https://www.theregister.com/2025/06/10/x/",
        ),
        ("https://go.theregister.com/about", "https://go.theregister.com/about"),
        ("https://desk.example.com/feed/a", "https://desk.example.com/feed/a"),
        ("  ", None),
        (None, None),
    ],
)
def test_article_url(link, expected):
    assert article_url(link) == expected


def test_a_redirecting_feed_link_is_stored_as_its_final_url(http_server, recorded):
    Reply = http_server.Reply
    final = http_server.route(
        "/2025/06/10/chip_prices/", Reply(body=recorded("news/article_colossus.html"))
    )
    http_server.route("/feed/redirect/chip_prices", Reply(302, headers={"Location": final}))
    url = http_server.route("/headlines.atom", Reply(body=recorded("news/atom_register_style.xml")))
    asked: list[str] = []

    def local_pages_only(client, page_url):  # tests never reach the internet
        asked.append(page_url)
        if not page_url.startswith(http_server.base_url):
            raise PageError("not fetched in tests")
        return fetch_page(client, page_url)

    feed = Feed("Register-style", url, "en", fetch_full_text=True)
    with HttpClient(retries=0) as client:
        result = fetch_feed(
            client, feed, None, fetched_at=FETCHED, batch_id="b", page_fetcher=local_pages_only
        )
    urls = dict(zip(result.articles["title"], result.articles["url"], strict=True))
    assert urls["Accelerator prices slide"] == final
    assert urls["Operator opens liquid-cooled GPU halls"] == (
        "https://www.theregister.com/2025/06/10/liquid_cooled_gpu_halls/"
    )
    assert asked[0] == "https://www.theregister.com/2025/06/10/liquid_cooled_gpu_halls/"


def test_invalid_xml_feed_is_an_error_not_zero_articles(http_server):
    Reply = http_server.Reply
    broken = (
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>Desk</title>'
        b"<description>AI & chips</description></channel></rss>"
    )
    url = http_server.route("/broken.xml", Reply(body=broken, etag='"v1"'))
    with HttpClient(retries=0) as client:
        result = fetch_feed(client, Feed("Desk", url), None, fetched_at=FETCHED, batch_id="b")
    assert result.articles.height == 0
    assert [e.error for e in result.errors] == [
        "the feed is not well-formed XML (<unknown>:1:102: not well-formed (invalid token)): "
        "no entries read"
    ]
    assert result.state["etag"] is None  # asked again (and reported) next run


def test_feed_broken_after_some_items_keeps_them_and_reports_the_rest(http_server):
    Reply = http_server.Reply
    whole = rss("Desk", [("GPU hall opens", "https://desk.example.com/1", "Forty megawatts.")])
    cut = whole.split(b"</channel>")[0] + b"<item><title>Second & broken"
    url = http_server.route("/cut.xml", Reply(body=cut))
    with HttpClient(retries=0) as client:
        result = fetch_feed(client, Feed("Desk", url), None, fetched_at=FETCHED, batch_id="b")
    assert result.articles["title"].to_list()[0] == "GPU hall opens"
    assert len(result.errors) == 1
    assert result.errors[0].error.startswith("the feed is not well-formed XML")
    assert "entries" in result.errors[0].error


@pytest.mark.parametrize(
    "target", ["http://169.254.169.254/latest/meta-data/", "http://10.0.0.5/", "http://[::1]:80/"]
)
def test_feed_item_leading_to_an_internal_address_is_not_fetched(http_server, target):
    Reply = http_server.Reply
    http_server.route("/story", Reply(302, headers={"Location": target}))
    items = [
        ("Direct", target, "A summary we keep."),
        ("Redirected", http_server.url("/story"), "Another summary we keep."),
    ]
    url = http_server.route("/feed.xml", Reply(body=rss("Desk", items)))
    feed = Feed("Desk", url, "en", fetch_full_text=True)
    with HttpClient(retries=0) as client:
        result = fetch_feed(client, feed, None, fetched_at=FETCHED, batch_id="b")
    texts = dict(zip(result.articles["title"], result.articles["text"], strict=True))
    assert texts == {"Direct": "A summary we keep.", "Redirected": "Another summary we keep."}
    assert len(result.errors) == 2
    assert all(e.source == "page" and "blocked" in e.error for e in result.errors)
