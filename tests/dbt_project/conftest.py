"""A warehouse built once per test session: raw tables from the bundled snapshots and the
founding-story news, then ``dbt build`` (models, seeds, data tests and unit tests)."""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import duckdb
import polars as pl
import pytest
from dbt.cli.main import dbtRunner, dbtRunnerResult

from sources.reference import snapshots
from sources.schemas import RAW_TABLES, empty
from sources.settings import PROJECT_ROOT
from tests.dbt_project.founding_story import BASE_ARTICLES, articles_frame, claims_frame

DBT_PROJECT_DIR = PROJECT_ROOT / "dbt_project"
# The file name is the DuckDB catalog name that views refer to: copies keep it.
WAREHOUSE_FILE = "warehouse.duckdb"


@dataclass(frozen=True)
class BuiltWarehouse:
    """A DuckDB file after ``dbt build``, with what the build reported."""

    path: Path
    target_dir: Path
    result: dbtRunnerResult
    seconds: float

    def query(self, sql: str, params: list | None = None) -> list[dict]:
        """Rows of ``sql`` as dicts. dbt keeps its DuckDB connection open in this process,
        so this connection must use the same (read-write) configuration."""
        with duckdb.connect(str(self.path)) as conn:
            cursor = conn.execute(sql, params or [])
            names = [d[0] for d in cursor.description]
            return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def one(self, sql: str, params: list | None = None) -> dict:
        """The single row of ``sql`` (fails the test unless there is exactly one)."""
        rows = self.query(sql, params)
        assert len(rows) == 1, f"expected one row, got {len(rows)}: {rows}"
        return rows[0]


def raw_tables(news: pl.DataFrame, claims: pl.DataFrame) -> dict[str, pl.DataFrame]:
    """Every raw table: bundled snapshots where they exist, the given news, else empty."""
    tables = {name: empty(schema) for name, schema in RAW_TABLES.items()}
    for name in snapshots.TABLE_NAMES:
        tables[name] = snapshots.load_table(name)
    tables["news_articles"] = news
    tables["news_claims"] = claims
    return tables


def write_raw_tables(path: Path, tables: dict[str, pl.DataFrame]) -> None:
    """Create ``raw.<name>`` for every table (polars -> arrow -> DuckDB, schemas kept)."""
    with duckdb.connect(str(path)) as conn:
        conn.execute("create schema if not exists raw")
        for name, frame in tables.items():
            conn.register("incoming", frame.to_arrow())
            conn.execute(f"create or replace table raw.{name} as select * from incoming")
            conn.unregister("incoming")


def append_raw_rows(path: Path, table: str, frame: pl.DataFrame) -> None:
    """Append rows to ``raw.<table>`` as an ingestion asset would."""
    with duckdb.connect(str(path)) as conn:
        conn.register("incoming", frame.to_arrow())
        conn.execute(f"insert into raw.{table} by name select * from incoming")
        conn.unregister("incoming")


def dbt_build(path: Path, work_dir: Path) -> BuiltWarehouse:
    """Run ``dbt build`` in-process against the DuckDB file at ``path``."""
    target_dir = work_dir / "target"
    previous = os.environ.get("LEDGER_DUCKDB_PATH")
    os.environ["LEDGER_DUCKDB_PATH"] = str(path)
    started = time.monotonic()
    try:
        result = dbtRunner().invoke(
            [
                "build",
                "--project-dir",
                str(DBT_PROJECT_DIR),
                "--profiles-dir",
                str(DBT_PROJECT_DIR),
                "--target-path",
                str(target_dir),
                "--log-path",
                str(work_dir / "logs"),
                "--quiet",
            ]
        )
    finally:
        if previous is None:
            os.environ.pop("LEDGER_DUCKDB_PATH", None)
        else:
            os.environ["LEDGER_DUCKDB_PATH"] = previous
    return BuiltWarehouse(path, target_dir, result, time.monotonic() - started)


def failures(built: BuiltWarehouse) -> list[str]:
    """Nodes that did not pass (errors, failed or warning tests), for assertion messages."""
    if built.result.exception is not None:
        return [repr(built.result.exception)]
    return [
        f"{r.node.unique_id}: {r.status} {r.message or ''}".strip()
        for r in built.result.result.results
        if str(r.status) not in {"success", "pass"}
    ]


@pytest.fixture(scope="session")
def warehouse(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BuiltWarehouse]:
    """The founding-story warehouse, built once; tests must only read it."""
    work_dir = tmp_path_factory.mktemp("warehouse")
    path = work_dir / WAREHOUSE_FILE
    write_raw_tables(path, raw_tables(articles_frame(BASE_ARTICLES), claims_frame(BASE_ARTICLES)))
    yield dbt_build(path, work_dir)


@pytest.fixture
def warehouse_copy(warehouse: BuiltWarehouse, tmp_path: Path) -> Path:
    """A private copy of the built warehouse file, for tests that add data and rebuild."""
    copy_dir = tmp_path / "copy"
    copy_dir.mkdir()
    copy = copy_dir / WAREHOUSE_FILE
    shutil.copyfile(warehouse.path, copy)
    return copy
