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

{#- The date the ledger judges plans against: var('as_of_date') when set (YYYY-MM-DD, for
    reproducible answers), else the day of the build. -#}
{% macro as_of_date() -%}
    {%- if var('as_of_date', none) -%}
        cast('{{ var("as_of_date") }}' as date)
    {%- else -%}
        current_date
    {%- endif -%}
{%- endmacro %}

{#- The last day of the period that starts on start_on with a precision of day, month,
    quarter, half or year (a date without precision is read as a day). -#}
{% macro period_end_on(start_on, precision) -%}
    cast(case {{ precision }}
        when 'year' then {{ dbt.dateadd('day', -1, dbt.dateadd('month', 12, start_on)) }}
        when 'half' then {{ dbt.dateadd('day', -1, dbt.dateadd('month', 6, start_on)) }}
        when 'quarter' then {{ dbt.dateadd('day', -1, dbt.dateadd('month', 3, start_on)) }}
        when 'month' then {{ dbt.dateadd('day', -1, dbt.dateadd('month', 1, start_on)) }}
        else {{ start_on }}
    end as date)
{%- endmacro %}
