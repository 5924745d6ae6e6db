"""The persistent Dagster instance of a Ledger home (``$LEDGER_HOME/dagster``).

``ledger build`` and ``make ui`` share it, so the UI shows every run that built the warehouse.
"""

from __future__ import annotations

from pathlib import Path

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
