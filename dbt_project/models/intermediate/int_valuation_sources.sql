-- Which sources stand behind each row of fct_valuations. A round with a post-money valuation
-- gives a valuation ('valuation-' || round_id) backed by the round's sources. A valuation
-- stated alone in news (no round in the sentence) joins the round valuation of the same
-- company within var('round_match_window_days') days whose figure agrees with it
-- (var('money_tolerance'), read with its qualifier: macros/agreement.sql), with a compatible
-- status (reported with closed or reported, planned with planned); otherwise it is a
-- valuation of its own (valuation_id = observation_id).
{% set difference = bounded_difference(
    'standalone.fact_value', 'rounds.post_money_valuation_usd', 'standalone.qualifier',
    a_high='standalone.fact_value_high'
) %}
{% set plain_difference = relative_difference(
    'standalone.fact_value', 'rounds.post_money_valuation_usd'
) %}
{% set days_apart = dbt.datediff('standalone.observed_on', 'rounds.announced_on', 'day') %}

with

rounds as (

    select * from {{ ref('int_funding_rounds') }}
    where post_money_valuation_usd > 0

),

round_sources as (

    select * from {{ ref('int_funding_round_sources') }}

),

standalone as (

    select * from {{ ref('int_observations') }}
    where claim_type = 'valuation'

),

candidates as (

    select
        standalone.observation_id,
        rounds.round_id,
        row_number() over (
            partition by standalone.observation_id
            order by
                {{ difference }} asc,
                {{ plain_difference }} asc,
                abs({{ days_apart }}) asc,
                rounds.round_id asc
        ) as candidate_rank
    from standalone
    inner join rounds
        on
            standalone.company_id = rounds.company_id
            and (
                (standalone.status = 'reported' and rounds.status in ('closed', 'reported'))
                or (standalone.status = 'planned' and rounds.status = 'planned')
            )
            and abs({{ days_apart }}) <= {{ var('round_match_window_days') }}
            and {{ figures_agree(
                'standalone.fact_value', 'rounds.post_money_valuation_usd',
                'standalone.tolerance', 'standalone.qualifier',
                a_high='standalone.fact_value_high'
            ) }}

),

matches as (

    select
        observation_id,
        round_id
    from candidates
    where candidate_rank = 1

),

links as (

    select
        'valuation-' || rounds.round_id as valuation_id,
        rounds.round_id,
        round_sources.source_kind,
        round_sources.epoch_row,
        round_sources.news_observation_id
    from rounds
    inner join round_sources on rounds.round_id = round_sources.round_id

    union all

    select
        coalesce('valuation-' || matches.round_id, standalone.observation_id) as valuation_id,
        matches.round_id,
        'news' as source_kind,
        cast(null as {{ dbt.type_bigint() }}) as epoch_row,
        standalone.observation_id as news_observation_id
    from standalone
    left join matches on standalone.observation_id = matches.observation_id

),

final as (

    select
        {{ short_hash(['valuation_id', 'source_kind', 'epoch_row', 'news_observation_id']) }}
            as valuation_source_id,
        valuation_id,
        round_id,
        source_kind,
        epoch_row,
        news_observation_id
    from links

)

select * from final
