with

source as (

    select * from {{ source('raw', 'news_extractions') }}

),

renamed as (

    select
        article_id,
        extractor_version,
        n_claims,
        extracted_at,
        error
    from source

)

select * from renamed
