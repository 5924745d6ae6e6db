"""Tests of sources/reference/table_input.py: unpacking, reading and cell conversion."""

from __future__ import annotations

import gzip
import io
import zipfile
from datetime import date

import polars as pl
import pytest

from sources.reference.errors import SnapshotFormatError, SnapshotRowError
from sources.reference.table_input import (
    Field,
    convert,
    read_table,
    require_columns,
    select_columns,
    unpack,
)
from tests.sources.reference.archives import zip_archive


def test_unpack_plain_gzip_and_zip() -> None:
    data = b"a,b\n1,2\n"
    assert unpack(data, file_name="t.csv") == (data, "t.csv")
    assert unpack(gzip.compress(data), file_name="t.csv.gz") == (data, "t.csv.gz")
    assert unpack(zip_archive({"dir/t.csv": data}), file_name="t.zip") == (data, "t.zip!dir/t.csv")
    two_entries = zip_archive({"x.csv": b"x", "t.csv": data})
    assert unpack(two_entries, file_name="t.zip", member="t.csv") == (data, "t.zip!t.csv")


def test_unpack_zip_with_two_csvs_and_no_member_is_an_error() -> None:
    with pytest.raises(SnapshotFormatError, match=r"t\.zip: expected one \.csv file"):
        unpack(zip_archive({"a.csv": b"a", "b.csv": b"b"}), file_name="t.zip")


def test_broken_archives_are_errors() -> None:
    with pytest.raises(SnapshotFormatError, match="not a readable zip"):
        unpack(b"PK\x03\x04 truncated", file_name="t.zip")
    with pytest.raises(SnapshotFormatError, match="not a readable gzip"):
        unpack(b"\x1f\x8b truncated", file_name="t.gz")


def test_read_table_numbers_rows_and_keeps_multiline_fields() -> None:
    table = read_table('\ufeffname,note\nA,"two\nlines"\nB,\n'.encode(), file_name="t.csv")
    assert table.columns == ["_row", "name", "note"]
    assert table.rows() == [(1, "A", "two\nlines"), (2, "B", None)]


def test_unreadable_files_are_errors() -> None:
    with pytest.raises(SnapshotFormatError, match=r"t\.csv: the file is empty"):
        read_table(b"  \n", file_name="t.csv")
    with pytest.raises(SnapshotFormatError, match=r"t\.csv: not a readable CSV"):
        read_table(b"a,b\n\xff\xfe,1\n", file_name="t.csv")


def test_require_columns_names_every_missing_column() -> None:
    table = read_table(b"a,b\n1,2\n", file_name="t.csv")
    with pytest.raises(SnapshotFormatError, match=r"t\.csv: missing required column\(s\) 'c', 'd'"):
        require_columns(table, ["a", "c", "d"], file_name="t.csv")


def test_select_columns_keeps_every_row_and_cell_in_the_given_order() -> None:
    data = b'name,note,size\nA,"two\nlines",1\nB,,2\n'
    selected = select_columns(zip_archive({"t.csv": data}), ["size", "name"], file_name="t.zip")
    assert selected == b"size,name\n1,A\n2,B\n"
    with pytest.raises(SnapshotFormatError, match=r"t\.csv: missing required column\(s\) 'weight'"):
        select_columns(data, ["name", "weight"], file_name="t.csv")


def test_convert_reads_each_kind_and_quarantines_bad_cells() -> None:
    table = read_table(
        b"name,n,day,flag\n"
        b" A ,1e3,2024-05-27,True\n"
        b"B,,5/27/2024,\n"
        b"C,12 GB,2021-07,no\n"
        b",3,27.05.2024,sometimes\n",
        file_name="t.csv",
    )
    fields = {
        "name": Field("name", "required_text"),
        "n": Field("n", "float"),
        "day": Field("day", "date"),
        "flag": Field("flag", "flag"),
    }
    result = convert(table, fields, source="test", file_name="t.csv", strict=False)
    assert result.rows.rows() == [
        (1, "A", 1000.0, date(2024, 5, 27), True),
        (2, "B", None, date(2024, 5, 27), False),
    ]
    assert result.quarantine.select("row_number", "column_name", "value", "reason").rows() == [
        (3, "n", "12 GB", "not a finite number"),
        (4, "name", None, "required value is empty"),
        (4, "day", "27.05.2024", "not a date (expected YYYY-MM-DD, YYYY-MM or M/D/YYYY)"),
        (4, "flag", "sometimes", "not a true/false flag"),
    ]
    assert result.quarantine["source"].unique().to_list() == ["test"]
    assert result.quarantine["quarantined_at"].null_count() == 4
    with pytest.raises(SnapshotRowError) as caught:
        convert(table, fields, source="test", file_name="t.csv", strict=True)
    assert (caught.value.row_number, caught.value.column) == (3, "n")


def test_convert_of_a_clean_table_has_an_empty_quarantine() -> None:
    table = read_table(b"x\n1\n2\n", file_name="t.csv")
    result = convert(table, {"x": Field("x", "float")}, source="s", file_name="t", strict=True)
    assert result.rows["x"].to_list() == [1.0, 2.0]
    assert result.quarantine.height == 0
    assert isinstance(result.quarantine, pl.DataFrame)


def _deflated_zip(body: bytes) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("x.csv", body)
    return buffer.getvalue()


@pytest.mark.parametrize("kind", ["zip", "gzip"])
def test_compressed_bombs_stop_at_the_unpack_cap(kind, monkeypatch) -> None:
    from sources.reference import table_input

    monkeypatch.setattr(table_input, "MAX_UNPACKED_BYTES", 1_000_000)
    body = b"a,b\n" + b"1,2\n" * 2_000_000  # 8 MB unpacked, a few kB packed
    packed = _deflated_zip(body) if kind == "zip" else gzip.compress(body)
    assert len(packed) < 100_000
    with pytest.raises(SnapshotFormatError, match="unpacks to more than 1000000 bytes"):
        unpack(packed, file_name="x")
    small = b"a,b\n1,2\n"
    packed = zip_archive({"x.csv": small}) if kind == "zip" else gzip.compress(small)
    assert unpack(packed, file_name="x")[0] == small


def test_a_year_0001_or_far_future_date_is_quarantined_with_a_reason() -> None:
    """Issue 14, item 2: an absurd date is held back with its reason, never loaded as is."""
    table = read_table(b"d\n2024-05-01\n0001-01-01\n2925-03-01\n", file_name="t.csv")
    result = convert(table, {"d": Field("d", "date")}, source="s", file_name="t.csv", strict=False)
    assert result.rows["d"].to_list() == [date(2024, 5, 1)]
    assert result.quarantine.select("row_number", "value", "reason").rows() == [
        (2, "0001-01-01", "date out of range (1950 to 2100)"),
        (3, "2925-03-01", "date out of range (1950 to 2100)"),
    ]
