"""Number reading per locale family (sources/extract/numbers.py)."""

from __future__ import annotations

import pytest
from babel.numbers import format_decimal
from hypothesis import given, settings
from hypothesis import strategies as st

from sources.extract.numbers import find_numbers, parse_cjk, parse_digits
from sources.extract.rules import load_rules
from sources.extract.textnorm import fold, lower_fold
from sources.registry import RULE_LANGUAGES as LANGUAGES

LOCALES = {
    "en": "en",
    "id": "id",
    "zh": "zh_Hans",
    "ja": "ja",
    "de": "de",
    "fr": "fr",
    "es": "es",
    "pt": "pt",
    "it": "it",
    "ru": "ru",
}


def numbers(text: str, lang: str):
    rules = load_rules(lang)
    low, folded = lower_fold(text), fold(text)
    lex = rules.lexicon_for(low, folded)
    lex.scan_all(1)
    return find_numbers(low, folded, 0, len(text), rules, lex)


def values(text: str, lang: str) -> list[tuple[float | None, float | None, str]]:
    return [(n.value, n.high, n.qualifier) for n in numbers(text, lang) if not n.year]


@pytest.mark.parametrize(
    ("token", "group", "scaled", "expected"),
    [
        ("100.000", ".", False, 100_000.0),  # id/de grouping
        ("200,000", ".", False, 200_000.0),  # "000" groups in any locale
        ("2,500", ".", False, 2500.0),  # a count is a whole number
        ("1,250", ".", True, 1.25),  # a decimal before a scale word
        ("4.2", ",", True, 4.2),
        ("1,5", ",", True, 1.5),  # one digit after: a decimal in any locale
        ("1.234.567,5", ".", False, 1_234_567.5),
        ("1,234,567.5", ",", False, 1_234_567.5),
        ("100 000", "\u202f", False, 100_000.0),
        ("100\u202f000,5", "\u202f", False, 100_000.5),
        ("0.125", ",", False, 0.125),
        ("1234,567", ",", False, 1234.567),
    ],
)
def test_parse_digits(token, group, scaled, expected):
    value, _fraction = parse_digits(token, group, scaled)
    assert value == pytest.approx(expected)


def test_parse_digits_rejects_bad_grouping():
    assert parse_digits("1.2.3", ".", False) is None
    assert parse_digits("12,34.567", ",", False) is None


@pytest.mark.parametrize(
    ("run", "expected"),
    [
        ("10万", (1e5, "exact", False)),
        ("12萬", (1.2e5, "exact", False)),
        ("800亿", (8e10, "exact", False)),
        ("35億", (3.5e9, "exact", False)),
        ("1.5兆", (1.5e12, "exact", False)),
        ("3兆5000億", (3.5e12, "exact", False)),
        ("1万2000", (12000.0, "exact", False)),
        ("十万", (1e5, "exact", False)),
        ("两万", (2e4, "exact", False)),
        ("三千", (3000.0, "exact", False)),
        ("10多万", (1e5, "at_least", False)),
        ("1万亿", (1e12, "exact", False)),
    ],
)
def test_parse_cjk(run, expected):
    value, qualifier, vague = parse_cjk(run)
    assert (value, qualifier, vague) == (pytest.approx(expected[0]), expected[1], expected[2])


