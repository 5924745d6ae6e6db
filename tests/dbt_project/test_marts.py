"""The warehouse built from the bundled snapshots and the founding-story news.

The story must read right in the marts: xAI's Colossus with 100,000 H100 operational from
September 2024 and a planned 200,000 (50,000 of them H200); xAI's May 2024 round of US$6
billion at US$24 billion and a planned US$6 billion at US$50 billion; every figure leads back
to the sentences that state it.
"""

from __future__ import annotations

import datetime as dt

import duckdb
import pytest

from tests.dbt_project.conftest import (
    WAREHOUSE_FILE,
    BuiltWarehouse,
    append_raw_rows,
    dbt_build,
    failures,
    raw_tables,
    write_raw_tables,
)
from tests.dbt_project.founding_story import (
    BASE_ARTICLES,
    COLOSSUS_CONTRADICTED,
    COLOSSUS_ONLINE,
    COLOSSUS_ONLINE_DE,
    COLOSSUS_RESTATED_JA,
    COLOSSUS_ROUND_LATER,
    COLOSSUS_VAGUE_LATER,
    LATER_ARTICLES,
    XAI_PLANNED_ROUND,
    XAI_SERIES_B,
    XAI_SERIES_B_ID,
    Article,
    articles_frame,
    claims_frame,
)

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("dbt_warehouse")]

ARTICLES_BY_URL = {
    a.url: a for a in [*BASE_ARTICLES, *LATER_ARTICLES, COLOSSUS_VAGUE_LATER, COLOSSUS_ROUND_LATER]
}


def _colossus_news_row(warehouse: BuiltWarehouse, status: str, chip_count: int) -> dict:
    return warehouse.one(
        "select * from marts.fct_cluster_sizes"
        " where cluster_id = 'xai_colossus' and status = ? and chip_count = ?"
        " and source_kind in ('news', 'both')",
        [status, chip_count],
    )


def _provenance(warehouse: BuiltWarehouse, mart: str, key: str) -> list[dict]:
    return warehouse.query(
        "select * from marts.claim_provenance where mart_name = ? and mart_key = ?"
        " order by source_kind, url",
        [mart, key],
    )


def _assert_spans_are_exact(rows: list[dict]) -> None:
    """Each news provenance row quotes its article's text at the recorded offsets."""
    for row in rows:
        if row["source_kind"] != "news":
            continue
        article = ARTICLES_BY_URL[row["url"]]
        assert article.text[row["evidence_start"] : row["evidence_end"]] == row["evidence"]


def test_build_passes_every_model_test_and_unit_test(warehouse: BuiltWarehouse):
    assert warehouse.result.success, failures(warehouse)
    assert failures(warehouse) == []
    kinds = {r.node.resource_type for r in warehouse.result.result.results}
    assert {"model", "seed", "test", "unit_test"} <= {str(k) for k in kinds}
    # (no time limit here: speed is measured by the benchmark scripts, not by a unit test
    # whose outcome would depend on the machine's load)


def test_colossus_is_operational_from_september_2024_with_100k_h100(warehouse: BuiltWarehouse):
    row = _colossus_news_row(warehouse, "operational", 100_000)
    # Epoch's phase 1 and two independent articles (the syndicated copy counts once).
    assert row["source_kind"] == "both"
    assert row["observation_id"] == "epoch-43"
    assert row["observed_on"] == dt.date(2024, 9, 2)
    assert row["chip_model"] == "H100-SXM"
    assert row["h100_equivalents"] == pytest.approx(100_000)
    assert row["n_sources"] == 3
    assert row["first_seen_on"] == dt.date(2024, 9, 3)
    assert row["last_seen_on"] == dt.date(2024, 9, 5)
    assert row["confidence"] == "high"


def test_colossus_plan_is_200k_with_50k_h200(warehouse: BuiltWarehouse):
    row = _colossus_news_row(warehouse, "planned", 200_000)
    assert row["source_kind"] == "news"
    assert row["chip_model"] == "mixed"
    assert row["chip_mix"] == "H200: 50000"
    assert row["observed_on"] == dt.date(2024, 9, 3)
    assert row["source_ref"] == COLOSSUS_ONLINE.url
    assert row["qualifier"] == "exact"
    # 150,000 of the 200,000 chips are not named: they count at the rate of the latest earlier
    # known mix (Epoch's phase 1 the day before, 100,000 H100), the 50,000 H200 at their own.
    assert row["h100e_is_estimated"] is True
    assert row["h100e_basis_observation_id"] == "epoch-43"
    assert row["h100_equivalents"] == pytest.approx(50_000 * 1.0 + 150_000 * 1.0)
    assert row["is_precise"] is False
    assert row["is_best_estimate"] is True


