"""The bundled snapshots in ``sources/reference/data``: the offline default of every table here.

``load_table(name)`` returns the parsed, schema-conformed table for each name in
:data:`SNAPSHOT_FILES` (the ``raw.*`` table names of :data:`sources.schemas.RAW_TABLES`);
``load_quarantine(name)`` the cells the parser rejected (always empty for our own files,
whose faults raise). Alias tables are checked against their entity table on load.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import polars as pl

from sources.reference import (
    chips,
    clusters,
    companies,
    epoch_funding_rounds,
    epoch_gpu_clusters,
    fx_rates,
)
from sources.reference.table_input import ParseResult
from sources.schemas import QUARANTINE, empty

DATA_DIR = Path(__file__).resolve().parent / "data"

SNAPSHOT_FILES: dict[str, str] = {
    "ref_chips": chips.FILE_NAME,
    "ref_chip_aliases": chips.ALIASES_FILE_NAME,
    "ref_companies": companies.FILE_NAME,
    "ref_company_aliases": companies.ALIASES_FILE_NAME,
    "ref_clusters": clusters.FILE_NAME,
    "ref_cluster_aliases": clusters.ALIASES_FILE_NAME,
    "fx_rates": fx_rates.SNAPSHOT_FILE_NAME + ".gz",
    "epoch_gpu_clusters": epoch_gpu_clusters.SNAPSHOT_FILE_NAME,
    "epoch_funding_rounds": epoch_funding_rounds.SNAPSHOT_FILE_NAME,
}
TABLE_NAMES = tuple(SNAPSHOT_FILES)


def snapshot_path(name: str, data_dir: Path = DATA_DIR) -> Path:
    """Path of the bundled file behind table ``name``."""
    if name not in SNAPSHOT_FILES:
        raise KeyError(f"no bundled snapshot for table {name!r}; known: {TABLE_NAMES}")
    return data_dir / SNAPSHOT_FILES[name]


def _parsed(name: str, data_dir: Path) -> ParseResult:
    # Only the bundled files are cached: a download folder is rewritten between runs.
    if data_dir == DATA_DIR:
        return _parsed_bundled(name)
    return _parse_file(name, data_dir)


@cache
def _parsed_bundled(name: str) -> ParseResult:
    return _parse_file(name, DATA_DIR)


def _parse_file(name: str, data_dir: Path) -> ParseResult:
    path = snapshot_path(name, data_dir)
    data = path.read_bytes()
    no_quarantine = empty(QUARANTINE)

    def ids(table: str, column: str) -> list[str]:
        return _parsed(table, data_dir).rows[column].to_list()

    match name:
        case "epoch_gpu_clusters":
            return epoch_gpu_clusters.parse(data, file_name=path.name)
        case "epoch_funding_rounds":
            return epoch_funding_rounds.parse(data, file_name=path.name)
        case "fx_rates":
            rows = fx_rates.parse(data, file_name=path.name)
        case "ref_chips":
            rows = chips.parse(data, file_name=path.name)
        case "ref_chip_aliases":
            rows = chips.parse_aliases(
                data, file_name=path.name, chip_ids=ids("ref_chips", "chip_id")
            )
        case "ref_companies":
            rows = companies.parse(data, file_name=path.name)
        case "ref_company_aliases":
            rows = companies.parse_aliases(
                data, file_name=path.name, company_ids=ids("ref_companies", "company_id")
            )
        case "ref_clusters":
            rows = clusters.parse(
                data, file_name=path.name, company_ids=ids("ref_companies", "company_id")
            )
        case "ref_cluster_aliases":
            rows = clusters.parse_aliases(
                data, file_name=path.name, cluster_ids=ids("ref_clusters", "cluster_id")
            )
        case _:  # pragma: no cover - snapshot_path already rejected unknown names
            raise KeyError(name)
    return ParseResult(rows=rows, quarantine=no_quarantine)


def load_table(name: str, data_dir: Path = DATA_DIR) -> pl.DataFrame:
    """The snapshot of table ``name`` in ``data_dir``, parsed and conformed to its schema.

    The bundled files are parsed once per process; each call returns its own copy.
    """
    return _parsed(name, data_dir).rows.clone()


def load_quarantine(name: str, data_dir: Path = DATA_DIR) -> pl.DataFrame:
    """Cells of the snapshot of ``name`` that its parser rejected (QUARANTINE schema)."""
    return _parsed(name, data_dir).quarantine.clone()
