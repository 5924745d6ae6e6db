"""Companies (``ref_companies``) and the names they go by in many languages and scripts.

Canonical names (``company_name``) are what claims use as subject and owner; aliases include
Epoch's spellings of owners (e.g. "Meta AI", "Nebius AI") so Epoch rows resolve to companies.
"""

from __future__ import annotations

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
from sources.schemas import REF_COMPANIES, REF_COMPANY_ALIASES

if TYPE_CHECKING:
    from sources.http import HttpClient

FILE_NAME = "companies.csv"
ALIASES_FILE_NAME = "company_aliases.csv"
DEFAULT_URL = REFERENCE_BASE_URL + FILE_NAME
DEFAULT_ALIASES_URL = REFERENCE_BASE_URL + ALIASES_FILE_NAME

COMPANY_TYPES = ("ai_lab", "hyperscaler", "neocloud", "chip_vendor", "investor", "other")


def _first_bad(companies: pl.DataFrame, condition: pl.Expr) -> dict[str, object] | None:
    bad = companies.filter(condition)
    return bad.row(0, named=True) if bad.height else None


def parse(data: bytes, *, file_name: str = FILE_NAME) -> pl.DataFrame:
    """Parse ``companies.csv`` into :data:`REF_COMPANIES` and check it.

    Checks: unique ids, a name and a known ``company_type`` on every row, ISO 3166-1 alpha-2
    countries, Wikidata ids of the form ``Q<digits>``, parents that exist.
    """
    companies = read_entities(
        data,
        file_name=file_name,
        schema=REF_COMPANIES,
        id_column="company_id",
        required=("company_name", "company_type"),
    )
    checks = [
        (~pl.col("company_type").is_in(COMPANY_TYPES), "company_type", f"not in {COMPANY_TYPES}"),
        (~pl.col("country").str.contains(r"^[A-Z]{2}$"), "country", "not an ISO alpha-2 code"),
        (~pl.col("wikidata_id").str.contains(r"^Q[0-9]+$"), "wikidata_id", "not a Q-id"),
        (
            pl.col("parent_company_id").is_not_null()
            & ~pl.col("parent_company_id").is_in(companies["company_id"].to_list()),
            "parent_company_id",
            "not a company_id of this file",
        ),
        (pl.col("company_name").is_duplicated(), "company_name", "used by two companies"),
    ]
    for condition, column, reason in checks:
        bad = _first_bad(companies, condition)
        if bad is not None:
            raise SnapshotFormatError(
                f"{file_name}: company {bad['company_id']!r}, column {column!r}: "
                f"{bad[column]!r} is {reason}"
            )
    return companies


def parse_aliases(
    data: bytes,
    *,
    file_name: str = ALIASES_FILE_NAME,
    company_ids: Collection[str] | None = None,
) -> pl.DataFrame:
    """Parse ``company_aliases.csv`` into :data:`REF_COMPANY_ALIASES` (ids checked if given)."""
    return read_aliases(
        data,
        file_name=file_name,
        schema=REF_COMPANY_ALIASES,
        id_column="company_id",
        known_ids=company_ids,
    )


def fetch(client: HttpClient, url: str | None = None) -> bytes:
    """Download an updated ``companies.csv`` (same format as the bundled one); by default from
    ``LEDGER_REFERENCE_BASE_URL``."""
    return fetch_bytes(client, url or reference_url(FILE_NAME))


def fetch_aliases(client: HttpClient, url: str | None = None) -> bytes:
    """Download an updated ``company_aliases.csv``; by default from
    ``LEDGER_REFERENCE_BASE_URL``."""
    return fetch_bytes(client, url or reference_url(ALIASES_FILE_NAME))
