"""The dbt step's fixed cost: the project is parsed only when one of its files changed, and an
update builds only what its changed raw tables feed."""

from __future__ import annotations

import shutil

from orchestration.defs.warehouse_dbt import (
    DBT_PROJECT_DIR,
    needs_full_refresh,
    project_fingerprint,
    update_selection,
)


def test_fingerprint_follows_project_files_but_not_dbt_output(tmp_path):
    project = tmp_path / "dbt_project"
    shutil.copytree(DBT_PROJECT_DIR, project, ignore=shutil.ignore_patterns("target", "logs"))
    first = project_fingerprint(project)
    assert project_fingerprint(project) == first
    (project / "target").mkdir(exist_ok=True)
    (project / "target" / "manifest.json").write_text("{}")
    assert project_fingerprint(project) == first
    model = next((project / "models" / "marts").glob("*.sql"))
    model.write_text(model.read_text() + "\n-- edited\n")
    assert project_fingerprint(project) != first


def test_update_selection_follows_the_changed_raw_tables():
    sources = {"news_articles", "news_claims", "fx_rates", "ref_chips"}
    assert update_selection({"news_articles", "news_claims", "inbox_files"}, sources) == [
        "source:raw.news_articles+",
        "source:raw.news_claims+",
    ]
    # only bookkeeping changed: nothing for dbt to rebuild
    assert update_selection({"inbox_files", "news_article_bands"}, sources) == []
    # a change that is not a raw table's (a recovered run) or none known: build everything
    assert update_selection({"news_articles", "recovery"}, sources) is None
    assert update_selection(set(), sources) is None


def test_full_refresh_when_an_incremental_model_reads_a_changed_table_whole():
    def source(name):
        return f"source.ledger.raw.{name}", {"name": name, "source_name": "raw"}

    sources = dict(source(n) for n in ("news_claims", "fx_rates", "ref_companies", "quarantine"))
    manifest = {
        "sources": sources,
        "nodes": {
            "model.ledger.stg_claims": {"config": {"materialized": "view"}},
            "model.ledger.fx_daily": {"config": {"materialized": "table"}},
            "model.ledger.claims": {"config": {"materialized": "incremental"}},
            "model.ledger.errors": {"config": {"materialized": "table"}},
        },
        "parent_map": {
            "model.ledger.stg_claims": ["source.ledger.raw.news_claims"],
            "model.ledger.fx_daily": ["source.ledger.raw.fx_rates"],
            "model.ledger.claims": ["model.ledger.stg_claims", "model.ledger.fx_daily"],
            "model.ledger.errors": ["source.ledger.raw.quarantine"],
        },
    }
    # new claims reach the incremental model by its watermark
    assert not needs_full_refresh({"news_claims", "news_articles"}, manifest)
    # a table it does not read
    assert not needs_full_refresh({"quarantine", "ref_companies"}, manifest)
    # new exchange rates change rows it holds
    assert needs_full_refresh({"news_claims", "fx_rates"}, manifest)


def test_the_dbt_resource_knows_the_dbt_version_without_asking_the_cli():
    import re
    import subprocess

    from orchestration.defs.warehouse_dbt import dbt_resource

    resource = dbt_resource()
    printed = subprocess.check_output([resource.dbt_executable, "--version"], text=True)
    # the version dagster-dbt would have read from `dbt --version`, read in-process instead
    assert str(resource._cli_version) == re.search(r"(\d+\.\d+\.\d+)", printed).group(1)
    # no adapter is opened in the build process: the Ledger reads row counts itself
    assert resource._initialize_dbt_core_adapter([]) is None
