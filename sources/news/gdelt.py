"""GDELT DOC 2.0 API: articles about AI compute seen on one UTC day, in several languages.

One request per query and time window (``mode=ArtList``, ``format=json``,
``maxrecords=250``, ``startdatetime``/``enddatetime`` as ``YYYYMMDDHHMMSS``), so a Dagster day
partition can backfill any day GDELT still serves. A window that returns the full 250 rows is
split in two and asked again (down to ``MIN_WINDOW``), since the API silently truncates; a
window still full at ``MIN_WINDOW`` is recorded as an error (articles are missing).

GDELT searches the English machine translation of every article, so every query uses English
keywords and only its ``sourcelang:`` filter differs by language.

GDELT returns titles, not text: an article's ``text`` is its title unless ``fetch_pages`` is
on, in which case the page is fetched and its main text extracted (a failed page keeps the
title and is reported). Quirks handled in :func:`parse_artlist`: errors come back as plain
text with status 200 (``"Invalid query..."``, ``"Please limit requests..."``), an empty result
is ``{}``, titles carry unescaped control characters, invalid ``\\`` escapes and spaces before
punctuation.

GDELT asks for at most one request every five seconds and penalises faster clients:
:func:`fetch_day` pauses ``pause_seconds`` between requests; a 429 or the plain-text
"Please limit requests" answer pauses ``rate_limit_pause`` (at least 60 s in production) and
retries once; a second one stops the remaining queries of the day (recorded as an error), as
does the client's time budget. :attr:`GdeltDay.failed` tells the caller the day is incomplete.
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
RATE_LIMIT_PAUSE = 60.0  # GDELT's penalty lasts; a shorter pause only extends it
_RATE_LIMIT_TEXT = "please limit requests"
# A backslash that does not start a JSON escape (GDELT copies titles' backslashes raw).
_JSON_ESCAPE = re.compile(r'\\(["\\/bfnrt]|u[0-9a-fA-F]{4})?')
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


# GDELT matches keywords against each article's English machine translation, so every
# language gets the same English keywords; only the sourcelang filter differs.
_COMPUTE_KEYWORDS = (
    '("GPU cluster" OR "AI supercomputer" OR "AI chips" OR "AI data center" OR H100 '
    'OR "Blackwell GPUs")'
)
_FUNDING_KEYWORDS = (
    '(OpenAI OR Anthropic OR xAI OR "Mistral AI" OR CoreWeave) '
    '(funding OR valuation OR "funding round")'
)
_OTHER_LANGUAGE_KEYWORDS = (
    '(Nvidia OR "AI chips" OR "GPU cluster" OR "AI supercomputer" OR "AI data center" '
    'OR "funding round")'
)
# ISO 639-1 code -> GDELT's sourcelang name
SOURCE_LANGUAGES = {
    "de": "german",
    "fr": "french",
    "es": "spanish",
    "pt": "portuguese",
    "it": "italian",
    "id": "indonesian",
    "ja": "japanese",
    "zh": "chinese",
    "ko": "korean",
    "ru": "russian",
}
DEFAULT_QUERIES: tuple[GdeltQuery, ...] = (
    GdeltQuery("en-compute", f"{_COMPUTE_KEYWORDS} sourcelang:english", "en"),
    GdeltQuery("en-funding", f"{_FUNDING_KEYWORDS} sourcelang:english", "en"),
    *(
        GdeltQuery(code, f"{_OTHER_LANGUAGE_KEYWORDS} sourcelang:{name}", code)
        for code, name in SOURCE_LANGUAGES.items()
    ),
)


class GdeltResponseError(ValueError):
    """GDELT answered with an error message or something that is not its JSON."""


class GdeltRateLimited(GdeltResponseError):
    """GDELT's plain-text "Please limit requests..." answer (sent with status 200)."""


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
    windows_ok: int = 0  # windows answered (an empty answer counts)
    windows_failed: int = 0
    stopped: bool = False  # rate-limited twice or out of time: later queries were not run

    @property
    def failed(self) -> bool:
        """True when the day is not fully fetched: every window failed, or queries were skipped
        (so the partition must fail and a backfill retries it)."""
        return self.stopped or (self.windows_failed > 0 and self.windows_ok == 0)


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
    if text[:200].lower().startswith(_RATE_LIMIT_TEXT):
        raise GdeltRateLimited(f"GDELT error: {text[:200]}")
    try:
        # strict=False: GDELT titles sometimes hold raw control characters.
        data = json.loads(text, strict=False)
    except json.JSONDecodeError:
        if not text.startswith("{"):
            raise GdeltResponseError(f"GDELT error: {text[:200]}") from None
        try:
            data = json.loads(repair_json_escapes(text), strict=False)
        except json.JSONDecodeError as exc:
            raise GdeltResponseError(f"invalid JSON from GDELT ({exc}): {text[:120]}") from None
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


