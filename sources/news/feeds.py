"""RSS/Atom feeds: the feed list, a pure parser and a conditional-GET fetcher.

- :func:`load_feeds` reads the user-editable list (``sources/news/feeds.toml`` by default,
  ``LEDGER_FEEDS_FILE`` to override; the file documents its own format).
- :func:`parse_feed_entries` / :func:`parse_feed` are pure: feed bytes in, entries or
  ``NEWS_ARTICLES`` rows out (feedparser does the RSS/Atom/RDF reading).
- :func:`fetch_feed` does one feed: a conditional GET with the feed's saved validators
  (``FEED_STATE``: ETag, Last-Modified), so an unchanged feed answers 304 and yields no
  articles; for feeds marked ``fetch_full_text`` it fetches the article page of every new
  entry that carries only a summary and extracts the main text (:mod:`sources.news.pages`).
  Failures become :class:`IngestError` values; a failed page keeps the entry's summary.

Article URLs are the publisher's own: FeedBurner's tracking links give way to the item's
``feedburner:origLink``, redirectors with the target in their path (The Register's
``go.theregister.com/feed/<host>/<path>``) are unwrapped, and a fetched page's final URL (after
redirects) replaces the feed link. So the same article from a
feed and from GDELT has one canonical URL. A feed that is not well-formed XML is an error even
when the lenient parser still finds some entries (those are kept).
"""

from __future__ import annotations

import tomllib
import xml.sax
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any

import feedparser
import httpx
import lxml.html
import polars as pl
from lxml import etree

from sources.http import FetchError, HttpClient, decode_body
from sources.news.articles import (
    RawArticle,
    article_id,
    build_articles,
    canonical_url,
    clean_text,
    content_hash,
)
from sources.news.errors import IngestError
from sources.news.language import normalize_language
from sources.news.pages import Page, PageError, fetch_page
from sources.schemas import FEED_STATE

SOURCE = "feed"
FULL_TEXT_MIN_CHARS = 600  # an entry body shorter than this is a summary, not the article
MAX_PAGES_PER_FEED = 50  # page fetches per feed and run: bounds a run on a feed's first visit
# Redirectors whose path holds the target without its scheme: host -> path prefix.
_PATH_REDIRECTORS = {"go.theregister.com": "/feed/"}
_BLOCK_TAGS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr"}


class FeedConfigError(ValueError):
    """The feed list file is malformed (the message names the entry and the problem)."""


class FeedParseError(ValueError):
    """A feed URL answered with something that is not an RSS/Atom/RDF feed."""


@dataclass(frozen=True)
class Feed:
    """One entry of the feed list."""

    name: str
    url: str
    language: str | None = None  # ISO 639-1; None: detect per article
    fetch_full_text: bool = False


@dataclass(frozen=True)
class FeedEntry:
    """One item of a parsed feed."""

    title: str | None
    url: str | None
    text: str
    published_at: datetime | None
    language: str | None
    is_full_text: bool  # the feed carried the whole article, not just a summary


@dataclass(frozen=True)
class FeedFetch:
    """Outcome of :func:`fetch_feed` for one feed."""

    articles: pl.DataFrame  # NEWS_ARTICLES
    errors: list[IngestError] = field(default_factory=list)
    state: dict[str, Any] = field(default_factory=dict)  # one FEED_STATE row
    not_modified: bool = False


