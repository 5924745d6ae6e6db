-- "rank <= 25" gives 25 rows for each status whose default view holds at least 25 clusters.
-- Returns the statuses where it does not.
with

leaderboard as (

    select * from {{ ref('cluster_leaderboard') }}

),

counts as (

    select
        status,
        sum(case when rank <= 25 then 1 else 0 end) as n_top_25,
        sum(case when is_default_view then 1 else 0 end) as n_default_view
    from leaderboard
    group by status

)

select * from counts
where n_top_25 != least(n_default_view, 25)
