"""Reading CSV snapshots: unpack a zip or gzip, check the header, convert cells.

Cells that cannot be read become quarantine rows (their row is left out, every other row
loads); in strict mode the first such cell raises :class:`SnapshotRowError` instead.
"""

from __future__ import annotations

import gzip
import io
import zipfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import PurePosixPath
from typing import Literal

import polars as pl

from sources.reference.errors import SnapshotFormatError, SnapshotRowError
from sources.schemas import QUARANTINE, conform

ROW = "_row"  # 1-based data row number (header excluded) carried through the conversion

Kind = Literal["text", "required_text", "float", "date", "flag"]

_TRUE = ("true", "yes", "y", "1", "checked")
_FALSE = ("false", "no", "n", "0", "unchecked")
# Dates outside these bounds (a year 0001, a typo'd 2925) are quarantined, not loaded.
EARLIEST_DATE = date(1950, 1, 1)
LATEST_DATE = date(2100, 12, 31)
_ZIP_MAGIC = b"PK\x03\x04"
_GZIP_MAGIC = b"\x1f\x8b"
# The most a zip or gzip may unpack to: a compressed bomb within the download cap stops here.
MAX_UNPACKED_BYTES = 200 * 1024 * 1024


@dataclass(frozen=True)
class Field:
    """One output column read from ``column`` of the file, converted as ``kind``."""

    column: str
    kind: Kind = "text"


@dataclass(frozen=True)
class ParseResult:
    """What a quarantining parser returns: the loaded rows and the rejected cells."""

    rows: pl.DataFrame
    quarantine: pl.DataFrame


def unpack(data: bytes, *, file_name: str, member: str | None = None) -> tuple[bytes, str]:
    """Return the CSV bytes inside ``data`` (a zip, a gzip or plain CSV) and a display name.

    In a zip, the entry whose base name is ``member`` is used, or the only ``.csv`` entry
    when ``member`` is None. The display name of a zip entry is ``archive!entry``. Unpacking
    stops at :data:`MAX_UNPACKED_BYTES` (a larger content is an error, not a memory blow-up).
    """
    if data[:4] == _ZIP_MAGIC:
        try:
            archive = zipfile.ZipFile(io.BytesIO(data))
        except zipfile.BadZipFile as exc:
            raise SnapshotFormatError(f"{file_name}: not a readable zip archive ({exc})") from exc
        entries = [n for n in archive.namelist() if not n.endswith("/")]
        if member is not None:
            matches = [n for n in entries if PurePosixPath(n).name == member]
            wanted = member
        else:
            matches = [n for n in entries if n.lower().endswith(".csv")]
            wanted = "one .csv file"
        if len(matches) != 1:
            raise SnapshotFormatError(
                f"{file_name}: expected {wanted} in the zip archive, found {sorted(entries)}"
            )
        name = f"{file_name}!{matches[0]}"
        with archive.open(matches[0]) as entry:
            return _bounded(entry, name), name
    if data[:2] == _GZIP_MAGIC:
        try:
            with gzip.GzipFile(fileobj=io.BytesIO(data)) as stream:
                return _bounded(stream, file_name), file_name
        except (OSError, EOFError) as exc:
            raise SnapshotFormatError(f"{file_name}: not a readable gzip file ({exc})") from exc
    return data, file_name


def _bounded(stream: io.BufferedIOBase, name: str) -> bytes:
    content = stream.read(MAX_UNPACKED_BYTES + 1)
    if len(content) > MAX_UNPACKED_BYTES:
        raise SnapshotFormatError(
            f"{name}: unpacks to more than {MAX_UNPACKED_BYTES} bytes; not read"
        )
    return content


def read_table(data: bytes, *, file_name: str) -> pl.DataFrame:
    """Read CSV bytes (UTF-8, optional BOM, quoted multi-line fields) as all-string columns.

    Adds the 1-based data row number as column ``_row``.
    """
    if not data.strip():
        raise SnapshotFormatError(f"{file_name}: the file is empty")
    try:
        table = pl.read_csv(io.BytesIO(data), infer_schema=False, encoding="utf8")
    except pl.exceptions.PolarsError as exc:
        raise SnapshotFormatError(f"{file_name}: not a readable CSV file ({exc})") from exc
    return table.with_row_index(ROW, offset=1).with_columns(pl.col(ROW).cast(pl.Int64))


def require_columns(table: pl.DataFrame, required: Iterable[str], *, file_name: str) -> None:
    """Raise :class:`SnapshotFormatError` naming the file and each missing column."""
    missing = [c for c in required if c not in table.columns]
    if missing:
        listed = ", ".join(repr(c) for c in missing)
        raise SnapshotFormatError(f"{file_name}: missing required column(s) {listed}")


