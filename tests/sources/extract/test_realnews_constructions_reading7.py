"""How figures are read on real news, round 7 (issue 11, section 2): constructions of number,
range and unit whose fact was missed or read with another figure, in sentences of our own."""

import pytest

VAL, ROUND, POWER = "valuation", "funding_round", "power_capacity"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # the value word is nearer the starting amount; the amount it rose to is a valuation
        # too, and the starting one an earlier valuation
        ("Anthropic's valuation jumped from $8 billion to $19 billion in a year.", "en"),
        ("A avaliação da Anthropic subiu de US$ 8 bilhões, para US$ 19 bilhões em um ano.", "pt"),
    ],
)
def test_a_valuation_that_rose_keeps_both_values(check, text, lang):
    check(
        text,
        lang,
        [
            {"type": VAL, "subject": "Anthropic", "valuation": 8e9},
            {"type": VAL, "subject": "Anthropic", "valuation": 19e9},
        ],
    )


@pytest.mark.parametrize(
    ("text", "lang", "new", "old"),
    [
        # verb-final languages put the comparison word after the amount compared with: that
        # amount is the earlier valuation, a fact of its own
        (
            "Anthropic의 기업가치는 4200억 달러로, 작년 한때 기록한 1650억 달러보다 두 배 넘게 "
            "커졌다.",
            "ko",
            420e9,
            165e9,
        ),
        (
            "アンソロピックの評価額は4200億ドルに達し、昨年の1650億ドルより倍以上に膨らんだ。",
            "ja",
            420e9,
            165e9,
        ),
        # Chinese: a circumposition after the amount, or a preposition before it
        ("Anthropic估值升至4200亿美元,与去年3月的1650亿美元相比增长逾一倍。", "zh", 420e9, 165e9),
        ("Anthropic估值升至4200亿美元,较去年3月的1650亿美元增长逾一倍。", "zh", 420e9, 165e9),
        # its own value noun in the next sentence ("평가액"), after the new value
        (
            "Anthropic의 기업가치는 2150억 달러로 잡혔다. "
            "이는 전년 평가액 980억 달러 대비 두 배가 넘는 규모다.",
            "ko",
            215e9,
            98e9,
        ),
    ],
)
def test_the_value_compared_with_is_an_earlier_valuation(check, text, lang, new, old):
    check(
        text,
        lang,
        [
            {"type": VAL, "subject": "Anthropic", "valuation": new},
            {"type": VAL, "subject": "Anthropic", "valuation": old, "status": "closed"},
        ],
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # English prices a company with "at": raised at $X, a round at $X, $Y at $X
        (
            "Two years ago Anthropic raised at $2.9 billion.",
            [{"type": VAL, "subject": "Anthropic", "valuation": 2.9e9}],
        ),
        (
            "Anthropic raised $270 million at $2.9 billion.",
            [{"type": ROUND, "subject": "Anthropic", "amount": 270e6, "valuation": 2.9e9}],
        ),
        (
            "xAI closed a $7 billion round at $31 billion, people familiar said.",
            [{"type": ROUND, "subject": "xAI", "amount": 7e9, "valuation": 31e9}],
        ),
        # "at least" is a bound, not a price; "worth" after a round noun sizes the round
        (
            "Anthropic raised at least $1 billion.",
            [{"type": ROUND, "subject": "Anthropic", "amount": 1e9, "qualifier": "at_least"}],
        ),
        (
            "xAI closed a funding round worth $7 billion.",
            [{"type": ROUND, "subject": "xAI", "amount": 7e9, "valuation": None}],
        ),
    ],
)
def test_a_price_after_at_is_a_valuation(check, text, expected):
    check(text, "en", expected)
