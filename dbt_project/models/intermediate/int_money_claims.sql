-- News claims about money (funding rounds and valuations) with the date window each one
-- allows: the day, month or year of its as_of, never past its article; a claim dated only by
-- its article (no as_of, or as_of the day of publication or the day before) may restate an
-- event of the var('round_restatement_lookback_days') days before. stated_on is the date the
-- claim stands for: its day, else the latest day of its month or year not after the article
-- (a year-only date is never 1 January).
-- Incremental, as int_claims_normalized (one row per claim, computed from that claim alone):
-- each run adds the claims extracted since its last run; the pre-hook first removes the rows
-- of every article read again since then, so a claim a new extractor drops is dropped here.
-- depends_on: {{ ref('stg_raw__news_extractions') }}
{{ config(
    materialized='incremental',
    unique_key='claim_id',
    incremental_strategy='delete+insert',
    on_schema_change='fail',
    pre_hook="{{ drop_rows_of_reread_articles() }}",
) }}

with

claims as (

    select normalized.*
    from {{ ref('int_claims_normalized') }} as normalized
    where
        normalized.claim_type in {{ claim_type_list(measure='money') }}
        and normalized.fact_value > 0
        {% if is_incremental() %}
            -- the claims read since the last run (all of them when this table is empty)
            and normalized.extracted_at > coalesce(
                (select max(previous.extracted_at) from {{ this }} as previous),
                {{ dbt.cast("'1900-01-01'", 'timestamp with time zone') }}
            )
        {% endif %}

),

dated as (

    select
        claim_id,
        article_id,
        source_article_id,
        claim_type,
        subject_company_id as company_id,
        subject_name,
        coalesce(
            subject_company_id, 'unresolved:' || {{ name_key('subject_name') }}
        ) as company_key,
        -- A valuation stated as set by a completed deal (round, merger, tender) is closed.
        case
            when claim_type = 'valuation' and stated_status in ('closed', 'operational')
                then 'closed'
            else fact_status
        end as status,
        {{ round_series('evidence') }} as series,
        qualifier,
        fact_value,
        amount_high_usd as fact_value_high,
        amount_usd,
        amount_high_usd,
        currency_code,
        amount,
        -- priced at the claim's date, like the amount, by int_claims_normalized
        valuation_usd,
        valuation_basis,
        stated_status,
        published_on,
        published_at,
        as_of_precision,
        observed_on as as_of_start_on,
        language_code,
        confidence,
        evidence,
        as_of_precision is null
        or (
            as_of_precision = 'day'
            and observed_on >= {{ dbt.dateadd('day', -1, 'published_on') }}
        ) as is_dated_by_report,
        extracted_at
    from claims

),

final as (

    select
        *,
        cast(case
            when is_dated_by_report
                then {{ dbt.dateadd(
                    'day', '-' ~ var('round_restatement_lookback_days'), 'published_on'
                ) }}
            else as_of_start_on
        end as date) as window_start_on,
        least(
            case
                when is_dated_by_report then published_on
                else {{ period_end('as_of_start_on', 'as_of_precision') }}
            end,
            published_on
        ) as window_end_on,
        case
            when is_dated_by_report then 'day'
            else as_of_precision
        end as date_precision,
        case
            when is_dated_by_report then published_on
            else least({{ period_end('as_of_start_on', 'as_of_precision') }}, published_on)
        end as stated_on,
        case
            when not is_dated_by_report and as_of_precision = 'day' then 1
            when as_of_precision = 'month' then 2
            when as_of_precision = 'year' then 3
            else 4
        end as precision_rank
    from dated

)

select * from final
