-- The bridge between clusters and the companies behind them: one row per cluster and company,
-- with the company's role (operator, partner, tenant). A cluster Epoch AI lists under several
-- owners ("Microsoft,OpenAI") has a row for each, so each company's compute can be counted
-- once (compute_vs_valuation). Built in int_cluster_owners from the reference list and Epoch
-- AI, 'GPU Clusters' dataset, https://epoch.ai/data, CC BY 4.0; clusters known only from news
-- add the owner their articles name.
with

owners as (

    select * from {{ ref('int_cluster_owners') }}

),

clusters as (

    select * from {{ ref('dim_clusters') }}

),

news_owners as (

    select
        cluster_id,
        owner_company_id as company_id,
        owner_name,
        'operator' as role,
        'news' as source_kind,
        cast(null as {{ dbt.type_bigint() }}) as epoch_row,
        owner_company_id is not null as is_known_company,
        true as is_main_owner
    from clusters
    where
        cluster_source = 'news'
        and owner_name is not null

),

unioned as (

    select
        cluster_id,
        company_id,
        owner_name,
        role,
        source_kind,
        epoch_row,
        is_known_company,
        is_main_owner
    from owners

    union all

    select * from news_owners

),

final as (

    select
        {{ short_hash(['unioned.cluster_id', 'coalesce(unioned.company_id, unioned.owner_name)']) }}
            as cluster_owner_id,
        unioned.cluster_id,
        clusters.cluster_name,
        unioned.company_id,
        unioned.owner_name,
        unioned.role,
        unioned.source_kind,
        unioned.epoch_row,
        unioned.is_known_company,
        unioned.is_main_owner
    from unioned
    inner join clusters on unioned.cluster_id = clusters.cluster_id

)

select * from final
