with

source as (

    select * from {{ source('raw', 'ref_chip_aliases') }}

),

renamed as (

    select distinct
        trim(chip_id) as chip_id,
        trim(alias) as chip_alias,
        {{ name_key('alias') }} as alias_key,
        lower(trim(language)) as language_code,
        lower(trim(alias_kind)) as alias_kind,
        source_url
    from source
    where nullif(trim(alias), '') is not null

)

select * from renamed
