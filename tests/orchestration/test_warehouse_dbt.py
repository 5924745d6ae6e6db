"""The dbt step's fixed cost: the project is parsed only when one of its files changed."""

from __future__ import annotations

import shutil

from orchestration.defs.warehouse_dbt import DBT_PROJECT_DIR, project_fingerprint


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
