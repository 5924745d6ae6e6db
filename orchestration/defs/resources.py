"""Resources shared by every asset: the DuckDB warehouse and the Ledger settings."""

from __future__ import annotations

from datetime import timedelta

import dagster as dg
from dagster_duckdb import DuckDBResource

from sources.settings import Settings, get_settings

# Every asset that writes to DuckDB runs in this pool; dagster.yaml limits it to one slot so
# parallel runs queue instead of failing on DuckDB's single-writer file lock.
DUCKDB_POOL = "duckdb"
OWNER = "team:ledger"

# Freshness expectations shown in the UI: news is expected hourly when online, so a day
# without new articles is worth a warning and two days a failure; the marts follow the news.
NEWS_FRESHNESS = dg.FreshnessPolicy.time_window(
    warn_window=timedelta(hours=24), fail_window=timedelta(hours=48)
)
MARTS_FRESHNESS = dg.FreshnessPolicy.time_window(
    warn_window=timedelta(hours=26), fail_window=timedelta(hours=50)
)


class LedgerSettings(dg.ConfigurableResource):
    """Online mode and paths, read from the environment (see sources/settings.py)."""

    def get(self) -> Settings:
        return get_settings()


def build_resources(settings: Settings, dbt: dg.ConfigurableResource) -> dict[str, object]:
    """The resources of every definition; ``dbt`` comes from ``warehouse_dbt`` (which imports
    this module, so it is passed in rather than imported here)."""
    return {
        # capped so a large build spills to disk instead of taking most of the machine
        "duckdb": DuckDBResource(
            database=str(settings.duckdb_path),
            connection_config={"memory_limit": settings.duckdb_memory_limit},
        ),
        "ledger": LedgerSettings(),
        "dbt": dbt,
    }
