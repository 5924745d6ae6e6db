with

source as (

    select * from {{ source('raw', 'ref_companies') }}

),

renamed as (

    select
        trim(company_id) as company_id,
        trim(company_name) as company_name,
        lower(trim(company_type)) as company_type,
        upper(trim(country)) as country_code,
        nullif(trim(ticker), '') as ticker,
        nullif(trim(wikidata_id), '') as wikidata_id,
        nullif(trim(parent_company_id), '') as parent_company_id,
        source_url
    from source
    where nullif(trim(company_id), '') is not null

)

select * from renamed
