-- Every row of the fact marts and the leaderboard leads back to at least one source in
-- claim_provenance. Returns the rows that do not.

-- Dagster shows this test as a check of claim_provenance (it reads several models).
{{ config(meta={'dagster': {'ref': {'name': 'claim_provenance'}}}) }}

with

provenance as (

    select distinct
        mart_name,
        mart_key
    from {{ ref('claim_provenance') }}

),

mart_rows as (

    select
        'fct_cluster_sizes' as mart_name,
        observation_id as mart_key
    from {{ ref('fct_cluster_sizes') }}

    union all

    select
        'cluster_leaderboard' as mart_name,
        cluster_id || ':' || status as mart_key
    from {{ ref('cluster_leaderboard') }}

    union all

    select
        'fct_chip_holdings' as mart_name,
        holding_id as mart_key
    from {{ ref('fct_chip_holdings') }}

    union all

    select
        'fct_funding_rounds' as mart_name,
        round_id as mart_key
    from {{ ref('fct_funding_rounds') }}

    union all

    select
        'fct_valuations' as mart_name,
        valuation_id as mart_key
    from {{ ref('fct_valuations') }}

    union all

    select
        'claim_conflicts' as mart_name,
        conflict_id as mart_key
    from {{ ref('claim_conflicts') }}

),

missing as (

    select mart_rows.*
    from mart_rows
    left join provenance
        on
            mart_rows.mart_name = provenance.mart_name
            and mart_rows.mart_key = provenance.mart_key
    where provenance.mart_key is null

)

select * from missing