def test_colossus_leads_the_leaderboard_with_its_latest_phase(warehouse: BuiltWarehouse):
    row = warehouse.one(
        "select * from marts.cluster_leaderboard"
        " where cluster_id = 'xai_colossus' and status = 'operational'"
    )
    # Epoch's phase 3 (July 2025): 200,000 H100 and H200 + 30,000 GB200.
    assert row["observation_id"] == "epoch-26"
    assert row["chip_count"] == 230_000
    assert row["h100_equivalents"] == pytest.approx(200_000 + 30_000 * 5e15 / 1.979e15)
    assert row["first_operational_on"] == dt.date(2024, 9, 2)
    assert row["first_seen_on"] == dt.date(2024, 9, 3)
    assert row["owner_name"] == "xAI"
    assert row["rank"] == 1
    assert row["h100e_is_estimated"] is False
    assert row["is_latest_observation"] is True
    # The 200,000 plan was reached by February 2025: no planned row is shown any more.
    planned = warehouse.query(
        "select * from marts.cluster_leaderboard"
        " where cluster_id = 'xai_colossus' and status = 'planned'"
    )
    assert planned == []


def test_colossus_rows_lead_back_to_their_sentences(warehouse: BuiltWarehouse):
    operational = _provenance(warehouse, "fct_cluster_sizes", "epoch-43")
    epoch = [r for r in operational if r["source_kind"] == "epoch"]
    assert [r["epoch_name"] for r in epoch] == ["xAI Colossus Memphis Phase 1"]
    news = {r["url"]: r for r in operational if r["source_kind"] == "news"}
    # The syndicated copy repeats the original's sentence word for word: one link, the
    # original's, counting both statements.
    assert set(news) == {COLOSSUS_ONLINE.url, COLOSSUS_ONLINE_DE.url}
    assert news[COLOSSUS_ONLINE.url]["n_statements"] == 2
    assert news[COLOSSUS_ONLINE.url]["is_duplicate_article"] is False
    assert news[COLOSSUS_ONLINE_DE.url]["evidence"] == (
        "Colossus arbeitet mit 100.000 H100-Chips von Nvidia."
    )
    assert news[COLOSSUS_ONLINE_DE.url]["language_code"] == "de"
    assert news[COLOSSUS_ONLINE_DE.url]["n_statements"] == 1
    _assert_spans_are_exact(operational)

    plan_id = _colossus_news_row(warehouse, "planned", 200_000)["observation_id"]
    plan = _provenance(warehouse, "fct_cluster_sizes", plan_id)
    # The total and its H200 part are two claims of the same sentence: listed once.
    assert [r["evidence"] for r in plan] == [COLOSSUS_ONLINE.claims[1].evidence]
    assert plan[0]["url"] == COLOSSUS_ONLINE.url
    assert plan[0]["n_statements"] >= 2
    _assert_spans_are_exact(plan)


