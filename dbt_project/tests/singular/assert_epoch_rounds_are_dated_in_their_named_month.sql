-- A round Epoch AI knows is dated no earlier than the month its Epoch id names ("Dec 2024
-- Series C" is a December round even when Epoch's close date is in November), and no later
-- than the end of that month when that month is later than Epoch's close date (Epoch AI, 'AI
-- Companies' dataset, https://epoch.ai/data, CC BY 4.0). Returns the rounds dated outside.

-- Dagster shows this test as a check of fct_funding_rounds (it reads several models).
{{ config(meta={'dagster': {'ref': {'name': 'fct_funding_rounds'}}}) }}

with

epoch_rounds as (

    select * from {{ ref('int_epoch_funding_rounds') }}
    where
        named_month_on is not null
        and tranche_of_round_key is null
        and not is_double_listed

),

rounds as (

    select * from {{ ref('fct_funding_rounds') }}

),

misdated as (

    select
        rounds.round_id,
        epoch_rounds.round_name,
        epoch_rounds.announced_on as epoch_announced_on,
        epoch_rounds.named_month_on,
        rounds.announced_on,
        rounds.date_precision
    from epoch_rounds
    inner join rounds on epoch_rounds.round_id = rounds.round_id
    where
        (
            epoch_rounds.named_month_on
            > cast({{ dbt.date_trunc('month', 'epoch_rounds.announced_on') }} as date)
            and (
                rounds.announced_on < epoch_rounds.named_month_on
                or rounds.announced_on
                > {{ period_end('epoch_rounds.named_month_on', "'month'") }}
            )
        )
        or (
            epoch_rounds.named_month_on
            <= cast({{ dbt.date_trunc('month', 'epoch_rounds.announced_on') }} as date)
            and rounds.announced_on != epoch_rounds.announced_on
        )

)

select * from misdated
