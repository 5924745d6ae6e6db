"""``ledger``: the command line of the AI Compute Ledger.

ledger build                      build every asset on the bundled (or online) data
ledger sql "SELECT ..."           query the warehouse read-only (--format table|csv|json)
ledger sql                        interactive SQL prompt with history
ledger sql --file query.sql       run the statements of a file
ledger extract [--published D] [--lang L] PATH...   claims as JSON lines
ledger eval                       score the extractor on the development set
ledger eval --real DIR            score it on the real-news benchmark, texts read from DIR
                                  (--bench DIR: another annotation folder, e.g. a held-out set)
ledger calibrate --real DIR [--bench DIR ...] [--held-out]  fit the claims' confidence
ledger export --format parquet|csv --to DIR         write every mart to files
ledger vacuum                     compact the warehouse file
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import time
from datetime import date
from pathlib import Path

from sources.settings import get_settings

WAREHOUSE_SCHEMAS = ("raw", "staging", "intermediate", "marts")


class LedgerError(Exception):
    """An error the user can act on; printed without a traceback."""


# --- build ------------------------------------------------------------------------------


def cmd_build(args: argparse.Namespace) -> int:
    import dagster as dg

    from orchestration.defs.automation import BUILD_JOB
    from orchestration.instance import build_instance, ensure_instance_config

    settings = get_settings()
    settings.ensure_dirs()
    settings.export_env()
    ensure_instance_config(settings)
    mode = "online" if settings.online else "offline (bundled data)"
    print(f"Building the AI Compute Ledger, {mode}")
    print(f"  warehouse: {settings.duckdb_path}\n  dagster home: {settings.dagster_home}")
    started = time.perf_counter()

    from orchestration import recovery
    from orchestration.defs.warehouse_dbt import prepare_manifest

    def say(message: str) -> None:
        print(message, flush=True)

    # SIGTERM stops a build like Ctrl-C does (Dagster turns both into a run interruption)
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    try:
        with dg.DagsterInstance.get() as instance:
            recovered = recovery.recover(instance, settings.run_dir, say)
            recovered += recovery.wait_for_other_builds(instance, settings.run_dir, say)
        recovery.clean_warehouse(settings.duckdb_path, say, rerun_dbt=recovered > 0)
    except KeyboardInterrupt:
        say("Stopped before building: nothing was changed.")
        return 130

    prepare_manifest()
    from orchestration.definitions import defs

    definitions = defs()
    job = definitions.resolve_job_def(BUILD_JOB)
    with build_instance(settings) as instance:
        result = job.execute_in_process(
            instance=instance,
            raise_on_error=False,
            tags={recovery.PID_TAG: str(os.getpid()), recovery.HOST_TAG: os.uname().nodename},
            # progress at INFO (one line per table); the UI keeps the debug events
            run_config={
                "loggers": {"console": {"config": {"log_level": "INFO"}}},
                "ops": {
                    "warehouse_dbt": {"config": {"full_refresh": args.full_refresh}},
                    **_reference_ops_config(args.accept_smaller),
                },
            },
        )
        log_entries = instance.all_logs(result.run_id)
    if not result.success:
        failed = [e.step_key for e in result.all_events if e.is_step_failure]
        print(f"Build FAILED in steps {failed}; see the run {result.run_id} in the UI (make ui).")
        for event in result.all_events:
            if event.is_step_failure and event.step_failure_data:
                print(f"  {event.step_key}: {_root_cause(event.step_failure_data.error)}")
        return 1
    total = time.perf_counter() - started
    print(f"Built in {total:.1f} s (run {result.run_id}).")
    print(format_time_spent(step_seconds(log_entries), total))
    # what the dbt step decided (skipped, narrowed, rebuilt), read back from the run's event
    # log: Dagster mirrors a run's console output through its compute-log files, and that
    # mirror can drop the last lines of a run, which are the dbt step's
    for message in dbt_decisions(log_entries):
        print(message)
    print()
    print_build_summary(settings.duckdb_path)
    print_run_problems(settings.duckdb_path, result.run_id)
    return 0


# which stage each step of the build job belongs to (anything else is "reference")
_STAGES = {"news_articles": "ingest", "gdelt_articles": "ingest", "news_claims": "extract"}
_STEP_ENDS = ("STEP_SUCCESS", "STEP_FAILURE", "STEP_SKIPPED")


def step_seconds(entries) -> dict[str, float]:
    """Seconds each step of a run took, from the start and end entries of its event log."""
    started: dict[str, float] = {}
    spent: dict[str, float] = {}
    for entry in entries:
        event = entry.dagster_event
        if event is None or entry.step_key is None:
            continue
        if event.event_type_value == "STEP_START":
            started[entry.step_key] = entry.timestamp
        elif event.event_type_value in _STEP_ENDS and entry.step_key in started:
            spent[entry.step_key] = entry.timestamp - started[entry.step_key]
    return spent


def dbt_decisions(entries) -> list[str]:
    """The messages of the dbt step that say what it did ("dbt: ..."), in order."""
    return [
        entry.user_message
        for entry in entries
        if entry.dagster_event is None
        and (entry.step_key or "").startswith("warehouse_dbt")
        and entry.user_message.startswith("dbt: ")
    ]


def format_time_spent(spent: dict[str, float], total: float) -> str:
    """One line: where a build's time went, by stage, the rest being Dagster's own."""
    stages: dict[str, float] = {}
    for step, seconds in spent.items():
        if step.startswith("warehouse_dbt"):
            stage = "dbt"
        elif "check" in step:
            stage = "checks"
        else:
            stage = _STAGES.get(step, "reference")
        stages[stage] = stages.get(stage, 0.0) + seconds
    # steps run one after another in process, so what they do not cover is Dagster's set-up
    stages["dagster"] = max(0.0, total - sum(stages.values()))
    order = ["reference", "ingest", "extract", "dbt", "checks", "dagster"]
    parts = [f"{name} {stages[name]:.1f} s" for name in order if name in stages]
    return "Time spent: " + ", ".join(parts)


def _reference_ops_config(accept_smaller: bool) -> dict[str, object]:
    from orchestration.defs.reference import REFERENCE_TABLES

    if not accept_smaller:
        return {}
    return {f"raw__{t.table}": {"config": {"accept_smaller": True}} for t in REFERENCE_TABLES}


def print_run_problems(path: Path, run_id: str) -> None:
    """What this build could not load or quarantined (the build itself went on)."""
    import duckdb

    with duckdb.connect(str(path), read_only=True) as conn:
        tables = {r[0] for r in conn.execute("select table_name from duckdb_tables()").fetchall()}
        errors = (
            conn.execute(
                "select source, url, error from raw.ingest_errors where batch_id = ? order by 1",
                [run_id],
            ).fetchall()
            if "ingest_errors" in tables
            else []
        )
        quarantined = (
            conn.execute(
                "select source, count(*) from raw.quarantine where batch_id = ? group by 1 "
                "order by 1",
                [run_id],
            ).fetchall()
            if "quarantine" in tables
            else []
        )
    if errors:
        print(f"\n{len(errors)} load failure(s) this run (query raw.ingest_errors):")
        for source, where, error in errors[:20]:
            print(f"  [{source}] {where}: {error}")
    if quarantined:
        listed = ", ".join(f"{source} {n}" for source, n in quarantined)
        print(f"\nRows quarantined this run (query raw.quarantine): {listed}")


def _root_cause(error) -> str:
    """The innermost error's message: Dagster wraps an asset's exception in "Error occurred
    while executing op ...", which says nothing about what went wrong."""
    while error.cause is not None:
        error = error.cause
    return error.message.strip()


