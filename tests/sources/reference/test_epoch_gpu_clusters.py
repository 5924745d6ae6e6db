"""Tests of sources/reference/epoch_gpu_clusters.py: Epoch's full and trimmed files, bad input."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import polars as pl
import pytest

from sources.http import HttpClient
from sources.reference import epoch_gpu_clusters as epoch
from sources.reference.errors import SnapshotFormatError, SnapshotRowError
from sources.reference.snapshots import load_table, snapshot_path
from sources.schemas import EPOCH_GPU_CLUSTERS, QUARANTINE
from tests.conftest import Reply
from tests.sources.reference.archives import zip_archive

SAMPLE = Path(__file__).parent / "fixtures" / "gpu_clusters_sample.csv"
FREE_TEXT = ("Note", "Quote", "Hardware note", "Certainty Note", "Cost Quote")


def _snapshot() -> bytes:
    return snapshot_path("epoch_gpu_clusters").read_bytes()


def _set_cell(data: bytes, row_number: int, column: str, value: str) -> bytes:
    table = pl.read_csv(data, infer_schema=False)
    changed = table.with_row_index("_i", offset=1).with_columns(
        pl.when(pl.col("_i") == row_number).then(pl.lit(value)).otherwise(pl.col(column))
        .alias(column)
    )  # fmt: skip
    return changed.drop("_i").write_csv().encode()


def test_bundled_snapshot_parses_completely() -> None:
    result = epoch.parse(_snapshot(), file_name="epoch_gpu_clusters.csv")
    assert result.rows.schema == EPOCH_GPU_CLUSTERS
    assert result.rows.height == 786
    assert result.quarantine.height == 0
    assert result.rows["epoch_row"].to_list() == list(range(1, 787))
    phase_2 = result.rows.filter(pl.col("name") == "xAI Colossus Memphis Phase 2").row(
        0, named=True
    )
    assert phase_2["chip_type_primary"] == "NVIDIA H100 SXM5 80GB"
    assert phase_2["chip_quantity_primary"] == 150_000
    assert phase_2["total_chips"] == 200_000
    assert phase_2["first_operational_date"] == date(2025, 2, 18)
    assert phase_2["superseded_by"] == "xAI Colossus Memphis Phase 3"
    assert phase_2["owner"] == "xAI"
    assert phase_2["include_in_standard_analysis"] is True
    assert phase_2["source_urls"].startswith("https://archive.ph/z39uN | ")


def test_year_month_dates_read_as_first_of_month() -> None:
    rows = load_table("epoch_gpu_clusters")
    assert date(2021, 7, 1) in rows["decommissioned_date"].to_list()


def test_full_epoch_format_keeps_facts_and_drops_free_text() -> None:
    data = SAMPLE.read_bytes()
    result = epoch.parse(data, file_name="gpu_clusters.csv")
    rows = result.rows
    assert result.quarantine.height == 0
    assert rows["name"].to_list() == [
        "xAI Colossus Memphis Phase 3",
        "xAI Colossus Memphis Phase 2",
        "xAI Colossus Memphis Phase 1",
        '"Jupiter, Jülich"',
    ]
    assert rows["location"][3] == "Jülich Supercomputing Centre (JSC)\n52428 Jülich, Germany"
    assert rows["h100_equivalents"][2] == pytest.approx(100_000, rel=1e-9)
    assert rows["ops_8bit"][0] == 5.458e20
    for column in FREE_TEXT:
        assert column in pl.read_csv(data, infer_schema=False).columns
    rendered = rows.write_csv()
    assert "Free text written for this test" not in rendered
    assert "A quoted sentence" not in rendered


def test_trim_keeps_only_fact_columns_and_parses_the_same() -> None:
    data = SAMPLE.read_bytes()
    trimmed = epoch.trim(data)
    assert pl.read_csv(trimmed, infer_schema=False).columns == list(epoch.SNAPSHOT_COLUMNS)
    assert epoch.parse(trimmed).rows.equals(epoch.parse(data).rows)
    bundled_header = pl.read_csv(_snapshot(), infer_schema=False, n_rows=0).columns
    assert bundled_header == list(epoch.SNAPSHOT_COLUMNS)


def test_zip_variant_reads_the_csv_inside() -> None:
    data = SAMPLE.read_bytes()
    archive = zip_archive({"gpu_clusters.csv": data, "README.txt": b"about"})
    assert epoch.parse(archive, file_name="gpu_clusters.zip").rows.equals(epoch.parse(data).rows)
    broken = _set_cell(data, 2, "Chip quantity (primary)", "n/a")
    result = epoch.parse(zip_archive({"gpu_clusters.csv": broken}), file_name="gpu_clusters.zip")
    assert result.quarantine["file"].to_list() == ["gpu_clusters.zip!gpu_clusters.csv"]


def test_zip_without_the_csv_is_an_error() -> None:
    with pytest.raises(SnapshotFormatError, match=r"x\.zip: expected gpu_clusters\.csv"):
        epoch.parse(zip_archive({"other.csv": b"a\n1\n"}), file_name="x.zip")


def test_missing_column_is_an_error_naming_file_and_column() -> None:
    table = pl.read_csv(_snapshot(), infer_schema=False).drop("Chip quantity (primary)")
    with pytest.raises(SnapshotFormatError) as caught:
        epoch.parse(table.write_csv().encode(), file_name="epoch_gpu_clusters.csv")
    assert "epoch_gpu_clusters.csv" in str(caught.value)
    assert "'Chip quantity (primary)'" in str(caught.value)


def test_bad_number_quarantines_its_row_and_loads_the_others() -> None:
    data = _set_cell(_snapshot(), 26, "Chip quantity (primary)", "200k")
    result = epoch.parse(data, file_name="epoch_gpu_clusters.csv")
    assert result.quarantine.schema == QUARANTINE
    assert result.quarantine.select(
        "source", "file", "row_number", "column_name", "value", "reason"
    ).rows() == [
        (
            "epoch_gpu_clusters",
            "epoch_gpu_clusters.csv",
            26,
            "Chip quantity (primary)",
            "200k",
            "not a finite number",
        )
    ]
    assert result.rows.height == 785
    assert 26 not in result.rows["epoch_row"].to_list()
    assert "xAI Colossus Memphis Phase 3" not in result.rows["name"].to_list()


def test_bad_date_and_bad_flag_are_quarantined_per_cell() -> None:
    data = _set_cell(_snapshot(), 3, "First Operational Date", "sometime 2025")
    data = _set_cell(data, 3, "Include in Standard Analysis", "maybe")
    data = _set_cell(data, 9, "latitude", "inf")
    result = epoch.parse(data)
    assert result.quarantine.select("row_number", "column_name", "value").rows() == [
        (3, "First Operational Date", "sometime 2025"),
        (3, "Include in Standard Analysis", "maybe"),
        (9, "latitude", "inf"),
    ]
    assert result.rows.height == 784


def test_strict_mode_raises_naming_file_row_and_column() -> None:
    data = _set_cell(_snapshot(), 43, "H100 equivalents", "about 100k")
    with pytest.raises(SnapshotRowError) as caught:
        epoch.parse(data, file_name="epoch_gpu_clusters.csv", strict=True)
    error = caught.value
    assert (error.file_name, error.row_number, error.column) == (
        "epoch_gpu_clusters.csv",
        43,
        "H100 equivalents",
    )
    assert str(error).startswith("epoch_gpu_clusters.csv: row 43, column 'H100 equivalents'")


def test_row_without_a_name_is_quarantined() -> None:
    result = epoch.parse(_set_cell(SAMPLE.read_bytes(), 1, "Name", "  "))
    assert result.quarantine.select("row_number", "column_name", "reason").rows() == [
        (1, "Name", "required value is empty")
    ]


def test_fetch_gets_the_csv_and_the_zip(http_server) -> None:
    data = SAMPLE.read_bytes()
    csv_url = http_server.route("/data/gpu_clusters.csv", Reply(body=data))
    zip_url = http_server.route(
        "/data/gpu_clusters.zip", Reply(body=zip_archive({"gpu_clusters.csv": data}))
    )
    with HttpClient(retries=0) as client:
        from_csv = epoch.parse(epoch.fetch(client, csv_url))
        from_zip = epoch.parse(epoch.fetch(client, zip_url), file_name="gpu_clusters.zip")
    assert from_csv.rows.height == 4
    assert from_zip.rows.equals(from_csv.rows)
    assert epoch.DEFAULT_URL == "https://epoch.ai/data/gpu_clusters.csv"
    assert epoch.DEFAULT_ZIP_URL == "https://epoch.ai/data/gpu_clusters.zip"


def _without(data: bytes, *columns: str) -> bytes:
    return pl.read_csv(data, infer_schema=False).drop(columns).write_csv().encode()


def test_export_without_coordinates_parses_with_them_empty() -> None:
    """A real export may lack latitude/longitude: nothing past staging reads them."""
    full = epoch.parse(SAMPLE.read_bytes())
    result = epoch.parse(_without(SAMPLE.read_bytes(), "latitude", "longitude"))
    assert result.rows.height == full.rows.height
    assert result.rows["latitude"].null_count() == result.rows.height
    assert result.rows.drop("latitude", "longitude").equals(full.rows.drop("latitude", "longitude"))
    assert epoch.trim(_without(SAMPLE.read_bytes(), "latitude", "longitude"))


def test_every_optional_column_may_be_missing_but_not_a_used_one() -> None:
    lean = _without(SAMPLE.read_bytes(), *epoch.OPTIONAL_COLUMNS)
    assert epoch.parse(lean).rows.height == 4
    assert {"Name", "Chip type (primary)", "H100 equivalents"} <= set(epoch.REQUIRED_COLUMNS)
    with pytest.raises(SnapshotFormatError, match="'H100 equivalents'"):
        epoch.parse(_without(lean, "H100 equivalents"))


def test_fetch_without_url_uses_the_setting(http_server, monkeypatch) -> None:
    url = http_server.route("/mirror/clusters.csv", Reply(body=SAMPLE.read_bytes()))
    monkeypatch.setenv("LEDGER_EPOCH_GPU_CLUSTERS_URL", url)
    with HttpClient(retries=0) as client:
        assert epoch.parse(epoch.fetch(client)).rows.height == 4
    assert [h.path for h in http_server.requests] == ["/mirror/clusters.csv"]


# How staging names the raw columns of the optional Epoch fields.
_STAGED_OPTIONAL = {
    "Sector": "sector",
    "Max OP/s": "epoch_max_ops",
    "32-bit OP/s": "epoch_ops_32bit",
    "Reported Cost": "reported_cost_usd",
    "latitude": "latitude",
    "longitude": "longitude",
}


def test_optional_columns_are_read_by_nothing_past_staging() -> None:
    """Keeps OPTIONAL_COLUMNS honest: a column the warehouse starts to use must be required."""
    assert set(_STAGED_OPTIONAL) == set(epoch.OPTIONAL_COLUMNS)
    models = Path(__file__).resolve().parents[3] / "dbt_project" / "models"
    sql = " ".join(
        p.read_text(encoding="utf-8")
        for folder in ("intermediate", "marts")
        for p in (models / folder).rglob("*.sql")
    )
    used = {c for c, staged in _STAGED_OPTIONAL.items() if re.search(rf"\b{staged}\b", sql)}
    assert used == set()
