-- How much of each source the warehouse used, and what it set aside, as counts: nothing is
-- dropped silently. Epoch AI aggregate plan rows (Single cluster? = No) are excluded from the
-- cluster marts but counted here; so are news claims about unknown entities, near-duplicate
-- articles and vague claims without a figure. Built on Epoch AI, 'GPU Clusters' / 'AI
-- Companies' / 'ML Hardware' / 'Frontier Data Centers' datasets, https://epoch.ai/data,
-- CC BY 4.0, and news.
with

phases as (

    select * from {{ ref('int_epoch_cluster_phases') }}

),

epoch_rounds as (

    select * from {{ ref('int_epoch_funding_rounds') }}

),

articles as (

    select * from {{ ref('stg_raw__news_articles') }}

),

claims as (

    select * from {{ ref('int_claims_normalized') }}

),

resolution as (

    select * from {{ ref('int_cluster_resolution') }}

),

observation_claims as (

    select * from {{ ref('int_observation_claims') }}

),

epoch_cluster_counts as (

    select
        count(*) as rows_total,
        sum(case when is_cluster_state then 1 else 0 end) as cluster_phases,
        sum(case when is_aggregate_plan then 1 else 0 end) as aggregate_plans_excluded,
        sum(case when is_excluded_by_epoch then 1 else 0 end) as excluded_by_epoch,
        sum(case when duplicate_of_row is not null then 1 else 0 end) as duplicates_merged,
        sum(case when is_standard then 0 else 1 end) as outside_standard_analysis,
        sum(case when h100e_method = 'power_estimate' then 1 else 0 end) as power_estimates,
        sum(case when is_unlikely then 1 else 0 end) as unlikely_flagged,
        sum(case when is_anonymized then 1 else 0 end) as anonymized_rows,
        sum(case when ref_cluster_id is not null then 1 else 0 end) as reference_cluster_rows,
        sum(
            case
                when
                    (chip_type_primary is not null and chip_id_primary is null)
                    or (chip_type_secondary is not null and chip_id_secondary is null)
                    then 1
                else 0
            end
        ) as unknown_chip_type_rows
    from phases

),

epoch_round_counts as (

    select
        count(*) as rows_total,
        sum(case when is_double_listed then 1 else 0 end) as double_listed_excluded,
        sum(case when company_id is null then 1 else 0 end) as unknown_company
    from epoch_rounds

),

article_counts as (

    select
        count(*) as articles_total,
        sum(case when duplicate_of_article_id is not null then 1 else 0 end) as near_duplicates
    from articles

),

claim_counts as (

    select
        count(*) as claims_total,
        sum(case when claims.is_duplicate_article then 1 else 0 end) as from_duplicate_articles,
        sum(case when not claims.is_known_entity then 1 else 0 end) as unknown_entity,
        sum(case when not claims.is_known_chip then 1 else 0 end) as unknown_chip,
        sum(case when claims.fact_value is null then 1 else 0 end) as vague_without_figure,
        sum(case when resolution.resolution_method = 'unresolved' then 1 else 0 end)
            as unresolved_cluster,
        sum(case when resolution.resolution_method = 'ambiguous' then 1 else 0 end)
            as ambiguous_cluster,
        sum(case when resolution.resolution_method = 'news_only' then 1 else 0 end)
            as news_only_cluster,
        sum(case when observation_claims.claim_id is not null then 1 else 0 end)
            as in_observations
    from claims
    left join resolution on claims.claim_id = resolution.claim_id
    left join observation_claims on claims.claim_id = observation_claims.claim_id

),

metrics as (

    {%- set metrics = [
        ('epoch_gpu_clusters', 'epoch_cluster_counts', 'rows_total', 'Rows in Epoch AI GPU clusters table'),
        ('epoch_gpu_clusters', 'epoch_cluster_counts', 'cluster_phases', 'Rows used as cluster phases in the cluster marts'),
        ('epoch_gpu_clusters', 'epoch_cluster_counts', 'aggregate_plans_excluded', 'Aggregate plan rows (Single cluster? = No) left out of the cluster marts'),
        ('epoch_gpu_clusters', 'epoch_cluster_counts', 'excluded_by_epoch', 'Rows Epoch flags Exclude, left out of the cluster marts'),
        ('epoch_gpu_clusters', 'epoch_cluster_counts', 'duplicates_merged', 'Rows Epoch flags as possible duplicates of another row: aliases of that cluster (cluster_aliases)'),
        ('epoch_gpu_clusters', 'epoch_cluster_counts', 'outside_standard_analysis', "Rows Epoch leaves out of its standard analysis (every planned row among them): is_standard false"),
        ('epoch_gpu_clusters', 'epoch_cluster_counts', 'power_estimates', 'Power-only rows whose H100e we estimate from power (h100e_method power_estimate)'),
        ('epoch_gpu_clusters', 'epoch_cluster_counts', 'unlikely_flagged', 'Rows Epoch rates Unlikely: kept with confidence low'),
        ('epoch_gpu_clusters', 'epoch_cluster_counts', 'anonymized_rows', 'Anonymized Chinese systems (shared names): one cluster per row'),
        ('epoch_gpu_clusters', 'epoch_cluster_counts', 'reference_cluster_rows', 'Rows matched to a reference cluster'),
        ('epoch_gpu_clusters', 'epoch_cluster_counts', 'unknown_chip_type_rows', "Rows with a chip type dim_chips does not know (Epoch's H100e used)"),
        ('epoch_funding_rounds', 'epoch_round_counts', 'rows_total', 'Rows in Epoch AI funding rounds table'),
        ('epoch_funding_rounds', 'epoch_round_counts', 'double_listed_excluded', "Rows Epoch lists twice ('Exclude from graph view'), left out"),
        ('epoch_funding_rounds', 'epoch_round_counts', 'unknown_company', 'Rows whose company the gazetteer does not know'),
        ('news_articles', 'article_counts', 'articles_total', 'Articles'),
        ('news_articles', 'article_counts', 'near_duplicates', 'Near-duplicate articles: counted once with their original'),
        ('news_claims', 'claim_counts', 'claims_total', 'Claims'),
        ('news_claims', 'claim_counts', 'from_duplicate_articles', 'Claims from near-duplicate articles'),
        ('news_claims', 'claim_counts', 'unknown_entity', 'Claims whose subject no gazetteer knows: kept and flagged'),
        ('news_claims', 'claim_counts', 'unknown_chip', 'Claims naming a chip dim_chips does not know'),
        ('news_claims', 'claim_counts', 'vague_without_figure', 'Vague claims without a figure (not observations)'),
        ('news_claims', 'claim_counts', 'unresolved_cluster', 'Cluster claims attached to no cluster (too little support)'),
        ('news_claims', 'claim_counts', 'ambiguous_cluster', "Unnamed-cluster claims matching several of the owner's clusters"),
        ('news_claims', 'claim_counts', 'news_only_cluster', 'Cluster claims about clusters known only from news'),
        ('news_claims', 'claim_counts', 'in_observations', 'Claims merged into observations'),
    ] -%}
    {%- for source_table, relation, metric, description in metrics %}
        select
            '{{ source_table }}' as source_table,
            '{{ metric }}' as metric,
            cast(coalesce({{ metric }}, 0) as {{ dbt.type_bigint() }}) as n_rows,
            '{{ description | replace("'", "''") }}' as description
        from {{ relation }}
        {% if not loop.last %}union all{% endif %}
    {%- endfor %}

),

final as (

    select * from metrics

)

select * from final