def print_build_summary(path: Path) -> None:
    import duckdb

    from orchestration.warehouse import table_row_counts

    with duckdb.connect(str(path), read_only=True) as conn:
        counts = table_row_counts(conn, WAREHOUSE_SCHEMAS)
        width = max((len(name) for name, _ in counts), default=10)
        print("Tables and row counts:")
        for name, n in counts:
            print(f"  {name:<{width}}  {n:>8,}")
        if any(name == "marts.cluster_leaderboard" for name, _ in counts):
            for status, limit in (("operational", 10), ("planned", 5)):
                top = conn.sql(
                    "select rank, cluster_name, owner_name, chip_model, chip_count, "
                    "cast(round(h100_equivalents) as bigint) as h100_equivalents "
                    "from marts.cluster_leaderboard where status = ? and is_default_view "
                    "order by rank limit ?",
                    params=[status, limit],
                ).pl()
                print(
                    f"\nCluster leaderboard, {status} (top {limit} by H100-equivalents in the "
                    "default view: rows Epoch rates unlikely left out, and operational rows "
                    "outside its standard analysis):"
                )
                print(_render(top, "table"))


# --- sql --------------------------------------------------------------------------------

# `ledger sql` may read the warehouse and nothing else: no file, no network, no extension, no
# setting, whatever the statement (DuckDB enforces these; the config is locked so SQL cannot
# undo them). Statements are also checked by type with DuckDB's own parser before running.
SANDBOX_CONFIG = {
    "enable_external_access": False,
    "autoinstall_known_extensions": False,
    "autoload_known_extensions": False,
    "allow_community_extensions": False,
    "allow_persistent_secrets": False,
    "lock_configuration": True,
}
DEFAULT_SQL_TIMEOUT = 60.0  # seconds; a build waits about as long for DuckDB's lock


