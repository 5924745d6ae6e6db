"""US-dollar values of amounts, at the ECB rates of the reference data.

:class:`RateTable` answers exactly what :func:`sources.reference.fx_rates.to_usd` answers (the
latest rate on or before the day, through the euro, none when the latest rate is older than
``MAX_RATE_AGE_DAYS``; a test checks they agree), but from plain Python lists built once:
``to_usd`` filters and sorts the rate frame on every call (~2 ms), and the extractor's worker
processes must not call polars after a fork.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from datetime import date
from functools import cache
from typing import Any

import polars as pl

UsdConverter = Callable[[float, str, date], "float | None"]


class RateTable:
    """Converts with an FX_RATES-schema frame (``rate_date``, ``currency``, ``units_per_eur``)."""

    def __init__(self, rates: pl.DataFrame):
        from sources.reference.fx_rates import MAX_RATE_AGE_DAYS

        self.max_age = MAX_RATE_AGE_DAYS
        self._series: dict[str, tuple[list[date], list[float]]] = {}
        ordered = rates.select("currency", "rate_date", "units_per_eur").sort(
            "currency", "rate_date"
        )
        for (currency,), group in ordered.group_by("currency", maintain_order=True):
            self._series[str(currency).upper()] = (
                group["rate_date"].to_list(),
                [float(v) for v in group["units_per_eur"].to_list()],
            )

    def rate(self, currency: str, on: date) -> float | None:
        """Units of ``currency`` per euro on ``on`` (the latest ECB day on or before it)."""
        if currency == "EUR":
            return 1.0
        series = self._series.get(currency)
        if series is None:
            return None
        days, values = series
        i = bisect.bisect_right(days, on)
        if i == 0 or (on - days[i - 1]).days > self.max_age:
            return None
        return values[i - 1]

    def __call__(self, amount: float, currency: str, on: date) -> float | None:
        currency = currency.upper()
        if currency == "USD":
            return float(amount)
        per_eur, usd_per_eur = self.rate(currency, on), self.rate("USD", on)
        if per_eur is None or usd_per_eur is None:
            return None
        return amount / per_eur * usd_per_eur


@cache
def default_rates() -> RateTable:
    """The bundled ECB snapshot (loaded once per process)."""
    from sources.reference.snapshots import load_table

    return RateTable(load_table("fx_rates"))


def converter(fx: Any = None) -> UsdConverter:
    """A converter from ``extract``'s ``fx`` argument: None (bundled rates), a rates frame, or a
    callable ``(amount, currency, on) -> usd | None``."""
    if fx is None:
        return default_rates()
    if isinstance(fx, pl.DataFrame):
        return RateTable(fx)
    if callable(fx):
        return fx
    raise TypeError(f"fx must be None, a polars DataFrame of rates or a callable, not {type(fx)}")
