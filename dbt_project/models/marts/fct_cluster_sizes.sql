-- One row per cluster per dated observation of its size: every phase of Epoch AI's GPU
-- clusters table (Epoch AI, 'GPU Clusters' / 'AI Companies' / 'ML Hardware' / 'Frontier Data
-- Centers' datasets, https://epoch.ai/data, CC BY 4.0) and every news observation of a
-- cluster's total size (built in int_cluster_sizes). A news figure that agrees with the Epoch
-- phase of the same state is merged into that phase's row (source_kind both); one that
-- conflicts stays a row of its own and appears in claim_conflicts. Parts of a total
-- ("including 50,000 H200") are listed in chip_mix, never rows of their own. H100e estimated
-- from an earlier chip mix and the best current estimate come from int_cluster_best_estimate.
-- Rows of one cluster are states over time: never sum them.
with

sizes as (

    select * from {{ ref('int_cluster_best_estimate') }}

),

clusters as (

    select * from {{ ref('dim_clusters') }}

),

final as (

    select
        sizes.observation_id,
        sizes.cluster_id,
        clusters.cluster_name,
        clusters.owner_company_id,
        clusters.owner_name,
        sizes.observed_on,
        sizes.observed_on_precision,
        sizes.status,
        sizes.chip_model,
        sizes.chip_mix,
        sizes.chip_count,
        sizes.qualifier,
        sizes.h100_equivalents,
        sizes.h100e_method,
        sizes.h100e_assumption,
        sizes.h100e_is_estimated,
        sizes.h100e_basis_observation_id,
        sizes.peak_8bit_flops,
        sizes.peak_16bit_flops,
        sizes.power_mw,
        sizes.hardware_cost_usd,
        sizes.decommissioned_on,
        sizes.source_kind,
        sizes.source_ref,
        sizes.epoch_row,
        sizes.n_sources,
        sizes.first_seen_on,
        sizes.last_seen_on,
        sizes.confidence,
        sizes.is_unlikely,
        sizes.is_standard,
        sizes.is_precise,
        sizes.set_aside_for_observation_id,
        sizes.is_latest_observation,
        sizes.is_best_estimate
    from sizes
    inner join clusters on sizes.cluster_id = clusters.cluster_id

)

select * from final
