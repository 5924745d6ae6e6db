{#- The body of a *_resolved model: every name a source may use for an entity, keyed
    case-insensitively (name_key). The entity's own name columns come first, in the order
    given, then its aliases (their alias_key); a key resolves through its best-priority match,
    and a key that would mean two entities at that priority is left out (not guessed).
    Columns: lookup_key, <entity_id>, matched_name, match_kind (the name column or 'alias'). -#}
{% macro name_lookup(entities, aliases, entity_id, name_columns, alias_column) -%}
with

entities as (

    select * from {{ entities }}

),

aliases as (

    select * from {{ aliases }}

),

names as (

    {% for name_column in name_columns -%}
    select
        {{ entity_id }},
        {{ name_key(name_column) }} as lookup_key,
        {{ name_column }} as matched_name,
        '{{ name_column }}' as match_kind,
        {{ loop.index }} as match_priority
    from entities

    union all

    {% endfor -%}
    select
        aliases.{{ entity_id }},
        aliases.alias_key as lookup_key,
        aliases.{{ alias_column }} as matched_name,
        'alias' as match_kind,
        {{ name_columns | length + 1 }} as match_priority
    from aliases
    inner join entities on aliases.{{ entity_id }} = entities.{{ entity_id }}

),

best_per_key as (

    select
        *,
        min(match_priority) over (partition by lookup_key) as best_priority
    from names

),

candidates as (

    select
        lookup_key,
        min({{ entity_id }}) as {{ entity_id }},
        min(matched_name) as matched_name,
        min(match_kind) as match_kind,
        count(distinct {{ entity_id }}) as n_entities
    from best_per_key
    where match_priority = best_priority
    group by lookup_key

),

final as (

    select
        lookup_key,
        {{ entity_id }},
        matched_name,
        match_kind
    from candidates
    where n_entities = 1

)

select * from final
{%- endmacro %}
