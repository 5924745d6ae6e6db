"""Shared reading and validation of our gazetteer CSVs (an entity table plus its aliases).

The files carry the schema's column names as their header (extra documentation columns such
as ``notes`` are allowed and dropped). A fault is an error naming file, row and column
(:class:`SnapshotRowError` when one row is at fault): the parsers here are strict, and
:mod:`sources.reference.snapshots` quarantines the row at fault and loads the others.
"""

from __future__ import annotations

from collections.abc import Collection

import polars as pl

from sources.reference.errors import SnapshotFormatError, SnapshotRowError
from sources.reference.table_input import Field, Kind, convert, read_table, unpack
from sources.schemas import conform
from sources.settings import DEFAULT_REFERENCE_BASE_URL, get_settings

# Reference files published from the project repository (an updated copy of the same format).
REFERENCE_BASE_URL = DEFAULT_REFERENCE_BASE_URL


def reference_url(file_name: str) -> str:
    """Where ``file_name`` is published: the ``LEDGER_REFERENCE_BASE_URL`` setting plus the name."""
    return get_settings().reference_base_url + file_name


def _kind(dtype: pl.DataType, *, required: bool) -> Kind:
    if dtype == pl.Float64:
        return "float"
    if dtype == pl.Date:
        return "date"
    if dtype == pl.Boolean:
        return "flag"
    return "required_text" if required else "text"


def read_entities(
    data: bytes,
    *,
    file_name: str,
    schema: pl.Schema,
    id_column: str,
    required: Collection[str] = (),
) -> pl.DataFrame:
    """Read an entity CSV into ``schema``; ids must be present and unique.

    ``required`` names further columns that may not be empty.
    """
    raw, name = unpack(data, file_name=file_name)
    table = read_table(raw, file_name=name)
    must = {id_column, *required}
    fields = {c: Field(c, _kind(t, required=c in must)) for c, t in schema.items()}
    rows = convert(table, fields, source=name, file_name=name, strict=True).rows
    empty = [c for c in must if schema[c] != pl.String and rows[c].null_count()]
    if empty:
        row = rows.filter(pl.col(empty[0]).is_null())[0, "_row"]
        raise SnapshotRowError(name, row, empty[0], "", "value is empty")
    duplicated = rows.filter(pl.col(id_column).is_duplicated())
    if duplicated.height:
        first, second = duplicated["_row"].to_list()[:2]
        raise SnapshotRowError(
            name,
            second,
            id_column,
            duplicated[0, id_column],
            f"duplicate {id_column} {duplicated[0, id_column]!r} "
            f"(rows {duplicated['_row'].to_list()}; row {first} kept)",
        )
    return conform(rows, schema, name=name)


def read_aliases(
    data: bytes,
    *,
    file_name: str,
    schema: pl.Schema,
    id_column: str,
    known_ids: Collection[str] | None = None,
) -> pl.DataFrame:
    """Read an alias CSV into ``schema`` and check it.

    Every row needs an id and an alias; with ``known_ids`` every id must exist there; the
    same alias (compared case-insensitively) may not point to two different ids.
    """
    raw, name = unpack(data, file_name=file_name)
    table = read_table(raw, file_name=name)
    fields = {c: Field(c, "required_text" if c in (id_column, "alias") else "text") for c in schema}
    rows = convert(table, fields, source=name, file_name=name, strict=True).rows
    if known_ids is not None:
        unknown = rows.filter(~pl.col(id_column).is_in(list(known_ids)))
        if unknown.height:
            raise SnapshotRowError(
                name,
                unknown[0, "_row"],
                id_column,
                unknown[0, id_column],
                f"{unknown[0, id_column]!r} is not in the entity table",
            )
    folded = rows.with_columns(pl.col("alias").str.to_lowercase().alias("_folded"))
    clashes = (
        folded.group_by("_folded")
        .agg(pl.col(id_column).unique().sort(), pl.col("_row").min())
        .filter(pl.col(id_column).list.len() > 1)
        .sort("_row")
    )
    if clashes.height:
        raise SnapshotFormatError(
            f"{name}: alias {clashes[0, '_folded']!r} points to several ids "
            f"{clashes[0, id_column].to_list()}"
        )
    return conform(
        rows.unique([id_column, "alias"], keep="first", maintain_order=True), schema, name=name
    )
