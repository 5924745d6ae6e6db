"""Declared schemas of every table the connectors produce (``raw.*`` in DuckDB).

Each connector's ``parse`` returns a polars DataFrame with exactly one of these schemas
(checked by :func:`conform`), so the Dagster assets can write it without guessing and dbt's
sources match. Column documentation lives in ``dbt_project/models/staging/_raw__sources.yml``.
"""

from __future__ import annotations

import polars as pl

Str, F64, I64, Date, Bool = pl.String, pl.Float64, pl.Int64, pl.Date, pl.Boolean
Ts = pl.Datetime("us", "UTC")

# --- reference data (bundled snapshots in sources/reference/data) -------------------------
REF_CHIPS = pl.Schema(
    {
        "chip_id": Str,  # canonical id, e.g. "nvidia_h100_sxm"
        "chip_name": Str,  # display name, e.g. "NVIDIA H100 SXM5 80GB"
        "vendor": Str,
        "family": Str,  # e.g. "Hopper", "Blackwell", "TPU"
        "release_date": Date,
        "fp8_dense_flops": F64,  # dense 8-bit OP/s (FP8 or INT8, whichever is higher)
        "bf16_dense_flops": F64,
        "fp32_flops": F64,
        "hbm_gb": F64,
        "hbm_bandwidth_tbs": F64,
        "tdp_w": F64,
        "price_usd": F64,
        "source_url": Str,
    }
)
REF_CHIP_ALIASES = pl.Schema(
    {"chip_id": Str, "alias": Str, "language": Str, "alias_kind": Str, "source_url": Str}
)
REF_COMPANIES = pl.Schema(
    {
        "company_id": Str,  # slug, e.g. "xai"
        "company_name": Str,  # canonical name, e.g. "xAI"
        "company_type": Str,  # ai_lab | hyperscaler | neocloud | chip_vendor | investor | other
        "country": Str,  # ISO 3166-1 alpha-2
        "ticker": Str,
        "wikidata_id": Str,
        "parent_company_id": Str,
        "source_url": Str,
    }
)
REF_COMPANY_ALIASES = pl.Schema(
    {"company_id": Str, "alias": Str, "language": Str, "source_url": Str}
)
REF_CLUSTERS = pl.Schema(
    {
        "cluster_id": Str,  # slug, e.g. "xai_colossus"
        "cluster_name": Str,
        "owner_company_id": Str,
        "location": Str,
        "country": Str,
        "epoch_name_pattern": Str,  # regex matching the Epoch rows (phases) of this cluster
        "source_url": Str,
    }
)
REF_CLUSTER_ALIASES = pl.Schema(
    {"cluster_id": Str, "alias": Str, "language": Str, "source_url": Str}
)
FX_RATES = pl.Schema(
    {
        "rate_date": Date,
        "currency": Str,  # ISO 4217
        "units_per_eur": F64,  # ECB reference rate: 1 EUR = units_per_eur units of currency
        "source_url": Str,
    }
)

# --- Epoch AI (CC BY 4.0) ---------------------------------------------------------------
EPOCH_GPU_CLUSTERS = pl.Schema(
    {
        "epoch_row": I64,  # 1-based data row number in Epoch's file
        "name": Str,
        "status": Str,
        "certainty": Str,
        "single_cluster": Str,
        "owner": Str,
        "users": Str,
        "country": Str,
        "location": Str,
        "sector": Str,
        "first_operational_date": Date,
        "first_operational_date_note": Str,
        "decommissioned_date": Date,
        "chip_type_primary": Str,
        "chip_quantity_primary": F64,
        "chip_type_secondary": Str,
        "chip_quantity_secondary": F64,
        "total_chips": F64,
        "h100_equivalents": F64,
        "max_ops": F64,
        "ops_8bit": F64,
        "ops_16bit": F64,
        "ops_32bit": F64,
        "power_capacity_mw": F64,
        "reported_power_capacity_mw": F64,
        "calculated_power_capacity_mw": F64,
        "hardware_cost_usd": F64,
        "reported_cost_usd": F64,
        "builds_upon": Str,
        "superseded_by": Str,
        "possible_duplicate_of": Str,
        "include_in_standard_analysis": Bool,
        "exclude": Bool,
        "latitude": F64,
        "longitude": F64,
        "source_urls": Str,  # the Source 1..5 columns joined with " | "
    }
)
EPOCH_FUNDING_ROUNDS = pl.Schema(
    {
        "epoch_row": I64,
        "company": Str,
        "round_name": Str,
        "close_date": Date,
        "status": Str,
        "equity_usd": F64,
        "debt_usd": F64,
        "total_usd": F64,
        "pre_money_valuation_usd": F64,
        "post_money_valuation_usd": F64,
        "investors": Str,
        "confidence": Str,
        "source_urls": Str,
        "report_date": Date,  # when the round was reported (the only date of rounds in talks)
        "round_type": Str,  # Epoch's Type: Primary, Secondary, Debt, Other (comma-joined)
        "exclude_from_graph_view": Bool,  # Epoch's flag for rows it double-lists
    }
)