class QueryCancelled(LedgerError):
    """A query stopped by Ctrl-C or by the timeout."""


def _connect_read_only(path: Path, config: dict[str, object] | None = None):
    import duckdb

    if not path.exists():
        raise LedgerError(f"No warehouse at {path}. Build it first: make run (or: ledger build).")
    try:
        return duckdb.connect(str(path), read_only=True, config=config or {})
    except duckdb.IOException as exc:
        if "lock" in str(exc).lower():
            raise LedgerError(
                f"The warehouse {path} is being written by a running build; try again when it "
                "has finished."
            ) from exc
        raise LedgerError(f"Cannot open the warehouse {path}: {exc}") from exc


def _render(df, fmt: str) -> str:
    import polars as pl

    if fmt in ("csv", "json"):
        # CSV has no lists or structs: nested cells are written as JSON text
        nested = [name for name, dtype in df.schema.items() if dtype.is_nested()]
        if fmt == "csv":
            df = df.with_columns(pl.Series(c, [_json_cell(v) for v in df[c]]) for c in nested)
            return df.write_csv().rstrip("\n")
        try:
            return df.write_json()
        except pl.exceptions.PolarsError:
            return json.dumps(df.to_dicts(), default=str, ensure_ascii=False)
    with pl.Config(
        tbl_rows=max(df.height, 1),
        tbl_cols=-1,
        tbl_hide_dataframe_shape=True,
        tbl_hide_column_data_types=True,
        fmt_str_lengths=80,
        tbl_width_chars=250,
        thousands_separator=",",
        float_precision=None,
    ):
        return f"{df}\n({df.height} row{'s' if df.height != 1 else ''})"


def _json_cell(value: object) -> str | None:
    import polars as pl

    if value is None:
        return None
    if isinstance(value, pl.Series):
        value = value.to_list()
    return json.dumps(value, default=str, ensure_ascii=False)


def split_statements(text: str) -> list[str]:
    """The statements of a SQL script, split by DuckDB's own parser (so ``;`` inside quotes,
    comments and ``$$`` strings stays put). Unparseable text comes back whole, to fail when
    it runs with DuckDB's message."""
    import duckdb

    try:
        statements = duckdb.extract_statements(text)
    except duckdb.Error:
        return [text.strip()] if text.strip() else []
    return [st.query.strip().rstrip(";").strip() for st in statements if st.query.strip()]


def _checked_statement(query: str):
    """The one statement in ``query`` if it only reads; otherwise a :class:`LedgerError`."""
    import duckdb

    try:
        statements = duckdb.extract_statements(query)
    except duckdb.Error as exc:
        raise LedgerError(f"SQL error: {exc}") from exc
    if len(statements) != 1:
        raise LedgerError(f"expected one statement, got {len(statements)}")
    statement = statements[0]
    if statement.type not in (duckdb.StatementType.SELECT, duckdb.StatementType.EXPLAIN):
        kind = statement.type.name.replace("_", " ")
        raise LedgerError(
            f"`ledger sql` is read-only: {kind} statements are refused, and nothing was "
            "changed (queries, DESCRIBE, SHOW, SUMMARIZE and EXPLAIN are allowed)."
        )
    return statement


