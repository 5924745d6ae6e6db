with

source as (

    select * from {{ source('raw', 'news_articles') }}

),

renamed as (

    select
        article_id,
        nullif(trim(duplicate_of), '') as duplicate_of_article_id,
        url,
        canonical_url,
        lower(trim(source)) as source_kind,
        source_name,
        title,
        lower(trim(language)) as language_code,
        published_at,
        cast(published_at as date) as published_on,
        fetched_at,
        content_hash,
        batch_id
    from source

)

select * from renamed
