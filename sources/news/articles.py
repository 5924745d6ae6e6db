"""The one article schema: every news connector builds ``NEWS_ARTICLES`` rows here.

Connectors turn their input into :class:`RawArticle` values (what the source said) and call
:func:`build_articles`, which derives the identity columns the same way for all of them:

- ``canonical_url``: scheme and host lowercased, default port, fragment and tracking
  parameters (``utm_*``, ``fbclid``, ``gclid``, ``mc_cid``, ``ref``, ...) dropped, the rest of
  the query sorted. None for a missing or non-http(s) URL.
- ``content_hash``: sha256 of the normalized text (NFKC, lowercased, whitespace collapsed).
- ``article_id``: sha1 of ``canonical_url``, or of ``content_hash`` when there is no URL, so
  the same article gets the same id in every run.
- ``language``: the given one normalized to ISO 639-1, else detected from title and text.
"""

from __future__ import annotations

import hashlib
import re
import time
import unicodedata
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import polars as pl

from sources.news.language import detect_languages, normalize_language
from sources.schemas import NEWS_ARTICLES, conform

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


@dataclass(frozen=True)
class RawArticle:
    """An article as a source gave it, before identity columns are derived."""

    source_name: str
    text: str
    title: str | None = None
    url: str | None = None
    language: str | None = None
    published_at: object = None  # anything parse_published reads (datetime, ISO text, ...)


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
    """
    rows: dict[str, list[object]] = {name: [] for name in NEWS_ARTICLES.names()}
    pending: list[tuple[RawArticle, str, str | None, str, str]] = []
    for raw in raws:
        text = clean_text(raw.text or "") or clean_text(raw.title or "")
        canonical = canonical_url(raw.url)
        digest = content_hash(text)
        aid = article_id(canonical, digest)
        if aid not in skip_ids:
            pending.append((raw, text, canonical, digest, aid))
    languages = [normalize_language(p[0].language) for p in pending]
    missing = [i for i, code in enumerate(languages) if code is None]
    detected = detect_languages([f"{pending[i][0].title or ''}\n{pending[i][1]}" for i in missing])
    for i, code in zip(missing, detected, strict=True):
        languages[i] = code
    for (raw, text, canonical, digest, aid), language in zip(pending, languages, strict=True):
        title = _WS.sub(" ", raw.title).strip() if raw.title else None
        values = {
            "article_id": aid,
            "url": raw.url.strip() if raw.url else None,
            "canonical_url": canonical,
            "source": source,
            "source_name": raw.source_name,
            "title": title or None,
            "text": text,
            "language": language,
            "published_at": parse_published(raw.published_at),
            "fetched_at": fetched_at,
            "content_hash": digest,
            "duplicate_of": None,
            "batch_id": batch_id,
        }
        for name, value in values.items():
            rows[name].append(value)
    return conform(pl.DataFrame(rows, schema=NEWS_ARTICLES), NEWS_ARTICLES, name="news_articles")
