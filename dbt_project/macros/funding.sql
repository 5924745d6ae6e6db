{#- Funding-round helpers shared by the Epoch rows and the news claims. -#}

{#- The series a text names ("Series B", "série F", "シリーズC", "B轮", "seed"): an upper-case
    letter A-H or SEED, else null. Two statements naming different series are two rounds. -#}
{% macro round_series(text) -%}
    upper(coalesce(
        {{ regex_extract(
            text,
            "'(?i)(?:^|[^a-z])(?:series|serie|série|seri|серии|серия)[ -]+([a-h])(?:[^a-z]|$)'",
            1
        ) }},
        {{ regex_extract(text, "'シリーズ\\s*([A-H])'", 1) }},
        {{ regex_extract(text, "'([A-H])\\s*[轮輪]'", 1) }},
        {{ regex_extract(text, "'(?i)(?:^|[^a-z])(seed|semilla|semente)(?:[^a-z]|$)'", 1) }},
        case when {{ regex_matches(text, "'種子輪|种子轮|シード'") }} then 'seed' end
    ))
{%- endmacro %}

{#- The last day of the period a date and its precision name (day, month or year). -#}
{% macro period_end(start_on, precision) -%}
    cast(case {{ precision }}
        when 'year' then {{ dbt.dateadd('day', -1, dbt.dateadd('year', 1, start_on)) }}
        when 'month' then {{ dbt.dateadd('day', -1, dbt.dateadd('month', 1, start_on)) }}
        else {{ start_on }}
    end as date)
{%- endmacro %}
