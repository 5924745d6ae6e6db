"""The Dagster instance of a home: the build's event log keeps its connections, the UI reads
what it wrote, and a home configured for another storage is used as configured."""

from __future__ import annotations

import time
import uuid

import dagster as dg
from dagster._core.events import AssetMaterializationPlannedData, DagsterEvent, DagsterEventType
from dagster._core.events.log import EventLogEntry
from dagster._core.storage.event_log.sqlite.sqlite_event_log import SqliteEventLogStorage

from orchestration.instance import BuildEventLogStorage, build_instance, ensure_instance_config
from sources.settings import Settings
from tests.orchestration.conftest import Home


def _settings(tmp_path) -> Settings:
    settings = Settings.from_env(Home(tmp_path / "home").env())
    ensure_instance_config(settings)
    return settings


def _planned(run_id: str, asset: str) -> EventLogEntry:
    event = DagsterEvent(
        event_type_value=DagsterEventType.ASSET_MATERIALIZATION_PLANNED.value,
        job_name="build_warehouse",
        event_specific_data=AssetMaterializationPlannedData(dg.AssetKey(["marts", asset])),
        message=f"plans {asset}",
    )
    return EventLogEntry(
        error_info=None,
        level=10,
        user_message="",
        run_id=run_id,
        timestamp=time.time(),
        dagster_event=event,
        job_name="build_warehouse",
    )


def test_a_build_writes_events_through_one_connection_per_file_at_synchronous_normal(tmp_path):
    settings = _settings(tmp_path)
    run_id = str(uuid.uuid4())
    with build_instance(settings) as instance:
        storage = instance.event_log_storage
        assert isinstance(storage, BuildEventLogStorage)
        for n in range(30):
            storage.store_event(_planned(run_id, f"table_{n}"))
        # the run's file and the cross-run index, each opened once for 30 events
        assert sorted(storage._engines) == sorted([run_id, "index"])
        with storage.run_connection(run_id) as conn:
            assert conn.exec_driver_sql("pragma synchronous").scalar() == 1  # NORMAL
            assert conn.exec_driver_sql("pragma journal_mode").scalar() == "wal"
    assert storage._engines == {}  # closing the instance closes them


def test_the_ui_instance_reads_what_a_build_wrote(tmp_path):
    settings = _settings(tmp_path)
    run_id = str(uuid.uuid4())
    with build_instance(settings) as instance:
        for name in ("fct_funding_rounds", "fct_cluster_sizes"):
            instance.event_log_storage.store_event(_planned(run_id, name))
    # the UI and every other Dagster tool load the home's dagster.yaml as it is
    with dg.DagsterInstance.from_config(str(settings.dagster_home)) as ui:
        assert type(ui.event_log_storage) is SqliteEventLogStorage
        stored = ui.all_logs(run_id)
    assert [e.dagster_event.asset_key.path[-1] for e in stored] == [
        "fct_funding_rounds",
        "fct_cluster_sizes",
    ]


def test_a_home_that_configures_its_storage_is_used_as_configured(tmp_path):
    settings = _settings(tmp_path)
    runs_dir = tmp_path / "elsewhere"
    config = settings.dagster_home / "dagster.yaml"
    config.write_text(
        config.read_text(encoding="utf-8")
        + f"event_log_storage:\n  module: dagster._core.storage.event_log\n"
        f"  class: SqliteEventLogStorage\n  config:\n    base_dir: {runs_dir}\n",
        encoding="utf-8",
    )
    with build_instance(settings) as instance:
        assert type(instance.event_log_storage) is SqliteEventLogStorage
        assert (runs_dir / "index.db").exists()
