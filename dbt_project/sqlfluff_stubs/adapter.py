"""``adapter`` for sqlfluff's jinja templater: dispatch picks our duckdb__ / default__ macros.

Only used when linting (see dbt_project/.sqlfluff); dbt itself never imports this file.
"""

from __future__ import annotations

from typing import Any

import jinja2


@jinja2.pass_context
def dispatch(context: jinja2.runtime.Context, macro_name: str, macro_namespace: str = "") -> Any:
    """Return the DuckDB implementation of ``macro_name``, as dbt's adapter.dispatch would."""
    for prefix in ("duckdb__", "default__"):
        macro = context.get(prefix + macro_name)
        if macro is not None:
            return macro
    raise jinja2.UndefinedError(f"no implementation of macro {macro_name!r} to lint with")