# --- news -----------------------------------------------------------------------------
NEWS_ARTICLES = pl.Schema(
    {
        "article_id": Str,  # stable: sha1 of canonical_url (or of content when there is no url)
        "url": Str,
        "canonical_url": Str,
        "source": Str,  # feed | gdelt | inbox | sample
        "source_name": Str,  # feed title, inbox file name, GDELT domain, sample key
        "title": Str,
        "text": Str,
        "language": Str,  # ISO 639-1
        "published_at": Ts,
        "fetched_at": Ts,
        "content_hash": Str,  # sha256 of normalized text
        "duplicate_of": Str,  # article_id of the original when this is a near-duplicate
        "batch_id": Str,
        # where published_at comes from: source (the article's own date), file_time (an
        # undated inbox file's modification time) or fetch_time (undated: when it was read)
        "published_source": Str,
        # given (by the source), detected (none given) or detected_given_unknown (the source
        # gave a code that is not a language, e.g. "xx"), undetermined (detection failed too)
        "language_source": Str,
    }
)
NEWS_CLAIMS = pl.Schema(
    {
        "claim_id": Str,  # sha1 of (article_id, start, end, type, chip_model, rule)
        "article_id": Str,
        "type": Str,
        "subject": Str,
        "owner": Str,
        "chip_model": Str,
        "scope": Str,  # total | part (a part of a total stated in the same sentence)
        "quantity": F64,
        "quantity_high": F64,
        "qualifier": Str,
        "amount": F64,
        "amount_high": F64,
        "currency": Str,
        # amounts as stated: *_usd only when the text gives US dollars (dbt converts the rest)
        "amount_usd": F64,
        "valuation": F64,
        "valuation_currency": Str,
        "valuation_usd": F64,
        "valuation_basis": Str,
        "status": Str,
        "as_of": Str,  # YYYY-MM-DD, YYYY-MM or YYYY
        "evidence": Str,
        "start": I64,
        "end": I64,
        "language": Str,
        "confidence": F64,
        "rule": Str,
        "extractor_version": Str,
        "extracted_at": Ts,
    }
)
# One row per article the extractor has read (with or without claims), so re-runs only read
# new articles, and a new extractor version re-reads the old ones.
NEWS_EXTRACTIONS = pl.Schema(
    {
        "article_id": Str,
        "extractor_version": Str,
        "n_claims": I64,
        "extracted_at": Ts,
        "error": Str,  # why the extractor gave this article no claims: it raised (else null)
    }
)
# GDELT results land per day partition before they are merged into news_articles.
GDELT_ARTICLES = pl.Schema({**NEWS_ARTICLES, "partition_day": Date})
FEED_STATE = pl.Schema(
    {
        "feed_url": Str,
        "etag": Str,
        "last_modified": Str,
        "last_status": I64,
        "last_fetched_at": Ts,
    }
)
INGEST_ERRORS = pl.Schema(
    {"source": Str, "url": Str, "error": Str, "occurred_at": Ts, "batch_id": Str}
)
QUARANTINE = pl.Schema(
    {
        "source": Str,  # e.g. "epoch_gpu_clusters"
        "file": Str,
        "row_number": I64,  # 1-based data row in the file (header excluded)
        "column_name": Str,
        "value": Str,
        "reason": Str,
        "batch_id": Str,
        "quarantined_at": Ts,
    }
)

