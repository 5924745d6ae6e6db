"""dbt's cross-database macros for sqlfluff's jinja templater, rendering DuckDB SQL.

Only used when linting (see dbt_project/.sqlfluff): the jinja templater has no dbt, so the
few ``dbt.*`` macros the models call are stubbed here with the SQL dbt-duckdb generates.
"""

from __future__ import annotations

from typing import Any


def cast(field: Any, data_type: Any) -> str:
    return f"cast({field} as {data_type})"


def safe_cast(field: Any, data_type: Any) -> str:
    return f"try_cast({field} as {data_type})"


def concat(fields: list[Any]) -> str:
    return " || ".join(str(f) for f in fields)


def hash(field: Any) -> str:  # shadows the builtin on purpose: dbt.hash
    return f"md5(cast({field} as varchar))"


def right(string_text: Any, length_expression: Any) -> str:
    return f"right({string_text}, {length_expression})"


def dateadd(datepart: Any, interval: Any, from_date_or_timestamp: Any) -> str:
    return f"date_add({from_date_or_timestamp}, interval ({interval}) {datepart})"


def datediff(first_date: Any, second_date: Any, datepart: Any) -> str:
    return f"date_diff('{datepart}', {first_date}, {second_date})"


def date_trunc(datepart: Any, date: Any) -> str:
    return f"date_trunc('{datepart}', {date})"


def listagg(
    measure: Any, delimiter_text: Any = "','", order_by_clause: Any = None, limit_num: Any = None
) -> str:
    order_by = f" {order_by_clause}" if order_by_clause else ""
    return f"string_agg({measure}, {delimiter_text}{order_by})"


def type_string() -> str:
    return "varchar"


def type_int() -> str:
    return "integer"


def type_bigint() -> str:
    return "bigint"


def type_float() -> str:
    return "float"


def type_timestamp() -> str:
    return "timestamp"


def split_part(string_text: Any, delimiter_text: Any, part_number: Any) -> str:
    return f"split_part({string_text}, {delimiter_text}, {part_number})"
