"""What the Dagster news assets call (no Dagster here): collect candidates, then ingest them.

Every function takes ``fetched_at`` and ``batch_id`` from its caller, so results are
deterministic (tests pass fixed values; assets pass the run's time and id). Nothing here
raises for one bad feed, page, file or GDELT window: each becomes an ``INGEST_ERRORS`` row.

Collect (each returns :class:`Collected`: ``articles`` in ``NEWS_ARTICLES``, ``errors`` in
``INGEST_ERRORS``, ``stats`` counts for asset metadata)::

    collect_offline(settings, *, fetched_at, batch_id, known_article_ids=frozenset(),
                    include_inbox=True, include_sample=True, sample_path=SAMPLE_CORPUS)
        # the inbox folder (settings.inbox_dir) and the bundled sample corpus; no network
    collect_feeds(settings, client, feed_state, *, fetched_at, batch_id,
                  known_article_ids=frozenset(), feeds=None, max_workers=4) -> FeedsCollected
        # settings.feeds_file (or ``feeds``), conditional GET; ``feed_state`` is the
        # raw.feed_state table (FEED_STATE, may be None/empty); FeedsCollected.feed_state is
        # the updated table to write back (replace it whole)
    collect_gdelt(day, client, *, fetched_at, batch_id, queries=DEFAULT_QUERIES,
                  fetch_pages=False, known_article_ids=frozenset(), api_url=API_URL,
                  pause_seconds=5.0, rate_limit_pause=60.0, sleep=time.sleep)
        # one UTC day (a day partition) of the GDELT DOC API; rows are NEWS_ARTICLES, so
        # for raw.gdelt_articles add partition_day (pl.lit(day)) before writing. GDELT asks
        # for one request per 5 s: 12 default queries take about a minute per day.
        # stats["gdelt_day_failed"] == 1: fail the partition so a backfill asks again

Ingest (pure; de-duplicates against what is loaded)::

    ingest(candidates, existing=None, *, errors=None, known_errors=None,
           threshold=NEAR_DUPLICATE_THRESHOLD) -> IngestResult
        # candidates: NEWS_ARTICLES rows (concatenate several Collected.articles)
        # existing: loaded articles with article_id, canonical_url, content_hash, and
        #   optionally text and duplicate_of. Suggested query:
        #   select article_id, canonical_url, content_hash, duplicate_of,
        #          case when fetched_at > now() - interval 30 day then text end as text
        #   from raw.news_articles
        # errors: INGEST_ERRORS rows from collection; known_errors: raw.ingest_errors, so an
        #   unchanged bad inbox/sample file is reported once, not on every run
        # -> IngestResult.new_articles (append to raw.news_articles), .errors (append to
        #    raw.ingest_errors), .skipped (exact duplicates, for metadata), .n_new (rows
        #    to insert, near-duplicates included), .n_near_duplicate (kept, duplicate_of
        #    set), .n_exact_duplicate (not inserted), .n_duplicate (both)

The one shared HTTP client: ``with HttpClient.from_settings(settings) as client: ...``
(sources/http.py; the operator's timeouts, retries, time budget and address allow-list).
GDELT gets its own client from :func:`gdelt_client` (longer timeout, its own budget).

Pass ``known_article_ids=set(existing["article_id"])`` to the collectors so articles already
loaded are skipped before language detection and page fetches (``ingest`` would drop them
anyway). Online connectors need ``settings.online``; the caller decides, these functions do
not check it. Typical asset body::

    settings = Settings.from_env()
    existing = <query above>
    known = set(existing["article_id"].to_list())
    offline = collect_offline(settings, fetched_at=now, batch_id=run_id, known_article_ids=known)
    result = ingest(offline.articles, existing, errors=offline.errors, known_errors=old_errors)
"""

from __future__ import annotations

import time
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

import polars as pl

from sources.http import HttpClient
from sources.news.articles import PUBLISHED_COLUMN, published_problem
from sources.news.dedup import NEAR_DUPLICATE_THRESHOLD, BandIndex, deduplicate
from sources.news.errors import IngestError, errors_frame
from sources.news.feeds import (
    Feed,
    FeedConfigError,
    FeedFetch,
    feed_state_frame,
    fetch_feed,
    load_feeds,
    state_row,
)
from sources.news.gdelt import (
    API_URL,
    DEFAULT_QUERIES,
    PAUSE_SECONDS,
    RATE_LIMIT_PAUSE,
    GdeltQuery,
    fetch_day,
)
from sources.news.inbox import DEFAULT_BATCH_BYTES, KnownFile, iter_inbox
from sources.news.sample import SAMPLE_CORPUS, read_sample
from sources.schemas import (
    FEED_STATE,
    INBOX_FILES,
    INGEST_ERRORS,
    NEWS_ARTICLES,
    QUARANTINE,
    conform,
)
from sources.settings import Settings

