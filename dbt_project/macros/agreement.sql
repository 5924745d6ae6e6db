{#- When two stated figures of the same fact agree: the one rule behind every agree/conflict
    decision (int_reconciliation, claim_conflicts, int_valuation_sources).

    A figure stands for the values its qualifier allows: exact and approx the figure itself,
    at_least ("more than 200,000") the figure or more, at_most ("nearly", "up to") the figure
    or less, range its low to its high figure. A null qualifier reads as exact (Epoch's rows).
    Two figures agree when the gap between those spans, as a share of the larger end, is
    within the tolerance; an approx figure on either side widens the tolerance by
    var('approx_tolerance_factor'). -#}

{#- Lowest value a figure allows (figures are positive: "at most" allows down to zero). -#}
{% macro figure_low(value, qualifier) -%}
    case when {{ qualifier }} = 'at_most' then 0 else {{ value }} end
{%- endmacro %}

{#- Highest value a figure allows; null for at_least (no upper end). -#}
{% macro figure_high(value, qualifier, value_high=none) -%}
    {%- set range_high = value if value_high is none
        else 'greatest(' ~ value ~ ', coalesce(' ~ value_high ~ ', ' ~ value ~ '))' -%}
    case
        when {{ qualifier }} = 'at_least' then null
        when {{ qualifier }} = 'range' then {{ range_high }}
        else {{ value }}
    end
{%- endmacro %}

{#- Relative gap between the spans of two figures: 0 when they overlap, else the distance
    between their nearest ends as a share of the larger end; null when a figure is missing.
    For two exact figures it is relative_difference(a, b). -#}
{% macro bounded_difference(
    a, b, a_qualifier="'exact'", b_qualifier="'exact'", a_high=none, b_high=none
) -%}
    {%- set a_low = figure_low(a, a_qualifier) -%}
    {%- set a_top = figure_high(a, a_qualifier, a_high) -%}
    {%- set b_low = figure_low(b, b_qualifier) -%}
    {%- set b_top = figure_high(b, b_qualifier, b_high) -%}
    case
        when ({{ a }}) is null or ({{ b }}) is null then null
        when ({{ a_top }}) < ({{ b_low }}) then {{ relative_difference(a_top, b_low) }}
        when ({{ b_top }}) < ({{ a_low }}) then {{ relative_difference(a_low, b_top) }}
        else 0
    end
{%- endmacro %}

{#- The tolerance two figures are held to: the fact's, widened when either is approx. -#}
{% macro agreement_tolerance(tolerance, a_qualifier="'exact'", b_qualifier="'exact'") -%}
    ({{ tolerance }}) * case
        when 'approx' in ({{ a_qualifier }}, {{ b_qualifier }})
            then {{ var('approx_tolerance_factor') }}
        else 1
    end
{%- endmacro %}

{#- True when two figures agree (see above). -#}
{% macro figures_agree(
    a, b, tolerance, a_qualifier="'exact'", b_qualifier="'exact'", a_high=none, b_high=none
) -%}
    ({{ bounded_difference(a, b, a_qualifier, b_qualifier, a_high, b_high) }})
    <= {{ agreement_tolerance(tolerance, a_qualifier, b_qualifier) }}
{%- endmacro %}

{#- One claim of observation ``obs_a`` (side 'a') or ``obs_b`` (side 'b') taken from an article
    other than a claim of the other side's: a disagreement needs two independent sources, so
    null when every claim of both shares one article. Reads the CTE ``source_claims`` (one row
    per observation and article). The other side offers another article when it stands on more
    than one, or on one that is not this claim's; said so rather than as a join of the two
    sides on differing articles, which DuckDB runs as a nested loop over every pair of claims. -#}
{% macro independent_claim_id(obs_a, obs_b, side) -%}
    {%- set own, other = (obs_a, obs_b) if side == 'a' else (obs_b, obs_a) -%}
    (
        select min(own_claims.claim_id)
        from source_claims as own_claims
        where
            own_claims.observation_id = {{ own }}
            and (
                (
                    select count(*) from source_claims as other_claims
                    where other_claims.observation_id = {{ other }}
                ) > 1
                or own_claims.source_article_id != (
                    select min(other_claims.source_article_id) from source_claims as other_claims
                    where other_claims.observation_id = {{ other }}
                )
            )
    )
{%- endmacro %}
