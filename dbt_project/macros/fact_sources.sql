{#- Where a fact row comes from, for the source_kind and n_sources columns of the fact marts.
    has_epoch: a boolean expression (the row is an Epoch row); n_news_sources: the number of
    independent articles behind it (null reads as none). -#}

{#- epoch, news or both. -#}
{% macro source_kind_of(has_epoch, n_news_sources) -%}
    case
        when ({{ has_epoch }}) and coalesce({{ n_news_sources }}, 0) > 0 then 'both'
        when {{ has_epoch }} then 'epoch'
        else 'news'
    end
{%- endmacro %}

{#- Independent sources: 1 for Epoch plus one per article (a near-duplicate counts once). -#}
{% macro n_sources_of(has_epoch, n_news_sources) -%}
    cast(
        case when {{ has_epoch }} then 1 else 0 end + coalesce({{ n_news_sources }}, 0)
        as {{ dbt.type_bigint() }}
    )
{%- endmacro %}
