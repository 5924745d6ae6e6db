-- Per chip model and month: how many independent articles stated a figure or fact about the
-- chip (cluster sizes and fleet holdings naming it), how many chips they claimed, and which
-- companies were involved. Chips are counted once per fact, in the month the fact was first
-- reported (int_observations), so a restated figure does not inflate later months.
with

claims as (

    select
        *,
        cast({{ dbt.date_trunc('month', 'published_on') }} as date) as month_start_on
    from {{ ref('int_claims_normalized') }}
    where
        chip_id is not null
        and claim_type in {{ claim_type_list(measure='chips') }}

),

observations as (

    select
        *,
        cast({{ dbt.date_trunc('month', 'first_seen_on') }} as date) as month_start_on
    from {{ ref('int_observations') }}
    where
        chip_id is not null
        and claim_type in {{ claim_type_list(measure='chips') }}

),

companies as (

    select * from {{ ref('stg_raw__ref_companies') }}

),

mentions as (

    select
        chip_id,
        month_start_on,
        count(distinct source_article_id) as n_articles,
        count(*) as n_claims
    from claims
    group by chip_id, month_start_on

),

new_facts as (

    select
        chip_id,
        month_start_on,
        sum(case when status = 'operational' then fact_value else 0 end) as chips_operational,
        sum(case when status = 'planned' then fact_value else 0 end) as chips_planned,
        count(*) as n_new_observations
    from observations
    where status in ('operational', 'planned')
    group by chip_id, month_start_on

),

involved as (

    select distinct
        claims.chip_id,
        claims.month_start_on,
        companies.company_name
    from claims
    inner join companies on claims.owner_company_id = companies.company_id

),

company_lists as (

    select
        chip_id,
        month_start_on,
        count(*) as n_companies,
        {{ string_list_agg('company_name') }} as companies
    from involved
    group by chip_id, month_start_on

),

final as (

    select
        mentions.chip_id,
        mentions.month_start_on,
        cast(mentions.n_articles as {{ dbt.type_bigint() }}) as n_articles,
        cast(mentions.n_claims as {{ dbt.type_bigint() }}) as n_claims,
        cast(coalesce(new_facts.chips_operational, 0) as {{ dbt.type_bigint() }})
            as chips_operational,
        cast(coalesce(new_facts.chips_planned, 0) as {{ dbt.type_bigint() }}) as chips_planned,
        cast(coalesce(new_facts.n_new_observations, 0) as {{ dbt.type_bigint() }})
            as n_new_observations,
        cast(coalesce(company_lists.n_companies, 0) as {{ dbt.type_bigint() }}) as n_companies,
        coalesce(company_lists.companies, {{ empty_string_list() }}) as companies
    from mentions
    left join new_facts
        on
            mentions.chip_id = new_facts.chip_id
            and mentions.month_start_on = new_facts.month_start_on
    left join company_lists
        on
            mentions.chip_id = company_lists.chip_id
            and mentions.month_start_on = company_lists.month_start_on

)

select * from final
