-- The rows of fct_funding_rounds (kept here so valuations can build on them).
-- Funding rounds of AI companies from Epoch AI's AI Companies data (Epoch AI, 'GPU Clusters' /
-- 'AI Companies' / 'ML Hardware' / 'Frontier Data Centers' datasets, https://epoch.ai/data,
-- CC BY 4.0) and from news. A news round is the same round as an Epoch round when the company
-- and status agree, the dates are within var('round_match_window_days') days and the amounts
-- within var('money_tolerance') (int_reconciliation): it then adds its sources to the Epoch
-- row (source_kind both); otherwise it is a row of its own. Status is part of a round's
-- identity: a planned round and the round that later closed are separate rows, so sum
-- amount_usd over closed rounds only.
with

round_sources as (

    select * from {{ ref('int_funding_round_sources') }}

),

epoch_rounds as (

    select * from {{ ref('int_epoch_funding_rounds') }}
    where not is_double_listed

),

observations as (

    select * from {{ ref('int_observations') }}
    where claim_type = 'funding_round'

),

observation_claims as (

    select * from {{ ref('int_observation_claims') }}

),

companies as (

    select * from {{ ref('stg_raw__ref_companies') }}

),

articles as (

    select * from {{ ref('stg_raw__news_articles') }}

),

news_support as (

    select
        round_sources.round_id,
        count(distinct observation_claims.source_article_id) as n_news_sources,
        max(observations.valuation_usd) as news_valuation_usd
    from round_sources
    inner join observations on round_sources.news_observation_id = observations.observation_id
    inner join observation_claims
        on round_sources.news_observation_id = observation_claims.observation_id
    group by round_sources.round_id

),

epoch_rows as (

    select
        epoch_rounds.round_id,
        epoch_rounds.company_id,
        epoch_rounds.company_name,
        epoch_rounds.announced_on,
        epoch_rounds.status,
        epoch_rounds.round_name,
        epoch_rounds.amount_usd,
        'USD' as currency,
        epoch_rounds.amount_usd as amount_native,
        epoch_rounds.equity_usd,
        epoch_rounds.debt_usd,
        coalesce(
            epoch_rounds.post_money_valuation_usd, news_support.news_valuation_usd
        ) as post_money_valuation_usd,
        epoch_rounds.investors,
        'Epoch AI AI Companies: ' || epoch_rounds.company_name || ', ' || epoch_rounds.round_name
            as source_ref,
        epoch_rounds.epoch_row,
        true as is_from_epoch,
        case epoch_rounds.confidence
            when 'confident' then 'high'
            when 'likely' then 'medium'
            else 'low'
        end as confidence
    from epoch_rounds
    left join news_support on epoch_rounds.round_id = news_support.round_id

),

news_rows as (

    select
        observations.observation_id as round_id,
        observations.company_id,
        observations.entity_name as company_name,
        observations.observed_on as announced_on,
        observations.status,
        cast(null as {{ dbt.type_string() }}) as round_name,
        observations.fact_value as amount_usd,
        coalesce(observations.currency_code, 'USD') as currency,
        coalesce(observations.amount_native, observations.fact_value) as amount_native,
        cast(null as {{ type_double() }}) as equity_usd,
        cast(null as {{ type_double() }}) as debt_usd,
        case
            when observations.valuation_basis = 'pre'
                then observations.valuation_usd + observations.fact_value
            else observations.valuation_usd
        end as post_money_valuation_usd,
        cast(null as {{ dbt.type_string() }}) as investors,
        articles.url as source_ref,
        cast(null as {{ dbt.type_bigint() }}) as epoch_row,
        false as is_from_epoch,
        observations.confidence
    from round_sources
    inner join observations on round_sources.round_id = observations.observation_id
    left join articles on observations.first_article_id = articles.article_id

),

unioned as (

    select * from epoch_rows
    union all
    select * from news_rows

),

final as (

    select
        unioned.round_id,
        unioned.company_id,
        coalesce(companies.company_name, unioned.company_name) as company_name,
        unioned.company_id is not null as is_known_company,
        unioned.announced_on,
        unioned.status,
        unioned.round_name,
        unioned.amount_usd,
        unioned.currency,
        unioned.amount_native,
        unioned.equity_usd,
        unioned.debt_usd,
        unioned.post_money_valuation_usd,
        unioned.investors,
        {{ source_kind_of('unioned.is_from_epoch', 'news_support.n_news_sources') }}
            as source_kind,
        unioned.source_ref,
        unioned.epoch_row,
        {{ n_sources_of('unioned.is_from_epoch', 'news_support.n_news_sources') }} as n_sources,
        unioned.confidence
    from unioned
    left join companies on unioned.company_id = companies.company_id
    left join news_support on unioned.round_id = news_support.round_id

)

select * from final
