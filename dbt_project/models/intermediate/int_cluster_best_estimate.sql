-- The best-estimate rule for cluster sizes, in one place: every row of int_cluster_sizes with
-- (1) H100-equivalents estimated where the chips are not (all) stated, and (2) which row is
-- the cluster's best current estimate per status (cluster_leaderboard shows it).
--
-- (1) Estimation. A row with a chip count but no H100e of its own (the chip model is unknown,
--     or the parts it names do not cover the total) gets: the H100e of its named parts of
--     known chips + the remaining chips x the H100e per chip of the cluster's most recent
--     earlier row with a known mix (any status; ties: both > epoch > news, then more
--     sources). Flagged h100e_is_estimated, with the row it comes from. Without an earlier
--     known mix the H100e stays null: nothing is estimated from later rows.
-- (2) Best estimate. A row is precise when its qualifier is exact and its chips are known
--     (chip model and H100e of its own). A lower-precision row (approx, at least, at most,
--     range, or chips unknown) is set aside when the latest precise row of the same cluster
--     and status observed on or before it is less than var('best_estimate_max_age_days') days
--     older and at least as large, or within var('chip_count_tolerance') of it (H100e when both
--     have it, else chip counts): "200,000 GPUs" with no chips named does not replace Epoch's
--     230,000 chips measured three months earlier. Among the rows not set aside the latest is
--     the best estimate (ties: more sources, then both > epoch > news, then Epoch's later
--     phase, then precise, then larger).
--     A precise row is never set aside, so a precise later figure always replaces older ones.
-- Source: Epoch AI, 'GPU Clusters' / 'AI Companies' / 'ML Hardware' / 'Frontier Data Centers'
-- datasets, https://epoch.ai/data, CC BY 4.0, and news.
{% set tolerance = var('chip_count_tolerance') %}
{% set days_older = dbt.datediff('precise_rows.observed_on', 'sizes.observed_on', 'day') %}

with

sizes as (

    select
        *,
        chip_model is not null and h100_equivalents is not null as has_known_chip_mix,
        case source_kind when 'both' then 1 when 'epoch' then 2 else 3 end as source_kind_rank
    from {{ ref('int_cluster_sizes') }}

),

known_mixes as (

    select
        cluster_id,
        observation_id,
        observed_on,
        source_kind_rank,
        n_sources,
        h100_equivalents / chip_count as h100e_per_chip
    from sizes
    where
        has_known_chip_mix
        and chip_count > 0
        and observed_on is not null

),

basis_candidates as (

    select
        sizes.observation_id,
        known_mixes.observation_id as basis_observation_id,
        known_mixes.h100e_per_chip,
        row_number() over (
            partition by sizes.observation_id
            order by
                known_mixes.observed_on desc,
                known_mixes.source_kind_rank asc,
                known_mixes.n_sources desc,
                known_mixes.observation_id asc
        ) as basis_rank
    from sizes
    inner join known_mixes
        on
            sizes.cluster_id = known_mixes.cluster_id
            and sizes.observed_on > known_mixes.observed_on
    where
        sizes.h100_equivalents is null
        and sizes.chip_count is not null

),

estimated as (

    select
        sizes.*,
        basis_candidates.basis_observation_id is not null as h100e_is_estimated,
        basis_candidates.basis_observation_id as h100e_basis_observation_id,
        coalesce(
            sizes.h100_equivalents,
            coalesce(sizes.known_part_h100e, 0)
            + greatest(sizes.chip_count - coalesce(sizes.known_part_chips, 0), 0)
            * basis_candidates.h100e_per_chip
        ) as best_h100_equivalents,
        coalesce(sizes.qualifier = 'exact', false) and sizes.has_known_chip_mix as is_precise
    from sizes
    left join basis_candidates
        on
            sizes.observation_id = basis_candidates.observation_id
            and basis_candidates.basis_rank = 1

),

precise_rows as (

    select * from estimated
    where is_precise

),

