"""Writing polars DataFrames into the DuckDB warehouse, and reading a little back for metadata.

All writes of a table happen in one transaction: a failure leaves what was loaded before intact.
"""

from __future__ import annotations

from collections.abc import Iterable

import duckdb
import polars as pl

from sources.schemas import RAW_TABLES

RAW_SCHEMA = "raw"

_DUCKDB_TYPES: dict[type[pl.DataType], str] = {
    pl.String: "VARCHAR",
    pl.Float64: "DOUBLE",
    pl.Int64: "BIGINT",
    pl.Date: "DATE",
    pl.Boolean: "BOOLEAN",
    pl.Datetime: "TIMESTAMPTZ",
}


def _ddl(table: str, schema: pl.Schema) -> str:
    cols = ", ".join(
        f'"{name}" {_DUCKDB_TYPES[dtype.base_type()]}' for name, dtype in schema.items()
    )
    return f"create table if not exists {RAW_SCHEMA}.{table} ({cols})"


def fetch_one(conn: duckdb.DuckDBPyConnection, sql: str, params: list | None = None) -> tuple:
    """The first row of a query, with the result fully consumed.

    DuckDB 2 keeps a result open after ``fetchone()``, and the next relation on the same
    connection then fails; fetching all rows closes it.
    """
    rows = (
        conn.execute(sql, params).fetchall() if params is not None else conn.execute(sql).fetchall()
    )
    return rows[0] if rows else ()


def ensure_raw_table(conn: duckdb.DuckDBPyConnection, table: str) -> None:
    """Create ``raw.<table>`` from its declared schema if it does not exist yet."""
    conn.execute(f"create schema if not exists {RAW_SCHEMA}")
    conn.execute(_ddl(table, RAW_TABLES[table]))


def replace_raw_table(conn: duckdb.DuckDBPyConnection, table: str, df: pl.DataFrame) -> int:
    """Replace the content of ``raw.<table>`` with ``df`` atomically; returns the row count."""
    ensure_raw_table(conn, table)
    conn.register("_incoming", df)
    try:
        conn.execute("begin transaction")
        conn.execute(f"delete from {RAW_SCHEMA}.{table}")
        conn.execute(f"insert into {RAW_SCHEMA}.{table} by name select * from _incoming")
        conn.execute("commit")
    except Exception:
        conn.execute("rollback")
        raise
    finally:
        conn.unregister("_incoming")
    return df.height


def append_raw_rows(conn: duckdb.DuckDBPyConnection, table: str, df: pl.DataFrame) -> int:
    """Append ``df`` to ``raw.<table>`` (created if missing); returns the number of rows added."""
    ensure_raw_table(conn, table)
    if df.is_empty():
        return 0
    conn.register("_incoming", df)
    try:
        conn.execute(f"insert into {RAW_SCHEMA}.{table} by name select * from _incoming")
    finally:
        conn.unregister("_incoming")
    return df.height


def read_raw(
    conn: duckdb.DuckDBPyConnection, table: str, columns: Iterable[str] = ("*",)
) -> pl.DataFrame:
    """Read ``raw.<table>`` (or the given columns) as a polars DataFrame; empty if missing."""
    ensure_raw_table(conn, table)
    cols = ", ".join(columns)
    return conn.sql(f"select {cols} from {RAW_SCHEMA}.{table}").pl()


def table_row_counts(
    conn: duckdb.DuckDBPyConnection, schemas: Iterable[str]
) -> list[tuple[str, int]]:
    """Row counts of every table and view in the given schemas, sorted by name."""
    wanted = list(schemas)
    rows = conn.execute(
        "select table_schema, table_name from information_schema.tables "
        "where table_schema in (select unnest(?)) order by 1, 2",
        [wanted],
    ).fetchall()
    return [(f"{s}.{t}", fetch_one(conn, f'select count(*) from "{s}"."{t}"')[0]) for s, t in rows]


def markdown_table(df: pl.DataFrame, max_rows: int = 10, max_width: int = 60) -> str:
    """A small markdown table for Dagster metadata previews (no extra dependency)."""
    if df.is_empty():
        return "_no rows_"
    head = df.head(max_rows)

    def cell(value: object) -> str:
        text = "" if value is None else str(value)
        text = text.replace("|", "\\|").replace("\n", " ")
        return text if len(text) <= max_width else text[: max_width - 1] + "…"

    lines = ["| " + " | ".join(head.columns) + " |", "|" + "---|" * len(head.columns)]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in head.iter_rows()]
    return "\n".join(lines)
