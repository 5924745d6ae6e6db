{#- The pre-hook of the incremental claim models (int_claims_normalized, int_money_claims):
    before the claims extracted since the model's last run are added, drop its rows of every
    article read again since then (raw.news_extractions logs each reading, claims or none), so a
    claim a new extractor no longer finds is dropped too. The model needs the column
    extracted_at and a `-- depends_on: {{ ref('stg_raw__news_extractions') }}` line. -#}
{% macro drop_rows_of_reread_articles() -%}
    {%- if is_incremental() -%}
        delete from {{ this }}
        where article_id in (
            select article_id from {{ ref('stg_raw__news_extractions') }}
            where extracted_at > (select max(extracted_at) from {{ this }})
        )
    {%- endif -%}
{%- endmacro %}
