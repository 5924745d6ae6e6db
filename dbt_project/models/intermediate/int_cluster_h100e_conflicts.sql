-- Sites stated by their power alone, where Epoch AI's own H100-equivalents and ours (the power
-- method, h100e_method = power_estimate) differ by more than var('power_h100e_tolerance'):
-- kept as conflict rows instead of one figure silently picked. Side a is our estimate with the
-- assumption it rests on, side b Epoch's figure for the same row, in the columns of
-- claim_conflicts (which keeps only disagreements between independent sources, so does not
-- union these: our estimate is not a source). Source: Epoch AI, 'GPU Clusters' dataset,
-- https://epoch.ai/data, CC BY 4.0.
with

phases as (

    select * from {{ ref('int_epoch_cluster_phases') }}
    where
        h100e_method = 'power_estimate'
        and epoch_h100_equivalents > 0

),

compared as (

    select
        'estimate_vs_epoch' as conflict_kind,
        'cluster' as subject_kind,
        cluster_id as subject_id,
        'h100_equivalents' as fact,
        status,
        observed_on as period_start_on,
        h100_equivalents as value_a,
        epoch_h100_equivalents as value_b,
        'approx' as qualifier_a,
        cast(null as {{ type_double() }}) as value_high_a,
        'exact' as qualifier_b,
        cast(null as {{ type_double() }}) as value_high_b,
        h100e_assumption as text_a,
        epoch_name as text_b,
        {{ relative_difference('h100_equivalents', 'epoch_h100_equivalents') }}
            as relative_difference,
        cast({{ var('power_h100e_tolerance') }} as {{ type_double() }}) as tolerance,
        'epoch-' || {{ dbt.cast('epoch_row', dbt.type_string()) }} as observation_id_a,
        cast(null as {{ dbt.type_string() }}) as claim_id_a,
        cast(null as {{ dbt.type_string() }}) as claim_id_b,
        cast(1 as {{ dbt.type_bigint() }}) as n_sources_a,
        'epoch' as source_kind_b,
        cast(null as {{ dbt.type_string() }}) as observation_id_b,
        'epoch_gpu_clusters' as epoch_table_b,
        epoch_row as epoch_row_b,
        cast(1 as {{ dbt.type_bigint() }}) as n_sources_b,
        'Epoch AI: ' || epoch_name as source_ref_b
    from phases

),

final as (

    select * from compared
    where relative_difference > tolerance

)

select * from final
