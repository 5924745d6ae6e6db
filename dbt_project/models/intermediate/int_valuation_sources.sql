-- Which statements stand behind each row of fct_valuations, one link per Epoch AI row
-- (Epoch AI, 'AI Companies' dataset, https://epoch.ai/data, CC BY 4.0) or news claim. A
-- round with a valuation gives a valuation ('valuation-' || round_id) backed by the round's
-- statements that state it (Epoch's row, news claims whose figure agrees on the same basis).
-- A valuation stated alone in news joins the round valuation of the same company whose
-- figure on the same basis agrees with it (a pre-money figure with the round's pre-money,
-- anything else with its post-money; var('money_tolerance'), read with its qualifier:
-- macros/agreement.sql), with a compatible status (closed or reported
-- with a closed round, planned or reported with a round in talks), dated in the claim's date
-- window widened by var('round_match_window_days') (int_money_claims). The others form
-- valuations of their own: same company, status and basis, figures within tolerance, date
-- windows that overlap. At a merger, figures below the merged value are the parties' values
-- (the claim record cannot tell which party): they back no row; nor does a valuation dated
-- only by an article that states a larger one of the same company (an undated earlier state).
{% set tolerance = var('money_tolerance') %}
{% set window_days = var('round_match_window_days') %}

with

rounds as (

    select
        *,
        coalesce(post_money_valuation_usd, unspecified_valuation_usd) as post_or_stated_usd,
        coalesce(pre_money_valuation_usd, post_money_valuation_usd - amount_usd)
            as pre_usd
    from {{ ref('int_funding_rounds') }}
    where coalesce(post_money_valuation_usd, pre_money_valuation_usd, unspecified_valuation_usd) > 0

),

statements as (

    select * from {{ ref('int_funding_round_statements') }}

),

standalone as (

    select * from {{ ref('int_money_claims') }}
    where claim_type = 'valuation'

),

candidates as (

    select
        standalone.claim_id,
        rounds.round_id,
        row_number() over (
            partition by standalone.claim_id
            order by
                case
                    when standalone.valuation_basis = 'pre'
                        then {{ relative_difference('standalone.fact_value', 'rounds.pre_usd') }}
                    else {{ relative_difference(
                        'standalone.fact_value', 'rounds.post_or_stated_usd'
                    ) }}
                end,
                abs({{ dbt.datediff('rounds.announced_on', 'standalone.stated_on', 'day') }}),
                rounds.round_id
        ) as candidate_rank
    from standalone
    inner join rounds
        on
            standalone.company_id = rounds.company_id
            and (
                (standalone.status in ('closed', 'reported') and rounds.status = 'closed')
                or (standalone.status in ('planned', 'reported') and rounds.status = 'planned')
            )
            and rounds.announced_on
            between {{ dbt.dateadd('day', '-' ~ window_days, 'standalone.window_start_on') }}
            and {{ dbt.dateadd('day', window_days, 'standalone.window_end_on') }}
    where
        (
            standalone.valuation_basis = 'pre'
            and {{ figures_agree(
                'standalone.fact_value', 'rounds.pre_usd', tolerance, 'standalone.qualifier',
                a_high='standalone.fact_value_high'
            ) }}
        )
        or (
            standalone.valuation_basis != 'pre'
            and {{ figures_agree(
                'standalone.fact_value', 'rounds.post_or_stated_usd', tolerance,
                'standalone.qualifier', a_high='standalone.fact_value_high'
            ) }}
        )

),

matched as (

    select
        claim_id,
        round_id
    from candidates
    where candidate_rank = 1

),

-- At a merger a figure below the merged value is one party's value (the acquirer's before
-- the deal or the target's), which a claim cannot attribute: such statements back no row.
merger_parts as (

    select distinct standalone.claim_id
    from standalone
    inner join rounds
        on
            standalone.company_id = rounds.company_id
            and rounds.round_kind = 'merger'
            and rounds.announced_on
            between {{ dbt.dateadd('day', '-' ~ window_days, 'standalone.window_start_on') }}
            and {{ dbt.dateadd('day', window_days, 'standalone.window_end_on') }}
    left join matched on standalone.claim_id = matched.claim_id
    where
        matched.claim_id is null
        and standalone.fact_value < rounds.post_or_stated_usd

),

-- A valuation dated only by its article, beside a larger valuation of the same company in
-- that article, is an earlier state whose date the article does not give ("its first round
-- valued it at about $300 million"): it backs no row rather than one dated to the article.
money_claims as (

    select * from {{ ref('int_money_claims') }}

),

undated_earlier as (

    select distinct standalone.claim_id
    from standalone
    inner join money_claims as larger
        on
            standalone.article_id = larger.article_id
            and standalone.company_key = larger.company_key
            and standalone.claim_id != larger.claim_id
            and coalesce(
                larger.valuation_usd,
                case when larger.claim_type = 'valuation' then larger.fact_value end
            )
            > standalone.fact_value * (1 + {{ tolerance }})
    where standalone.is_dated_by_report

),

unmatched as (

    select standalone.*
    from standalone
    left join matched on standalone.claim_id = matched.claim_id
    left join merger_parts on standalone.claim_id = merger_parts.claim_id
    left join undated_earlier on standalone.claim_id = undated_earlier.claim_id
    where
        matched.claim_id is null
        and merger_parts.claim_id is null
        and undated_earlier.claim_id is null

),

-- Valuations of their own: figures sorted per company, status and basis; a gap beyond
-- tolerance, or a date window that starts after all earlier ones ended, starts a new one.
value_ordered as (

    select
        *,
        lag(fact_value) over (
            partition by company_key, status, valuation_basis order by fact_value, claim_id
        ) as previous_value
    from unmatched

),

value_grouped as (

    select
        *,
        sum(
            case
                when previous_value is null then 1
                when
                    {{ relative_difference('previous_value', 'fact_value') }}
                    > {{ agreement_tolerance(tolerance, 'qualifier') }}
                    then 1
                else 0
            end
        ) over (
            partition by company_key, status, valuation_basis
            order by fact_value, claim_id
            rows between unbounded preceding and current row
        ) as value_group
    from value_ordered

),

date_ordered as (

    select
        *,
        max(window_end_on) over (
            partition by company_key, status, valuation_basis, value_group
            order by window_start_on, claim_id
            rows between unbounded preceding and 1 preceding
        ) as previous_window_end_on
    from value_grouped

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
            partition by company_key, status, valuation_basis, value_group
            order by window_start_on, claim_id
            rows between unbounded preceding and current row
        ) as date_group
    from date_ordered

),

standalone_valuations as (

    select
        claim_id,
        'news-valuation-' || {{ short_hash([
            'company_key',
            'status',
            'valuation_basis',
            'first_value(claim_id) over (partition by company_key, status, valuation_basis,'
            ~ ' value_group, date_group order by published_at, claim_id)',
        ]) }} as valuation_id
    from date_grouped

),

links as (

    -- The round's own statements that state its valuation (on the same basis, agreeing).
    select
        'valuation-' || rounds.round_id as valuation_id,
        rounds.round_id,
        statements.source_kind,
        statements.epoch_row,
        statements.claim_id,
        'round' as link_kind
    from rounds
    inner join statements on rounds.round_id = statements.round_id
    where
        statements.valuation_usd > 0
        and (
            statements.source_kind = 'epoch'
            or (
                statements.valuation_basis = 'pre'
                and {{ figures_agree('statements.valuation_usd', 'rounds.pre_usd', tolerance) }}
            )
            or (
                statements.valuation_basis != 'pre'
                and {{ figures_agree(
                    'statements.valuation_usd', 'rounds.post_or_stated_usd', tolerance
                ) }}
            )
        )

    union all

    select
        coalesce('valuation-' || matched.round_id, standalone_valuations.valuation_id)
            as valuation_id,
        matched.round_id,
        'news' as source_kind,
        cast(null as {{ dbt.type_bigint() }}) as epoch_row,
        standalone.claim_id,
        case when matched.round_id is not null then 'joins_round' else 'standalone' end
            as link_kind
    from standalone
    left join matched on standalone.claim_id = matched.claim_id
    left join standalone_valuations on standalone.claim_id = standalone_valuations.claim_id
    where matched.claim_id is not null or standalone_valuations.claim_id is not null

),

final as (

    select
        {{ short_hash(['valuation_id', 'source_kind', 'epoch_row', 'claim_id']) }}
            as valuation_source_id,
        valuation_id,
        round_id,
        source_kind,
        epoch_row,
        claim_id,
        link_kind
    from links

)

select * from final
