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
    assert "read-only" in err
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
    assert cli.split_statements(text) == ["select ';' as a", "select 2"]


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
