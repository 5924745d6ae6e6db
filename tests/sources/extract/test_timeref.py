"""Time references and their resolution (sources/extract/timeref.py)."""

from datetime import date

import pytest

from sources.extract.rules import load_rules
from sources.extract.textnorm import fold, lower_fold
from sources.extract.timeref import TimeRef, find_times, is_future, resolve

PUB = date(2024, 6, 14)


def times(text: str, lang: str, *, planned: bool = False, published=PUB):
    rules = load_rules(lang)
    low, folded = lower_fold(text), fold(text)
    lex = rules.lexicon_for(low, folded)
    lex.ensure(0, len(text))
    return [
        resolve(t, published, planned=planned)
        for t in find_times(low, folded, 0, len(text), lex, rules.months_ago)
    ]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "in May", ["2024-05"]),
        ("en", "in September", ["2023-09"]),
        ("en", "Sept. 12, 2024", ["2024-09-12"]),
        ("en", "by the end of 2024", ["2024-12"]),
        ("en", "this year", ["2024"]),
        ("en", "last month", ["2024-05"]),
        ("en", "xAI may raise", []),
        ("id", "pada bulan September tahun lalu", ["2023-09"]),
        ("id", "akhir tahun", ["2024-12"]),
        ("id", "12 Mei 2024", ["2024-05-12"]),
        ("id", "tahun depan", ["2025"]),
        ("de", "im Mai letzten Jahres", ["2023-05"]),
        ("de", "am 12. September 2024", ["2024-09-12"]),
        ("de", "bis Jahresende", ["2024-12"]),
        ("fr", "en septembre", ["2023-09"]),
        ("fr", "le 1er mai 2024", ["2024-05-01"]),
        ("fr", "l'an dernier", ["2023"]),
        ("es", "12 de septiembre de 2024", ["2024-09-12"]),
        ("es", "el año pasado", ["2023"]),
        ("pt", "em março de 2025", ["2025-03"]),
        ("pt", "no ano passado", ["2023"]),
        ("it", "a maggio", ["2024-05"]),
        ("it", "l'anno scorso", ["2023"]),
        ("ru", "в мае 2024 года", ["2024-05"]),
        ("ru", "в прошлом году", ["2023"]),
        ("ru", "к концу года", ["2024-12"]),
        ("zh", "2024年5月", ["2024-05"]),
        ("zh", "今年9月", ["2024-09"]),
        ("zh", "去年", ["2023"]),
        ("zh", "年底", ["2024-12"]),
        ("ja", "2025年3月31日", ["2025-03-31"]),
        ("ja", "昨年", ["2023"]),
    ],
)
def test_resolution(lang, text, expected):
    assert times(text, lang) == expected


def test_month_without_year_for_plans_is_the_next_one():
    assert times("in March", "en", planned=True) == ["2025-03"]
    assert times("in September", "en", planned=True) == ["2024-09"]
    # a plan announced in a recent month was announced this year
    assert times("in May", "en", planned=True) == ["2024-05"]


def test_no_published_date_leaves_relative_references_open():
    assert times("this year and May 2024", "en", published=None) == [None, "2024-05"]


def test_counts_are_not_years():
    assert times("DeepSeek used 2048 GPUs", "en") == []


def test_is_future():
    assert is_future("2024-12", PUB) and is_future("2025", PUB)
    assert not is_future("2024-06", PUB) and not is_future("2024", PUB)
    assert not is_future(None, PUB) and not is_future("2025", None)


def test_coming_months_resolve_to_nothing():
    assert resolve(TimeRef(0, 5, "coming"), PUB, planned=True) is None


@pytest.mark.parametrize(
    ("lang", "text", "planned", "expected"),
    [
        ("en", "in Q4 2024", False, ["2024-12"]),
        ("en", "in the first half of 2025", True, ["2025-06"]),
        ("en", "in the first quarter", True, ["2025-03"]),
        ("en", "in the first quarter", False, ["2024-03"]),
        ("de", "im dritten Quartal 2024", False, ["2024-09"]),
        ("fr", "au premier trimestre 2025", True, ["2025-03"]),
        ("es", "en el primer trimestre de 2025", True, ["2025-03"]),
        ("zh", "2025年第一季度", True, ["2025-03"]),
        ("ja", "2025年第1四半期", True, ["2025-03"]),
        ("ru", "в первом квартале 2025 года", True, ["2025-03"]),
    ],
)
def test_a_quarter_or_half_is_its_last_month(lang, text, planned, expected):
    assert times(text, lang, planned=planned) == expected
