"""The README's SQL runs: every ```sql block is executed against a built warehouse."""

from __future__ import annotations

import re
from pathlib import Path

import duckdb
import pytest

from orchestration.cli import split_statements

README = Path(__file__).resolve().parents[2] / "README.md"
pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("warehouse")]


def readme_statements() -> list[str]:
    blocks = re.findall(r"```sql\n(.*?)```", README.read_text(encoding="utf-8"), re.S)
    return [statement for block in blocks for statement in split_statements(block)]


def test_readme_has_ten_questions():
    section = README.read_text(encoding="utf-8").split("## Ask the Ledger", 1)[1]
    assert len(re.findall(r"^### \d+\. ", section, re.M)) >= 10


@pytest.mark.parametrize("statement", readme_statements())
def test_readme_sql_runs(built_home, statement):
    home, _ = built_home
    with duckdb.connect(str(home.duckdb_path), read_only=True) as conn:
        rows = conn.execute(statement).fetchall()
    assert rows, f"no rows for README query:\n{statement}"
