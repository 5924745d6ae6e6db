-- Epoch AI, 'AI Companies' dataset, https://epoch.ai/data, CC BY 4.0.
with

source as (

    select * from {{ source('raw', 'epoch_funding_rounds') }}

),

renamed as (

    select
        epoch_row,
        trim(company) as company_name,
        trim(round_name) as round_name,
        close_date as closed_on,
        report_date as reported_on,
        lower(trim(round_type)) as round_type,
        lower(trim(status)) as epoch_status,
        equity_usd,
        debt_usd,
        coalesce(
            total_usd,
            case
                when equity_usd is not null or debt_usd is not null
                    then coalesce(equity_usd, 0) + coalesce(debt_usd, 0)
            end
        ) as total_usd,
        pre_money_valuation_usd,
        post_money_valuation_usd,
        nullif(trim(investors), '') as investors,
        lower(trim(confidence)) as confidence,
        coalesce(exclude_from_graph_view, false) as is_excluded_from_graph,
        nullif(trim(source_urls), '') as source_urls
    from source

)

select * from renamed
