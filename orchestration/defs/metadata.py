"""Materialization metadata a person can read in the UI: counts, column schema, a preview."""

from __future__ import annotations

import dagster as dg
import polars as pl

from orchestration.warehouse import markdown_table

_DAGSTER_TYPES = {
    pl.String: "string",
    pl.Float64: "double",
    pl.Int64: "bigint",
    pl.Date: "date",
    pl.Boolean: "boolean",
    pl.Datetime: "timestamp",
}


def column_schema(schema: pl.Schema) -> dg.TableSchema:
    return dg.TableSchema(
        columns=[
            dg.TableColumn(name, _DAGSTER_TYPES.get(dtype.base_type(), str(dtype)))
            for name, dtype in schema.items()
        ]
    )


def table_metadata(
    table: str, df: pl.DataFrame, *, total_rows: int, preview: pl.DataFrame | None = None
) -> dict[str, object]:
    """Standard metadata: row count (plotted over time), the table name, schema and a preview."""
    sample = df if preview is None else preview
    return {
        "dagster/row_count": dg.MetadataValue.int(total_rows),
        "dagster/table_name": f"raw.{table}",
        "dagster/column_schema": column_schema(df.schema),
        "preview": dg.MetadataValue.md(markdown_table(sample, max_rows=5)),
    }
