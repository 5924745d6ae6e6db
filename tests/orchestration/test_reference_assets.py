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
from sources.reference import epoch_gpu_clusters, loaders, snapshots
from sources.reference import errors as reference_errors
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


# --- issue 14, item 3: a short but valid file must not replace a full table ---------------

CHIPS_ASSET = next(a for a in reference.reference_assets if a.key.path[-1] == "ref_chips")
ROUNDS_ASSET = next(
    a for a in reference.reference_assets if a.key.path[-1] == "epoch_funding_rounds"
)


def _load(home: Path, asset, accept_smaller: bool = False) -> dg.ExecuteInProcessResult:
    return dg.materialize(
        [asset],
        resources={
            "duckdb": DuckDBResource(database=str(home / "ledger.duckdb")),
            "ledger": LedgerSettings(),
        },
        run_config={"ops": {asset.op.name: {"config": {"accept_smaller": accept_smaller}}}},
    )


def _serve_table(http_server, monkeypatch, table: str, body: bytes) -> None:
    url = http_server.route(f"/{table}.csv", Reply(body=body))
    fetch = loaders.FETCHERS[table]
    monkeypatch.setitem(loaders.FETCHERS, table, lambda client: fetch(client, url))
    monkeypatch.setenv("LEDGER_ONLINE", "1")


def _bundled_lines(table: str) -> list[str]:
    return snapshots.snapshot_path(table).read_text(encoding="utf-8").splitlines(keepends=True)


def test_a_truncated_chips_file_keeps_the_loaded_rows_and_records_why(
    home, http_server, monkeypatch
):
    assert _load(home, CHIPS_ASSET).success
    assert _rows(home, "select count(*) from raw.ref_chips") == [(43,)]

    truncated = "".join(_bundled_lines("ref_chips")[:14]).encode()  # header and 13 chips
    _serve_table(http_server, monkeypatch, "ref_chips", truncated)
    result = _load(home, CHIPS_ASSET)
    assert result.success
    assert _rows(home, "select count(*) from raw.ref_chips") == [(43,)]
    (source, where, error), *more = _rows(home, "select source, url, error from raw.ingest_errors")
    assert not more
    assert source == "reference" and error.startswith("raw.ref_chips: ")
    assert "13 rows where 43 are loaded" in error
    assert "fetched into" in where

    # the user can accept it on purpose
    assert _load(home, CHIPS_ASSET, accept_smaller=True).success
    assert _rows(home, "select count(*) from raw.ref_chips") == [(13,)]


def test_a_header_only_epoch_file_served_with_200_keeps_the_rounds(home, http_server, monkeypatch):
    assert _load(home, ROUNDS_ASSET).success
    assert _rows(home, "select count(*) from raw.epoch_funding_rounds") == [(36,)]

    header_only = _bundled_lines("epoch_funding_rounds")[0].encode()
    _serve_table(http_server, monkeypatch, "epoch_funding_rounds", header_only)
    result = _load(home, ROUNDS_ASSET)
    assert result.success
    assert _rows(home, "select count(*) from raw.epoch_funding_rounds") == [(36,)]
    errors = _rows(home, "select source, error from raw.ingest_errors")
    assert len(errors) == 1 and errors[0][0] == "reference"
    assert errors[0][1].startswith("raw.epoch_funding_rounds: ")
    assert "0 rows where 36 are loaded" in errors[0][1]


def test_a_non_numeric_chip_value_is_quarantined_not_a_failed_asset(home, http_server, monkeypatch):
    lines = _bundled_lines("ref_chips")
    header = lines[0].rstrip("\n").split(",")
    cells = lines[5].rstrip("\n").split(",")
    chip_id = cells[header.index("chip_id")]
    cells[header.index("hbm_gb")] = "eighty"
    lines[5] = ",".join(cells) + "\n"
    _serve_table(http_server, monkeypatch, "ref_chips", "".join(lines).encode())
    result = _load(home, CHIPS_ASSET)
    assert result.success
    assert _rows(home, "select count(*) from raw.ref_chips") == [(42,)]
    assert _rows(home, f"select count(*) from raw.ref_chips where chip_id = '{chip_id}'") == [(0,)]
    assert _rows(
        home, "select source, file, row_number, column_name, value, reason from raw.quarantine"
    ) == [("ref_chips", "chips.csv", 5, "hbm_gb", "eighty", "not a finite number")]


def test_an_unreadable_file_keeps_the_loaded_rows(home, monkeypatch):
    assert _load(home, CHIPS_ASSET).success

    def broken(table: str, **_kwargs):
        raise reference_errors.SnapshotFormatError("chips.csv: missing required column 'chip_id'")

    monkeypatch.setattr(loaders, "load_reference", broken)
    result = _load(home, CHIPS_ASSET)
    assert result.success
    assert _rows(home, "select count(*) from raw.ref_chips") == [(43,)]
    [(error,)] = _rows(home, "select error from raw.ingest_errors")
    assert "missing required column 'chip_id'" in error
