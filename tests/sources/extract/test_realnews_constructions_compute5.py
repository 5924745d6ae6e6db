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
