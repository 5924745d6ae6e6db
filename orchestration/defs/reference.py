"""Reference assets: chips, companies, clusters gazetteers, Epoch AI tables and ECB FX rates.

Offline (the default) they load the snapshots bundled in ``sources/reference/data``; with
``LEDGER_ONLINE=1`` they fetch the published files first and fall back to the snapshot, with a
warning in the metadata, when the fetch fails.
"""

from dataclasses import dataclass
from datetime import UTC, datetime

import dagster as dg
import polars as pl
from dagster_duckdb import DuckDBResource

from orchestration.defs.metadata import table_metadata
from orchestration.defs.resources import DUCKDB_POOL, OWNER, LedgerSettings
from orchestration.warehouse import (
    append_raw_rows,
    delete_raw_rows,
    ensure_raw_table,
    fetch_one,
    frame_digest,
    replace_raw_table,
)
from sources.news.errors import IngestError, errors_frame
from sources.reference import loaders

EPOCH_ATTRIBUTION = (
    "Epoch AI, 'GPU Clusters' / 'AI Companies' / 'ML Hardware' / 'Frontier Data Centers' "
    "datasets, https://epoch.ai/data, CC BY 4.0"
)


@dataclass(frozen=True)
class ReferenceTable:
    table: str
    description: str
    kinds: frozenset[str]


REFERENCE_TABLES = [
    ReferenceTable(
        "ref_chips",
        "AI accelerators with dense 8-bit, 16-bit and 32-bit FLOP/s, HBM, "
        "TDP and release date; the basis of H100-equivalents.",
        frozenset({"duckdb", "csv"}),
    ),
    ReferenceTable(
        "ref_chip_aliases",
        "How news writes each chip (H-100, H100s, Hopper GPUs, "
        "H100芯片, Epoch's spellings), mapped to chip ids.",
        frozenset({"duckdb", "csv"}),
    ),
    ReferenceTable(
        "ref_companies",
        "AI labs, hyperscalers, neoclouds, chip vendors and investors "
        "with type, country, ticker, Wikidata id and parent.",
        frozenset({"duckdb", "csv"}),
    ),
    ReferenceTable(
        "ref_company_aliases",
        "Company names in several languages and scripts "
        "(Facebook, メタ, 英伟达, X.AI Corp) mapped to company ids.",
        frozenset({"duckdb", "csv"}),
    ),
    ReferenceTable(
        "ref_clusters",
        "Known named AI clusters (Colossus, Cortex, Project Rainier, "
        "Stargate Abilene, ...) with owner and the Epoch rows that are their phases.",
        frozenset({"duckdb", "csv"}),
    ),
    ReferenceTable(
        "ref_cluster_aliases",
        "Cluster nicknames, codenames and native-script names.",
        frozenset({"duckdb", "csv"}),
    ),
    ReferenceTable(
        "fx_rates",
        "ECB euro foreign exchange reference rates, daily, 2015 to now "
        "(units of currency per EUR).",
        frozenset({"duckdb", "ecb"}),
    ),
    ReferenceTable(
        "epoch_gpu_clusters",
        "Epoch AI's GPU clusters (AI supercomputers) table, facts "
        f"and source URLs (free text dropped). {EPOCH_ATTRIBUTION}.",
        frozenset({"duckdb", "epoch"}),
    ),
    ReferenceTable(
        "epoch_funding_rounds",
        f"Epoch AI's funding rounds of frontier AI companies. {EPOCH_ATTRIBUTION}.",
        frozenset({"duckdb", "epoch"}),
    ),
]


def replace_quarantine(conn, source: str, quarantine: pl.DataFrame) -> int:
    """The quarantine of a source is the state of its latest load: replace, never accumulate.
    The same rows as already quarantined are left as they are (with their first batch)."""
    ensure_raw_table(conn, "quarantine")
    facts = ["file", "row_number", "column_name", "value", "reason"]
    held = conn.sql(
        f"select {', '.join(facts)} from raw.quarantine where source = ?", params=[source]
    ).pl()
    if frame_digest(held.sort(facts, nulls_last=True)) == frame_digest(
        quarantine.select(held.columns).cast(held.schema).sort(facts, nulls_last=True)
    ):
        return held.height
    delete_raw_rows(conn, "quarantine", "source = ?", [source])
    return append_raw_rows(conn, "quarantine", quarantine)


def _reference_asset(spec: ReferenceTable) -> dg.AssetsDefinition:
    @dg.asset(
        key=["raw", spec.table],
        group_name="reference",
        description=spec.description,
        kinds=set(spec.kinds),
        owners=[OWNER],
        pool=DUCKDB_POOL,
        tags={"layer": "raw"},
    )
    def _load(
        context: dg.AssetExecutionContext, duckdb: DuckDBResource, ledger: LedgerSettings
    ) -> dg.MaterializeResult:
        settings = ledger.get()
        loaded = loaders.load_reference(spec.table, online=settings.online, log=context.log.info)
        batch_id = context.run.run_id
        now = datetime.now(UTC)
        quarantine = loaded.quarantine.with_columns(
            pl.lit(batch_id).alias("batch_id"), pl.lit(now).alias("quarantined_at")
        )
        with duckdb.get_connection() as conn:
            if loaded.warning is not None:  # a failed fetch is queryable, not only in the log
                failure = IngestError("reference", loaded.failed_url or spec.table, loaded.warning)
                append_raw_rows(
                    conn,
                    "ingest_errors",
                    errors_frame([failure], occurred_at=now, batch_id=batch_id),
                )
            ensure_raw_table(conn, spec.table)
            already = fetch_one(conn, f"select count(*) from raw.{spec.table}")[0]
            keep = loaded.warning is not None and already > 0
            if keep:
                # the online copy failed: what is already loaded stays, untouched
                context.log.error(f"raw.{spec.table}: {loaded.warning}; kept {already} rows")
                rows, n_quarantined = already, 0
            else:
                rows = replace_raw_table(conn, spec.table, loaded.rows, batch_id=batch_id)
                n_quarantined = replace_quarantine(conn, spec.table, quarantine)
        if n_quarantined:
            context.log.warning(
                f"{spec.table}: {n_quarantined} rows quarantined (see raw.quarantine)"
            )
        context.log.info(f"raw.{spec.table}: {rows} rows from {loaded.origin}")
        metadata = table_metadata(spec.table, loaded.rows, total_rows=rows)
        metadata["origin"] = "kept already loaded rows" if keep else loaded.origin
        metadata["quarantined_rows"] = dg.MetadataValue.int(n_quarantined)
        metadata["warning"] = loaded.warning or ""
        return dg.MaterializeResult(metadata=metadata)

    return _load


reference_assets = [_reference_asset(spec) for spec in REFERENCE_TABLES]

quarantine_asset = dg.AssetSpec(
    key=["raw", "quarantine"],
    group_name="reference",
    description="Rows of reference files that failed validation (file, row, column, value, "
    "reason). Appended by the reference loaders; nothing valid is held back.",
    kinds={"duckdb"},
    owners=[OWNER],
)
