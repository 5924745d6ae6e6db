"""The Dagster definitions load, and every asset explains itself in the UI."""

from __future__ import annotations

import subprocess

import dagster as dg
import pytest

from tests.orchestration.conftest import PROJECT_ROOT

pytestmark = pytest.mark.xdist_group("definitions")


@pytest.fixture(scope="module")
def definitions(tmp_path_factory, monkeypatch_module) -> dg.Definitions:
    home = tmp_path_factory.mktemp("defs_home")
    monkeypatch_module.setenv("LEDGER_HOME", str(home))
    monkeypatch_module.setenv("LEDGER_DUCKDB_PATH", str(home / "ledger.duckdb"))
    monkeypatch_module.setenv("DAGSTER_HOME", str(home / "dagster"))
    from orchestration.definitions import defs

    return defs()


@pytest.fixture(scope="module")
def monkeypatch_module():
    with pytest.MonkeyPatch.context() as mp:
        yield mp


def test_dg_check_defs_passes(tmp_path):
    result = subprocess.run(
        [str(PROJECT_ROOT / ".venv" / "bin" / "dg"), "check", "defs"],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        env={"PATH": "/usr/bin:/bin", "LEDGER_HOME": str(tmp_path), "HOME": str(tmp_path)},
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "All definitions loaded successfully" in result.stdout + result.stderr


def test_every_asset_has_group_owner_kinds_description(definitions):
    graph = definitions.resolve_asset_graph()
    groups = set()
    for key in graph.get_all_asset_keys():
        node = graph.get(key)
        groups.add(node.group_name)
        assert node.group_name in {"reference", "news", "warehouse"}, key
        assert node.owners, f"{key} has no owner"
        assert node.kinds, f"{key} has no kinds"
        assert (node.description or "").strip(), f"{key} has no description"
    assert groups == {"reference", "news", "warehouse"}


def test_raw_sources_and_ingestion_assets_are_one_graph(definitions):
    graph = definitions.resolve_asset_graph()
    leaderboard = dg.AssetKey(["marts", "cluster_leaderboard"])
    upstream = graph.get_ancestor_asset_keys(leaderboard)
    for raw in ("epoch_gpu_clusters", "ref_chips", "news_claims"):
        assert dg.AssetKey(["raw", raw]) in upstream
        assert graph.get(dg.AssetKey(["raw", raw])).is_materializable


def test_writers_share_the_duckdb_pool(definitions):
    for assets_def in definitions.assets or []:
        if isinstance(assets_def, dg.AssetsDefinition) and assets_def.is_executable:
            pools = {op.pool for op in assets_def.node_def.iterate_op_defs()}
            assert pools == {"duckdb"}, assets_def.keys


def test_network_automation_is_off_offline(definitions):
    schedules = {s.name: s for s in definitions.schedules or []}
    assert schedules["news_hourly"].default_status == dg.DefaultScheduleStatus.STOPPED
    assert schedules["reference_weekly"].default_status == dg.DefaultScheduleStatus.STOPPED
    sensors = {s.name: s for s in definitions.sensors or []}
    assert sensors["inbox_sensor"].default_status == dg.DefaultSensorStatus.RUNNING


def test_orchestration_modules_do_not_import_each_other_in_a_cycle():
    """Issue 14: resources.py and warehouse_dbt.py imported each other (one of them lazily)."""
    import ast
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    modules = {
        ".".join(p.relative_to(root).with_suffix("").parts): p
        for p in (root / "orchestration").rglob("*.py")
    }
    graph = {name: set() for name in modules}
    for name, path in modules.items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module in modules:
                graph[name].add(node.module)
            elif isinstance(node, ast.ImportFrom) and node.module:
                graph[name] |= {f"{node.module}.{a.name}" for a in node.names} & set(modules)
            elif isinstance(node, ast.Import):
                graph[name] |= {a.name for a in node.names} & set(modules)

    def reaches(start: str, goal: str, seen: set[str]) -> bool:
        return any(nxt == goal or reaches(nxt, goal, seen | {nxt}) for nxt in graph[start] - seen)

    cycles = sorted(name for name in graph if reaches(name, name, set()))
    assert cycles == []
