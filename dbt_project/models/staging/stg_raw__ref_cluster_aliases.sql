with

source as (

    select * from {{ source('raw', 'ref_cluster_aliases') }}

),

renamed as (

    select distinct
        trim(cluster_id) as cluster_id,
        trim(alias) as cluster_alias,
        {{ name_key('alias') }} as alias_key,
        lower(trim(language)) as language_code,
        source_url
    from source
    where nullif(trim(alias), '') is not null

)

select * from renamed
