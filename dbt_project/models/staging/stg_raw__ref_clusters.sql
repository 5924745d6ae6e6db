with

source as (

    select * from {{ source('raw', 'ref_clusters') }}

),

renamed as (

    select
        trim(cluster_id) as cluster_id,
        trim(cluster_name) as cluster_name,
        nullif(trim(owner_company_id), '') as owner_company_id,
        nullif(trim(location), '') as location,
        upper(nullif(trim(country), '')) as country_code,
        nullif(trim(epoch_name_pattern), '') as epoch_name_pattern,
        source_url
    from source
    where nullif(trim(cluster_id), '') is not null

)

select * from renamed