def run_query(path: Path, query: str, fmt: str, timeout: float | None = DEFAULT_SQL_TIMEOUT):
    """Run one read-only statement on the warehouse at ``path`` and render its result.

    The file is opened read-only (and sandboxed) for this statement only and closed after it,
    so an open prompt never holds DuckDB's lock between statements. Ctrl-C or ``timeout``
    seconds interrupt the query (:class:`QueryCancelled`).
    """
    import duckdb

    _checked_statement(query)
    conn = _connect_read_only(path, SANDBOX_CONFIG)
    try:
        outcome = _interruptible(conn, query, timeout)
    finally:
        _close(conn)
    if isinstance(outcome, duckdb.InvalidInputException) and "read-only" in str(outcome).lower():
        raise LedgerError(
            "The warehouse is opened read-only by `ledger sql`: statements that change data "
            f"are refused, and nothing was changed. ({outcome})"
        )
    if isinstance(outcome, duckdb.Error):
        raise LedgerError(f"SQL error: {outcome}")
    if isinstance(outcome, BaseException):
        raise outcome
    return "OK" if outcome is None else _render(outcome, fmt)


def _interruptible(conn, query: str, timeout: float | None):
    """The query's polars result (None for no result), or the exception it raised.

    It runs in a worker thread so the main thread can interrupt it on Ctrl-C or timeout.
    """
    import threading

    outcome: list[object] = []

    def work() -> None:
        try:
            relation = conn.sql(query)
            outcome.append(None if relation is None else relation.pl())
        except BaseException as exc:  # handed to the caller's thread
            # without its traceback: the frames would keep the relation, and so the
            # connection, busy
            outcome.append(exc.with_traceback(None))

    worker = threading.Thread(target=work, name="ledger-sql", daemon=True)
    deadline = None if not timeout else time.monotonic() + timeout
    worker.start()
    try:
        while worker.is_alive():
            worker.join(0.05)
            if deadline is not None and time.monotonic() > deadline and worker.is_alive():
                conn.interrupt()
                worker.join()
                raise QueryCancelled(
                    f"the query ran longer than {timeout:g} s and was stopped "
                    "(raise it with --timeout SECONDS, 0 for no limit)"
                )
    except KeyboardInterrupt:
        conn.interrupt()
        worker.join()
        raise QueryCancelled("query cancelled (Ctrl-C)") from None
    return outcome[0]


def _close(conn, wait_seconds: float = 5.0) -> None:
    """Close ``conn``; an interrupted query may keep it busy for a moment after its thread."""
    import duckdb

    deadline = time.monotonic() + wait_seconds
    while True:
        try:
            conn.close()
            return
        except duckdb.Error:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.02)


def cmd_sql(args: argparse.Namespace) -> int:
    settings = get_settings()
    path = settings.duckdb_path
    _connect_read_only(path).close()  # a clear error now if there is no warehouse
    if args.file:
        text = Path(args.file).read_text(encoding="utf-8")
        for statement in split_statements(text):
            print(run_query(path, statement, args.format, args.timeout))
        return 0
    if args.query:
        for statement in split_statements(args.query):
            print(run_query(path, statement, args.format, args.timeout))
        return 0
    return interactive(path, args.format, settings.home / ".ledger_sql_history", args.timeout)


def interactive(path: Path, fmt: str, history_path: Path, timeout: float | None = None) -> int:
    """A prompt with history; a statement ends with ';'. Ctrl-C cancels a running query or
    clears the line; Ctrl-D quits."""
    from prompt_toolkit import PromptSession
    from prompt_toolkit.history import FileHistory

    if not sys.stdin.isatty():
        for statement in split_statements(sys.stdin.read()):
            _print_or_error(path, statement, fmt, timeout)
        return 0
    history_path.parent.mkdir(parents=True, exist_ok=True)
    session = PromptSession(history=FileHistory(str(history_path)))
    print("AI Compute Ledger SQL (read-only). End statements with ';'. Ctrl-D to quit.")
    buffer = ""
    while True:
        try:
            line = session.prompt("ledger> " if not buffer else "   ...> ")
        except KeyboardInterrupt:
            buffer = ""
            continue
        except EOFError:
            return 0
        buffer += line + "\n"
        if buffer.strip() in {"quit", "exit"}:
            return 0
        if buffer.strip().endswith(";"):
            for statement in split_statements(buffer):
                _print_or_error(path, statement, fmt, timeout)
            buffer = ""