-- The latest precise row observed on or before each lower-precision row.
precise_predecessors as (

    select
        sizes.observation_id,
        precise_rows.observation_id as precise_observation_id,
        {{ days_older }} as days_older,
        case
            when sizes.best_h100_equivalents is not null
                and precise_rows.best_h100_equivalents is not null
                then
                    sizes.best_h100_equivalents * (1 - {{ tolerance }})
                    <= precise_rows.best_h100_equivalents
            when sizes.chip_count is not null and precise_rows.chip_count is not null
                then sizes.chip_count * (1 - {{ tolerance }}) <= precise_rows.chip_count
            -- A row with no figure at all cannot outdo a measured one.
            else sizes.best_h100_equivalents is null and sizes.chip_count is null
        end as is_not_larger,
        row_number() over (
            partition by sizes.observation_id
            order by
                precise_rows.observed_on desc,
                precise_rows.n_sources desc,
                precise_rows.source_kind_rank asc,
                coalesce(precise_rows.phase_number, 0) desc,
                precise_rows.observation_id asc
        ) as predecessor_rank
    from estimated as sizes
    inner join precise_rows
        on
            sizes.cluster_id = precise_rows.cluster_id
            and sizes.status = precise_rows.status
            and sizes.observed_on >= precise_rows.observed_on
            and sizes.observation_id != precise_rows.observation_id
    where not sizes.is_precise

),

judged as (

    select
        estimated.*,
        case
            when
                precise_predecessors.is_not_larger
                and precise_predecessors.days_older < {{ var('best_estimate_max_age_days') }}
                then precise_predecessors.precise_observation_id
        end as set_aside_for_observation_id
    from estimated
    left join precise_predecessors
        on
            estimated.observation_id = precise_predecessors.observation_id
            and precise_predecessors.predecessor_rank = 1

),

-- Among the rows not set aside, the latest is the best estimate.
best_estimates as (

    select
        observation_id,
        row_number() over (
            partition by cluster_id, status
            order by
                case when observed_on is null then 1 else 0 end asc,
                observed_on desc,
                n_sources desc,
                source_kind_rank asc,
                -- Epoch phases of one date: the later phase builds on the earlier.
                coalesce(phase_number, 0) desc,
                case when is_precise then 0 else 1 end asc,
                case when best_h100_equivalents is null then 1 else 0 end asc,
                best_h100_equivalents desc,
                chip_count desc,
                observation_id asc
        ) as estimate_rank
    from judged
    where set_aside_for_observation_id is null

),

ranked as (

    select
        judged.*,
        best_estimates.estimate_rank,
        max(judged.observed_on) over (
            partition by judged.cluster_id, judged.status
        ) as latest_observed_on
    from judged
    left join best_estimates on judged.observation_id = best_estimates.observation_id

),

final as (

    select
        observation_id,
        cluster_id,
        observed_on,
        observed_on_precision,
        status,
        chip_model,
        chip_mix,
        chip_count,
        qualifier,
        best_h100_equivalents as h100_equivalents,
        -- An H100e carried over from an earlier chip mix is still counted from chips.
        case
            when h100e_method is not null then h100e_method
            when best_h100_equivalents is not null then 'chips'
        end as h100e_method,
        h100e_assumption,
        h100e_is_estimated or coalesce(h100e_method = 'power_estimate', false)
            as h100e_is_estimated,
        h100e_basis_observation_id,
        peak_8bit_flops,
        peak_16bit_flops,
        power_mw,
        hardware_cost_usd,
        decommissioned_on,
        source_kind,
        source_ref,
        epoch_row,
        n_sources,
        first_seen_on,
        last_seen_on,
        confidence,
        is_unlikely,
        is_standard,
        is_precise,
        set_aside_for_observation_id,
        coalesce(estimate_rank = 1, false) as is_best_estimate,
        coalesce(observed_on = latest_observed_on, latest_observed_on is null)
            as is_latest_observation
    from ranked

)

select * from final
