"""The Ledger's Dagster definitions, assembled in one place.

Loaded by ``dg dev`` / ``dagster`` (``[tool.dg.project] root_module = "orchestration"``) and by
``ledger build``. The dbt manifest is prepared lazily, inside the definitions function, never at
import time of the asset modules.
"""

from __future__ import annotations

import warnings

import dagster as dg

from sources.settings import get_settings


@dg.definitions
def defs() -> dg.Definitions:
    from orchestration.defs import automation, checks, news, reference, warehouse_dbt
    from orchestration.defs.resources import build_resources

    settings = get_settings()
    settings.export_env()
    dbt = warehouse_dbt.build_dbt_assets()
    assets = [
        *reference.reference_assets,
        reference.quarantine_asset,
        *news.news_assets,
        dbt,
    ]
    with warnings.catch_warnings():
        # the UI's links from an asset to its code are a beta API of Dagster; it warns once per
        # asset, which buried the first lines of every `ledger build` under the same warning
        warnings.simplefilter("ignore", dg.BetaWarning)
        assets = dg.with_source_code_references(assets)
    return dg.Definitions(
        assets=assets,
        asset_checks=checks.raw_checks,
        jobs=automation.jobs(),
        schedules=automation.schedules(settings),
        sensors=automation.sensors(settings),
        resources=build_resources(settings, warehouse_dbt.dbt_resource()),
    )
