-- News cluster observations compared with Epoch AI's rows about the same state (Epoch AI,
-- 'GPU Clusters' dataset, https://epoch.ai/data, CC BY 4.0). One row per comparison: agree
-- when the figures are within tolerance (chip counts var('chip_count_tolerance') = 10%, as a
-- share of the larger figure), else conflict. A bounded news figure is read with its qualifier
-- (macros/agreement.sql): "more than 200,000" agrees with Epoch's 230,000.
-- Clusters: an operational figure is compared with the Epoch phase of the same cluster in
-- effect at the end of its period (allowing var('phase_report_lag_days') for Epoch's date), or,
-- for a figure dated only to a year, with a phase of that year it agrees with;
-- a planned site total with the planned Epoch phase due in the period it names as its target
-- (a date after its first report: "64,000 GB200 by the end of 2026" meets the phase planned
-- for 2026), else with the phase it agrees with, else with the cluster's final planned phase
-- (the site at completion: a plan that names no phase is the whole site, and setting it
-- against whichever phase is nearest in size compares it with one phase; no comparison when
-- that phase gives no chip count). Planned parts ("50,000 of them H200") are compared with
-- the planned phase nearest in that chip's count. A part is compared only when the sentence
-- that states it also states the total it is a share of (a breakdown); a part stated alone,
-- such as one building's chips ("up to 50,000 GB200 per building"), is a share of a whole we
-- do not know. A named chip that the phase does not have is a chip_model conflict.
-- Funding rounds are matched as events in int_funding_round_statements.
{% set phase_age_days = dbt.datediff(
    'phases.observed_on', 'news_sizes.period_end_on', 'day'
) %}
{% set latest_phase_date = dbt.dateadd(
    'day', var('phase_report_lag_days'), 'news_sizes.period_end_on'
) %}
{% set planned_size_gap = bounded_difference(
    'news_sizes.fact_value', 'phases.chip_count', 'news_sizes.qualifier',
    a_high='news_sizes.fact_value_high'
) %}

with

observations as (

    select * from {{ ref('int_observations') }}

),

phases as (

    select
        *,
        -- The last planned phase of a cluster: the site as finally planned.
        status = 'planned'
        and row_number() over (
            partition by cluster_id, status
            order by observed_on desc, phase_number desc, epoch_row desc
        ) = 1 as is_final_plan
    from {{ ref('int_epoch_cluster_phases') }}
    where is_cluster_state

),

claims as (

    select * from {{ ref('int_claims_normalized') }}
    where claim_type = 'cluster_size'

),

-- Part observations whose total is stated in the same sentence (a breakdown of that total).
part_breakdowns as (

    select distinct observation_claims.observation_id
    from {{ ref('int_observation_claims') }} as observation_claims
    inner join claims as part_claims on observation_claims.claim_id = part_claims.claim_id
    inner join claims as total_claims
        on
            part_claims.article_id = total_claims.article_id
            and part_claims.evidence_start = total_claims.evidence_start
            and total_claims.scope = 'total'
    where part_claims.scope = 'part'

),

news_sizes as (

    select
        *,
        cast({{ dbt.dateadd(
            'day',
            -1,
            "case when period_precision = 'year' then "
            ~ dbt.dateadd('year', 1, 'period_start_on')
            ~ " else " ~ dbt.dateadd('month', 1, 'period_start_on') ~ " end"
        ) }} as date) as period_end_on
    from observations
    where
        claim_type = 'cluster_size'
        and cluster_id is not null
        and status in ('operational', 'planned')
        and (
            scope = 'total'
            or observation_id in (select part_breakdowns.observation_id from part_breakdowns)
        )

),

size_candidates as (

    select
        news_sizes.observation_id,
        news_sizes.cluster_id,
        news_sizes.status,
        news_sizes.scope,
        news_sizes.chip_id,
        news_sizes.fact_value as news_value,
        news_sizes.fact_value_high as news_value_high,
        news_sizes.qualifier as news_qualifier,
        news_sizes.tolerance,
        phases.epoch_row,
        phases.epoch_name,
        phases.chip_id_primary,
        phases.chip_id_secondary,
        phases.chip_model as epoch_chip_model,
        case
            when news_sizes.scope = 'total' then phases.chip_count
            when phases.chip_id_primary = news_sizes.chip_id then phases.chip_quantity_primary
            when phases.chip_id_secondary = news_sizes.chip_id then phases.chip_quantity_secondary
        end as epoch_value,
        row_number() over (
            partition by news_sizes.observation_id
            order by
                -- A figure dated only to a year ("early this year") is the phase of that year
                -- it agrees with, not necessarily the one in effect at the year's end.
                case
                    when
                        news_sizes.status = 'operational'
                        and news_sizes.period_precision = 'year'
                        and news_sizes.scope = 'total'
                        and phases.observed_on >= news_sizes.period_start_on
                        and {{ relative_difference('news_sizes.fact_value', 'phases.chip_count') }}
                        <= news_sizes.tolerance
                        then 0
                    else 1
                end asc,
                case
                    when news_sizes.status = 'operational' then {{ phase_age_days }}
                    else 0
                end asc,
                -- A planned total: the phase due when it says, else the phase it agrees
                -- with, else the final plan.
                case
                    when
                        news_sizes.status != 'planned'
                        or news_sizes.scope != 'total'
                        or news_sizes.fact_value is null
                        then 0
                    when
                        news_sizes.observed_on > news_sizes.first_seen_on
                        and news_sizes.observed_on
                        between phases.observed_on
                        and {{ period_end_on(
                            'phases.observed_on', 'phases.observed_on_precision'
                        ) }}
                        then 0
                    when
                        coalesce({{ planned_size_gap }}, 1)
                        <= {{ agreement_tolerance('news_sizes.tolerance', 'news_sizes.qualifier') }}
                        then 1
                    when phases.is_final_plan then 2
                    else 3
                end asc,
                case
                    when news_sizes.status = 'planned' then {{ planned_size_gap }}
                    else 0
                end asc,
                case
                    when news_sizes.status = 'planned'
                        then {{ relative_difference('news_sizes.fact_value', 'phases.chip_count') }}
                    else 0
                end asc,
                phases.epoch_row asc
        ) as candidate_rank
    from news_sizes
    inner join phases
        on
            news_sizes.cluster_id = phases.cluster_id
            and (
                (
                    news_sizes.status = 'operational'
                    and phases.status in ('operational', 'decommissioned')
                    and phases.observed_on <= {{ latest_phase_date }}
                )
                or (news_sizes.status = 'planned' and phases.status = 'planned')
            )
            and (
                news_sizes.scope = 'total'
                or news_sizes.chip_id in (phases.chip_id_primary, phases.chip_id_secondary)
            )

),

matched_sizes as (

    select * from size_candidates
    where candidate_rank = 1

),

-- Figures compared: cluster sizes.
figure_pairs as (

    select
        observation_id,
        'cluster' as subject_kind,
        'chip_count' as compared_field,
        cluster_id,
        cast(null as {{ dbt.type_string() }}) as company_id,
        status,
        scope,
        chip_id,
        'epoch_gpu_clusters' as epoch_table,
        epoch_row,
        epoch_name,
        news_value,
        news_value_high,
        news_qualifier,
        epoch_value,
        tolerance
    from matched_sizes
    where epoch_value > 0

),

figure_comparisons as (

    select
        observation_id,
        subject_kind,
        compared_field,
        cluster_id,
        company_id,
        status,
        scope,
        chip_id,
        epoch_table,
        epoch_row,
        epoch_name,
        news_value,
        news_qualifier,
        epoch_value,
        cast(null as {{ dbt.type_string() }}) as news_text,
        cast(null as {{ dbt.type_string() }}) as epoch_text,
        {{ bounded_difference(
            'news_value', 'epoch_value', 'news_qualifier', a_high='news_value_high'
        ) }} as relative_difference,
        {{ agreement_tolerance('tolerance', 'news_qualifier') }} as tolerance
    from figure_pairs

),

-- A chip the news names for a cluster total must be one of the phase's chips.
chip_comparisons as (

    select
        observation_id,
        'cluster' as subject_kind,
        'chip_model' as compared_field,
        cluster_id,
        cast(null as {{ dbt.type_string() }}) as company_id,
        status,
        scope,
        chip_id,
        'epoch_gpu_clusters' as epoch_table,
        epoch_row,
        epoch_name,
        cast(null as {{ type_double() }}) as news_value,
        cast(null as {{ dbt.type_string() }}) as news_qualifier,
        cast(null as {{ type_double() }}) as epoch_value,
        chip_id as news_text,
        chip_id_primary
        || coalesce(' + ' || chip_id_secondary, '') as epoch_text,
        cast(case
            when chip_id in (chip_id_primary, chip_id_secondary) then 0
            else 1
        end as {{ type_double() }}) as relative_difference,
        cast(0 as {{ type_double() }}) as tolerance
    from matched_sizes
    where
        scope = 'total'
        and chip_id is not null
        and chip_id_primary is not null

),

comparisons as (

    select * from figure_comparisons
    union all
    select * from chip_comparisons

),

final as (

    select
        {{ short_hash(['observation_id', 'compared_field', 'epoch_table', 'epoch_row']) }}
            as reconciliation_id,
        observation_id,
        subject_kind,
        compared_field,
        cluster_id,
        company_id,
        status,
        scope,
        chip_id,
        epoch_table,
        epoch_row,
        epoch_name,
        news_value,
        news_qualifier,
        epoch_value,
        news_text,
        epoch_text,
        relative_difference,
        tolerance,
        case
            when relative_difference <= tolerance then 'agree'
            else 'conflict'
        end as outcome
    from comparisons

)

select * from final
