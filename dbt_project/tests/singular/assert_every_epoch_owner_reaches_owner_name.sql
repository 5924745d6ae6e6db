-- Every cluster whose Epoch AI rows name an owner shows an owner in dim_clusters, and every
-- company Epoch lists as an owner of a cluster state ("Microsoft,OpenAI": both) is in
-- cluster_owners. Returns the clusters and owners that are lost.

-- Dagster shows this test as a check of cluster_owners (it reads several models).
{{ config(meta={'dagster': {'ref': {'name': 'cluster_owners'}}}) }}

with

phases as (

    select * from {{ ref('int_epoch_cluster_phases') }}
    where
        is_cluster_state
        and owner_name is not null

),

clusters as (

    select * from {{ ref('dim_clusters') }}

),

owners as (

    select * from {{ ref('cluster_owners') }}

),

company_names as (

    select * from {{ ref('int_companies_resolved') }}

),

positions as (

    select unnest(range(1, 9)) as position

),

stated_owners as (

    select distinct
        phases.cluster_id,
        trim({{ dbt.split_part('phases.owner_name', "','", 'positions.position') }}) as stated_name
    from phases
    cross join positions

),

clusters_without_owner as (

    select distinct
        phases.cluster_id,
        cast(null as {{ dbt.type_string() }}) as stated_name,
        'no owner_name in dim_clusters' as reason
    from phases
    inner join clusters on phases.cluster_id = clusters.cluster_id
    where clusters.owner_name is null

),

owners_lost as (

    select
        stated_owners.cluster_id,
        stated_owners.stated_name,
        'owner missing from cluster_owners' as reason
    from stated_owners
    left join company_names
        on {{ name_key('stated_owners.stated_name') }} = company_names.lookup_key
    left join owners
        on
            stated_owners.cluster_id = owners.cluster_id
            and owners.role in ('operator', 'partner')
            and (
                company_names.company_id = owners.company_id
                or lower(stated_owners.stated_name) = lower(owners.owner_name)
            )
    where
        stated_owners.stated_name != ''
        and owners.cluster_id is null

)

select * from clusters_without_owner
union all
select * from owners_lost
