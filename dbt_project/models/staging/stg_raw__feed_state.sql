with

source as (

    select * from {{ source('raw', 'feed_state') }}

),

renamed as (

    select
        feed_url,
        etag,
        last_modified,
        last_status as last_http_status,
        last_fetched_at
    from source

)

select * from renamed
