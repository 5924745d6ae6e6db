-- Units of each currency per USD for every calendar day between the first and last ECB rate.
-- The ECB publishes on TARGET business days only: weekends and holidays carry the last
-- published rate forward, for at most fx_max_carry_days (a discontinued currency stops there).
with

rates as (

    select * from {{ ref('stg_raw__fx_rates') }}

),

usd_per_eur as (

    select
        rate_date,
        units_per_eur as usd_per_eur
    from rates
    where currency_code = 'USD'

),

-- The euro is the ECB's base currency: it has no row of its own.
with_euro as (

    select
        rate_date,
        currency_code,
        units_per_eur
    from rates

    union all

    select
        rate_date,
        'EUR' as currency_code,
        1.0 as units_per_eur
    from usd_per_eur

),

per_usd as (

    select
        with_euro.rate_date,
        with_euro.currency_code,
        with_euro.units_per_eur / usd_per_eur.usd_per_eur as units_per_usd
    from with_euro
    inner join usd_per_eur on with_euro.rate_date = usd_per_eur.rate_date

),

validity as (

    select
        rate_date as published_on,
        currency_code,
        units_per_usd,
        lead(rate_date) over (
            partition by currency_code order by rate_date
        ) as next_published_on
    from per_usd

),

bounds as (

    select
        min(rate_date) as first_day,
        max(rate_date) as last_day
    from per_usd

),

days as (

    {{ date_series('first_day', 'last_day', 'bounds') }}

),

final as (

    select
        days.calendar_date as rate_date,
        validity.currency_code,
        validity.units_per_usd,
        validity.published_on,
        days.calendar_date > validity.published_on as is_carried_forward
    from days
    inner join validity
        on
            days.calendar_date >= validity.published_on
            and (
                days.calendar_date < validity.next_published_on
                or validity.next_published_on is null
            )
            and days.calendar_date
            <= {{ dbt.dateadd('day', var('fx_max_carry_days'), 'validity.published_on') }}

)

select * from final
