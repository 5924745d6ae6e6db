-- Valuations of AI companies, one row per valuation event: the valuation of every funding
-- round (Epoch AI, 'AI Companies' dataset, https://epoch.ai/data, CC BY 4.0, and news) and
-- valuations stated alone in news (int_valuation_sources). A valuation is dated when it was
-- set: the round's date, else the most precise date its statements give, with that
-- precision; news figures in other currencies are priced at that date's rate.
with

valuation_sources as (

    select * from {{ ref('int_valuation_sources') }}

),

rounds as (

    select * from {{ ref('int_funding_rounds') }}

),

money_claims as (

    select * from {{ ref('int_money_claims') }}

),

companies as (

    select * from {{ ref('stg_raw__ref_companies') }}

),

support as (

    select
        valuation_sources.valuation_id,
        max(case when valuation_sources.source_kind = 'epoch' then 1 else 0 end) = 1
            as has_epoch,
        count(distinct money_claims.source_article_id) as n_news_sources
    from valuation_sources
    left join money_claims on valuation_sources.claim_id = money_claims.claim_id
    group by valuation_sources.valuation_id

),

round_valuations as (

    select distinct
        valuation_sources.valuation_id,
        rounds.round_id,
        rounds.company_id,
        rounds.company_name,
        rounds.announced_on as valued_on,
        rounds.date_precision,
        coalesce(rounds.post_money_valuation_usd, rounds.unspecified_valuation_usd)
            as valuation_usd,
        case when rounds.post_money_valuation_usd is not null then 'post' else 'unspecified' end
            as basis,
        rounds.pre_money_valuation_usd,
        rounds.status,
        rounds.round_kind
    from valuation_sources
    inner join rounds on valuation_sources.round_id = rounds.round_id

),

standalone_claims as (

    select
        valuation_sources.valuation_id,
        money_claims.*,
        row_number() over (
            partition by valuation_sources.valuation_id
            order by money_claims.precision_rank, money_claims.stated_on, money_claims.claim_id
        ) as date_rank,
        row_number() over (
            partition by valuation_sources.valuation_id
            order by money_claims.published_at, money_claims.claim_id
        ) as published_rank
    from valuation_sources
    inner join money_claims on valuation_sources.claim_id = money_claims.claim_id
    where valuation_sources.round_id is null

),

standalone_figures as (

    select
        valuation_id,
        {{ median_value('fact_value') }} as valuation_usd
    from standalone_claims
    group by valuation_id

),

standalone_valuations as (

    select
        dated.valuation_id,
        cast(null as {{ dbt.type_string() }}) as round_id,
        dated.company_id,
        named.subject_name as company_name,
        dated.stated_on as valued_on,
        dated.date_precision,
        standalone_figures.valuation_usd,
        dated.valuation_basis as basis,
        cast(null as {{ type_double() }}) as pre_money_valuation_usd,
        dated.status,
        cast(null as {{ dbt.type_string() }}) as round_kind
    from standalone_claims as dated
    inner join standalone_claims as named
        on
            dated.valuation_id = named.valuation_id
            and named.published_rank = 1
    inner join standalone_figures on dated.valuation_id = standalone_figures.valuation_id
    where dated.date_rank = 1

),

unioned as (

    select * from round_valuations
    union all
    select * from standalone_valuations

),

final as (

    select
        unioned.valuation_id,
        unioned.company_id,
        coalesce(companies.company_name, unioned.company_name) as company_name,
        unioned.company_id is not null as is_known_company,
        unioned.valued_on,
        unioned.date_precision,
        unioned.valuation_usd,
        unioned.basis,
        unioned.pre_money_valuation_usd,
        unioned.status,
        unioned.round_id,
        unioned.round_kind,
        {{ source_kind_of('support.has_epoch', 'support.n_news_sources') }} as source_kind,
        {{ n_sources_of('support.has_epoch', 'support.n_news_sources') }} as n_sources
    from unioned
    inner join support on unioned.valuation_id = support.valuation_id
    left join companies on unioned.company_id = companies.company_id

)

select * from final
