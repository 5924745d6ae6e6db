"""Constructions of funding facts seen on real news, round 4 (issue 11, section 2), in
sentences of our own: a value noun whose complement is the amount keeps it as a valuation
when a raising verb follows the amount."""

import pytest

VAL, ROUND = "valuation", "funding_round"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("A OpenAI teve um valuation de US$ 300 bilhões captado em março.", "pt"),
        ("OpenAI had a valuation of $300 billion raised in March.", "en"),
        ("OpenAI alcanzó una valoración de 300.000 millones de dólares recaudada en marzo.", "es"),
        ("OpenAI ha una valutazione di 300 miliardi di dollari raccolta a marzo.", "it"),
    ],
)
def test_a_value_nouns_complement_is_a_valuation(check, text, lang):
    check(
        text,
        lang,
        [{"type": VAL, "subject": "OpenAI", "valuation_usd": 300e9, "status": "closed"}],
    )


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("OpenAI raised $6.6 billion at a valuation of $157 billion.", "en"),
        ("A OpenAI captou US$ 6,6 bilhões com uma avaliação de US$ 157 bilhões.", "pt"),
    ],
)
def test_a_round_keeps_its_amount_beside_a_valuation(check, text, lang):
    check(
        text,
        lang,
        [{"type": ROUND, "subject": "OpenAI", "amount": 6.6e9, "valuation_usd": 157e9}],
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the perfective infinitive and future of the value and raise verbs
        (
            "По данным источников, сделка может оценить OpenAI в $300 млрд.",
            {"type": VAL, "subject": "OpenAI", "valuation_usd": 300e9},
        ),
        (
            "OpenAI планирует собрать $40 млрд в новом раунде.",
            {"type": ROUND, "subject": "OpenAI", "amount": 40e9, "status": "planned"},
        ),
        (
            "OpenAI соберёт $40 млрд в новом раунде.",
            {"type": ROUND, "subject": "OpenAI", "amount": 40e9, "status": "planned"},
        ),
        (
            "OpenAI может получить $40 млрд от инвесторов.",
            {"type": ROUND, "subject": "OpenAI", "amount": 40e9, "status": "planned"},
        ),
    ],
)
def test_russian_future_and_infinitive_money_verbs(check, text, expected):
    check(text, "ru", [expected])


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # the infinitive of "to secure" after a modal or a prospective phrase
        ("OpenAI è in procinto di assicurarsi 2 miliardi di dollari da nuovi investitori.", "it"),
        ("OpenAI está a punto de asegurarse 2.000 millones de dólares de inversores.", "es"),
        ("OpenAI will sich zwei Milliarden Dollar von Investoren sichern.", "de"),
        ("OpenAI devrait sécuriser 2 milliards de dollars auprès d'investisseurs.", "fr"),
        ("A OpenAI deve garantir US$ 2 bilhões de novos investidores.", "pt"),
    ],
)
def test_to_secure_money_is_a_raise(check, text, lang):
    check(text, lang, [{"type": ROUND, "subject": "OpenAI", "amount": 2e9, "status": "planned"}])


@pytest.mark.parametrize(
    "text",
    [
        # German compounds of the raising nouns, and the zu-infinitive of "aufbringen"
        "OpenAI verhandelt über eine Eigenkapitalfinanzierung von bis zu 1 Milliarde Dollar.",
        "OpenAI führte Gespräche, um bis zu 1 Milliarde Dollar Eigenkapital aufzubringen.",
    ],
)
def test_german_compound_raise_words(check, text):
    check(text, "de", [{"type": ROUND, "subject": "OpenAI", "amount": 1e9, "qualifier": "at_most"}])


def test_a_list_after_a_colon_holds_parts_however_labelled(check):
    # the parts of a round listed after a colon stay parts when one is labelled as equity
    check(
        "OpenAI sammelte in einer Finanzierungsrunde 500 Millionen Euro ein. Die Runde besteht "
        "aus drei Teilen (laut Insidern): 100 Millionen Euro als Eigenkapitalfinanzierung, "
        "300 Millionen Euro als Forschungsgeld und 100 Millionen Euro als Kredit.",
        "de",
        [{"type": ROUND, "subject": "OpenAI", "amount": 5e8}],
    )


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
