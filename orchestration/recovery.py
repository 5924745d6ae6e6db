"""Recovery before a build: runs of killed processes, their pool slots and dbt's leftovers.

A ``kill -9`` of ``ledger build`` (or of any in-process Dagster run) leaves its run "started"
in the Dagster instance, holding the one slot of the ``duckdb`` pool, so every later build
would wait for it forever. It may also leave a dbt subprocess running, ``*__dbt_backup`` /
``*__dbt_tmp`` relations in the warehouse and a write-ahead log beside it. Before it starts,
``ledger build`` calls :func:`recover`, :func:`wait_for_other_builds` and
:func:`clean_warehouse`:

- a run whose process is gone is marked failed (with the reason) and its pool slots freed;
- a dbt subprocess left by such a run is stopped (its pid is in ``$LEDGER_HOME/run``);
- dbt's leftover relations are dropped and a left-over WAL is replayed and checkpointed;
- a run whose process is alive is waited for, saying which run and pid, until it ends.

A run's process is known from the ``ledger/pid`` tag ``ledger build`` sets, else from the
``pid`` Dagster records when it starts executing steps in process. A pid that now belongs to
a process started after the run (pid reuse) counts as gone.
"""

from __future__ import annotations

import os
import re
import signal
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import dagster as dg
from dagster._core.events import DagsterEventType

from orchestration.defs.resources import DUCKDB_POOL

PID_TAG = "ledger/pid"
HOST_TAG = "ledger/host"
ACTIVE_STATUSES = [
    dg.DagsterRunStatus.NOT_STARTED,
    dg.DagsterRunStatus.STARTING,
    dg.DagsterRunStatus.STARTED,
    dg.DagsterRunStatus.CANCELING,
]
DBT_LEFTOVER_SUFFIXES = ("__dbt_backup", "__dbt_tmp")

Log = Callable[[str], None]


@dataclass(frozen=True)
class RunProcess:
    """An active run and the process that runs it (``pid`` None when unknown)."""

    run_id: str
    job_name: str
    pid: int | None
    started_at: float | None  # the run's start (or creation) time, epoch seconds
    alive: bool


def run_pid_file(run_dir: Path, run_id: str) -> Path:
    """Where the dbt step of ``run_id`` writes the pid of its dbt subprocess."""
    return run_dir / f"dbt-{run_id}.pid"


