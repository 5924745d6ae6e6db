"""Tests of sources/reference/chips.py: the bundled chip specs and aliases, and bad files."""

from __future__ import annotations

import polars as pl
import pytest

from sources.http import HttpClient
from sources.reference import chips
from sources.reference.errors import SnapshotFormatError, SnapshotRowError
from sources.reference.snapshots import load_table, snapshot_path
from sources.schemas import REF_CHIP_ALIASES, REF_CHIPS
from tests.conftest import Reply

CANONICAL_CHIP_IDS = [
    "A100", "A800", "H100-SXM", "H100-PCIe", "H800", "H20", "H200", "B200", "B300", "GB200",
    "GB300", "L40S", "MI250X", "MI300X", "MI325X", "MI355X", "TPU-v4", "TPU-v5e", "TPU-v5p",
    "TPU-v6e", "TPU-v7", "Trainium1", "Trainium2", "Trainium3", "Gaudi2", "Gaudi3", "Dojo-D1",
    "Ascend-910B", "Ascend-910C", "MTIA-v2", "Maia-100",
]  # fmt: skip
# Old accelerators in Epoch's cluster table that the Ledger does not track as chips.
UNTRACKED_EPOCH_CHIP_TYPES = {
    "Cerebras CS-1", "Google TPU v1", "Google TPU v2", "Intel Data Center GPU Max 1550",
    "NVIDIA P100", "NVIDIA Quadro RTX 5000", "NVIDIA Tesla K20X", "NVIDIA Tesla K40c",
    "NVIDIA Tesla K40m", "NVIDIA Tesla K80", "NVIDIA Tesla P100 PCIe 16GB",
    "NVIDIA Tesla P100 SXM2", "PEZY-SC2",
}  # fmt: skip


def _bundled(name: str) -> bytes:
    return snapshot_path(name).read_bytes()


def _csv(frame: pl.DataFrame) -> bytes:
    return frame.write_csv().encode()


def _raw(name: str) -> pl.DataFrame:
    return pl.read_csv(_bundled(name), infer_schema=False)


def _alias_map() -> dict[str, str]:
    return dict(load_table("ref_chip_aliases").select("alias", "chip_id").iter_rows())


def test_bundled_chips_cover_the_canonical_ids_with_real_figures() -> None:
    table = chips.parse(_bundled("ref_chips"))
    assert table.schema == REF_CHIPS
    assert set(CANONICAL_CHIP_IDS) <= set(table["chip_id"])
    assert table.height == 43
    spec = {r["chip_id"]: r for r in table.iter_rows(named=True)}
    assert spec["H100-SXM"]["fp8_dense_flops"] == 1.979e15
    assert spec["H100-SXM"]["bf16_dense_flops"] == 9.894e14
    assert spec["H100-SXM"]["hbm_gb"] == 80
    assert spec["H100-SXM"]["tdp_w"] == 700
    assert spec["GB200"]["fp8_dense_flops"] == 5e15
    assert spec["GB300"]["fp8_dense_flops"] == 5e15
    assert spec["TPU-v7"]["hbm_gb"] == 192
    assert spec["MI300X"]["release_date"].isoformat() == "2023-12-06"
    assert table["source_url"].null_count() == 0


def test_h100_equivalents_use_the_h100_sxm_figure() -> None:
    assert chips.h100_equivalents(100_000, 1.979e15) == pytest.approx(100_000)
    assert chips.h100_equivalents(1_000, 5e15) == pytest.approx(2526.53, rel=1e-5)


