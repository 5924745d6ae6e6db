-- Assigns every claim that states a figure to one observation: the same fact (entity, claim
-- type, status, chip or scope, period = as_of month or year, else the publication month) with
-- figures within tolerance of each other (chip counts var('chip_count_tolerance'), money
-- var('money_tolerance')). Figures are sorted within a fact; a gap larger than the tolerance
-- starts a new observation. Vague claims (no figure) stay in int_claims_normalized only.
-- Rebuilt as a whole (table): a new article can join figures, move older claims to a cluster
-- that just became known, or split an observation, so older rows are not stable.
with

claims as (

    select * from {{ ref('int_claims_normalized') }}
    where fact_value is not null

),

resolution as (

    select * from {{ ref('int_cluster_resolution') }}

),

keyed as (

    select
        claims.*,
        resolution.cluster_id,
        resolution.resolution_method,
        case
            when claims.entity_kind = 'cluster' then resolution.cluster_id
            else claims.subject_company_id
        end as entity_id,
        cast(case claims.claim_type
            when 'cluster_size' then {{ var('chip_count_tolerance') }}
            when 'chip_holding' then {{ var('chip_count_tolerance') }}
            when 'funding_round' then {{ var('money_tolerance') }}
            when 'valuation' then {{ var('money_tolerance') }}
            when 'power_capacity' then {{ var('power_tolerance') }}
            else {{ var('duration_tolerance') }}
        end as {{ type_double() }}) as tolerance,
        -- The upper figure of a range ("3 to 5 billion"), in the unit of fact_value.
        case
            when claims.claim_type in {{ claim_type_list(quantity=false) }}
                then claims.amount_high_usd
            else claims.quantity_high
        end as fact_value_high
    from claims
    left join resolution on claims.claim_id = resolution.claim_id

),

grouped as (

    select
        *,
        coalesce(entity_id, 'unresolved:' || {{ name_key('subject_name') }}) as entity_key,
        {{ short_hash([
            'claim_type',
            "coalesce(entity_id, 'unresolved:' || " ~ name_key('subject_name') ~ ")",
            'fact_status',
            'coalesce(chip_id, chip_model)',
            'scope',
            'period_start_on',
            'period_precision',
        ]) }} as observation_group_key
    from keyed

),

-- The value buckets are found on the few columns they need, not on every column of the claim.
ordered as (

    select
        claim_id,
        observation_group_key,
        fact_value,
        tolerance,
        published_at,
        lag(fact_value) over (
            partition by observation_group_key order by fact_value, claim_id
        ) as previous_value
    from grouped

),

bucketed as (

    select
        claim_id,
        observation_group_key,
        fact_value,
        published_at,
        sum(
            case
                when previous_value is null then 1
                when {{ relative_difference('previous_value', 'fact_value') }} > tolerance then 1
                else 0
            end
        ) over (
            partition by observation_group_key
            order by fact_value, claim_id
            rows between unbounded preceding and current row
        ) as value_bucket
    from ordered

),

-- The first published figure of an observation names it, so later articles keep its id.
anchors as (

    select
        observation_group_key,
        value_bucket,
        {{ first_by('fact_value', ['published_at', 'claim_id']) }} as anchor_value
    from bucketed
    group by observation_group_key, value_bucket

),

final as (

    select
        'news-' || {{ short_hash(['bucketed.observation_group_key', 'anchors.anchor_value']) }}
            as observation_id,
        bucketed.observation_group_key,
        bucketed.value_bucket,
        grouped.claim_id,
        grouped.article_id,
        grouped.source_article_id,
        grouped.is_duplicate_article,
        grouped.claim_type,
        grouped.entity_kind,
        grouped.entity_id,
        grouped.entity_key,
        grouped.cluster_id,
        grouped.resolution_method,
        grouped.subject_name,
        grouped.subject_company_id,
        grouped.owner_company_id,
        grouped.fact_status,
        grouped.chip_id,
        grouped.chip_model,
        grouped.scope,
        grouped.period_start_on,
        grouped.period_precision,
        grouped.observed_on,
        grouped.observed_on_precision,
        grouped.fact_value,
        grouped.tolerance,
        grouped.fact_value_high,
        grouped.qualifier,
        grouped.amount,
        grouped.currency_code,
        grouped.amount_usd,
        grouped.valuation_usd,
        grouped.valuation_basis,
        grouped.published_at,
        grouped.published_on,
        grouped.language_code,
        grouped.confidence
    from grouped
    inner join bucketed on grouped.claim_id = bucketed.claim_id
    inner join anchors
        on
            bucketed.observation_group_key = anchors.observation_group_key
            and bucketed.value_bucket = anchors.value_bucket

)

select * from final
