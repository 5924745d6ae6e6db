import os
import signal
import threading
import time

import duckdb
import pytest

from orchestration import cli


@pytest.fixture
def warehouse(tmp_path, monkeypatch):
    path = tmp_path / "ledger.duckdb"
    with duckdb.connect(str(path)) as conn:
        conn.execute("create schema marts")
        conn.execute(
            "create table marts.cluster_leaderboard as select * from (values "
            "(1, 'Colossus', 200000, 275795.9), (2, 'Cortex', 50000, 50000.0)) "
            "t(rank, cluster_name, chip_count, h100_equivalents)"
        )
    monkeypatch.setenv("LEDGER_HOME", str(tmp_path))
    monkeypatch.setenv("LEDGER_DUCKDB_PATH", str(path))
    return path


def test_sql_prints_a_table(warehouse, capsys):
    code = cli.main(
        ["sql", "select cluster_name, chip_count from marts.cluster_leaderboard order by 1"]
    )
    out = capsys.readouterr().out
    assert code == 0
    assert "Colossus" in out and "200,000" in out and "(2 rows)" in out


def test_sql_csv_and_json(warehouse, capsys):
    assert (
        cli.main(
            [
                "sql",
                "--format",
                "csv",
                "select rank, cluster_name from marts.cluster_leaderboard order by 1",
            ]
        )
        == 0
    )
    assert capsys.readouterr().out.splitlines() == ["rank,cluster_name", "1,Colossus", "2,Cortex"]
    assert (
        cli.main(
            ["sql", "--format", "json", "select rank from marts.cluster_leaderboard order by 1"]
        )
        == 0
    )
    assert capsys.readouterr().out.strip() == '[{"rank":1},{"rank":2}]'


def test_sql_write_is_refused_and_table_unchanged(warehouse, capsys):
    code = cli.main(["sql", "delete from marts.cluster_leaderboard"])
    err = capsys.readouterr().err
    assert code == 2
    assert "refused" in err and "nothing was changed" in err
    with duckdb.connect(str(warehouse), read_only=True) as conn:
        assert conn.execute("select count(*) from marts.cluster_leaderboard").fetchone()[0] == 2