def test_xai_rounds_of_may_and_november_2024(warehouse: BuiltWarehouse):
    rounds = warehouse.query(
        "select * from marts.fct_funding_rounds where company_id = 'xai'"
        " and announced_on between '2024-05-01' and '2024-12-31' order by announced_on, status"
    )
    may, planned, closed_nov = rounds
    assert may["status"] == "closed"
    assert may["announced_on"] == dt.date(2024, 5, 27)
    assert may["amount_usd"] == pytest.approx(6e9)
    assert may["post_money_valuation_usd"] == pytest.approx(24e9)
    assert may["source_kind"] == "both"
    assert may["n_sources"] == 3  # Epoch, the English and the Indonesian article
    assert planned["status"] == "planned"
    assert planned["announced_on"] == dt.date(2024, 11, 15)
    assert planned["amount_usd"] == pytest.approx(6e9)
    # "At a $50 billion valuation" says no basis: not read as post-money.
    assert planned["post_money_valuation_usd"] is None
    assert planned["unspecified_valuation_usd"] == pytest.approx(50e9)
    assert planned["date_precision"] == "day"
    assert may["date_precision"] == "day"
    assert may["round_kind"] == "equity"
    assert planned["source_kind"] == "news"
    # The round that closed days later is Epoch's own row, not merged with the plan. Epoch
    # closes it on 20 November and names it "Dec 2024 Series C": with no news of the close
    # here, it is dated December 2024, at month precision.
    assert closed_nov["status"] == "closed"
    assert closed_nov["source_kind"] == "epoch"
    assert closed_nov["round_name"] == "Dec 2024 Series C"
    assert (closed_nov["announced_on"], closed_nov["date_precision"]) == (
        dt.date(2024, 12, 31),
        "month",
    )
    # ... but the plan points to the round it became.
    assert planned["became_round_id"] == closed_nov["round_id"]

    may_sources = _provenance(warehouse, "fct_funding_rounds", may["round_id"])
    assert {r["url"] for r in may_sources if r["source_kind"] == "news"} == {
        XAI_SERIES_B.url,
        XAI_SERIES_B_ID.url,
    }
    assert [r["epoch_name"] for r in may_sources if r["source_kind"] == "epoch"] == [
        "xAI, May 2024 24B Series B"
    ]
    plan_sources = _provenance(warehouse, "fct_funding_rounds", planned["round_id"])
    assert [r["evidence"] for r in plan_sources] == [XAI_PLANNED_ROUND.claims[0].evidence]
    _assert_spans_are_exact(may_sources + plan_sources)

    valuations = warehouse.query(
        "select valued_on, valuation_usd, status, source_kind from marts.fct_valuations"
        " where company_id = 'xai' and valued_on < '2024-11-18' order by valued_on"
    )
    assert [tuple(v.values()) for v in valuations] == [
        (dt.date(2024, 5, 27), 24e9, "closed", "both"),
        (dt.date(2024, 11, 15), 50e9, "planned", "news"),
    ]


def test_a_euro_round_is_priced_at_its_date_and_merged_with_epoch(warehouse: BuiltWarehouse):
    usd_per_eur = warehouse.one(
        "select units_per_eur from raw.fx_rates where currency = 'USD' and rate_date = '2024-06-11'"
    )["units_per_eur"]
    claim = warehouse.one(
        "select * from intermediate.int_claims_normalized where subject_name = 'Mistral AI'"
    )
    assert claim["fx_rate_date"] == dt.date(2024, 6, 11)
    assert claim["amount_usd"] == pytest.approx(600e6 * usd_per_eur)
    mistral = warehouse.one(
        "select * from marts.fct_funding_rounds"
        " where company_id = 'mistral_ai' and announced_on = '2024-06-11'"
    )
    # Within 5% of Epoch's 500M equity + 140M debt: the same round.
    assert mistral["source_kind"] == "both"
    assert mistral["amount_usd"] == pytest.approx(640e6)


def test_fleets_are_kept_apart_from_clusters(warehouse: BuiltWarehouse):
    fleet = warehouse.one("select * from marts.fct_chip_holdings where company_id = 'meta'")
    # "350,000 H100 by the end of 2024": the date has passed with no later news of the fleet.
    assert fleet["status"] == "overdue"
    assert fleet["chip_count"] == 350_000
    assert fleet["h100_equivalents"] == pytest.approx(350_000)
    assert fleet["h100e_method"] == "chips"
    assert fleet["qualifier"] == "approx"
    meta = warehouse.one("select * from marts.compute_vs_valuation where company_id = 'meta'")
    # An overdue plan is no longer planned compute: Meta's planned figure is its clusters'.
    assert meta["fleet_planned_h100e"] is None
    assert meta["planned_basis"] == "clusters"
    assert meta["planned_h100e"] == pytest.approx(meta["cluster_planned_h100e"])
    xai = warehouse.one("select * from marts.compute_vs_valuation where company_id = 'xai'")
    assert xai["operational_basis"] == "clusters"
    assert xai["valuation_usd_per_h100e"] == pytest.approx(
        xai["valuation_usd"] / xai["operational_h100e"]
    )


def test_unknown_entities_are_kept_and_counted(warehouse: BuiltWarehouse):
    shakti = warehouse.one(
        "select * from marts.dim_clusters where cluster_id = 'news_shakti_cloud'"
    )
    assert shakti["cluster_source"] == "news"
    assert shakti["owner_name"] == "Yotta"
    assert warehouse.query("select * from marts.dim_clusters where cluster_name = 'Orion'") == []
    coverage = {
        r["metric"]: r["n_rows"]
        for r in warehouse.query(
            "select metric, n_rows from marts.source_coverage where source_table = 'news_claims'"
        )
    }
    assert coverage["claims_total"] == sum(len(a.claims) for a in BASE_ARTICLES)
    assert coverage["unresolved_cluster"] == 1  # Orion: one article only
    assert coverage["news_only_cluster"] == 2  # Shakti Cloud: two articles
    assert coverage["unknown_entity"] == 3
    assert coverage["from_duplicate_articles"] == 1
    epoch = {
        r["metric"]: r["n_rows"]
        for r in warehouse.query(
            "select metric, n_rows from marts.source_coverage"
            " where source_table = 'epoch_gpu_clusters'"
        )
    }
    assert epoch["aggregate_plans_excluded"] > 0
    assert epoch["cluster_phases"] + epoch["aggregate_plans_excluded"] <= epoch["rows_total"]


