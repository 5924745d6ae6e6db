-- One row per AI cluster: the reference list's named clusters, every other cluster in Epoch
-- AI's GPU clusters table (Epoch AI, 'GPU Clusters' / 'AI Companies' / 'ML Hardware' /
-- 'Frontier Data Centers' datasets, https://epoch.ai/data, CC BY 4.0), and clusters known
-- only from news (stated by at least two independent articles). The owner is the reference
-- list's, else the operator Epoch names first (int_cluster_owners; every company behind a
-- cluster is in cluster_owners). Epoch rows flagged as possible duplicates are aliases.
with

ref_clusters as (

    select * from {{ ref('stg_raw__ref_clusters') }}

),

ref_aliases as (

    select * from {{ ref('stg_raw__ref_cluster_aliases') }}

),

phases as (

    select * from {{ ref('int_epoch_cluster_phases') }}
    where is_cluster_state

),

duplicates as (

    select * from {{ ref('int_epoch_cluster_phases') }}
    where duplicate_of_row is not null

),

main_owners as (

    select * from {{ ref('int_cluster_owners') }}
    where
        is_main_owner
        and role != 'tenant'

),

resolution as (

    select * from {{ ref('int_cluster_resolution') }}

),

claims as (

    select * from {{ ref('int_claims_normalized') }}

),

observations as (

    select * from {{ ref('int_observations') }}

),

companies as (

    select * from {{ ref('stg_raw__ref_companies') }}

),

epoch_roots as (

    select
        phases.cluster_id,
        {{ regex_replace_all(
            regex_replace_all('phases.epoch_name', "'^\"|\"$'", "''"),
            "' Phase [0-9]+$'",
            "''"
        ) }} as cluster_name,
        phases.owner_company_id,
        phases.owner_name,
        phases.location,
        phases.country_name,
        -- Named after the latest phase that runs (a plan's name may be a rumour's).
        row_number() over (
            partition by phases.cluster_id
            order by
                case when phases.status = 'planned' then 1 else 0 end asc,
                phases.phase_number desc
        ) as latest_rank
    from phases
    where phases.ref_cluster_id is null

),

epoch_clusters as (

    select
        cluster_id,
        cluster_name,
        owner_company_id,
        owner_name,
        location,
        country_name
    from epoch_roots
    where latest_rank = 1

),

news_cluster_claims as (

    select
        resolution.cluster_id,
        claims.subject_name,
        claims.owner_company_id,
        claims.owner_name,
        row_number() over (
            partition by resolution.cluster_id order by claims.published_at, claims.claim_id
        ) as published_rank
    from resolution
    inner join claims on resolution.claim_id = claims.claim_id
    where resolution.resolution_method = 'news_only'

),

news_owners as (

    select
        cluster_id,
        min(owner_company_id) as owner_company_id,
        min(owner_name) as owner_name
    from news_cluster_claims
    group by cluster_id

),

news_clusters as (

    select
        news_cluster_claims.cluster_id,
        news_cluster_claims.subject_name as cluster_name,
        news_owners.owner_company_id,
        news_owners.owner_name
    from news_cluster_claims
    inner join news_owners on news_cluster_claims.cluster_id = news_owners.cluster_id
    where news_cluster_claims.published_rank = 1

),

all_clusters as (

    select
        cluster_id,
        cluster_name,
        'reference' as cluster_source,
        owner_company_id,
        cast(null as {{ dbt.type_string() }}) as stated_owner_name,
        location,
        country_code,
        cast(null as {{ dbt.type_string() }}) as country_name,
        source_url
    from ref_clusters

    union all

    select
        cluster_id,
        cluster_name,
        'epoch' as cluster_source,
        owner_company_id,
        owner_name as stated_owner_name,
        location,
        cast(null as {{ dbt.type_string() }}) as country_code,
        country_name,
        'https://epoch.ai/data/gpu-clusters' as source_url
    from epoch_clusters

    union all

    select
        cluster_id,
        cluster_name,
        'news' as cluster_source,
        owner_company_id,
        owner_name as stated_owner_name,
        cast(null as {{ dbt.type_string() }}) as location,
        cast(null as {{ dbt.type_string() }}) as country_code,
        cast(null as {{ dbt.type_string() }}) as country_name,
        cast(null as {{ dbt.type_string() }}) as source_url
    from news_clusters

),

-- Every name the cluster goes by: reference aliases, Epoch phase names, news spellings.
names as (

    select
        cluster_id,
        cluster_alias as alias
    from ref_aliases

    union

    select
        cluster_id,
        epoch_name as alias
    from phases

    union

    select
        cluster_id,
        epoch_name as alias
    from duplicates

    union

    select
        resolution.cluster_id,
        claims.subject_name as alias
    from resolution
    inner join claims on resolution.claim_id = claims.claim_id
    where
        resolution.cluster_id is not null
        and resolution.resolution_method in ('reference_name', 'epoch_name', 'news_only')

),

alias_lists as (

    select
        names.cluster_id,
        {{ string_list_agg('names.alias') }} as aliases
    from names
    inner join all_clusters on names.cluster_id = all_clusters.cluster_id
    where names.alias != all_clusters.cluster_name
    group by names.cluster_id

),

phase_summary as (

    select
        cluster_id,
        count(*) as n_epoch_phases,
        min(
            case when status in ('operational', 'decommissioned') then observed_on end
        ) as first_operational_on,
        max(decommissioned_on) as decommissioned_on,
        sum(case when status != 'decommissioned' then 1 else 0 end) = 0 as is_decommissioned,
        sum(case when is_unlikely then 0 else 1 end) = 0 as is_unlikely
    from phases
    group by cluster_id

),

news_summary as (

    select
        cluster_id,
        min(case when status = 'operational' then observed_on end) as first_operational_on
    from observations
    where
        claim_type = 'cluster_size'
        and cluster_id is not null
    group by cluster_id

),

final as (

    select
        all_clusters.cluster_id,
        all_clusters.cluster_name,
        all_clusters.cluster_source,
        coalesce(all_clusters.owner_company_id, main_owners.company_id) as owner_company_id,
        coalesce(
            companies.company_name, main_owners.owner_name, all_clusters.stated_owner_name
        ) as owner_name,
        coalesce(alias_lists.aliases, {{ empty_string_list() }}) as aliases,
        all_clusters.location,
        all_clusters.country_code,
        all_clusters.country_name,
        coalesce(phase_summary.n_epoch_phases, 0) as n_epoch_phases,
        -- Epoch's date when Epoch knows the cluster; news figures are dated by their period.
        coalesce(
            phase_summary.first_operational_on, news_summary.first_operational_on
        ) as first_operational_on,
        coalesce(phase_summary.is_decommissioned, false) as is_decommissioned,
        phase_summary.decommissioned_on,
        coalesce(phase_summary.is_unlikely, false) as is_unlikely,
        all_clusters.source_url
    from all_clusters
    left join companies on all_clusters.owner_company_id = companies.company_id
    left join main_owners on all_clusters.cluster_id = main_owners.cluster_id
    left join alias_lists on all_clusters.cluster_id = alias_lists.cluster_id
    left join phase_summary on all_clusters.cluster_id = phase_summary.cluster_id
    left join news_summary on all_clusters.cluster_id = news_summary.cluster_id

)

select * from final
