"""USD conversion (sources/extract/fx.py) agrees with the reference helper."""

from datetime import date

import polars as pl
import pytest

from sources.extract.fx import RateTable, converter, default_rates
from sources.reference.fx_rates import to_usd
from sources.schemas import FX_RATES


def rates() -> pl.DataFrame:
    rows = [
        (date(2024, 5, 24), "USD", 1.08),
        (date(2024, 5, 24), "IDR", 17400.0),
        (date(2024, 5, 27), "USD", 1.09),
        (date(2024, 5, 27), "IDR", 17450.0),
        (date(2024, 5, 27), "JPY", 170.0),
    ]
    return pl.DataFrame(
        [
            {"rate_date": d, "currency": c, "units_per_eur": r, "source_url": None}
            for d, c, r in rows
        ],
        schema=FX_RATES,
    )


@pytest.mark.parametrize(
    ("currency", "on"),
    [
        ("IDR", date(2024, 5, 27)),
        ("IDR", date(2024, 5, 26)),
        ("JPY", date(2024, 5, 28)),
        ("EUR", date(2024, 5, 27)),
        ("USD", date(2024, 5, 27)),
        ("IDR", date(2024, 6, 30)),
        ("GBP", date(2024, 5, 27)),
        ("IDR", date(2024, 1, 1)),
    ],
)
def test_rate_table_agrees_with_to_usd(currency, on):
    frame = rates()
    assert RateTable(frame)(1000.0, currency, on) == to_usd(1000.0, currency, on, frame)


def test_bundled_rates_agree_on_real_days():
    from sources.reference.snapshots import load_table

    frame = load_table("fx_rates")
    for currency, on in (
        ("IDR", date(2024, 5, 27)),
        ("JPY", date(2024, 12, 25)),
        ("CNY", date(2025, 3, 31)),
    ):
        assert default_rates()(1e9, currency, on) == pytest.approx(to_usd(1e9, currency, on, frame))


def test_converter_accepts_none_frame_or_callable():
    assert isinstance(converter(rates()), RateTable)
    assert converter(None) is default_rates()
    assert converter(lambda a, c, d: 1.0)(5.0, "EUR", date(2024, 1, 1)) == 1.0
    with pytest.raises(TypeError):
        converter("rates")
