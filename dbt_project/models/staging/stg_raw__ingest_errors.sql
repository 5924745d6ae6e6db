with

source as (

    select * from {{ source('raw', 'ingest_errors') }}

),

renamed as (

    select
        lower(trim(source)) as connector,
        url,
        error as error_message,
        occurred_at,
        batch_id
    from source

)

select * from renamed
