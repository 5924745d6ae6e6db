-- Valuations of AI companies: the post-money valuation of every funding round (Epoch AI,
-- 'GPU Clusters' / 'AI Companies' / 'ML Hardware' / 'Frontier Data Centers' datasets,
-- https://epoch.ai/data, CC BY 4.0, and news) and valuations stated alone in news, the same
-- valuation counted once (int_valuation_sources).
with

valuation_sources as (

    select * from {{ ref('int_valuation_sources') }}

),

rounds as (

    select * from {{ ref('int_funding_rounds') }}

),

observations as (

    select * from {{ ref('int_observations') }}

),

observation_claims as (

    select * from {{ ref('int_observation_claims') }}

),

companies as (

    select * from {{ ref('stg_raw__ref_companies') }}

),

support as (

    select
        valuation_sources.valuation_id,
        max(case when valuation_sources.source_kind = 'epoch' then 1 else 0 end) = 1
            as has_epoch,
        count(distinct observation_claims.source_article_id) as n_news_sources
    from valuation_sources
    left join observation_claims
        on valuation_sources.news_observation_id = observation_claims.observation_id
    group by valuation_sources.valuation_id

),

round_valuations as (

    select distinct
        valuation_sources.valuation_id,
        rounds.round_id,
        rounds.company_id,
        rounds.company_name,
        rounds.announced_on as valued_on,
        rounds.post_money_valuation_usd as valuation_usd,
        'post' as basis,
        rounds.status
    from valuation_sources
    inner join rounds on valuation_sources.round_id = rounds.round_id

),

standalone_valuations as (

    select
        valuation_sources.valuation_id,
        cast(null as {{ dbt.type_string() }}) as round_id,
        observations.company_id,
        observations.entity_name as company_name,
        observations.observed_on as valued_on,
        observations.fact_value as valuation_usd,
        observations.valuation_basis as basis,
        observations.status
    from valuation_sources
    inner join observations on valuation_sources.news_observation_id = observations.observation_id
    where valuation_sources.round_id is null

),

unioned as (

    select * from round_valuations
    union all
    select * from standalone_valuations

),

final as (

    select
        unioned.valuation_id,
        unioned.company_id,
        coalesce(companies.company_name, unioned.company_name) as company_name,
        unioned.company_id is not null as is_known_company,
        unioned.valued_on,
        unioned.valuation_usd,
        unioned.basis,
        unioned.status,
        unioned.round_id,
        {{ source_kind_of('support.has_epoch', 'support.n_news_sources') }} as source_kind,
        {{ n_sources_of('support.has_epoch', 'support.n_news_sources') }} as n_sources
    from unioned
    inner join support on unioned.valuation_id = support.valuation_id
    left join companies on unioned.company_id = companies.company_id

)

select * from final
