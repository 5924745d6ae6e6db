-- Epoch AI, 'AI Companies' dataset (funding rounds), https://epoch.ai/data, CC BY 4.0.
-- Epoch's rounds with the company resolved to the gazetteer and the status in the Ledger's
-- vocabulary: closed; planned (rounds still in discussions); reported (anything else).
-- A round in discussions has no close date: it is dated by its report date. Epoch's
-- 'exclude from graph view' marks both rows it lists twice and real rounds it leaves out of
-- its chart (Mistral AI's seed and Series A): only a flagged row with an unflagged twin (same
-- company, close date and equity) is a double listing. Stages of one announced round
-- (seed funding_round_tranches) carry that round's key. named_month_on is the month Epoch's
-- round id names ("Dec 2024 Series C" -> 2024-12-01), which int_funding_rounds weighs against
-- the close date.
{% set month_pattern =
    "'(?:^|[^a-z])(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*[.]? +([0-9]{4})'" %}
with

rounds as (

    select * from {{ ref('stg_raw__epoch_funding_rounds') }}

),

company_names as (

    select * from {{ ref('int_companies_resolved') }}

),

tranches as (

    select * from {{ ref('funding_round_tranches') }}

),

-- The month and year an id names ('Dec 2024 Series C', 'Amazon March 2024'), as text.
named_months as (

    select
        epoch_row,
        case {{ regex_extract('lower(round_name)', month_pattern, 1) }}
            {% for month in ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct',
                'nov', 'dec'] %}
                when '{{ month }}' then {{ loop.index }}
            {% endfor %}
        end as month_number,
        {{ regex_extract('lower(round_name)', month_pattern, 2) }} as year_text
    from rounds

),

twins as (

    select distinct flagged.epoch_row
    from rounds as flagged
    inner join rounds as kept
        on
            flagged.company_name = kept.company_name
            and flagged.closed_on = kept.closed_on
            and flagged.equity_usd = kept.equity_usd
            and flagged.epoch_row != kept.epoch_row
            and not kept.is_excluded_from_graph
    where flagged.is_excluded_from_graph

),

final as (

    select
        rounds.epoch_row,
        'epoch-round-' || {{ short_hash(['rounds.company_name', 'rounds.round_name']) }}
            as round_id,
        rounds.round_name,
        company_names.company_id,
        rounds.company_name,
        case
            when rounds.epoch_status = 'closed' then 'closed'
            when
                rounds.epoch_status like '%discussion%'
                or rounds.epoch_status like '%talks%'
                or rounds.epoch_status like '%announced%'
                then 'planned'
            else 'reported'
        end as status,
        rounds.epoch_status,
        coalesce(rounds.closed_on, rounds.reported_on) as announced_on,
        case
            when named_months.year_text != ''
                then cast({{ dbt.dateadd(
                    'month',
                    'named_months.month_number - 1',
                    "cast(named_months.year_text || '-01-01' as date)"
                ) }} as date)
        end as named_month_on,
        rounds.closed_on,
        rounds.reported_on,
        rounds.round_type,
        case
            when lower(rounds.round_name) like '%merger%' then 'merger'
            when rounds.round_type like '%secondary%' or lower(rounds.round_name) like '%tender%'
                then 'secondary'
            when coalesce(rounds.equity_usd, 0) > 0 and coalesce(rounds.debt_usd, 0) > 0
                then 'equity_and_debt'
            when coalesce(rounds.debt_usd, 0) > 0 or rounds.round_type = 'debt' then 'debt'
            else 'equity'
        end as round_kind,
        {{ round_series('rounds.round_name') }} as series,
        rounds.equity_usd,
        rounds.debt_usd,
        rounds.total_usd as amount_usd,
        rounds.pre_money_valuation_usd,
        coalesce(
            rounds.post_money_valuation_usd,
            rounds.pre_money_valuation_usd + rounds.total_usd
        ) as post_money_valuation_usd,
        rounds.investors,
        rounds.confidence,
        rounds.is_excluded_from_graph,
        twins.epoch_row is not null as is_double_listed,
        tranches.round_key as tranche_of_round_key,
        rounds.source_urls
    from rounds
    left join company_names on {{ name_key('rounds.company_name') }} = company_names.lookup_key
    left join twins on rounds.epoch_row = twins.epoch_row
    left join named_months on rounds.epoch_row = named_months.epoch_row
    left join tranches
        on
            rounds.company_name = tranches.company_name
            and rounds.round_name = tranches.epoch_round_name

)

select * from final
