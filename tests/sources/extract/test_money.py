"""Money amounts, currencies and conversions (sources/extract/money.py)."""

from __future__ import annotations

import pytest
from babel.numbers import format_decimal
from hypothesis import given, settings
from hypothesis import strategies as st

from sources.extract.money import find_money
from sources.extract.numbers import find_numbers
from sources.extract.rules import load_rules
from sources.extract.textnorm import fold, lower_fold


def money(text: str, lang: str, *, traditional: bool = False):
    rules = load_rules(lang)
    low, folded = lower_fold(text), fold(text)
    lex = rules.lexicon_for(low, folded)
    lex.scan_all(1)
    nums = find_numbers(low, folded, 0, len(text), rules, lex)
    return find_money(low, nums, 0, len(text), rules, lex, traditional=traditional)


def amounts(text: str, lang: str, **kw) -> list[tuple[float, str, bool]]:
    return [(m.value, m.currency, m.is_conversion) for m in money(text, lang, **kw)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "US$6 billion", [(6e9, "USD")]),
        ("en", "$4.2 billion", [(4.2e9, "USD")]),
        ("en", "£400 million", [(4e8, "GBP")]),
        ("en", "¥1 trillion", [(1e12, "JPY")]),
        ("id", "US$6 miliar", [(6e9, "USD")]),
        ("id", "Rp93 triliun", [(9.3e13, "IDR")]),
        ("id", "3 miliar dolar AS", [(3e9, "USD")]),
        ("de", "6 Milliarden Dollar", [(6e9, "USD")]),
        ("de", "6 Mrd. US-Dollar", [(6e9, "USD")]),
        ("de", "500 Millionen Euro", [(5e8, "EUR")]),
        ("fr", "€400 millions", [(4e8, "EUR")]),
        ("fr", "400 millions d'euros", [(4e8, "EUR")]),
        ("fr", "1,7 Md€", [(1.7e9, "EUR")]),
        ("es", "40.000 millones de dólares", [(4e10, "USD")]),
        ("pt", "R$ 10 bilhões", [(1e10, "BRL")]),
        ("pt", "US$ 13 bilhões", [(1.3e10, "USD")]),
        ("it", "6 miliardi di dollari", [(6e9, "USD")]),
        ("it", "600 milioni di euro", [(6e8, "EUR")]),
        ("ru", "6 млрд долларов", [(6e9, "USD")]),
        ("ru", "300 млн руб.", [(3e8, "RUB")]),
        ("ru", "$6 млрд", [(6e9, "USD")]),
        ("zh", "800亿美元", [(8e10, "USD")]),
        ("zh", "人民币500亿元", [(5e10, "CNY")]),
        ("zh", "72亿元人民币", [(7.2e9, "CNY")]),
        ("zh", "¥30亿", [(3e9, "CNY")]),
        ("ja", "35億ドル", [(3.5e9, "USD")]),
        ("ja", "約5000億円", [(5e11, "JPY")]),
        ("ja", "1.5兆円", [(1.5e12, "JPY")]),
        ("en", "₩2 trillion", [(2e12, "KRW")]),
    ],
)
def test_currency_before_or_after(lang, text, expected):
    assert [(v, c) for v, c, _ in amounts(text, lang)] == [
        (pytest.approx(v), c) for v, c in expected
    ]


def test_traditional_chinese_yuan_is_taiwan_dollar():
    assert [(c) for _, c, _ in amounts("新台幣1.2兆元", "zh", traditional=True)] == ["TWD"]
    assert [(c) for _, c, _ in amounts("12亿元", "zh", traditional=True)] == ["TWD"]
    assert [(c) for _, c, _ in amounts("12亿元", "zh")] == ["CNY"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("id", "US$6 miliar (Rp93 triliun)"),
        ("id", "US$6 miliar atau sekitar Rp93 triliun"),
        ("ja", "60億ドル（約9400億円）"),
        ("zh", "10亿美元（约合72亿元人民币）"),
        ("pt", "US$ 183 bilhões após o investimento (aproximadamente R$ 990 bilhões)"),
        ("en", "€600 million ($640 million)"),
        ("de", "600 Millionen Euro (umgerechnet 650 Millionen Dollar)"),
    ],
)
def test_a_conversion_restates_the_amount(lang, text):
    found = money(text, lang)
    assert [m.is_conversion for m in found] == [False, True]


def test_usd_restatement_is_kept_as_the_usd_value():
    first = money("Rp93 triliun (US$6 miliar)", "id")[0]
    assert (first.currency, first.usd_in_text) == ("IDR", 6e9)


def test_same_currency_in_brackets_is_not_a_conversion():
    assert [m.is_conversion for m in money("$6 billion ($4 billion in equity)", "en")] == [
        False,
        False,
    ]


CURRENCY_FORMS = {
    "USD": ["US${n}", "${n}", "USD {n}"],
    "EUR": ["€{n}", "{n} €", "EUR {n}"],
    "GBP": ["£{n}"],
    "IDR": ["Rp{n}", "Rp {n}"],
    "BRL": ["R$ {n}"],
    "KRW": ["₩{n}"],
    "RUB": ["{n} ₽"],
}


@settings(max_examples=80, deadline=None)
@given(
    iso=st.sampled_from(sorted(CURRENCY_FORMS)),
    data=st.data(),
    value=st.integers(min_value=1, max_value=999_999),
    lang=st.sampled_from(["en", "de", "fr", "id", "ru"]),
)
def test_money_strings_parse_to_amount_and_iso_code(iso, data, value, lang):
    locale = {"en": "en", "de": "de", "fr": "fr", "id": "id", "ru": "ru"}[lang]
    form = data.draw(st.sampled_from(CURRENCY_FORMS[iso]))
    text = form.format(n=format_decimal(value, locale=locale))
    assert [(m.value, m.currency) for m in money(text, lang)] == [(float(value), iso)]


@pytest.mark.parametrize(
    ("lang", "text", "currency"),
    [
        ("en", "billions of dollars", "USD"),
        ("id", "miliaran dolar AS", "USD"),
        ("zh", "数十亿美元", "USD"),
        ("ja", "数十億ドル", "USD"),
        ("de", "mehrere Milliarden Euro", "EUR"),
        ("fr", "plusieurs milliards d'euros", "EUR"),
    ],
)
def test_vague_money_is_an_amount_with_no_value(lang, text, currency):
    found = money(text, lang)
    assert [(m.value, m.currency, m.num.qualifier) for m in found] == [(None, currency, "approx")]


def test_vague_counts_below_money_scale_are_not_money():
    # "thousands of dollars" is a price, never a round
    assert money("thousands of dollars", "en") == []


def test_latin_american_mm_is_millions():
    assert amounts("US$ 6.600 MM", "es") == [(6.6e9, "USD", False)]
