"""Recovery before a build: a killed run's status, pool slot, dbt subprocess and leftovers.

The fast tests script the Dagster instance (a run "started" by a process that is gone, one
that is alive); the slow one kills a real ``ledger build`` with SIGKILL during dbt and checks
that the next build finishes by itself and says what it recovered.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

import dagster as dg
import duckdb
import pytest
from dagster._core.test_utils import instance_for_test

from orchestration import recovery
from orchestration.defs.resources import DUCKDB_POOL


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def _started_run(instance: dg.DagsterInstance, pid: int) -> str:
    run_id = str(uuid.uuid4())
    run = dg.DagsterRun(
        job_name="build_warehouse",
        run_id=run_id,
        status=dg.DagsterRunStatus.STARTED,
        tags={recovery.PID_TAG: str(pid), recovery.HOST_TAG: os.uname().nodename},
    )
    instance.add_run(run)
    storage = instance.event_log_storage
    storage.set_concurrency_slots(DUCKDB_POOL, 1)
    assert storage.claim_concurrency_slot(DUCKDB_POOL, run_id, "raw__ref_chips").is_claimed
    return run_id


@pytest.fixture
def instance(tmp_path):
    with instance_for_test(temp_dir=str(tmp_path)) as inst:
        yield inst


def test_a_run_whose_process_is_gone_is_failed_and_its_slot_freed(instance, tmp_path):
    run_id = _started_run(instance, _dead_pid())
    lines: list[str] = []

    assert recovery.recover(instance, tmp_path / "run", lines.append)

    assert instance.get_run_by_id(run_id).status == dg.DagsterRunStatus.FAILURE
    info = instance.event_log_storage.get_concurrency_info(DUCKDB_POOL)
    assert info.claimed_slots == []
    assert any(run_id in line and "slot freed" in line for line in lines)
    # a second recovery finds nothing left to do
    assert recovery.recover(instance, tmp_path / "run", lines.append) == 0


def test_a_run_started_elsewhere_is_found_by_the_pid_dagster_recorded(instance, tmp_path):
    """A run of `dagster job execute` (no ledger tags): its in-process engine event names
    the pid."""
    from dagster._core.events import EngineEventData

    run_id = str(uuid.uuid4())
    run = dg.DagsterRun(
        job_name="refresh_reference", run_id=run_id, status=dg.DagsterRunStatus.STARTED
    )
    instance.add_run(run)
    instance.report_engine_event(
        "Executing steps in process", run, EngineEventData.in_process(_dead_pid())
    )

    assert recovery.recover(instance, tmp_path / "run", [].append) == 1
    assert instance.get_run_by_id(run_id).status == dg.DagsterRunStatus.FAILURE


def test_a_slot_held_by_a_finished_run_is_freed(instance, tmp_path):
    run_id = _started_run(instance, os.getpid())
    instance.report_run_failed(instance.get_run_by_id(run_id))  # finished, slot not released
    lines: list[str] = []
    recovery.recover(instance, tmp_path / "run", lines.append)
    assert instance.event_log_storage.get_concurrency_info(DUCKDB_POOL).claimed_slots == []
    assert any("finished run" in line for line in lines)


def test_a_reused_pid_counts_as_gone():
    # this process started long before "now": a run created now cannot be running in it
    assert recovery.process_alive(os.getpid())
    assert not recovery.process_alive(os.getpid(), not_started_after=time.time() - 3600 * 24 * 365)


def test_a_live_run_is_waited_for_naming_run_and_pid_then_recovered_when_it_dies(
    instance, tmp_path
):
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    run_id = _started_run(instance, sleeper.pid)
    lines: list[str] = []
    # the wait ends when the holder is killed: then it is recovered like any dead run
    killer = threading.Timer(1.5, lambda: (sleeper.kill(), sleeper.wait()))
    killer.start()
    started = time.monotonic()
    recovery.wait_for_other_builds(instance, tmp_path / "run", lines.append, poll_seconds=0.2)
    assert 1.0 < time.monotonic() - started < 30
    assert any(f"Waiting for run {run_id}" in ln and f"pid {sleeper.pid}" in ln for ln in lines)
    assert instance.get_run_by_id(run_id).status == dg.DagsterRunStatus.FAILURE


def test_dbt_leftovers_are_dropped_and_a_wal_is_checkpointed(tmp_path):
    path = tmp_path / "ledger.duckdb"
    conn = duckdb.connect(str(path))
    conn.execute("create schema marts")
    conn.execute("create table marts.dim_chips as select 1 as a")
    conn.execute("create table marts.dim_chips__dbt_backup as select 1 as a")
    conn.execute("create view marts.fct_x__dbt_tmp as select 1 as a")
    # killed between dbt's renames: the model is gone, its backup is all there is
    conn.execute("create table marts.dim_companies__dbt_backup as select 7 as a")
    conn.execute("pragma disable_checkpoint_on_shutdown")
    conn.execute("insert into marts.dim_chips values (2)")
    conn.close()
    wal = tmp_path / "ledger.duckdb.wal"
    assert wal.exists() and wal.stat().st_size > 0
    lines: list[str] = []

    recovery.clean_warehouse(path, lines.append)

    with duckdb.connect(str(path), read_only=True) as check:
        names = {r[0] for r in check.execute("select table_name from duckdb_tables()").fetchall()}
        names |= {r[0] for r in check.execute("select view_name from duckdb_views()").fetchall()}
        assert check.execute("select count(*) from marts.dim_chips").fetchall() == [(2,)]
        assert check.execute("select a from marts.dim_companies").fetchall() == [(7,)]
        reruns = check.execute("select count(*) from raw.load_log where change = 'recover'")
        assert reruns.fetchall() == [(1,)]  # so the next dbt step does not skip
    assert {"dim_chips", "dim_companies"} <= names
    assert not {"dim_chips__dbt_backup", "fct_x__dbt_tmp", "dim_companies__dbt_backup"} & names
    assert any("Dropped marts.dim_chips__dbt_backup" in line for line in lines)
    assert any("Restored marts.dim_companies" in line for line in lines)
    assert any("write-ahead log" in line for line in lines)


def test_a_locked_warehouse_is_waited_for_naming_the_holder_and_ctrl_c_stops_it(tmp_path):
    path = tmp_path / "ledger.duckdb"
    duckdb.connect(str(path)).close()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            f"import duckdb, time; c = duckdb.connect({str(path)!r}); print('ok', flush=True); "
            "time.sleep(60)",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "ok"
        lines: list[str] = []

        def interrupt_after_first_message(line: str) -> None:
            lines.append(line)
            raise KeyboardInterrupt

        with pytest.raises(KeyboardInterrupt):
            recovery.connect_waiting(path, interrupt_after_first_message, poll_seconds=0.1)
        assert f"pid {holder.pid}" in lines[0]
    finally:
        holder.kill()
        holder.wait()


# --- a real kill -9 -------------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.xdist_group("warehouse")
def test_a_build_killed_during_dbt_is_recovered_by_the_next_build(
    built_home, tmp_path, monkeypatch
):
    home = built_home[0].copy_to(tmp_path / "killed")
    from tests.orchestration.conftest import PROJECT_ROOT

    first = subprocess.Popen(
        # --full-refresh: with nothing changed since the built home, dbt would be skipped
        [sys.executable, "-m", "orchestration.cli", "build", "--full-refresh"],
        cwd=PROJECT_ROOT,
        env=home.env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    seen: list[str] = []
    in_dbt = threading.Event()

    def read() -> None:
        for line in first.stdout:
            seen.append(line)
            if "Running dbt command" in line:
                in_dbt.set()

    threading.Thread(target=read, daemon=True).start()
    assert in_dbt.wait(300), "".join(seen[-30:])
    time.sleep(2)  # dbt is writing now
    os.kill(first.pid, signal.SIGKILL)
    first.wait()

    second = home.ledger("build", timeout=600)
    assert second.returncode == 0, second.stdout[-3000:] + second.stderr[-3000:]
    out = second.stdout
    assert f"process {first.pid} is gone" in out and "pool slot freed" in out
    run_files = list(Path(home.path, "run").glob("*.pid"))
    assert run_files == []  # the orphaned dbt was stopped, its pid file removed
    with duckdb.connect(str(home.duckdb_path), read_only=True) as conn:
        leftovers = conn.execute(
            "select table_name from information_schema.tables where table_name like '%__dbt_%'"
        ).fetchall()
    assert leftovers == []
    monkeypatch.setenv("DAGSTER_HOME", home.env()["DAGSTER_HOME"])
    with dg.DagsterInstance.get() as inst:
        statuses = [r.status for r in inst.get_runs(dg.RunsFilter(job_name="build_warehouse"))]
    # newest first: the recovering build succeeded, the killed one is marked failed
    assert statuses[:2] == [dg.DagsterRunStatus.SUCCESS, dg.DagsterRunStatus.FAILURE]


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGINT])
def test_a_waiting_build_says_for_whom_and_stops_on_a_signal(tmp_path, stop):
    from orchestration.instance import ensure_instance_config
    from sources.settings import Settings
    from tests.orchestration.conftest import PROJECT_ROOT, Home

    home = Home(tmp_path / "home")
    settings = Settings.from_env(home.env())
    ensure_instance_config(settings)
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"])
    try:
        with dg.DagsterInstance.from_config(str(settings.dagster_home)) as inst:
            run_id = _started_run(inst, sleeper.pid)
        build = subprocess.Popen(
            [sys.executable, "-m", "orchestration.cli", "build"],
            cwd=PROJECT_ROOT,
            env=home.env(),
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        lines: list[str] = []
        for line in build.stdout:
            lines.append(line)
            if "Waiting for run" in line:
                break
        assert f"Waiting for run {run_id}" in lines[-1] and f"pid {sleeper.pid}" in lines[-1]
        build.send_signal(stop)
        out, _ = build.communicate(timeout=30)
        assert build.returncode == 130, "".join(lines) + out
        assert "Stopped before building" in out
    finally:
        sleeper.kill()
        sleeper.wait()