# Errors of these sources come from files that stay in place: report each one once.
_FILE_SOURCES = ("inbox", "sample")


@dataclass(frozen=True)
class Collected:
    """Candidate articles and the errors met while collecting them."""

    articles: pl.DataFrame  # NEWS_ARTICLES
    errors: pl.DataFrame  # INGEST_ERRORS
    stats: dict[str, int] = field(default_factory=dict)
    # INBOX_FILES rows of the inbox files read (to remember them in raw.inbox_files)
    inbox_files: pl.DataFrame = field(default_factory=lambda: pl.DataFrame(schema=INBOX_FILES))
    quarantine: pl.DataFrame = field(  # QUARANTINE: articles held back for a bad date
        default_factory=lambda: pl.DataFrame(schema=QUARANTINE), kw_only=True
    )


@dataclass(frozen=True)
class FeedsCollected(Collected):
    """:class:`Collected` plus the updated ``FEED_STATE`` table."""

    feed_state: pl.DataFrame = field(default_factory=lambda: pl.DataFrame(schema=FEED_STATE))


@dataclass(frozen=True)
class IngestResult:
    """What :func:`ingest` decided."""

    new_articles: pl.DataFrame  # NEWS_ARTICLES to append (near-duplicates marked, kept)
    errors: pl.DataFrame  # INGEST_ERRORS to append
    skipped: pl.DataFrame  # exact duplicates not inserted (dedup.SKIPPED schema)
    n_new: int
    n_near_duplicate: int
    n_exact_duplicate: int
    # article_id, band_key of the new articles, for the near-duplicate index
    band_keys: pl.DataFrame | None = None
    # QUARANTINE rows to append: articles held back for a date that cannot be right
    quarantine: pl.DataFrame = field(default_factory=lambda: pl.DataFrame(schema=QUARANTINE))

    @property
    def n_duplicate(self) -> int:
        """Near-duplicates (kept and marked) plus exact duplicates (skipped)."""
        return self.n_near_duplicate + self.n_exact_duplicate


def collect_offline(
    settings: Settings,
    *,
    fetched_at: datetime,
    batch_id: str,
    known_article_ids: Collection[str] = frozenset(),
    known_files: Mapping[str, KnownFile] | None = None,
    include_inbox: bool = True,
    include_sample: bool = True,
    sample_path: Path = SAMPLE_CORPUS,
) -> Collected:
    """Articles from the inbox folder and the bundled sample corpus (no network), at once."""
    (collected,) = iter_offline(
        settings,
        fetched_at=fetched_at,
        batch_id=batch_id,
        known_article_ids=known_article_ids,
        known_files=known_files,
        include_inbox=include_inbox,
        include_sample=include_sample,
        sample_path=sample_path,
        batch_bytes=None,
    )
    return collected


def iter_offline(
    settings: Settings,
    *,
    fetched_at: datetime,
    batch_id: str,
    known_article_ids: Collection[str] = frozenset(),
    known_files: Mapping[str, KnownFile] | None = None,
    include_inbox: bool = True,
    include_sample: bool = True,
    sample_path: Path = SAMPLE_CORPUS,
    batch_bytes: int | None = DEFAULT_BATCH_BYTES,
) -> Iterator[Collected]:
    """Articles from the inbox folder (new and changed files only, about ``batch_bytes`` of
    files per batch) and the bundled sample corpus (in the first batch). Yields at least one
    batch."""
    sample = None
    if include_sample:
        sample = read_sample(
            fetched_at=fetched_at,
            batch_id=batch_id,
            path=sample_path,
            known_article_ids=known_article_ids,
        )
    batches = (
        iter_inbox(
            settings.inbox_dir,
            fetched_at=fetched_at,
            batch_id=batch_id,
            known_article_ids=known_article_ids,
            known_files=known_files,
            batch_bytes=batch_bytes,
        )
        if include_inbox
        else iter([None])
    )
    for inbox in batches:
        frames: list[pl.DataFrame] = []
        errors: list[IngestError] = []
        stats = {
            "inbox_files": 0,
            "inbox_files_unchanged": 0,
            "inbox_articles": 0,
            "sample_articles": 0,
            "known_skipped": 0,
        }
        inbox_rows = pl.DataFrame(schema=INBOX_FILES)
        quarantine = pl.DataFrame(schema=QUARANTINE)
        if inbox is not None:
            quarantine = inbox.quarantine
            frames.append(inbox.articles)
            errors.extend(inbox.errors)
            stats["inbox_files"] = inbox.files
            stats["inbox_files_unchanged"] = inbox.unchanged
            stats["inbox_articles"] = inbox.articles.height
            stats["known_skipped"] += inbox.known
            inbox_rows = inbox.file_rows
        if sample is not None:  # the first batch carries the sample corpus
            frames.append(sample.articles)
            errors.extend(sample.errors)
            stats["sample_articles"] = sample.articles.height
            stats["known_skipped"] += sample.known
            sample = None
        yield Collected(
            _concat_articles(frames),
            errors_frame(errors, occurred_at=fetched_at, batch_id=batch_id),
            stats,
            inbox_rows,
            quarantine=quarantine,
        )


