{#- Lookup keys and ids built from names. -#}

{#- Case- and space-insensitive key used to join names to the gazetteers. -#}
{% macro name_key(expr) -%}
    lower(trim({{ regex_replace_all(expr, "'\\s+'", "' '") }}))
{%- endmacro %}

{#- A readable id: lowercase ascii letters and digits joined by underscores. -#}
{% macro slugify(expr) -%}
    {{ regex_replace_all(
        regex_replace_all('lower(' ~ expr ~ ')', "'[^a-z0-9]+'", "'_'"), "'^_+|_+$'", "''"
    ) }}
{%- endmacro %}

{#- A short stable hash id of several expressions (nulls hashed as empty strings). -#}
{% macro short_hash(expressions, length=16) -%}
    {%- set parts = [] -%}
    {%- for expression in expressions -%}
        {%- do parts.append("coalesce(" ~ dbt.cast(expression, dbt.type_string()) ~ ", '')") -%}
        {%- if not loop.last -%}{%- do parts.append("'|'") -%}{%- endif -%}
    {%- endfor -%}
    {{ dbt.right(dbt.hash(dbt.concat(parts)), length) }}
{%- endmacro %}
