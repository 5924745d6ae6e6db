-- Every statement about a funding round, each assigned to the round (event) it describes:
-- Epoch AI's rows (Epoch AI, 'AI Companies' dataset, https://epoch.ai/data, CC BY 4.0) and
-- news claims (int_money_claims, with their date windows). Epoch's rows are rounds of their
-- own, except the stages of one announced round (seed funding_round_tranches), which make
-- one round. A news claim joins the round of the same company whose amount (total, equity
-- part or announced total) agrees with it (var('money_tolerance'), read with its qualifier),
-- whose series does not differ when both name one, whose status is compatible (closed or
-- reported with closed; planned or reported with a round in talks; a denial joins nothing)
-- and whose date falls in the claim's date window widened by var('round_match_window_days').
-- Claims that join no Epoch round form news rounds: same company and status, amounts within
-- tolerance, date windows that overlap (gaps-and-islands).
{% set tolerance = var('money_tolerance') %}
{% set window_days = var('round_match_window_days') %}

with

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

-- The rounds news can join: Epoch's rows, and one round per set of tranches.
tranche_rounds as (

    select
        'round-' || tranches.round_key as round_id,
        min(epoch_rounds.company_id) as company_id,
        case
            when max(case when epoch_rounds.status = 'closed' then 1 else 0 end) = 1
                then 'closed'
            else 'planned'
        end as status,
        cast(null as {{ dbt.type_string() }}) as series,
        min(tranches.announced_on) as announced_on,
        max(tranches.announced_amount_usd) as amount_usd,
        cast(null as {{ type_double() }}) as equity_usd
    from epoch_rounds
    inner join tranches
        on
            epoch_rounds.company_name = tranches.company_name
            and epoch_rounds.round_name = tranches.epoch_round_name
    group by tranches.round_key

),

anchor_rounds as (

    select
        round_id,
        company_id,
        status,
        series,
        announced_on,
        amount_usd,
        equity_usd
    from epoch_rounds
    where tranche_of_round_key is null

    union all

    select * from tranche_rounds

),

windowed as (

    select * from claims

),

candidates as (

    select
        windowed.claim_id,
        anchor_rounds.round_id,
        row_number() over (
            partition by windowed.claim_id
            order by
                case when windowed.series = anchor_rounds.series then 0 else 1 end,
                least(
                    coalesce({{ bounded_difference(
                        'windowed.amount_usd', 'anchor_rounds.amount_usd', 'windowed.qualifier',
                        a_high='windowed.amount_high_usd'
                    ) }}, 9),
                    coalesce({{ bounded_difference(
                        'windowed.amount_usd', 'anchor_rounds.equity_usd', 'windowed.qualifier',
                        a_high='windowed.amount_high_usd'
                    ) }}, 9)
                ),
                case
                    when anchor_rounds.announced_on < windowed.window_start_on
                        then {{ dbt.datediff(
                            'anchor_rounds.announced_on', 'windowed.window_start_on', 'day'
                        ) }}
                    when anchor_rounds.announced_on > windowed.window_end_on
                        then {{ dbt.datediff(
                            'windowed.window_end_on', 'anchor_rounds.announced_on', 'day'
                        ) }}
                    else 0
                end,
                anchor_rounds.round_id
        ) as candidate_rank
    from windowed
    inner join anchor_rounds
        on
            windowed.company_id = anchor_rounds.company_id
            and (
                (windowed.status in ('closed', 'reported') and anchor_rounds.status = 'closed')
                or (
                    windowed.status in ('planned', 'reported')
                    and anchor_rounds.status = 'planned'
                )
            )
            and (
                windowed.series is null
                or anchor_rounds.series is null
                or windowed.series = anchor_rounds.series
            )
            and anchor_rounds.announced_on
            between {{ dbt.dateadd('day', '-' ~ window_days, 'windowed.window_start_on') }}
            and {{ dbt.dateadd('day', window_days, 'windowed.window_end_on') }}
    where
        {{ figures_agree(
            'windowed.amount_usd', 'anchor_rounds.amount_usd', tolerance, 'windowed.qualifier',
            a_high='windowed.amount_high_usd'
        ) }}
        or {{ figures_agree(
            'windowed.amount_usd', 'anchor_rounds.equity_usd', tolerance, 'windowed.qualifier',
            a_high='windowed.amount_high_usd'
        ) }}

),

matched as (

    select
        claim_id,
        round_id
    from candidates
    where candidate_rank = 1

),