# --- bookkeeping ----------------------------------------------------------------------
# One row per inbox file read, so a re-run reads only files that are new or changed (size or
# modification time); the hash tells a touched file from an edited one.
INBOX_FILES = pl.Schema(
    {
        "path": Str,  # relative to the inbox folder
        "size_bytes": I64,
        "modified_ns": I64,
        "content_sha256": Str,
        "n_articles": I64,  # new articles the file gave when it was read
        "n_errors": I64,
        "batch_id": Str,
        "read_at": Ts,
    }
)
# The LSH band keys of each article's MinHash signature: near-duplicate candidates come from a
# join of new articles' keys with these, so old texts are never loaded to compare.
NEWS_ARTICLE_BANDS = pl.Schema({"article_id": Str, "band_key": I64, "fetched_at": Ts})
# Every write that changed a raw table, so dbt runs only when its inputs changed.
LOAD_LOG = pl.Schema(
    {
        "table_name": Str,
        "change": Str,  # replace | append | delete
        "rows": I64,
        "content_hash": Str,  # of the whole table after a replace; null for appends
        "batch_id": Str,
        "loaded_at": Ts,
    }
)
# One row per dbt build that succeeded: what it saw (the dbt project and the latest raw change).
DBT_BUILDS = pl.Schema(
    {"project_hash": Str, "last_load_at": Ts, "run_id": Str, "built_at": Ts, "seconds": F64}
)

# The rows the data tests of an update read (one row, written before each dbt call): tests on
# the append-only news tables read rows loaded after ``since``; null means every row.
DBT_TEST_WINDOW = pl.Schema({"since": Ts})

RAW_TABLES: dict[str, pl.Schema] = {
    "ref_chips": REF_CHIPS,
    "ref_chip_aliases": REF_CHIP_ALIASES,
    "ref_companies": REF_COMPANIES,
    "ref_company_aliases": REF_COMPANY_ALIASES,
    "ref_clusters": REF_CLUSTERS,
    "ref_cluster_aliases": REF_CLUSTER_ALIASES,
    "fx_rates": FX_RATES,
    "epoch_gpu_clusters": EPOCH_GPU_CLUSTERS,
    "epoch_funding_rounds": EPOCH_FUNDING_ROUNDS,
    "news_articles": NEWS_ARTICLES,
    "news_claims": NEWS_CLAIMS,
    "news_extractions": NEWS_EXTRACTIONS,
    "gdelt_articles": GDELT_ARTICLES,
    "feed_state": FEED_STATE,
    "ingest_errors": INGEST_ERRORS,
    "quarantine": QUARANTINE,
}
# Tables of the raw schema that only the pipeline reads (not dbt sources): what was read,
# the near-duplicate index, and when the warehouse last changed.
BOOKKEEPING_TABLES: dict[str, pl.Schema] = {
    "inbox_files": INBOX_FILES,
    "news_article_bands": NEWS_ARTICLE_BANDS,
    "load_log": LOAD_LOG,
    "dbt_builds": DBT_BUILDS,
    "dbt_test_window": DBT_TEST_WINDOW,
}


class SchemaError(ValueError):
    """A DataFrame does not have the declared columns."""


def conform(df: pl.DataFrame, schema: pl.Schema, *, name: str) -> pl.DataFrame:
    """Return ``df`` with exactly ``schema``'s columns, in order, cast to their types.

    Missing columns are an error (a connector bug), extra columns are dropped.
    """
    missing = [c for c in schema.names() if c not in df.columns]
    if missing:
        raise SchemaError(f"{name}: missing columns {missing}")
    return df.select([pl.col(c).cast(t, strict=True) for c, t in schema.items()])


def empty(schema: pl.Schema) -> pl.DataFrame:
    return pl.DataFrame(schema=schema)
