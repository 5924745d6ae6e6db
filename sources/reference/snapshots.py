"""The bundled snapshots in ``sources/reference/data``: the offline default of every table here.

``load_table(name)`` returns the parsed, schema-conformed table for each name in
:data:`SNAPSHOT_FILES` (the ``raw.*`` table names of :data:`sources.schemas.RAW_TABLES`);
``load_quarantine(name)`` the rows the parser rejected, with file, row, column, value and
reason (a non-numeric value, an empty required cell, a duplicate id, an alias of an unknown or
quarantined entity): one bad row never stops the others. Alias tables are checked against their
entity table on load.
"""

from __future__ import annotations

from collections.abc import Callable
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
from sources.reference.errors import SnapshotRowError
from sources.reference.table_input import ROW, ParseResult, read_table, unpack
from sources.schemas import QUARANTINE, conform, empty

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
# Our own CSV files, parsed strictly: a row at fault is quarantined, the others load.
_GAZETTEERS = frozenset(name for name in TABLE_NAMES if name.startswith("ref_"))
MAX_QUARANTINED_ROWS = 50


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
    if name in _GAZETTEERS:
        return quarantining(
            lambda csv: _parse_data(name, csv, path.name, data_dir),
            data,
            source=name,
            file_name=path.name,
        )
    return _parse_data(name, data, path.name, data_dir)


def quarantining(
    parse: Callable[[bytes], pl.DataFrame | ParseResult],
    data: bytes,
    *,
    source: str,
    file_name: str,
    max_rows: int = MAX_QUARANTINED_ROWS,
) -> ParseResult:
    """Run a strict ``parse`` on ``data``; each row it rejects with :class:`SnapshotRowError`
    becomes a quarantine row (file, row, column, value, reason) and the rest is parsed again.

    Row numbers are those of the original file. More than ``max_rows`` rejected rows means
    the file is not what we expect: :class:`SnapshotFormatError`.
    """
    raw, shown = unpack(data, file_name=file_name)
    table = read_table(raw, file_name=shown)
    rejected: list[dict[str, object]] = []
    current = raw
    while True:
        try:
            parsed = parse(current)
        except SnapshotRowError as exc:
            if len(rejected) >= max_rows or not 1 <= exc.row_number <= table.height:
                raise
            original = table[exc.row_number - 1, ROW]
            rejected.append(
                {
                    "row_number": original,
                    "column_name": exc.column,
                    "value": exc.value,
                    "reason": exc.reason,
                }
            )
            table = table.filter(pl.col(ROW) != original)
            current = table.drop(ROW).write_csv().encode()
            continue
        rows = parsed.rows if isinstance(parsed, ParseResult) else parsed
        return ParseResult(rows=rows, quarantine=_quarantine_rows(rejected, source, shown))


def _quarantine_rows(rejected: list[dict[str, object]], source: str, file: str) -> pl.DataFrame:
    if not rejected:
        return empty(QUARANTINE)
    frame = pl.DataFrame(rejected).with_columns(
        pl.lit(source).alias("source"),
        pl.lit(file).alias("file"),
        pl.col("value").cast(pl.String),
        pl.lit(None, dtype=pl.String).alias("batch_id"),
        pl.lit(None, dtype=QUARANTINE["quarantined_at"]).alias("quarantined_at"),
    )
    return conform(frame, QUARANTINE, name="quarantine")


def _parse_data(name: str, data: bytes, file_name: str, data_dir: Path) -> ParseResult:
    path = Path(file_name)
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
