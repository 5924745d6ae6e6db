"""Reference assets on bad input: a malformed Epoch file never loses what is already loaded."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import dagster as dg
import duckdb
import pytest
from dagster_duckdb import DuckDBResource

from orchestration.defs import reference
from orchestration.defs.resources import LedgerSettings
from sources.reference import epoch_gpu_clusters, loaders
from tests.conftest import Reply

SAMPLE = Path(__file__).resolve().parents[1] / "sources/reference/fixtures/gpu_clusters_sample.csv"
EPOCH_ASSET = next(a for a in reference.reference_assets if a.key.path[-1] == "epoch_gpu_clusters")


@pytest.fixture
def home(tmp_path, monkeypatch):
    monkeypatch.setenv("LEDGER_HOME", str(tmp_path))
    monkeypatch.setenv("LEDGER_DUCKDB_PATH", str(tmp_path / "ledger.duckdb"))
    return tmp_path


def _materialize(home: Path) -> dg.ExecuteInProcessResult:
    return dg.materialize(
        [EPOCH_ASSET],
        resources={
            "duckdb": DuckDBResource(database=str(home / "ledger.duckdb")),
            "ledger": LedgerSettings(),
        },
    )


def _rows(home: Path, sql: str) -> list[tuple]:
    with duckdb.connect(str(home / "ledger.duckdb"), read_only=True) as conn:
        return conn.execute(sql).fetchall()


def _serve(http_server, monkeypatch, body: bytes) -> None:
    url = http_server.route("/gpu_clusters.csv", Reply(body=body))
    monkeypatch.setitem(
        loaders.FETCHERS, "epoch_gpu_clusters", lambda client: epoch_gpu_clusters.fetch(client, url)
    )
    monkeypatch.setenv("LEDGER_ONLINE", "1")


def _edited(edit) -> bytes:
    rows = list(csv.DictReader(io.StringIO(SAMPLE.read_text(encoding="utf-8"))))
    fields = list(rows[0].keys())
    fields, rows = edit(fields, rows)
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=fields, extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue().encode()


def test_offline_load_then_missing_column_keeps_loaded_rows(home, http_server, monkeypatch):
    assert _materialize(home).success
    loaded = _rows(home, "select count(*) from raw.epoch_gpu_clusters")[0][0]
    assert loaded == 786

    body = _edited(lambda f, r: ([c for c in f if c != "Chip quantity (primary)"], r))
    _serve(http_server, monkeypatch, body)
    result = _materialize(home)
    assert result.success  # one bad source does not stop the run
    metadata = result.asset_materializations_for_node(EPOCH_ASSET.op.name)[0].metadata
    warning = metadata["warning"].value
    assert "gpu_clusters.csv" in warning and "Chip quantity (primary)" in warning
    assert metadata["origin"].value == "kept already loaded rows"
    assert _rows(home, "select count(*) from raw.epoch_gpu_clusters")[0][0] == loaded


def test_bad_number_is_quarantined_with_file_row_and_column(home, http_server, monkeypatch):
    def break_second_row(fields, rows):
        rows[1]["Chip quantity (primary)"] = "about 20k"
        return fields, rows

    _serve(http_server, monkeypatch, _edited(break_second_row))
    assert _materialize(home).success
    assert _rows(home, "select count(*) from raw.epoch_gpu_clusters")[0][0] == 3
    quarantined = _rows(
        home, "select source, file, row_number, column_name, value from raw.quarantine"
    )
    assert quarantined == [
        ("epoch_gpu_clusters", "epoch_gpu_clusters.csv", 2, "Chip quantity (primary)", "about 20k")
    ]
    # a second run with the same file replaces the quarantine instead of duplicating it
    _serve(http_server, monkeypatch, _edited(break_second_row))
    assert _materialize(home).success
    assert _rows(home, "select count(*) from raw.quarantine")[0][0] == 1
