-- News claims joined to their article, typed, resolved against the gazetteers and priced in
-- USD at the claim's date: the one place news amounts become USD (the extractor records them
-- as stated). Incremental: each run re-reads every claim of the articles
-- extracted since the last run and replaces that article's rows (delete+insert on
-- article_id), so a re-extraction that drops a claim drops it here too; the pre-hook first
-- removes the rows of every article read again since the last run (from the extraction log),
-- which also clears articles a new extractor version finds no claim in. A change of the
-- gazetteers or FX rates reaches older rows with `dbt build --full-refresh`.
-- depends_on: {{ ref('stg_raw__news_extractions') }}
{{ config(
    materialized='incremental',
    unique_key='article_id',
    incremental_strategy='delete+insert',
    on_schema_change='fail',
    pre_hook="{{ drop_rows_of_reread_articles() }}",
) }}

with

{% if is_incremental() %}

    watermark as (

        select max(extracted_at) as last_extracted_at
        from {{ this }}

    ),

    -- Every article with a claim extracted since the last run is re-read as a whole.
    changed_articles as (

        select distinct new_claims.article_id
        from {{ ref('stg_raw__news_claims') }} as new_claims
        cross join watermark
        where
            watermark.last_extracted_at is null
            or new_claims.extracted_at > watermark.last_extracted_at

    ),

{% endif %}

claims as (

    select all_claims.*
    from {{ ref('stg_raw__news_claims') }} as all_claims
    {% if is_incremental() %}
        inner join changed_articles on all_claims.article_id = changed_articles.article_id
    {% endif %}

),

articles as (

    select * from {{ ref('stg_raw__news_articles') }}

),

chip_names as (

    select * from {{ ref('int_chips_resolved') }}

),

company_names as (

    select * from {{ ref('int_companies_resolved') }}

),

ref_cluster_names as (

    select
        {{ name_key('cluster_name') }} as lookup_key,
        cluster_id
    from {{ ref('stg_raw__ref_clusters') }}

    union

    select
        alias_key as lookup_key,
        cluster_id
    from {{ ref('stg_raw__ref_cluster_aliases') }}

),

ref_cluster_keys as (

    select
        lookup_key,
        min(cluster_id) as cluster_id
    from ref_cluster_names
    group by lookup_key
    having count(distinct cluster_id) = 1

),

epoch_cluster_keys as (

    select distinct {{ name_key('epoch_name') }} as lookup_key
    from {{ ref('int_epoch_cluster_phases') }}
    where not is_anonymized

),

fx as (

    select * from {{ ref('int_fx_rates_daily_usd') }}

),

fx_bounds as (

    select max(rate_date) as last_rate_date
    from fx

),

joined as (

    select
        claims.*,
        articles.duplicate_of_article_id,
        coalesce(articles.duplicate_of_article_id, articles.article_id) as source_article_id,
        articles.published_at,
        articles.published_on,
        chip_names.chip_id,
        subject_companies.company_id as subject_company_id,
        owner_companies.company_id as named_owner_company_id,
        ref_cluster_keys.cluster_id as subject_ref_cluster_id,
        epoch_cluster_keys.lookup_key is not null as subject_is_epoch_cluster,
        claims.claim_type in {{ claim_type_list(subject='cluster') }} as is_cluster_fact,
        -- The date money is converted at: as_of when it names a day or month, else publication.
        case
            when claims.as_of_precision in ('day', 'month') then claims.as_of_period_start_on
            else articles.published_on
        end as claim_on
    from claims
    inner join articles on claims.article_id = articles.article_id
    left join chip_names on {{ name_key('claims.chip_model') }} = chip_names.lookup_key
    left join company_names as subject_companies
        on {{ name_key('claims.subject_name') }} = subject_companies.lookup_key
    left join company_names as owner_companies
        on {{ name_key('claims.owner_name') }} = owner_companies.lookup_key
    left join ref_cluster_keys
        on {{ name_key('claims.subject_name') }} = ref_cluster_keys.lookup_key
    left join epoch_cluster_keys
        on {{ name_key('claims.subject_name') }} = epoch_cluster_keys.lookup_key

),

