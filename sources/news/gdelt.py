"""GDELT DOC 2.0 API: articles about AI compute seen on one UTC day, in several languages.

One request per query and time window (``mode=ArtList``, ``format=json``,
``maxrecords=250``, ``startdatetime``/``enddatetime`` as ``YYYYMMDDHHMMSS``), so a Dagster day
partition can backfill any day GDELT still serves. A window that returns the full 250 rows is
split in two and asked again (down to ``MIN_WINDOW``), since the API silently truncates.

GDELT returns titles, not text: an article's ``text`` is its title unless ``fetch_pages`` is
on, in which case the page is fetched and its main text extracted (a failed page keeps the
title and is reported). Quirks handled in :func:`parse_artlist`: errors come back as plain
text with status 200 (``"Invalid query..."``, ``"Please limit requests..."``), an empty result
is ``{}``, titles carry unescaped control characters and spaces before punctuation.

GDELT asks for at most one request every five seconds: :func:`fetch_day` pauses between
requests (``pause_seconds``).
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

import httpx
import polars as pl

from sources.http import FetchError, HttpClient
from sources.news.articles import RawArticle, article_id, build_articles, canonical_url
from sources.news.errors import IngestError
from sources.news.language import normalize_language
from sources.news.pages import Page, PageError, fetch_page

SOURCE = "gdelt"
API_URL = "https://api.gdeltproject.org/api/v2/doc/doc"
MAX_RECORDS = 250
MIN_WINDOW = timedelta(hours=3)
PAUSE_SECONDS = 5.0
MAX_PAGES = 200  # page fetches per day and run when fetch_pages is on
_SPACE_BEFORE_PUNCT = re.compile(r"\s+([,.;:!?%)\]])")
_SPACE_AFTER_OPEN = re.compile(r"([(\[])\s+")
_SPLIT_NUMBER = re.compile(r"(\d) ([,.]) (\d{3})\b")


@dataclass(frozen=True)
class GdeltQuery:
    """One GDELT query string (GDELT syntax: quoted phrases, ``OR`` inside parentheses,
    ``sourcelang:``) and the ISO 639-1 language it targets."""

    name: str
    query: str
    language: str | None = None


# GDELT matches keywords in the article's own language; names of chips and companies are
# the same in every language, so each query pairs them with the language's own words.
DEFAULT_QUERIES: tuple[GdeltQuery, ...] = (
    GdeltQuery(
        "en-compute",
        '("GPU cluster" OR "AI supercomputer" OR "AI chips" OR "AI data center" OR H100 '
        'OR "Blackwell GPUs") sourcelang:english',
        "en",
    ),
    GdeltQuery(
        "en-funding",
        '(OpenAI OR Anthropic OR xAI OR "Mistral AI" OR CoreWeave) '
        '(funding OR valuation OR "funding round") sourcelang:english',
        "en",
    ),
    GdeltQuery("de", '(Nvidia OR "KI-Rechenzentrum" OR "KI-Chips") sourcelang:german', "de"),
    GdeltQuery("fr", '(Nvidia OR "puces IA" OR supercalculateur) sourcelang:french', "fr"),
    GdeltQuery("es", '(Nvidia OR "chips de IA" OR supercomputadora) sourcelang:spanish', "es"),
    GdeltQuery("pt", '(Nvidia OR "chips de IA" OR supercomputador) sourcelang:portuguese', "pt"),
    GdeltQuery("it", '(Nvidia OR "chip per IA" OR supercomputer) sourcelang:italian', "it"),
    GdeltQuery("id", '(Nvidia OR "pusat data" OR "chip AI") sourcelang:indonesian', "id"),
    GdeltQuery("ja", "(Nvidia OR GPU) sourcelang:japanese", "ja"),
    GdeltQuery("zh", "(Nvidia OR GPU) sourcelang:chinese", "zh"),
    GdeltQuery("ko", "(Nvidia OR GPU) sourcelang:korean", "ko"),
    GdeltQuery("ru", "(Nvidia OR GPU) sourcelang:russian", "ru"),
)


class GdeltResponseError(ValueError):
    """GDELT answered with an error message or something that is not its JSON."""


@dataclass(frozen=True)
class GdeltArticle:
    """One row of GDELT's ArtList."""

    url: str
    title: str | None
    seen_at: datetime | None  # when GDELT saw it: stored as published_at (the best we have)
    language: str | None  # ISO 639-1 from GDELT's language name
    domain: str | None


@dataclass(frozen=True)
class GdeltDay:
    """Outcome of :func:`fetch_day`."""

    articles: pl.DataFrame  # NEWS_ARTICLES
    errors: list[IngestError] = field(default_factory=list)
    requests: int = 0


def clean_title(title: str | None) -> str | None:
    """GDELT's title with its tokenizer spacing undone ("Nvidia , AMD" -> "Nvidia, AMD",
    "200 , 000" -> "200,000")."""
    if not title:
        return None
    title = " ".join(title.split())
    title = _SPLIT_NUMBER.sub(r"\1\2\3", title)  # "200 , 000" -> "200,000"
    title = _SPACE_AFTER_OPEN.sub(r"\1", _SPACE_BEFORE_PUNCT.sub(r"\1", title))
    return title or None


