"""Writing polars DataFrames into the DuckDB warehouse, and reading a little back for metadata.

All writes of a table happen in one transaction: a failure leaves what was loaded before intact.
Every write that changes a raw table is recorded in ``raw.load_log``; a replace with the same
content writes nothing (so an identical re-run leaves the file as it was), and the dbt step
runs only when the log has changed since its last build.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

import duckdb
import polars as pl

from sources.schemas import BOOKKEEPING_TABLES, RAW_TABLES

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
    """Create ``raw.<table>`` from its declared schema if it does not exist yet, and add the
    columns a newer schema declares to a table created before (their old rows hold null)."""
    conn.execute(f"create schema if not exists {RAW_SCHEMA}")
    schema = RAW_TABLES.get(table) or BOOKKEEPING_TABLES[table]
    conn.execute(_ddl(table, schema))
    present = {
        row[0]
        for row in conn.execute(
            "select column_name from information_schema.columns "
            "where table_schema = ? and table_name = ?",
            [RAW_SCHEMA, table],
        ).fetchall()
    }
    for name, dtype in schema.items():
        if name not in present:
            kind = _DUCKDB_TYPES[dtype.base_type()]
            conn.execute(f'alter table {RAW_SCHEMA}.{table} add column "{name}" {kind}')


def frame_digest(df: pl.DataFrame) -> str:
    """A fingerprint of a frame's content (rows in order), to tell an identical reload."""
    digest = hashlib.blake2b(digest_size=16)
    digest.update(",".join(f"{n}:{t}" for n, t in df.schema.items()).encode())
    if df.height:
        # the row hashes' value buffer, through arrow (numpy is not a dependency)
        digest.update(df.hash_rows(seed=0).to_arrow().buffers()[1].to_pybytes())
    return digest.hexdigest()


def log_change(
    conn: duckdb.DuckDBPyConnection,
    table: str,
    change: str,
    rows: int,
    *,
    content_hash: str | None = None,
    batch_id: str | None = None,
) -> None:
    """Record that ``raw.<table>`` changed (the dbt step compares the log with its last build)."""
    ensure_raw_table(conn, "load_log")
    conn.execute(
        "insert into raw.load_log by name select ? as table_name, ? as change, ? as rows, "
        "? as content_hash, ? as batch_id, now() as loaded_at",
        [table, change, rows, content_hash, batch_id],
    )


def last_change(conn: duckdb.DuckDBPyConnection) -> object | None:
    """When any raw table last changed (None for a warehouse with no recorded write)."""
    ensure_raw_table(conn, "load_log")
    return fetch_one(conn, "select max(loaded_at) from raw.load_log")[0]


def replace_raw_table(
    conn: duckdb.DuckDBPyConnection, table: str, df: pl.DataFrame, *, batch_id: str | None = None
) -> int:
    """Replace the content of ``raw.<table>`` with ``df`` atomically; returns the row count.

    When the table already holds exactly this content, nothing is written."""
    ensure_raw_table(conn, table)
    digest = frame_digest(df)
    ensure_raw_table(conn, "load_log")
    previous = fetch_one(
        conn,
        "select content_hash from raw.load_log where table_name = ? and change = 'replace' "
        "order by loaded_at desc limit 1",
        [table],
    )
    current_rows = fetch_one(conn, f"select count(*) from {RAW_SCHEMA}.{table}")[0]
    if previous and previous[0] == digest and current_rows == df.height:
        return df.height
    conn.register("_incoming", df)
    try:
        conn.execute("begin transaction")
        conn.execute(f"delete from {RAW_SCHEMA}.{table}")
        conn.execute(f"insert into {RAW_SCHEMA}.{table} by name select * from _incoming")
        log_change(conn, table, "replace", df.height, content_hash=digest, batch_id=batch_id)
        conn.execute("commit")
    except Exception:
        conn.execute("rollback")
        raise
    finally:
        conn.unregister("_incoming")
    return df.height


def append_raw_rows(
    conn: duckdb.DuckDBPyConnection, table: str, df: pl.DataFrame, *, batch_id: str | None = None
) -> int:
    """Append ``df`` to ``raw.<table>`` (created if missing); returns the number of rows added."""
    ensure_raw_table(conn, table)
    if df.is_empty():
        return 0
    conn.register("_incoming", df)
    try:
        conn.execute(f"insert into {RAW_SCHEMA}.{table} by name select * from _incoming")
    finally:
        conn.unregister("_incoming")
    if table in RAW_TABLES:  # bookkeeping tables are not dbt's inputs
        log_change(conn, table, "append", df.height, batch_id=batch_id)
    return df.height


def delete_raw_rows(
    conn: duckdb.DuckDBPyConnection, table: str, where: str, params: list | None = None
) -> int:
    """Delete the rows of ``raw.<table>`` matching ``where``; returns how many went."""
    ensure_raw_table(conn, table)
    # DuckDB answers a DELETE with the number of rows it removed
    (deleted,) = fetch_one(conn, f"delete from {RAW_SCHEMA}.{table} where {where}", params)
    if deleted and table in RAW_TABLES:
        log_change(conn, table, "delete", deleted)
    return deleted


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
