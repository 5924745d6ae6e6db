-- The best current estimate of every cluster, ranked by H100-equivalents: one row per cluster
-- and status. The estimate is the row int_cluster_best_estimate picks (the latest
-- observation, unless it is a vaguer figure than a precise one of less than a year before
-- that is as large; H100e may be estimated from an earlier chip mix). Operational: clusters
-- whose best estimate is a decommissioned phase are left out. Planned: shown only while it is
-- larger than the operational estimate (a plan already reached is history, kept in
-- fct_cluster_sizes). Rank is dense within each status, unknown H100e last.
-- Built on Epoch AI, 'GPU Clusters' / 'AI Companies' / 'ML Hardware' / 'Frontier Data
-- Centers' datasets, https://epoch.ai/data, CC BY 4.0, and news.
with

sizes as (

    select * from {{ ref('fct_cluster_sizes') }}

),

clusters as (

    select * from {{ ref('dim_clusters') }}

),

best_estimates as (

    select * from sizes
    where is_best_estimate

),

operational as (

    select * from best_estimates
    where
        status = 'operational'
        and decommissioned_on is null

),

planned as (

    select best_estimates.*
    from best_estimates
    left join operational on best_estimates.cluster_id = operational.cluster_id
    where
        best_estimates.status = 'planned'
        and (
            operational.cluster_id is null
            or coalesce(best_estimates.h100_equivalents, 0)
            > coalesce(operational.h100_equivalents, 0)
            or (
                best_estimates.h100_equivalents is null
                and best_estimates.chip_count > operational.chip_count
            )
        )

),

current_states as (

    select * from operational
    union all
    select * from planned

),

seen as (

    select
        cluster_id,
        min(first_seen_on) as first_seen_on,
        max(last_seen_on) as last_seen_on
    from sizes
    group by cluster_id

),

final as (

    select
        cast(dense_rank() over (
            partition by current_states.status
            order by
                case when current_states.h100_equivalents is null then 1 else 0 end asc,
                current_states.h100_equivalents desc
        ) as {{ dbt.type_bigint() }}) as rank,
        current_states.cluster_id,
        current_states.cluster_name,
        current_states.owner_company_id,
        current_states.owner_name,
        current_states.status,
        current_states.observation_id,
        current_states.observed_on,
        current_states.chip_model,
        current_states.chip_mix,
        current_states.chip_count,
        current_states.qualifier,
        current_states.h100_equivalents,
        current_states.h100e_is_estimated,
        current_states.peak_8bit_flops,
        current_states.peak_16bit_flops,
        current_states.power_mw,
        current_states.hardware_cost_usd,
        clusters.first_operational_on,
        seen.first_seen_on,
        seen.last_seen_on,
        current_states.source_kind,
        current_states.n_sources,
        current_states.confidence,
        current_states.is_unlikely,
        current_states.is_latest_observation
    from current_states
    inner join clusters on current_states.cluster_id = clusters.cluster_id
    inner join seen on current_states.cluster_id = seen.cluster_id

)

select * from final