priced as (

    select
        joined.*,
        fx.rate_date as fx_rate_date,
        fx.units_per_usd,
        case
            when joined.amount is null then null
            when joined.currency_code = 'USD' then joined.amount
            when fx.units_per_usd > 0 then joined.amount / fx.units_per_usd
            else joined.stated_amount_usd
        end as amount_usd,
        case
            when joined.amount_high is null then null
            when joined.currency_code = 'USD' then joined.amount_high
            when fx.units_per_usd > 0 then joined.amount_high / fx.units_per_usd
        end as amount_high_usd,
        case
            when joined.valuation_amount is null then joined.stated_valuation_usd
            when joined.valuation_currency_code = 'USD' then joined.valuation_amount
            when valuation_fx.units_per_usd > 0
                then joined.valuation_amount / valuation_fx.units_per_usd
            else joined.stated_valuation_usd
        end as valuation_usd
    from joined
    cross join fx_bounds
    left join fx
        on
            joined.currency_code = fx.currency_code
            and fx.rate_date = least(joined.claim_on, fx_bounds.last_rate_date)
    left join fx as valuation_fx
        on
            joined.valuation_currency_code = valuation_fx.currency_code
            and valuation_fx.rate_date = least(joined.claim_on, fx_bounds.last_rate_date)

),

final as (

    select
        claim_id,
        article_id,
        source_article_id,
        duplicate_of_article_id is not null as is_duplicate_article,
        claim_type,
        case
            when is_cluster_fact then 'cluster'
            else 'company'
        end as entity_kind,
        case
            when claim_type = 'funding_round' and status = 'operational' then 'closed'
            -- A closed round has one amount: a reported "up to" or "3 to 5 billion" is talks.
            when
                claim_type = 'funding_round'
                and status = 'reported'
                and qualifier in ('at_most', 'range')
                then 'planned'
            when claim_type = 'funding_round' then status
            when claim_type = 'valuation' and status in ('planned', 'denied') then status
            when claim_type = 'valuation' then 'reported'
            -- Hearsay about a cluster's size ("Oracle plans to buy 400,000 GB200, the FT
            -- reported") is no evidence that the chips run: it counts as a plan.
            when claim_type = 'cluster_size' and status = 'reported' then 'planned'
            when status in ('planned', 'denied') then status
            else 'operational'
        end as fact_status,
        status as stated_status,
        subject_name,
        owner_name,
        subject_company_id,
        subject_ref_cluster_id,
        coalesce(
            named_owner_company_id,
            case when not is_cluster_fact then subject_company_id end
        ) as owner_company_id,
        case
            when is_cluster_fact
                then
                    subject_ref_cluster_id is not null
                    or subject_is_epoch_cluster
                    or subject_company_id is not null
            else subject_company_id is not null
        end as is_known_entity,
        chip_model,
        chip_id,
        chip_model is null or chip_id is not null as is_known_chip,
        scope,
        qualifier,
        quantity,
        quantity_high,
        amount,
        amount_high,
        currency_code,
        fx_rate_date,
        units_per_usd,
        amount_usd,
        amount_high_usd,
        stated_amount_usd,
        valuation_amount,
        valuation_currency_code,
        -- A valuation stated alone is also in amount/currency: the same figure at the same rate.
        case
            when claim_type = 'valuation' then coalesce(amount_usd, valuation_usd)
            else valuation_usd
        end as valuation_usd,
        valuation_basis,
        case
            when claim_type in {{ claim_type_list(quantity=true) }}
                then quantity
            when claim_type = 'funding_round' then amount_usd
            when claim_type = 'valuation' then coalesce(amount_usd, valuation_usd)
        end as fact_value,
        as_of,
        as_of_precision,
        claim_on,
        coalesce(as_of_period_start_on, published_on) as observed_on,
        coalesce(as_of_precision, 'day') as observed_on_precision,
        case
            when as_of_precision = 'year' then as_of_period_start_on
            when as_of_precision in ('day', 'month')
                then cast({{ dbt.date_trunc('month', 'as_of_period_start_on') }} as date)
            else cast({{ dbt.date_trunc('month', 'published_on') }} as date)
        end as period_start_on,
        case
            when as_of_precision = 'year' then 'year'
            else 'month'
        end as period_precision,
        published_at,
        published_on,
        evidence,
        evidence_start,
        evidence_end,
        language_code,
        confidence,
        rule_id,
        extractor_version,
        extracted_at
    from priced

)

select * from final
