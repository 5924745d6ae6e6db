-- Funding rounds of AI companies, from Epoch AI (Epoch AI, 'GPU Clusters' / 'AI Companies' /
-- 'ML Hardware' / 'Frontier Data Centers' datasets, https://epoch.ai/data, CC BY 4.0) and news,
-- one row per round and status (built in int_funding_rounds).
with

rounds as (

    select * from {{ ref('int_funding_rounds') }}

),

final as (

    select
        round_id,
        company_id,
        company_name,
        is_known_company,
        announced_on,
        status,
        round_name,
        amount_usd,
        currency,
        amount_native,
        equity_usd,
        debt_usd,
        post_money_valuation_usd,
        investors,
        source_kind,
        source_ref,
        epoch_row,
        n_sources,
        confidence
    from rounds

)

select * from final
