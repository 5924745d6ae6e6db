"""Named AI clusters (``ref_clusters``), their nicknames, and how they map to Epoch's rows.

Epoch lists each build phase of a cluster as its own row ("xAI Colossus Memphis Phase 1",
"... Phase 2"); ``epoch_name_pattern`` is a regular expression matching exactly the Epoch
``Name`` values that are phases of the cluster.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import TYPE_CHECKING

import polars as pl

from sources.reference.download import fetch_bytes
from sources.reference.errors import SnapshotFormatError
from sources.reference.gazetteer import (
    REFERENCE_BASE_URL,
    read_aliases,
    read_entities,
    reference_url,
)
from sources.schemas import REF_CLUSTER_ALIASES, REF_CLUSTERS

if TYPE_CHECKING:
    from sources.http import HttpClient

FILE_NAME = "clusters.csv"
ALIASES_FILE_NAME = "cluster_aliases.csv"
DEFAULT_URL = REFERENCE_BASE_URL + FILE_NAME
DEFAULT_ALIASES_URL = REFERENCE_BASE_URL + ALIASES_FILE_NAME


def parse(
    data: bytes, *, file_name: str = FILE_NAME, company_ids: Collection[str] | None = None
) -> pl.DataFrame:
    """Parse ``clusters.csv`` into :data:`REF_CLUSTERS` and check it.

    Checks: unique ids and names, patterns that compile, and (with ``company_ids``) owners
    that exist in the companies table.
    """
    clusters = read_entities(
        data,
        file_name=file_name,
        schema=REF_CLUSTERS,
        id_column="cluster_id",
        required=("cluster_name",),
    )
    duplicated = clusters.filter(pl.col("cluster_name").is_duplicated())
    if duplicated.height:
        raise SnapshotFormatError(
            f"{file_name}: cluster_name {duplicated[0, 'cluster_name']!r} is used twice"
        )
    for cluster_id, pattern in clusters.select("cluster_id", "epoch_name_pattern").iter_rows():
        if pattern is None:
            continue
        try:
            re.compile(pattern)
        except re.error as exc:
            raise SnapshotFormatError(
                f"{file_name}: cluster {cluster_id!r}: epoch_name_pattern does not compile ({exc})"
            ) from exc
    if company_ids is not None:
        unknown = clusters.filter(
            pl.col("owner_company_id").is_not_null()
            & ~pl.col("owner_company_id").is_in(list(company_ids))
        )
        if unknown.height:
            raise SnapshotFormatError(
                f"{file_name}: cluster {unknown[0, 'cluster_id']!r}: owner_company_id "
                f"{unknown[0, 'owner_company_id']!r} is not a known company"
            )
    return clusters


def parse_aliases(
    data: bytes,
    *,
    file_name: str = ALIASES_FILE_NAME,
    cluster_ids: Collection[str] | None = None,
) -> pl.DataFrame:
    """Parse ``cluster_aliases.csv`` into :data:`REF_CLUSTER_ALIASES` (ids checked if given)."""
    return read_aliases(
        data,
        file_name=file_name,
        schema=REF_CLUSTER_ALIASES,
        id_column="cluster_id",
        known_ids=cluster_ids,
    )


def match_epoch_names(clusters: pl.DataFrame, epoch_names: pl.Series) -> pl.DataFrame:
    """Pair each cluster with the Epoch ``Name`` values its pattern matches.

    Returns columns ``cluster_id`` and ``name`` (one row per match); an Epoch name matched by
    two clusters is an error, since a phase belongs to one cluster.
    """
    names = epoch_names.unique().drop_nulls()
    pairs = [
        pl.DataFrame(
            {"cluster_id": cluster_id, "name": names.filter(names.str.contains(pattern))},
            schema={"cluster_id": pl.String, "name": pl.String},
        )
        for cluster_id, pattern in clusters.select("cluster_id", "epoch_name_pattern").iter_rows()
        if pattern is not None
    ]
    matched = (
        pl.concat(pairs)
        if pairs
        else pl.DataFrame(schema={"cluster_id": pl.String, "name": pl.String})
    )
    twice = matched.filter(pl.col("name").is_duplicated())
    if twice.height:
        raise SnapshotFormatError(
            f"Epoch name {twice[0, 'name']!r} is matched by clusters "
            f"{sorted(twice.filter(pl.col('name') == twice[0, 'name'])['cluster_id'])}"
        )
    return matched.sort("cluster_id", "name")


def fetch(client: HttpClient, url: str | None = None) -> bytes:
    """Download an updated ``clusters.csv`` (same format as the bundled one); by default from
    ``LEDGER_REFERENCE_BASE_URL``."""
    return fetch_bytes(client, url or reference_url(FILE_NAME))


def fetch_aliases(client: HttpClient, url: str | None = None) -> bytes:
    """Download an updated ``cluster_aliases.csv``; by default from
    ``LEDGER_REFERENCE_BASE_URL``."""
    return fetch_bytes(client, url or reference_url(ALIASES_FILE_NAME))
