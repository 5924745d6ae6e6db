"""The near-duplicate index kept in the warehouse: the LSH band keys of every loaded article.

``raw.news_article_bands`` holds ``article_id``, ``band_key`` and ``fetched_at``, written
beside each batch of new articles. A new batch's keys are joined with it inside DuckDB, so a
batch costs the same whether the warehouse holds a thousand articles or a million: only the
loaded articles that share a key come back, and only their texts are read to verify the pair.
Articles fetched before ``since`` are not compared (syndication happens within days).

Only originals are indexed: a near-duplicate's keys are not stored, and a later copy is
compared with its cluster's root, which stands for the whole cluster (a copy of a copy that has
drifted under the threshold from the root is no longer caught; syndication copies the original).
On generated news, where templated stories make clusters of many copies, that halved the loaded
articles one batch read back and found more copies, since fewer keys reached the cap.

A band key that more than :data:`~sources.news.dedup.MAX_BAND_DOCS` articles share is
boilerplate and never proposes a pair, so once the table holds one row more than that for a
key, no further row is stored for it (:meth:`WarehouseBandIndex.rows_to_store`). Without that
cap the lookup read back every row of each boilerplate key a batch touched: on generated news,
nine rows in ten of the table sat in 2% of its keys, and what one batch read back grew with the
whole history (in time and in memory). With it, a lookup returns at most ``MAX_BAND_DOCS + 1``
rows per key. A key counts as boilerplate over the whole history, not only the window.
"""

from __future__ import annotations

from datetime import datetime

import duckdb
import polars as pl

from sources.news.dedup import MAX_BAND_DOCS, MAX_STORED_CANDIDATES, STORED_MATCHES, STORED_TEXTS


class WarehouseBandIndex:
    """A :class:`sources.news.dedup.BandIndex` over ``raw.news_article_bands``."""

    def __init__(self, conn: duckdb.DuckDBPyConnection, since: datetime | None = None) -> None:
        self._conn = conn
        self._since = since

    def matches(self, keys: pl.DataFrame) -> pl.DataFrame:
        if keys.is_empty():
            return pl.DataFrame(schema=STORED_MATCHES)
        self._conn.register("_new_band_keys", keys)
        try:
            found = self._conn.sql(
                """
                with stored as (
                    select b.band_key, b.article_id
                    from raw.news_article_bands as b
                    where b.band_key in (select band_key from _new_band_keys)
                      and ($since is null or b.fetched_at >= $since)
                ),
                -- a key that many loaded articles share is boilerplate, not a copy
                usable as (
                    select band_key from stored group by band_key having count(*) <= $cap
                )
                select k.doc, s.article_id
                from _new_band_keys as k
                inner join stored as s on s.band_key = k.band_key
                where s.band_key in (select band_key from usable)
                group by k.doc, s.article_id
                -- the loaded articles sharing the most keys are the likeliest copies
                qualify row_number() over (
                    partition by k.doc order by count(*) desc, s.article_id
                ) <= $top
                """,
                params={"since": self._since, "cap": MAX_BAND_DOCS, "top": MAX_STORED_CANDIDATES},
            ).pl()
        finally:
            self._conn.unregister("_new_band_keys")
        return found.cast(STORED_MATCHES)

    def rows_to_store(self, rows: pl.DataFrame) -> pl.DataFrame:
        """The rows of ``rows`` (``article_id``, ``band_key``, ...) to add to the table: per
        key, only as many as keep it at ``MAX_BAND_DOCS + 1`` rows (enough to know it for
        boilerplate), the first in ``rows``' order."""
        if rows.is_empty():
            return rows
        self._conn.register("_batch_band_keys", rows.select("band_key").unique())
        try:
            held = self._conn.sql(
                """
                select b.band_key, count(*) as held
                from raw.news_article_bands as b
                where b.band_key in (select band_key from _batch_band_keys)
                group by b.band_key
                """
            ).pl()
        finally:
            self._conn.unregister("_batch_band_keys")
        room = (MAX_BAND_DOCS + 1 - pl.col("held").fill_null(0)).clip(lower_bound=0)
        return (
            rows.join(held, on="band_key", how="left")
            .filter(pl.int_range(pl.len()).over("band_key") < room)
            .select(rows.columns)
        )

    def texts(self, article_ids: list[str]) -> pl.DataFrame:
        if not article_ids:
            return pl.DataFrame(schema=STORED_TEXTS)
        return (
            self._conn.sql(
                "select article_id, text, duplicate_of from raw.news_articles "
                "where article_id in (select unnest($ids))",
                params={"ids": article_ids},
            )
            .pl()
            .cast(STORED_TEXTS)
        )
