-- Which sources stand behind each row of fct_funding_rounds (and of
-- fct_funding_round_tranches): one link per Epoch row (Epoch AI, 'AI Companies' dataset,
-- https://epoch.ai/data, CC BY 4.0) and one per news claim, from
-- int_funding_round_statements. A stage of a staged round backs both the round and its
-- tranche row.
with

statements as (

    select * from {{ ref('int_funding_round_statements') }}

),

epoch_rounds as (

    select * from {{ ref('int_epoch_funding_rounds') }}

),

links as (

    select
        round_id,
        source_kind,
        epoch_row,
        claim_id
    from statements

    union all

    select
        epoch_rounds.round_id,
        'epoch' as source_kind,
        statements.epoch_row,
        cast(null as {{ dbt.type_string() }}) as claim_id
    from statements
    inner join epoch_rounds on statements.epoch_row = epoch_rounds.epoch_row
    where statements.link_kind = 'tranche'

),

final as (

    select
        {{ short_hash(['round_id', 'source_kind', 'epoch_row', 'claim_id']) }}
            as round_source_id,
        round_id,
        source_kind,
        epoch_row,
        claim_id
    from links

)

select * from final
