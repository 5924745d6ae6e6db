with

source as (

    select * from {{ source('raw', 'quarantine') }}

),

renamed as (

    select
        source as target_table,
        file as file_name,
        row_number as file_row_number,
        column_name,
        value as rejected_value,
        reason,
        batch_id,
        quarantined_at
    from source

)

select * from renamed
