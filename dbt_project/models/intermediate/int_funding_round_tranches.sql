-- The stages of rounds paid in tranches (seed funding_round_tranches): one row per Epoch AI
-- row of such a round (Epoch AI, 'AI Companies' dataset, https://epoch.ai/data,
-- CC BY 4.0), attached to its round in fct_funding_rounds and never a round of its own.
with

statements as (

    select * from {{ ref('int_funding_round_statements') }}
    where link_kind = 'tranche'

),

epoch_rounds as (

    select * from {{ ref('int_epoch_funding_rounds') }}

),

final as (

    select
        epoch_rounds.round_id as tranche_id,
        statements.round_id,
        epoch_rounds.company_id,
        epoch_rounds.company_name,
        epoch_rounds.round_name as tranche_name,
        epoch_rounds.status,
        epoch_rounds.epoch_status,
        epoch_rounds.announced_on,
        epoch_rounds.closed_on,
        epoch_rounds.reported_on,
        epoch_rounds.amount_usd,
        epoch_rounds.equity_usd,
        epoch_rounds.debt_usd,
        epoch_rounds.post_money_valuation_usd,
        epoch_rounds.investors,
        epoch_rounds.epoch_row,
        epoch_rounds.source_urls
    from statements
    inner join epoch_rounds on statements.epoch_row = epoch_rounds.epoch_row

)

select * from final
