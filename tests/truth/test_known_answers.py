"""Known answers: the marts built by ``ledger build`` (what ``make run`` does) state public
facts once, with the right date precision and status (facts and their sources:
known_answers.toml), add up to Epoch AI's funding table, and keep their conflicts and
provenance honest."""

from __future__ import annotations

import datetime as dt
import tomllib
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from tests.orchestration.conftest import built_home  # noqa: F401  (the shared build)

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("warehouse")]

FACTS = tomllib.loads((Path(__file__).parent / "known_answers.toml").read_text("utf-8"))
# Two money figures are the same figure within this share of the larger (dbt money_tolerance).
MONEY_TOLERANCE = 0.05
# Epoch's closed rounds add up to the marts' within these (issue 12).
TOTAL_TOLERANCE = 0.05
CHECKED_COMPANIES = ["OpenAI", "Anthropic", "xAI", "Mistral AI"]


class Marts:
    """Read-only queries on the built warehouse."""

    def __init__(self, conn: duckdb.DuckDBPyConnection) -> None:
        self.conn = conn

    def rows(self, sql: str, params: list | None = None) -> list[dict]:
        cursor = self.conn.execute(sql, params or [])
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


@pytest.fixture(scope="module")
def marts(built_home) -> Iterator[Marts]:  # noqa: F811
    home, _ = built_home
    with duckdb.connect(str(home.duckdb_path), read_only=True) as conn:
        yield Marts(conn)


def _ids(kind: str) -> list[str]:
    return [fact["name"] if "name" in fact else fact["company"] for fact in FACTS[kind]]


def _same(a: float | None, b: float | None) -> bool:
    return a is not None and b is not None and abs(a - b) <= MONEY_TOLERANCE * max(a, b)


def _window(stated: str, window_days: int) -> tuple[dt.date, dt.date]:
    """The days a fact's date allows: its day, month or year, widened by window_days."""
    parts = [int(p) for p in stated.split("-")]
    if len(parts) == 3:
        first = last = dt.date(*parts)
    elif len(parts) == 2:
        first = dt.date(parts[0], parts[1], 1)
        last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    else:
        first, last = dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)
    margin = dt.timedelta(days=window_days)
    return first - margin, last + margin


def _round_rows(marts: Marts, fact: dict) -> list[dict]:
    first, last = _window(fact["announced"], fact["window_days"])
    rows = marts.rows(
        "select * from marts.fct_funding_rounds"
        " where company_name = ? and status = ? and announced_on between ? and ?",
        [fact["company"], fact["status"], first, last],
    )
    if "amount_usd" in fact:
        return [
            r
            for r in rows
            if _same(r["amount_usd"], fact["amount_usd"])
            or _same(r["announced_amount_usd"], fact["amount_usd"])
        ]
    return [r for r in rows if _same(r["post_money_valuation_usd"], fact["post_money_usd"])]


@pytest.mark.parametrize("fact", FACTS["round"], ids=_ids("round"))
def test_each_known_round_is_one_row_with_its_date_precision_and_status(marts, fact):
    rows = _round_rows(marts, fact)
    assert len(rows) == 1, f"{fact['name']}: {len(rows)} rows: {rows}"
    row = rows[0]
    assert row["date_precision"] == fact["precision"]
    if "round_kind" in fact:
        assert row["round_kind"] == fact["round_kind"]
    if "post_money_usd" in fact:
        assert _same(row["post_money_valuation_usd"], fact["post_money_usd"])
    if "equity_usd" in fact:
        assert _same(row["equity_usd"], fact["equity_usd"])
    if "announced_amount_usd" in fact:
        assert _same(row["announced_amount_usd"], fact["announced_amount_usd"])


@pytest.mark.parametrize(
    "fact",
    [f for f in FACTS["round"] if f["status"] == "closed" and "amount_usd" in f],
    ids=lambda f: f["name"],
)
def test_no_closed_round_is_counted_twice(marts, fact):
    """No other closed row of the company, a year either side, has the same amount (other
    than another known round): a restatement, a coarser date or a tranche is no round of
    its own."""
    first, last = _window(fact["announced"], 365)
    rows = marts.rows(
        "select round_id, announced_on, amount_usd from marts.fct_funding_rounds"
        " where company_name = ? and status = 'closed' and announced_on between ? and ?",
        [fact["company"], first, last],
    )
    others = {
        r["round_id"]
        for other in FACTS["round"]
        if other is not fact and other["company"] == fact["company"]
        for r in _round_rows(marts, other)
    }
    same = [
        r
        for r in rows
        if _same(r["amount_usd"], fact["amount_usd"]) and r["round_id"] not in others
    ]
    assert len(same) == 1, same


