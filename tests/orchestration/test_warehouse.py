import duckdb
import polars as pl
import pytest

from orchestration.warehouse import (
    append_raw_rows,
    delete_raw_rows,
    ensure_raw_table,
    last_change,
    markdown_table,
    read_raw,
    replace_raw_table,
    table_row_counts,
)
from sources.schemas import FX_RATES, conform


def _fx(rows: list[tuple]) -> pl.DataFrame:
    import datetime as dt

    df = pl.DataFrame(
        {
            "rate_date": [dt.date.fromisoformat(r[0]) for r in rows],
            "currency": [r[1] for r in rows],
            "units_per_eur": [r[2] for r in rows],
            "source_url": ["https://www.ecb.europa.eu/"] * len(rows),
        }
    )
    return conform(df, FX_RATES, name="fx")


def test_replace_is_idempotent_and_atomic():
    conn = duckdb.connect()
    first = _fx([("2024-05-02", "USD", 1.07), ("2024-05-02", "JPY", 165.0)])
    assert replace_raw_table(conn, "fx_rates", first) == 2
    assert replace_raw_table(conn, "fx_rates", first) == 2
    assert conn.execute("select count(*) from raw.fx_rates").fetchone()[0] == 2

    bad = pl.DataFrame({"rate_date": ["not a date"], "currency": ["USD"]})
    with pytest.raises(duckdb.Error):
        replace_raw_table(conn, "fx_rates", bad)
    # the failed replacement rolled back: what was loaded before is still there
    assert read_raw(conn, "fx_rates")["currency"].sort().to_list() == ["JPY", "USD"]


def _log(conn) -> list[tuple]:
    return conn.execute(
        "select table_name, change, rows from raw.load_log order by loaded_at"
    ).fetchall()


def test_identical_replace_writes_nothing_and_changes_are_logged():
    conn = duckdb.connect()
    rows = _fx([("2024-05-02", "USD", 1.07)])
    replace_raw_table(conn, "fx_rates", rows)
    first = last_change(conn)
    replace_raw_table(conn, "fx_rates", rows)
    assert _log(conn) == [("fx_rates", "replace", 1)] and last_change(conn) == first
    replace_raw_table(conn, "fx_rates", _fx([("2024-05-02", "USD", 1.08)]))
    append_raw_rows(conn, "fx_rates", _fx([("2024-05-03", "USD", 1.07)]))
    assert delete_raw_rows(conn, "fx_rates", "rate_date = ?", ["2024-05-03"]) == 1
    assert delete_raw_rows(conn, "fx_rates", "rate_date = ?", ["1999-01-01"]) == 0
    assert _log(conn) == [
        ("fx_rates", "replace", 1),
        ("fx_rates", "replace", 1),
        ("fx_rates", "append", 1),
        ("fx_rates", "delete", 1),
    ]


def test_a_replace_restores_a_table_emptied_by_hand():
    conn = duckdb.connect()
    rows = _fx([("2024-05-02", "USD", 1.07)])
    replace_raw_table(conn, "fx_rates", rows)
    conn.execute("delete from raw.fx_rates")
    replace_raw_table(conn, "fx_rates", rows)
    assert conn.execute("select count(*) from raw.fx_rates").fetchone()[0] == 1


def test_append_and_counts():
    conn = duckdb.connect()
    assert append_raw_rows(conn, "fx_rates", _fx([])) == 0
    assert append_raw_rows(conn, "fx_rates", _fx([("2024-05-03", "USD", 1.07)])) == 1
    assert append_raw_rows(conn, "fx_rates", _fx([("2024-05-06", "USD", 1.08)])) == 1
    counts = dict(table_row_counts(conn, ["raw"]))
    assert counts["raw.fx_rates"] == 2


def test_markdown_table_escapes_and_truncates():
    df = pl.DataFrame({"name": ["a|b", "x" * 100], "n": [1, None]})
    text = markdown_table(df, max_width=10)
    lines = text.splitlines()
    assert lines[0] == "| name | n |"
    assert "a\\|b" in lines[2]
    assert lines[3].startswith("| xxxxxxxxx… |")
    assert markdown_table(df.clear()) == "_no rows_"


def test_a_table_created_by_an_older_schema_gets_the_new_columns():
    conn = duckdb.connect()
    conn.execute("create schema raw")
    conn.execute("create table raw.news_articles (article_id varchar, published_at timestamptz)")
    conn.execute("insert into raw.news_articles values ('a', null)")
    ensure_raw_table(conn, "news_articles")
    columns = [r[0] for r in conn.execute("describe raw.news_articles").fetchall()]
    assert {"published_source", "language_source", "fetched_at"} <= set(columns)
    assert conn.execute(
        "select article_id, published_source from raw.news_articles"
    ).fetchall() == [("a", None)]