def load_feeds(path: Path) -> list[Feed]:
    """The feeds listed in a TOML file of ``[[feed]]`` tables (see ``feeds.toml``)."""
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise FeedConfigError(f"{path}: cannot read the feed list ({exc})") from exc
    entries = data.get("feed", [])
    if not isinstance(entries, list):
        raise FeedConfigError(f"{path}: 'feed' must be an array of tables ([[feed]])")
    feeds: list[Feed] = []
    seen: set[str] = set()
    for number, entry in enumerate(entries, start=1):
        where = f"{path}: feed #{number}"
        if not isinstance(entry, dict):
            raise FeedConfigError(f"{where}: must be a table")
        unknown = set(entry) - {"name", "url", "language", "fetch_full_text"}
        if unknown:
            raise FeedConfigError(f"{where}: unknown keys {sorted(unknown)}")
        url = entry.get("url")
        if not isinstance(url, str) or canonical_url(url) is None:
            raise FeedConfigError(f"{where}: 'url' must be an http(s) URL, got {url!r}")
        name = entry.get("name", url)
        language = entry.get("language")
        full = entry.get("fetch_full_text", False)
        if not isinstance(name, str) or not name.strip():
            raise FeedConfigError(f"{where}: 'name' must be a non-empty string")
        if language is not None and normalize_language(str(language)) is None:
            raise FeedConfigError(f"{where}: unknown language {language!r}")
        if not isinstance(full, bool):
            raise FeedConfigError(f"{where}: 'fetch_full_text' must be true or false")
        if url in seen:
            raise FeedConfigError(f"{where}: duplicate url {url}")
        seen.add(url)
        feeds.append(Feed(name.strip(), url, normalize_language(language), full))
    return feeds


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment (feed summaries), paragraphs kept as blank lines."""
    if "<" not in fragment:
        return clean_text(fragment)
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return clean_text(fragment)
    for element in root.iter():
        if element.tag in _BLOCK_TAGS:
            element.tail = "\n\n" + (element.tail or "")
    text = root.text_content()
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return clean_text("\n".join(lines))


def article_url(link: str | None) -> str | None:
    """The publisher's URL behind a feed link (redirectors with the target in the path)."""
    link = (link or "").strip() or None
    if link is None:
        return None
    try:
        parts = httpx.URL(link)
    except httpx.InvalidURL:
        return link
    prefix = _PATH_REDIRECTORS.get(parts.host.lower())
    if prefix and parts.path.startswith(prefix):
        target = "https://" + link.split(prefix, 1)[1]
        if canonical_url(target) is not None:
            return target
    return link


def parse_feed_entries(content: bytes, content_type: str | None = None) -> list[FeedEntry]:
    """The entries of an RSS/Atom/RDF document; raises :class:`FeedParseError` otherwise.

    The bytes are decoded with :func:`sources.http.decode_body` (so a wrong declared charset
    is survived) and handed to feedparser as UTF-8.
    """
    entries, _ = read_feed(content, content_type)
    return entries


def read_feed(
    content: bytes, content_type: str | None = None
) -> tuple[list[FeedEntry], str | None]:
    """Entries of a feed and, for a feed that is not well-formed XML, the parser's complaint.

    Raises :class:`FeedParseError` when no feed is recognised, or when the XML is broken and
    no entry could be read (an empty result would otherwise look like a quiet feed).
    """
    text, _ = decode_body(content, content_type)
    parsed = feedparser.parse(
        text.encode("utf-8"), response_headers={"content-type": "application/xml; charset=utf-8"}
    )
    problem = parsed.get("bozo_exception")
    if not parsed.get("version"):
        detail = f": {problem}" if problem else ""
        raise FeedParseError(f"not an RSS/Atom feed{detail}")
    malformed = None
    if isinstance(problem, xml.sax.SAXException):
        malformed = f"the feed is not well-formed XML ({problem})"
        if not parsed.entries:
            raise FeedParseError(f"{malformed}: no entries read")
    feed_language = normalize_language(parsed.feed.get("language"))
    entries = []
    for item in parsed.entries:
        summary = html_to_text(item.get("summary", "") or "")
        bodies = [html_to_text(c.get("value", "")) for c in item.get("content", []) or []]
        body = max(bodies, key=len, default="")
        text = body if len(body) > len(summary) else summary
        when = item.get("published_parsed") or item.get("updated_parsed")
        entries.append(
            FeedEntry(
                title=" ".join((item.get("title") or "").split()) or None,
                url=article_url(item.get("feedburner_origlink") or item.get("link")),
                text=text,
                published_at=datetime(*when[:6]) if when else None,
                language=feed_language,
                is_full_text=len(body) >= FULL_TEXT_MIN_CHARS,
            )
        )
    return entries, malformed


def parse_feed(
    content: bytes,
    feed: Feed,
    *,
    fetched_at: datetime,
    batch_id: str,
    content_type: str | None = None,
) -> pl.DataFrame:
    """``NEWS_ARTICLES`` rows for a feed document (entry text as the feed gives it)."""
    entries = [e for e in parse_feed_entries(content, content_type) if e.text or e.title]
    return build_articles(
        [_raw(entry, feed) for entry in entries],
        source=SOURCE,
        fetched_at=fetched_at,
        batch_id=batch_id,
    )


def state_row(
    feed_url: str,
    *,
    etag: str | None,
    last_modified: str | None,
    last_status: int | None,
    last_fetched_at: datetime,
) -> dict[str, Any]:
    """One ``FEED_STATE`` row."""
    return {
        "feed_url": feed_url,
        "etag": etag,
        "last_modified": last_modified,
        "last_status": last_status,
        "last_fetched_at": last_fetched_at,
    }


