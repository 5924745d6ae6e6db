{#- Every non-null value lies within [min_value, max_value] (either bound optional). -#}
{% test accepted_range(model, column_name, min_value=none, max_value=none, inclusive=true) %}
{% set below = 'value ' ~ ('<' if inclusive else '<=') ~ ' ' ~ min_value %}
{% set above = 'value ' ~ ('>' if inclusive else '>=') ~ ' ' ~ max_value %}
{% set out_of_range = [
    below if min_value is not none else none,
    above if max_value is not none else none,
] | reject('none') | list %}

with

checked as (

    select {{ column_name }} as value
    from {{ model }}
    where {{ column_name }} is not null

),

failures as (

    select value
    from checked
    where {{ out_of_range | join(' or ') if out_of_range else 'false' }}

)

select * from failures

{% endtest %}
