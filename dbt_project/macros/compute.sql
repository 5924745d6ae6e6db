{#- Epoch AI's published estimation methods, in one place.
    Source: https://epoch.ai/data/gpu-clusters-documentation/estimation -#}

{#- H100-equivalents of a number of OP/s (dense 8-bit peak of the H100 SXM = 1 H100e). -#}
{% macro h100_equivalents(ops) -%}
    ({{ ops }}) / {{ var('h100_dense_8bit_ops') }}
{%- endmacro %}

{#- Peak power in MW: chip TDP x chips x server overhead x PUE. -#}
{% macro estimated_power_mw(tdp_w_times_chips, pue) -%}
    ({{ tdp_w_times_chips }}) * {{ var('server_power_overhead') }} * ({{ pue }}) / 1e6
{%- endmacro %}

{#- Relative difference of two positive figures, as a share of the larger one. -#}
{% macro relative_difference(a, b) -%}
    abs(({{ a }}) - ({{ b }})) / nullif(greatest(abs({{ a }}), abs({{ b }})), 0)
{%- endmacro %}

{#- A figure rounded to a whole number (for text such as an assumption's wording). -#}
{% macro whole_number(expression) -%}
    cast(round({{ expression }}) as {{ dbt.type_bigint() }})
{%- endmacro %}
