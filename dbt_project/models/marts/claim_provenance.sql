-- From a mart row back to its sources: one row per (mart row, source). A news source is an
-- article with the exact evidence sentence and its character span; an Epoch source is the
-- Epoch row with its source URLs (Epoch AI, 'GPU Clusters' / 'AI Companies' / 'ML Hardware' /
-- 'Frontier Data Centers' datasets, https://epoch.ai/data, CC BY 4.0). Covers
-- fct_cluster_sizes, cluster_leaderboard, fct_chip_holdings, fct_funding_rounds,
-- fct_funding_round_tranches, fct_valuations, claim_conflicts and chip_demand_monthly. One
-- link per source sentence: a sentence that states several claims of the row (a total and
-- its part), or that a near-duplicate article repeats word for word, is listed once (the
-- original article's copy; n_statements counts the claims folded into it).
with

size_sources as (

    select * from {{ ref('int_cluster_size_sources') }}

),

round_sources as (

    select * from {{ ref('int_funding_round_sources') }}

),

rounds as (

    select round_id from {{ ref('fct_funding_rounds') }}

),

round_tranches as (

    select tranche_id from {{ ref('fct_funding_round_tranches') }}

),

valuation_sources as (

    select * from {{ ref('int_valuation_sources') }}

),

leaderboard as (

    select * from {{ ref('cluster_leaderboard') }}

),

holdings as (

    select * from {{ ref('fct_chip_holdings') }}

),

conflicts as (

    select * from {{ ref('claim_conflicts') }}

),

observation_claims as (

    select * from {{ ref('int_observation_claims') }}

),

claims as (

    select * from {{ ref('int_claims_normalized') }}

),

articles as (

    select * from {{ ref('stg_raw__news_articles') }}

),

phases as (

    select * from {{ ref('int_epoch_cluster_phases') }}

),

epoch_rounds as (

    select * from {{ ref('int_epoch_funding_rounds') }}

),

-- Every mart row's sources as (news observation | Epoch row).
mart_links as (

    select
        'fct_cluster_sizes' as mart_name,
        size_row_id as mart_key,
        news_observation_id,
        cast(null as {{ dbt.type_string() }}) as claim_id,
        case when epoch_row is not null then 'epoch_gpu_clusters' end as epoch_table,
        epoch_row
    from size_sources

    union all

    select
        'cluster_leaderboard' as mart_name,
        leaderboard.cluster_id || ':' || leaderboard.status as mart_key,
        size_sources.news_observation_id,
        cast(null as {{ dbt.type_string() }}) as claim_id,
        case when size_sources.epoch_row is not null then 'epoch_gpu_clusters' end
            as epoch_table,
        size_sources.epoch_row
    from leaderboard
    inner join size_sources on leaderboard.observation_id = size_sources.size_row_id

    union all

    select
        'fct_chip_holdings' as mart_name,
        holding_id as mart_key,
        holding_id as news_observation_id,
        cast(null as {{ dbt.type_string() }}) as claim_id,
        cast(null as {{ dbt.type_string() }}) as epoch_table,
        cast(null as {{ dbt.type_bigint() }}) as epoch_row
    from holdings

    union all

    select
        'fct_funding_rounds' as mart_name,
        round_sources.round_id as mart_key,
        cast(null as {{ dbt.type_string() }}) as news_observation_id,
        round_sources.claim_id,
        case when round_sources.epoch_row is not null then 'epoch_funding_rounds' end
            as epoch_table,
        round_sources.epoch_row
    from round_sources
    inner join rounds on round_sources.round_id = rounds.round_id

    union all

    select
        'fct_funding_round_tranches' as mart_name,
        round_sources.round_id as mart_key,
        cast(null as {{ dbt.type_string() }}) as news_observation_id,
        round_sources.claim_id,
        'epoch_funding_rounds' as epoch_table,
        round_sources.epoch_row
    from round_sources
    inner join round_tranches on round_sources.round_id = round_tranches.tranche_id

    union all

    select
        'fct_valuations' as mart_name,
        valuation_id as mart_key,
        cast(null as {{ dbt.type_string() }}) as news_observation_id,
        claim_id,
        case when epoch_row is not null then 'epoch_funding_rounds' end as epoch_table,
        epoch_row
    from valuation_sources

    union all

    -- A conflict lists the two statements that disagree.
    select
        'claim_conflicts' as mart_name,
        conflict_id as mart_key,
        cast(null as {{ dbt.type_string() }}) as news_observation_id,
        claim_id_a as claim_id,
        cast(null as {{ dbt.type_string() }}) as epoch_table,
        cast(null as {{ dbt.type_bigint() }}) as epoch_row
    from conflicts

    union all

    select
        'claim_conflicts' as mart_name,
        conflict_id as mart_key,
        cast(null as {{ dbt.type_string() }}) as news_observation_id,
        claim_id_b as claim_id,
        epoch_table_b as epoch_table,
        epoch_row_b as epoch_row
    from conflicts

),

news_links as (

    select
        mart_links.mart_name,
        mart_links.mart_key,
        observation_claims.observation_id,
        observation_claims.claim_id
    from mart_links
    inner join observation_claims
        on mart_links.news_observation_id = observation_claims.observation_id

    union all

    select
        mart_links.mart_name,
        mart_links.mart_key,
        observation_claims.observation_id,
        mart_links.claim_id
    from mart_links
    left join observation_claims on mart_links.claim_id = observation_claims.claim_id
    where mart_links.claim_id is not null

    union all

    -- chip_demand_monthly counts claims, not observations.
    select
        'chip_demand_monthly' as mart_name,
        claims.chip_id || ':'
        || {{ dbt.cast(
            'cast(' ~ dbt.date_trunc('month', 'claims.published_on') ~ ' as date)',
            dbt.type_string()
        ) }} as mart_key,
        observation_claims.observation_id,
        claims.claim_id
    from claims
    left join observation_claims on claims.claim_id = observation_claims.claim_id
    where
        claims.chip_id is not null
        and claims.claim_type in {{ claim_type_list(measure='chips') }}

),

-- Each (mart row, news claim) with its sentence, and only what picks the copy kept: the
-- article's other columns are joined to the links kept.
news_statements as (

    select
        news_links.mart_name,
        news_links.mart_key,
        news_links.observation_id,
        news_links.claim_id,
        claims.article_id,
        claims.published_on,
        claims.is_duplicate_article,
        claims.evidence
    from news_links
    inner join claims on news_links.claim_id = claims.claim_id

),

-- One link per sentence: the original article's copy first, then the earliest.
news_sentences as (

    {% set first_copy = ['is_duplicate_article', 'published_on', 'article_id', 'claim_id'] %}
    select
        mart_name,
        mart_key,
        {{ first_by('claim_id', first_copy) }} as claim_id,
        {{ first_by('observation_id', first_copy) }} as observation_id,
        count(*) as n_statements
    from news_statements
    group by mart_name, mart_key, evidence

),

news_rows as (

    select
        news_sentences.mart_name,
        news_sentences.mart_key,
        'news' as source_kind,
        news_sentences.observation_id,
        news_sentences.claim_id,
        claims.article_id,
        articles.url,
        articles.title,
        articles.source_name,
        claims.published_on,
        claims.language_code,
        claims.evidence,
        claims.evidence_start,
        claims.evidence_end,
        claims.is_duplicate_article,
        cast(null as {{ dbt.type_string() }}) as epoch_table,
        cast(null as {{ dbt.type_bigint() }}) as epoch_row,
        cast(null as {{ dbt.type_string() }}) as epoch_name,
        cast(null as {{ dbt.type_string() }}) as epoch_source_urls,
        news_sentences.n_statements
    from news_sentences
    inner join claims on news_sentences.claim_id = claims.claim_id
    inner join articles on claims.article_id = articles.article_id

),

-- One link per Epoch row of a mart row.
epoch_rows as (

    select
        mart_links.mart_name,
        mart_links.mart_key,
        'epoch' as source_kind,
        cast(null as {{ dbt.type_string() }}) as observation_id,
        cast(null as {{ dbt.type_string() }}) as claim_id,
        cast(null as {{ dbt.type_string() }}) as article_id,
        cast(null as {{ dbt.type_string() }}) as url,
        cast(null as {{ dbt.type_string() }}) as title,
        cast(null as {{ dbt.type_string() }}) as source_name,
        cast(null as date) as published_on,
        cast(null as {{ dbt.type_string() }}) as language_code,
        cast(null as {{ dbt.type_string() }}) as evidence,
        cast(null as {{ dbt.type_bigint() }}) as evidence_start,
        cast(null as {{ dbt.type_bigint() }}) as evidence_end,
        false as is_duplicate_article,
        mart_links.epoch_table,
        mart_links.epoch_row,
        min(coalesce(
            phases.epoch_name, epoch_rounds.company_name || ', ' || epoch_rounds.round_name
        )) as epoch_name,
        min(coalesce(phases.source_urls, epoch_rounds.source_urls)) as epoch_source_urls,
        count(*) as n_statements
    from mart_links
    left join phases
        on
            mart_links.epoch_table = 'epoch_gpu_clusters'
            and mart_links.epoch_row = phases.epoch_row
    left join epoch_rounds
        on
            mart_links.epoch_table = 'epoch_funding_rounds'
            and mart_links.epoch_row = epoch_rounds.epoch_row
    where mart_links.epoch_row is not null
    group by
        mart_links.mart_name,
        mart_links.mart_key,
        mart_links.epoch_table,
        mart_links.epoch_row

),

sentences as (

    select * from news_rows
    union all
    select * from epoch_rows

),

final as (

    select
        {{ short_hash([
            'mart_name', 'mart_key', 'source_kind', 'claim_id', 'epoch_table', 'epoch_row'
        ]) }} as provenance_id,
        mart_name,
        mart_key,
        source_kind,
        observation_id,
        claim_id,
        article_id,
        url,
        title,
        source_name,
        published_on,
        language_code,
        evidence,
        evidence_start,
        evidence_end,
        is_duplicate_article,
        epoch_table,
        epoch_row,
        epoch_name,
        epoch_source_urls,
        cast(n_statements as {{ dbt.type_bigint() }}) as n_statements
    from sentences

)

select * from final
