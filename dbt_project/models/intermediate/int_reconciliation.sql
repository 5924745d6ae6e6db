-- News observations compared with Epoch AI's rows about the same state (Epoch AI, 'GPU
-- Clusters' / 'AI Companies' datasets, https://epoch.ai/data, CC BY 4.0). One row per
-- comparison: agree when the figures are within tolerance (chip counts
-- var('chip_count_tolerance') = 10%, money var('money_tolerance') = 5%, as a share of the
-- larger figure), else conflict. A bounded news figure is read with its qualifier
-- (macros/agreement.sql): "more than 200,000" agrees with Epoch's 230,000.
-- Clusters: an operational figure is compared with the Epoch phase of the same cluster in
-- effect at the end of its period (allowing var('phase_report_lag_days') for Epoch's date);
-- a planned figure with the planned Epoch phase nearest in size. Parts ("50,000 of them
-- H200") are compared with the phase's count of that chip; a named chip that the phase does
-- not have is a chip_model conflict.
-- Funding rounds: a news round is compared with the Epoch round of the same company and a
-- compatible status (closed/reported with closed, planned with planned) dated within
-- var('round_match_window_days'), nearest in amount; an agreeing amount makes them one round.
{% set phase_age_days = dbt.datediff(
    'phases.observed_on', 'news_sizes.period_end_on', 'day'
) %}
{% set latest_phase_date = dbt.dateadd(
    'day', var('phase_report_lag_days'), 'news_sizes.period_end_on'
) %}
{% set round_days_apart = dbt.datediff(
    'news_rounds.observed_on', 'epoch_rounds.announced_on', 'day'
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

    select * from {{ ref('int_epoch_cluster_phases') }}
    where is_cluster_state

),

epoch_rounds as (

    select * from {{ ref('int_epoch_funding_rounds') }}
    where not is_double_listed

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
                case
                    when news_sizes.status = 'operational' then {{ phase_age_days }}
                    else 0
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

news_rounds as (

    select * from observations
    where
        claim_type = 'funding_round'
        and company_id is not null
        and status in ('closed', 'reported', 'planned')

),

round_candidates as (

    select
        news_rounds.observation_id,
        news_rounds.company_id,
        news_rounds.status,
        news_rounds.fact_value as news_value,
        news_rounds.fact_value_high as news_value_high,
        news_rounds.qualifier as news_qualifier,
        news_rounds.tolerance,
        case
            when news_rounds.valuation_basis = 'pre'
                then news_rounds.valuation_usd + news_rounds.fact_value
            else news_rounds.valuation_usd
        end as news_post_money_usd,
        epoch_rounds.epoch_row,
        epoch_rounds.round_name,
        epoch_rounds.post_money_valuation_usd,
        -- Epoch counts debt in some rounds: the news figure may be the equity part or the total.
        case
            when
                epoch_rounds.equity_usd > 0
                and {{ relative_difference('news_rounds.fact_value', 'epoch_rounds.equity_usd') }}
                < coalesce(
                    {{ relative_difference('news_rounds.fact_value', 'epoch_rounds.amount_usd') }},
                    2
                )
                then epoch_rounds.equity_usd
            else epoch_rounds.amount_usd
        end as epoch_value,
        abs({{ round_days_apart }}) as days_apart
    from news_rounds
    inner join epoch_rounds
        on
            news_rounds.company_id = epoch_rounds.company_id
            and (
                (news_rounds.status in ('closed', 'reported') and epoch_rounds.status = 'closed')
                or (news_rounds.status = 'planned' and epoch_rounds.status = 'planned')
            )
            and abs({{ round_days_apart }}) <= {{ var('round_match_window_days') }}
    where epoch_rounds.amount_usd > 0

),

ranked_rounds as (

    select
        *,
        row_number() over (
            partition by observation_id
            order by
                {{ bounded_difference(
                    'news_value', 'epoch_value', 'news_qualifier', a_high='news_value_high'
                ) }},
                {{ relative_difference('news_value', 'epoch_value') }},
                days_apart,
                epoch_row
        ) as candidate_rank
    from round_candidates

),

matched_rounds as (

    select * from ranked_rounds
    where candidate_rank = 1

),

-- Figures compared: cluster sizes, round amounts and the valuations stated with a round.
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

    union all

    select
        observation_id,
        'funding_round' as subject_kind,
        'round_amount' as compared_field,
        cast(null as {{ dbt.type_string() }}) as cluster_id,
        company_id,
        status,
        'total' as scope,
        cast(null as {{ dbt.type_string() }}) as chip_id,
        'epoch_funding_rounds' as epoch_table,
        epoch_row,
        round_name as epoch_name,
        news_value,
        news_value_high,
        news_qualifier,
        epoch_value,
        tolerance
    from matched_rounds

    union all

    select
        observation_id,
        'funding_round' as subject_kind,
        'valuation' as compared_field,
        cast(null as {{ dbt.type_string() }}) as cluster_id,
        company_id,
        status,
        'total' as scope,
        cast(null as {{ dbt.type_string() }}) as chip_id,
        'epoch_funding_rounds' as epoch_table,
        epoch_row,
        round_name as epoch_name,
        news_post_money_usd as news_value,
        cast(null as {{ type_double() }}) as news_value_high,
        -- The qualifier of a round bounds its amount, not the valuation stated with it.
        'exact' as news_qualifier,
        post_money_valuation_usd as epoch_value,
        tolerance
    from matched_rounds
    where
        news_post_money_usd > 0
        and post_money_valuation_usd > 0

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
