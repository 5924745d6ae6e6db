"""Durations and power (sources/extract/units.py)."""

import pytest

from sources.extract.numbers import find_numbers
from sources.extract.rules import load_rules
from sources.extract.textnorm import fold, lower_fold
from sources.extract.units import find_units


def units(text: str, lang: str):
    rules = load_rules(lang)
    low, folded = lower_fold(text), fold(text)
    lex = rules.lexicon_for(low, folded)
    lex.ensure(0, len(text))
    nums = find_numbers(low, folded, 0, len(text), rules, lex)
    return [(u.kind, u.value) for u in find_units(low, nums, len(text), lex)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "in 122 days", [("days", 122.0)]),
        ("en", "a 122-day build", [("days", 122.0)]),
        ("en", "in 19 weeks", [("days", 133.0)]),
        ("en", "in four months", [("days", 120.0)]),  # a spelled number before a unit
        ("en", "in 4 months", [("days", 120.0)]),
        ("en", "150 MW", [("mw", 150.0)]),
        ("en", "1.2 gigawatts", [("mw", 1200.0)]),
        ("en", "150MW", [("mw", 150.0)]),
        ("en", "500 MWh", []),
        ("id", "dalam 122 hari", [("days", 122.0)]),
        ("de", "1,2 GW", [("mw", 1200.0)]),
        ("de", "fünf Gigawatt", [("mw", 5000.0)]),
        ("fr", "un gigawatt", [("mw", 1000.0)]),
        ("es", "1,2 gigavatios", [("mw", 1200.0)]),
        ("ru", "за 122 дня", [("days", 122.0)]),
        ("ru", "150 МВт", [("mw", 150.0)]),
        ("zh", "122天", [("days", 122.0)]),
        ("zh", "150兆瓦", [("mw", 150.0)]),
        ("zh", "10万千瓦", [("mw", 100.0)]),
        ("ja", "122日間", [("days", 122.0)]),
        ("ja", "122日で完成", [("days", 122.0)]),
        ("ja", "9月2日に", []),
    ],
)
def test_units(lang, text, expected):
    assert units(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a length in two parts is one duration; the years' count alone is not one
        ("en", "in 2 years and 3 months", [("days", 820.0)]),
        ("en", "in 1 year and a half", [("days", 547.5)]),
        ("ko", "1년 7개월 만에", [("days", 575.0)]),
        ("ja", "1年7カ月で", [("days", 575.0)]),
        ("zh", "一年零七个月", [("days", 575.0)]),
        # a half before a scale word is the amount's: "medio millón"
        ("es", "en 2 años y medio millón", [("days", 730.0)]),
        # a count above ten years is a short calendar year ("24년"): the months alone
        ("ko", "24년 6개월 동안", [("days", 180.0)]),
    ],
)
def test_lengths_in_two_parts(lang, text, expected):
    assert units(text, lang) == expected
