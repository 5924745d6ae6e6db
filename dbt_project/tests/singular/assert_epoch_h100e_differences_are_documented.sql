-- Our H100-equivalents (from dim_chips) and Epoch's own figure agree within 1% on every Epoch
-- row, except where seeds/epoch_h100e_differences.csv documents why they differ (e.g. GB300
-- rows, which Epoch values at ~0.08 H100e per chip: a data error in Epoch). Returns the
-- undocumented differences; the stored failures (schema audit) list them for a look.

-- Dagster shows this test as a check of int_epoch_cluster_phases (it reads a seed too).
{{ config(
    severity='warn',
    store_failures=true,
    meta={'dagster': {'ref': {'name': 'int_epoch_cluster_phases'}}},
) }}

with

phases as (

    select * from {{ ref('int_epoch_cluster_phases') }}

),

documented as (

    select * from {{ ref('epoch_h100e_differences') }}

),

differing as (

    select
        epoch_row,
        epoch_name,
        chip_id_primary,
        chip_id_secondary,
        computed_h100_equivalents,
        epoch_h100_equivalents
    from phases
    where
        computed_h100_equivalents > 0
        and epoch_h100_equivalents > 0
        and {{ relative_difference('computed_h100_equivalents', 'epoch_h100_equivalents') }}
        > 0.01

),

explained as (

    select distinct differing.epoch_row
    from differing
    inner join documented
        on
            (
                documented.match_kind = 'chip'
                and documented.match_value in (
                    differing.chip_id_primary, differing.chip_id_secondary
                )
            )
            or (
                documented.match_kind = 'chip_pair'
                and documented.match_value in (
                    differing.chip_id_primary || '+' || differing.chip_id_secondary,
                    differing.chip_id_secondary || '+' || differing.chip_id_primary
                )
            )
            or (
                documented.match_kind = 'name'
                and differing.epoch_name = documented.match_value
            )

),

undocumented as (

    select differing.*
    from differing
    left join explained on differing.epoch_row = explained.epoch_row
    where explained.epoch_row is null

)

select * from undocumented
