"""Quantities with a unit: durations (converted to days) and electrical power (to MW).

Weeks count 7 days, months 30 and years 365: news round build times ("in four months") and a
30-day month keeps "122 days" and "four months" comparable within a few percent.
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
    before: Num | None = None  # the number before this one
    for num in nums:
        prev, before = before, num
        if num.vague or num.percent or num.value is None:
            continue
        pos = num.end
        if pos < hi and low[pos] in "-‐":
            pos += 1
        part = lex.starting_at(low, pos, hi, lx.LENGTH_PART)
        if (
            part is not None
            and part.value == "half"
            and part.start - pos <= 1
            and 0 < num.value < 100  # "2024年半ば" is mid-2024
        ):
            years = num.value + 0.5
            out.append(UnitQty(num, "days", years * YEAR_DAYS, None, num.lead, part.end))
            continue
        hit = lex.starting_at(low, pos, hi, lx.UNIT)
        if hit is None or hit.start - pos > 1:
            continue
        unit = low[hit.start : hit.end]
        if unit == "日":
            if num.start > 0 and low[num.start - 1] == "月":
                continue
            if hit.end >= hi or low[hit.end] not in _DAY_PARTICLES:
                continue
        kind, factor = hit.value
        if kind == "mw" and _ENERGY_HOUR.match(low, hit.end, hi):
            continue
        if factor == YEAR_DAYS and 1900 <= num.value <= 2100:
            continue  # "2024 year-end": a calendar year, not a length
        high = num.high * factor if num.high is not None else None
        years = _years_before(low, prev, num, lex) if kind == "days" and factor < YEAR_DAYS else 0
        if years:
            # the count of years before it is part of the same length: one duration
            if out and out[-1].num is prev:
                out.pop()  # "2 years" of "2 years and 3 months"
            value = years * YEAR_DAYS + num.value * factor
            out.append(UnitQty(prev, kind, value, None, prev.lead, hit.end))  # type: ignore[union-attr]
            continue
        out.append(UnitQty(num, kind, num.value * factor, high, num.lead, hit.end))
    return out


def _years_before(low: str, prev: Num | None, num: Num, lex: Lexicon) -> float:
    """The count of years ``prev`` when a year word joins it to ``num``, the count of a
    smaller unit ("1 year and 7 months", "1년 7개월", "1年7カ月", "一年零七个月"), else 0."""
    if prev is None or prev.value is None or prev.vague or prev.percent or prev.high is not None:
        return 0
    if not 0 < prev.value < 100 or prev.year:
        return 0
    part = lex.starting_at(low, prev.end, num.lead + 1, lx.LENGTH_PART)
    if part is None or part.value != "and" or part.start - prev.end > 1:
        return 0
    # the joining word may end inside the number that follows, which read it as a numeral
    # ("年零七": 零 joins the parts and starts the count of months)
    if part.end < num.lead and low[part.end : num.lead].strip():
        return 0
    return prev.value