def process_alive(pid: int, *, not_started_after: float | None = None) -> bool:
    """True when ``pid`` runs (not a zombie) and, if given, started before ``not_started_after``."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    stat = _proc_stat(pid)
    if stat is None:
        return True  # no /proc: the signal check is all we have
    state, start_ticks = stat
    if state in ("Z", "X"):
        return False
    started = _boot_time() + start_ticks / os.sysconf("SC_CLK_TCK")
    # one second of slack: the run is created a moment after its process starts
    return not (not_started_after is not None and started > not_started_after + 1.0)


def _proc_stat(pid: int) -> tuple[str, int] | None:
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    # the command name (field 2) may hold spaces: split after its closing parenthesis
    fields = text[text.rindex(")") + 2 :].split()
    return fields[0], int(fields[19])


def _boot_time() -> float:
    for line in Path("/proc/stat").read_text().splitlines():
        if line.startswith("btime "):
            return float(line.split()[1])
    return 0.0


def _pid_of(instance: dg.DagsterInstance, run: dg.DagsterRun) -> int | None:
    tagged = run.tags.get(PID_TAG)
    if tagged and run.tags.get(HOST_TAG, os.uname().nodename) == os.uname().nodename:
        return int(tagged)
    records = instance.get_records_for_run(
        run.run_id, of_type=DagsterEventType.ENGINE_EVENT, limit=20
    ).records
    for record in records:
        event = record.event_log_entry.dagster_event
        data = event.event_specific_data if event else None
        pid = getattr(data, "metadata", {}).get("pid") if data else None
        if pid is not None:
            return int(pid.value)
    return None


def active_runs(instance: dg.DagsterInstance, *, exclude: str | None = None) -> list[RunProcess]:
    """Runs the instance thinks are active, with their process and whether it is alive."""
    found = []
    for record in instance.get_run_records(dg.RunsFilter(statuses=ACTIVE_STATUSES)):
        run = record.dagster_run
        if run.run_id == exclude:
            continue
        pid = _pid_of(instance, run)
        started = record.start_time or record.create_timestamp.timestamp()
        alive = pid is None or process_alive(pid, not_started_after=started)
        found.append(RunProcess(run.run_id, run.job_name, pid, started, alive))
    return found


def recover(instance: dg.DagsterInstance, run_dir: Path, log: Log) -> int:
    """Fail the runs whose process is gone, free their pool slots and stop their dbt.

    Returns the number of runs recovered. Safe to call when nothing needs recovering. The
    warehouse itself is cleaned by :func:`clean_warehouse` once no other build runs.
    """
    recovered = 0
    for run in active_runs(instance):
        if run.alive:
            continue
        dagster_run = instance.get_run_by_id(run.run_id)
        if dagster_run is None:
            continue
        reason = (
            f"Marked failed by `ledger build` (pid {os.getpid()}): its process "
            f"(pid {run.pid}) is gone, killed or crashed."
        )
        instance.report_run_failed(dagster_run, message=reason)
        instance.event_log_storage.free_concurrency_slots_for_run(run.run_id)
        log(
            f"Recovered run {run.run_id} ({run.job_name}): process {run.pid} is gone; "
            f"marked failed and its {DUCKDB_POOL} pool slot freed."
        )
        _stop_dbt(run_pid_file(run_dir, run.run_id), log)
        recovered += 1
    recovered += _free_orphan_slots(instance, log)
    _clean_stale_dbt_pid_files(instance, run_dir, log)
    return recovered


def _free_orphan_slots(instance: dg.DagsterInstance, log: Log) -> int:
    """Slots still claimed by runs that have finished (or no longer exist)."""
    storage = instance.event_log_storage
    freed = 0
    for run_id in storage.get_concurrency_run_ids():
        run = instance.get_run_by_id(run_id)
        if run is None or run.is_finished:
            storage.free_concurrency_slots_for_run(run_id)
            log(f"Freed the pool slots still held by finished run {run_id}.")
            freed += 1
    return freed


def _stop_dbt(pid_file: Path, log: Log) -> None:
    """Stop a dbt subprocess that outlived its killed run (it would hold DuckDB's lock)."""
    if not pid_file.exists():
        return
    try:
        pid = int(pid_file.read_text().split()[0])
    except (ValueError, IndexError, OSError):
        pid_file.unlink(missing_ok=True)
        return
    if process_alive(pid) and _is_dbt(pid):
        log(f"Stopping dbt (pid {pid}) left running by the killed run.")
        os.kill(pid, signal.SIGTERM)
        for _ in range(50):
            if not process_alive(pid):
                break
            time.sleep(0.1)
        else:
            os.kill(pid, signal.SIGKILL)
    pid_file.unlink(missing_ok=True)


def _is_dbt(pid: int) -> bool:
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return False
    return any(Path(part.decode(errors="replace")).name == "dbt" for part in cmdline[:3])


def _clean_stale_dbt_pid_files(instance: dg.DagsterInstance, run_dir: Path, log: Log) -> None:
    if not run_dir.is_dir():
        return
    for pid_file in run_dir.glob("dbt-*.pid"):
        run = instance.get_run_by_id(pid_file.stem.removeprefix("dbt-"))
        if run is None or run.is_finished:
            _stop_dbt(pid_file, log)


def clean_warehouse(duckdb_path: Path, log: Log, *, rerun_dbt: bool = False) -> None:
    """Replay a left-over WAL and drop dbt's ``__dbt_backup``/``__dbt_tmp`` relations (a
    backup whose model is missing is renamed back instead). With ``rerun_dbt`` (a run was
    recovered) or leftovers found, the next dbt step runs even if no raw table changed."""
    from orchestration.warehouse import log_change

    if not duckdb_path.exists():
        return
    wal = duckdb_path.with_name(duckdb_path.name + ".wal")
    had_wal = wal.exists() and wal.stat().st_size > 0
    conn = connect_waiting(duckdb_path, log)
    try:
        relations = conn.execute(
            "select table_schema, table_name, table_type from information_schema.tables"
        ).fetchall()
        present = {(schema, name) for schema, name, _ in relations}
        leftovers = [r for r in relations if r[1].endswith(DBT_LEFTOVER_SUFFIXES)]
        for schema, name, kind in sorted(leftovers, key=lambda r: r[1].endswith("__dbt_tmp")):
            what = "view" if kind == "VIEW" else "table"
            model = name.removesuffix("__dbt_backup").removesuffix("__dbt_tmp")
            if (schema, model) not in present:
                conn.execute(f'alter {what} "{schema}"."{name}" rename to "{model}"')
                present.add((schema, model))
                log(f"Restored {schema}.{model} from {name}, left by an interrupted dbt run.")
            else:
                conn.execute(f'drop {what} if exists "{schema}"."{name}"')
                log(f"Dropped {schema}.{name}, left by an interrupted dbt run.")
        if had_wal:
            conn.execute("checkpoint")
            log(f"Replayed and checkpointed the write-ahead log {wal.name} left by a killed run.")
        if rerun_dbt or leftovers:
            # dbt skips a build when no raw table changed: after a crash it must run again
            log_change(conn, "recovery", "recover", 0)
            log("The next dbt step rebuilds the models (the killed run's may not have finished).")
    finally:
        conn.close()


def connect_waiting(duckdb_path: Path, log: Log, poll_seconds: float = 2.0):
    """Open the warehouse read-write, waiting (and saying for whom) while another process
    holds DuckDB's lock. Ctrl-C stops the wait."""
    import duckdb

    said = None
    while True:
        try:
            return duckdb.connect(str(duckdb_path))
        except duckdb.IOException as exc:
            message = str(exc)
            if "lock" not in message.lower():
                raise
            found = re.search(r"held in (.*?)\s*\(PID (\d+)\)", message)
            holder = f"pid {found.group(2)} ({found.group(1)})" if found else "another process"
            if holder != said:
                log(f"Waiting for the warehouse, locked by {holder}; Ctrl-C to stop.")
                said = holder
            time.sleep(poll_seconds)


def wait_for_other_builds(
    instance: dg.DagsterInstance, run_dir: Path, log: Log, poll_seconds: float = 2.0
) -> int:
    """Wait while a live run holds or waits for the ``duckdb`` pool; recover it if it dies.

    Says which run and pid it waits for; Ctrl-C (or SIGTERM) stops the wait. Returns the
    number of runs recovered meanwhile.
    """
    said: set[str] = set()
    recovered = 0
    while True:
        info = instance.event_log_storage.get_concurrency_info(DUCKDB_POOL)
        busy = {slot.run_id for slot in info.claimed_slots} | {
            step.run_id for step in info.pending_steps
        }
        runs = [r for r in active_runs(instance) if r.run_id in busy]
        if any(not r.alive for r in runs):
            recovered += recover(instance, run_dir, log)
            continue
        if not runs:
            if busy:  # claims by runs that are no longer active
                recovered += recover(instance, run_dir, log)
            return recovered
        for run in runs:
            if run.run_id not in said:
                pid = f"pid {run.pid}" if run.pid else "pid unknown"
                log(
                    f"Waiting for run {run.run_id} ({run.job_name}, {pid}), which holds the "
                    f"{DUCKDB_POOL} pool; Ctrl-C to stop waiting."
                )
                said.add(run.run_id)
        time.sleep(poll_seconds)
