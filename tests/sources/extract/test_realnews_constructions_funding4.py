"""Constructions of funding facts seen on real news, round 4 (issue 11, section 2), in
sentences of our own: a value noun whose complement is the amount keeps it as a valuation
when a raising verb follows the amount."""

import pytest

VAL, ROUND = "valuation", "funding_round"


@pytest.mark.parametrize(
    ("text", "lang", "target"),
    [
        ("OpenAI raised $20 billion, exceeding its target of $15 billion.", "en", 15e9),
        (
            "OpenAI mengumpulkan $20 miliar. Jumlah tersebut melampaui target awal sebesar "
            "$15 miliar.",
            "id",
            15e9,
        ),
        (
            "OpenAI recaudó 20.000 millones de dólares y supera su objetivo inicial de 15.000 "
            "millones.",
            "es",
            15e9,
        ),
    ],
)
def test_a_passed_target_is_a_planned_round(check, text, lang, target):
    check(
        text,
        lang,
        [
            {"type": ROUND, "subject": "OpenAI", "amount": 20e9, "status": "closed"},
            {"type": ROUND, "subject": "OpenAI", "amount": target, "status": "planned"},
        ],
    )


def test_a_target_word_before_a_noun_in_korean_names_no_target(check):
    # "목표액 웃도는 자금 조달에 기업가치 X": X is the value of a raise that beat its target
    check(
        "OpenAI, 목표액 웃도는 자금 조달에 기업가치 2300억 달러 평가",
        "ko",
        [{"type": VAL, "subject": "OpenAI", "valuation_usd": 230e9}],
    )
