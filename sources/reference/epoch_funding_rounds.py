"""Epoch AI's funding rounds of AI companies (CC BY 4.0) as ``raw.epoch_funding_rounds``.

Epoch publishes ``ai_companies_funding_rounds.csv`` alone and inside ``ai_companies.zip``.
Its columns: Id, Company, Close date, Status, Funding (equity), Funding (debt), Valuation
(post-money), Report date, Notes, Type, Confidence, Exclude from graph view. Dates are written
M/D/YYYY. ``parse`` drops Notes (free text); Epoch gives no investors, pre-money valuations or
per-row sources, so those columns are empty and ``source_urls`` is the dataset's page.

Attribution: Epoch AI, 'AI Companies' dataset, https://epoch.ai/data, CC BY 4.0.
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
from sources.schemas import EPOCH_FUNDING_ROUNDS, conform
from sources.settings import DEFAULT_EPOCH_FUNDING_ROUNDS_URL, get_settings

if TYPE_CHECKING:
    from sources.http import HttpClient

SOURCE = "epoch_funding_rounds"
FILE_NAME = "ai_companies_funding_rounds.csv"  # the CSV's name, also inside Epoch's zip
SNAPSHOT_FILE_NAME = "epoch_funding_rounds.csv"
DEFAULT_URL = DEFAULT_EPOCH_FUNDING_ROUNDS_URL
DEFAULT_ZIP_URL = "https://epoch.ai/data/ai_companies.zip"
DATASET_URL = "https://epoch.ai/data/ai-companies"

FIELDS: dict[str, Field] = {
    "round_name": Field("Id", "required_text"),
    "company": Field("Company", "required_text"),
    "close_date": Field("Close date", "date"),
    "status": Field("Status"),
    "equity_usd": Field("Funding (equity)", "float"),
    "debt_usd": Field("Funding (debt)", "float"),
    "post_money_valuation_usd": Field("Valuation (post-money)", "float"),
    "report_date": Field("Report date", "date"),
    "round_type": Field("Type"),
    "confidence": Field("Confidence"),
    "exclude_from_graph_view": Field("Exclude from graph view", "flag"),
}
SNAPSHOT_COLUMNS = tuple(f.column for f in FIELDS.values())  # everything but Notes


def parse(data: bytes, *, file_name: str = FILE_NAME, strict: bool = False) -> ParseResult:
    """Parse Epoch's funding rounds CSV (full or trimmed, plain or inside ``ai_companies.zip``).

    Returns ``rows`` in :data:`EPOCH_FUNDING_ROUNDS` and ``quarantine`` rows for unreadable
    cells (``strict=True`` raises instead). ``total_usd`` is equity plus debt (either alone
    when the other is empty).
    """
    raw, name = unpack(data, file_name=file_name, member=FILE_NAME)
    table = read_table(raw, file_name=name)
    require_columns(table, SNAPSHOT_COLUMNS, file_name=name)
    result = convert(table, FIELDS, source=SOURCE, file_name=name, strict=strict)
    rows = result.rows.rename({ROW: "epoch_row"}).with_columns(
        pl.when(pl.col("equity_usd").is_null() & pl.col("debt_usd").is_null())
        .then(None)
        .otherwise(pl.col("equity_usd").fill_null(0) + pl.col("debt_usd").fill_null(0))
        .alias("total_usd"),
        pl.lit(None, dtype=pl.Float64).alias("pre_money_valuation_usd"),
        pl.lit(None, dtype=pl.String).alias("investors"),
        pl.lit(DATASET_URL).alias("source_urls"),
    )
    return ParseResult(
        rows=conform(rows, EPOCH_FUNDING_ROUNDS, name=SOURCE), quarantine=result.quarantine
    )


def trim(data: bytes, *, file_name: str = FILE_NAME) -> bytes:
    """Epoch's funding rounds CSV without the free-text Notes column (rows unchanged)."""
    return select_columns(data, SNAPSHOT_COLUMNS, file_name=file_name, member=FILE_NAME)


def fetch(client: HttpClient, url: str | None = None) -> bytes:
    """Download Epoch's current funding rounds file (CSV or zip) from ``url``, by default the
    ``LEDGER_EPOCH_FUNDING_ROUNDS_URL`` setting."""
    return fetch_bytes(client, url or get_settings().epoch_funding_rounds_url)
