"""The persistent Dagster instance of a Ledger home (``$LEDGER_HOME/dagster``).

``ledger build`` and ``make ui`` share it, so the UI shows every run that built the warehouse.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from dagster import DagsterInstance
from dagster._core.instance.config import dagster_instance_config
from dagster._core.instance.ref import InstanceRef
from dagster._core.storage.event_log.sqlite.sqlite_event_log import (
    SQLITE_BUSY_TIMEOUT_SECONDS,
    SqliteEventLogStorage,
)
from dagster._serdes import ConfigurableClassData
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.pool import StaticPool

from sources.settings import Settings

DAGSTER_YAML = """\
# Written by the AI Compute Ledger (orchestration/instance.py); safe to edit.
concurrency:
  pools:
    # One slot per pool: every DuckDB writer (ingestion assets and dbt) is in the "duckdb" pool,
    # so two runs started at once queue on it instead of failing on DuckDB's file lock.
    default_limit: 1
    granularity: op
  runs:
    max_concurrent_runs: 4
telemetry:
  enabled: false
"""


def ensure_instance_config(settings: Settings) -> Path:
    """Create ``dagster.yaml`` in the Dagster home when missing; returns its path."""
    settings.dagster_home.mkdir(parents=True, exist_ok=True)
    path = settings.dagster_home / "dagster.yaml"
    if not path.exists():
        path.write_text(DAGSTER_YAML, encoding="utf-8")
    return path


# --- the event log of a build -----------------------------------------------------------------

# Dagster's SQLite event log opens a new connection for every event it stores and closes it
# after one commit. In WAL mode, with SQLite's default synchronous=FULL, that is an fsync per
# commit and a checkpoint (another fsync) per close: 2 to 5 ms an event, and an update of the
# warehouse writes about 1,000 events (most of them one per dbt test). A build therefore keeps
# one connection per database file open for its whole run and commits with synchronous=NORMAL,
# which in WAL mode still survives a crash of the process (an OS crash may lose the last
# events, never corrupt the file). The files and their schema are Dagster's own, so the UI
# (which keeps Dagster's default storage) reads what a build wrote.
BUILD_EVENT_LOG_CLASS = "BuildEventLogStorage"


class BuildEventLogStorage(SqliteEventLogStorage):
    """Dagster's SQLite event log storage with one open connection per database file.

    Every use of a connection happens under the storage's own lock (``_db_lock``), as in the
    parent class, so one shared connection per file is safe across threads.
    """

    def __init__(self, base_dir: str, inst_data: ConfigurableClassData | None = None):
        self._engines: dict[str, Engine] = {}
        super().__init__(base_dir, inst_data=inst_data)

    @classmethod
    def from_config_value(  # the parent builds its own class here, not ``cls``
        cls, inst_data: ConfigurableClassData | None, config_value: Mapping[str, Any]
    ) -> BuildEventLogStorage:
        return cls(inst_data=inst_data, **config_value)

    @contextmanager
    def _connect(self, shard: str) -> Iterator[Connection]:
        with self._db_lock:
            engine = self._engines.get(shard)
            if engine is None:
                engine = create_engine(
                    self.conn_string_for_shard(shard),
                    poolclass=StaticPool,
                    # shared across threads, used under ``_db_lock`` only
                    connect_args={
                        "timeout": SQLITE_BUSY_TIMEOUT_SECONDS,
                        "check_same_thread": False,
                    },
                )
                event.listen(engine, "connect", _synchronous_normal)
                self._engines[shard] = engine
            if shard not in self._initialized_dbs:
                self._initdb(engine)
                self._initialized_dbs.add(shard)
            with engine.connect() as conn, conn.begin():
                yield conn

    def dispose(self) -> None:
        super().dispose()
        with self._db_lock:
            for engine in self._engines.values():
                engine.dispose()
            self._engines.clear()


def _synchronous_normal(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.execute("pragma synchronous=NORMAL")


def build_instance(settings: Settings) -> DagsterInstance:
    """The Dagster instance of a home as ``ledger build`` uses it: the home's ``dagster.yaml``,
    with the event log in :class:`BuildEventLogStorage` when that file leaves the storage to
    Dagster's default (SQLite files in the home). A home configured for another storage, such
    as Postgres, is used as configured."""
    home = str(settings.dagster_home)
    config, _ = dagster_instance_config(home)
    overrides: dict[str, Any] = {}
    if not {"storage", "event_log_storage"} & set(config or {}):
        overrides["event_log_storage"] = {
            "module": __name__,
            "class": BUILD_EVENT_LOG_CLASS,
            "config": {"base_dir": str(settings.dagster_home / "history" / "runs")},
        }
    return DagsterInstance.from_ref(InstanceRef.from_dir(home, overrides=overrides))
