{#- Which rows a data test reads (dbt calls this for every test; see dbt's get_where_subquery).

    Tests configured with the placeholder where "__loaded_since_last_build__" (every staging
    test, by dbt_project.yml, and the key tests of the append-only sources) read, on an
    append-only table of var('append_only_sources') or its staging view, only the rows loaded
    after raw.dbt_test_window.since: the Ledger writes the previous build's time there before
    an update, and null before a full build, so an update tests what it added, not the
    history.
    On any other table the placeholder reads every row; any other where is dbt's own. -#}
{% macro default__get_where_subquery(relation) -%}
{%- set where = config.get('where', '') -%}
{%- if where == '__loaded_since_last_build__' -%}
{%- set table = relation.identifier | replace('stg_raw__', '') -%}
{%- set loaded_at = var('append_only_sources').get(table) -%}
{#- a dbt call of its own (dbt build by hand, a test fixture) has no window: every row -#}
{%- set window = none -%}
{%- if execute and loaded_at -%}
{%- set window = adapter.get_relation(relation.database, 'raw', 'dbt_test_window') -%}
{%- endif -%}
{%- if window is none -%}
{%- do return(relation) -%}
{%- endif -%}
{%- set filtered -%}
(
    select * from {{ relation }}
    where {{ loaded_at }} > coalesce(
        (select max(since) from {{ window }}),
        {{ dbt.cast("'1900-01-01'", dbt.type_timestamp()) }}
    )
) dbt_subquery
{%- endset -%}
{%- do return(filtered) -%}
{%- endif -%}
{%- do return(dbt.default__get_where_subquery(relation)) -%}
{%- endmacro %}
