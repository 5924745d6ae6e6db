{#- Date helpers that dbt's cross-database macros do not cover. -#}

{#- One row per calendar day (column calendar_date) from start_column to end_column, both
    columns of a one-row relation. dbt.date_spine needs its bounds at compile time. -#}
{% macro date_series(start_column, end_column, relation) -%}
    {{ return(adapter.dispatch('date_series', 'ledger')(start_column, end_column, relation)) }}
{%- endmacro %}

{% macro default__date_series(start_column, end_column, relation) -%}
    select cast(generate_series({{ start_column }}, {{ end_column }}, interval '1 day') as date)
        as calendar_date
    from {{ relation }}
{%- endmacro %}

{% macro duckdb__date_series(start_column, end_column, relation) -%}
    select
        cast(unnest(generate_series({{ start_column }}, {{ end_column }}, interval 1 day)) as date)
            as calendar_date
    from {{ relation }}
{%- endmacro %}
