"""A warehouse built once per test session by the real ``ledger build``, in a temporary home.

The tests that need it are marked ``slow`` and put in one xdist group (``warehouse``) so they
share the build on one worker.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

PROJECT_ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Home:
    path: Path

    @property
    def duckdb_path(self) -> Path:
        return self.path / "ledger.duckdb"

    def env(self) -> dict[str, str]:
        env = dict(os.environ)
        env.update(
            LEDGER_HOME=str(self.path),
            LEDGER_DUCKDB_PATH=str(self.duckdb_path),
            DAGSTER_HOME=str(self.path / "dagster"),
            LEDGER_INBOX=str(self.path / "inbox"),
            LEDGER_ONLINE="0",
        )
        return env

    def ledger(self, *args: str, timeout: float = 600) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "orchestration.cli", *args],
            cwd=PROJECT_ROOT,
            env=self.env(),
            capture_output=True,
            text=True,
            timeout=timeout,
        )

    def copy_to(self, target: Path) -> Home:
        shutil.copytree(self.path, target)
        return Home(target)


@pytest.fixture(scope="session")
def built_home(tmp_path_factory) -> tuple[Home, str]:
    """A home where ``ledger build`` succeeded, with the build's printed output.

    Built once per test session even with several xdist workers: the first worker builds
    under a file lock in the session's shared temporary folder, the others reuse it. Tests
    that change the warehouse work on a copy (``Home.copy_to``).
    """
    from filelock import FileLock

    base = tmp_path_factory.getbasetemp()
    # xdist workers get base/popen-gwN: their common parent belongs to this session only
    shared = base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base
    home = Home(shared / "built_ledger_home")
    done, output = shared / "built_ledger_home.ok", shared / "built_ledger_home.out"
    with FileLock(str(shared / "built_ledger_home.lock")):
        if not done.exists():
            result = home.ledger("build")
            assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
            output.write_text(result.stdout, encoding="utf-8")
            done.touch()
    return home, output.read_text(encoding="utf-8")
