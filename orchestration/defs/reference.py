"""Reference assets: chips, companies, clusters gazetteers, Epoch AI tables and ECB FX rates.

Offline (the default) they load the snapshots bundled in ``sources/reference/data``; with
``LEDGER_ONLINE=1`` they fetch the published files first and fall back to the snapshot, with a
warning in the metadata, when the fetch fails. A row at fault is quarantined (``raw.quarantine``)
and the others load. A file that cannot be read at all, or that would replace the loaded table
with less than half its rows (a truncated download, a header-only file served with 200), leaves
the loaded rows in place; the failure is a ``raw.ingest_errors`` row and an error in the log.
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

# A load that would keep less than this share of the rows already loaded is refused.
MIN_KEPT_SHARE = 0.5

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


class ReferenceLoadConfig(dg.Config):
    """Run configuration of a reference load (the UI's launchpad, ``ledger build``)."""

    # load a file even when it has far fewer rows than the table already holds
    accept_smaller: bool = False


def load_problem(loaded_rows: int, already: int, *, accept_smaller: bool) -> str | None:
    """Why a load of ``loaded_rows`` must not replace ``already`` loaded rows, or None."""
    if accept_smaller or already == 0 or loaded_rows >= already * MIN_KEPT_SHARE:
        return None
    return (
        f"the new file has {loaded_rows} rows where {already} are loaded (less than "
        f"{MIN_KEPT_SHARE:.0%}): a truncated or empty file? The loaded rows were kept; to load "
        "it anyway run with accept_smaller (ledger build --accept-smaller)"
    )


def record_load_failure(conn, table: str, where: str, error: str, batch_id: str) -> None:
    """A failed or refused load of ``raw.<table>`` as a ``raw.ingest_errors`` row
    (``source = 'reference'``, ``url`` = the URL or file, ``error`` naming the table)."""
    failure = IngestError("reference", where, f"raw.{table}: {error}")
    append_raw_rows(
        conn,
        "ingest_errors",
        errors_frame([failure], occurred_at=datetime.now(UTC), batch_id=batch_id),
    )


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
        context: dg.AssetExecutionContext,
        config: ReferenceLoadConfig,
        duckdb: DuckDBResource,
        ledger: LedgerSettings,
    ) -> dg.MaterializeResult:
        settings = ledger.get()
        batch_id = context.run.run_id
        origin = f"the {'online' if settings.online else 'bundled'} {spec.table} file"
        try:
            loaded = loaders.load_reference(
                spec.table, online=settings.online, log=context.log.info
            )
        except Exception as exc:  # a file we cannot read at all: what is loaded stays
            loaded, failure = None, f"cannot load {origin}: {exc}"
        else:
            origin, failure = loaded.origin, loaded.warning
        with duckdb.get_connection() as conn:
            ensure_raw_table(conn, spec.table)
            already = fetch_one(conn, f"select count(*) from raw.{spec.table}")[0]
            if loaded is not None and failure is None:
                failure = load_problem(
                    loaded.rows.height, already, accept_smaller=config.accept_smaller
                )
            # an online failure on a first load still loads the bundled snapshot
            keep = loaded is None or (failure is not None and (already > 0 or not loaded.warning))
            if failure is not None:  # queryable in raw.ingest_errors, not only in the log
                where = (loaded.failed_url if loaded is not None else None) or origin
                record_load_failure(conn, spec.table, where, failure, batch_id)
                context.log.error(f"raw.{spec.table}: {failure}")
            if keep:
                rows, n_quarantined = already, 0
                context.log.warning(f"raw.{spec.table}: kept the {already} rows already loaded")
            else:
                rows = replace_raw_table(conn, spec.table, loaded.rows, batch_id=batch_id)
                quarantine = loaded.quarantine.with_columns(
                    pl.lit(batch_id).alias("batch_id"),
                    pl.lit(datetime.now(UTC)).alias("quarantined_at"),
                )
                n_quarantined = replace_quarantine(conn, spec.table, quarantine)
        if n_quarantined:
            context.log.warning(
                f"{spec.table}: {n_quarantined} rows quarantined (see raw.quarantine)"
            )
        context.log.info(f"raw.{spec.table}: {rows} rows from {origin}")
        if loaded is not None:
            metadata = table_metadata(spec.table, loaded.rows, total_rows=rows)
        else:
            metadata = {"dagster/row_count": dg.MetadataValue.int(rows)}
        metadata["origin"] = "kept already loaded rows" if keep else origin
        metadata["quarantined_rows"] = dg.MetadataValue.int(n_quarantined)
        metadata["warning"] = failure or ""
        return dg.MaterializeResult(metadata=metadata)

    return _load


reference_assets = [_reference_asset(spec) for spec in REFERENCE_TABLES]

quarantine_asset = dg.AssetSpec(
    key=["raw", "quarantine"],
    group_name="reference",
    description="Rows that failed validation, with file, row, column, value and reason: "
    "reference-file rows (replaced on each load of their table) and articles held back for a "
    "date that cannot be right (unreadable, more than a day ahead, before 1990).",
    kinds={"duckdb"},
    owners=[OWNER],
)
