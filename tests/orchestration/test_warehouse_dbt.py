"""The dbt step's fixed cost: the project is parsed only when one of its files changed, and an
update builds only what its changed raw tables feed."""

from __future__ import annotations

import shutil

from orchestration.defs.warehouse_dbt import DBT_PROJECT_DIR, project_fingerprint, update_selection


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
