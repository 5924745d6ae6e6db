with

companies as (

    select * from {{ ref('stg_raw__ref_companies') }}

),

aliases as (

    select * from {{ ref('stg_raw__ref_company_aliases') }}

),

alias_lists as (

    select
        company_id,
        {{ string_list_agg('company_alias') }} as aliases
    from aliases
    group by company_id

),

final as (

    select
        companies.company_id,
        companies.company_name,
        companies.company_type,
        companies.country_code,
        companies.ticker,
        companies.wikidata_id,
        companies.parent_company_id,
        parents.company_name as parent_company_name,
        coalesce(alias_lists.aliases, {{ empty_string_list() }}) as aliases,
        companies.source_url
    from companies
    left join companies as parents on companies.parent_company_id = parents.company_id
    left join alias_lists on companies.company_id = alias_lists.company_id

)

select * from final
