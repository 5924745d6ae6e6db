-- Which cluster each cluster claim (size, power, build duration) is about. In order:
-- 1. the subject is a reference cluster's name or alias;
-- 2. the subject is the name of an Epoch row (any phase);
-- 3. the subject is a company (an unnamed cluster): the one cluster that company owns with
--    the claim's chip, if exactly one (several: unresolved, as ambiguous);
-- 4. otherwise the claim names a cluster no reference knows: with at least
--    news_cluster_min_articles independent articles it becomes a news-only cluster,
--    else it stays unresolved (kept and counted, not attached).
with

claims as (

    select * from {{ ref('int_claims_normalized') }}
    where entity_kind = 'cluster'

),

ref_clusters as (

    select * from {{ ref('stg_raw__ref_clusters') }}

),

phases as (

    select * from {{ ref('int_epoch_cluster_phases') }}
    where is_cluster_state

),

epoch_names as (

    select
        {{ name_key('epoch_name') }} as lookup_key,
        min(cluster_id) as cluster_id
    from phases
    where not is_anonymized
    group by {{ name_key('epoch_name') }}
    having count(distinct cluster_id) = 1

),

-- Every (owner, chip) a known cluster has: from Epoch phases and the reference list.
cluster_chips as (

    select
        coalesce(ref_clusters.owner_company_id, phases.owner_company_id) as owner_company_id,
        phases.cluster_id,
        phases.chip_id_primary as chip_id
    from phases
    left join ref_clusters on phases.cluster_id = ref_clusters.cluster_id
    where phases.chip_id_primary is not null

    union

    select
        coalesce(ref_clusters.owner_company_id, phases.owner_company_id) as owner_company_id,
        phases.cluster_id,
        phases.chip_id_secondary as chip_id
    from phases
    left join ref_clusters on phases.cluster_id = ref_clusters.cluster_id
    where phases.chip_id_secondary is not null

),

owner_chip_matches as (

    select
        owner_company_id,
        chip_id,
        min(cluster_id) as cluster_id,
        count(distinct cluster_id) as n_clusters
    from cluster_chips
    where owner_company_id is not null
    group by owner_company_id, chip_id

),

known as (

    select
        claims.claim_id,
        claims.source_article_id,
        claims.subject_name,
        claims.subject_company_id,
        claims.owner_company_id,
        claims.chip_id,
        case
            when claims.subject_ref_cluster_id is not null then claims.subject_ref_cluster_id
            when epoch_names.cluster_id is not null then epoch_names.cluster_id
            when owner_chip_matches.n_clusters = 1 then owner_chip_matches.cluster_id
        end as known_cluster_id,
        case
            when claims.subject_ref_cluster_id is not null then 'reference_name'
            when epoch_names.cluster_id is not null then 'epoch_name'
            when owner_chip_matches.n_clusters = 1 then 'owner_and_chip'
            when owner_chip_matches.n_clusters > 1 then 'ambiguous'
        end as known_method
    from claims
    left join epoch_names on {{ name_key('claims.subject_name') }} = epoch_names.lookup_key
    left join owner_chip_matches
        on
            claims.subject_company_id = owner_chip_matches.owner_company_id
            and claims.chip_id = owner_chip_matches.chip_id

),

-- A named cluster nobody knows, or a company's cluster with a chip no known cluster has.
news_candidates as (

    select
        *,
        case
            when subject_company_id is null
                then 'news_' || {{ slugify('subject_name') }}
            when chip_id is not null
                then
                    'news_' || {{ slugify('subject_company_id') }} || '_'
                    || {{ slugify('chip_id') }}
        end as candidate_cluster_id
    from known
    where known_method is null

),

candidate_support as (

    select
        candidate_cluster_id,
        count(distinct source_article_id) as n_articles
    from news_candidates
    where candidate_cluster_id is not null
    group by candidate_cluster_id

),

final as (

    select
        known.claim_id,
        coalesce(
            known.known_cluster_id,
            case
                when candidate_support.n_articles >= {{ var('news_cluster_min_articles') }}
                    then news_candidates.candidate_cluster_id
            end
        ) as cluster_id,
        case
            -- Known, or ambiguous (several clusters of the owner have the chip).
            when known.known_method is not null then known.known_method
            when candidate_support.n_articles >= {{ var('news_cluster_min_articles') }}
                then 'news_only'
            else 'unresolved'
        end as resolution_method,
        news_candidates.candidate_cluster_id,
        coalesce(candidate_support.n_articles, 0) as n_candidate_articles
    from known
    left join news_candidates on known.claim_id = news_candidates.claim_id
    left join candidate_support
        on news_candidates.candidate_cluster_id = candidate_support.candidate_cluster_id

)

select * from final
