{#- Aggregates whose spelling differs by engine. -#}

{#- A sorted list of the distinct non-null values (null when there are none). -#}
{% macro string_list_agg(expr) -%}
    {{ return(adapter.dispatch('string_list_agg', 'ledger')(expr)) }}
{%- endmacro %}

{% macro default__string_list_agg(expr) -%}
    array_agg(distinct {{ expr }}) within group (order by {{ expr }})
{%- endmacro %}

{% macro duckdb__string_list_agg(expr) -%}
    list(distinct {{ expr }} order by {{ expr }}) filter (where {{ expr }} is not null)
{%- endmacro %}


{#- The median of a numeric expression (the lower middle value for even counts). -#}
{% macro median_value(expr) -%}
    {{ return(adapter.dispatch('median_value', 'ledger')(expr)) }}
{%- endmacro %}

{% macro default__median_value(expr) -%}
    percentile_disc(0.5) within group (order by {{ expr }})
{%- endmacro %}

{% macro duckdb__median_value(expr) -%}
    quantile_disc({{ expr }}, 0.5)
{%- endmacro %}


{#- The value of expr on the group's first row by order_by (a list of columns, ascending,
    nulls last), null when that row's value is null. One hash aggregate: cheaper than a
    row_number() window, which sorts every row with all its columns, when only one value of
    each group is wanted. -#}
{% macro first_by(expr, order_by) -%}
    {{ return(adapter.dispatch('first_by', 'ledger')(expr, order_by)) }}
{%- endmacro %}

{% macro default__first_by(expr, order_by) -%}
    (array_agg({{ expr }} order by {{ order_by | join(', ') }}))[1]
{%- endmacro %}

{% macro duckdb__first_by(expr, order_by) -%}
    arg_min_null({{ expr }}, row({{ order_by | join(', ') }}))
{%- endmacro %}