def repair_json_escapes(text: str) -> str:
    """``text`` with every backslash that starts no valid JSON escape doubled (kept literally)."""
    return _JSON_ESCAPE.sub(lambda m: m.group(0) if m.group(1) else "\\\\", text)


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
    rate_limit_pause: float = RATE_LIMIT_PAUSE,
    sleep: Callable[[float], None] = time.sleep,
    page_fetcher: Callable[[HttpClient, str], Page] = fetch_page,
    max_pages: int = MAX_PAGES,
) -> GdeltDay:
    """All articles GDELT saw on ``day`` (UTC) for ``queries``; failures become errors."""
    start = datetime(day.year, day.month, day.day, tzinfo=UTC)
    window = _Windows(client, api_url, pause_seconds, rate_limit_pause, sleep)
    found: dict[str, tuple[GdeltArticle, str | None]] = {}
    for number, query in enumerate(queries):
        pending = [(start, start + timedelta(days=1) - timedelta(seconds=1))]
        asked = 0
        while pending and window.stop_reason is None:
            if window.out_of_time(window.pause_seconds if window.requests else 0.0):
                break
            lo, hi = pending.pop(0)
            asked += 1
            batch = window.ask(query.query, lo, hi)
            if batch is None:
                continue
            for article in batch:
                found.setdefault(article.url, (article, query.language))
            if len(batch) >= MAX_RECORDS:
                if hi - lo > MIN_WINDOW:
                    middle = lo + (hi - lo) / 2
                    pending[:0] = [(lo, middle), (middle + timedelta(seconds=1), hi)]
                else:
                    window.errors.append(
                        IngestError(
                            SOURCE,
                            window.where(query.query, lo, hi),
                            f"the window returned GDELT's {MAX_RECORDS}-row cap at the "
                            f"smallest split ({MIN_WINDOW}): later articles are missing",
                        )
                    )
        if window.stop_reason is not None:
            not_run = [q.name for q in queries[number + 1 :]]
            if pending and not asked:
                not_run.insert(0, query.name)
            elif pending:
                not_run.insert(0, f"{len(pending)} windows of {query.name}")
            if not_run:
                window.errors.append(
                    IngestError(
                        SOURCE, api_url, f"{window.stop_reason}: not run: " + ", ".join(not_run)
                    )
                )
            break

    errors = window.errors
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
    return GdeltDay(
        frame,
        errors,
        window.requests,
        windows_ok=window.ok,
        windows_failed=window.failed,
        stopped=window.stop_reason is not None,
    )


class _Windows:
    """Asks GDELT for one window at a time, paced, with its rate-limit rule."""

    def __init__(
        self,
        client: HttpClient,
        api_url: str,
        pause_seconds: float,
        rate_limit_pause: float,
        sleep: Callable[[float], None],
    ) -> None:
        self.client = client
        self.api_url = api_url
        self.pause_seconds = pause_seconds
        self.rate_limit_pause = rate_limit_pause
        self.sleep = sleep
        self.errors: list[IngestError] = []
        self.requests = self.ok = self.failed = 0
        self.rate_limit_retries = 1  # per day: one pause and retry, then stop
        self.stop_reason: str | None = None

    def out_of_time(self, wait: float) -> bool:
        """True (and the day stopped) when the client's budget cannot cover ``wait`` more."""
        left = self.client.remaining()
        if left is None or left > wait:
            return False
        self.stop_reason = self.stop_reason or "the time budget is spent"
        return True

    def where(self, query: str, lo: datetime, hi: datetime) -> str:
        return str(httpx.URL(self.api_url, params=request_params(query, lo, hi)))

    def ask(self, query: str, lo: datetime, hi: datetime) -> list[GdeltArticle] | None:
        """The window's articles, or None when it failed (the error is recorded)."""
        where = self.where(query, lo, hi)
        paused = False
        while True:
            if self.requests and not paused:
                self.sleep(self.pause_seconds)
            self.requests += 1
            try:
                result = self.client.get(
                    self.api_url, params=request_params(query, lo, hi), retry_rate_limit=False
                )
                batch = parse_artlist(result.content)
            except (FetchError, GdeltResponseError) as exc:
                limited = isinstance(exc, GdeltRateLimited) or (
                    isinstance(exc, FetchError) and exc.status == 429
                )
                reason = exc.reason if isinstance(exc, FetchError) else str(exc)
                if limited and self.rate_limit_retries > 0:
                    if self.out_of_time(max(self.rate_limit_pause, self.pause_seconds)):
                        self.failed += 1
                        self.errors.append(IngestError(SOURCE, where, reason))
                        return None
                    self.rate_limit_retries -= 1
                    self.sleep(max(self.rate_limit_pause, self.pause_seconds))
                    paused = True
                    continue
                self.failed += 1
                if limited:
                    self.stop_reason = f"rate-limited by GDELT twice ({reason})"
                self.errors.append(IngestError(SOURCE, where, reason))
                return None
            self.ok += 1
            return batch


def _raw(article: GdeltArticle, page: Page | None, language: str | None) -> RawArticle:
    return RawArticle(
        source_name=article.domain or "gdelt",
        text=page.text if page is not None else (article.title or ""),
        title=article.title,
        url=article.url,
        language=article.language or (page.language if page else None) or language,
        published_at=article.seen_at,
    )
