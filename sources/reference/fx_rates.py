"""Euro foreign exchange reference rates of the European Central Bank (``raw.fx_rates``).

The ECB publishes one row per business day: ``Date,USD,JPY,...`` where each value is the
number of currency units per euro, ``N/A`` when there is no rate (a currency that did not
exist yet, or whose publication was suspended, such as RUB since 2022-03-01). The history is a
zip holding ``eurofxref-hist.csv``. EUR itself is implied (1.0) and not stored.

Python converts no amount with these rates: dbt does, in ``int_fx_rates_daily_usd`` and
``int_claims_normalized`` (one place for the rule of which day's rate applies).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import polars as pl

from sources.reference.download import fetch_bytes
from sources.reference.errors import SnapshotFormatError
from sources.reference.table_input import ROW, Field, convert, read_table, unpack
from sources.schemas import FX_RATES, conform
from sources.settings import DEFAULT_ECB_FX_URL, get_settings

if TYPE_CHECKING:
    from sources.http import HttpClient

SOURCE = "fx_rates"
FILE_NAME = "eurofxref-hist.csv"  # the CSV inside the ECB's zip
SNAPSHOT_FILE_NAME = "fx_rates.csv"  # our copy: same format, from SNAPSHOT_START on
DEFAULT_URL = DEFAULT_ECB_FX_URL
SNAPSHOT_START = date(2015, 1, 1)

_MISSING = ("N/A", "")


def parse(data: bytes, *, file_name: str = FILE_NAME) -> pl.DataFrame:
    """Parse the ECB history (zip or CSV, wide) into :data:`FX_RATES` (long, one row per rate).

    ``N/A`` and empty cells are skipped; any other unreadable cell raises
    :class:`~sources.reference.errors.SnapshotRowError` naming file, row and column.
    """
    raw, name = unpack(data, file_name=file_name, member=FILE_NAME)
    table = read_table(raw, file_name=name)
    if "Date" not in table.columns:
        raise SnapshotFormatError(f"{name}: missing required column 'Date'")
    # The ECB's header ends with a comma, which reads as an unnamed empty column.
    currencies = [c for c in table.columns if c not in ("Date", ROW) and c.strip()]
    bad_names = [c for c in currencies if not (len(c) == 3 and c.isalpha() and c.isupper())]
    if bad_names or not currencies:
        raise SnapshotFormatError(
            f"{name}: expected ISO 4217 currency columns after 'Date', found {bad_names or 'none'}"
        )
    table = table.with_columns(
        pl.when(pl.col(c).str.strip_chars().is_in(_MISSING))
        .then(None)
        .otherwise(pl.col(c))
        .alias(c)
        for c in currencies
    )
    fields = {"rate_date": Field("Date", "date")} | {c: Field(c, "float") for c in currencies}
    wide = convert(table, fields, source=SOURCE, file_name=name, strict=True).rows
    empty_dates = wide.filter(pl.col("rate_date").is_null())
    if empty_dates.height:
        raise SnapshotFormatError(f"{name}: row {empty_dates[0, ROW]} has no Date")
    long = (
        wide.drop(ROW)
        .unpivot(index="rate_date", variable_name="currency", value_name="units_per_eur")
        .drop_nulls("units_per_eur")
        .with_columns(pl.lit(DEFAULT_URL).alias("source_url"))
        .sort("currency", "rate_date")
    )
    duplicated = long.filter(pl.struct("rate_date", "currency").is_duplicated())
    if duplicated.height:
        raise SnapshotFormatError(f"{name}: date {duplicated[0, 'rate_date']} appears twice")
    return conform(long, FX_RATES, name=name)


def trim(data: bytes, *, file_name: str = FILE_NAME, start: date = SNAPSHOT_START) -> bytes:
    """The ECB history (zip or CSV) as a CSV of the same format from ``start`` on.

    Currencies without any rate in that period are dropped; rows stay newest first as the
    ECB writes them.
    """
    raw, name = unpack(data, file_name=file_name, member=FILE_NAME)
    table = read_table(raw, file_name=name).drop(ROW)
    table = table.select(c for c in table.columns if c.strip())
    dates = table["Date"].str.to_date("%Y-%m-%d", strict=False)
    recent = table.filter(dates >= start)
    kept = [
        c
        for c in recent.columns
        if c == "Date" or recent[c].str.strip_chars().is_in(_MISSING).not_().any()
    ]
    return recent.select(kept).write_csv(null_value="N/A").encode()


def fetch(client: HttpClient, url: str | None = None) -> bytes:
    """Download the ECB's full history (a zip that :func:`parse` reads as is) from ``url``,
    by default the ``LEDGER_ECB_FX_URL`` setting."""
    return fetch_bytes(client, url or get_settings().ecb_fx_url)