def _print_or_error(path: Path, statement: str, fmt: str, timeout: float | None) -> None:
    try:
        print(run_query(path, statement, fmt, timeout))
    except LedgerError as exc:
        print(f"error: {exc}", file=sys.stderr)


# --- export -----------------------------------------------------------------------------


def cmd_export(args: argparse.Namespace) -> int:
    from orchestration.warehouse import fetch_one

    settings = get_settings()
    out = Path(args.to)
    out.mkdir(parents=True, exist_ok=True)
    conn = _connect_read_only(settings.duckdb_path)
    try:
        tables = [
            r[0]
            for r in conn.execute(
                "select table_name from information_schema.tables "
                "where table_schema = 'marts' order by 1"
            ).fetchall()
        ]
        if not tables:
            raise LedgerError("The warehouse has no marts yet. Build it first: make run.")
        for table in tables:
            target = out / f"{table}.{args.format}"
            options = "(format parquet)" if args.format == "parquet" else "(format csv, header)"
            conn.execute(f"copy marts.{table} to '{_sql_path(target)}' {options}")
            n = fetch_one(conn, f"select count(*) from marts.{table}")[0]
            print(f"  {target}  {n:,} rows")
    finally:
        conn.close()
    print(f"Exported {len(tables)} marts to {out}")
    return 0


def _sql_path(path: Path) -> str:
    return str(path.resolve()).replace("'", "''")


# --- vacuum -----------------------------------------------------------------------------


def cmd_vacuum(args: argparse.Namespace) -> int:
    """Rewrite the warehouse into a compact copy and swap it in (what a DuckDB file gives back
    after large deletes or rebuilds: free blocks are reused, but the file never shrinks)."""
    import duckdb

    settings = get_settings()
    path = settings.duckdb_path
    if not path.exists():
        raise LedgerError(f"No warehouse at {path}. Build it first: make run (or: ledger build).")
    compact = path.with_name(path.stem + ".compact.duckdb")
    compact.unlink(missing_ok=True)
    before = path.stat().st_size
    try:
        with duckdb.connect(str(path)) as conn:
            conn.execute(f"attach '{_sql_path(compact)}' as compact")
            conn.execute(f'copy from database "{path.stem}" to compact')
            conn.execute("detach compact")
    except duckdb.IOException as exc:
        compact.unlink(missing_ok=True)
        if "lock" in str(exc).lower():
            raise LedgerError(
                f"The warehouse {path} is in use (a build or a SQL session); vacuum when it is "
                "free."
            ) from exc
        raise LedgerError(f"Cannot vacuum {path}: {exc}") from exc
    compact.replace(path)
    after = path.stat().st_size
    print(f"Vacuumed {path}: {before / 2**20:.1f} MB -> {after / 2**20:.1f} MB")
    return 0


# --- extract / eval ---------------------------------------------------------------------


def cmd_extract(args: argparse.Namespace) -> int:
    from sources.extract.commands import run_extract

    return run_extract(args.paths, args.published, args.lang, sys.stdout, sys.stdin)


def cmd_eval(args: argparse.Namespace) -> int:
    from sources.extract.commands import run_eval, run_eval_real

    if args.real:
        return run_eval_real(
            args.real,
            sys.stdout,
            verbose=args.verbose,
            bench_dir=args.bench,
            all_sets=args.all,
            save_claims=args.save_claims,
            compare=args.compare,
        )
    if args.save_claims or args.compare:
        sys.stderr.write("ledger eval: --save-claims and --compare go with --real DIR\n")
        return 2
    if args.all:
        sys.stderr.write(
            "ledger eval: --all scores the real-news sets; give their texts with --real DIR\n"
        )
        return 2
    return run_eval(sys.stdout, verbose=args.verbose)


def cmd_calibrate(args: argparse.Namespace) -> int:
    from sources.extract.commands import run_calibrate
    from sources.extract.realnews import fitting_folders, shift_folders

    default = shift_folders() if args.shift else fitting_folders()
    benches = args.bench or [str(p) for p in default]
    return run_calibrate(
        benches,
        args.real,
        sys.stdout,
        model_path=args.out,
        held_out=args.held_out,
        shift=args.shift,
    )


