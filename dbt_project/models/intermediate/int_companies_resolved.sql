-- Every name a source may use for a company (canonical name, id, aliases in any script),
-- keyed case-insensitively. A name that would mean two companies is left out (not guessed).
with

companies as (

    select * from {{ ref('stg_raw__ref_companies') }}

),

aliases as (

    select * from {{ ref('stg_raw__ref_company_aliases') }}

),

names as (

    select
        company_id,
        {{ name_key('company_name') }} as lookup_key,
        company_name as matched_name,
        'company_name' as match_kind,
        1 as match_priority
    from companies

    union all

    select
        company_id,
        {{ name_key('company_id') }} as lookup_key,
        company_id as matched_name,
        'company_id' as match_kind,
        2 as match_priority
    from companies

    union all

    select
        aliases.company_id,
        aliases.alias_key as lookup_key,
        aliases.company_alias as matched_name,
        'alias' as match_kind,
        3 as match_priority
    from aliases
    inner join companies on aliases.company_id = companies.company_id

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
        min(company_id) as company_id,
        min(matched_name) as matched_name,
        min(match_kind) as match_kind,
        count(distinct company_id) as n_company_ids
    from best_per_key
    where match_priority = best_priority
    group by lookup_key

),

final as (

    select
        lookup_key,
        company_id,
        matched_name,
        match_kind
    from candidates
    where n_company_ids = 1

)

select * from final