def collect_feeds(
    settings: Settings,
    client: HttpClient,
    feed_state: pl.DataFrame | None,
    *,
    fetched_at: datetime,
    batch_id: str,
    known_article_ids: Collection[str] = frozenset(),
    feeds: Sequence[Feed] | None = None,
    max_workers: int = 4,
) -> FeedsCollected:
    """Articles from the RSS/Atom feeds in ``settings.feeds_file`` (or ``feeds``)."""
    previous = (
        pl.DataFrame(schema=FEED_STATE)
        if feed_state is None
        else conform(feed_state, FEED_STATE, name="feed_state")
    )
    if feeds is None:
        try:
            feeds = load_feeds(settings.feeds_file)
        except FeedConfigError as exc:
            error = IngestError("feed", settings.feeds_file.as_uri(), str(exc))
            return FeedsCollected(
                _concat_articles([]),
                errors_frame([error], occurred_at=fetched_at, batch_id=batch_id),
                {"feeds": 0},
                feed_state=previous,
            )
    states = {row["feed_url"]: row for row in previous.iter_rows(named=True)}

    def one(feed: Feed) -> FeedFetch:
        try:
            return fetch_feed(
                client,
                feed,
                states.get(feed.url),
                fetched_at=fetched_at,
                batch_id=batch_id,
                known_article_ids=known_article_ids,
            )
        except Exception as exc:  # one broken feed must not stop the others
            old = states.get(feed.url) or {}
            return FeedFetch(
                _concat_articles([]),
                [IngestError("feed", feed.url, f"unexpected {type(exc).__name__}: {exc}")],
                state_row(
                    feed.url,
                    etag=old.get("etag"),
                    last_modified=old.get("last_modified"),
                    last_status=None,
                    last_fetched_at=fetched_at,
                ),
            )

    with ThreadPoolExecutor(max_workers=max(1, max_workers)) as pool:
        outcomes = list(pool.map(one, feeds))
    errors = [e for outcome in outcomes for e in outcome.errors]
    for feed, outcome in zip(feeds, outcomes, strict=True):
        states[feed.url] = outcome.state
    stats = {
        "feeds": len(feeds),
        "feeds_not_modified": sum(o.not_modified for o in outcomes),
        "feeds_failed": len({e.url for e in errors if e.source == "feed"}),
        "feed_articles": sum(o.articles.height for o in outcomes),
    }
    return FeedsCollected(
        _concat_articles([o.articles for o in outcomes]),
        errors_frame(errors, occurred_at=fetched_at, batch_id=batch_id),
        stats,
        feed_state=feed_state_frame(list(states.values())),
    )


def collect_gdelt(
    day: date,
    client: HttpClient,
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
) -> Collected:
    """Articles GDELT saw on ``day`` (UTC) for ``queries``.

    ``stats["gdelt_day_failed"]`` is 1 when the day is not fully fetched (every window failed,
    or GDELT's rate limit or the time budget stopped the queries): the caller fails the day.
    """
    outcome = fetch_day(
        client,
        day,
        fetched_at=fetched_at,
        batch_id=batch_id,
        queries=queries,
        fetch_pages=fetch_pages,
        known_article_ids=known_article_ids,
        api_url=api_url,
        pause_seconds=pause_seconds,
        rate_limit_pause=rate_limit_pause,
        sleep=sleep,
    )
    return Collected(
        outcome.articles,
        errors_frame(outcome.errors, occurred_at=fetched_at, batch_id=batch_id),
        {
            "gdelt_requests": outcome.requests,
            "gdelt_articles": outcome.articles.height,
            "gdelt_windows_ok": outcome.windows_ok,
            "gdelt_windows_failed": outcome.windows_failed,
            "gdelt_day_failed": int(outcome.failed),
        },
    )


