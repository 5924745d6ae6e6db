-- Funding rounds of AI companies, one row per round (event), from Epoch AI (Epoch AI,
-- 'AI Companies' dataset, https://epoch.ai/data, CC BY 4.0) and news: every source's
-- statement about the same round is merged into it (int_funding_round_statements), dated
-- with its precision; stages of a round are in fct_funding_round_tranches.
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
        date_precision,
        status,
        round_kind,
        round_name,
        series,
        amount_usd,
        announced_amount_usd,
        currency,
        amount_native,
        equity_usd,
        debt_usd,
        post_money_valuation_usd,
        pre_money_valuation_usd,
        unspecified_valuation_usd,
        became_round_id,
        n_tranches,
        investors,
        source_kind,
        source_ref,
        epoch_row,
        n_sources,
        confidence
    from rounds

)

select * from final
