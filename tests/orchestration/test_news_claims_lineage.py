"""The news_claims asset reads its gazetteer from the warehouse's raw.ref_* tables."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import dagster as dg
import duckdb
import polars as pl
import pytest
from dagster_duckdb import DuckDBResource

from orchestration.defs import news
from orchestration.defs.resources import LedgerSettings
from orchestration.warehouse import append_raw_rows, replace_raw_table
from sources.extract import extract
from sources.extract.gazetteer import REFERENCE_TABLES
from sources.reference.snapshots import load_table
from sources.schemas import NEWS_ARTICLES

ALIAS = "Quillwort Systems"  # a name no bundled reference file knows
TEXT = f"{ALIAS} raised $6 billion in a Series B round, the company said on Monday."


@pytest.fixture
def home(tmp_path, monkeypatch):
    monkeypatch.setenv("LEDGER_HOME", str(tmp_path))
    monkeypatch.setenv("LEDGER_DUCKDB_PATH", str(tmp_path / "ledger.duckdb"))
    monkeypatch.setenv("LEDGER_ONLINE", "0")
    db = str(tmp_path / "ledger.duckdb")
    with duckdb.connect(db) as conn:
        for table in REFERENCE_TABLES:
            replace_raw_table(conn, table, load_table(table))
        article = {
            "article_id": "a1",
            "source": "sample",
            "text": TEXT,
            "language": "en",
            "published_at": datetime(2024, 5, 27, tzinfo=UTC),
            "fetched_at": datetime(2024, 5, 27, tzinfo=UTC),
        }
        append_raw_rows(
            conn,
            "news_articles",
            pl.DataFrame([article]).cast({k: NEWS_ARTICLES[k] for k in article}),
        )
    return Path(db)


def _materialize(db: Path) -> list[str]:
    """Materialize news_claims on ``db``; the run's log messages."""
    instance = dg.DagsterInstance.ephemeral()
    result = dg.materialize(
        [news.news_claims],
        resources={"duckdb": DuckDBResource(database=str(db)), "ledger": LedgerSettings()},
        instance=instance,
    )
    assert result.success
    return [e.user_message for e in instance.all_logs(result.run_id)]


def _claims(db: Path) -> list[tuple]:
    with duckdb.connect(str(db), read_only=True) as conn:
        return conn.execute(
            "select type, subject, amount, currency, extractor_version from raw.news_claims"
        ).fetchall()


def test_an_alias_added_only_to_the_warehouse_reaches_the_extractor(home):
    # the bundled gazetteer does not know the alias: the round is kept under the name as written
    assert [(c.type, c.subject) for c in extract(TEXT, language="en")] == [("funding_round", ALIAS)]
    _materialize(home)
    assert [c[:4] for c in _claims(home)] == [("funding_round", ALIAS, 6e9, "USD")]
    with duckdb.connect(str(home)) as conn:
        aliases = load_table("ref_company_aliases")
        extra = pl.DataFrame(
            [{"company_id": "xai", "alias": ALIAS, "language": None}], schema=aliases.schema
        )
        replace_raw_table(conn, "ref_company_aliases", pl.concat([aliases, extra]))
    # the changed gazetteer has a new fingerprint: the article read before is read again
    _materialize(home)
    claims = _claims(home)
    assert [c[:4] for c in claims] == [("funding_round", "xAI", 6e9, "USD")]
    with duckdb.connect(str(home), read_only=True) as conn:
        versions = conn.execute("select extractor_version from raw.news_extractions").fetchall()
    assert versions == [(claims[0][4],)]


def test_an_unchanged_gazetteer_reads_no_article_twice(home):
    _materialize(home)
    with duckdb.connect(str(home), read_only=True) as conn:
        first = conn.execute("select extracted_at from raw.news_extractions").fetchall()
    _materialize(home)
    with duckdb.connect(str(home), read_only=True) as conn:
        assert conn.execute("select extracted_at from raw.news_extractions").fetchall() == first


def _add_articles(conn, texts: dict[str, str]) -> None:
    """Append English articles (id -> text) of one day to raw.news_articles."""
    day = datetime(2024, 5, 27, tzinfo=UTC)
    rows = [
        {
            "article_id": article_id,
            "source": "sample",
            "text": text,
            "language": "en",
            "published_at": day,
            "fetched_at": day,
        }
        for article_id, text in texts.items()
    ]
    append_raw_rows(
        conn, "news_articles", pl.DataFrame(rows).cast({k: NEWS_ARTICLES[k] for k in rows[0]})
    )


def test_articles_are_read_a_batch_at_a_time(home, monkeypatch):
    with duckdb.connect(str(home)) as conn:
        _add_articles(conn, {f"b{i}": f"Lab {i} said it runs 1,000 H100 chips." for i in range(4)})
    monkeypatch.setenv("LEDGER_BATCH_ARTICLES", "2")
    messages = _materialize(home)
    batches = [m for m in messages if m.startswith("news_claims batch")]
    # five articles, two at a time: memory follows the batch, not the backlog
    assert [m.split(":")[0] for m in batches] == [f"news_claims batch {n}" for n in (1, 2, 3)]
    with duckdb.connect(str(home), read_only=True) as conn:
        assert conn.execute("select count(*) from raw.news_extractions").fetchone()[0] == 5


def test_a_batch_is_read_by_its_row_range_and_by_its_ids_if_rows_moved(home):
    with duckdb.connect(str(home)) as conn:
        texts = {f"c{i}": f"Lab {i} said it runs {i},000 H100 chips." for i in range(1, 7)}
        _add_articles(conn, texts)
        rows = conn.sql(
            "select article_id, rowid as row from raw.news_articles order by rowid"
        ).pl()
        batch = rows.slice(2, 3)
        read = news._read_batch(conn, batch)
        assert read["article_id"].to_list() == sorted(batch["article_id"])
        assert read["text"].to_list()[0] == "Lab 2 said it runs 2,000 H100 chips."
        # positions from before a vacuum moved the rows: the range misses, the ids still hold
        moved = batch.with_columns(pl.col("row") + 3)
        assert news._read_batch(conn, moved)["article_id"].to_list() == read["article_id"].to_list()


def test_an_article_the_extractor_raises_on_is_logged_with_its_error(home, monkeypatch):
    """One bad article stops nothing: the others' claims are stored, and its row in
    raw.news_extractions says why it has none."""
    import sources.extract.batch as batch

    real = batch.extract

    def flaky(text, **kwargs):
        if "2,000" in text:
            raise ValueError("a bug in a rule")
        return real(text, **kwargs)

    monkeypatch.setattr(batch, "extract", flaky)
    with duckdb.connect(str(home)) as conn:
        _add_articles(
            conn, {f"b{i}": f"Nscale said it runs {i + 1},000 H100 chips." for i in range(3)}
        )
    messages = _materialize(home)
    with duckdb.connect(str(home), read_only=True) as conn:
        rows = dict(conn.execute("select article_id, error from raw.news_extractions").fetchall())
        claimed = {r[0] for r in conn.execute("select article_id from raw.news_claims").fetchall()}
    assert rows == {"a1": None, "b0": None, "b1": "ValueError: a bug in a rule", "b2": None}
    assert "b1" not in claimed and {"a1", "b0", "b2"} <= claimed
    warnings = [m for m in messages if "no claims" in m]
    assert warnings == ["news_claims: no claims from article b1: ValueError: a bug in a rule"]
