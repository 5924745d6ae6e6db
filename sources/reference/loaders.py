"""Offline or online: where each reference table comes from on a given run.

Offline (the default) a table is the bundled snapshot. Online, the published file is fetched
into ``$LEDGER_HOME/downloads/reference`` under the snapshot's file name and parsed with the
same code (parsers sniff zip/gzip/CSV from the bytes); if the fetch or the parse fails, the
bundled snapshot is used and the reason is returned as a warning, so one unreachable source
never stops a run.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import polars as pl

from sources.http import HttpClient
from sources.reference import (
    chips,
    clusters,
    companies,
    epoch_funding_rounds,
    epoch_gpu_clusters,
    fx_rates,
    snapshots,
)
from sources.settings import get_settings

FETCHERS: dict[str, Callable[[HttpClient], bytes]] = {
    "ref_chips": chips.fetch,
    "ref_chip_aliases": chips.fetch_aliases,
    "ref_companies": companies.fetch,
    "ref_company_aliases": companies.fetch_aliases,
    "ref_clusters": clusters.fetch,
    "ref_cluster_aliases": clusters.fetch_aliases,
    "fx_rates": fx_rates.fetch,
    "epoch_gpu_clusters": epoch_gpu_clusters.fetch,
    "epoch_funding_rounds": epoch_funding_rounds.fetch,
}
# Alias tables are validated against their entity table, so both come from the same place.
DEPENDS_ON: dict[str, tuple[str, ...]] = {
    "ref_chip_aliases": ("ref_chips",),
    "ref_company_aliases": ("ref_companies",),
    "ref_clusters": ("ref_companies",),
    "ref_cluster_aliases": ("ref_clusters", "ref_companies"),
}


@dataclass(frozen=True)
class Loaded:
    """A reference table as loaded on this run, and where it came from."""

    rows: pl.DataFrame
    quarantine: pl.DataFrame  # QUARANTINE rows (empty when every cell was read)
    origin: str  # "bundled snapshot <file>" or the folder it was fetched into
    warning: str | None = None  # set when an online load failed and the snapshot was used
    failed_url: str | None = None  # the URL that could not be fetched or parsed


def download_dir() -> Path:
    """Where online loads write the fetched files: ``$LEDGER_HOME/downloads/reference``."""
    return get_settings().home / "downloads" / "reference"


def _bundled(table: str, warning: str | None = None, failed_url: str | None = None) -> Loaded:
    return Loaded(
        rows=snapshots.load_table(table),
        quarantine=snapshots.load_quarantine(table),
        origin=f"bundled snapshot {snapshots.snapshot_path(table).name}",
        warning=warning,
        failed_url=failed_url,
    )


def _default_client() -> HttpClient:
    return HttpClient.from_settings(get_settings())


def load_reference(
    table: str,
    *,
    online: bool,
    client_factory: Callable[[], HttpClient] = _default_client,
    target_dir: Path | None = None,
    log: Callable[[str], None] = lambda _msg: None,
) -> Loaded:
    """Load ``table`` from its published source when ``online``, else from the snapshot."""
    if not online:
        return _bundled(table)
    target = target_dir or download_dir()
    target.mkdir(parents=True, exist_ok=True)
    try:
        with client_factory() as client:
            for name in (*DEPENDS_ON.get(table, ()), table):
                path = target / snapshots.SNAPSHOT_FILES[name]
                log(f"fetching {name} -> {path}")
                path.write_bytes(FETCHERS[name](client))
        rows = snapshots.load_table(table, data_dir=target)
        quarantine = snapshots.load_quarantine(table, data_dir=target)
    except Exception as exc:  # any fetch or parse failure: keep the run going on the snapshot
        return _bundled(
            table,
            warning=f"online load failed, bundled snapshot used: {exc}",
            failed_url=getattr(exc, "url", None),
        )
    return Loaded(rows=rows, quarantine=quarantine, origin=f"fetched into {target}")
