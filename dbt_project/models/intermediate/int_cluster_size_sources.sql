-- Which sources stand behind each row of fct_cluster_sizes: the row is an Epoch phase
-- ('epoch-<epoch_row>') or a news observation of a cluster's total size. A news total that
-- agrees with the Epoch phase of the same state (int_reconciliation: count within tolerance,
-- no chip conflict) is attached to the phase's row instead of having its own; news parts
-- ("including 50,000 H200") attach to the row of their total (same cluster, status, period).
with

phases as (

    select * from {{ ref('int_epoch_cluster_phases') }}
    where
        not is_aggregate_plan
        and not is_excluded_by_epoch

),

sizes as (

    select * from {{ ref('int_observations') }}
    where
        claim_type = 'cluster_size'
        and cluster_id is not null
        and status in ('operational', 'planned')

),

reconciliation as (

    select * from {{ ref('int_reconciliation') }}
    where subject_kind = 'cluster'

),

chip_conflicts as (

    select distinct observation_id
    from reconciliation
    where
        compared_field = 'chip_model'
        and outcome = 'conflict'

),

merged as (

    select
        reconciliation.observation_id,
        min(reconciliation.epoch_row) as epoch_row
    from reconciliation
    left join chip_conflicts on reconciliation.observation_id = chip_conflicts.observation_id
    where
        reconciliation.compared_field = 'chip_count'
        and reconciliation.scope = 'total'
        and reconciliation.outcome = 'agree'
        and chip_conflicts.observation_id is null
    group by reconciliation.observation_id

),

totals as (

    select
        sizes.observation_id as news_observation_id,
        sizes.cluster_id,
        sizes.status,
        sizes.period_start_on,
        sizes.period_precision,
        case
            when merged.epoch_row is not null
                then 'epoch-' || {{ dbt.cast('merged.epoch_row', dbt.type_string()) }}
            else sizes.observation_id
        end as size_row_id
    from sizes
    left join merged on sizes.observation_id = merged.observation_id
    where sizes.scope = 'total'

),

-- A part belongs to the total stated for the same state; several totals: the first by id.
part_targets as (

    select
        parts.observation_id as news_observation_id,
        min(totals.size_row_id) as size_row_id
    from sizes as parts
    inner join totals
        on
            parts.cluster_id = totals.cluster_id
            and parts.status = totals.status
            and parts.period_start_on = totals.period_start_on
            and parts.period_precision = totals.period_precision
    where parts.scope = 'part'
    group by parts.observation_id

),

links as (

    select
        'epoch-' || {{ dbt.cast('epoch_row', dbt.type_string()) }} as size_row_id,
        'epoch' as source_kind,
        'total' as role,
        epoch_row,
        cast(null as {{ dbt.type_string() }}) as news_observation_id
    from phases

    union all

    select
        size_row_id,
        'news' as source_kind,
        'total' as role,
        cast(null as {{ dbt.type_bigint() }}) as epoch_row,
        news_observation_id
    from totals

    union all

    select
        size_row_id,
        'news' as source_kind,
        'part' as role,
        cast(null as {{ dbt.type_bigint() }}) as epoch_row,
        news_observation_id
    from part_targets

),

final as (

    select
        {{ short_hash(['size_row_id', 'source_kind', 'epoch_row', 'news_observation_id']) }}
            as size_source_id,
        size_row_id,
        source_kind,
        role,
        epoch_row,
        news_observation_id
    from links

)

select * from final
