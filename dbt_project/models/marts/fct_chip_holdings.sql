-- Company fleets: how many chips of a model a company holds or will hold, from news
-- chip_holding claims ("Meta will have about 350,000 H100 by the end of 2024"). Kept apart
-- from cluster sizes: a fleet includes its clusters, so the two are never added up
-- (compute_vs_valuation takes the larger of the two per company). A statement without a chip
-- model ("250,000 GPUs") is kept: its H100e is estimated from the chip generation expected at
-- its date (seeds/expected_chip_generation.csv, h100e_method chip_generation). A plan whose
-- period ended before as_of_date() with no later statement of the company's fleet is overdue.
{% set target_end = period_end_on(
    'observations.observed_on', 'observations.observed_on_precision'
) %}

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

generations as (

    select
        generation.from_year,
        lead(generation.from_year) over (order by generation.from_year) - 1 as to_year,
        generation.from_year = min(generation.from_year) over () as is_first,
        generation.chip_id,
        chips.h100e_per_chip
    from {{ ref('expected_chip_generation') }} as generation
    inner join chips on generation.chip_id = chips.chip_id

),

latest_statements as (

    select
        company_id,
        max(coalesce(last_seen_on, observed_on)) as last_stated_on
    from observations
    where company_id is not null
    group by company_id

),

final as (

    select
        observations.observation_id as holding_id,
        observations.company_id,
        coalesce(companies.company_name, observations.entity_name) as company_name,
        observations.company_id is not null as is_known_company,
        observations.observed_on,
        observations.observed_on_precision,
        case
            when
                observations.status = 'planned'
                and {{ target_end }} < {{ as_of_date() }}
                and coalesce(latest_statements.last_stated_on <= {{ target_end }}, true)
                then 'overdue'
            else observations.status
        end as status,
        coalesce(observations.chip_id, observations.chip_model) as chip_model,
        observations.chip_id is not null as is_known_chip,
        observations.scope,
        cast(observations.fact_value as {{ dbt.type_bigint() }}) as chip_count,
        cast(observations.fact_value_high as {{ dbt.type_bigint() }}) as chip_count_high,
        observations.qualifier,
        coalesce(
            observations.fact_value * chips.h100e_per_chip,
            case
                when observations.chip_id is null
                    then observations.fact_value * generations.h100e_per_chip
            end
        ) as h100_equivalents,
        case
            when chips.h100e_per_chip is not null then 'chips'
            when observations.chip_id is null and generations.h100e_per_chip is not null
                then 'chip_generation'
        end as h100e_method,
        case
            when chips.h100e_per_chip is null and observations.chip_id is null
                then generations.chip_id
        end as h100e_assumed_chip_id,
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
    left join latest_statements on observations.company_id = latest_statements.company_id
    left join generations
        on
            extract(year from observations.observed_on)
            between generations.from_year and coalesce(generations.to_year, 9999)
            or (
                extract(year from observations.observed_on) < generations.from_year
                and generations.is_first
            )

)

select * from final
