-- cluster_leaderboard's rank is the plain order 1, 2, 3, ... within the default view of each
-- status (no shared ranks, no gaps), so "rank <= 25" is 25 rows whenever the view has 25, and
-- it follows H100e (largest first, unknown last). Returns the rows that break this.
with

leaderboard as (

    select * from {{ ref('cluster_leaderboard') }}
    where is_default_view

),

ordered as (

    select
        status,
        cluster_id,
        rank,
        h100_equivalents,
        row_number() over (partition by status order by rank) as expected_rank,
        lead(h100_equivalents) over (partition by status order by rank) as next_h100e,
        lead(rank) over (partition by status order by rank) as next_rank
    from leaderboard

),

wrong as (

    select * from ordered
    where
        rank != expected_rank
        -- a larger figure after a smaller one, or a figure after an unknown one
        or next_h100e > h100_equivalents
        or (h100_equivalents is null and next_h100e is not null)

)

select * from wrong
