-- Per company: its compute (operational and planned H100-equivalents) beside its latest
-- valuation. Compute counts clusters and fleet holdings without double counting: a company's
-- fleet (fct_chip_holdings) includes its clusters, so per status we take the larger of
-- (the sum of its clusters' current H100e, its latest fleet holding's H100e), never the sum.
-- Planned compute per cluster is its planned target when one is shown, else its current size.
-- Only the leaderboard's default view counts: not what Epoch AI rates Unlikely, not operational
-- rows it leaves out of its standard analysis, not overdue plans. A cluster counts for every
-- company behind it (cluster_owners: operator, partner, tenant), once per company, so a
-- cluster shared by Microsoft and OpenAI is in both rows: never sum this column across
-- companies. A fleet statement without a chip model counts through its estimated H100e.
with

leaderboard as (

    select * from {{ ref('cluster_leaderboard') }}
    where
        is_default_view
        and status in ('operational', 'planned')

),

owners as (

    select * from {{ ref('cluster_owners') }}
    where company_id is not null

),

holdings as (

    select * from {{ ref('fct_chip_holdings') }}
    where
        company_id is not null
        and scope = 'total'

),

valuations as (

    select * from {{ ref('fct_valuations') }}
    where
        company_id is not null
        and status in ('closed', 'reported')
        and valuation_usd > 0

),

companies as (

    select * from {{ ref('dim_companies') }}

),

cluster_states as (

    select
        owners.company_id,
        leaderboard.cluster_id,
        max(
            case when leaderboard.status = 'operational' then leaderboard.h100_equivalents end
        ) as operational_h100e,
        max(case when leaderboard.status = 'planned' then leaderboard.h100_equivalents end)
            as planned_h100e
    from leaderboard
    inner join owners on leaderboard.cluster_id = owners.cluster_id
    group by owners.company_id, leaderboard.cluster_id

),

cluster_compute as (

    select
        company_id,
        sum(operational_h100e) as cluster_operational_h100e,
        sum(coalesce(planned_h100e, operational_h100e)) as cluster_planned_h100e,
        count(*) as n_clusters
    from cluster_states
    group by company_id

),

-- A fleet statement may list several chip models: the latest statement per status counts.
latest_holding_dates as (

    select
        company_id,
        status,
        max(observed_on) as observed_on
    from holdings
    group by company_id, status

),

fleet_compute as (

    select
        holdings.company_id,
        sum(
            case when holdings.status = 'operational' then holdings.h100_equivalents end
        ) as fleet_operational_h100e,
        sum(case when holdings.status = 'planned' then holdings.h100_equivalents end)
            as fleet_planned_h100e,
        max(case when holdings.status = 'operational' then holdings.observed_on end)
            as fleet_operational_on,
        max(case when holdings.status = 'planned' then holdings.observed_on end)
            as fleet_planned_on
    from holdings
    inner join latest_holding_dates
        on
            holdings.company_id = latest_holding_dates.company_id
            and holdings.status = latest_holding_dates.status
            and holdings.observed_on = latest_holding_dates.observed_on
    group by holdings.company_id

),

latest_valuations as (

    select
        company_id,
        valuation_id,
        valued_on,
        valuation_usd,
        -- Latest by the date the valuation was set; of two set the same day the larger,
        -- since a smaller figure dated by the same article is an earlier state restated.
        row_number() over (
            partition by company_id
            order by valued_on desc, valuation_usd desc, n_sources desc, valuation_id asc
        ) as recency_rank
    from valuations
    where valued_on is not null

),

company_ids as (

    select company_id from cluster_compute
    union
    select company_id from fleet_compute
    union
    select company_id from latest_valuations

),

combined as (

    select
        company_ids.company_id,
        cluster_compute.n_clusters,
        cluster_compute.cluster_operational_h100e,
        cluster_compute.cluster_planned_h100e,
        fleet_compute.fleet_operational_h100e,
        fleet_compute.fleet_planned_h100e,
        fleet_compute.fleet_operational_on,
        fleet_compute.fleet_planned_on,
        latest_valuations.valuation_id,
        latest_valuations.valued_on,
        latest_valuations.valuation_usd
    from company_ids
    left join cluster_compute on company_ids.company_id = cluster_compute.company_id
    left join fleet_compute on company_ids.company_id = fleet_compute.company_id
    left join latest_valuations
        on
            company_ids.company_id = latest_valuations.company_id
            and latest_valuations.recency_rank = 1

),

compared as (

    select
        combined.company_id,
        companies.company_name,
        companies.company_type,
        cast(coalesce(combined.n_clusters, 0) as {{ dbt.type_bigint() }}) as n_clusters,
        -- Per status, the larger of the clusters' sum and the fleet, and which one it is.
        {% for status in ['operational', 'planned'] -%}
            {%- set clusters = 'combined.cluster_' ~ status ~ '_h100e' -%}
            {%- set fleet = 'combined.fleet_' ~ status ~ '_h100e' -%}
            {%- set fleet_is_larger =
                'coalesce(' ~ fleet ~ ', 0) > coalesce(' ~ clusters ~ ', 0)' -%}
            {{ clusters }},
            {{ fleet }},
            case when {{ fleet_is_larger }} then {{ fleet }} else {{ clusters }} end
                as {{ status }}_h100e,
            case
                when {{ clusters }} is null and {{ fleet }} is null then null
                when {{ fleet_is_larger }} then 'fleet'
                else 'clusters'
            end as {{ status }}_basis,
        {% endfor -%}
        combined.valuation_id,
        combined.valued_on,
        combined.valuation_usd
    from combined
    inner join companies on combined.company_id = companies.company_id

),

final as (

    select
        *,
        valuation_usd / nullif(operational_h100e, 0) as valuation_usd_per_h100e
    from compared

)

select * from final
