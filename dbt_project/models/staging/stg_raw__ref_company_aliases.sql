with

source as (

    select * from {{ source('raw', 'ref_company_aliases') }}

),

renamed as (

    select distinct
        trim(company_id) as company_id,
        trim(alias) as company_alias,
        {{ name_key('alias') }} as alias_key,
        lower(trim(language)) as language_code,
        source_url
    from source
    where nullif(trim(alias), '') is not null

)

select * from renamed