def _add_news(path, articles: list[Article]) -> None:
    later = dt.datetime(2025, 2, 1, tzinfo=dt.UTC)
    append_raw_rows(path, "news_articles", articles_frame(articles))
    append_raw_rows(path, "news_claims", claims_frame(articles, extracted_at=later))


def test_a_restatement_adds_a_source_and_a_contradiction_a_conflict(
    warehouse: BuiltWarehouse, warehouse_copy, tmp_path
):
    before = warehouse.one(
        "select observation_id, n_sources from intermediate.int_observations"
        " where cluster_id = 'xai_colossus' and status = 'operational' and fact_value = 100000"
    )
    _add_news(warehouse_copy, LATER_ARTICLES)
    rebuilt = dbt_build(warehouse_copy, tmp_path / "rebuild")
    assert rebuilt.result.success, failures(rebuilt)

    # The Japanese article joins the same observation: one more source, no new observation.
    after = rebuilt.one(
        "select observation_id, n_sources from intermediate.int_observations"
        " where cluster_id = 'xai_colossus' and status = 'operational' and fact_value = 100000"
    )
    assert after["observation_id"] == before["observation_id"]
    assert after["n_sources"] == before["n_sources"] + 1
    row = _colossus_news_row(rebuilt, "operational", 100_000)
    assert row["n_sources"] == 4
    links = _provenance(rebuilt, "fct_cluster_sizes", "epoch-43")
    japanese = [r for r in links if r["url"] == COLOSSUS_RESTATED_JA.url]
    assert [r["evidence"] for r in japanese] == [COLOSSUS_RESTATED_JA.claims[0].evidence]
    assert japanese[0]["language_code"] == "ja"
    _assert_spans_are_exact(links)

    # 150,000 H100 contradicts the 100,000 of the other articles and of Epoch.
    conflicts = rebuilt.query(
        "select * from marts.claim_conflicts where subject_id = 'xai_colossus'"
        " and fact = 'chip_count' order by conflict_kind"
    )
    assert [(c["conflict_kind"], c["value_a"], c["value_b"]) for c in conflicts] == [
        ("news_vs_epoch", 150_000.0, 100_000.0),
        ("news_vs_news", 100_000.0, 150_000.0),
    ]
    for conflict in conflicts:
        sources = _provenance(rebuilt, "claim_conflicts", conflict["conflict_id"])
        urls = {r["url"] for r in sources if r["source_kind"] == "news"}
        assert COLOSSUS_CONTRADICTED.url in urls
        _assert_spans_are_exact(sources)
    # The contradicting figure stays a row of its own; Epoch's phase is not overwritten.
    contradicted = _colossus_news_row(rebuilt, "operational", 150_000)
    assert contradicted["source_kind"] == "news"
    assert contradicted["confidence"] == "medium"
    # The incremental claims model added the new articles to the earlier ones.
    n_claims = rebuilt.one("select count(*) as n from intermediate.int_claims_normalized")["n"]
    assert n_claims == sum(len(a.claims) for a in BASE_ARTICLES + LATER_ARTICLES)


