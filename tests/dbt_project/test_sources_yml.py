"""dbt_project/models/staging/_raw__sources.yml documents exactly the declared raw tables."""

from __future__ import annotations

import yaml

from sources.schemas import RAW_TABLES
from sources.settings import PROJECT_ROOT

SOURCES_YML = PROJECT_ROOT / "dbt_project" / "models" / "staging" / "_raw__sources.yml"
STAGING_DIR = SOURCES_YML.parent


def _raw_source() -> dict:
    (source,) = yaml.safe_load(SOURCES_YML.read_text())["sources"]
    return source


def test_every_raw_table_and_column_is_documented_in_schema_order():
    source = _raw_source()
    assert source["name"] == "raw"
    documented = {t["name"]: t for t in source["tables"]}
    assert set(documented) == set(RAW_TABLES)
    for name, schema in RAW_TABLES.items():
        table = documented[name]
        assert table["description"].strip(), name
        columns = [c["name"] for c in table["columns"]]
        assert columns == schema.names(), name
        assert all(c.get("description", "").strip() for c in table["columns"]), name


def test_epoch_tables_carry_the_attribution():
    attribution = (
        "Epoch AI, 'GPU Clusters' / 'AI Companies' / 'ML Hardware' / 'Frontier Data Centers' "
        "datasets, https://epoch.ai/data, CC BY 4.0"
    )
    for table in _raw_source()["tables"]:
        if table["name"].startswith("epoch_"):
            assert attribution in " ".join(table["description"].split())


def test_every_raw_table_has_one_staging_model():
    for name in RAW_TABLES:
        assert (STAGING_DIR / f"stg_raw__{name}.sql").is_file(), name
