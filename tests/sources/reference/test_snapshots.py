"""Tests of sources/reference/snapshots.py: every bundled table loads with its schema."""

from __future__ import annotations

import shutil
from pathlib import Path

import polars as pl
import pytest

from sources.reference.snapshots import (
    DATA_DIR,
    TABLE_NAMES,
    load_quarantine,
    load_table,
    snapshot_path,
)
from sources.schemas import QUARANTINE, RAW_TABLES

EXPECTED_ROWS = {
    "ref_chips": 43,
    "ref_chip_aliases": 349,
    "ref_companies": 1734,
    "ref_company_aliases": 5539,
    "ref_clusters": 44,
    "ref_cluster_aliases": 191,
    "epoch_gpu_clusters": 786,
    "epoch_funding_rounds": 36,
}


@pytest.mark.parametrize("name", TABLE_NAMES)
def test_every_bundled_table_loads_with_its_declared_schema(name: str) -> None:
    table = load_table(name)
    assert table.schema == RAW_TABLES[name]
    assert table.height == EXPECTED_ROWS.get(name, table.height) > 0
    quarantine = load_quarantine(name)
    assert quarantine.schema == QUARANTINE
    assert quarantine.height == 0


def test_the_tables_are_the_ones_this_package_owns() -> None:
    assert set(TABLE_NAMES) == {n for n in RAW_TABLES if n.startswith(("ref_", "epoch_", "fx_"))}
    assert all(snapshot_path(n).is_file() for n in TABLE_NAMES)
    assert (DATA_DIR / "ATTRIBUTION.md").read_text().count("CC BY 4.0") >= 1


def test_each_call_returns_its_own_copy() -> None:
    first = load_table("ref_chips")
    first.drop_in_place("chip_name")
    assert "chip_name" in load_table("ref_chips").columns


def test_unknown_table_is_a_key_error() -> None:
    with pytest.raises(KeyError, match="no bundled snapshot for table 'news_articles'"):
        load_table("news_articles")


def test_aliases_are_checked_against_their_entities_on_load(tmp_path: Path) -> None:
    for name in ("ref_chips", "ref_chip_aliases"):
        shutil.copy(snapshot_path(name), tmp_path)
    chips = pl.read_csv(snapshot_path("ref_chips"), infer_schema=False)
    chips.filter(pl.col("chip_id") != "Maia-100").write_csv(tmp_path / "chips.csv")
    assert load_table("ref_chips", tmp_path).height == 42
    aliases = load_table("ref_chip_aliases", tmp_path)
    quarantine = load_quarantine("ref_chip_aliases", tmp_path)
    # every alias of the missing chip is quarantined with its row; the others load
    assert "Maia-100" not in aliases["chip_id"].to_list()
    assert quarantine.height > 0 and set(quarantine["value"]) == {"Maia-100"}
    assert set(quarantine["reason"]) == {"'Maia-100' is not in the entity table"}
    assert set(quarantine["column_name"]) == {"chip_id"}
    all_aliases = pl.read_csv(snapshot_path("ref_chip_aliases"), infer_schema=False)
    expected_rows = (
        all_aliases.with_row_index("row", offset=1)
        .filter(pl.col("chip_id") == "Maia-100")["row"]
        .to_list()
    )
    assert quarantine["row_number"].to_list() == expected_rows
    assert aliases.height == all_aliases.unique(["chip_id", "alias"]).height - len(expected_rows)


def test_a_non_numeric_value_quarantines_its_row_not_the_file(tmp_path: Path) -> None:
    """Issue 14, item 3: one bad cell in a reference file must not fail the load."""
    chips = pl.read_csv(snapshot_path("ref_chips"), infer_schema=False)
    row = chips["chip_id"].to_list().index("H20") + 1
    chips.with_columns(
        pl.when(pl.col("chip_id") == "H20")
        .then(pl.lit("about 400"))
        .otherwise(pl.col("tdp_w"))
        .alias("tdp_w")
    ).write_csv(tmp_path / "chips.csv")
    loaded = load_table("ref_chips", tmp_path)
    quarantine = load_quarantine("ref_chips", tmp_path)
    assert loaded.height == chips.height - 1 and "H20" not in loaded["chip_id"].to_list()
    assert quarantine.select("source", "file", "row_number", "column_name", "value").rows() == [
        ("ref_chips", "chips.csv", row, "tdp_w", "about 400")
    ]
    assert quarantine["reason"].item() == "not a finite number"


def test_a_folder_other_than_the_bundled_one_is_read_afresh(tmp_path: Path) -> None:
    shutil.copy(snapshot_path("ref_companies"), tmp_path)
    assert load_table("ref_companies", tmp_path).height == EXPECTED_ROWS["ref_companies"]
    companies = pl.read_csv(snapshot_path("ref_companies"), infer_schema=False)
    companies.filter(pl.col("parent_company_id").is_null()).head(10).write_csv(
        tmp_path / "companies.csv"
    )  # a newer download
    assert load_table("ref_companies", tmp_path).height == 10
