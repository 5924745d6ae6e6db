"""Settings read from the environment: DuckDB's memory cap."""

from __future__ import annotations

import os

import pytest

from sources.settings import Settings, SettingsError


def test_duckdb_memory_limit_defaults_to_one_gigabyte_and_accepts_sizes():
    assert Settings.from_env({}).duckdb_memory_limit == "1GB"
    for size in ("512MB", "2GiB", "1.5GB"):
        assert Settings.from_env({"LEDGER_DUCKDB_MEMORY_LIMIT": size}).duckdb_memory_limit == size


def test_duckdb_memory_limit_refuses_what_duckdb_would_not_read():
    for bad in ("lots", "1 G", "-1GB", "80%"):
        with pytest.raises(SettingsError, match="LEDGER_DUCKDB_MEMORY_LIMIT"):
            Settings.from_env({"LEDGER_DUCKDB_MEMORY_LIMIT": bad})


def test_export_env_hands_the_memory_cap_to_dbt(monkeypatch, tmp_path):
    # export_env writes these: monkeypatch puts each back as it was after the test
    written = ("LEDGER_HOME", "LEDGER_DUCKDB_PATH", "DAGSTER_HOME", "LEDGER_INBOX")
    for name in (*written, "DBT_TARGET_PATH", "LEDGER_DUCKDB_MEMORY_LIMIT"):
        monkeypatch.delenv(name, raising=False)
    env = {"LEDGER_HOME": str(tmp_path), "LEDGER_DUCKDB_MEMORY_LIMIT": "768MB"}
    Settings.from_env(env).export_env()
    assert os.environ["LEDGER_DUCKDB_MEMORY_LIMIT"] == "768MB"
