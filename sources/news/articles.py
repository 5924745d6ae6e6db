"""The one article schema: every news connector builds ``NEWS_ARTICLES`` rows here.

Connectors turn their input into :class:`RawArticle` values (what the source said) and call
:func:`build_articles`, which derives the identity columns the same way for all of them:

- ``canonical_url``: scheme and host lowercased, default port, fragment and tracking
  parameters (``utm_*``, ``fbclid``, ``gclid``, ``mc_cid``, ``ref``, ...) dropped, the rest of
  the query sorted. None for a missing or non-http(s) URL.
- ``content_hash``: sha256 of the normalized text (NFKC, lowercased, whitespace collapsed).
- ``article_id``: sha1 of ``canonical_url``, or of ``content_hash`` when there is no URL, so
  the same article gets the same id in every run.
- ``language``: the given one normalized to ISO 639-1, else detected from title and text
  (``language_source`` says which; a code that is no language, e.g. ``xx``, is detected).
- ``published_at``: the source's date; undated articles take their file or fetch time
  (``published_source`` says which). :func:`build_article_batch` quarantines dates that
  cannot be right (unreadable, more than a day ahead, before 1990).
"""

from __future__ import annotations

import hashlib
import re
import time
import unicodedata
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from email.utils import parsedate_to_datetime
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import polars as pl

from sources.news.language import detect_languages, normalize_language
from sources.schemas import NEWS_ARTICLES, QUARANTINE, conform

# Query parameters that identify a campaign or a click, never the article.
TRACKING_PARAMS = frozenset(
    {
        "fbclid", "gclid", "dclid", "gclsrc", "msclkid", "yclid", "igshid", "twclid", "ttclid",
        "mc_cid", "mc_eid", "ref", "ref_src", "ref_url", "referrer", "_hsenc", "_hsmi",
        "mkt_tok", "cmpid", "s_cid", "ncid", "ocid", "sr_share", "smid", "spm", "guccounter",
        "guce_referrer", "guce_referrer_sig", "at_medium", "at_campaign", "at_custom1",
        "at_custom2", "__twitter_impression", "wt.mc_id", "wt_mc",
    }
)  # fmt: skip
TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "hsa_", "oly_")
_WS = re.compile(r"\s+")
_BLANK_LINES = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")
_GDELT_TIME = re.compile(r"^(\d{4})(\d{2})(\d{2})T?(\d{2})(\d{2})(\d{2})Z?$")


# A publication date before this, or more than MAX_AHEAD after the article was read, is not
# a date this Ledger can trust: the article is quarantined with the reason.
EARLIEST_PUBLISHED = datetime(1990, 1, 1, tzinfo=UTC)
MAX_AHEAD = timedelta(days=1)
PUBLISHED_COLUMN = "published"


@dataclass(frozen=True)
class RawArticle:
    """An article as a source gave it, before identity columns are derived."""

    source_name: str
    text: str
    title: str | None = None
    url: str | None = None
    language: str | None = None
    published_at: object = None  # anything parse_published reads (datetime, ISO text, ...)
    file_time: datetime | None = None  # an inbox file's modification time (undated fallback)
    row: int = 1  # the record's 1-based position in its file (JSON list, JSON Lines)


@dataclass(frozen=True)
class ArticleBatch:
    """Articles built from raw ones, and those quarantined for a date that cannot be right."""

    articles: pl.DataFrame  # NEWS_ARTICLES
    quarantine: pl.DataFrame  # QUARANTINE


def published_problem(published: datetime | None, fetched_at: datetime) -> str | None:
    """Why a parsed publication time cannot be right (None when it can, or is missing)."""
    if published is None:
        return None
    if published > fetched_at + MAX_AHEAD:
        return f"in the future: more than {MAX_AHEAD.days} day after the article was read"
    if published < EARLIEST_PUBLISHED:
        return f"before {EARLIEST_PUBLISHED.year}: not a plausible publication date"
    return None


def canonical_url(url: str | None) -> str | None:
    """The URL that identifies an article (see the module docstring), or None."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https") or not parts.hostname:
        return None
    host = parts.hostname.lower().rstrip(".")
    if port is not None and (scheme, port) not in (("http", 80), ("https", 443)):
        host = f"{host}:{port}"
    if parts.username:
        host = f"{parts.username}@{host}"
    query = sorted(
        (key, value)
        for key, value in parse_qsl(parts.query, keep_blank_values=True)
        if key.lower() not in TRACKING_PARAMS and not key.lower().startswith(TRACKING_PREFIXES)
    )
    return urlunsplit((scheme, host, parts.path or "/", urlencode(query), ""))


def normalize_text(text: str) -> str:
    """Text as compared for identity: NFKC, lowercased, whitespace collapsed to one space."""
    return " ".join(unicodedata.normalize("NFKC", text).lower().split())


def content_hash(text: str) -> str:
    """sha256 (hex) of :func:`normalize_text`."""
    return hashlib.sha256(normalize_text(text).encode("utf-8")).hexdigest()


def article_id(canonical: str | None, text_hash: str) -> str:
    """sha1 (hex) of the canonical URL, or of the content hash when there is no URL."""
    return hashlib.sha1((canonical or text_hash).encode("utf-8")).hexdigest()


def clean_text(text: str) -> str:
    """Body text as stored: newlines unified, runs of blank lines cut to one, ends stripped."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    return _BLANK_LINES.sub("\n\n", text).strip()


