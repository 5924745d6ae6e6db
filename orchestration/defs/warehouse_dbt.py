"""The dbt project as Dagster assets: one lineage graph from raw tables to marts.

dbt sources named ``raw.<table>`` map to the asset keys ``["raw", table]`` of the ingestion
assets, so the UI shows one graph. dbt tests become asset checks. dbt runs in the DuckDB pool
like every other writer.

Fixed cost is kept off the build path: the project is parsed only when one of its files
changed (a fingerprint beside the manifest), dbt unit tests run in ``make test`` rather than in
every build, and a build of the whole project is skipped when neither the project nor any raw
table changed since the last one that succeeded (``raw.load_log`` against ``raw.dbt_builds``).
When only some raw tables changed (new articles, new rates), the build is narrowed to what they
feed: ``dbt build --select source:raw.<table>+ ...``, the models downstream of those sources
and every data test touching one of them. A changed project, a recovered run or
``full_refresh`` builds everything.
"""

import hashlib
import json
import sys
import time
import uuid
from collections.abc import Mapping, Sequence
from functools import cache, cached_property
from pathlib import Path
from typing import Any

import dagster as dg
import duckdb
import polars as pl
import yaml
from dagster_dbt import (
    DagsterDbtTranslator,
    DagsterDbtTranslatorSettings,
    DbtCliResource,
    DbtProject,
    dbt_assets,
)
from dagster_duckdb import DuckDBResource
from packaging.version import Version

from orchestration.defs.resources import DUCKDB_POOL, MARTS_FRESHNESS, OWNER
from orchestration.recovery import run_pid_file
from orchestration.warehouse import (
    append_raw_rows,
    delete_raw_rows,
    fetch_one,
    last_change,
    markdown_table,
    read_raw,
)
from sources.schemas import BOOKKEEPING_TABLES, DBT_BUILDS, DBT_TEST_WINDOW, RAW_TABLES
from sources.settings import PROJECT_ROOT, get_settings

DBT_PROJECT_DIR = PROJECT_ROOT / "dbt_project"
# what dbt writes inside its project folder: not part of what it reads
_DBT_OUTPUT_DIRS = {"target", "logs", "dbt_packages"}
_FINGERPRINT_FILE = "ledger_project_fingerprint"
# Raw tables that only grow by new articles and their extractions (the dbt project's var
# append_only_sources): the incremental models (int_claims_normalized, int_money_claims) take
# their new rows by watermark instead of rebuilding, and an update's tests read only their new
# rows.
APPEND_ONLY_SOURCES = frozenset(
    yaml.safe_load((DBT_PROJECT_DIR / "dbt_project.yml").read_text(encoding="utf-8"))["vars"][
        "append_only_sources"
    ]
)


@cache
def dbt_project() -> DbtProject:
    # dbt's target folder (manifest, run artifacts) lives in the Ledger home, so two homes
    # (a user's and a test's) never share or overwrite each other's dbt state
    target = get_settings().home / "dbt_target"
    return DbtProject(project_dir=DBT_PROJECT_DIR, profiles_dir=DBT_PROJECT_DIR, target_path=target)