# --- main -------------------------------------------------------------------------------


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from exc


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="ledger", description="The AI Compute Ledger.")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("build", help="build every asset (what `make run` calls)")
    p.add_argument(
        "--full-refresh",
        action="store_true",
        help="rebuild incremental dbt models from scratch (after changing reference data or rules)",
    )
    p.add_argument(
        "--accept-smaller",
        action="store_true",
        help="load reference files even when they have far fewer rows than the tables hold",
    )
    p.set_defaults(func=cmd_build)

    p = sub.add_parser("sql", help="query the warehouse read-only")
    p.add_argument("query", nargs="?", help="a SQL query; none starts an interactive prompt")
    p.add_argument("--file", help="run the statements of a .sql file")
    p.add_argument("--format", choices=["table", "csv", "json"], default="table")
    p.add_argument(
        "--timeout",
        type=float,
        default=DEFAULT_SQL_TIMEOUT,
        help=f"stop a query after this many seconds (default {DEFAULT_SQL_TIMEOUT:g}; 0: none)",
    )
    p.set_defaults(func=cmd_sql)

    p = sub.add_parser("extract", help="extract claims from text files as JSON lines")
    p.add_argument("paths", nargs="+", help="text files; '-' reads standard input")
    p.add_argument("--published", type=_date, help="publication date (YYYY-MM-DD)")
    p.add_argument("--lang", help="ISO 639-1 language code (detected when omitted)")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("eval", help="score the extractor on the development set")
    p.add_argument("--verbose", action="store_true", help="list misses and false positives")
    p.add_argument(
        "--real",
        metavar="DIR",
        action="append",
        help="score on the real-news benchmark (tests/realnews) with the article texts in DIR "
        "(repeat for texts kept in several folders)",
    )
    p.add_argument(
        "--all",
        action="store_true",
        help="with --real: score the benchmark and every held-out set in it, one row per set",
    )
    p.add_argument(
        "--bench",
        metavar="DIR",
        help="with --real: the annotation folder to score against (articles.jsonl and "
        "facts.jsonl; default tests/realnews), e.g. the held-out set tests/realnews/holdout",
    )
    p.add_argument(
        "--save-claims",
        metavar="FILE",
        help="with --real: write the claims read (a JSON line each) for a later --compare",
    )
    p.add_argument(
        "--compare",
        metavar="FILE",
        help="with --real: per set, the claims added, dropped and moved against those saved in "
        "FILE, and the F1 difference with its interval (counts only: fit for unseen sets)",
    )
    p.set_defaults(func=cmd_eval)

    p = sub.add_parser(
        "calibrate", help="fit the claims' calibrated confidence on annotated real-news sets"
    )
    p.add_argument(
        "--real",
        metavar="DIR",
        action="append",
        required=True,
        help="a folder of article texts (<key>.txt); may be given several times",
    )
    p.add_argument(
        "--bench",
        metavar="DIR",
        action="append",
        help="an annotation folder to fit on; may be given several times (default: tests/realnews"
        " and every set inside it but those listed in tests/realnews/UNSEEN)",
    )
    p.add_argument("--out", metavar="FILE", help="where to write the model (default: the bundled)")
    p.add_argument(
        "--held-out",
        action="store_true",
        help="write no model: print, per set, the model fitted on the other sets scored on it",
    )
    p.add_argument(
        "--shift",
        action="store_true",
        help="keep the model and fit only its shift to unseen text, on sets the rules were not "
        "tuned on (default: those listed in tests/realnews/SHIFT)",
    )
    p.set_defaults(func=cmd_calibrate)

    p = sub.add_parser("vacuum", help="compact the warehouse file (after large deletes)")
    p.set_defaults(func=cmd_vacuum)

    p = sub.add_parser("export", help="write every mart to parquet or csv files")
    p.add_argument("--format", choices=["parquet", "csv"], default="parquet")
    p.add_argument("--to", required=True, help="output folder")
    p.set_defaults(func=cmd_export)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except LedgerError as exc:
        print(f"ledger: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:  # Ctrl-C (or SIGTERM in a build) outside a running query or run
        print("ledger: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
