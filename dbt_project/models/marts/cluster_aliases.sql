-- Every name a cluster goes by, with where the name comes from: one row per cluster, alias
-- and source. Epoch AI rows flagged as possible duplicates of another row are kept here as
-- aliases of the cluster they duplicate (alias_source epoch_duplicate, with the row they
-- duplicate and Epoch's own source links), never as clusters or sizes of their own. Source:
-- Epoch AI, 'GPU Clusters' dataset, https://epoch.ai/data, CC BY 4.0, the reference list,
-- and news.
with

phases as (

    select * from {{ ref('int_epoch_cluster_phases') }}

),

ref_aliases as (

    select * from {{ ref('stg_raw__ref_cluster_aliases') }}

),

clusters as (

    select * from {{ ref('dim_clusters') }}

),

resolution as (

    select * from {{ ref('int_cluster_resolution') }}
    where resolution_method in ('reference_name', 'epoch_name', 'news_only')

),

claims as (

    select * from {{ ref('int_claims_normalized') }}

),

articles as (

    select * from {{ ref('stg_raw__news_articles') }}

),

epoch_names as (

    select
        cluster_id,
        epoch_name as alias,
        case
            when duplicate_of_row is not null then 'epoch_duplicate' else 'epoch_phase'
        end as alias_source,
        epoch_row,
        duplicate_of_row as duplicate_of_epoch_row,
        source_urls as source_ref
    from phases
    where is_cluster_state or duplicate_of_row is not null

),

reference_names as (

    select
        cluster_id,
        cluster_alias as alias,
        'reference' as alias_source,
        cast(null as {{ dbt.type_bigint() }}) as epoch_row,
        cast(null as {{ dbt.type_bigint() }}) as duplicate_of_epoch_row,
        min(source_url) as source_ref
    from ref_aliases
    group by cluster_id, cluster_alias

),

-- A name as news writes it: the first article (by publication) using it.
news_names as (

    select
        resolution.cluster_id,
        claims.subject_name as alias,
        'news' as alias_source,
        cast(null as {{ dbt.type_bigint() }}) as epoch_row,
        cast(null as {{ dbt.type_bigint() }}) as duplicate_of_epoch_row,
        articles.url as source_ref,
        row_number() over (
            partition by resolution.cluster_id, claims.subject_name
            order by claims.published_at, claims.claim_id
        ) as first_use
    from resolution
    inner join claims on resolution.claim_id = claims.claim_id
    left join articles on claims.source_article_id = articles.article_id
    where resolution.cluster_id is not null

),

unioned as (

    select * from epoch_names

    union all

    select * from reference_names

    union all

    select
        cluster_id,
        alias,
        alias_source,
        epoch_row,
        duplicate_of_epoch_row,
        source_ref
    from news_names
    where first_use = 1

),

final as (

    select
        {{ short_hash([
            'unioned.cluster_id', 'unioned.alias', 'unioned.alias_source', 'unioned.epoch_row'
        ]) }} as cluster_alias_id,
        unioned.cluster_id,
        clusters.cluster_name,
        unioned.alias,
        unioned.alias_source,
        unioned.epoch_row,
        unioned.duplicate_of_epoch_row,
        unioned.source_ref
    from unioned
    inner join clusters on unioned.cluster_id = clusters.cluster_id

)

select * from final