def test_sql_bad_query_is_a_clear_error(warehouse, capsys):
    assert cli.main(["sql", "select nope from marts.cluster_leaderboard"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("ledger: SQL error:") and "nope" in err


def test_sql_missing_warehouse(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("LEDGER_HOME", str(tmp_path))
    monkeypatch.setenv("LEDGER_DUCKDB_PATH", str(tmp_path / "absent.duckdb"))
    assert cli.main(["sql", "select 1"]) == 2
    assert "No warehouse at" in capsys.readouterr().err
    assert not (tmp_path / "absent.duckdb").exists()


def test_sql_file_runs_every_statement(warehouse, tmp_path, capsys):
    script = tmp_path / "q.sql"
    script.write_text("-- two questions; one file\nselect 1 as a;\nselect 'x;y' as b;\n")
    assert cli.main(["sql", "--file", str(script), "--format", "csv"]) == 0
    assert capsys.readouterr().out.splitlines() == ["a", "1", "b", "x;y"]


def test_split_statements_respects_quotes_and_comments():
    text = "select ';' as a; -- comment; here\nselect 2;;"
    statements = cli.split_statements(text)
    assert statements[0] == "select ';' as a"
    assert len(statements) == 2 and statements[1].endswith("select 2")


def test_split_statements_uses_duckdbs_parser_for_block_comments_and_dollar_strings():
    text = "select 1 /* a ; b */ as a; select $$x;y$$ as b; select 'it''s; fine' as c"
    assert cli.split_statements(text) == [
        "select 1 /* a ; b */ as a",
        "select $$x;y$$ as b",
        "select 'it''s; fine' as c",
    ]


def test_sql_query_with_a_semicolon_in_a_dollar_string(warehouse, capsys):
    assert cli.main(["sql", "--format", "csv", "select $$a;b$$ as x /* ; */"]) == 0
    assert capsys.readouterr().out.splitlines() == ["x", "a;b"]


@pytest.mark.parametrize(
    "statement",
    [
        "copy marts.cluster_leaderboard to '{out}/copy.csv'",
        "copy (select 1) to '{out}/other.duckdb'",
        "attach '{out}/other.duckdb' as other",
        "export database '{out}/export'",
        "install httpfs",
        "load httpfs",
        "set threads = 1",
        "create secret s (type http)",
        "create table marts.x as select 1",
        "pragma enable_profiling",
        "call checkpoint()",
    ],
)
def test_sql_refuses_every_statement_that_is_not_a_query(warehouse, tmp_path, capsys, statement):
    out = tmp_path / "probe"
    out.mkdir()
    assert cli.main(["sql", statement.format(out=out)]) == 2
    assert "refused" in capsys.readouterr().err
    assert list(out.iterdir()) == []


@pytest.mark.parametrize(
    "query",
    [
        "select * from read_text('/etc/passwd')",
        "select * from read_csv('{out}/../ledger.duckdb')",
        "select * from read_csv('http://127.0.0.1:9/x.csv')",
        "select * from glob('/etc/*')",
        "with t as (select 1) select * from read_blob('/etc/hostname')",
    ],
)
def test_sql_queries_cannot_read_files_or_the_network(warehouse, tmp_path, capsys, query):
    assert cli.main(["sql", query.format(out=tmp_path)]) == 2
    assert "disabled by configuration" in capsys.readouterr().err


def test_sql_csv_and_json_write_list_columns(warehouse, capsys):
    query = "select 'xai' as company_id, ['X.AI', 'xAI Corp'] as aliases, {'a': 1} as s"
    assert cli.main(["sql", "--format", "csv", query]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "company_id,aliases,s",
        'xai,"[""X.AI"", ""xAI Corp""]","{""a"": 1}"',
    ]
    assert cli.main(["sql", "--format", "json", query]) == 0
    assert capsys.readouterr().out.strip() == (
        '[{"company_id":"xai","aliases":["X.AI","xAI Corp"],"s":{"a":1}}]'
    )


def test_sql_timeout_stops_a_long_query(warehouse, capsys):
    started = time.monotonic()
    code = cli.main(["sql", "--timeout", "0.5", "select count(*) from range(1000000000000)"])
    assert code == 2
    assert time.monotonic() - started < 20
    assert "longer than 0.5 s" in capsys.readouterr().err


def test_ctrl_c_cancels_the_running_query_and_the_next_one_runs(warehouse):
    timer = threading.Timer(0.5, lambda: os.kill(os.getpid(), signal.SIGINT))
    timer.start()
    with pytest.raises(cli.QueryCancelled, match="Ctrl-C"):
        cli.run_query(warehouse, "select count(*) from range(1000000000000)", "csv", None)
    assert cli.run_query(warehouse, "select 1 as a", "csv", None) == "a\n1"


def test_sql_holds_no_lock_between_statements(warehouse):
    """An open `ledger sql` prompt must not make a build fail: after each statement the
    file is closed, so a writer can open it right away."""
    assert "Colossus" in cli.run_query(
        warehouse, "select cluster_name from marts.cluster_leaderboard", "csv"
    )
    with duckdb.connect(str(warehouse)) as writer:
        writer.execute("create table marts.written_by_build as select 1 as a")


def test_export_writes_every_mart(warehouse, tmp_path, capsys):
    import polars as pl

    out = tmp_path / "export"
    assert cli.main(["export", "--format", "parquet", "--to", str(out)]) == 0
    df = pl.read_parquet(out / "cluster_leaderboard.parquet")
    assert df.height == 2 and df["cluster_name"].to_list() == ["Colossus", "Cortex"]
    assert cli.main(["export", "--format", "csv", "--to", str(out)]) == 0
    assert pl.read_csv(out / "cluster_leaderboard.csv").height == 2


def test_sql_without_query_reads_statements_from_a_pipe(warehouse, monkeypatch, capsys):
    import io

    monkeypatch.setattr(
        "sys.stdin",
        io.StringIO("select count(*) as n from marts.cluster_leaderboard;\nselect nope;\n"),
    )
    assert cli.main(["sql", "--format", "csv"]) == 0
    captured = capsys.readouterr()
    assert captured.out.splitlines() == ["n", "2"]
    assert "SQL error" in captured.err and "nope" in captured.err


def test_a_failed_step_prints_its_real_error_not_only_daggers_wrapper():
    import dagster as dg

    @dg.asset
    def broken_chips():
        raise ValueError("chips.csv: row 5, column 'hbm_gb': not a finite number")

    result = dg.materialize([broken_chips], raise_on_error=False)
    [failure] = [e for e in result.all_events if e.is_step_failure]
    error = failure.step_failure_data.error
    assert "Error occurred while executing" in error.message
    printed = cli._root_cause(error)
    assert printed == "ValueError: chips.csv: row 5, column 'hbm_gb': not a finite number"
