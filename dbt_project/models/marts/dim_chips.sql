with

specs as (

    select * from {{ ref('int_chip_specs') }}

),

aliases as (

    select * from {{ ref('stg_raw__ref_chip_aliases') }}

),

alias_lists as (

    select
        chip_id,
        {{ string_list_agg('chip_alias') }} as aliases
    from aliases
    group by chip_id

),

final as (

    select
        specs.chip_id,
        specs.chip_name,
        specs.vendor,
        specs.chip_family,
        specs.released_on,
        specs.peak_8bit_ops as peak_8bit_flops,
        specs.peak_16bit_flops,
        specs.peak_32bit_flops,
        specs.h100e_per_chip,
        specs.memory_gb,
        specs.memory_bandwidth_tbs,
        specs.tdp_w,
        specs.price_usd,
        coalesce(alias_lists.aliases, {{ empty_string_list() }}) as aliases,
        specs.source_url
    from specs
    left join alias_lists on specs.chip_id = alias_lists.chip_id

)

select * from final
