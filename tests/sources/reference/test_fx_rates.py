"""Tests of sources/reference/fx_rates.py: the ECB history and the snapshot."""

from __future__ import annotations

from datetime import date

import pytest

from sources.http import HttpClient
from sources.reference import fx_rates
from sources.reference.errors import SnapshotFormatError, SnapshotRowError
from sources.reference.snapshots import snapshot_path
from sources.schemas import FX_RATES
from tests.conftest import Reply
from tests.sources.reference.archives import zip_archive

# The ECB's own format: newest first, 'N/A' for missing rates, a trailing comma on every line.
ECB_CSV = (
    b"Date,USD,JPY,RUB,CYP,\n"
    b"2024-06-17,1.0712,169.11,N/A,N/A,\n"
    b"2024-06-14,1.0686,167.8,N/A,N/A,\n"
    b"2022-02-28,1.1199,129.31,115.4842,N/A,\n"
    b"2007-12-31,1.4721,164.93,35.986,0.585274,\n"
)
REQUIRED = {
    "USD", "GBP", "JPY", "CNY", "KRW", "INR", "IDR", "CHF", "CAD", "AUD", "HKD", "SGD", "BRL",
    "SEK", "RUB",
}  # fmt: skip


def _ecb_zip(csv: bytes = ECB_CSV) -> bytes:
    return zip_archive({"eurofxref-hist.csv": csv})


def test_bundled_snapshot_covers_2015_to_the_end_of_the_file() -> None:
    rates = fx_rates.parse(snapshot_path("fx_rates").read_bytes(), file_name="fx_rates.csv.gz")
    assert rates.schema == FX_RATES
    assert set(rates["currency"]) >= REQUIRED
    assert "EUR" not in set(rates["currency"])
    assert rates["rate_date"].min() == date(2015, 1, 2)
    assert rates["rate_date"].max() == date(2026, 10, 30)
    usd = rates.filter((rates["currency"] == "USD") & (rates["rate_date"] == date(2024, 6, 14)))
    assert usd["units_per_eur"].to_list() == [1.0686]
    # RUB stops where the ECB suspended it.
    assert rates.filter(rates["currency"] == "RUB")["rate_date"].max() == date(2022, 3, 1)


def test_ecb_zip_and_csv_give_the_long_table() -> None:
    from_zip = fx_rates.parse(_ecb_zip(), file_name="eurofxref-hist.zip")
    assert from_zip.equals(fx_rates.parse(ECB_CSV))
    assert from_zip.height == 11  # USD, JPY on 4 days, RUB on 2, CYP on 1; N/A skipped
    cyp = from_zip.filter(from_zip["currency"] == "CYP").row(0, named=True)
    assert (cyp["rate_date"], cyp["units_per_eur"]) == (date(2007, 12, 31), 0.585274)
    assert set(from_zip["source_url"]) == {fx_rates.DEFAULT_URL}


def test_trim_keeps_the_ecb_format_from_the_start_date() -> None:
    trimmed = fx_rates.trim(_ecb_zip(), file_name="eurofxref-hist.zip", start=date(2015, 1, 1))
    assert trimmed.decode().splitlines() == [
        "Date,USD,JPY,RUB",
        "2024-06-17,1.0712,169.11,N/A",
        "2024-06-14,1.0686,167.8,N/A",
        "2022-02-28,1.1199,129.31,115.4842",
    ]
    assert fx_rates.parse(trimmed).height == 7


def test_bad_rate_raises_naming_row_and_column() -> None:
    bad = ECB_CSV.replace(b"167.8", b"167.8x")
    with pytest.raises(SnapshotRowError, match=r"ecb\.csv: row 2, column 'JPY'"):
        fx_rates.parse(bad, file_name="ecb.csv")


def test_file_without_date_column_is_an_error() -> None:
    with pytest.raises(SnapshotFormatError, match=r"ecb\.csv: missing required column 'Date'"):
        fx_rates.parse(b"Day,USD\n2024-06-14,1.0686\n", file_name="ecb.csv")


def test_fetch_downloads_the_ecb_zip(http_server) -> None:
    url = http_server.route("/stats/eurofxref/eurofxref-hist.zip", Reply(body=_ecb_zip()))
    with HttpClient(retries=0) as client:
        rates = fx_rates.parse(fx_rates.fetch(client, url), file_name="eurofxref-hist.zip")
    assert rates.height == 11
