-- The best current estimate of every cluster, ranked by H100-equivalents: one row per cluster
-- and status. The estimate is the row int_cluster_best_estimate picks (the latest
-- observation, unless it is a vaguer figure than a precise one of less than a year before
-- that is as large; H100e may be estimated from an earlier chip mix or from power, see
-- h100e_method). Operational: clusters whose best estimate is a decommissioned phase are left
-- out. Planned: shown only while it is larger than the operational estimate (a plan already
-- reached is history, kept in fct_cluster_sizes); a plan whose target period ended before
-- as_of_date() with no source reporting on the cluster since is 'overdue' instead.
-- The default view of each status (is_default_view) leaves out what Epoch rates unlikely and,
-- for operational clusters, what Epoch excludes from its standard analysis (vendor
-- configurations, multi-site totals, fleet claims); Epoch leaves every planned row out of its
-- standard analysis, so planned rows are judged by certainty, phase and duplicate links
-- alone. rank is the plain order 1, 2, 3, ... in the default view (ties: more chips, more
-- power, then cluster name and id), null outside it; rank_all_rows orders every row.
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

-- The latest day any source reported on each cluster (an observation dated, or news seen).
latest_reports as (

    select
        cluster_id,
        max(greatest(
            coalesce(observed_on, last_seen_on), coalesce(last_seen_on, observed_on)
        )) as last_reported_on
    from sizes
    group by cluster_id

),

plans as (

    select
        planned.*,
        {{ period_end_on('planned.observed_on', 'planned.observed_on_precision') }}
            as target_end_on
    from planned

),

judged_plans as (

    -- replace keeps the column order of operational for the union below.
    select
        plans.* replace (
            case
                when
                    plans.target_end_on < {{ as_of_date() }}
                    and coalesce(latest_reports.last_reported_on <= plans.target_end_on, true)
                    then 'overdue'
                else 'planned'
            end as status
        )
    from plans
    left join latest_reports on plans.cluster_id = latest_reports.cluster_id

),

current_states as (

    select
        *,
        cast(null as date) as target_end_on
    from operational

    union all

    select * from judged_plans

),

seen as (

    select
        cluster_id,
        min(first_seen_on) as first_seen_on,
        max(last_seen_on) as last_seen_on
    from sizes
    group by cluster_id

),

viewed as (

    select
        current_states.*,
        not current_states.is_unlikely
        and (current_states.status != 'operational' or current_states.is_standard)
            as is_default_view
    from current_states

),

ordered as (

    select
        viewed.*,
        row_number() over (
            partition by viewed.status, viewed.is_default_view
            order by
                viewed.h100_equivalents desc nulls last,
                viewed.chip_count desc nulls last,
                viewed.power_mw desc nulls last,
                viewed.cluster_name asc,
                viewed.cluster_id asc
        ) as view_position,
        row_number() over (
            partition by viewed.status
            order by
                viewed.h100_equivalents desc nulls last,
                viewed.chip_count desc nulls last,
                viewed.power_mw desc nulls last,
                viewed.cluster_name asc,
                viewed.cluster_id asc
        ) as all_rows_position
    from viewed

),

final as (

    select
        cast(
            case when ordered.is_default_view then ordered.view_position end
            as {{ dbt.type_bigint() }}
        ) as rank,
        cast(ordered.all_rows_position as {{ dbt.type_bigint() }}) as rank_all_rows,
        ordered.is_default_view,
        ordered.cluster_id,
        ordered.cluster_name,
        ordered.owner_company_id,
        ordered.owner_name,
        ordered.status,
        ordered.observation_id,
        ordered.observed_on,
        ordered.observed_on_precision,
        ordered.target_end_on,
        ordered.chip_model,
        ordered.chip_mix,
        ordered.chip_count,
        ordered.qualifier,
        ordered.h100_equivalents,
        ordered.h100e_method,
        ordered.h100e_assumption,
        ordered.h100e_is_estimated,
        ordered.peak_8bit_flops,
        ordered.peak_16bit_flops,
        ordered.power_mw,
        ordered.hardware_cost_usd,
        clusters.first_operational_on,
        seen.first_seen_on,
        seen.last_seen_on,
        ordered.source_kind,
        ordered.n_sources,
        ordered.confidence,
        ordered.is_unlikely,
        ordered.is_standard,
        ordered.is_latest_observation
    from ordered
    inner join clusters on ordered.cluster_id = clusters.cluster_id
    inner join seen on ordered.cluster_id = seen.cluster_id

)

select * from final
