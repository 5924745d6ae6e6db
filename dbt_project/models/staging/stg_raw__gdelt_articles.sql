with

source as (

    select * from {{ source('raw', 'gdelt_articles') }}

),

renamed as (

    select
        article_id,
        partition_day as gdelt_day,
        url,
        canonical_url,
        source_name as publisher_domain,
        title,
        lower(trim(language)) as language_code,
        published_at,
        fetched_at,
        content_hash,
        nullif(trim(duplicate_of), '') as duplicate_of_article_id,
        batch_id
    from source

)

select * from renamed
