-- The best current estimate of every cluster, ranked by H100-equivalents: one row per cluster
-- and status. Operational: the latest operational observation (ties: both sources > Epoch >
-- news, then more sources); clusters whose latest state is decommissioned are left out.
-- Planned: the latest planned target, shown only while it is larger than the operational
-- estimate (a plan already reached is history, kept in fct_cluster_sizes).
-- Built on Epoch AI, 'GPU Clusters' / 'AI Companies' / 'ML Hardware' / 'Frontier Data
-- Centers' datasets, https://epoch.ai/data, CC BY 4.0, and news.
with

sizes as (

    select * from {{ ref('fct_cluster_sizes') }}

),

clusters as (

    select * from {{ ref('dim_clusters') }}

),

ranked as (

    select
        *,
        row_number() over (
            partition by cluster_id, status
            order by
                case when observed_on is null then 1 else 0 end asc,
                observed_on desc,
                case source_kind when 'both' then 1 when 'epoch' then 2 else 3 end asc,
                n_sources desc,
                observation_id asc
        ) as recency_rank
    from sizes

),

operational as (

    select * from ranked
    where
        status = 'operational'
        and recency_rank = 1
        and decommissioned_on is null

),

planned as (

    select ranked.*
    from ranked
    left join operational on ranked.cluster_id = operational.cluster_id
    where
        ranked.status = 'planned'
        and ranked.recency_rank = 1
        and (
            operational.cluster_id is null
            or coalesce(ranked.h100_equivalents, 0) > coalesce(operational.h100_equivalents, 0)
            or (
                ranked.h100_equivalents is null
                and ranked.chip_count > operational.chip_count
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
        cast(rank() over (
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
        current_states.h100_equivalents,
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
        current_states.is_unlikely
    from current_states
    inner join clusters on current_states.cluster_id = clusters.cluster_id
    inner join seen on current_states.cluster_id = seen.cluster_id

)

select * from final