def project_fingerprint(project_dir: Path = DBT_PROJECT_DIR) -> str:
    """A hash of every file of the dbt project (names and bytes), outputs excluded."""
    digest = hashlib.blake2b(digest_size=16)
    for path in sorted(project_dir.rglob("*")):
        relative = path.relative_to(project_dir)
        if not path.is_file() or relative.parts[0] in _DBT_OUTPUT_DIRS:
            continue
        digest.update(relative.as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def prepare_manifest(force: bool = False) -> Path:
    """Parse the dbt project into the manifest when it is missing, when a project file changed
    since the last parse, or when forced."""
    project = dbt_project()
    stamp = Path(project.target_path) / _FINGERPRINT_FILE
    fingerprint = project_fingerprint()
    current = stamp.read_text().strip() if stamp.exists() else None
    if force or not project.manifest_path.exists() or current != fingerprint:
        dbt_resource().cli(["parse", "--quiet"], target_path=project.target_path).wait()
        stamp.write_text(fingerprint)
    return project.manifest_path


class LedgerDbtCliResource(DbtCliResource):
    """dagster-dbt's dbt CLI resource without two steps it takes before every dbt call that the
    Ledger does not use, about 3 s of each build on a quiet 2-core machine:

    - it runs ``dbt --version`` in a subprocess to learn the version; the dbt-core package of
      this environment, which is the dbt the Ledger runs, says it in-process;
    - it loads the project, the profile and dbt's macros in-process to open an adapter, used
      only to fetch column metadata and row counts, which the Ledger reads itself after dbt
      exits (``model_metadata``), since the dbt subprocess holds the DuckDB file meanwhile.

    Both override private members of dagster-dbt (pinned in uv.lock);
    ``tests/orchestration/test_warehouse_dbt.py`` runs a dbt call through this class.
    """

    @cached_property
    def _cli_version(self) -> Version:
        from dbt.version import __version__

        return Version(__version__)

    def _initialize_dbt_core_adapter(self, args: Sequence[str]) -> None:
        return None


def dbt_resource() -> DbtCliResource:
    # the dbt of this environment, even when the venv's bin folder is not on PATH
    local = Path(sys.executable).parent / "dbt"
    return LedgerDbtCliResource(
        project_dir=dbt_project(), dbt_executable=str(local) if local.exists() else "dbt"
    )


class LedgerDbtTranslator(DagsterDbtTranslator):
    """Raw sources keep the ingestion assets' keys; models live in the warehouse group."""

    def get_asset_spec(
        self, manifest: Mapping[str, Any], unique_id: str, project: DbtProject | None
    ) -> dg.AssetSpec:
        spec = super().get_asset_spec(manifest, unique_id, project)
        props = self.get_resource_props(manifest, unique_id)
        if props["resource_type"] == "source":
            return spec
        layer = _layer(props)
        return spec.replace_attributes(
            group_name="warehouse",
            freshness_policy=MARTS_FRESHNESS if layer == "marts" else None,
            owners=[OWNER],
            automation_condition=dg.AutomationCondition.eager(),
        ).merge_attributes(kinds={"duckdb"}, tags={"layer": layer})

    def get_asset_key(self, dbt_resource_props: Mapping[str, Any]) -> dg.AssetKey:
        if dbt_resource_props["resource_type"] == "source":
            return dg.AssetKey([dbt_resource_props["source_name"], dbt_resource_props["name"]])
        return dg.AssetKey(
            [dbt_resource_props.get("schema") or "marts", dbt_resource_props["name"]]
        )


def _layer(props: Mapping[str, Any]) -> str:
    parts = props.get("fqn", [])
    return parts[1] if len(parts) > 2 else "model"


TRANSLATOR = LedgerDbtTranslator(
    settings=DagsterDbtTranslatorSettings(enable_asset_checks=True, enable_code_references=True)
)
# Reads the events of a dbt call made without the context (code references need the project,
# and belong to the definitions, not to each event).
EVENT_TRANSLATOR = LedgerDbtTranslator(
    settings=DagsterDbtTranslatorSettings(enable_asset_checks=True, enable_code_references=False)
)


def model_metadata(conn: duckdb.DuckDBPyConnection, key: dg.AssetKey) -> dict[str, object]:
    """Row count and a preview of a dbt model's table; the leaderboard's top clusters."""
    schema, name = key.path[0], key.path[-1]
    exists = fetch_one(
        conn,
        "select count(*) from information_schema.tables where table_schema = ? and table_name = ?",
        [schema, name],
    )[0]
    if not exists:
        return {}
    relation = f'"{schema}"."{name}"'
    metadata: dict[str, object] = {
        "dagster/row_count": dg.MetadataValue.int(
            fetch_one(conn, f"select count(*) from {relation}")[0]
        ),
        "preview": dg.MetadataValue.md(markdown_table(conn.sql(f"from {relation} limit 5").pl())),
    }
    if name == "cluster_leaderboard":
        for status, key, limit in (
            ("operational", "top_clusters", 15),
            ("planned", "top_planned", 10),
        ):
            top = conn.sql(
                "select rank, cluster_name, owner_name, chip_model, chip_count, "
                "cast(round(h100_equivalents) as bigint) as h100_equivalents, "
                "cast(round(power_mw) as bigint) as power_mw, n_sources "
                "from marts.cluster_leaderboard where status = ? and is_default_view "
                "order by rank limit ?",
                params=[status, limit],
            ).pl()
            metadata[key] = dg.MetadataValue.md(markdown_table(top, max_rows=limit))
    return metadata


class DbtBuildConfig(dg.Config):
    """Run configuration of the dbt step (set in the UI's launchpad or by ``ledger build``)."""

    full_refresh: bool = False  # rebuild incremental models from scratch (after a rule change)


def build_dbt_assets() -> dg.AssetsDefinition:
    project = dbt_project()
    # under `dg dev` the models may have been edited since the last parse: the fingerprint
    # catches that
    prepare_manifest()

    # dbt unit tests check the SQL, not the data: `make test` runs them, builds need not
    build_args = ["build", "--exclude-resource-type", "unit_test"]

    @dbt_assets(
        manifest=project.manifest_path,
        project=project,
        dagster_dbt_translator=TRANSLATOR,
        pool=DUCKDB_POOL,
        name="warehouse_dbt",
    )
    def warehouse_dbt(
        context: dg.AssetExecutionContext,
        config: DbtBuildConfig,
        dbt: DbtCliResource,
        duckdb: DuckDBResource,
    ):
        """Runs ``dbt build`` (models, then their data tests) for the selected models."""
        whole = not context.is_subset
        fingerprint = project_fingerprint()
        with duckdb.get_connection() as conn:
            changed_at = last_change(conn)
            previous = last_build(conn)
            marts = fetch_one(
                conn,
                "select count(*) from information_schema.tables where table_schema = 'marts'",
            )[0]
        if (
            whole
            and not config.full_refresh
            and marts
            and previous is not None
            and previous["project_hash"] == fingerprint
            and previous["last_load_at"] == changed_at
        ):
            context.log.info(
                "dbt: no raw table and no model changed since the build of run "
                f"{previous['run_id']} ({previous['built_at']:%Y-%m-%d %H:%M:%S}); skipped"
            )
            return
        narrowed, refresh = None, config.full_refresh
        if whole and marts and previous is not None and previous["project_hash"] != fingerprint:
            # a model may have changed how rows are computed: incremental ones start over
            refresh = True
        elif whole and not refresh and marts and previous is not None:
            with duckdb.get_connection() as conn:
                changed = changed_tables(conn, previous["last_load_at"])
            manifest = json.loads(Path(project.manifest_path).read_text())
            narrowed = update_selection(changed, source_tables(manifest))
            refresh = bool(narrowed) and needs_full_refresh(changed, manifest)
        if narrowed == []:
            context.log.info(
                "dbt: only bookkeeping tables changed since the last build; nothing to rebuild"
            )
            with duckdb.get_connection() as conn:
                record_build(conn, fingerprint, changed_at, context.run.run_id, time.perf_counter())
            return
        args = [*build_args, "--full-refresh"] if refresh else build_args
        with duckdb.get_connection() as conn:
            # an update tests the rows of the append-only tables it added; a full build all
            set_test_window(conn, previous["built_at"] if narrowed and not refresh else None)
        started = time.perf_counter()
        # dbt runs in a subprocess that holds DuckDB's file lock until it exits, so the row
        # counts and previews are read after it has finished, then the events are passed on.
        if narrowed:
            context.log.info(
                f"dbt: raw tables changed since the last build; {' '.join(narrowed)}"
                + (" (--full-refresh: an incremental model reads one whole)" if refresh else "")
            )
            # the context would add `--select fqn:*` (a union with ours), so dbt is called
            # without it and its events are turned into this asset's outputs below
            target = Path(project.target_path) / (
                f"warehouse_dbt-{context.run.run_id[:7]}-{uuid.uuid4().hex[:7]}"
            )
            invocation = dbt.cli(
                [*args, "--select", " ".join(narrowed)],
                manifest=project.manifest_path,
                dagster_dbt_translator=EVENT_TRANSLATOR,
                target_path=target,
            )
        else:
            if not whole:
                why = "the models selected"
            elif previous is None or not marts:
                why = "every model (a first build)"
            elif previous["project_hash"] != fingerprint:
                why = "every model, from scratch (a dbt model or test changed)"
            elif config.full_refresh:
                why = "every model, from scratch (full refresh asked for)"
            else:
                why = "every model"
            context.log.info(f"dbt: building {why}")
            invocation = dbt.cli(args, context=context)
        # if this process is killed, the next build stops the dbt it leaves behind (recovery.py)
        pid_file = run_pid_file(get_settings().run_dir, context.run.run_id)
        pid_file.parent.mkdir(parents=True, exist_ok=True)
        pid_file.write_text(f"{invocation.process.pid}\n")
        try:
            events = list(invocation.stream())
        finally:
            pid_file.unlink(missing_ok=True)
        if narrowed:
            events = [as_asset_event(event, context) for event in events]
        with duckdb.get_connection() as conn:
            if whole:
                record_build(conn, fingerprint, changed_at, context.run.run_id, started)
            for event in events:
                if isinstance(event, dg.Output):
                    key = context.asset_key_for_output(event.output_name)
                    yield event.with_metadata({**event.metadata, **model_metadata(conn, key)})
                else:
                    yield event

    return warehouse_dbt


def last_build(conn: duckdb.DuckDBPyConnection) -> dict[str, Any] | None:
    """The latest dbt build that succeeded, as a dict of ``raw.dbt_builds`` columns."""
    builds = read_raw(conn, "dbt_builds").sort("built_at", descending=True)
    return builds.row(0, named=True) if builds.height else None


def set_test_window(conn: duckdb.DuckDBPyConnection, since: Any) -> None:
    """Let the next dbt call's tests on append-only tables read rows loaded after ``since``
    (None: every row); see ``dbt_project/macros/data_tests.sql``."""
    delete_raw_rows(conn, "dbt_test_window", "true")
    append_raw_rows(
        conn, "dbt_test_window", pl.DataFrame([{"since": since}], schema=DBT_TEST_WINDOW)
    )


def record_build(
    conn: duckdb.DuckDBPyConnection,
    fingerprint: str,
    changed_at: Any,
    run_id: str,
    started: float,
) -> None:
    """Note a successful whole-project build and the raw state it saw."""
    row = {
        "project_hash": fingerprint,
        "last_load_at": changed_at,
        "run_id": run_id,
        "built_at": fetch_one(conn, "select now()")[0],
        "seconds": time.perf_counter() - started,
    }
    append_raw_rows(conn, "dbt_builds", pl.DataFrame([row], schema=DBT_BUILDS))


def changed_tables(conn: duckdb.DuckDBPyConnection, since: Any) -> set[str]:
    """The tables ``raw.load_log`` records as changed after ``since``."""
    rows = conn.execute(
        "select distinct table_name from raw.load_log where loaded_at > ?", [since]
    ).fetchall()
    return {name for (name,) in rows}


def update_selection(changed: set[str], sources: set[str]) -> list[str] | None:
    """The dbt selection that rebuilds what changes to ``changed`` raw tables can change:
    ``source:raw.<table>+`` for each changed dbt source (an empty list when only bookkeeping
    tables changed). None, for a build of everything, when a change is not a raw table's (a
    recovered run logs one)."""
    if not changed or changed - set(RAW_TABLES) - set(BOOKKEEPING_TABLES):
        return None
    return [f"source:raw.{table}+" for table in sorted(changed & sources)]


def source_tables(manifest: Mapping[str, Any]) -> set[str]:
    """The raw tables the dbt project declares as sources."""
    return {s["name"] for s in manifest["sources"].values() if s["source_name"] == "raw"}


def needs_full_refresh(changed: set[str], manifest: Mapping[str, Any]) -> bool:
    """Whether a change of ``changed`` raw tables reaches rows an incremental model already
    holds: it reads new rows of ``APPEND_ONLY_SOURCES`` only, but every other source upstream
    of it (gazetteers, Epoch, exchange rates) whole, so their change rebuilds it."""
    parents = manifest["parent_map"]
    todo = [
        uid
        for uid, node in manifest["nodes"].items()
        if node.get("config", {}).get("materialized") == "incremental"
    ]
    upstream: set[str] = set()
    while todo:
        for parent in parents.get(todo.pop(), []):
            if parent not in upstream:
                upstream.add(parent)
                todo.append(parent)
    read_whole = {
        manifest["sources"][uid]["name"] for uid in upstream if uid in manifest["sources"]
    } - APPEND_ONLY_SOURCES
    return bool(changed & read_whole)


def as_asset_event(event: Any, context: dg.AssetExecutionContext) -> Any:
    """An event of a dbt invocation made without the context, as this asset's own: a model's
    materialization becomes its output, a test of one of its checks a check result."""
    if isinstance(event, dg.AssetMaterialization):
        return dg.Output(
            None, output_name=event.asset_key.to_python_identifier(), metadata=event.metadata
        )
    if isinstance(event, dg.AssetCheckEvaluation):
        key = dg.AssetCheckKey(event.asset_key, event.check_name)
        if key in context.assets_def.check_keys:
            return dg.AssetCheckResult(
                asset_key=event.asset_key,
                check_name=event.check_name,
                passed=event.passed,
                severity=event.severity,
                metadata=event.metadata,
                description=event.description,
            )
        return dg.AssetObservation(asset_key=event.asset_key, metadata=event.metadata)
    return event