def test_later_figures_agree_with_or_yield_to_epochs_phase(
    warehouse: BuiltWarehouse, warehouse_copy, tmp_path
):
    _add_news(warehouse_copy, [COLOSSUS_VAGUE_LATER, COLOSSUS_ROUND_LATER])
    rebuilt = dbt_build(warehouse_copy, tmp_path / "rebuild")
    assert rebuilt.result.success, failures(rebuilt)

    # "More than 200,000 GPUs" (September 2025) is consistent with Epoch's 230,000 chips of
    # July: a source of phase 3's row, not a row or a conflict of its own.
    phase3 = rebuilt.one("select * from marts.fct_cluster_sizes where observation_id = 'epoch-26'")
    assert phase3["source_kind"] == "both"
    assert phase3["n_sources"] == 2
    assert phase3["last_seen_on"] == dt.date(2025, 9, 20)
    links = _provenance(rebuilt, "fct_cluster_sizes", "epoch-26")
    assert [r["evidence"] for r in links if r["source_kind"] == "news"] == [
        COLOSSUS_VAGUE_LATER.claims[0].evidence
    ]
    _assert_spans_are_exact(links)
    assert (
        rebuilt.query(
            "select * from marts.fct_cluster_sizes where cluster_id = 'xai_colossus'"
            " and observed_on = '2025-09-20'"
        )
        == []
    )

    # "200,000 GPUs" (October 2025, chips unnamed) falls 13% short of Epoch's 230,000: a
    # conflict, and a row of its own that is set aside for the precise phase 3.
    (conflict,) = rebuilt.query(
        "select * from marts.claim_conflicts where subject_id = 'xai_colossus'"
        " and fact = 'chip_count'"
    )
    assert (conflict["conflict_kind"], conflict["value_a"], conflict["value_b"]) == (
        "news_vs_epoch",
        200_000.0,
        230_000.0,
    )
    assert (conflict["qualifier_a"], conflict["qualifier_b"]) == ("exact", "exact")
    vague = rebuilt.one(
        "select * from marts.fct_cluster_sizes where cluster_id = 'xai_colossus'"
        " and status = 'operational' and observed_on = '2025-10-15'"
    )
    assert vague["observation_id"] == conflict["observation_id_a"]
    assert (vague["source_kind"], vague["chip_model"], vague["qualifier"]) == (
        "news",
        None,
        "exact",
    )
    # Its H100e comes from phase 3's mix (200,000 H100/H200 + 30,000 GB200) per chip.
    assert vague["h100e_is_estimated"] is True
    assert vague["h100e_basis_observation_id"] == "epoch-26"
    assert vague["h100_equivalents"] == pytest.approx(
        200_000 * phase3["h100_equivalents"] / phase3["chip_count"]
    )
    # Three months after Epoch's 230,000 chips, "200,000" with no chips named is no news.
    assert vague["set_aside_for_observation_id"] == "epoch-26"
    assert vague["is_best_estimate"] is False
    assert vague["is_latest_observation"] is True
    assert phase3["is_best_estimate"] is True

    row = rebuilt.one(
        "select * from marts.cluster_leaderboard"
        " where cluster_id = 'xai_colossus' and status = 'operational'"
    )
    assert row["observation_id"] == "epoch-26"
    assert row["h100_equivalents"] == pytest.approx(phase3["h100_equivalents"])
    assert row["rank"] == 1
    assert row["is_latest_observation"] is False
    assert row["last_seen_on"] == dt.date(2025, 10, 16)

    links = _provenance(rebuilt, "fct_cluster_sizes", vague["observation_id"])
    assert [r["evidence"] for r in links] == [COLOSSUS_ROUND_LATER.claims[0].evidence]
    _assert_spans_are_exact(links)


def test_an_article_reread_without_claims_loses_its_old_claims(tmp_path):
    # A new extractor version re-reads every article; one now gives no claim (its log row says
    # n_claims = 0 and the asset deleted its claims): the incremental models must drop its rows.
    # Built in place, twice: the second build is an incremental run over the first.
    path = tmp_path / WAREHOUSE_FILE
    write_raw_tables(path, raw_tables(articles_frame(BASE_ARTICLES), claims_frame(BASE_ARTICLES)))
    first = dbt_build(path, tmp_path / "first")
    assert first.result.success, failures(first)
    gone, kept = XAI_SERIES_B.article_id, COLOSSUS_ONLINE.article_id
    count = (
        "select count(*) filter (where article_id = ?) as gone,"
        " count(*) filter (where article_id = ?) as kept"
        " from intermediate.int_claims_normalized"
    )
    before = first.one(count, [gone, kept])
    assert before["gone"] > 0 and before["kept"] > 0
    with duckdb.connect(str(path)) as conn:
        conn.execute("delete from raw.news_claims where article_id = ?", [gone])
        conn.execute(
            "insert into raw.news_extractions (article_id, extractor_version, n_claims, "
            "extracted_at) values (?, '9.9.9', 0, ?)",
            [gone, dt.datetime(2030, 1, 1, tzinfo=dt.UTC)],
        )
    money = "select count(*) as n from intermediate.int_money_claims where article_id = ?"
    assert first.one(money, [gone])["n"] > 0  # the Series B round
    second = dbt_build(path, tmp_path / "second")
    assert second.result.success, failures(second)
    assert second.one(count, [gone, kept]) == {"gone": 0, "kept": before["kept"]}
    # int_money_claims is incremental too: the round read from that article is gone as well
    assert second.one(money, [gone])["n"] == 0
