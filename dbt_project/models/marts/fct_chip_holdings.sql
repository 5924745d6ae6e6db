-- Company fleets: how many chips of a model a company holds or will hold, from news
-- chip_holding claims ("Meta will have about 350,000 H100 by the end of 2024"). Kept apart
-- from cluster sizes: a fleet includes its clusters, so the two are never added up
-- (compute_vs_valuation takes the larger of the two per company).
with

observations as (

    select * from {{ ref('int_observations') }}
    where
        claim_type = 'chip_holding'
        and status in ('operational', 'planned')

),

companies as (

    select * from {{ ref('stg_raw__ref_companies') }}

),

chips as (

    select * from {{ ref('int_chip_specs') }}

),

articles as (

    select * from {{ ref('stg_raw__news_articles') }}

),

final as (

    select
        observations.observation_id as holding_id,
        observations.company_id,
        coalesce(companies.company_name, observations.entity_name) as company_name,
        observations.company_id is not null as is_known_company,
        observations.observed_on,
        observations.observed_on_precision,
        observations.status,
        coalesce(observations.chip_id, observations.chip_model) as chip_model,
        observations.chip_id is not null as is_known_chip,
        observations.scope,
        cast(observations.fact_value as {{ dbt.type_bigint() }}) as chip_count,
        cast(observations.fact_value_high as {{ dbt.type_bigint() }}) as chip_count_high,
        observations.qualifier,
        observations.fact_value * chips.h100e_per_chip as h100_equivalents,
        'news' as source_kind,
        articles.url as source_ref,
        cast(observations.n_sources as {{ dbt.type_bigint() }}) as n_sources,
        observations.first_seen_on,
        observations.last_seen_on,
        observations.confidence
    from observations
    left join companies on observations.company_id = companies.company_id
    left join chips on observations.chip_id = chips.chip_id
    left join articles on observations.first_article_id = articles.article_id

)

select * from final
