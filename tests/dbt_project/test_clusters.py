"""Clusters as the bundled Epoch snapshot states them, with Epoch's own caveats honoured.

Epoch's possible duplicates are aliases of the cluster they duplicate; a 5 GW campus is not
the 1 GW project it builds on; power-only sites get H100e from their power, each with its
method; a cluster several companies own counts once for each of them.
"""

from __future__ import annotations

import pytest

from tests.dbt_project.conftest import BuiltWarehouse

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("dbt_warehouse")]


def test_a_possible_duplicate_is_an_alias_not_a_cluster(warehouse: BuiltWarehouse):
    # Epoch row 79, "Paper on Llama 3.1", is flagged a possible duplicate of Meta GenAI 2024a.
    alias = warehouse.one("select * from marts.cluster_aliases where alias = 'Paper on Llama 3.1'")
    assert alias["alias_source"] == "epoch_duplicate"
    assert alias["cluster_name"] == "Meta GenAI 2024a"
    assert alias["duplicate_of_epoch_row"] is not None
    assert alias["source_ref"]
    assert warehouse.query("select * from marts.fct_cluster_sizes where epoch_row = 79") == []
    assert (
        warehouse.query(
            "select * from marts.dim_clusters where cluster_name = 'Paper on Llama 3.1'"
        )
        == []
    )


def test_a_campus_is_not_credited_to_the_project_it_builds_on(warehouse: BuiltWarehouse):
    uae = warehouse.one(
        "select * from marts.cluster_leaderboard"
        " where cluster_id = 'stargate_uae' and status = 'planned'"
    )
    assert uae["power_mw"] == pytest.approx(1000)
    campus = warehouse.one(
        "select * from marts.cluster_leaderboard"
        " where cluster_name = 'Abu Dhabi UAE/USA 5GW Campus' and status = 'planned'"
    )
    assert campus["cluster_id"] != "stargate_uae"
    assert campus["power_mw"] == pytest.approx(5000)
    assert campus["h100_equivalents"] == pytest.approx(5 * uae["h100_equivalents"], rel=0.01)


def test_power_only_sites_are_estimated_from_their_power(warehouse: BuiltWarehouse):
    rows = warehouse.query(
        "select * from marts.fct_cluster_sizes"
        " where chip_count is null and power_mw > 0 and h100e_method = 'power_estimate'"
    )
    assert len(rows) >= 10
    for row in rows:
        assert row["h100e_is_estimated"]
        assert f"{round(row['power_mw'])} MW x " in row["h100e_assumption"]
    per_mw = {round(r["h100_equivalents"] / r["power_mw"]) for r in rows}
    # One figure per MW per expected chip generation (and PUE year), not one figure per site.
    assert len(per_mw) <= 6
    hyperion = warehouse.one(
        "select * from marts.cluster_leaderboard"
        " where cluster_id = 'meta_hyperion' and status = 'planned'"
    )
    abilene = warehouse.one(
        "select * from marts.cluster_leaderboard"
        " where cluster_id = 'openai_stargate_abilene' and status = 'planned'"
    )
    # Epoch gave 2.26 GW and 2.2 GW the same 5,103,588; ours follow the power.
    assert hyperion["h100_equivalents"] > abilene["h100_equivalents"]
    conflicts = warehouse.query(
        "select * from intermediate.int_cluster_h100e_conflicts where subject_id = 'meta_hyperion'"
    )
    assert len(conflicts) == 1
    assert conflicts[0]["value_a"] == pytest.approx(hyperion["h100_equivalents"])
    assert conflicts[0]["value_b"] == pytest.approx(5_103_588, rel=1e-4)


def test_every_h100e_figure_has_a_method(warehouse: BuiltWarehouse):
    for mart in ("fct_cluster_sizes", "cluster_leaderboard"):
        lost = warehouse.query(
            f"select * from marts.{mart} where (h100_equivalents is null) != (h100e_method is null)"
        )
        assert lost == [], mart


def test_top_25_of_each_leaderboard_is_25_standard_rows(warehouse: BuiltWarehouse):
    operational = warehouse.query(
        "select * from marts.cluster_leaderboard"
        " where status = 'operational' and not is_unlikely and is_standard and rank <= 25"
    )
    planned = warehouse.query(
        "select * from marts.cluster_leaderboard"
        " where status = 'planned' and not is_unlikely and rank <= 25"
    )
    assert len(operational) == 25
    assert len(planned) == 25
    assert sorted(r["rank"] for r in operational) == list(range(1, 26))
    names = {r["cluster_name"] for r in operational}
    assert "Tesla Earnings Call Claim" not in names


def test_a_shared_cluster_counts_once_for_each_owner(warehouse: BuiltWarehouse):
    owners = warehouse.query(
        "select * from marts.cluster_owners where cluster_id = 'epoch_microsoft_gpt_4_cluster'"
        " order by role"
    )
    assert {(o["company_id"], o["role"]) for o in owners} >= {
        ("microsoft", "operator"),
        ("openai", "partner"),
    }
    openai = warehouse.one("select * from marts.compute_vs_valuation where company_id = 'openai'")
    assert openai["n_clusters"] >= 1
    # A 2021 paper's 65 H100e (a duplicate of Azure's GPT-3 cluster) is no longer all it has.
    assert openai["cluster_operational_h100e"] > 1_000
    counted = warehouse.one(
        "select count(*) as n, count(distinct cluster_id) as n_distinct from marts.cluster_owners"
        " where company_id = 'openai'"
    )
    assert counted["n"] == counted["n_distinct"]
