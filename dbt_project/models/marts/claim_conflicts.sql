-- Facts on which sources disagree beyond tolerance (chip counts var('chip_count_tolerance'),
-- money var('money_tolerance')): news against Epoch AI (int_reconciliation; Epoch AI,
-- 'GPU Clusters' / 'AI Companies' / 'ML Hardware' / 'Frontier Data Centers' datasets,
-- https://epoch.ai/data, CC BY 4.0) and news against news (two observations of the same fact,
-- status and period whose figures are too far apart to be one, or two different chip models
-- for the same cluster total). Side a is always a news observation. Bounded figures are read
-- with their qualifiers (macros/agreement.sql): "more than 200,000" conflicts with no figure
-- from 180,000 up.
with

reconciliation as (

    select * from {{ ref('int_reconciliation') }}
    where outcome = 'conflict'

),

observations as (

    select * from {{ ref('int_observations') }}
    where
        entity_id is not null
        and status != 'denied'

),

clusters as (

    select * from {{ ref('dim_clusters') }}

),

companies as (

    select * from {{ ref('stg_raw__ref_companies') }}

),

news_vs_epoch as (

    select
        'news_vs_epoch' as conflict_kind,
        reconciliation.subject_kind,
        coalesce(reconciliation.cluster_id, reconciliation.company_id) as subject_id,
        reconciliation.compared_field as fact,
        reconciliation.status,
        observations.period_start_on,
        reconciliation.news_value as value_a,
        reconciliation.epoch_value as value_b,
        reconciliation.news_qualifier as qualifier_a,
        case
            when reconciliation.news_qualifier = 'range' then observations.fact_value_high
        end as value_high_a,
        case when reconciliation.epoch_value is not null then 'exact' end as qualifier_b,
        cast(null as {{ type_double() }}) as value_high_b,
        reconciliation.news_text as text_a,
        reconciliation.epoch_text as text_b,
        reconciliation.relative_difference,
        reconciliation.tolerance,
        reconciliation.observation_id as observation_id_a,
        observations.n_sources as n_sources_a,
        'epoch' as source_kind_b,
        cast(null as {{ dbt.type_string() }}) as observation_id_b,
        reconciliation.epoch_table as epoch_table_b,
        reconciliation.epoch_row as epoch_row_b,
        cast(1 as {{ dbt.type_bigint() }}) as n_sources_b,
        'Epoch AI: ' || reconciliation.epoch_name as source_ref_b
    from reconciliation
    inner join observations on reconciliation.observation_id = observations.observation_id

),

value_pairs as (

    select
        'news_vs_news' as conflict_kind,
        case
            when lower_obs.entity_kind = 'cluster' then 'cluster'
            when lower_obs.claim_type = 'funding_round' then 'funding_round'
            else 'company'
        end as subject_kind,
        lower_obs.entity_id as subject_id,
        case lower_obs.claim_type
            when 'cluster_size' then 'chip_count'
            when 'chip_holding' then 'holding_count'
            when 'funding_round' then 'round_amount'
            when 'valuation' then 'valuation'
            when 'power_capacity' then 'power_mw'
            else 'build_days'
        end as fact,
        lower_obs.status,
        lower_obs.period_start_on,
        lower_obs.fact_value as value_a,
        higher_obs.fact_value as value_b,
        lower_obs.qualifier as qualifier_a,
        case when lower_obs.qualifier = 'range' then lower_obs.fact_value_high end as value_high_a,
        higher_obs.qualifier as qualifier_b,
        case
            when higher_obs.qualifier = 'range' then higher_obs.fact_value_high
        end as value_high_b,
        lower_obs.chip_id as text_a,
        higher_obs.chip_id as text_b,
        {{ bounded_difference(
            'lower_obs.fact_value', 'higher_obs.fact_value',
            'lower_obs.qualifier', 'higher_obs.qualifier',
            'lower_obs.fact_value_high', 'higher_obs.fact_value_high'
        ) }} as relative_difference,
        {{ agreement_tolerance(
            'lower_obs.tolerance', 'lower_obs.qualifier', 'higher_obs.qualifier'
        ) }} as tolerance,
        lower_obs.observation_id as observation_id_a,
        lower_obs.n_sources as n_sources_a,
        'news' as source_kind_b,
        higher_obs.observation_id as observation_id_b,
        cast(null as {{ dbt.type_string() }}) as epoch_table_b,
        cast(null as {{ dbt.type_bigint() }}) as epoch_row_b,
        higher_obs.n_sources as n_sources_b,
        cast(null as {{ dbt.type_string() }}) as source_ref_b
    from observations as lower_obs
    inner join observations as higher_obs
        on
            lower_obs.observation_group_key = higher_obs.observation_group_key
            and lower_obs.fact_value < higher_obs.fact_value

),

