-- One row per observation: a fact stated by one or more articles (in any language), with its
-- figure (the median of the stated figures), how many independent sources state it (a
-- near-duplicate article counts with its original, once), when it was first and last seen, and
-- how sure we are. Every stating claim is linked through int_observation_claims.
with

observation_claims as (

    select * from {{ ref('int_observation_claims') }}

),

-- The first article to state the fact names the entity and the native currency; the claim
-- with the earliest date tells how precise observed_on is.
first_claims as (

    select
        observation_id,
        {{ first_by('article_id', ['published_at', 'claim_id']) }} as first_article_id,
        {{ first_by('subject_name', ['published_at', 'claim_id']) }} as first_subject_name,
        {{ first_by('currency_code', ['published_at', 'claim_id']) }} as first_currency_code,
        {{ first_by('observed_on_precision', ['observed_on', 'published_at', 'claim_id']) }}
            as observed_on_precision
    from observation_claims
    group by observation_id

),

aggregated as (

    select
        observation_claims.observation_id,
        min(observation_claims.observation_group_key) as observation_group_key,
        min(observation_claims.claim_type) as claim_type,
        min(observation_claims.entity_kind) as entity_kind,
        min(observation_claims.entity_id) as entity_id,
        min(observation_claims.entity_key) as entity_key,
        min(observation_claims.cluster_id) as cluster_id,
        min(observation_claims.subject_company_id) as subject_company_id,
        min(observation_claims.owner_company_id) as owner_company_id,
        min(observation_claims.fact_status) as status,
        min(observation_claims.chip_id) as chip_id,
        min(observation_claims.chip_model) as chip_model,
        min(observation_claims.scope) as scope,
        min(observation_claims.period_start_on) as period_start_on,
        min(observation_claims.period_precision) as period_precision,
        min(observation_claims.observed_on) as observed_on,
        {{ median_value('observation_claims.fact_value') }} as fact_value,
        min(observation_claims.fact_value) as fact_value_low,
        max(
            case
                when observation_claims.fact_value_high > observation_claims.fact_value
                    then observation_claims.fact_value_high
                else observation_claims.fact_value
            end
        ) as fact_value_high,
        min(observation_claims.tolerance) as tolerance,
        -- Exact when any article states it exactly; articles bounding it differently
        -- ("more than" and "nearly" the same figure) make it approximate.
        case
            when sum(case when observation_claims.qualifier = 'exact' then 1 else 0 end) > 0
                then 'exact'
            when count(distinct observation_claims.qualifier) = 1
                then min(observation_claims.qualifier)
            else 'approx'
        end as qualifier,
        -- The native amount in the currency of the first article (others may differ).
        {{ median_value(
            'case when observation_claims.currency_code = first_claims.first_currency_code'
            ~ ' then observation_claims.amount end'
        ) }} as amount_median,
        {{ median_value('observation_claims.valuation_usd') }} as valuation_usd,
        max(
            case observation_claims.valuation_basis
                when 'post' then 2
                when 'pre' then 1
                else 0
            end
        ) as valuation_basis_rank,
        count(*) as n_claims,
        count(distinct observation_claims.source_article_id) as n_sources,
        count(distinct observation_claims.article_id) as n_articles,
        count(distinct observation_claims.language_code) as n_languages,
        {{ string_list_agg('observation_claims.language_code') }} as languages,
        min(observation_claims.published_on) as first_seen_on,
        max(observation_claims.published_on) as last_seen_on,
        max(observation_claims.confidence) as max_confidence
    from observation_claims
    inner join first_claims on observation_claims.observation_id = first_claims.observation_id
    group by observation_claims.observation_id

),

final as (

    select
        aggregated.observation_id,
        aggregated.observation_group_key,
        aggregated.claim_type,
        aggregated.entity_kind,
        aggregated.entity_id,
        aggregated.entity_key,
        first_claims.first_subject_name as entity_name,
        aggregated.cluster_id,
        case
            when aggregated.entity_kind = 'company' then aggregated.subject_company_id
            else aggregated.owner_company_id
        end as company_id,
        aggregated.owner_company_id,
        aggregated.status,
        aggregated.chip_id,
        aggregated.chip_model,
        aggregated.scope,
        aggregated.period_start_on,
        aggregated.period_precision,
        aggregated.observed_on,
        first_claims.observed_on_precision,
        aggregated.fact_value,
        aggregated.fact_value_low,
        aggregated.fact_value_high,
        aggregated.tolerance,
        aggregated.qualifier,
        first_claims.first_currency_code as currency_code,
        case
            when first_claims.first_currency_code is not null then aggregated.amount_median
        end as amount_native,
        aggregated.valuation_usd,
        case aggregated.valuation_basis_rank
            when 2 then 'post'
            when 1 then 'pre'
            else 'unspecified'
        end as valuation_basis,
        aggregated.n_claims,
        aggregated.n_sources,
        aggregated.n_articles,
        aggregated.n_languages,
        aggregated.languages,
        aggregated.first_seen_on,
        aggregated.last_seen_on,
        first_claims.first_article_id,
        aggregated.max_confidence,
        case
            when
                aggregated.n_sources >= 3
                or (
                    aggregated.n_sources >= 2
                    and aggregated.max_confidence >= {{ var('claim_confidence_high') }}
                )
                then 'high'
            when aggregated.max_confidence >= {{ var('claim_confidence_medium') }} then 'medium'
            else 'low'
        end as confidence
    from aggregated
    inner join first_claims on aggregated.observation_id = first_claims.observation_id

)

select * from final
