-- Which sources stand behind each row of fct_funding_rounds: an Epoch round
-- (round_id 'epoch-round-...') with the news observations that agree with it
-- (int_reconciliation: same company and status, within the date window, amount within
-- tolerance), or a news round observation of its own (round_id = observation_id).
with

epoch_rounds as (

    select * from {{ ref('int_epoch_funding_rounds') }}
    where not is_double_listed

),

rounds as (

    select * from {{ ref('int_observations') }}
    where claim_type = 'funding_round'

),

agreeing as (

    select
        observation_id,
        min(epoch_row) as epoch_row
    from {{ ref('int_reconciliation') }}
    where
        compared_field = 'round_amount'
        and outcome = 'agree'
    group by observation_id

),

links as (

    select
        round_id,
        'epoch' as source_kind,
        epoch_row,
        cast(null as {{ dbt.type_string() }}) as news_observation_id
    from epoch_rounds

    union all

    select
        coalesce(epoch_rounds.round_id, rounds.observation_id) as round_id,
        'news' as source_kind,
        cast(null as {{ dbt.type_bigint() }}) as epoch_row,
        rounds.observation_id as news_observation_id
    from rounds
    left join agreeing on rounds.observation_id = agreeing.observation_id
    left join epoch_rounds on agreeing.epoch_row = epoch_rounds.epoch_row

),

final as (

    select
        {{ short_hash(['round_id', 'source_kind', 'epoch_row', 'news_observation_id']) }}
            as round_source_id,
        round_id,
        source_kind,
        epoch_row,
        news_observation_id
    from links

)

select * from final
