{#- The claim vocabulary of sources/registry.py, kept in the var claim_types. -#}

{#- The claim types, in var order, optionally only those with a given subject (cluster or
    company), measure(s) (chips, days, mw, money) or kind of number (quantity=true: the
    number is in quantity; false: a money amount). -#}
{% macro claim_types(subject=none, measure=none, quantity=none) -%}
    {%- set types = var('claim_types') -%}
    {%- if types is not mapping -%}
        {#- sqlfluff's jinja templater (lint only) renders var() as a placeholder string -#}
        {{ return(['claim_type']) }}
    {%- endif -%}
    {%- set measures = [measure] if measure is string else measure -%}
    {%- set names = [] -%}
    {%- for name in types -%}
        {%- set props = types[name] -%}
        {%- if (subject is none or props.subject == subject)
            and (measures is none or props.measure in measures)
            and (quantity is none or (props.measure != 'money') == quantity) -%}
            {%- do names.append(name) -%}
        {%- endif -%}
    {%- endfor -%}
    {{ return(names) }}
{%- endmacro %}

{#- Those claim types as a SQL list of literals: claim_type in {{ claim_type_list(...) }}. -#}
{% macro claim_type_list(subject=none, measure=none, quantity=none) -%}
    ({%- for name in claim_types(subject, measure, quantity) -%}
        '{{ name }}'{% if not loop.last %}, {% endif %}
    {%- endfor -%})
{%- endmacro %}
