-- The rows of fct_funding_rounds: one row per round (event), from its statements
-- (int_funding_round_statements: Epoch AI's rows, Epoch AI, 'AI Companies' dataset,
-- https://epoch.ai/data, CC BY 4.0, and news claims). A round Epoch knows takes Epoch's
-- date, amount and valuation; when Epoch's own id names a later month than its close date
-- ("Dec 2024 Series C" closed 2024-11-20: the close date is the first report), the round is
-- dated in that month: the earliest day a closed news statement of the round gives in it,
-- else the month (its last day not after the round's first closed report in it); a round
-- paid in stages takes its announced date and total from the seed funding_round_tranches,
-- and counts as raised (amount_usd) what its closed stages brought. A news round takes the
-- most precise date its claims give (a day, else the latest day of the month or year not
-- after the first report) and the median amount. A round in talks, reported or denied links
-- to the closed round it became (became_round_id).
{% set horizon = var('round_talks_horizon_days') %}
{% set window_days = var('round_match_window_days') %}

with

statements as (

    select * from {{ ref('int_funding_round_statements') }}

),

epoch_rounds as (

    select * from {{ ref('int_epoch_funding_rounds') }}
    where not is_double_listed

),

tranches as (

    select * from {{ ref('funding_round_tranches') }}

),

claims as (

    select * from {{ ref('int_money_claims') }}
    where claim_type = 'funding_round'

),

companies as (

    select * from {{ ref('stg_raw__ref_companies') }}

),

articles as (

    select * from {{ ref('stg_raw__news_articles') }}

),

news as (

    select
        statements.*,
        claims.stated_status,
        {{ regex_matches(
            'claims.evidence',
            "'(?i)in total|total of|totaling|brings? (its|the) total|bringing (its|the) total"
            ~ "|insgesamt|au total|en total|em total|in totale|累计|累計|合計|всего'"
        ) }} as is_cumulative_cue,
        claims.precision_rank
    from statements
    inner join claims on statements.claim_id = claims.claim_id
    where statements.source_kind = 'news'

),

news_ranked as (

    select
        *,
        row_number() over (
            partition by round_id order by precision_rank, stated_on, claim_id
        ) as date_rank,
        row_number() over (partition by round_id order by published_on, claim_id)
            as published_rank
    from news

),

news_support as (

    select
        round_id,
        count(distinct source_article_id) as n_news_sources,
        max(confidence) as max_confidence,
        min(company_id) as company_id,
        min(status) as status,
        min(series) as series,
        {{ median_value('amount_usd') }} as amount_usd,
        {{ median_value("case when valuation_basis = 'post' then valuation_usd end") }}
            as post_money_usd,
        {{ median_value("case when valuation_basis = 'pre' then valuation_usd end") }}
            as pre_money_usd,
        {{ median_value("case when valuation_basis = 'unspecified' then valuation_usd end") }}
            as unspecified_valuation_usd,
        min(case when is_cumulative_cue then 1 else 0 end) = 1 as is_cumulative,
        max(case when stated_status = 'planned' and qualifier = 'at_most' then 1 else 0 end) = 1
            as is_commitment
    from news
    group by round_id

),

news_dates as (

    select
        round_id,
        stated_on as announced_on,
        date_precision
    from news_ranked
    where date_rank = 1

),

news_first as (

    select
        news_ranked.round_id,
        news_ranked.company_name,
        news_ranked.currency_code,
        news_ranked.amount_native,
        articles.url
    from news_ranked
    left join articles on news_ranked.article_id = articles.article_id
    where news_ranked.published_rank = 1

),

tranche_totals as (

    select
        tranches.round_key,
        'round-' || tranches.round_key as round_id,
        min(tranches.round_name) as round_name,
        min(tranches.announced_on) as announced_on,
        max(tranches.announced_amount_usd) as announced_amount_usd,
        max(tranches.post_money_valuation_usd) as post_money_valuation_usd,
        min(tranches.source_url) as source_url,
        min(epoch_rounds.company_id) as company_id,
        min(epoch_rounds.company_name) as company_name,
        sum(case when epoch_rounds.status = 'closed' then epoch_rounds.amount_usd end)
            as closed_amount_usd,
        sum(case when epoch_rounds.status = 'closed' then epoch_rounds.equity_usd end)
            as closed_equity_usd,
        sum(case when epoch_rounds.status = 'closed' then epoch_rounds.debt_usd end)
            as closed_debt_usd,
        max(case when epoch_rounds.status = 'closed' then 1 else 0 end) = 1 as has_closed,
        min(case when epoch_rounds.status = 'closed' then epoch_rounds.epoch_row end)
            as first_closed_epoch_row,
        min(epoch_rounds.epoch_row) as first_epoch_row,
        count(*) as n_tranches,
        {{ string_list_agg('epoch_rounds.investors') }} as investor_lists
    from tranches
    inner join epoch_rounds
        on
            tranches.company_name = epoch_rounds.company_name
            and tranches.epoch_round_name = epoch_rounds.round_name
    group by tranches.round_key

),

-- Epoch rounds whose id names a later month than their close date, dated in that month.
named_month_dates as (

    select
        epoch_rounds.round_id,
        min(
            case
                when news.date_precision = 'day' and not news.is_dated_by_report
                    then news.stated_on
            end
        ) as first_closed_day_on,
        least(
            {{ period_end('epoch_rounds.named_month_on', "'month'") }},
            coalesce(
                min(news.published_on),
                {{ period_end('epoch_rounds.named_month_on', "'month'") }}
            )
        ) as named_month_end_on
    from epoch_rounds
    left join statements as news
        on
            epoch_rounds.round_id = news.round_id
            and news.source_kind = 'news'
            and news.status = 'closed'
            and news.stated_on
            between epoch_rounds.named_month_on
            and {{ period_end('epoch_rounds.named_month_on', "'month'") }}
    where
        epoch_rounds.named_month_on
        > cast({{ dbt.date_trunc('month', 'epoch_rounds.announced_on') }} as date)
    group by epoch_rounds.round_id, epoch_rounds.named_month_on

),

epoch_rows as (

    select
        epoch_rounds.round_id,
        epoch_rounds.company_id,
        epoch_rounds.company_name,
        coalesce(
            named_month_dates.first_closed_day_on,
            named_month_dates.named_month_end_on,
            epoch_rounds.announced_on
        ) as announced_on,
        case
            when
                named_month_dates.round_id is not null
                and named_month_dates.first_closed_day_on is null
                then 'month'
            else 'day'
        end as date_precision,
        epoch_rounds.status,
        epoch_rounds.round_kind,
        epoch_rounds.round_name,
        epoch_rounds.series,
        epoch_rounds.amount_usd,
        epoch_rounds.amount_usd as announced_amount_usd,
        'USD' as currency,
        epoch_rounds.amount_usd as amount_native,
        epoch_rounds.equity_usd,
        epoch_rounds.debt_usd,
        epoch_rounds.post_money_valuation_usd,
        epoch_rounds.pre_money_valuation_usd,
        cast(0 as {{ dbt.type_bigint() }}) as n_tranches,
        epoch_rounds.investors,
        'Epoch AI AI Companies: ' || epoch_rounds.company_name || ', ' || epoch_rounds.round_name
            as source_ref,
        epoch_rounds.epoch_row,
        true as is_from_epoch,
        case epoch_rounds.confidence
            when 'confident' then 'high'
            when 'likely' then 'medium'
            else 'low'
        end as epoch_confidence
    from epoch_rounds
    left join named_month_dates on epoch_rounds.round_id = named_month_dates.round_id
    where epoch_rounds.tranche_of_round_key is null

),

staged_rows as (

    select
        round_id,
        company_id,
        company_name,
        announced_on,
        'day' as date_precision,
        case when has_closed then 'closed' else 'planned' end as status,
        'equity' as round_kind,
        round_name,
        cast(null as {{ dbt.type_string() }}) as series,
        case when has_closed then closed_amount_usd else announced_amount_usd end
            as amount_usd,
        announced_amount_usd,
        'USD' as currency,
        case when has_closed then closed_amount_usd else announced_amount_usd end
            as amount_native,
        closed_equity_usd as equity_usd,
        closed_debt_usd as debt_usd,
        post_money_valuation_usd,
        cast(null as {{ type_double() }}) as pre_money_valuation_usd,
        cast(n_tranches as {{ dbt.type_bigint() }}) as n_tranches,
        cast(null as {{ dbt.type_string() }}) as investors,
        source_url as source_ref,
        coalesce(first_closed_epoch_row, first_epoch_row) as epoch_row,
        true as is_from_epoch,
        'high' as epoch_confidence
    from tranche_totals

),

news_rows as (

    select
        news_support.round_id,
        news_support.company_id,
        news_first.company_name,
        news_dates.announced_on,
        news_dates.date_precision,
        news_support.status,
        case
            when news_support.is_cumulative then 'cumulative'
            when news_support.is_commitment then 'commitment'
            else 'equity'
        end as round_kind,
        cast(null as {{ dbt.type_string() }}) as round_name,
        news_support.series,
        news_support.amount_usd,
        news_support.amount_usd as announced_amount_usd,
        coalesce(news_first.currency_code, 'USD') as currency,
        coalesce(news_first.amount_native, news_support.amount_usd) as amount_native,
        cast(null as {{ type_double() }}) as equity_usd,
        cast(null as {{ type_double() }}) as debt_usd,
        coalesce(
            news_support.post_money_usd, news_support.pre_money_usd + news_support.amount_usd
        ) as post_money_valuation_usd,
        news_support.pre_money_usd as pre_money_valuation_usd,
        cast(0 as {{ dbt.type_bigint() }}) as n_tranches,
        cast(null as {{ dbt.type_string() }}) as investors,
        news_first.url as source_ref,
        cast(null as {{ dbt.type_bigint() }}) as epoch_row,
        false as is_from_epoch,
        cast(null as {{ dbt.type_string() }}) as epoch_confidence
    from news_support
    inner join news_dates on news_support.round_id = news_dates.round_id
    inner join news_first on news_support.round_id = news_first.round_id
    where news_support.round_id like 'news-round-%'

),

unioned as (

    select * from epoch_rows
    union all
    select * from staged_rows
    union all
    select * from news_rows

),

valued as (

    select
        unioned.*,
        coalesce(
            unioned.post_money_valuation_usd,
            news_support.post_money_usd,
            news_support.unspecified_valuation_usd
        ) as any_valuation_usd
    from unioned
    left join news_support on unioned.round_id = news_support.round_id

),

-- A round not (yet) closed links to the closed round of the same company that followed.
became as (

    select
        pending.round_id,
        closed.round_id as became_round_id,
        row_number() over (
            partition by pending.round_id
            order by
                -- valuations that agree first, then the nearest amount, then the earliest
                coalesce({{ relative_difference(
                    'pending.any_valuation_usd', 'closed.any_valuation_usd'
                ) }}, 0.5),
                {{ relative_difference('pending.amount_usd', 'closed.announced_amount_usd') }},
                closed.announced_on,
                closed.round_id
        ) as follow_rank
    from valued as pending
    inner join valued as closed
        on
            pending.company_id = closed.company_id
            and closed.status = 'closed'
            and pending.status != 'closed'
            and closed.announced_on
            between {{ dbt.dateadd('day', '-' ~ window_days, 'pending.announced_on') }}
            and {{ dbt.dateadd('day', horizon, 'pending.announced_on') }}
            and closed.announced_amount_usd
            between pending.amount_usd / 3 and pending.amount_usd * 3

),

final as (

    select
        unioned.round_id,
        unioned.company_id,
        coalesce(companies.company_name, unioned.company_name) as company_name,
        unioned.company_id is not null as is_known_company,
        unioned.announced_on,
        unioned.date_precision,
        unioned.status,
        -- An investor's "up to" pledge backing a round in talks makes it a commitment.
        case
            when unioned.status = 'planned' and news_support.is_commitment then 'commitment'
            else unioned.round_kind
        end as round_kind,
        unioned.round_name,
        coalesce(unioned.series, news_support.series) as series,
        unioned.amount_usd,
        unioned.announced_amount_usd,
        unioned.currency,
        unioned.amount_native,
        unioned.equity_usd,
        unioned.debt_usd,
        coalesce(unioned.post_money_valuation_usd, news_support.post_money_usd)
            as post_money_valuation_usd,
        coalesce(unioned.pre_money_valuation_usd, news_support.pre_money_usd)
            as pre_money_valuation_usd,
        -- A valuation whose basis no source states (news only).
        case
            when
                coalesce(unioned.post_money_valuation_usd, news_support.post_money_usd) is null
                and coalesce(unioned.pre_money_valuation_usd, news_support.pre_money_usd)
                is null
                then news_support.unspecified_valuation_usd
        end as unspecified_valuation_usd,
        became.became_round_id,
        unioned.n_tranches,
        unioned.investors,
        {{ source_kind_of('unioned.is_from_epoch', 'news_support.n_news_sources') }}
            as source_kind,
        unioned.source_ref,
        unioned.epoch_row,
        {{ n_sources_of('unioned.is_from_epoch', 'news_support.n_news_sources') }} as n_sources,
        coalesce(
            unioned.epoch_confidence,
            case
                when
                    news_support.n_news_sources >= 3
                    or (
                        news_support.n_news_sources >= 2
                        and news_support.max_confidence >= {{ var('claim_confidence_high') }}
                    )
                    then 'high'
                when
                    news_support.max_confidence >= {{ var('claim_confidence_medium') }}
                    then 'medium'
                else 'low'
            end
        ) as confidence
    from unioned
    left join companies on unioned.company_id = companies.company_id
    left join news_support on unioned.round_id = news_support.round_id
    left join became
        on
            unioned.round_id = became.round_id
            and became.follow_rank = 1

)

select * from final
