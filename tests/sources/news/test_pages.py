"""sources/news/pages.py: main-text extraction (pure) and page fetching (local server)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from sources.http import FetchError, HttpClient
from sources.news.pages import PageError, extract_page, fetch_page

BASE = "https://desk.example.com"


def test_extract_page_keeps_the_article_and_drops_the_chrome(recorded):
    html = recorded("news/article_colossus.html").decode().replace("{{BASE}}", BASE)

    page = extract_page(html, f"{BASE}/articles/colossus.html?utm_source=rss")

    assert page.title == "xAI says Colossus now runs 200,000 GPUs"
    assert page.url == f"{BASE}/articles/colossus.html"
    assert page.language == "en"
    assert page.published_at == datetime(2025, 6, 10, tzinfo=UTC)
    assert "now runs 200,000 GPUs after a second build phase" in page.text
    assert "about 150 megawatts from the grid" in page.text
    for chrome in ("Subscribe", "All rights reserved", "Most read", "window.analytics", "Money"):
        assert chrome not in page.text


def test_extract_page_falls_back_to_paragraphs_when_trafilatura_finds_nothing():
    html = (
        "<html><head><title>Brief</title><script>var x = 1;</script></head><body>"
        "<nav><p>Home</p></nav><div><p>Nebius opens a GPU hall in Finland.</p></div>"
        "<footer><p>Footer text</p></footer></body></html>"
    )
    page = extract_page(html)
    assert page.title == "Brief"
    assert "Nebius opens a GPU hall in Finland." in page.text
    assert "var x" not in page.text


@pytest.mark.parametrize(
    ("html", "reason"),
    [
        ("", "not an HTML document"),
        ("\x00\x01\x02", "not an HTML document"),
        ("<html><body><script>track()</script></body></html>", "no article text found"),
    ],
)
def test_extract_page_rejects_pages_without_text(html, reason):
    with pytest.raises(PageError, match=reason):
        extract_page(html)


def test_fetch_page_over_http(http_server, recorded):
    Reply = http_server.Reply
    url = http_server.route(
        "/articles/colossus.html",
        Reply(
            body=recorded("news/article_colossus.html"),
            headers={"Content-Type": "text/html; charset=utf-8"},
        ),
    )
    with HttpClient(retries=0) as client:
        page = fetch_page(client, url + "?utm_source=rss")
    assert page.url == url
    assert page.text.startswith("xAI says Colossus now runs 200,000 GPUs")


def test_fetch_page_reports_http_errors(http_server):
    with HttpClient(retries=0) as client, pytest.raises(FetchError) as info:
        fetch_page(client, http_server.url("/gone"))
    assert info.value.status == 404
