-- Every cluster_leaderboard row is the fct_cluster_sizes row marked is_best_estimate for its
-- cluster and status (an overdue row is a planned one). Returns the rows that are not.

-- Dagster shows this test as a check of cluster_leaderboard (it reads several models).
{{ config(meta={'dagster': {'ref': {'name': 'cluster_leaderboard'}}}) }}

with

leaderboard as (

    select * from {{ ref('cluster_leaderboard') }}

),

sizes as (

    select * from {{ ref('fct_cluster_sizes') }}

),

wrong as (

    select
        leaderboard.cluster_id,
        leaderboard.status,
        leaderboard.observation_id
    from leaderboard
    left join sizes
        on
            leaderboard.observation_id = sizes.observation_id
            and leaderboard.cluster_id = sizes.cluster_id
            -- An overdue plan is still the planned row it was.
            and replace(leaderboard.status, 'overdue', 'planned') = sizes.status
            and sizes.is_best_estimate
    where sizes.observation_id is null

)

select * from wrong
