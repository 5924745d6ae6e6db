"""Ingest errors: one failing feed, page or file becomes an ``INGEST_ERRORS`` row, not a crash."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

import polars as pl

from sources.schemas import INGEST_ERRORS, conform


@dataclass(frozen=True)
class IngestError:
    """What failed (``source``: feed | gdelt | inbox | sample | page | reference), where, and
    why."""

    source: str
    url: str
    error: str


def errors_frame(
    errors: Iterable[IngestError], *, occurred_at: datetime, batch_id: str
) -> pl.DataFrame:
    """``INGEST_ERRORS`` rows for ``errors``, stamped with the batch's time and id."""
    rows = [
        {
            "source": e.source,
            "url": e.url,
            "error": e.error,
            "occurred_at": occurred_at,
            "batch_id": batch_id,
        }
        for e in errors
    ]
    return conform(pl.DataFrame(rows, schema=INGEST_ERRORS), INGEST_ERRORS, name="ingest_errors")
