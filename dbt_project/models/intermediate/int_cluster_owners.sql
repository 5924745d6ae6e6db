-- Every company behind each reference or Epoch cluster, with its role: one row per cluster and
-- company. Sources: the reference list's owner (operator); Epoch's Owner column, which lists
-- several companies comma-separated ("Microsoft,OpenAI": the first listed is the operator,
-- the others partners); Epoch's Users column where it names a known company (tenant). A
-- company named in several ways keeps its strongest role (operator > partner > tenant), and
-- the reference list before Epoch's latest phase. Owners unknown to the company list are kept
-- by their stated name. Source: Epoch AI, 'GPU Clusters' dataset, https://epoch.ai/data,
-- CC BY 4.0, and the reference list.
with

phases as (

    select * from {{ ref('int_epoch_cluster_phases') }}
    where is_cluster_state

),

ref_clusters as (

    select * from {{ ref('stg_raw__ref_clusters') }}

),

epoch as (

    select
        epoch_row,
        users
    from {{ ref('stg_raw__epoch_gpu_clusters') }}

),

company_names as (

    select * from {{ ref('int_companies_resolved') }}

),

companies as (

    select * from {{ ref('stg_raw__ref_companies') }}

),

positions as (

    select unnest(range(1, 9)) as position

),

stated as (

    select
        phases.cluster_id,
        phases.epoch_row,
        phases.phase_number,
        'epoch' as source_kind,
        case when positions.position = 1 then 'operator' else 'partner' end as role,
        trim({{ dbt.split_part('phases.owner_name', "','", 'positions.position') }}) as stated_name
    from phases
    cross join positions
    where phases.owner_name is not null

    union all

    select
        phases.cluster_id,
        phases.epoch_row,
        phases.phase_number,
        'epoch' as source_kind,
        'tenant' as role,
        trim({{ dbt.split_part('epoch.users', "','", 'positions.position') }}) as stated_name
    from phases
    inner join epoch on phases.epoch_row = epoch.epoch_row
    cross join positions
    where epoch.users is not null

),

resolved as (

    select
        stated.cluster_id,
        company_names.company_id,
        stated.stated_name,
        stated.role,
        stated.source_kind,
        stated.epoch_row,
        stated.phase_number
    from stated
    left join company_names on {{ name_key('stated.stated_name') }} = company_names.lookup_key
    where
        stated.stated_name != ''
        -- Users are often kinds of user ("Cloud", "Academia"): only companies are tenants.
        and (stated.role != 'tenant' or company_names.company_id is not null)

    union all

    select
        ref_clusters.cluster_id,
        ref_clusters.owner_company_id as company_id,
        companies.company_name as stated_name,
        'operator' as role,
        'reference' as source_kind,
        cast(null as {{ dbt.type_bigint() }}) as epoch_row,
        cast(null as {{ dbt.type_bigint() }}) as phase_number
    from ref_clusters
    inner join companies on ref_clusters.owner_company_id = companies.company_id

),

ranked as (

    select
        *,
        row_number() over (
            partition by cluster_id, coalesce(company_id, lower(stated_name))
            order by
                case role when 'operator' then 1 when 'partner' then 2 else 3 end asc,
                case source_kind when 'reference' then 1 else 2 end asc,
                phase_number desc nulls last,
                epoch_row asc
        ) as strength_rank
    from resolved

),

final as (

    select
        ranked.cluster_id,
        ranked.company_id,
        coalesce(companies.company_name, ranked.stated_name) as owner_name,
        ranked.role,
        ranked.source_kind,
        ranked.epoch_row,
        ranked.company_id is not null as is_known_company,
        -- The cluster's main owner: the reference owner, else the latest phase's operator.
        row_number() over (
            partition by ranked.cluster_id
            order by
                case ranked.role when 'operator' then 1 when 'partner' then 2 else 3 end asc,
                case ranked.source_kind when 'reference' then 1 else 2 end asc,
                ranked.phase_number desc nulls last,
                ranked.epoch_row asc
        ) = 1 as is_main_owner
    from ranked
    left join companies on ranked.company_id = companies.company_id
    where ranked.strength_rank = 1

)

select * from final
