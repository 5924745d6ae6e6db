-- Facts on which two independent sources disagree about the same event on the same basis,
-- beyond tolerance (chip counts var('chip_count_tolerance'), money var('money_tolerance')),
-- each side with the statement (sentence or Epoch row) that says it. Clusters and fleets:
-- news against Epoch AI (int_reconciliation; Epoch AI, 'GPU Clusters' / 'AI Companies'
-- datasets, https://epoch.ai/data, CC BY 4.0) and news against news (two observations of the
-- same fact, status, scope and period whose figures are too far apart to be one, or two chip
-- models for one cluster total), when a different article stands on each side. A plan is
-- dated by the period it was first stated in: a planned figure that repeats a plan of an
-- earlier period (same entity, fact, chip and scope, figures that agree) restates that plan
-- and is set against no other plan of its period, which may be a later, different plan
-- (Colossus: the doubling to 200,000 of September 2024, repeated in December, against the
-- December plan of at least a million). Funding: the
-- valuation stated with a round against Epoch's valuation of the same round, or against
-- another article's for the same round, on the same basis (post-money with post-money,
-- pre-money with pre-money); a round's amount never conflicts, because amounts that differ
-- make different rounds (int_funding_round_statements). Side a is always a news statement.
-- Bounded figures are read with their qualifiers (macros/agreement.sql).
with

reconciliation as (

    select * from {{ ref('int_reconciliation') }}
    where
        outcome = 'conflict'
        and subject_kind = 'cluster'

),

observation_claims as (

    select * from {{ ref('int_observation_claims') }}

),

claims as (

    select * from {{ ref('int_claims_normalized') }}

),

round_statements as (

    select * from {{ ref('int_funding_round_statements') }}

),

epoch_rounds as (

    select * from {{ ref('int_epoch_funding_rounds') }}

),

-- The first claim of each article in an observation (one per independent source).
source_claims as (

    select
        observation_id,
        source_article_id,
        min(claim_id) as claim_id
    from observation_claims
    group by observation_id, source_article_id

),

observations as (

    select * from {{ ref('int_observations') }}
    where
        entity_id is not null
        and status != 'denied'
        and claim_type not in {{ claim_type_list(measure='money') }}

),

