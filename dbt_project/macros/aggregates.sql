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
