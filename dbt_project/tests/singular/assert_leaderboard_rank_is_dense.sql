-- cluster_leaderboard's rank is dense over H100e (descending) within each status: equal
-- figures share a rank, the next figure takes the next rank, unknown H100e share the last.
-- Returns the rows whose rank differs from that.
with

leaderboard as (

    select * from {{ ref('cluster_leaderboard') }}

),

figures as (

    select distinct
        status,
        h100_equivalents
    from leaderboard

),

expected as (

    select
        status,
        h100_equivalents,
        row_number() over (
            partition by status
            order by
                case when h100_equivalents is null then 1 else 0 end asc,
                h100_equivalents desc
        ) as expected_rank
    from figures

),

wrong as (

    select
        leaderboard.cluster_id,
        leaderboard.status,
        leaderboard.h100_equivalents,
        leaderboard.rank,
        expected.expected_rank
    from leaderboard
    inner join expected
        on
            leaderboard.status = expected.status
            and (
                leaderboard.h100_equivalents = expected.h100_equivalents
                or (leaderboard.h100_equivalents is null and expected.h100_equivalents is null)
            )
    where leaderboard.rank != expected.expected_rank

)

select * from wrong
