-- Stages of funding rounds paid in tranches (Epoch AI, 'AI Companies' dataset,
-- https://epoch.ai/data, CC BY 4.0), each attached to its round in fct_funding_rounds.
with

tranches as (

    select * from {{ ref('int_funding_round_tranches') }}

),

final as (

    select
        tranche_id,
        round_id,
        company_id,
        company_name,
        tranche_name,
        status,
        epoch_status,
        announced_on,
        closed_on,
        reported_on,
        amount_usd,
        equity_usd,
        debt_usd,
        post_money_valuation_usd,
        investors,
        epoch_row,
        source_urls
    from tranches

)

select * from final
