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
        -- rows loaded before published_source existed: an undated one takes its fetch time
        coalesce(published_at, fetched_at) as published_at,
        cast(coalesce(published_at, fetched_at) as date) as published_on,
        coalesce(
            published_source,
            case when published_at is null then 'fetch_time' else 'source' end
        ) as published_source,
        language_source,
        fetched_at,
        content_hash,
        batch_id
    from source

)

select * from renamed
