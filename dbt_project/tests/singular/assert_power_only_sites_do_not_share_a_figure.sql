-- No two power-only sites (a power figure, no chip count) of different power share one H100e
-- figure unless their methods say why (the same h100e_assumption). Epoch's own figures gave
-- 1.5, 2.2, 2.26 and 3 GW sites the same 5,103,588; ours scale with the power.
-- Returns the pairs that share a figure.
with

sites as (

    select * from {{ ref('fct_cluster_sizes') }}
    where
        chip_count is null
        and power_mw > 0
        and h100_equivalents > 0

),

pairs as (

    select
        first_site.observation_id as first_observation_id,
        second_site.observation_id as second_observation_id,
        first_site.power_mw as first_power_mw,
        second_site.power_mw as second_power_mw,
        first_site.h100_equivalents,
        first_site.h100e_method as first_method,
        second_site.h100e_method as second_method
    from sites as first_site
    inner join sites as second_site
        on
            first_site.observation_id < second_site.observation_id
            and abs(first_site.h100_equivalents - second_site.h100_equivalents)
            <= 0.001 * first_site.h100_equivalents
            and {{ relative_difference('first_site.power_mw', 'second_site.power_mw') }} > 0.01
            and first_site.h100e_assumption is not distinct from second_site.h100e_assumption

)

select * from pairs
