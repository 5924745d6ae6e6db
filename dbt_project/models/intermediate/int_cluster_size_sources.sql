-- Which sources stand behind each row of fct_cluster_sizes: the row is an Epoch phase
-- ('epoch-<epoch_row>') or a news observation of a cluster's total size. A news total that
-- agrees with the Epoch phase of the same state (int_reconciliation: count within tolerance,
-- no chip conflict) is attached to the phase's row instead of having its own; news parts
-- ("including 50,000 H200") attach to the row of their total (same cluster, status, period):
-- the total stated in the same sentences, else one at least as large as the part.
with

phases as (

    select * from {{ ref('int_epoch_cluster_phases') }}
    where is_cluster_state

),

sizes as (

    select * from {{ ref('int_observations') }}
    where
        claim_type = 'cluster_size'
        and cluster_id is not null
        and status in ('operational', 'planned')

),

observation_claims as (

    select * from {{ ref('int_observation_claims') }}
    where claim_type = 'cluster_size'

),

claims as (

    select * from {{ ref('int_claims_normalized') }}

),

reconciliation as (

    select * from {{ ref('int_reconciliation') }}
    where subject_kind = 'cluster'

),

chip_conflicts as (

    select distinct observation_id
    from reconciliation
    where
        compared_field = 'chip_model'
        and outcome = 'conflict'

),

merged as (

    select
        reconciliation.observation_id,
        min(reconciliation.epoch_row) as epoch_row
    from reconciliation
    left join chip_conflicts on reconciliation.observation_id = chip_conflicts.observation_id
    where
        reconciliation.compared_field = 'chip_count'
        and reconciliation.scope = 'total'
        and reconciliation.outcome = 'agree'
        and chip_conflicts.observation_id is null
    group by reconciliation.observation_id

),

totals as (

    select
        sizes.observation_id as news_observation_id,
        sizes.cluster_id,
        sizes.status,
        sizes.period_start_on,
        sizes.period_precision,
        sizes.fact_value,
        case
            when merged.epoch_row is not null
                then 'epoch-' || {{ dbt.cast('merged.epoch_row', dbt.type_string()) }}
            else sizes.observation_id
        end as size_row_id
    from sizes
    left join merged on sizes.observation_id = merged.observation_id
    where sizes.scope = 'total'

),

-- How many sentences state a part together with a total ("200,000 GPUs, including 50,000
-- H200"): the same article and evidence span.
same_sentence as (

    select
        part_claims.observation_id as part_observation_id,
        total_claims.observation_id as total_observation_id,
        count(*) as n_shared_sentences
    from observation_claims as part_claims
    inner join claims as part_spans on part_claims.claim_id = part_spans.claim_id
    inner join observation_claims as total_claims
        on part_claims.article_id = total_claims.article_id
    inner join claims as total_spans
        on
            total_claims.claim_id = total_spans.claim_id
            and part_spans.evidence_start = total_spans.evidence_start
            and part_spans.evidence_end = total_spans.evidence_end
    where
        part_claims.scope = 'part'
        and total_claims.scope = 'total'
    group by part_claims.observation_id, total_claims.observation_id

),

-- A part belongs to a total stated for the same state: the one stated in the same sentences
-- most often, else one at least as large as the part, else the first by id.
part_candidates as (

    select
        parts.observation_id as news_observation_id,
        totals.size_row_id,
        row_number() over (
            partition by parts.observation_id
            order by
                coalesce(same_sentence.n_shared_sentences, 0) desc,
                case when totals.fact_value >= parts.fact_value then 0 else 1 end asc,
                totals.size_row_id asc
        ) as candidate_rank
    from sizes as parts
    inner join totals
        on
            parts.cluster_id = totals.cluster_id
            and parts.status = totals.status
            and parts.period_start_on = totals.period_start_on
            and parts.period_precision = totals.period_precision
    left join same_sentence
        on
            parts.observation_id = same_sentence.part_observation_id
            and totals.news_observation_id = same_sentence.total_observation_id
    where parts.scope = 'part'

),

part_targets as (

    select
        news_observation_id,
        size_row_id
    from part_candidates
    where candidate_rank = 1

),

links as (

    select
        'epoch-' || {{ dbt.cast('epoch_row', dbt.type_string()) }} as size_row_id,
        'epoch' as source_kind,
        'total' as role,
        epoch_row,
        cast(null as {{ dbt.type_string() }}) as news_observation_id
    from phases

    union all

    select
        size_row_id,
        'news' as source_kind,
        'total' as role,
        cast(null as {{ dbt.type_bigint() }}) as epoch_row,
        news_observation_id
    from totals

    union all

    select
        size_row_id,
        'news' as source_kind,
        'part' as role,
        cast(null as {{ dbt.type_bigint() }}) as epoch_row,
        news_observation_id
    from part_targets

),

final as (

    select
        {{ short_hash(['size_row_id', 'source_kind', 'epoch_row', 'news_observation_id']) }}
            as size_source_id,
        size_row_id,
        source_kind,
        role,
        epoch_row,
        news_observation_id
    from links

)

select * from final
