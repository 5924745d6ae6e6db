-- One row per chip with the figures every H100-equivalent, FLOP/s and power estimate uses:
-- fix a wrong spec in the reference file and every mart follows.
-- H100e per chip = dense 8-bit peak / 1.979e15 (the H100 SXM's), Epoch AI's method.
with

chips as (

    select * from {{ ref('stg_raw__ref_chips') }}

),

final as (

    select
        chip_id,
        chip_name,
        vendor,
        chip_family,
        released_on,
        peak_8bit_ops,
        peak_16bit_flops,
        peak_32bit_flops,
        {{ h100_equivalents('peak_8bit_ops') }} as h100e_per_chip,
        memory_gb,
        memory_bandwidth_tbs,
        tdp_w,
        price_usd,
        source_url
    from chips

)

select * from final
