-- Every name a source may use for a chip (id, display name, aliases, Epoch's chip types),
-- keyed case-insensitively. A name that would mean two chips is left out (not guessed).
with

chips as (

    select * from {{ ref('stg_raw__ref_chips') }}

),

aliases as (

    select * from {{ ref('stg_raw__ref_chip_aliases') }}

),

names as (

    select
        chip_id,
        {{ name_key('chip_id') }} as lookup_key,
        chip_id as matched_name,
        'chip_id' as match_kind,
        1 as match_priority
    from chips

    union all

    select
        chip_id,
        {{ name_key('chip_name') }} as lookup_key,
        chip_name as matched_name,
        'chip_name' as match_kind,
        2 as match_priority
    from chips

    union all

    select
        aliases.chip_id,
        aliases.alias_key as lookup_key,
        aliases.chip_alias as matched_name,
        'alias' as match_kind,
        3 as match_priority
    from aliases
    inner join chips on aliases.chip_id = chips.chip_id

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
        min(chip_id) as chip_id,
        min(matched_name) as matched_name,
        min(match_kind) as match_kind,
        count(distinct chip_id) as n_chip_ids
    from best_per_key
    where match_priority = best_priority
    group by lookup_key

),

final as (

    select
        lookup_key,
        chip_id,
        matched_name,
        match_kind
    from candidates
    where n_chip_ids = 1

)

select * from final
