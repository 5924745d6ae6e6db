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
    """Durations and power figures among ``nums``."""
    out: list[UnitQty] = []
    for num in nums:
        if num.vague or num.percent or num.value is None:
            continue
        pos = num.end
        if pos < hi and low[pos] in "-‐":
            pos += 1
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
        out.append(UnitQty(num, kind, num.value * factor, high, num.lead, hit.end))
    return out
