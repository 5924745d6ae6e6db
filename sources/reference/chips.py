"""AI accelerator specs (``ref_chips``) and the names news and Epoch use for them.

H100-equivalents follow Epoch AI's method: a chip's peak dense 8-bit OP/s divided by the
H100 SXM's 1.979e15. ``fp8_dense_flops`` holds the higher of the dense FP8 and INT8 rates;
for chips without a published 8-bit rate (V100, TPU v3, Ascend, Maia 100) it holds the chip's
peak dense rate at wider precision, as Epoch's ``Max OP/s`` does. Where our figure and
Epoch's cluster table disagree, the reason is listed in :data:`EPOCH_H100E_EXCEPTIONS`.
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
from sources.schemas import REF_CHIP_ALIASES, REF_CHIPS

if TYPE_CHECKING:
    from sources.http import HttpClient

FILE_NAME = "chips.csv"
ALIASES_FILE_NAME = "chip_aliases.csv"
DEFAULT_URL = REFERENCE_BASE_URL + FILE_NAME
DEFAULT_ALIASES_URL = REFERENCE_BASE_URL + ALIASES_FILE_NAME

H100_SXM_DENSE_8BIT_OPS = 1.979e15  # the H100 SXM's dense FP8 rate: one H100-equivalent

# name: a product name; code: a model code as written in text; epoch: Epoch's spelling;
# family: a product-line word mapped to its chip ("Grace Blackwell"); a GPU generation such as
# Hopper names several chips: a chip noun of the extractor's rules, no alias; script: a
# non-Latin-script form.
ALIAS_KINDS = ("name", "code", "epoch", "family", "script")

# Epoch 'Chip type' values whose H100e in gpu_clusters.csv differs from ours, and why.
EPOCH_H100E_EXCEPTIONS: dict[str, str] = {
    "NVIDIA GB300 (Blackwell Ultra)": (
        "Epoch's cluster rows use the GB300's INT8 rate (1.65e14, cut in Blackwell Ultra), "
        "about 0.083 H100e per GPU; its dense FP8 rate is 5e15 (Epoch's own ml_hardware)"
    ),
    "Amazon Trainium2": (
        "Epoch's cluster rows use the BF16 rate 6.67e14; the dense FP8 rate is 1.299e15 "
        "(Epoch's own ml_hardware)"
    ),
    "Intel Habana Gaudi2": (
        "Epoch's cluster rows use the BF16 rate 4.5e14; the FP8 rate is 8.65e14 "
        "(Epoch's own ml_hardware)"
    ),
}
# Epoch cluster rows whose H100e is inconsistent with their own chip count.
EPOCH_H100E_ROW_EXCEPTIONS: dict[str, str] = {
    "Novo Nordisk Gefion": (
        "Epoch's 8-bit OP/s (6e18) is twice 1,528 H100s at 1.979e15; the row counts 1,528 chips"
    ),
}


def h100_equivalents(quantity: float, fp8_dense_flops: float) -> float:
    """H100-equivalents of ``quantity`` chips with the given dense 8-bit OP/s each."""
    return quantity * fp8_dense_flops / H100_SXM_DENSE_8BIT_OPS


def parse(data: bytes, *, file_name: str = FILE_NAME) -> pl.DataFrame:
    """Parse ``chips.csv`` (or a zip/gzip holding it) into :data:`REF_CHIPS`.

    Every chip needs an id, a name, a vendor and a positive ``fp8_dense_flops``.
    """
    chips = read_entities(
        data,
        file_name=file_name,
        schema=REF_CHIPS,
        id_column="chip_id",
        required=("chip_name", "vendor", "fp8_dense_flops"),
    )
    not_positive = chips.filter(pl.col("fp8_dense_flops") <= 0)
    if not_positive.height:
        raise SnapshotFormatError(
            f"{file_name}: chip {not_positive[0, 'chip_id']!r} has fp8_dense_flops <= 0"
        )
    return chips


def parse_aliases(
    data: bytes, *, file_name: str = ALIASES_FILE_NAME, chip_ids: Collection[str] | None = None
) -> pl.DataFrame:
    """Parse ``chip_aliases.csv`` into :data:`REF_CHIP_ALIASES`.

    With ``chip_ids`` every alias must point to a known chip. ``alias_kind`` must be one of
    :data:`ALIAS_KINDS`.
    """
    aliases = read_aliases(
        data,
        file_name=file_name,
        schema=REF_CHIP_ALIASES,
        id_column="chip_id",
        known_ids=chip_ids,
    )
    bad_kind = aliases.filter(~pl.col("alias_kind").is_in(ALIAS_KINDS))
    if bad_kind.height:
        raise SnapshotFormatError(
            f"{file_name}: alias {bad_kind[0, 'alias']!r} has alias_kind "
            f"{bad_kind[0, 'alias_kind']!r}; expected one of {ALIAS_KINDS}"
        )
    return aliases


def fetch(client: HttpClient, url: str | None = None) -> bytes:
    """Download an updated ``chips.csv`` (same format as the bundled one); by default from
    ``LEDGER_REFERENCE_BASE_URL``."""
    return fetch_bytes(client, url or reference_url(FILE_NAME))


def fetch_aliases(client: HttpClient, url: str | None = None) -> bytes:
    """Download an updated ``chip_aliases.csv``; by default from
    ``LEDGER_REFERENCE_BASE_URL``."""
    return fetch_bytes(client, url or reference_url(ALIASES_FILE_NAME))