def fetch_feed(
    client: HttpClient,
    feed: Feed,
    state: Mapping[str, Any] | None,
    *,
    fetched_at: datetime,
    batch_id: str,
    known_article_ids: Collection[str] = frozenset(),
    page_fetcher: Callable[[HttpClient, str], Page] = fetch_page,
    max_pages: int = MAX_PAGES_PER_FEED,
) -> FeedFetch:
    """Fetch one feed (conditional GET), its new entries, and their pages when configured.

    ``state`` is the feed's ``FEED_STATE`` row from the last run (or None); the returned
    :attr:`FeedFetch.state` replaces it. Entries whose ``article_id`` is in
    ``known_article_ids`` are skipped before any page is fetched.
    """
    state = state or {}
    etag, last_modified = state.get("etag"), state.get("last_modified")
    empty = build_articles([], source=SOURCE, fetched_at=fetched_at, batch_id=batch_id)
    try:
        result = client.get(feed.url, etag=etag, last_modified=last_modified)
    except FetchError as exc:
        new_state = state_row(
            feed.url,
            etag=etag,
            last_modified=last_modified,
            last_status=exc.status,
            last_fetched_at=fetched_at,
        )
        return FeedFetch(empty, [IngestError(SOURCE, feed.url, exc.reason)], new_state)
    new_state = state_row(
        feed.url,
        etag=result.etag,
        last_modified=result.last_modified,
        last_status=result.status,
        last_fetched_at=fetched_at,
    )
    if result.not_modified:
        return FeedFetch(empty, [], new_state, not_modified=True)
    # Keep the old validators when the feed is broken: the next run must fetch (and report)
    # this URL again.
    bad_state = {**new_state, "etag": etag, "last_modified": last_modified}
    try:
        entries, malformed = read_feed(result.content, result.headers.get("Content-Type"))
    except FeedParseError as exc:
        return FeedFetch(empty, [IngestError(SOURCE, feed.url, str(exc))], bad_state)

    errors: list[IngestError] = []
    if malformed is not None:
        new_state = bad_state
        errors.append(IngestError(SOURCE, feed.url, f"{malformed}: read {len(entries)} entries"))
    raws: list[RawArticle] = []
    pages_fetched = 0
    for entry in entries:
        if not (entry.text or entry.title):
            continue
        canonical = canonical_url(entry.url)
        if article_id(canonical, content_hash(entry.text or entry.title or "")) in (
            known_article_ids
        ):
            continue
        if feed.fetch_full_text and not entry.is_full_text and entry.url:
            if pages_fetched >= max_pages:
                errors.append(
                    IngestError("page", entry.url, f"page not fetched: over {max_pages} pages")
                )
            else:
                pages_fetched += 1
                entry = _with_page(client, entry, page_fetcher, errors)
        raws.append(_raw(entry, feed))
    articles = build_articles(raws, source=SOURCE, fetched_at=fetched_at, batch_id=batch_id)
    return FeedFetch(articles, errors, new_state)


def feed_state_frame(rows: list[Mapping[str, Any]]) -> pl.DataFrame:
    """``FEED_STATE`` DataFrame from rows made by :func:`state_row`."""
    return pl.DataFrame([dict(r) for r in rows], schema=FEED_STATE)


def _with_page(
    client: HttpClient,
    entry: FeedEntry,
    page_fetcher: Callable[[HttpClient, str], Page],
    errors: list[IngestError],
) -> FeedEntry:
    assert entry.url is not None
    try:
        page = page_fetcher(client, entry.url)
    except (FetchError, PageError) as exc:
        reason = exc.reason if isinstance(exc, FetchError) else str(exc)
        errors.append(IngestError("page", entry.url, f"{reason}; kept the feed summary"))
        return entry
    # where the redirects ended is the publisher's URL (what GDELT reports too)
    url = article_url(page.final_url) or entry.url
    if len(page.text) <= len(entry.text):
        return replace(entry, url=url)
    return FeedEntry(
        title=entry.title or page.title,
        url=url,
        text=page.text,
        published_at=entry.published_at or page.published_at,
        language=entry.language or page.language,
        is_full_text=True,
    )


def _raw(entry: FeedEntry, feed: Feed) -> RawArticle:
    return RawArticle(
        source_name=feed.name,
        text=entry.text,
        title=entry.title,
        url=entry.url,
        language=feed.language or entry.language,
        published_at=entry.published_at,
    )