unmatched as (

    select windowed.*
    from windowed
    left join matched on windowed.claim_id = matched.claim_id
    where matched.claim_id is null

),

-- News rounds: amounts sorted per company and status; a gap beyond tolerance starts a new
-- amount group, and within it a date window that starts after all earlier ones ended
-- (plus the match window) starts a new round.
amount_ordered as (

    select
        *,
        lag(amount_usd) over (
            partition by company_key, status order by amount_usd, claim_id
        ) as previous_amount_usd
    from unmatched

),

amount_grouped as (

    select
        *,
        sum(
            case
                when previous_amount_usd is null then 1
                when
                    {{ relative_difference('previous_amount_usd', 'amount_usd') }}
                    > {{ agreement_tolerance(tolerance, 'qualifier') }}
                    then 1
                else 0
            end
        ) over (
            partition by company_key, status
            order by amount_usd, claim_id
            rows between unbounded preceding and current row
        ) as amount_group
    from amount_ordered

),

date_ordered as (

    select
        *,
        max(window_end_on) over (
            partition by company_key, status, amount_group
            order by window_start_on, claim_id
            rows between unbounded preceding and 1 preceding
        ) as previous_window_end_on
    from amount_grouped

),

date_grouped as (

    select
        *,
        sum(
            case
                when previous_window_end_on is null then 1
                when
                    window_start_on
                    > {{ dbt.dateadd('day', window_days, 'previous_window_end_on') }}
                    then 1
                else 0
            end
        ) over (
            partition by company_key, status, amount_group
            order by window_start_on, claim_id
            rows between unbounded preceding and current row
        ) as date_group
    from date_ordered

),

news_rounds as (

    select
        claim_id,
        'news-round-' || {{ short_hash([
            'company_key',
            'status',
            'first_value(claim_id) over (partition by company_key, status, amount_group,'
            ~ ' date_group order by published_at, claim_id)',
        ]) }} as round_id
    from date_grouped

),

news_links as (

    select
        windowed.*,
        coalesce(matched.round_id, news_rounds.round_id) as round_id,
        case when matched.round_id is not null then 'joins_epoch' else 'news_round' end
            as link_kind
    from windowed
    left join matched on windowed.claim_id = matched.claim_id
    left join news_rounds on windowed.claim_id = news_rounds.claim_id

),

epoch_links as (

    select
        'epoch-' || cast(epoch_rounds.epoch_row as {{ dbt.type_string() }}) as statement_id,
        coalesce('round-' || epoch_rounds.tranche_of_round_key, epoch_rounds.round_id)
            as round_id,
        case
            when epoch_rounds.tranche_of_round_key is not null then 'tranche'
            else 'epoch_round'
        end as link_kind,
        'epoch' as source_kind,
        epoch_rounds.epoch_row,
        cast(null as {{ dbt.type_string() }}) as claim_id,
        cast(null as {{ dbt.type_string() }}) as article_id,
        cast(null as {{ dbt.type_string() }}) as source_article_id,
        epoch_rounds.company_id,
        epoch_rounds.company_name,
        epoch_rounds.status,
        epoch_rounds.series,
        cast(null as {{ dbt.type_string() }}) as qualifier,
        epoch_rounds.amount_usd,
        cast(null as {{ type_double() }}) as amount_high_usd,
        'USD' as currency_code,
        epoch_rounds.amount_usd as amount_native,
        epoch_rounds.post_money_valuation_usd as valuation_usd,
        'post' as valuation_basis,
        epoch_rounds.announced_on as stated_on,
        'day' as date_precision,
        epoch_rounds.announced_on as window_start_on,
        epoch_rounds.announced_on as window_end_on,
        false as is_dated_by_report,
        cast(null as date) as published_on,
        cast(null as {{ dbt.type_string() }}) as language_code,
        cast(null as {{ type_double() }}) as confidence
    from epoch_rounds

),

final as (

    select * from epoch_links

    union all

    select
        'claim-' || claim_id as statement_id,
        round_id,
        link_kind,
        'news' as source_kind,
        cast(null as {{ dbt.type_bigint() }}) as epoch_row,
        claim_id,
        article_id,
        source_article_id,
        company_id,
        subject_name as company_name,
        status,
        series,
        qualifier,
        amount_usd,
        amount_high_usd,
        currency_code,
        amount as amount_native,
        valuation_usd,
        valuation_basis,
        stated_on,
        date_precision,
        window_start_on,
        window_end_on,
        is_dated_by_report,
        published_on,
        language_code,
        confidence
    from news_links

)

select * from final
