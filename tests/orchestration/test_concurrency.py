"""Two runs of the same DuckDB writers started at once queue on the pool and both succeed."""

from __future__ import annotations

import subprocess
import sys

import dagster as dg
import pytest

from tests.orchestration.conftest import PROJECT_ROOT

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("warehouse")]


def test_two_runs_at_once_both_succeed(built_home, tmp_path, monkeypatch):
    home, _ = built_home
    home = home.copy_to(tmp_path / "concurrent")
    command = [
        sys.executable,
        "-m",
        "dagster",
        "job",
        "execute",
        "-m",
        "orchestration.definitions",
        "-j",
        "refresh_reference",
    ]
    procs = [
        subprocess.Popen(
            command,
            cwd=PROJECT_ROOT,
            env=home.env(),
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        for _ in range(2)
    ]
    outputs = [p.communicate(timeout=300)[0] for p in procs]
    for proc, out in zip(procs, outputs, strict=True):
        assert proc.returncode == 0, out[-3000:]
        assert "Conflicting lock" not in out

    monkeypatch.setenv("DAGSTER_HOME", home.env()["DAGSTER_HOME"])
    with dg.DagsterInstance.get() as instance:
        runs = instance.get_runs(dg.RunsFilter(job_name="refresh_reference"))
        assert len(runs) == 2
        assert {r.status for r in runs} == {dg.DagsterRunStatus.SUCCESS}
        # the pool made one run wait for the other at least once
        blocked = [
            r
            for r in runs
            if any(
                "blocked by limit for pool duckdb" in (e.message or "").lower()
                for e in instance.all_logs(r.run_id)
            )
        ]
        assert blocked, "expected one run to queue on the duckdb pool"
