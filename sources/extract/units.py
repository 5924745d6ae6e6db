"""Quantities with a unit: durations (converted to days) and electrical power (to MW).

Weeks count 7 days, months 30 and years 365: news round build times ("in four months") and a
30-day month keeps "122 days" and "four months" comparable within a few percent; a whole
number of years said in months is those years ("24 months": 730 days).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sources.extract import lexicon as lx
from sources.extract.lexicon import Lexicon
from sources.extract.numbers import Num

# A bare 日 after a number is a date ("12日") unless a duration particle follows ("122日で").
_DAY_PARTICLES = set("で間かけ足余内以")

YEAR_DAYS = 365.0  # the factor of a year unit in rules.py
MONTH_DAYS = 30.0  # the factor of a month unit
# the most years a length in two parts may count: a build time is read up to ten years, and
# a larger count before a year word is a short calendar year ("24년 6개월")
MAX_LENGTH_YEARS = 10
# an hour right after a power unit makes it energy ("2만기가와트시", "吉瓦时", "ギガワット時",
# "gigawatt-hours", "мегаватт-час"), a year's use, not a capacity; "40 mégawatts/heure" (a
# draw per hour, as news loosely writes a power) stays a power
_ENERGY_HOUR = re.compile(
    r"(?:[-‐ ]?(?:hours?|hrs?|heures?|horas?|ore|stunden?|jam|час\w*)\b|[-·]?ч\b|시|时|時)"
)


@dataclass(slots=True)
class UnitQty:
    num: Num
    kind: str  # "days" | "mw"
    value: float
    high: float | None
    start: int
    end: int


def find_units(low: str, nums: list[Num], hi: int, lex: Lexicon) -> list[UnitQty]:
    """Durations and power figures among ``nums``; a length in two parts is one duration
    ("1 year and 7 months", "1년 7개월", "一年零七个月": 575 days; "a year and a half",
    "1年半": 548)."""
    out: list[UnitQty] = []
    prev: Num | None = None  # the number before ``num``
    for num in nums:
        qty = _unit_of(low, num, prev, hi, lex)
        prev = num
        if qty is None:
            continue
        if qty.num is not num and out and out[-1].num is qty.num:
            out.pop()  # "2 years" of "2 years and 3 months": one length replaces it
        out.append(qty)
    return out


def _unit_of(low: str, num: Num, prev: Num | None, hi: int, lex: Lexicon) -> UnitQty | None:
    """The duration or power ``num`` is the count of, if any; a length in two parts starts at
    the count of years ``prev`` (see :func:`_years_before`)."""
    if num.vague or num.percent or num.value is None:
        return None
    pos = num.end
    if pos < hi and low[pos] in "-‐":
        pos += 1
    part = lex.starting_at(low, pos, hi, lx.LENGTH_PART)
    if (
        part is not None
        and part.value == "half"
        and part.start - pos <= 1
        and 0 < num.value <= MAX_LENGTH_YEARS  # "2024年半ば" is mid-2024
        # "2 años y medio millón de euros": the half is a million's
        and lex.starting_at(low, part.end, hi, lx.SCALE) is None
    ):
        years = num.value + 0.5
        return UnitQty(num, "days", years * YEAR_DAYS, None, num.lead, part.end)
    hit = lex.starting_at(low, pos, hi, lx.UNIT)
    if hit is None or hit.start - pos > 1:
        return None
    unit = low[hit.start : hit.end]
    if unit == "日":
        if num.start > 0 and low[num.start - 1] == "月":
            return None
        if hit.end >= hi or low[hit.end] not in _DAY_PARTICLES:
            return None
    kind, factor = hit.value
    if kind == "mw" and _ENERGY_HOUR.match(low, hit.end, hi):
        return None
    if factor == YEAR_DAYS and 1900 <= num.value <= 2100:
        return None  # "2024 year-end": a calendar year, not a length
    if kind == "days" and factor < YEAR_DAYS and prev is not None:
        years = _years_before(low, prev, num, lex)
        if years:
            value = years * YEAR_DAYS + num.value * factor
            return UnitQty(prev, kind, value, None, prev.lead, hit.end)
    high = _length(num.high, factor) if num.high is not None else None
    return UnitQty(num, kind, _length(num.value, factor), high, num.lead, hit.end)


def _length(count: float, factor: float) -> float:
    """``count`` units of ``factor`` days; whole years counted in months are years ("24
    months": 730 days, as "two years"; "18 months": 540)."""
    if factor == MONTH_DAYS and count >= 12 and count % 12 == 0:
        return count / 12 * YEAR_DAYS
    return count * factor


def _years_before(low: str, prev: Num, num: Num, lex: Lexicon) -> float:
    """The count of years ``prev`` when a year word joins it to ``num``, the count of a
    smaller unit ("1 year and 7 months", "1년 7개월", "1年7カ月", "一年零七个月"), else 0."""
    if prev.value is None or prev.vague or prev.percent or prev.high is not None:
        return 0
    if not 0 < prev.value <= MAX_LENGTH_YEARS or prev.year:
        return 0  # "24년 6개월": a year of the calendar written short ('24), not 24 years
    part = lex.starting_at(low, prev.end, num.lead + 1, lx.LENGTH_PART)
    if part is None or part.value != "and" or part.start - prev.end > 1:
        return 0
    # the joining word may end inside the number that follows, which read it as a numeral
    # ("年零七": 零 joins the parts and starts the count of months)
    if part.end < num.lead and low[part.end : num.lead].strip():
        return 0
    return prev.value
