-- Epoch AI, 'GPU Clusters' dataset, https://epoch.ai/data, CC BY 4.0.
-- Each Epoch row is one phase (a dated state) of one cluster. A row belongs to the reference
-- cluster whose epoch_name_pattern matches its name; otherwise to the cluster at the root of
-- its `Builds Upon` / `Superseded by` chain. Phases are observations of one cluster: they
-- are never summed. A row Epoch flags as a possible duplicate of another row joins that row's
-- cluster as an alias (never a size of its own). A site with power and no chip count gets
-- H100-equivalents from its power through the chip generation expected at its date
-- (seeds/expected_chip_generation.csv); h100e_method says where every figure comes from.
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

-- Positions of the names in a comma-separated list (Epoch lists at most a few).
positions as (

    select unnest(range(1, 5)) as position

),

generations as (

    select
        generation.from_year,
        lead(generation.from_year) over (order by generation.from_year) - 1 as to_year,
        generation.from_year = min(generation.from_year) over () as is_first,
        generation.from_year = max(generation.from_year) over () as is_last,
        generation.chip_id,
        chips.tdp_w,
        chips.h100e_per_chip
    from {{ ref('expected_chip_generation') }} as generation
    inner join {{ ref('int_chip_specs') }} as chips on generation.chip_id = chips.chip_id

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
        single_cluster,
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

-- A row outside every reference pattern that Epoch does not call a single cluster (a campus
-- or a multi-site plan) is a site of its own: the 5 GW Abu Dhabi campus builds on Stargate UAE
-- but is not that 1 GW project.
parents as (

    select
        parent_links.child_row,
        min(parent_links.parent_row) as parent_row
    from parent_links
    inner join unique_names as child on parent_links.child_row = child.epoch_row
    left join ref_matches as child_match on parent_links.child_row = child_match.epoch_row
    left join ref_matches as parent_match on parent_links.parent_row = parent_match.epoch_row
    where
        parent_links.child_row != parent_links.parent_row
        and not (
            child_match.epoch_row is null
            and parent_match.epoch_row is not null
            and coalesce(child.single_cluster, '') != 'yes'
        )
    group by parent_links.child_row

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

-- Epoch's 'Possible Duplicate Of' names one or more rows (comma-separated): the first listed
-- row with a unique name is the physical cluster this row describes again.
duplicate_names as (

    select
        named.epoch_row,
        positions.position,
        trim({{ dbt.split_part('named.possible_duplicate_of_name', "','", 'positions.position') }})
            as target_name
    from named
    cross join positions
    where named.possible_duplicate_of_name is not null

),

duplicate_links as (

    select
        duplicate_names.epoch_row,
        clustered.epoch_row as target_row,
        clustered.cluster_id as target_cluster_id,
        row_number() over (
            partition by duplicate_names.epoch_row order by duplicate_names.position
        ) as target_rank
    from duplicate_names
    inner join clustered
        on
            duplicate_names.target_name = clustered.epoch_name_unquoted
            and not clustered.is_anonymized
            and duplicate_names.epoch_row != clustered.epoch_row
    where duplicate_names.target_name != ''

),

-- A target that is itself a duplicate passes its own target on (one level is all Epoch uses).
duplicate_targets as (

    select
        first_link.epoch_row,
        coalesce(second_link.target_row, first_link.target_row) as duplicate_of_row,
        coalesce(second_link.target_cluster_id, first_link.target_cluster_id)
            as duplicate_of_cluster_id
    from duplicate_links as first_link
    left join duplicate_links as second_link
        on
            first_link.target_row = second_link.epoch_row
            and second_link.target_rank = 1
            and first_link.epoch_row != second_link.target_row
    where first_link.target_rank = 1

),

deduplicated as (

    select
        clustered.* exclude (cluster_id),
        coalesce(duplicate_targets.duplicate_of_cluster_id, clustered.cluster_id) as cluster_id,
        duplicate_targets.duplicate_of_row
    from clustered
    left join duplicate_targets on clustered.epoch_row = duplicate_targets.epoch_row

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
    from deduplicated as clustered
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
        coalesce(pue.pue, {{ var('default_pue') }}) as pue,
        -- A site stated by its power alone (no chip count, no known chip figure).
        coalesce(with_chips.reported_power_mw, with_chips.epoch_power_mw) as site_power_mw
    from with_chips
    left join chips as primary_chips on with_chips.chip_id_primary = primary_chips.chip_id
    left join chips as secondary_chips on with_chips.chip_id_secondary = secondary_chips.chip_id
    left join pue on extract(year from with_chips.observed_on) = pue.year

),

site_generations as (

    select
        with_specs.epoch_row,
        generations.chip_id as assumed_chip_id,
        generations.tdp_w as assumed_tdp_w,
        generations.h100e_per_chip as assumed_h100e_per_chip
    from with_specs
    inner join generations
        on
            (
                with_specs.observed_on is null
                and generations.is_last
            )
            or (
                extract(year from with_specs.observed_on)
                between generations.from_year and coalesce(generations.to_year, 9999)
            )
            or (
                extract(year from with_specs.observed_on) < generations.from_year
                and generations.is_first
            )

),

-- Our own figures where the chips are known (else from power, else Epoch's, in final).
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

with_generations as (

    select
        estimates.*,
        site_generations.assumed_chip_id,
        site_generations.assumed_h100e_per_chip
        * 1e6
        / (site_generations.assumed_tdp_w * {{ var('server_power_overhead') }} * estimates.pue)
            as assumed_h100e_per_mw
    from estimates
    left join site_generations on estimates.epoch_row = site_generations.epoch_row

),

methods as (

    select
        *,
        case
            when computed_h100_equivalents is not null then 'chips'
            when
                coalesce(total_chips, 0) = 0
                and chip_quantity_sum = 0
                and site_power_mw > 0
                and assumed_h100e_per_mw is not null
                then 'power_estimate'
            when epoch_h100_equivalents is not null then 'epoch'
        end as h100e_method
    from with_generations

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
        not coalesce(single_cluster = 'no', false)
        and not is_excluded_by_epoch
        and duplicate_of_row is null as is_cluster_state,
        is_in_standard_analysis as is_standard,
        possible_duplicate_of_name,
        duplicate_of_row,
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
        case h100e_method
            when 'chips' then computed_h100_equivalents
            when 'power_estimate' then site_power_mw * assumed_h100e_per_mw
            when 'epoch' then epoch_h100_equivalents
        end as h100_equivalents,
        h100e_method,
        case
            when h100e_method = 'power_estimate' then assumed_chip_id
        end as h100e_assumed_chip_id,
        case
            when h100e_method = 'power_estimate'
                then
                    {{ dbt.cast(whole_number('site_power_mw'), dbt.type_string()) }}
                    || ' MW x '
                    || {{ dbt.cast(whole_number('assumed_h100e_per_mw'), dbt.type_string()) }}
                    || ' H100e per MW: ' || assumed_chip_id || ' expected for '
                    || coalesce(
                        {{ dbt.cast('extract(year from observed_on)', dbt.type_string()) }},
                        'an undated site'
                    )
                    || ', PUE ' || {{ dbt.cast('pue', dbt.type_string()) }}
        end as h100e_assumption,
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
    from methods

)

select * from final
