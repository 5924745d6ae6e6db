-- Epoch AI, 'GPU Clusters' dataset, https://epoch.ai/data, CC BY 4.0.
-- Each Epoch row is one phase (a dated state) of one cluster. A row belongs to the reference
-- cluster whose epoch_name_pattern matches its name; otherwise to the cluster at the root of
-- its `Builds Upon` / `Superseded by` chain. Phases are observations of one cluster: they
-- are never summed.
with recursive

epoch as (

    select * from {{ ref('stg_raw__epoch_gpu_clusters') }}

),

ref_clusters as (

    select * from {{ ref('stg_raw__ref_clusters') }}
    where epoch_name_pattern is not null

),

chips as (

    select * from {{ ref('int_chip_specs') }}

),

chip_names as (

    select * from {{ ref('int_chips_resolved') }}

),

company_names as (

    select * from {{ ref('int_companies_resolved') }}

),

pue as (

    select * from {{ ref('pue_by_year') }}

),

name_counts as (

    select
        epoch_name_unquoted,
        count(*) as n_rows_with_name
    from epoch
    group by epoch_name_unquoted

),

-- Anonymized Chinese systems share one name: they cannot be linked by name.
named as (

    select
        epoch.*,
        name_counts.n_rows_with_name > 1 as is_anonymized
    from epoch
    inner join name_counts on epoch.epoch_name_unquoted = name_counts.epoch_name_unquoted

),

unique_names as (

    select
        epoch_row,
        epoch_name_unquoted,
        builds_upon_name,
        superseded_by_name
    from named
    where not is_anonymized

),

ref_matches as (

    select
        named.epoch_row,
        min(ref_clusters.cluster_id) as ref_cluster_id,
        count(*) as n_ref_matches
    from named
    inner join ref_clusters
        on
            {{ regex_matches('named.epoch_name', 'ref_clusters.epoch_name_pattern') }}
            or {{ regex_matches('named.epoch_name_unquoted', 'ref_clusters.epoch_name_pattern') }}
    group by named.epoch_row

),

parent_links as (

    select
        child.epoch_row as child_row,
        parent.epoch_row as parent_row
    from unique_names as child
    inner join unique_names as parent
        on child.builds_upon_name = parent.epoch_name_unquoted

    union

    select
        successor.epoch_row as child_row,
        predecessor.epoch_row as parent_row
    from unique_names as predecessor
    inner join unique_names as successor
        on predecessor.superseded_by_name = successor.epoch_name_unquoted

),

parents as (

    select
        child_row,
        min(parent_row) as parent_row
    from parent_links
    where child_row != parent_row
    group by child_row

),

-- Every ancestor of every row (depth 0 = the row itself); the depth cap stops cycles.
ancestry as (

    select
        epoch_row,
        epoch_row as ancestor_row,
        0 as depth
    from named

    union all

    select
        ancestry.epoch_row,
        parents.parent_row as ancestor_row,
        ancestry.depth + 1 as depth
    from ancestry
    inner join parents on ancestry.ancestor_row = parents.child_row
    where ancestry.depth < 30

),

roots as (

    select
        epoch_row,
        max(depth) as chain_depth
    from ancestry
    group by epoch_row

),

root_rows as (

    select
        ancestry.epoch_row,
        ancestry.ancestor_row as root_row,
        roots.chain_depth
    from ancestry
    inner join roots
        on
            ancestry.epoch_row = roots.epoch_row
            and ancestry.depth = roots.chain_depth

),

-- A row's own pattern match wins, then the nearest matching ancestor (a later phase that
-- extends a reference cluster without matching its pattern). Earlier phases never inherit
-- a later phase's match: the reference pattern says which rows are that cluster.
nearest_ref as (

    select
        ancestry.epoch_row,
        ref_matches.ref_cluster_id,
        row_number() over (
            partition by ancestry.epoch_row order by ancestry.depth
        ) as nearness
    from ancestry
    inner join ref_matches on ancestry.ancestor_row = ref_matches.epoch_row

),

root_slugs as (

    select
        root_rows.epoch_row,
        root_rows.root_row,
        root_rows.chain_depth,
        named.is_anonymized as root_is_anonymized,
        'epoch_' || {{ slugify('named.epoch_name_unquoted') }} as root_slug
    from root_rows
    inner join named on root_rows.root_row = named.epoch_row

),

slug_collisions as (

    select
        root_slug,
        count(distinct root_row) as n_roots
    from root_slugs
    group by root_slug

),

clustered as (

    select
        named.*,
        root_slugs.root_row,
        root_slugs.chain_depth,
        ref_matches.n_ref_matches,
        nearest_ref.ref_cluster_id,
        case
            when nearest_ref.ref_cluster_id is not null
                then nearest_ref.ref_cluster_id
            when root_slugs.root_is_anonymized
                then 'epoch_row_' || {{ dbt.cast('named.epoch_row', dbt.type_string()) }}
            when slug_collisions.n_roots > 1
                then
                    root_slugs.root_slug || '_'
                    || {{ dbt.cast('root_slugs.root_row', dbt.type_string()) }}
            else root_slugs.root_slug
        end as cluster_id
    from named
    inner join root_slugs on named.epoch_row = root_slugs.epoch_row
    inner join slug_collisions on root_slugs.root_slug = slug_collisions.root_slug
    left join ref_matches on named.epoch_row = ref_matches.epoch_row
    left join nearest_ref
        on
            named.epoch_row = nearest_ref.epoch_row
            and nearest_ref.nearness = 1

),