@pytest.mark.parametrize(
    ("alias", "chip_id", "kind"),
    [
        ("H100", "H100-SXM", "code"),
        ("H-100", "H100-SXM", "code"),
        ("H100s", "H100-SXM", "code"),
        ("H100 GPU", "H100-SXM", "code"),
        ("Grace Blackwell", "GB200", "family"),
        ("H100芯片", "H100-SXM", "script"),
        ("NVIDIA H100 SXM5 80GB", "H100-SXM", "epoch"),
        ("Trainium", "Trainium2", "family"),
        ("TPUv5p", "TPU-v5p", "code"),
        ("Trillium", "TPU-v6e", "name"),
        ("Ironwood", "TPU-v7", "name"),
        ("Instinct MI300X", "MI300X", "name"),
        ("NVIDIA GB200", "GB200", "epoch"),
        ("昇腾910B", "Ascend-910B", "script"),
    ],
)
def test_aliases_as_news_and_epoch_write_them(alias: str, chip_id: str, kind: str) -> None:
    aliases = load_table("ref_chip_aliases")
    row = aliases.filter(pl.col("alias") == alias)
    assert row.select("chip_id", "alias_kind").rows() == [(chip_id, kind)]


def test_bundled_aliases_point_to_known_chips() -> None:
    known = load_table("ref_chips")["chip_id"].to_list()
    aliases = chips.parse_aliases(_bundled("ref_chip_aliases"), chip_ids=known)
    assert aliases.schema == REF_CHIP_ALIASES
    assert set(aliases["alias_kind"]) == set(chips.ALIAS_KINDS)
    assert set(aliases["chip_id"]) == set(known)  # every chip can be named


def test_every_epoch_chip_type_is_aliased_or_knowingly_untracked() -> None:
    clusters = load_table("epoch_gpu_clusters")
    types = set(clusters["chip_type_primary"].drop_nulls()) | set(
        clusters["chip_type_secondary"].drop_nulls()
    )
    epoch_aliases = set(
        load_table("ref_chip_aliases").filter(pl.col("alias_kind") == "epoch")["alias"]
    )
    assert types - epoch_aliases == UNTRACKED_EPOCH_CHIP_TYPES


def test_our_h100_equivalents_agree_with_epoch_within_one_percent() -> None:
    rows = (
        load_table("epoch_gpu_clusters")
        .filter(
            pl.col("chip_type_secondary").is_null()
            & pl.col("chip_quantity_primary").is_not_null()
            & pl.col("h100_equivalents").is_not_null()
        )
        .join(
            load_table("ref_chip_aliases").filter(pl.col("alias_kind") == "epoch"),
            left_on="chip_type_primary",
            right_on="alias",
        )
        .join(load_table("ref_chips"), on="chip_id")
        .with_columns(
            (pl.col("chip_quantity_primary") * pl.col("fp8_dense_flops") / 1.979e15).alias("ours")
        )
        .with_columns(((pl.col("ours") / pl.col("h100_equivalents")) - 1).abs().alias("gap"))
    )
    excepted = pl.col("chip_type_primary").is_in(list(chips.EPOCH_H100E_EXCEPTIONS)) | pl.col(
        "name"
    ).is_in(list(chips.EPOCH_H100E_ROW_EXCEPTIONS))
    checked = rows.filter(~excepted)
    assert checked.height > 400
    assert checked.filter(pl.col("gap") > 0.01).select("name", "gap").rows() == []
    # The documented exceptions are real disagreements, not stale entries.
    exceptions = rows.filter(excepted)
    assert set(exceptions["chip_type_primary"]) >= set(chips.EPOCH_H100E_EXCEPTIONS)
    assert set(exceptions["name"]) >= set(chips.EPOCH_H100E_ROW_EXCEPTIONS)
    assert exceptions["gap"].min() > 0.4


def test_gb200_is_counted_per_gpu_like_epoch() -> None:
    gb200 = load_table("epoch_gpu_clusters").filter(
        (pl.col("chip_type_primary") == "NVIDIA GB200") & pl.col("chip_type_secondary").is_null()
    )
    per_chip = (gb200["h100_equivalents"] / gb200["chip_quantity_primary"]).drop_nulls()
    assert per_chip.len() > 20
    assert per_chip.min() == pytest.approx(5e15 / 1.979e15, rel=1e-6)
    assert per_chip.max() == pytest.approx(5e15 / 1.979e15, rel=1e-6)


