-- Epoch AI, 'GPU Clusters' dataset, https://epoch.ai/data, CC BY 4.0.
with

source as (

    select * from {{ source('raw', 'epoch_gpu_clusters') }}

),

renamed as (

    select
        epoch_row,
        trim(name) as epoch_name,
        -- A few names are wrapped in literal double quotes; other rows cite them without.
        trim({{ regex_replace_all('name', "'^\\s*\"|\"\\s*$'", "''") }}) as epoch_name_unquoted,
        lower(trim(status)) as epoch_status,
        lower(trim(certainty)) as certainty,
        lower(trim(single_cluster)) as single_cluster,
        nullif(trim(owner), '') as owner_name,
        nullif(trim(users), '') as users,
        nullif(trim(country), '') as country_name,
        nullif(trim(location), '') as location,
        nullif(trim(sector), '') as sector,
        first_operational_date as first_operational_on,
        nullif(trim(first_operational_date_note), '') as first_operational_note,
        decommissioned_date as decommissioned_on,
        nullif(trim(chip_type_primary), '') as chip_type_primary,
        chip_quantity_primary,
        nullif(trim(chip_type_secondary), '') as chip_type_secondary,
        chip_quantity_secondary,
        total_chips,
        h100_equivalents as epoch_h100_equivalents,
        max_ops as epoch_max_ops,
        ops_8bit as epoch_ops_8bit,
        ops_16bit as epoch_ops_16bit,
        ops_32bit as epoch_ops_32bit,
        power_capacity_mw as epoch_power_mw,
        reported_power_capacity_mw as reported_power_mw,
        calculated_power_capacity_mw as epoch_calculated_power_mw,
        hardware_cost_usd as epoch_hardware_cost_usd,
        reported_cost_usd,
        nullif(trim({{ regex_replace_all('builds_upon', "'^\\s*\"|\"\\s*$'", "''") }}), '')
            as builds_upon_name,
        nullif(trim({{ regex_replace_all('superseded_by', "'^\\s*\"|\"\\s*$'", "''") }}), '')
            as superseded_by_name,
        nullif(trim(possible_duplicate_of), '') as possible_duplicate_of_name,
        coalesce(include_in_standard_analysis, false) as is_in_standard_analysis,
        coalesce(exclude, false) as is_excluded_by_epoch,
        latitude,
        longitude,
        nullif(trim(source_urls), '') as source_urls
    from source

),

-- Epoch's date note is free text ("Planned H2 2026", "Planned Q1 2025", "2025-06", "2016").
note_parts as (

    select
        *,
        {{ regex_extract('first_operational_note', "'((19|20)[0-9]{2})'", 1) }} as note_year,
        {{ regex_extract('first_operational_note', "'[0-9]{4}-([0-9]{2})'", 1) }} as note_month,
        {{ regex_extract('first_operational_note', "'[0-9]{4}-[0-9]{2}-([0-9]{2})'", 1) }}
            as note_day,
        {{ regex_extract('first_operational_note', "'Q([1-4])'", 1) }} as note_quarter,
        {{ regex_extract('first_operational_note', "'H([12])'", 1) }} as note_half
    from renamed

),

final as (

    select
        epoch_row,
        epoch_name,
        epoch_name_unquoted,
        epoch_status,
        certainty,
        single_cluster,
        owner_name,
        users,
        country_name,
        location,
        sector,
        first_operational_on,
        first_operational_note,
        -- The start of the period the note names (H2 2026 -> 2026-07-01).
        cast({{ dbt.dateadd(
            'day',
            "coalesce(" ~ dbt.safe_cast('note_day', dbt.type_int()) ~ ", 1) - 1",
            dbt.dateadd(
                'month',
                "coalesce(" ~ dbt.safe_cast('note_month', dbt.type_int())
                ~ ", 3 * " ~ dbt.safe_cast('note_quarter', dbt.type_int()) ~ " - 2"
                ~ ", 6 * " ~ dbt.safe_cast('note_half', dbt.type_int()) ~ " - 5, 1) - 1",
                dbt.safe_cast(dbt.concat(['note_year', "'-01-01'"]), 'date')
            )
        ) }} as date) as note_period_start_on,
        case
            when note_year is null then null
            when note_day is not null then 'day'
            when note_month is not null then 'month'
            when note_quarter is not null then 'quarter'
            when note_half is not null then 'half'
            else 'year'
        end as note_period_precision,
        decommissioned_on,
        chip_type_primary,
        chip_quantity_primary,
        chip_type_secondary,
        chip_quantity_secondary,
        total_chips,
        epoch_h100_equivalents,
        epoch_max_ops,
        epoch_ops_8bit,
        epoch_ops_16bit,
        epoch_ops_32bit,
        epoch_power_mw,
        reported_power_mw,
        epoch_calculated_power_mw,
        epoch_hardware_cost_usd,
        reported_cost_usd,
        builds_upon_name,
        superseded_by_name,
        possible_duplicate_of_name,
        is_in_standard_analysis,
        is_excluded_by_epoch,
        latitude,
        longitude,
        source_urls
    from note_parts

)

select * from final
