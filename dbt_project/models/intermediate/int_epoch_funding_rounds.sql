-- Epoch AI, 'AI Companies' dataset (funding rounds), https://epoch.ai/data, CC BY 4.0.
-- Epoch's rounds with the company resolved to the gazetteer and the status in the Ledger's
-- vocabulary: closed; planned (rounds still in discussions); reported (anything else).
-- A round in discussions has no close date: it is dated by its report date.
with

rounds as (

    select * from {{ ref('stg_raw__epoch_funding_rounds') }}

),

company_names as (

    select * from {{ ref('int_companies_resolved') }}

),

final as (

    select
        rounds.epoch_row,
        'epoch-round-' || {{ short_hash(['rounds.company_name', 'rounds.round_name']) }}
            as round_id,
        rounds.round_name,
        company_names.company_id,
        rounds.company_name,
        case
            when rounds.epoch_status = 'closed' then 'closed'
            when
                rounds.epoch_status like '%discussion%'
                or rounds.epoch_status like '%talks%'
                or rounds.epoch_status like '%announced%'
                then 'planned'
            else 'reported'
        end as status,
        rounds.epoch_status,
        coalesce(rounds.closed_on, rounds.reported_on) as announced_on,
        rounds.closed_on,
        rounds.reported_on,
        rounds.round_type,
        rounds.equity_usd,
        rounds.debt_usd,
        rounds.total_usd as amount_usd,
        rounds.pre_money_valuation_usd,
        coalesce(
            rounds.post_money_valuation_usd,
            rounds.pre_money_valuation_usd + rounds.total_usd
        ) as post_money_valuation_usd,
        rounds.investors,
        rounds.confidence,
        rounds.is_double_listed,
        rounds.source_urls
    from rounds
    left join company_names on {{ name_key('rounds.company_name') }} = company_names.lookup_key

)

select * from final