def select_columns(
    data: bytes, columns: Sequence[str], *, file_name: str, member: str | None = None
) -> bytes:
    """The CSV in ``data`` (see :func:`unpack`) reduced to ``columns``, in that order.

    Every row is kept and every cell unchanged; a missing column raises
    :class:`SnapshotFormatError` naming the file and the column.
    """
    raw, name = unpack(data, file_name=file_name, member=member)
    table = read_table(raw, file_name=name)
    require_columns(table, columns, file_name=name)
    return table.select(columns).write_csv().encode()


def _stripped(column: str) -> pl.Expr:
    text = pl.col(column).str.strip_chars()
    return pl.when(text == "").then(None).otherwise(text)


def _value_and_problem(field: Field) -> tuple[pl.Expr, pl.Expr]:
    """Expressions for the converted value and for why it failed (null when it did not)."""
    text = _stripped(field.column)
    no_problem = pl.lit(None, dtype=pl.String)
    if field.kind == "text":
        return text, no_problem
    if field.kind == "required_text":
        return text, pl.when(text.is_null()).then(pl.lit("required value is empty"))
    if field.kind == "float":
        number = text.cast(pl.Float64, strict=False)
        bad = text.is_not_null() & (number.is_null() | ~number.is_finite())
        return number, pl.when(bad).then(pl.lit("not a finite number"))
    if field.kind == "date":
        day = pl.coalesce(
            text.str.to_date("%Y-%m-%d", strict=False),
            text.str.to_date("%m/%d/%Y", strict=False),
            # Epoch writes some dates as year-month only: read them as the month's first day.
            (text + "-01").str.to_date("%Y-%m-%d", strict=False),
        )
        unreadable = text.is_not_null() & day.is_null()
        reason = "not a date (expected YYYY-MM-DD, YYYY-MM or M/D/YYYY)"
        implausible = day.is_not_null() & ~day.is_between(EARLIEST_DATE, LATEST_DATE)
        out_of_range = f"date out of range ({EARLIEST_DATE.year} to {LATEST_DATE.year})"
        return day, pl.when(unreadable).then(pl.lit(reason)).when(implausible).then(
            pl.lit(out_of_range)
        )
    if field.kind == "flag":
        lowered = text.str.to_lowercase()
        flag = (
            pl.when(lowered.is_in(_TRUE))
            .then(True)
            .when(lowered.is_null() | lowered.is_in(_FALSE))
            .then(False)
            .otherwise(None)
        )
        return flag, pl.when(flag.is_null()).then(pl.lit("not a true/false flag"))
    raise ValueError(f"unknown field kind {field.kind!r}")


def convert(
    table: pl.DataFrame,
    fields: Mapping[str, Field],
    *,
    source: str,
    file_name: str,
    strict: bool,
) -> ParseResult:
    """Convert ``table`` (from :func:`read_table`) into the ``fields``' output columns.

    Returns the rows without any bad cell (with ``_row`` kept) and one quarantine row per bad
    cell. With ``strict`` the first bad cell (lowest row, then field order) raises
    :class:`SnapshotRowError` naming file, row and column.
    """
    require_columns(table, [f.column for f in fields.values()], file_name=file_name)
    values: list[pl.Expr] = []
    problems: list[pl.Expr] = []
    for i, (name, field) in enumerate(fields.items()):
        value, problem = _value_and_problem(field)
        values.append(value.alias(name))
        problems.append(problem.alias(f"_problem_{i}"))
    converted = table.select(pl.col(ROW), *values, *problems)

    rejected = []
    for i, field in enumerate(fields.values()):
        problem = f"_problem_{i}"
        bad = table.select(ROW, pl.col(field.column).alias("value")).with_columns(
            converted[problem].alias("reason"), pl.lit(i).alias("_field")
        )
        rejected.append(
            bad.filter(pl.col("reason").is_not_null()).with_columns(
                pl.lit(field.column).alias("column_name")
            )
        )
    quarantine = pl.concat(rejected).sort(ROW, "_field")
    if strict and quarantine.height:
        first = quarantine.row(0, named=True)
        raise SnapshotRowError(
            file_name, first[ROW], first["column_name"], first["value"] or "", first["reason"]
        )

    problem_columns = [f"_problem_{i}" for i in range(len(fields))]
    clean = pl.all_horizontal(pl.col(c).is_null() for c in problem_columns)
    rows = converted.filter(clean).drop(problem_columns)
    quarantine = quarantine.select(
        pl.lit(source).alias("source"),
        pl.lit(file_name).alias("file"),
        pl.col(ROW).alias("row_number"),
        "column_name",
        "value",
        "reason",
        pl.lit(None, dtype=pl.String).alias("batch_id"),
        pl.lit(None, dtype=QUARANTINE["quarantined_at"]).alias("quarantined_at"),
    )
    return ParseResult(rows=rows, quarantine=conform(quarantine, QUARANTINE, name="quarantine"))
