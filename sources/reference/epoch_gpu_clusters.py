"""Epoch AI's GPU Clusters dataset (CC BY 4.0) as ``raw.epoch_gpu_clusters``.

``parse`` reads Epoch's published CSV (57 columns, quoted multi-line fields), a zip holding
it, or our trimmed snapshot (the same column names, free-text columns removed). It keeps
facts and source URLs and drops the free text (Note, Quote, Hardware note, Certainty Note,
Cost Quote, ...). A cell that cannot be read puts a quarantine row in the result and leaves
its row out; ``strict=True`` raises on the first such cell instead.

Attribution: Epoch AI, 'GPU Clusters' dataset, https://epoch.ai/data, CC BY 4.0.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import polars as pl

from sources.reference.download import fetch_bytes
from sources.reference.table_input import (
    ROW,
    Field,
    ParseResult,
    convert,
    read_table,
    require_columns,
    select_columns,
    unpack,
)
from sources.schemas import EPOCH_GPU_CLUSTERS, conform
from sources.settings import DEFAULT_EPOCH_GPU_CLUSTERS_URL, get_settings

if TYPE_CHECKING:
    from sources.http import HttpClient

SOURCE = "epoch_gpu_clusters"
FILE_NAME = "gpu_clusters.csv"  # the CSV's name, also inside Epoch's zip
SNAPSHOT_FILE_NAME = "epoch_gpu_clusters.csv"  # our trimmed copy in sources/reference/data
DEFAULT_URL = DEFAULT_EPOCH_GPU_CLUSTERS_URL
DEFAULT_ZIP_URL = "https://epoch.ai/data/gpu_clusters.zip"
DATASET_URL = "https://epoch.ai/data/gpu-clusters"

FIELDS: dict[str, Field] = {
    "name": Field("Name", "required_text"),
    "status": Field("Status"),
    "certainty": Field("Certainty"),
    "single_cluster": Field("Single cluster?"),
    "owner": Field("Owner"),
    "users": Field("Users"),
    "country": Field("Country"),
    "location": Field("Location"),
    "sector": Field("Sector"),
    "first_operational_date": Field("First Operational Date", "date"),
    "first_operational_date_note": Field("First Operational Date Note"),
    "decommissioned_date": Field("Decommissioned Date (if applicable)", "date"),
    "chip_type_primary": Field("Chip type (primary)"),
    "chip_quantity_primary": Field("Chip quantity (primary)", "float"),
    "chip_type_secondary": Field("Chip type (secondary)"),
    "chip_quantity_secondary": Field("Chip quantity (secondary)", "float"),
    "total_chips": Field("Total number of AI chips", "float"),
    "h100_equivalents": Field("H100 equivalents", "float"),
    "max_ops": Field("Max OP/s", "float"),
    "ops_8bit": Field("8-bit OP/s", "float"),
    "ops_16bit": Field("16-bit OP/s", "float"),
    "ops_32bit": Field("32-bit OP/s", "float"),
    "power_capacity_mw": Field("Power Capacity (MW)", "float"),
    "reported_power_capacity_mw": Field("Reported Power Capacity (MW)", "float"),
    "calculated_power_capacity_mw": Field("Calculated Power Capacity (MW)", "float"),
    "hardware_cost_usd": Field("Hardware Cost", "float"),
    "reported_cost_usd": Field("Reported Cost", "float"),
    "builds_upon": Field("Builds Upon"),
    "superseded_by": Field("Superseded by"),
    "possible_duplicate_of": Field("Possible Duplicate Of"),
    "include_in_standard_analysis": Field("Include in Standard Analysis", "flag"),
    "exclude": Field("Exclude", "flag"),
    "latitude": Field("latitude", "float"),
    "longitude": Field("longitude", "float"),
}
# Columns nothing past staging reads: an export without them still loads (they stay empty).
# Users (the cluster_owners bridge) and Possible Duplicate Of (one row per physical cluster)
# are read by the warehouse, so they are required
OPTIONAL_COLUMNS = frozenset(
    {
        "Sector",
        "Max OP/s",
        "32-bit OP/s",
        "Reported Cost",
        "latitude",
        "longitude",
    }
)
REQUIRED_COLUMNS = tuple(f.column for f in FIELDS.values() if f.column not in OPTIONAL_COLUMNS)
SOURCE_COLUMNS = ("Source 1", "Source 2", "Source 3", "Source 4", "Source 5")
REQUIRED_SOURCE_COLUMNS = ("Source 1",)  # Sources 2-5 are optional (often all empty)
# The columns our trimmed snapshot keeps, in Epoch's order; everything else is free text
# (Note, Quote, Hardware note, Certainty Note, Cost Quote) or derived (logs, ranks, shares).
SNAPSHOT_COLUMNS = (
    *(f.column for f in FIELDS.values()),
    *SOURCE_COLUMNS,
)


def _source_urls(table: pl.DataFrame) -> pl.Expr:
    present = [c for c in SOURCE_COLUMNS if c in table.columns]
    joined = pl.concat_list([pl.col(c).str.strip_chars() for c in present]).list.eval(
        pl.element().filter(pl.element().is_not_null() & (pl.element() != ""))
    )
    return (pl.when(joined.list.len() > 0).then(joined.list.join(" | ")).otherwise(None)).alias(
        "source_urls"
    )


def parse(data: bytes, *, file_name: str = FILE_NAME, strict: bool = False) -> ParseResult:
    """Parse Epoch's GPU clusters CSV (full or trimmed, plain or zipped).

    Returns ``rows`` in :data:`EPOCH_GPU_CLUSTERS` (``epoch_row`` is the 1-based data row of
    the file) and ``quarantine`` rows for unreadable cells. A missing required column raises
    :class:`~sources.reference.errors.SnapshotFormatError` naming the file and the column;
    a missing column of :data:`OPTIONAL_COLUMNS` is read as empty.
    """
    raw, name = unpack(data, file_name=file_name, member=FILE_NAME)
    table = read_table(raw, file_name=name)
    require_columns(table, [*REQUIRED_COLUMNS, *REQUIRED_SOURCE_COLUMNS], file_name=name)
    absent = sorted(c for c in OPTIONAL_COLUMNS if c not in table.columns)
    table = table.with_columns(pl.lit(None, dtype=pl.String).alias(c) for c in absent)
    table = table.with_columns(_source_urls(table))
    result = convert(
        table,
        {**FIELDS, "source_urls": Field("source_urls")},
        source=SOURCE,
        file_name=name,
        strict=strict,
    )
    rows = result.rows.rename({ROW: "epoch_row"})
    return ParseResult(
        rows=conform(rows, EPOCH_GPU_CLUSTERS, name=SOURCE), quarantine=result.quarantine
    )


def trim(data: bytes, *, file_name: str = FILE_NAME) -> bytes:
    """Epoch's full CSV reduced to :data:`SNAPSHOT_COLUMNS` (every row kept, text unchanged);
    optional columns the export lacks are left out."""
    raw, name = unpack(data, file_name=file_name, member=FILE_NAME)
    present = set(read_table(raw, file_name=name).columns)
    columns = [c for c in SNAPSHOT_COLUMNS if c in present or c not in OPTIONAL_COLUMNS]
    return select_columns(data, columns, file_name=file_name, member=FILE_NAME)


def fetch(client: HttpClient, url: str | None = None) -> bytes:
    """Download Epoch's current GPU clusters file (CSV or zip) from ``url``, by default the
    ``LEDGER_EPOCH_GPU_CLUSTERS_URL`` setting."""
    return fetch_bytes(client, url or get_settings().epoch_gpu_clusters_url)
