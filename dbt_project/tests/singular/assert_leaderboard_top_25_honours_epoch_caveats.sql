-- In the top 25 of each leaderboard's default view (operational: not is_unlikely and
-- is_standard; planned: not is_unlikely), read against Epoch AI's own file (staging, not our
-- flags): no row shown is an Epoch row Epoch flags as a possible duplicate of a row behind
-- another cluster shown, and no operational row shown is an Epoch row Epoch leaves out of its
-- standard analysis, nor news about a cluster whose operational Epoch rows it all leaves out.
-- Returns the offending rows with the reason.

-- Dagster shows this test as a check of cluster_leaderboard (it reads several models).
{{ config(meta={'dagster': {'ref': {'name': 'cluster_leaderboard'}}}) }}

with

top_rows as (

    select
        leaderboard.status,
        leaderboard.rank,
        leaderboard.cluster_id,
        sizes.epoch_row
    from {{ ref('cluster_leaderboard') }} as leaderboard
    inner join {{ ref('fct_cluster_sizes') }} as sizes
        on leaderboard.observation_id = sizes.observation_id
    where
        leaderboard.status in ('operational', 'planned')
        and not leaderboard.is_unlikely
        and (leaderboard.status = 'planned' or leaderboard.is_standard)
        and leaderboard.rank <= 25

),

epoch as (

    select * from {{ ref('stg_raw__epoch_gpu_clusters') }}

),

-- Every Epoch row of each cluster shown (its phases, and the rows merged into it).
shown_epoch_rows as (

    select
        top_rows.status,
        top_rows.cluster_id,
        phases.epoch_name
    from top_rows
    inner join {{ ref('int_epoch_cluster_phases') }} as phases
        on top_rows.cluster_id = phases.cluster_id

),

positions as (

    select unnest(range(1, 5)) as position

),

-- Epoch's 'Possible Duplicate Of' as written, and each comma-separated name in it.
duplicate_targets as (

    select
        epoch.epoch_row,
        epoch.possible_duplicate_of_name as target_name
    from epoch
    where epoch.possible_duplicate_of_name is not null

    union

    select
        epoch.epoch_row,
        trim({{ dbt.split_part('epoch.possible_duplicate_of_name', "','", 'positions.position') }})
            as target_name
    from epoch
    cross join positions
    where epoch.possible_duplicate_of_name is not null

),

duplicate_rows as (

    select
        top_rows.status,
        top_rows.rank,
        top_rows.cluster_id,
        'possible duplicate of ' || shown_epoch_rows.cluster_id as reason
    from top_rows
    inner join duplicate_targets on top_rows.epoch_row = duplicate_targets.epoch_row
    inner join shown_epoch_rows
        on
            top_rows.status = shown_epoch_rows.status
            and top_rows.cluster_id != shown_epoch_rows.cluster_id
            and duplicate_targets.target_name = shown_epoch_rows.epoch_name

),

non_standard_rows as (

    select
        top_rows.status,
        top_rows.rank,
        top_rows.cluster_id,
        'left out of Epoch''s standard analysis' as reason
    from top_rows
    inner join epoch on top_rows.epoch_row = epoch.epoch_row
    where
        top_rows.status = 'operational'
        and not epoch.is_in_standard_analysis

),

news_on_non_standard_clusters as (

    select
        top_rows.status,
        top_rows.rank,
        top_rows.cluster_id,
        'news on a cluster Epoch leaves out of its standard analysis' as reason
    from top_rows
    inner join {{ ref('int_epoch_cluster_phases') }} as phases
        on top_rows.cluster_id = phases.cluster_id
    where
        top_rows.status = 'operational'
        and top_rows.epoch_row is null
        and phases.status in ('operational', 'decommissioned')
        and phases.is_cluster_state
    group by top_rows.status, top_rows.rank, top_rows.cluster_id
    having max(case when phases.is_standard then 1 else 0 end) = 0

)

select * from duplicate_rows
union all
select * from non_standard_rows
union all
select * from news_on_non_standard_clusters