with_chips as (

    select
        clustered.*,
        primary_names.chip_id as chip_id_primary,
        secondary_names.chip_id as chip_id_secondary,
        owners.company_id as owner_company_id,
        coalesce(
            clustered.first_operational_on, clustered.note_period_start_on
        ) as observed_on
    from clustered
    left join chip_names as primary_names
        on {{ name_key('clustered.chip_type_primary') }} = primary_names.lookup_key
    left join chip_names as secondary_names
        on {{ name_key('clustered.chip_type_secondary') }} = secondary_names.lookup_key
    left join company_names as owners
        on {{ name_key('clustered.owner_name') }} = owners.lookup_key

),

with_specs as (

    select
        with_chips.*,
        -- A chip type named but unknown to dim_chips makes the computed figure unknown.
        (
            with_chips.chip_type_primary is null
            or (with_chips.chip_id_primary is not null and with_chips.chip_quantity_primary > 0)
        )
        and (
            with_chips.chip_type_secondary is null
            or (
                with_chips.chip_id_secondary is not null
                and with_chips.chip_quantity_secondary > 0
            )
        )
        and with_chips.chip_type_primary is not null as has_known_chips,
        coalesce(with_chips.chip_quantity_primary, 0)
        + coalesce(with_chips.chip_quantity_secondary, 0) as chip_quantity_sum,
        coalesce(with_chips.chip_quantity_primary * primary_chips.peak_8bit_ops, 0)
        + coalesce(with_chips.chip_quantity_secondary * secondary_chips.peak_8bit_ops, 0)
            as computed_8bit_ops,
        coalesce(with_chips.chip_quantity_primary * primary_chips.h100e_per_chip, 0)
        + coalesce(with_chips.chip_quantity_secondary * secondary_chips.h100e_per_chip, 0)
            as computed_h100e,
        coalesce(with_chips.chip_quantity_primary * primary_chips.peak_16bit_flops, 0)
        + coalesce(with_chips.chip_quantity_secondary * secondary_chips.peak_16bit_flops, 0)
            as computed_16bit_flops,
        coalesce(
            with_chips.chip_quantity_primary * primary_chips.peak_8bit_ops, 0
        ) > 0 as has_primary_8bit,
        with_chips.chip_quantity_primary * primary_chips.tdp_w
        + coalesce(with_chips.chip_quantity_secondary * secondary_chips.tdp_w, 0)
            as chips_tdp_w,
        (
            with_chips.chip_type_secondary is null
            or secondary_chips.tdp_w is not null
        ) as has_secondary_tdp,
        coalesce(pue.pue, {{ var('default_pue') }}) as pue
    from with_chips
    left join chips as primary_chips on with_chips.chip_id_primary = primary_chips.chip_id
    left join chips as secondary_chips on with_chips.chip_id_secondary = secondary_chips.chip_id
    left join pue on extract(year from with_chips.observed_on) = pue.year

),

-- Our own figures where the chips are known (else Epoch's, in final).
estimates as (

    select
        *,
        case
            when has_known_chips and has_primary_8bit then computed_h100e
        end as computed_h100_equivalents,
        case
            when has_known_chips and has_primary_8bit then computed_8bit_ops
        end as computed_peak_8bit_ops,
        case
            when has_known_chips and has_secondary_tdp and chips_tdp_w > 0
                then {{ estimated_power_mw('chips_tdp_w', 'pue') }}
        end as estimated_power_mw
    from with_specs

),

final as (

    select
        epoch_row,
        cluster_id,
        ref_cluster_id,
        root_row as chain_root_row,
        epoch_name,
        owner_name,
        owner_company_id,
        country_name,
        location,
        case epoch_status
            when 'existing' then 'operational'
            when 'planned' then 'planned'
            when 'decommissioned' then 'decommissioned'
            else epoch_status
        end as status,
        case certainty
            when 'confirmed' then 'high'
            when 'likely' then 'medium'
            when 'unlikely' then 'low'
            else 'medium'
        end as confidence,
        certainty,
        coalesce(single_cluster = 'no', false) as is_aggregate_plan,
        coalesce(certainty = 'unlikely', false) as is_unlikely,
        is_anonymized,
        is_excluded_by_epoch,
        -- The rows that are states of one cluster: only these become cluster sizes.
        not coalesce(single_cluster = 'no', false) and not is_excluded_by_epoch
            as is_cluster_state,
        is_in_standard_analysis,
        coalesce(n_ref_matches, 0) as n_ref_matches,
        chain_depth,
        row_number() over (
            partition by cluster_id
            order by
                coalesce(observed_on, {{ dbt.safe_cast("'9999-12-31'", 'date') }}),
                chain_depth,
                epoch_row
        ) as phase_number,
        observed_on,
        case
            when first_operational_on is not null then 'day'
            else note_period_precision
        end as observed_on_precision,
        first_operational_note,
        decommissioned_on,
        chip_type_primary,
        chip_id_primary,
        chip_quantity_primary,
        chip_type_secondary,
        chip_id_secondary,
        chip_quantity_secondary,
        case
            when chip_type_secondary is not null and chip_quantity_secondary > 0 then 'mixed'
            else chip_id_primary
        end as chip_model,
        coalesce(total_chips, nullif(chip_quantity_sum, 0)) as chip_count,
        computed_h100_equivalents,
        epoch_h100_equivalents,
        coalesce(computed_h100_equivalents, epoch_h100_equivalents) as h100_equivalents,
        coalesce(computed_peak_8bit_ops, epoch_ops_8bit) as peak_8bit_ops,
        case
            when has_known_chips and computed_16bit_flops > 0 then computed_16bit_flops
            else epoch_ops_16bit
        end as peak_16bit_flops,
        reported_power_mw,
        estimated_power_mw,
        pue,
        epoch_calculated_power_mw,
        coalesce(reported_power_mw, estimated_power_mw, epoch_power_mw) as power_mw,
        epoch_hardware_cost_usd as hardware_cost_usd,
        source_urls
    from estimates

)

select * from final