-- Planned observations that repeat a plan first stated in an earlier period.
plan_restatements as (

    select distinct later_obs.observation_id
    from observations as later_obs
    inner join observations as earlier_obs
        on
            later_obs.claim_type = earlier_obs.claim_type
            and later_obs.entity_id = earlier_obs.entity_id
            and later_obs.status = earlier_obs.status
            and coalesce(later_obs.chip_id, later_obs.chip_model, '')
            = coalesce(earlier_obs.chip_id, earlier_obs.chip_model, '')
            and later_obs.scope = earlier_obs.scope
            and later_obs.period_start_on > earlier_obs.period_start_on
    where
        later_obs.status = 'planned'
        and {{ figures_agree(
            'later_obs.fact_value', 'earlier_obs.fact_value', 'later_obs.tolerance',
            'later_obs.qualifier', 'earlier_obs.qualifier',
            'later_obs.fact_value_high', 'earlier_obs.fact_value_high'
        ) }}

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
        (
            select min(source_claims.claim_id) from source_claims
            where source_claims.observation_id = reconciliation.observation_id
        ) as claim_id_a,
        cast(null as {{ dbt.type_string() }}) as claim_id_b,
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
        {{ independent_claim_id('lower_obs.observation_id', 'higher_obs.observation_id', 'a') }}
            as claim_id_a,
        {{ independent_claim_id('lower_obs.observation_id', 'higher_obs.observation_id', 'b') }}
            as claim_id_b,
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
    left join plan_restatements as lower_restated
        on lower_obs.observation_id = lower_restated.observation_id
    left join plan_restatements as higher_restated
        on higher_obs.observation_id = higher_restated.observation_id
    where
        lower_restated.observation_id is null
        and higher_restated.observation_id is null

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
        {{ independent_claim_id('first_obs.observation_id', 'second_obs.observation_id', 'a') }}
            as claim_id_a,
        {{ independent_claim_id('first_obs.observation_id', 'second_obs.observation_id', 'b') }}
            as claim_id_b,
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

-- The valuation stated with a round, on a stated basis, per news claim of the round.
round_valuations as (

    select
        round_statements.round_id,
        round_statements.company_id,
        round_statements.status,
        round_statements.claim_id,
        round_statements.source_article_id,
        round_statements.valuation_basis,
        round_statements.valuation_usd,
        round_statements.stated_on,
        observation_claims.observation_id
    from round_statements
    inner join observation_claims on round_statements.claim_id = observation_claims.claim_id
    where
        round_statements.source_kind = 'news'
        and round_statements.valuation_usd > 0
        and round_statements.valuation_basis in ('post', 'pre')

),

epoch_valuations as (

    select
        round_statements.round_id,
        epoch_rounds.epoch_row,
        epoch_rounds.round_name,
        epoch_rounds.post_money_valuation_usd,
        epoch_rounds.pre_money_valuation_usd
    from round_statements
    inner join epoch_rounds on round_statements.epoch_row = epoch_rounds.epoch_row
    where round_statements.source_kind = 'epoch'

),

valuation_vs_epoch as (

    select
        'news_vs_epoch' as conflict_kind,
        'funding_round' as subject_kind,
        round_valuations.company_id as subject_id,
        'valuation' as fact,
        round_valuations.status,
        round_valuations.stated_on as period_start_on,
        round_valuations.valuation_usd as value_a,
        case round_valuations.valuation_basis
            when 'pre' then epoch_valuations.pre_money_valuation_usd
            else epoch_valuations.post_money_valuation_usd
        end as value_b,
        'exact' as qualifier_a,
        cast(null as {{ type_double() }}) as value_high_a,
        'exact' as qualifier_b,
        cast(null as {{ type_double() }}) as value_high_b,
        round_valuations.valuation_basis as text_a,
        round_valuations.valuation_basis as text_b,
        {{ relative_difference(
            'round_valuations.valuation_usd',
            "case round_valuations.valuation_basis when 'pre'"
            ~ " then epoch_valuations.pre_money_valuation_usd"
            ~ " else epoch_valuations.post_money_valuation_usd end"
        ) }} as relative_difference,
        cast({{ var('money_tolerance') }} as {{ type_double() }}) as tolerance,
        round_valuations.observation_id as observation_id_a,
        round_valuations.claim_id as claim_id_a,
        cast(null as {{ dbt.type_string() }}) as claim_id_b,
        cast(1 as {{ dbt.type_bigint() }}) as n_sources_a,
        'epoch' as source_kind_b,
        cast(null as {{ dbt.type_string() }}) as observation_id_b,
        'epoch_funding_rounds' as epoch_table_b,
        epoch_valuations.epoch_row as epoch_row_b,
        cast(1 as {{ dbt.type_bigint() }}) as n_sources_b,
        'Epoch AI: ' || epoch_valuations.round_name as source_ref_b
    from round_valuations
    inner join epoch_valuations on round_valuations.round_id = epoch_valuations.round_id

),

valuation_vs_news as (

    select
        'news_vs_news' as conflict_kind,
        'funding_round' as subject_kind,
        lower_val.company_id as subject_id,
        'valuation' as fact,
        lower_val.status,
        lower_val.stated_on as period_start_on,
        lower_val.valuation_usd as value_a,
        higher_val.valuation_usd as value_b,
        'exact' as qualifier_a,
        cast(null as {{ type_double() }}) as value_high_a,
        'exact' as qualifier_b,
        cast(null as {{ type_double() }}) as value_high_b,
        lower_val.valuation_basis as text_a,
        higher_val.valuation_basis as text_b,
        {{ relative_difference('lower_val.valuation_usd', 'higher_val.valuation_usd') }}
            as relative_difference,
        cast({{ var('money_tolerance') }} as {{ type_double() }}) as tolerance,
        lower_val.observation_id as observation_id_a,
        lower_val.claim_id as claim_id_a,
        higher_val.claim_id as claim_id_b,
        cast(1 as {{ dbt.type_bigint() }}) as n_sources_a,
        'news' as source_kind_b,
        higher_val.observation_id as observation_id_b,
        cast(null as {{ dbt.type_string() }}) as epoch_table_b,
        cast(null as {{ dbt.type_bigint() }}) as epoch_row_b,
        cast(1 as {{ dbt.type_bigint() }}) as n_sources_b,
        cast(null as {{ dbt.type_string() }}) as source_ref_b
    from round_valuations as lower_val
    inner join round_valuations as higher_val
        on
            lower_val.round_id = higher_val.round_id
            and lower_val.valuation_basis = higher_val.valuation_basis
            and lower_val.source_article_id != higher_val.source_article_id
            and lower_val.valuation_usd < higher_val.valuation_usd

),

conflicts as (

    select * from news_vs_epoch
    union all
    select * from value_pairs
    where
        relative_difference > tolerance
        and claim_id_a is not null
    union all
    select * from chip_pairs
    where claim_id_a is not null
    union all
    select * from valuation_vs_epoch
    where relative_difference > tolerance
    union all
    select * from valuation_vs_news
    where relative_difference > tolerance

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
            'conflicts.claim_id_a',
            'conflicts.claim_id_b',
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
        conflicts.claim_id_a,
        claims_a.evidence as evidence_a,
        cast(conflicts.n_sources_a as {{ dbt.type_bigint() }}) as n_sources_a,
        conflicts.source_kind_b,
        conflicts.observation_id_b,
        conflicts.epoch_table_b,
        conflicts.epoch_row_b,
        conflicts.claim_id_b,
        coalesce(claims_b.evidence, conflicts.source_ref_b) as evidence_b,
        cast(conflicts.n_sources_b as {{ dbt.type_bigint() }}) as n_sources_b,
        conflicts.source_ref_b
    from conflicts
    left join claims as claims_a on conflicts.claim_id_a = claims_a.claim_id
    left join claims as claims_b on conflicts.claim_id_b = claims_b.claim_id
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
