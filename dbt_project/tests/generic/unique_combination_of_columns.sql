{#- No two rows share the same values in all of the given columns. -#}
{% test unique_combination_of_columns(model, combination_of_columns) %}

with duplicates as (

    select
        {{ combination_of_columns | join(', ') }},
        count(*) as n_rows
    from {{ model }}
    group by {{ combination_of_columns | join(', ') }}
    having count(*) > 1

)

select * from duplicates

{% endtest %}
