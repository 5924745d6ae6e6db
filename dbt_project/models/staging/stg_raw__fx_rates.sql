with

source as (

    select * from {{ source('raw', 'fx_rates') }}

),

renamed as (

    select
        rate_date,
        upper(trim(currency)) as currency_code,
        units_per_eur,
        source_url
    from source
    where
        rate_date is not null
        and units_per_eur > 0

)

select * from renamed