def parse_artlist(content: bytes | str) -> list[GdeltArticle]:
    """The articles of an ArtList JSON response; raises :class:`GdeltResponseError`."""
    text = content.decode("utf-8", errors="replace") if isinstance(content, bytes) else content
    text = text.strip().lstrip("\ufeff")
    if not text:
        raise GdeltResponseError("empty response body")
    try:
        # strict=False: GDELT titles sometimes hold raw control characters.
        data = json.loads(text, strict=False)
    except json.JSONDecodeError:
        raise GdeltResponseError(f"GDELT error: {text[:200]}") from None
    if not isinstance(data, dict):
        raise GdeltResponseError(f"unexpected JSON ({type(data).__name__}, expected an object)")
    items = data.get("articles", [])
    if not isinstance(items, list):
        raise GdeltResponseError("'articles' is not a list")
    articles = []
    for item in items:
        if not isinstance(item, dict) or not isinstance(item.get("url"), str):
            continue
        seen = item.get("seendate")
        articles.append(
            GdeltArticle(
                url=item["url"].strip(),
                title=clean_title(item.get("title")),
                seen_at=_parse_seendate(seen) if isinstance(seen, str) else None,
                language=normalize_language(item.get("language")),
                domain=item.get("domain") or None,
            )
        )
    return articles


def _parse_seendate(value: str) -> datetime | None:
    try:
        return datetime.strptime(value.strip(), "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
    except ValueError:
        return None


def parse_gdelt(
    content: bytes | str,
    *,
    fetched_at: datetime,
    batch_id: str,
    default_language: str | None = None,
) -> pl.DataFrame:
    """``NEWS_ARTICLES`` rows for an ArtList response (text = title)."""
    articles = [a for a in parse_artlist(content) if a.title]
    return build_articles(
        [_raw(a, None, default_language) for a in articles],
        source=SOURCE,
        fetched_at=fetched_at,
        batch_id=batch_id,
    )


def request_params(query: str, start: datetime, end: datetime) -> dict[str, str | int]:
    """Query parameters of one ArtList request for ``[start, end]`` (UTC)."""
    return {
        "query": query,
        "mode": "ArtList",
        "format": "json",
        "maxrecords": MAX_RECORDS,
        "sort": "DateDesc",
        "startdatetime": start.strftime("%Y%m%d%H%M%S"),
        "enddatetime": end.strftime("%Y%m%d%H%M%S"),
    }


def fetch_day(
    client: HttpClient,
    day: date,
    *,
    fetched_at: datetime,
    batch_id: str,
    queries: Sequence[GdeltQuery] = DEFAULT_QUERIES,
    fetch_pages: bool = False,
    known_article_ids: Collection[str] = frozenset(),
    api_url: str = API_URL,
    pause_seconds: float = PAUSE_SECONDS,
    sleep: Callable[[float], None] = time.sleep,
    page_fetcher: Callable[[HttpClient, str], Page] = fetch_page,
    max_pages: int = MAX_PAGES,
) -> GdeltDay:
    """All articles GDELT saw on ``day`` (UTC) for ``queries``; failures become errors."""
    start = datetime(day.year, day.month, day.day, tzinfo=UTC)
    errors: list[IngestError] = []
    found: dict[str, tuple[GdeltArticle, str | None]] = {}
    requests = 0
    for query in queries:
        windows = [(start, start + timedelta(days=1) - timedelta(seconds=1))]
        while windows:
            lo, hi = windows.pop(0)
            if requests:
                sleep(pause_seconds)
            requests += 1
            params = request_params(query.query, lo, hi)
            where = str(httpx.URL(api_url, params=params))
            try:
                result = client.get(api_url, params=params)
                batch = parse_artlist(result.content)
            except FetchError as exc:
                errors.append(IngestError(SOURCE, where, exc.reason))
                continue
            except GdeltResponseError as exc:
                errors.append(IngestError(SOURCE, where, str(exc)))
                continue
            if len(batch) >= MAX_RECORDS and hi - lo > MIN_WINDOW:
                middle = lo + (hi - lo) / 2
                windows[:0] = [(lo, middle), (middle + timedelta(seconds=1), hi)]
                continue
            for article in batch:
                found.setdefault(article.url, (article, query.language))

    raws: list[RawArticle] = []
    pages = 0
    for article, language in found.values():
        if not article.title:
            continue
        canonical = canonical_url(article.url)
        if canonical is not None and article_id(canonical, "") in known_article_ids:
            continue
        page = None
        if fetch_pages and pages < max_pages:
            pages += 1
            try:
                page = page_fetcher(client, article.url)
            except (FetchError, PageError) as exc:
                reason = exc.reason if isinstance(exc, FetchError) else str(exc)
                errors.append(IngestError("page", article.url, f"{reason}; kept the title"))
        raws.append(_raw(article, page, language))
    frame = build_articles(raws, source=SOURCE, fetched_at=fetched_at, batch_id=batch_id)
    return GdeltDay(frame, errors, requests)


def _raw(article: GdeltArticle, page: Page | None, language: str | None) -> RawArticle:
    return RawArticle(
        source_name=article.domain or "gdelt",
        text=page.text if page is not None else (article.title or ""),
        title=article.title,
        url=article.url,
        language=article.language or (page.language if page else None) or language,
        published_at=article.seen_at,
    )
