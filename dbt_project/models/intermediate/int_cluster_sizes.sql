-- The rows of fct_cluster_sizes before the best-estimate rule (int_cluster_best_estimate):
-- one row per cluster per dated observation of its size. Every phase of Epoch AI's GPU
-- clusters table (Epoch AI, 'GPU Clusters' / 'AI Companies' / 'ML Hardware' / 'Frontier Data
-- Centers' datasets, https://epoch.ai/data, CC BY 4.0) and every news observation of a
-- cluster's total size. A news figure that agrees with the Epoch phase of the same state is
-- merged into that phase's row (source_kind both); one that conflicts stays a row of its own
-- and appears in claim_conflicts. Parts of a total ("including 50,000 H200") are listed in
-- chip_mix, never rows of their own. Rows of one cluster are states over time: never sum them.
-- is_standard: an Epoch row carries Epoch's 'Include in Standard Analysis'; a news row is
-- standard when operational and its cluster has no operational Epoch phase, or at least one
-- standard one (Epoch includes no planned row in its standard analysis).
with

phases as (

    select * from {{ ref('int_epoch_cluster_phases') }}
    where is_cluster_state

),

observations as (

    select * from {{ ref('int_observations') }}

),

observation_claims as (

    select * from {{ ref('int_observation_claims') }}

),

size_sources as (

    select * from {{ ref('int_cluster_size_sources') }}

),

chips as (

    select * from {{ ref('int_chip_specs') }}

),

pue as (

    select * from {{ ref('pue_by_year') }}

),

articles as (

    select * from {{ ref('stg_raw__news_articles') }}

),

cluster_standard as (

    select
        cluster_id,
        max(case when is_standard then 1 else 0 end) = 1 as has_standard_phase
    from phases
    where status in ('operational', 'decommissioned')
    group by cluster_id

),

news_support as (

    select
        size_sources.size_row_id,
        count(distinct observation_claims.source_article_id) as n_news_sources,
        min(observation_claims.published_on) as first_seen_on,
        max(observation_claims.published_on) as last_seen_on,
        max(
            case observations.confidence when 'high' then 3 when 'medium' then 2 else 1 end
        ) as news_confidence_rank
    from size_sources
    inner join observations on size_sources.news_observation_id = observations.observation_id
    inner join observation_claims
        on size_sources.news_observation_id = observation_claims.observation_id
    group by size_sources.size_row_id

),

parts as (

    select
        size_sources.size_row_id,
        {{ dbt.listagg(
            "observations.chip_id || ': ' || "
            ~ dbt.cast('cast(observations.fact_value as ' ~ dbt.type_bigint() ~ ')', dbt.type_string()),
            "', '",
            'order by observations.chip_id'
        ) }} as chip_mix,
        sum(observations.fact_value) as part_chips,
        sum(case when chips.h100e_per_chip is not null then observations.fact_value end)
            as known_part_chips,
        sum(observations.fact_value * chips.h100e_per_chip) as part_h100e,
        sum(case when chips.h100e_per_chip is null then 1 else 0 end) as n_unknown_parts
    from size_sources
    inner join observations on size_sources.news_observation_id = observations.observation_id
    left join chips on observations.chip_id = chips.chip_id
    where
        size_sources.role = 'part'
        and observations.chip_id is not null
    group by size_sources.size_row_id

),

epoch_rows as (

    select
        'epoch-' || {{ dbt.cast('phases.epoch_row', dbt.type_string()) }} as observation_id,
        phases.cluster_id,
        phases.observed_on,
        phases.observed_on_precision,
        case
            when phases.status = 'decommissioned' then 'operational'
            else phases.status
        end as status,
        phases.chip_model,
        case
            when phases.chip_model = 'mixed'
                then
                    phases.chip_id_primary || ': '
                    || {{ dbt.cast(
                        'cast(phases.chip_quantity_primary as ' ~ dbt.type_bigint() ~ ')',
                        dbt.type_string()
                    ) }}
                    || ', ' || coalesce(phases.chip_id_secondary, phases.chip_type_secondary)
                    || ': '
                    || {{ dbt.cast(
                        'cast(phases.chip_quantity_secondary as ' ~ dbt.type_bigint() ~ ')',
                        dbt.type_string()
                    ) }}
        end as chip_mix,
        phases.chip_count,
        -- Epoch states its chip counts without bounds; a row without chips states none.
        case when phases.chip_count is not null then 'exact' end as qualifier,
        phases.h100_equivalents,
        phases.h100e_method,
        phases.h100e_assumption,
        cast(null as {{ type_double() }}) as known_part_chips,
        cast(null as {{ type_double() }}) as known_part_h100e,
        phases.peak_8bit_ops as peak_8bit_flops,
        phases.peak_16bit_flops,
        phases.power_mw,
        phases.hardware_cost_usd,
        phases.decommissioned_on,
        'Epoch AI GPU Clusters: ' || phases.epoch_name as source_ref,
        phases.epoch_row,
        phases.phase_number,
        true as is_from_epoch,
        case phases.confidence when 'high' then 3 when 'medium' then 2 else 1 end
            as confidence_rank,
        phases.is_unlikely,
        phases.is_standard
    from phases

),

news_totals as (

    select
        size_sources.size_row_id,
        observations.*
    from size_sources
    inner join observations on size_sources.news_observation_id = observations.observation_id
    where
        size_sources.role = 'total'
        and size_sources.size_row_id = size_sources.news_observation_id

),

news_rows as (

    select
        news_totals.observation_id,
        news_totals.cluster_id,
        news_totals.observed_on,
        news_totals.observed_on_precision,
        news_totals.status,
        case
            when news_totals.chip_id is not null then news_totals.chip_id
            when parts.chip_mix is not null then 'mixed'
        end as chip_model,
        parts.chip_mix,
        news_totals.fact_value as chip_count,
        news_totals.qualifier,
        case
            when chips.h100e_per_chip is not null
                then news_totals.fact_value * chips.h100e_per_chip
            -- Parts of known chips that cover the whole total.
            when parts.n_unknown_parts = 0 and parts.part_chips >= news_totals.fact_value
                then parts.part_h100e
        end as h100_equivalents,
        case
            when
                chips.h100e_per_chip is not null
                or (parts.n_unknown_parts = 0 and parts.part_chips >= news_totals.fact_value)
                then 'chips'
        end as h100e_method,
        cast(null as {{ dbt.type_string() }}) as h100e_assumption,
        parts.known_part_chips,
        parts.part_h100e as known_part_h100e,
        news_totals.fact_value * chips.peak_8bit_ops as peak_8bit_flops,
        news_totals.fact_value * chips.peak_16bit_flops as peak_16bit_flops,
        {{ estimated_power_mw(
            'news_totals.fact_value * chips.tdp_w',
            'coalesce(pue.pue, ' ~ var('default_pue') ~ ')'
        ) }} as power_mw,
        news_totals.fact_value * chips.price_usd * {{ var('hardware_cost_overhead') }}
            as hardware_cost_usd,
        cast(null as date) as decommissioned_on,
        articles.url as source_ref,
        cast(null as {{ dbt.type_bigint() }}) as epoch_row,
        cast(null as {{ dbt.type_bigint() }}) as phase_number,
        false as is_from_epoch,
        0 as confidence_rank,
        false as is_unlikely,
        news_totals.status = 'operational'
        and coalesce(cluster_standard.has_standard_phase, true) as is_standard
    from news_totals
    left join parts on news_totals.size_row_id = parts.size_row_id
    left join chips on news_totals.chip_id = chips.chip_id
    left join pue on extract(year from news_totals.observed_on) = pue.year
    left join articles on news_totals.first_article_id = articles.article_id
    left join cluster_standard on news_totals.cluster_id = cluster_standard.cluster_id

),

unioned as (

    select * from epoch_rows
    union all
    select * from news_rows

),

final as (

    select
        unioned.observation_id,
        unioned.cluster_id,
        unioned.observed_on,
        unioned.observed_on_precision,
        unioned.status,
        unioned.chip_model,
        unioned.chip_mix,
        cast(unioned.chip_count as {{ dbt.type_bigint() }}) as chip_count,
        unioned.qualifier,
        unioned.h100_equivalents,
        unioned.h100e_method,
        unioned.h100e_assumption,
        unioned.known_part_chips,
        unioned.known_part_h100e,
        unioned.peak_8bit_flops,
        unioned.peak_16bit_flops,
        unioned.power_mw,
        unioned.hardware_cost_usd,
        unioned.decommissioned_on,
        {{ source_kind_of('unioned.is_from_epoch', 'news_support.n_news_sources') }}
            as source_kind,
        unioned.source_ref,
        unioned.epoch_row,
        cast(unioned.phase_number as {{ dbt.type_bigint() }}) as phase_number,
        {{ n_sources_of('unioned.is_from_epoch', 'news_support.n_news_sources') }} as n_sources,
        news_support.first_seen_on,
        news_support.last_seen_on,
        -- Two independent sources that agree raise confidence, unless Epoch deems it unlikely.
        case
            when unioned.is_unlikely then 'low'
            when unioned.is_from_epoch and news_support.size_row_id is not null then 'high'
            when
                greatest(unioned.confidence_rank, coalesce(news_support.news_confidence_rank, 0))
                = 3
                then 'high'
            when
                greatest(unioned.confidence_rank, coalesce(news_support.news_confidence_rank, 0))
                = 2
                then 'medium'
            else 'low'
        end as confidence,
        unioned.is_unlikely,
        unioned.is_standard
    from unioned
    left join news_support on unioned.observation_id = news_support.size_row_id

)

select * from final