def parse_published(value: object) -> datetime | None:
    """A UTC datetime from the forms sources use for publication time, or None.

    Accepts datetime/date, ``time.struct_time`` (feedparser, already UTC), epoch seconds,
    ISO 8601, RFC 2822 (RSS) and GDELT's ``20250102T030405Z``. Naive times are taken as UTC.
    """
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day, tzinfo=UTC)
    if isinstance(value, time.struct_time):
        return datetime(*value[:6], tzinfo=UTC)
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        try:
            return datetime.fromtimestamp(float(value), tz=UTC)
        except (OverflowError, OSError, ValueError):
            return None
    if not isinstance(value, str):
        return None
    text = value.strip()
    match = _GDELT_TIME.match(text)
    if match:
        try:
            return datetime(*map(int, match.groups()), tzinfo=UTC)
        except ValueError:
            return None
    try:
        return parse_published(datetime.fromisoformat(text.replace("Z", "+00:00")))
    except ValueError:
        pass
    try:
        return parse_published(parsedate_to_datetime(text))
    except (TypeError, ValueError, IndexError):
        return None


def build_articles(
    raws: Sequence[RawArticle],
    *,
    source: str,
    fetched_at: datetime,
    batch_id: str,
    skip_ids: Collection[str] = frozenset(),
) -> pl.DataFrame:
    """``NEWS_ARTICLES`` rows for ``raws`` (``duplicate_of`` is left null for :mod:`dedup`).

    A raw article with no text keeps its title as text (a headline still carries claims);
    callers drop or report articles that have neither. Articles whose ``article_id`` is in
    ``skip_ids`` (already loaded) are left out before the costlier language detection.
    Undated articles take their file or fetch time (``published_source`` says which); a date
    that cannot be read counts as none. Dates out of range are kept here for
    :func:`sources.news.pipeline.ingest` to quarantine; :func:`build_article_batch`
    quarantines them itself, with the value as the source wrote it.
    """
    return _build(raws, source, fetched_at, batch_id, skip_ids, check_dates=False).articles


def build_article_batch(
    raws: Sequence[RawArticle],
    *,
    source: str,
    fetched_at: datetime,
    batch_id: str,
    skip_ids: Collection[str] = frozenset(),
) -> ArticleBatch:
    """Like :func:`build_articles`, but an article whose date cannot be read, lies more than a
    day ahead or before 1990 goes to ``quarantine`` (file, row, the value, the reason)
    instead of the articles: fix the date in the file and the next run loads it."""
    return _build(raws, source, fetched_at, batch_id, skip_ids, check_dates=True)


def _build(
    raws: Sequence[RawArticle],
    source: str,
    fetched_at: datetime,
    batch_id: str,
    skip_ids: Collection[str],
    *,
    check_dates: bool,
) -> ArticleBatch:
    rows: dict[str, list[object]] = {name: [] for name in NEWS_ARTICLES.names()}
    rejected: list[dict[str, object]] = []
    pending: list[tuple[RawArticle, str, str | None, str, str, datetime | None]] = []
    for raw in raws:
        text = clean_text(raw.text or "") or clean_text(raw.title or "")
        canonical = canonical_url(raw.url)
        digest = content_hash(text)
        aid = article_id(canonical, digest)
        if aid in skip_ids:
            continue
        published = parse_published(raw.published_at)
        given = raw.published_at not in (None, "")
        if check_dates:
            problem = published_problem(published, fetched_at)
            if problem is None and given and published is None:
                problem = "not a readable date"
            if problem is not None:
                rejected.append(
                    {
                        "source": source,
                        "file": raw.source_name,
                        "row_number": raw.row,
                        "column_name": PUBLISHED_COLUMN,
                        "value": str(raw.published_at),
                        "reason": problem,
                        "batch_id": batch_id,
                        "quarantined_at": fetched_at,
                    }
                )
                continue
        pending.append((raw, text, canonical, digest, aid, published))
    given_codes = [normalize_language(p[0].language) for p in pending]
    languages, language_sources = list(given_codes), ["given"] * len(pending)
    missing = [i for i, code in enumerate(given_codes) if code is None]
    detected = detect_languages([f"{pending[i][0].title or ''}\n{pending[i][1]}" for i in missing])
    for i, code in zip(missing, detected, strict=True):
        languages[i] = code
        # a code we cannot read ("xx") is replaced by detection, and marked so
        language_sources[i] = (
            "undetermined"
            if code is None
            else "detected_given_unknown"
            if (pending[i][0].language or "").strip()
            else "detected"
        )
    for (raw, text, canonical, digest, aid, published), language, language_source in zip(
        pending, languages, language_sources, strict=True
    ):
        title = _WS.sub(" ", raw.title).strip() if raw.title else None
        if published is not None:
            published_source = "source"
        elif raw.file_time is not None:
            # a modification time ahead of the read (clock skew, a copied file) is not a date
            published, published_source = min(raw.file_time, fetched_at), "file_time"
        else:
            published, published_source = fetched_at, "fetch_time"
        values = {
            "article_id": aid,
            "url": raw.url.strip() if raw.url else None,
            "canonical_url": canonical,
            "source": source,
            "source_name": raw.source_name,
            "title": title or None,
            "text": text,
            "language": language,
            "published_at": published,
            "fetched_at": fetched_at,
            "content_hash": digest,
            "duplicate_of": None,
            "batch_id": batch_id,
            "published_source": published_source,
            "language_source": language_source,
        }
        for name, value in values.items():
            rows[name].append(value)
    articles = conform(
        pl.DataFrame(rows, schema=NEWS_ARTICLES), NEWS_ARTICLES, name="news_articles"
    )
    quarantine = conform(pl.DataFrame(rejected, schema=QUARANTINE), QUARANTINE, name="quarantine")
    return ArticleBatch(articles, quarantine)
