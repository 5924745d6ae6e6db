"""Asset checks on the raw tables (beside the dbt tests, which appear as checks on models).

Each check looks at the rows the current run added (articles by their ``batch_id``, claims and
extractions by ``extracted_at`` since the run started), so its cost follows the news, not the
history; what earlier runs loaded was checked by those runs.
"""

from datetime import UTC, datetime

import dagster as dg
from dagster_duckdb import DuckDBResource

from orchestration.warehouse import ensure_raw_table, fetch_one

# Share of on-topic articles (those that mention a chip, a cluster or funding vocabulary and a
# number) that must yield at least one claim; below it the extractor is probably broken.
MIN_EXTRACTION_COVERAGE = 0.5
# A claim's FX rate may come from up to this many days before its date (weekends, holidays).
FX_LOOKBACK_DAYS = 7


def _scalar(
    duckdb: DuckDBResource, sql: str, tables: list[str], params: dict | None = None
) -> tuple:
    with duckdb.get_connection() as conn:
        for table in tables:
            ensure_raw_table(conn, table)
        return fetch_one(conn, sql, params)


def _run_started(context: dg.AssetCheckExecutionContext) -> datetime:
    """When the current run started (UTC): rows stamped since then are this run's."""
    started = context.instance.get_run_stats(context.run.run_id).start_time
    return datetime.fromtimestamp(started, tz=UTC)


@dg.asset_check(asset=dg.AssetKey(["raw", "news_articles"]), blocking=False)
def no_duplicate_articles(
    context: dg.AssetCheckExecutionContext, duckdb: DuckDBResource
) -> dg.AssetCheckResult:
    """Each article id and each canonical URL of this run's articles appears once."""
    dup_ids, dup_urls = _scalar(
        duckdb,
        """
        with new as (select article_id, canonical_url from raw.news_articles
                     where batch_id = $run)
        select
            (select count(*) from (select article_id from raw.news_articles
                where article_id in (select article_id from new)
                group by 1 having count(*) > 1)),
            (select count(*) from (select canonical_url from raw.news_articles
                where canonical_url in (select canonical_url from new)
                group by 1 having count(*) > 1))
        """,
        ["news_articles"],
        {"run": context.run.run_id},
    )
    return dg.AssetCheckResult(
        passed=dup_ids == 0 and dup_urls == 0,
        metadata={"duplicate_article_ids": dup_ids, "duplicate_canonical_urls": dup_urls},
    )


@dg.asset_check(asset=dg.AssetKey(["raw", "news_claims"]), blocking=False)
def claims_point_at_articles(
    context: dg.AssetCheckExecutionContext, duckdb: DuckDBResource
) -> dg.AssetCheckResult:
    """Every claim extracted in this run has its article_id in raw.news_articles."""
    (orphans,) = _scalar(
        duckdb,
        """
        select count(*) from raw.news_claims c
        where c.extracted_at >= $started
          and not exists (select 1 from raw.news_articles a where a.article_id = c.article_id)
        """,
        ["news_articles", "news_claims"],
        {"started": _run_started(context)},
    )
    return dg.AssetCheckResult(passed=orphans == 0, metadata={"orphan_claims": orphans})


@dg.asset_check(asset=dg.AssetKey(["raw", "news_claims"]), blocking=False)
def fx_rates_cover_claims(
    context: dg.AssetCheckExecutionContext, duckdb: DuckDBResource
) -> dg.AssetCheckResult:
    """Every claim extracted in this run in a non-EUR currency has an ECB rate within a week
    before its article date."""
    missing, checked = _scalar(
        duckdb,
        f"""
        with money as (
            select distinct c.currency, cast(a.published_at as date) as on_date
            from raw.news_claims c join raw.news_articles a using (article_id)
            where c.currency is not null and c.currency <> 'EUR'
              and c.extracted_at >= $started
        )
        select
            count(*) filter (where not exists (
                select 1 from raw.fx_rates r
                where r.currency = money.currency
                  and r.rate_date between money.on_date - interval {FX_LOOKBACK_DAYS} day
                      and money.on_date)),
            count(*)
        from money
        """,
        ["news_articles", "news_claims", "fx_rates"],
        {"started": _run_started(context)},
    )
    return dg.AssetCheckResult(
        passed=missing == 0,
        severity=dg.AssetCheckSeverity.WARN,
        metadata={"currency_dates_checked": checked, "currency_dates_without_rate": missing},
    )


@dg.asset_check(asset=dg.AssetKey(["raw", "news_claims"]), blocking=False)
def extraction_coverage(
    context: dg.AssetCheckExecutionContext, duckdb: DuckDBResource
) -> dg.AssetCheckResult:
    """Enough of the on-topic articles the extractor read in this run yield claims."""
    on_topic, with_claims = _scalar(
        duckdb,
        r"""
        -- materialized, so the regular expressions read this run's texts only
        with read_now as materialized (
            select a.article_id, a.text from raw.news_articles a
            where a.duplicate_of is null
              and a.article_id in (select article_id from raw.news_extractions
                                   where extracted_at >= $started)
        ),
        topical as (
            select article_id from read_now
            where regexp_matches(lower(text),
                  '(gpu|h100|h200|gb200|tpu|trainium|chip|芯片|晶片|チップ|чип|cluster|'
                  || 'supercomput|funding|valuation|raised|pendanaan|valuasi|融资|估值|'
                  || 'finanzierung|bewertung|levée|valorisation|financiación|valoración|'
                  || 'financiamento|avaliação|finanziament|valutazione|раунд|оценк)')
              and regexp_matches(text, '[0-9０-９]')
        )
        select count(*), count(*) filter (where exists (
            select 1 from raw.news_claims c where c.article_id = topical.article_id))
        from topical
        """,
        ["news_articles", "news_claims", "news_extractions"],
        {"started": _run_started(context)},
    )
    coverage = with_claims / on_topic if on_topic else 1.0
    return dg.AssetCheckResult(
        passed=coverage >= MIN_EXTRACTION_COVERAGE,
        metadata={
            "on_topic_articles": on_topic,
            "articles_with_claims": with_claims,
            "coverage": dg.MetadataValue.float(round(coverage, 4)),
            "threshold": dg.MetadataValue.float(MIN_EXTRACTION_COVERAGE),
        },
    )


raw_checks = [
    no_duplicate_articles,
    claims_point_at_articles,
    fx_rates_cover_claims,
    extraction_coverage,
]
