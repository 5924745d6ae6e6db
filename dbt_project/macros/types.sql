{#- Types for casts and contracts that dbt's cross-database macros do not cover. -#}

{#- An 8-byte float on every engine (dbt.type_float() is 4 bytes on DuckDB). -#}
{% macro type_double() -%}
    {{ return(adapter.dispatch('type_double', 'ledger')()) }}
{%- endmacro %}

{% macro default__type_double() -%}double precision{%- endmacro %}


{#- A list of strings (string_list_agg's result). -#}
{% macro type_string_list() -%}
    {{ return(adapter.dispatch('type_string_list', 'ledger')()) }}
{%- endmacro %}

{% macro default__type_string_list() -%}array{%- endmacro %}

{% macro duckdb__type_string_list() -%}varchar[]{%- endmacro %}


{#- An empty list of strings, for rows without any element. -#}
{% macro empty_string_list() -%}
    {{ return(adapter.dispatch('empty_string_list', 'ledger')()) }}
{%- endmacro %}

{% macro default__empty_string_list() -%}array_construct(){%- endmacro %}

{% macro duckdb__empty_string_list() -%}cast([] as varchar[]){%- endmacro %}