def test_duplicate_chip_id_is_an_error_naming_the_id() -> None:
    raw = _raw("ref_chips")
    doubled = pl.concat([raw, raw.filter(pl.col("chip_id") == "H20")])
    match = r"chips\.csv: row 44, column 'chip_id': duplicate chip_id 'H20'"
    with pytest.raises(SnapshotRowError, match=match):
        chips.parse(_csv(doubled), file_name="chips.csv")


def test_missing_column_is_an_error_naming_file_and_column() -> None:
    with pytest.raises(SnapshotFormatError, match=r"bad\.csv: .*'tdp_w'"):
        chips.parse(_csv(_raw("ref_chips").drop("tdp_w")), file_name="bad.csv")


def test_bad_number_is_an_error_naming_row_and_column() -> None:
    raw = _raw("ref_chips").with_columns(
        pl.when(pl.col("chip_id") == "H200").then(pl.lit("lots")).otherwise(pl.col("hbm_gb"))
        .alias("hbm_gb")
    )  # fmt: skip
    row = raw["chip_id"].to_list().index("H200") + 1
    with pytest.raises(SnapshotRowError) as caught:
        chips.parse(_csv(raw), file_name="chips.csv")
    assert (caught.value.row_number, caught.value.column, caught.value.value) == (
        row,
        "hbm_gb",
        "lots",
    )
    assert f"chips.csv: row {row}, column 'hbm_gb'" in str(caught.value)


def test_chip_without_8bit_figure_is_rejected() -> None:
    raw = _raw("ref_chips").with_columns(
        pl.when(pl.col("chip_id") == "A40").then(None).otherwise(pl.col("fp8_dense_flops"))
        .alias("fp8_dense_flops")
    )  # fmt: skip
    with pytest.raises(SnapshotFormatError, match="fp8_dense_flops"):
        chips.parse(_csv(raw))


def test_alias_of_an_unknown_chip_is_rejected() -> None:
    extra = pl.DataFrame(
        {"chip_id": ["H999"], "alias": ["H999"], "language": ["und"], "alias_kind": ["code"],
         "source_url": [None]}, schema=dict.fromkeys(REF_CHIP_ALIASES, pl.String),
    )  # fmt: skip
    data = _csv(pl.concat([_raw("ref_chip_aliases"), extra]))
    with pytest.raises(SnapshotFormatError, match="'H999' is not in the entity table"):
        chips.parse_aliases(data, chip_ids=load_table("ref_chips")["chip_id"].to_list())


def test_alias_pointing_to_two_chips_is_rejected_case_insensitively() -> None:
    extra = pl.DataFrame(
        {"chip_id": ["H200"], "alias": ["h100"], "language": ["und"], "alias_kind": ["code"],
         "source_url": [None]}, schema=dict.fromkeys(REF_CHIP_ALIASES, pl.String),
    )  # fmt: skip
    with pytest.raises(SnapshotFormatError, match=r"alias 'h100' points to several ids"):
        chips.parse_aliases(_csv(pl.concat([_raw("ref_chip_aliases"), extra])))


def test_unknown_alias_kind_is_rejected() -> None:
    raw = _raw("ref_chip_aliases").with_columns(pl.lit("nickname").alias("alias_kind"))
    with pytest.raises(SnapshotFormatError, match="alias_kind 'nickname'"):
        chips.parse_aliases(_csv(raw))


def test_fetch_downloads_an_updated_copy(http_server) -> None:
    url = http_server.route("/chips.csv", Reply(body=_bundled("ref_chips")))
    with HttpClient(retries=0) as client:
        data = chips.fetch(client, url)
    assert chips.parse(data).equals(load_table("ref_chips"))
    aliases_url = http_server.route("/aliases.csv", Reply(body=_bundled("ref_chip_aliases")))
    with HttpClient(retries=0) as client:
        assert chips.parse_aliases(chips.fetch_aliases(client, aliases_url)).height == 349
