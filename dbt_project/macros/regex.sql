{#- Regular expressions differ by engine; models call these and never the engine's functions. -#}

{% macro regex_matches(string, pattern) -%}
    {{ return(adapter.dispatch('regex_matches', 'ledger')(string, pattern)) }}
{%- endmacro %}

{% macro default__regex_matches(string, pattern) -%}
    regexp_like({{ string }}, {{ pattern }})
{%- endmacro %}

{% macro duckdb__regex_matches(string, pattern) -%}
    regexp_matches({{ string }}, {{ pattern }})
{%- endmacro %}

{% macro postgres__regex_matches(string, pattern) -%}
    ({{ string }} ~ {{ pattern }})
{%- endmacro %}


{% macro regex_extract(string, pattern, group=0) -%}
    {{ return(adapter.dispatch('regex_extract', 'ledger')(string, pattern, group)) }}
{%- endmacro %}

{% macro default__regex_extract(string, pattern, group) -%}
    regexp_substr({{ string }}, {{ pattern }}, 1, 1, 'e', {{ group }})
{%- endmacro %}

{% macro duckdb__regex_extract(string, pattern, group) -%}
    nullif(regexp_extract({{ string }}, {{ pattern }}, {{ group }}), '')
{%- endmacro %}


{% macro regex_replace_all(string, pattern, replacement) -%}
    {{ return(adapter.dispatch('regex_replace_all', 'ledger')(string, pattern, replacement)) }}
{%- endmacro %}

{% macro default__regex_replace_all(string, pattern, replacement) -%}
    regexp_replace({{ string }}, {{ pattern }}, {{ replacement }})
{%- endmacro %}

{% macro duckdb__regex_replace_all(string, pattern, replacement) -%}
    regexp_replace({{ string }}, {{ pattern }}, {{ replacement }}, 'g')
{%- endmacro %}
