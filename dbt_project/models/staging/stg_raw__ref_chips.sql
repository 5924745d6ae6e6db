with

source as (

    select * from {{ source('raw', 'ref_chips') }}

),

renamed as (

    select
        trim(chip_id) as chip_id,
        trim(chip_name) as chip_name,
        trim(vendor) as vendor,
        trim(family) as chip_family,
        release_date as released_on,
        fp8_dense_flops as peak_8bit_ops,
        bf16_dense_flops as peak_16bit_flops,
        fp32_flops as peak_32bit_flops,
        hbm_gb as memory_gb,
        hbm_bandwidth_tbs as memory_bandwidth_tbs,
        tdp_w,
        price_usd,
        source_url
    from source
    where nullif(trim(chip_id), '') is not null

)

select * from renamed