@pytest.mark.parametrize(
    "fact", [f for f in FACTS["round"] if "tranches" in f], ids=lambda f: f["name"]
)
def test_tranches_are_kept_apart_from_their_round(marts, fact):
    (row,) = _round_rows(marts, fact)
    tranches = marts.rows(
        "select amount_usd, status from marts.fct_funding_round_tranches where round_id = ?"
        " order by announced_on, amount_usd",
        [row["round_id"]],
    )
    assert sorted(t["amount_usd"] for t in tranches) == sorted(fact["tranches"])
    assert row["n_tranches"] == len(fact["tranches"])
    closed = sum(t["amount_usd"] for t in tranches if t["status"] == "closed")
    assert row["amount_usd"] == pytest.approx(closed)
    in_rounds = marts.rows(
        "select count(*) as n from marts.fct_funding_rounds where round_name in"
        " (select tranche_name from marts.fct_funding_round_tranches)"
    )
    assert in_rounds[0]["n"] == 0


def _epoch_closed(marts: Marts, company: str) -> tuple[float, int, dt.date]:
    """Epoch's closed total, closed round count and last close date for a company, read from
    its funding table as loaded (raw), a round listed twice counted once (a row flagged
    'exclude from graph view' with an unflagged twin of the same close date and equity)."""
    rows = marts.rows(
        "select round_name, close_date, equity_usd, debt_usd, exclude_from_graph_view"
        " from raw.epoch_funding_rounds where company = ? and lower(status) = 'closed'",
        [company],
    )
    kept = [
        r
        for r in rows
        if not (
            r["exclude_from_graph_view"]
            and any(
                not o["exclude_from_graph_view"]
                and o["close_date"] == r["close_date"]
                and o["equity_usd"] == r["equity_usd"]
                for o in rows
            )
        )
    ]
    total = sum((r["equity_usd"] or 0) + (r["debt_usd"] or 0) for r in kept)
    return total, len(kept), max(r["close_date"] for r in kept)


@pytest.mark.parametrize("company", CHECKED_COMPANIES)
def test_closed_rounds_add_up_to_epochs_closed_total(marts, company):
    epoch_total, epoch_count, last_close = _epoch_closed(marts, company)
    rows = marts.rows(
        "select amount_usd from marts.fct_funding_rounds"
        " where company_name = ? and status = 'closed' and announced_on <= ?",
        [company, last_close],
    )
    ours = sum(r["amount_usd"] or 0 for r in rows)
    assert abs(ours - epoch_total) <= TOTAL_TOLERANCE * epoch_total, (ours, epoch_total)
    assert abs(len(rows) - epoch_count) <= 1, (len(rows), epoch_count)


def test_a_year_only_date_is_never_first_of_january(marts):
    for mart, column in [("fct_funding_rounds", "announced_on"), ("fct_valuations", "valued_on")]:
        rows = marts.rows(
            f"select * from marts.{mart} where date_precision = 'year'"
            f" and month({column}) = 1 and day({column}) = 1"
        )
        assert rows == [], mart
    assert (
        marts.rows(
            "select * from marts.fct_funding_rounds"
            " where company_name = 'xAI' and announced_on = '2024-01-01'"
        )
        == []
    )


@pytest.mark.parametrize("fact", FACTS["valuation"], ids=_ids("valuation"))
def test_each_known_valuation_is_dated_when_it_was_set(marts, fact):
    first, last = _window(fact["valued"], fact["window_days"])
    rows = marts.rows(
        "select * from marts.fct_valuations where company_name = ? and valued_on between ? and ?",
        [fact["company"], first, last],
    )
    rows = [r for r in rows if _same(r["valuation_usd"], fact["value_usd"])]
    assert len(rows) == 1, rows
    assert rows[0]["basis"] == fact["basis"]
    assert rows[0]["status"] == fact.get("status", "closed")
    # Nor is it repeated on the date of a later article.
    elsewhere = marts.rows(
        "select valued_on from marts.fct_valuations where company_name = ? and status = ?"
        " and valued_on not between ? and ? and abs(valuation_usd - ?) <= ? * valuation_usd",
        [fact["company"], rows[0]["status"], first, last, fact["value_usd"], MONEY_TOLERANCE],
    )
    assert elsewhere == []


@pytest.mark.parametrize("fact", FACTS["latest_valuation"], ids=_ids("latest_valuation"))
def test_latest_valuation_is_the_latest_by_the_date_it_was_set(marts, fact):
    rows = marts.rows(
        "select valued_on, valuation_usd from marts.fct_valuations"
        " where company_name = ? and status = 'closed'"
        " order by valued_on desc, valuation_usd desc limit 1",
        [fact["company"]],
    )
    assert rows[0]["valued_on"] == dt.date.fromisoformat(fact["valued"])
    assert _same(rows[0]["valuation_usd"], fact["value_usd"])
    compared = marts.rows(
        "select valued_on, valuation_usd from marts.compute_vs_valuation where company_name = ?",
        [fact["company"]],
    )
    if compared:
        assert compared[0]["valued_on"] == dt.date.fromisoformat(fact["valued"])