def test_parse_cjk_vague():
    assert parse_cjk("十几万") == (None, "approx", True)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "about 100,000 chips", [(1e5, None, "approx")]),
        (
            "en",
            "more than 300,000 GPUs and $4.2 billion",
            [(3e5, None, "at_least"), (4.2e9, None, "exact")],
        ),
        (
            "en",
            "100K GPUs, 50k chips, $6bn",
            [(1e5, None, "exact"), (5e4, None, "exact"), (6e9, None, "exact")],
        ),
        (
            "en",
            "a million GPUs and half a billion dollars",
            [(1e6, None, "exact"), (5e8, None, "exact")],
        ),
        ("en", "between $10 billion and $12 billion", [(1e10, 1.2e10, "range")]),
        ("en", "$10-12 billion", [(1e10, 1.2e10, "range")]),
        ("en", "100,000+ GPUs", [(1e5, None, "at_least")]),
        ("id", "100.000 chip dan 200,000 GPU", [(1e5, None, "exact"), (2e5, None, "exact")]),
        ("id", "sekitar 1,5 juta GPU", [(1.5e6, None, "approx")]),
        ("id", "10 hingga 12 miliar dolar AS", [(1e10, 1.2e10, "range")]),
        ("id", "hingga US$6 miliar", [(6e9, None, "at_most")]),
        ("id", "sejuta GPU", [(1e6, None, "exact")]),
        (
            "de",
            "6 Milliarden Dollar und 1,5 Mrd. Euro",
            [(6e9, None, "exact"), (1.5e9, None, "exact")],
        ),
        ("de", "knapp 100.000 Chips", [(1e5, None, "at_most")]),
        ("de", "10 bis 12 Milliarden", [(1e10, 1.2e10, "range")]),
        (
            "fr",
            "400 millions d'euros et 100 000 puces",
            [(4e8, None, "exact"), (1e5, None, "exact")],
        ),
        ("fr", "de 10 à 12 milliards", [(1e10, 1.2e10, "range")]),
        ("fr", "plus de 300\u202f000 GPU", [(3e5, None, "at_least")]),
        ("es", "40.000 millones de dólares", [(4e10, None, "exact")]),
        ("es", "6 mil millones", [(6e9, None, "exact")]),
        ("es", "cerca de 100.000 chips", [(1e5, None, "approx")]),
        ("pt", "R$ 10 bilhões e 100 mil GPUs", [(1e10, None, "exact"), (1e5, None, "exact")]),
        ("pt", "quase 1,5 bi", [(1.5e9, None, "at_most")]),
        ("it", "100mila GPU e 6 miliardi", [(1e5, None, "exact"), (6e9, None, "exact")]),
        ("it", "oltre 2 mld", [(2e9, None, "at_least")]),
        (
            "ru",
            "6 млрд долларов и 100 тыс. ускорителей",
            [(6e9, None, "exact"), (1e5, None, "exact")],
        ),
        ("ru", "от 10 до 12 млрд", [(1e10, 1.2e10, "range")]),
        ("ru", "более 300\u00a0000", [(3e5, None, "at_least")]),
        ("ru", "два миллиарда долларов", [(2e9, None, "exact")]),
        ("zh", "约10万块芯片和800亿美元", [(1e5, None, "approx"), (8e10, None, "exact")]),
        ("zh", "30亿至50亿美元", [(3e9, 5e9, "range")]),
        ("zh", "超过20万块GPU", [(2e5, None, "at_least")]),
        ("zh", "10万块H100以上", [(1e5, None, "at_least")]),
        ("ja", "約5000億円と1.5兆円", [(5e11, None, "approx"), (1.5e12, None, "exact")]),
        ("ja", "H100を10万個以上", [(1e5, None, "at_least")]),
        ("ja", "１２万８０００基", [(128000.0, None, "exact")]),
    ],
)
def test_numbers_in_context(lang, text, expected):
    assert values(text, lang) == [
        (pytest.approx(v), pytest.approx(h) if h else h, q) for v, h, q in expected
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "hundreds of thousands of chips"),
        ("id", "ratusan ribu chip"),
        ("zh", "数十万枚芯片"),
        ("ja", "数十万個"),
        ("de", "Hunderttausende Chips"),
        ("fr", "des centaines de milliers de puces"),
        ("es", "cientos de miles de chips"),
        ("pt", "centenas de milhares de chips"),
        ("it", "centinaia di migliaia di chip"),
        ("ru", "сотни тысяч чипов"),
    ],
)
def test_vague_amounts_have_no_value(lang, text):
    found = numbers(text, lang)
    assert [(n.value, n.vague, n.qualifier) for n in found] == [(None, True, "approx")]


def test_scale_word_after_a_number_is_not_vague():
    assert values("6 millones de dólares", "es") == [(pytest.approx(6e6), None, "exact")]


def test_model_names_dates_and_percentages_are_not_counts():
    assert values("H100, GPT-4 and MI300X", "en") == []
    assert values("on 12.09.2024 and 2024-09-12", "en") == []
    found = numbers("prices rose 7% and 12 percent", "en")
    assert [n.percent for n in found] == [True, True]


def test_year_unless_counted():
    found = numbers("In 2024 DeepSeek used 2048 GPUs", "en")
    assert [(n.value, n.year) for n in found] == [(2024.0, True), (2048.0, False)]


def test_from_to_is_a_change_not_a_range():
    found = numbers("Colossus will grow from 100,000 to 200,000 GPUs", "en")
    assert [(n.value, n.role) for n in found] == [(1e5, "from"), (2e5, "")]


def test_growth_target_overrides_up_to_bound():
    assert values("удвоит до 200 тыс. GPU", "ru") == [(pytest.approx(2e5), None, "exact")]
    assert values("до 200 тыс. GPU", "ru") == [(pytest.approx(2e5), None, "at_most")]


@settings(max_examples=60, deadline=None)
@given(
    lang=st.sampled_from(sorted(LOCALES)),
    value=st.integers(min_value=1_000, max_value=999_999_999),
)
def test_locale_formatted_integers_read_back(lang, value):
    """An integer written in a locale's own style (babel) reads back as itself."""
    text = format_decimal(value, locale=LOCALES[lang]) + " GPU"
    assert [n.value for n in numbers(text, lang)] == [float(value)]


@settings(max_examples=60, deadline=None)
@given(
    lang=st.sampled_from(sorted(LOCALES)),
    units=st.integers(min_value=1, max_value=999),
    tenths=st.integers(min_value=1, max_value=9),
)
def test_locale_formatted_decimals_with_scale_read_back(lang, units, tenths):
    """A decimal with a scale word ("1,5 Milliarden", "1.5 billion") reads back."""
    value = units + tenths / 10
    scale = {
        "en": "billion",
        "id": "miliar",
        "de": "Milliarden",
        "fr": "milliards",
        "es": "millardos",
        "pt": "bilhões",
        "it": "miliardi",
        "ru": "млрд",
        "zh": "亿",
        "ja": "億",
    }[lang]
    mult = 1e8 if lang in ("zh", "ja") else 1e9
    text = (
        format_decimal(value, locale=LOCALES[lang]) + ("" if lang in ("zh", "ja") else " ") + scale
    )
    assert [n.value for n in numbers(text, lang)] == [pytest.approx(value * mult)]


def test_every_language_loads():
    for code in LANGUAGES:
        assert load_rules(code).code == code
