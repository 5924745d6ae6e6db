"""Tests of sources/reference/clusters.py: the cluster gazetteer and its Epoch patterns."""

from __future__ import annotations

import polars as pl
import pytest

from sources.http import HttpClient
from sources.reference import clusters
from sources.reference.errors import SnapshotFormatError
from sources.reference.snapshots import load_table, snapshot_path
from sources.schemas import REF_CLUSTER_ALIASES, REF_CLUSTERS
from tests.conftest import Reply

CANONICAL_CLUSTERS = [
    "Colossus", "Colossus 2", "Cortex", "Project Rainier", "Stargate Abilene", "Prometheus",
    "Hyperion", "Fairwater", "El Capitan", "Frontier", "Aurora", "JUPITER", "Eos", "Israel-1",
    "Isambard-AI", "Goodyear Arizona", "Meta GenAI 2024a", "Meta GenAI 2024b",
]  # fmt: skip


def _bundled(name: str) -> bytes:
    return snapshot_path(name).read_bytes()


def _epoch_names() -> pl.Series:
    return load_table("epoch_gpu_clusters")["name"]


def test_bundled_clusters_parse_with_known_owners() -> None:
    company_ids = load_table("ref_companies")["company_id"].to_list()
    table = clusters.parse(_bundled("ref_clusters"), company_ids=company_ids)
    assert table.schema == REF_CLUSTERS
    assert set(CANONICAL_CLUSTERS) <= set(table["cluster_name"])
    colossus = table.filter(pl.col("cluster_name") == "Colossus").row(0, named=True)
    assert colossus["owner_company_id"] == "xai"
    assert colossus["country"] == "US"
    assert colossus["epoch_name_pattern"] == "^xAI Colossus Memphis Phase [0-9]+$"


def test_every_pattern_matches_epoch_rows_and_no_row_twice() -> None:
    matched = clusters.match_epoch_names(load_table("ref_clusters"), _epoch_names())
    per_cluster = dict(matched.group_by("cluster_id").len().iter_rows())
    # a cluster Epoch does not list has no pattern (SK Telecom's Haein)
    with_pattern = load_table("ref_clusters").filter(pl.col("epoch_name_pattern").is_not_null())
    assert set(per_cluster) == set(with_pattern["cluster_id"])
    names = matched.filter(pl.col("cluster_id") == "xai_colossus")["name"].to_list()
    assert names == [f"xAI Colossus Memphis Phase {n}" for n in (1, 2, 3)]
    # Colossus 2's phases are not Colossus phases, and the reverse.
    assert matched.filter(pl.col("cluster_id") == "xai_colossus_2")["name"].to_list() == [
        "xAI Colossus 2 Memphis Phase 1",
        "xAI Colossus 2 Memphis Phase 2",
    ]
    assert matched.filter(pl.col("cluster_id") == "jsc_jupiter")["name"].to_list() == [
        '"Jupiter, Jülich"'
    ]
    assert per_cluster["openai_stargate_abilene"] == 3
    assert per_cluster["genci_jean_zay"] == 4


def test_the_colossus_phases_in_epoch() -> None:
    phases = (
        load_table("epoch_gpu_clusters")
        .filter(pl.col("name").str.contains(r"^xAI Colossus Memphis Phase [0-9]+$"))
        .sort("name")
        .select("chip_quantity_primary", "chip_type_secondary", "chip_quantity_secondary")
        .rows()
    )
    assert phases == [
        (100_000.0, None, None),
        (150_000.0, "NVIDIA H200 SXM", 50_000.0),
        (200_000.0, "NVIDIA GB200", 30_000.0),
    ]


def test_a_name_matched_by_two_clusters_is_an_error() -> None:
    table = pl.concat(
        [
            load_table("ref_clusters"),
            load_table("ref_clusters")
            .filter(pl.col("cluster_id") == "xai_colossus")
            .with_columns(
                pl.lit("greedy").alias("cluster_id"),
                pl.lit("^xAI Colossus").alias("epoch_name_pattern"),
            ),
        ]
    )
    with pytest.raises(SnapshotFormatError, match="is matched by clusters"):
        clusters.match_epoch_names(table, _epoch_names())


@pytest.mark.parametrize(
    ("alias", "cluster_id"),
    [
        ("Colossus", "xai_colossus"), ("巨像", "xai_colossus"), ("Колосс", "xai_colossus"),
        ("Colossus II", "xai_colossus_2"), ("Rainier", "amazon_project_rainier"),
        ("Stargate", "openai_stargate_abilene"), ("星际之门", "openai_stargate_abilene"),
        ("Prometheus", "meta_prometheus"), ("Hyperion", "meta_hyperion"),
        ("Fairwater", "microsoft_fairwater"), ("El Capitan", "llnl_el_capitan"),
    ],
)  # fmt: skip
def test_cluster_aliases(alias: str, cluster_id: str) -> None:
    aliases = load_table("ref_cluster_aliases").filter(pl.col("alias") == alias)
    assert aliases["cluster_id"].to_list() == [cluster_id]


def test_bundled_aliases_point_to_known_clusters() -> None:
    ids = load_table("ref_clusters")["cluster_id"].to_list()
    aliases = clusters.parse_aliases(_bundled("ref_cluster_aliases"), cluster_ids=ids)
    assert aliases.schema == REF_CLUSTER_ALIASES
    assert aliases.height == 191


def test_pattern_that_does_not_compile_is_an_error() -> None:
    raw = pl.read_csv(_bundled("ref_clusters"), infer_schema=False).with_columns(
        pl.when(pl.col("cluster_id") == "tesla_cortex").then(pl.lit("^Tesla Cortex ("))
        .otherwise(pl.col("epoch_name_pattern")).alias("epoch_name_pattern")
    )  # fmt: skip
    with pytest.raises(SnapshotFormatError, match="'tesla_cortex': epoch_name_pattern"):
        clusters.parse(raw.write_csv().encode())


def test_unknown_owner_is_an_error() -> None:
    with pytest.raises(SnapshotFormatError, match="owner_company_id 'xai' is not a known"):
        clusters.parse(_bundled("ref_clusters"), company_ids=["openai"])


def test_fetch_downloads_an_updated_copy(http_server) -> None:
    url = http_server.route("/clusters.csv", Reply(body=_bundled("ref_clusters")))
    with HttpClient(retries=0) as client:
        assert clusters.parse(clusters.fetch(client, url)).equals(load_table("ref_clusters"))
    url = http_server.route("/aliases.csv", Reply(body=_bundled("ref_cluster_aliases")))
    with HttpClient(retries=0) as client:
        data = clusters.fetch_aliases(client, url)
    assert clusters.parse_aliases(data).height == 191