def test_x_corps_value_is_not_xais(marts):
    # In the merger of March 2025 X was valued at US$33B (US$45B less US$12B of debt).
    rows = marts.rows(
        "select * from marts.fct_valuations where company_name = 'xAI'"
        " and valuation_usd between 31e9 and 35e9"
    )
    assert rows == []


def test_each_conflict_has_two_independent_sources_on_the_same_basis(marts):
    conflicts = marts.rows(
        "select c.*, a.source_article_id as article_a, b.source_article_id as article_b"
        " from marts.claim_conflicts as c"
        " left join intermediate.int_claims_normalized as a on c.claim_id_a = a.claim_id"
        " left join intermediate.int_claims_normalized as b on c.claim_id_b = b.claim_id"
    )
    for c in conflicts:
        assert c["evidence_a"] and c["evidence_b"], c
        if c["source_kind_b"] == "epoch":
            assert c["epoch_row_b"] is not None
        else:
            assert c["article_a"] != c["article_b"], c
        if c["fact"] == "valuation":
            assert c["text_a"] == c["text_b"] and c["text_a"] in {"pre", "post"}, c


def test_no_mart_row_lists_one_sentence_twice(marts):
    repeated = marts.rows(
        "select mart_name, mart_key, evidence, count(*) as n from marts.claim_provenance"
        " where source_kind = 'news'"
        " group by mart_name, mart_key, evidence having count(*) > 1"
    )
    assert repeated == []


def _params(kind: str) -> list:
    """The facts of a kind; one with a known_issue is expected to fail until it is fixed
    (strict: a fix makes the test fail until the known_issue is removed)."""
    params = []
    for fact in FACTS[kind]:
        marks = []
        if "known_issue" in fact:
            marks = [pytest.mark.xfail(strict=True, reason=fact["known_issue"])]
        params.append(pytest.param(fact, id=fact["name"], marks=marks))
    return params


@pytest.mark.parametrize("fact", _params("cluster"))
def test_each_known_cluster_state_is_one_row(marts, fact):
    first, last = _window(fact["observed"], fact["window_days"])
    rows = marts.rows(
        "select * from marts.fct_cluster_sizes"
        " where cluster_name = ? and status = ? and chip_count = ?",
        [fact["cluster"], fact["status"], fact["chip_count"]],
    )
    assert len(rows) == 1, rows
    assert first <= rows[0]["observed_on"] <= last


@pytest.mark.parametrize("fact", _params("holding"))
def test_each_known_fleet_plan_is_one_row(marts, fact):
    rows = marts.rows(
        "select * from marts.fct_chip_holdings"
        " where company_name = ? and status = ? and chip_count = ?",
        [fact["company"], fact["status"], fact["chip_count"]],
    )
    assert len(rows) == 1, rows
    assert rows[0]["observed_on_precision"] == fact["precision"]
    first, last = _window(fact["observed"], 0)
    assert first <= rows[0]["observed_on"] <= last


@pytest.mark.parametrize("fact", FACTS["conflict"], ids=_ids("conflict"))
def test_each_known_disagreement_is_one_conflict_row(marts, fact):
    """claim_conflicts keeps the real disagreements (the fixes are not "no conflicts")."""
    rows = marts.rows(
        "select * from marts.claim_conflicts where subject_name = ? and fact = ?"
        " and value_a = ? and value_b = ?",
        [fact["subject"], fact["fact"], fact["value_a"], fact["value_b"]],
    )
    assert len(rows) == 1, rows
    assert rows[0]["evidence_a"] and rows[0]["evidence_b"]


@pytest.mark.parametrize("fact", FACTS["no_conflict"], ids=_ids("no_conflict"))
def test_figures_about_different_events_do_not_conflict(marts, fact):
    """Two plans, a building against a site, a site against one phase: no conflict row."""
    rows = marts.rows(
        "select * from marts.claim_conflicts where subject_name = ?"
        " and least(value_a, value_b) = ? and greatest(value_a, value_b) = ?",
        [fact["subject"], min(fact["values"]), max(fact["values"])],
    )
    assert rows == []


def test_a_count_per_building_is_no_cluster_size(marts):
    rows = marts.rows(
        "select * from marts.fct_cluster_sizes"
        " where cluster_name = 'Stargate Abilene' and chip_count = 50000"
    )
    assert rows == []