chip_pairs as (

    select
        'news_vs_news' as conflict_kind,
        'cluster' as subject_kind,
        first_obs.cluster_id as subject_id,
        'chip_model' as fact,
        first_obs.status,
        first_obs.period_start_on,
        first_obs.fact_value as value_a,
        second_obs.fact_value as value_b,
        first_obs.qualifier as qualifier_a,
        case when first_obs.qualifier = 'range' then first_obs.fact_value_high end as value_high_a,
        second_obs.qualifier as qualifier_b,
        case
            when second_obs.qualifier = 'range' then second_obs.fact_value_high
        end as value_high_b,
        first_obs.chip_id as text_a,
        second_obs.chip_id as text_b,
        cast(1 as {{ type_double() }}) as relative_difference,
        cast(0 as {{ type_double() }}) as tolerance,
        first_obs.observation_id as observation_id_a,
        first_obs.n_sources as n_sources_a,
        'news' as source_kind_b,
        second_obs.observation_id as observation_id_b,
        cast(null as {{ dbt.type_string() }}) as epoch_table_b,
        cast(null as {{ dbt.type_bigint() }}) as epoch_row_b,
        second_obs.n_sources as n_sources_b,
        cast(null as {{ dbt.type_string() }}) as source_ref_b
    from observations as first_obs
    inner join observations as second_obs
        on
            first_obs.cluster_id = second_obs.cluster_id
            and first_obs.status = second_obs.status
            and first_obs.period_start_on = second_obs.period_start_on
            and first_obs.period_precision = second_obs.period_precision
            and first_obs.chip_id < second_obs.chip_id
    where
        first_obs.claim_type = 'cluster_size'
        and second_obs.claim_type = 'cluster_size'
        and first_obs.scope = 'total'
        and second_obs.scope = 'total'

),

conflicts as (

    select * from news_vs_epoch
    union all
    select * from value_pairs
    where relative_difference > tolerance
    union all
    select * from chip_pairs

),

final as (

    select
        {{ short_hash([
            'conflicts.conflict_kind',
            'conflicts.fact',
            'conflicts.observation_id_a',
            'conflicts.observation_id_b',
            'conflicts.epoch_table_b',
            'conflicts.epoch_row_b',
        ]) }} as conflict_id,
        conflicts.conflict_kind,
        conflicts.subject_kind,
        conflicts.subject_id,
        coalesce(clusters.cluster_name, companies.company_name) as subject_name,
        conflicts.fact,
        conflicts.status,
        conflicts.period_start_on,
        conflicts.value_a,
        conflicts.value_b,
        conflicts.qualifier_a,
        conflicts.value_high_a,
        conflicts.qualifier_b,
        conflicts.value_high_b,
        conflicts.text_a,
        conflicts.text_b,
        conflicts.relative_difference,
        conflicts.tolerance,
        conflicts.observation_id_a,
        cast(conflicts.n_sources_a as {{ dbt.type_bigint() }}) as n_sources_a,
        conflicts.source_kind_b,
        conflicts.observation_id_b,
        conflicts.epoch_table_b,
        conflicts.epoch_row_b,
        cast(conflicts.n_sources_b as {{ dbt.type_bigint() }}) as n_sources_b,
        conflicts.source_ref_b
    from conflicts
    left join clusters
        on
            conflicts.subject_kind = 'cluster'
            and conflicts.subject_id = clusters.cluster_id
    left join companies
        on
            conflicts.subject_kind != 'cluster'
            and conflicts.subject_id = companies.company_id

)

select * from final