def gdelt_client(settings: Settings) -> HttpClient:
    """The client for one GDELT day: GDELT's slow answers (often 40 s and more) are allowed."""
    return HttpClient.from_settings(
        settings,
        timeout=settings.gdelt_timeout,
        total_timeout=max(120.0, 2 * settings.gdelt_timeout),
    )


def ingest(
    candidates: pl.DataFrame,
    existing: pl.DataFrame | None = None,
    *,
    errors: pl.DataFrame | None = None,
    known_errors: pl.DataFrame | None = None,
    quarantine: pl.DataFrame | None = None,
    known_quarantine: pl.DataFrame | None = None,
    threshold: float = NEAR_DUPLICATE_THRESHOLD,
    index: BandIndex | None = None,
) -> IngestResult:
    """De-duplicate ``candidates`` against ``existing`` and each other (see module docstring);
    near-duplicates of loaded articles are looked up in ``index`` when given.

    Every source passes here, so here a candidate dated more than a day after it was read,
    or before 1990, is held back as a quarantine row (whatever connector built it).
    ``quarantine`` rows from collection are added; rows already in ``known_quarantine``
    (``raw.quarantine``) are not repeated, so an unchanged bad file is reported once.
    """
    candidates, held_back = _hold_back_bad_dates(candidates)
    result = deduplicate(candidates, existing, threshold=threshold, index=index)
    frames = [pl.DataFrame(schema=QUARANTINE), held_back]
    if quarantine is not None:
        frames.append(conform(quarantine, QUARANTINE, name="quarantine"))
    return IngestResult(
        new_articles=result.articles,
        errors=_new_errors(errors, known_errors),
        skipped=result.skipped,
        n_new=result.articles.height,
        n_near_duplicate=result.n_near_duplicate,
        n_exact_duplicate=result.n_exact_duplicate,
        band_keys=result.band_keys,
        quarantine=_new_quarantine(pl.concat(frames, how="vertical"), known_quarantine),
    )


def _hold_back_bad_dates(candidates: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    problems = [
        published_problem(published, fetched)
        for published, fetched in zip(
            candidates["published_at"], candidates["fetched_at"], strict=True
        )
    ]
    bad = pl.Series("_problem", problems, dtype=pl.String)
    flagged = candidates.with_columns(bad)
    held = flagged.filter(pl.col("_problem").is_not_null())
    rows = held.select(
        pl.col("source"),
        pl.coalesce("url", "source_name").alias("file"),
        pl.lit(1, dtype=pl.Int64).alias("row_number"),
        pl.lit(PUBLISHED_COLUMN).alias("column_name"),
        pl.col("published_at").dt.to_string("%Y-%m-%dT%H:%M:%SZ").alias("value"),
        pl.col("_problem").alias("reason"),
        pl.col("batch_id"),
        pl.col("fetched_at").alias("quarantined_at"),
    )
    kept = flagged.filter(pl.col("_problem").is_null()).drop("_problem")
    return kept, conform(rows, QUARANTINE, name="quarantine")


def _new_quarantine(rows: pl.DataFrame, known: pl.DataFrame | None) -> pl.DataFrame:
    keys = ["source", "file", "row_number", "column_name", "value", "reason"]
    rows = rows.unique(keys, keep="first", maintain_order=True)
    if known is None or known.is_empty():
        return rows
    return rows.join(known.select(keys).unique(), on=keys, how="anti", nulls_equal=True)


def _new_errors(errors: pl.DataFrame | None, known: pl.DataFrame | None) -> pl.DataFrame:
    if errors is None:
        return pl.DataFrame(schema=INGEST_ERRORS)
    errors = conform(errors, INGEST_ERRORS, name="ingest_errors")
    if known is None or known.is_empty():
        return errors
    keys = ["source", "url", "error"]
    seen = known.select(keys).unique().with_columns(_seen=pl.lit(True))
    return (
        errors.join(seen, on=keys, how="left", nulls_equal=True)
        .filter(~(pl.col("_seen").fill_null(False) & pl.col("source").is_in(_FILE_SOURCES)))
        .drop("_seen")
    )


def _concat_articles(frames: Sequence[pl.DataFrame]) -> pl.DataFrame:
    frames = [f for f in frames if f.height]
    if not frames:
        return pl.DataFrame(schema=NEWS_ARTICLES)
    return conform(pl.concat(frames, how="vertical"), NEWS_ARTICLES, name="news_articles")
