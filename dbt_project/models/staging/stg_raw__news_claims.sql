with

source as (

    select * from {{ source('raw', 'news_claims') }}

),

renamed as (

    select
        claim_id,
        article_id,
        lower(trim(type)) as claim_type,
        nullif(trim(subject), '') as subject_name,
        nullif(trim(owner), '') as owner_name,
        nullif(trim(chip_model), '') as chip_model,
        coalesce(lower(trim(scope)), 'total') as scope,
        quantity,
        quantity_high,
        coalesce(lower(trim(qualifier)), 'exact') as qualifier,
        amount,
        amount_high,
        upper(nullif(trim(currency), '')) as currency_code,
        amount_usd as stated_amount_usd,
        valuation as valuation_amount,
        upper(nullif(trim(valuation_currency), '')) as valuation_currency_code,
        valuation_usd as stated_valuation_usd,
        coalesce(lower(trim(valuation_basis)), 'unspecified') as valuation_basis,
        lower(trim(status)) as status,
        nullif(trim(as_of), '') as as_of,
        evidence,
        start as evidence_start,
        "end" as evidence_end,
        lower(trim(language)) as language_code,
        confidence,
        rule as rule_id,
        extractor_version,
        extracted_at
    from source

),

typed as (

    select
        *,
        case
            when {{ regex_matches('as_of', "'^[0-9]{4}-[0-9]{2}-[0-9]{2}$'") }} then 'day'
            when {{ regex_matches('as_of', "'^[0-9]{4}-[0-9]{2}$'") }} then 'month'
            when {{ regex_matches('as_of', "'^[0-9]{4}$'") }} then 'year'
        end as as_of_precision
    from renamed

),

final as (

    select
        claim_id,
        article_id,
        claim_type,
        subject_name,
        owner_name,
        chip_model,
        scope,
        quantity,
        quantity_high,
        qualifier,
        amount,
        amount_high,
        currency_code,
        stated_amount_usd,
        valuation_amount,
        valuation_currency_code,
        stated_valuation_usd,
        valuation_basis,
        status,
        as_of,
        as_of_precision,
        -- The first day of the period as_of names (2024-09 -> 2024-09-01).
        case as_of_precision
            when 'day' then {{ dbt.safe_cast('as_of', 'date') }}
            when 'month' then {{ dbt.safe_cast(dbt.concat(['as_of', "'-01'"]), 'date') }}
            when 'year' then {{ dbt.safe_cast(dbt.concat(['as_of', "'-01-01'"]), 'date') }}
        end as as_of_period_start_on,
        evidence,
        evidence_start,
        evidence_end,
        language_code,
        confidence,
        rule_id,
        extractor_version,
        extracted_at
    from typed

)

select * from final
