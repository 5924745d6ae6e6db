"""Constructions of compute and power facts seen on real news, round 5 (issue 11, section 2),
in sentences of our own."""

import pytest

CS, CH, POWER = "cluster_size", "chip_holding", "power_capacity"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # verb-final: the requirement word closes the figure's noun phrase
        ("試算では、xAIの新しいクラスターには200メガワットの電力が必要になる。", "ja"),
        ("オラクルは合計約3ギガワットの電力容量が必要な計算資源を借りる。", "ja"),
        ("xAI의 새 클러스터에는 300MW의 전력이 필요하다.", "ko"),
    ],
)
def test_power_a_verb_final_clause_requires_is_no_capacity(check, text, lang):
    check(text, lang, [])


@pytest.mark.parametrize(
    ("text", "lang", "quantity"),
    [
        ("xAIのクラスターは現在200メガワットの電力を使っている。", "ja", 200.0),
        ("xAI의 클러스터는 현재 300MW의 전력을 쓰고 있다.", "ko", 300.0),
    ],
)
def test_power_without_a_requirement_word_stays(check, text, lang, quantity):
    check(text, lang, [{"type": POWER, "subject": "xAI", "quantity": quantity}])


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # an increment word right after the unit: the step is no size, the first phase stays
        (
            "El campus de Meta ofrecerá 300 MW al principio y después sumará 250 MW adicionales.",
            "es",
            [{"type": POWER, "subject": "Meta", "quantity": 300.0}],
        ),
        (
            "Le campus de Meta recevra ensuite 120 MW supplémentaires.",
            "fr",
            [],
        ),
    ],
)
def test_power_an_increment_after_the_unit_is_no_size(check, text, lang, expected):
    check(text, lang, expected)
