"""Resources shared by every asset: the DuckDB warehouse and the Ledger settings."""

from __future__ import annotations

import dagster as dg
from dagster_duckdb import DuckDBResource

from sources.settings import Settings, get_settings

# Every asset that writes to DuckDB runs in this pool; dagster.yaml limits it to one slot so
# parallel runs queue instead of failing on DuckDB's single-writer file lock.
DUCKDB_POOL = "duckdb"
OWNER = "team:ledger"


class LedgerSettings(dg.ConfigurableResource):
    """Online mode and paths, read from the environment (see sources/settings.py)."""

    def get(self) -> Settings:
        return get_settings()


def build_resources(settings: Settings) -> dict[str, object]:
    from orchestration.defs.warehouse_dbt import dbt_resource

    return {
        "duckdb": DuckDBResource(database=str(settings.duckdb_path)),
        "ledger": LedgerSettings(),
        "dbt": dbt_resource(),
    }
