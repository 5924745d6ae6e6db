"""Constructions of compute and power facts seen on real news, round 9 (issue 11, section 2),
in sentences of our own."""

import pytest

CS, CH, POWER, BUILD = "cluster_size", "chip_holding", "power_capacity", "build_duration"


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a definite system or machine before the count: one machine's chips, a cluster
        (
            "xAI presentó su nuevo superordenador. Este sistema, que tendrá 50.000 GPUs, "
            "empezará a funcionar en 2026.",
            "es",
            [{"type": CS, "subject": "xAI", "quantity": 50000.0}],
        ),
        (
            "xAI avanza con su proyecto. Se prevé que esta máquina utilice 30.000 GPUs de Nvidia.",
            "es",
            [{"type": CS, "subject": "xAI", "quantity": 30000.0}],
        ),
        (
            "Meta ha presentato il suo nuovo supercomputer. Il sistema, che impiega 24.000 GPU, "
            "è già operativo.",
            "it",
            [{"type": CS, "subject": "Meta", "quantity": 24000.0}],
        ),
    ],
)
def test_chips_of_a_definite_system_are_a_cluster_size(check, text, lang, expected):
    check(text, lang, expected)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # no system before the count: a company's chips stay its holding
        (
            "Meta tendrá 350.000 GPUs a finales de año.",
            "es",
            [{"type": CH, "subject": "Meta", "quantity": 350000.0}],
        ),
        (
            "Meta possiede già 150.000 GPU, secondo il sistema di stime di Omdia.",
            "it",
            [{"type": CH, "subject": "Meta", "quantity": 150000.0}],
        ),
    ],
)
def test_chips_with_no_system_before_them_stay_a_holding(check, text, lang, expected):
    check(text, lang, expected)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # verb-final: a verb of securing right after the count makes it a holding, though a
        # centre is named in the sentence
        (
            "Meta는 새 AI 데이터센터를 지으며 내후년까지 GPU 2만장 이상을 확보하려 한다.",
            "ko",
            [{"type": CH, "subject": "Meta", "quantity": 20000.0}],
        ),
        (
            "Meta는 데이터센터 확장을 위해 엔비디아 GPU 8000장을 한꺼번에 확보한다.",
            "ko",
            [{"type": CH, "subject": "Meta", "quantity": 8000.0}],
        ),
        (
            "Meta는 GPU 1만장을 확보해 새 AI 컴퓨팅 센터 서비스를 시작한다.",
            "ko",
            [{"type": CH, "subject": "Meta", "quantity": 10000.0}],
        ),
        (
            "xAI는 연내 GPU 1만장을 확보하고, 내년에는 Colossus를 더 키운다.",
            "ko",
            [{"type": CH, "subject": "xAI", "quantity": 10000.0}],
        ),
    ],
)
def test_chips_a_verb_final_clause_secures_are_a_holding(check, text, lang, expected):
    check(text, lang, expected)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the verb describes a site noun after it, or nothing is secured: the site's chips
        (
            "Meta는 B200을 4000장 확보한 AI 컴퓨팅 클러스터를 가동했다.",
            "ko",
            [{"type": CS, "quantity": 4000.0}],
        ),
        (
            "xAI는 Colossus 증설로 GPU 9000장을 확보한다.",
            "ko",
            [{"type": CS, "subject": "Colossus", "quantity": 9000.0}],
        ),
        (
            "Meta는 GPU 6000장 규모의 데이터센터를 짓는다.",
            "ko",
            [{"type": CS, "subject": "Meta", "quantity": 6000.0}],
        ),
    ],
)
def test_chips_of_a_site_stay_a_cluster_size(check, text, lang, expected):
    check(text, lang, expected, exact=False)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a purchase is a flow, not a holding: forms of the verb that agree with the chips,
        # the future (verb-final text: precision9's test of the verb after its object)
        ("Nel 2023 sono state acquistate 30.000 H100 da Meta.", "it"),
        ("Meta placed an order for 16,000 GPUs last month.", "en"),
        ("Según Omdia, fueron compradas 20.000 GPUs por Meta el año pasado.", "es"),
    ],
)
def test_chips_bought_are_no_holding(check, text, lang):
    check(text, lang, [])


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Meta dispone già di 30.000 H100 acquistate l'anno scorso.",
            "it",
            [{"type": CH, "subject": "Meta", "quantity": 30000.0}],
        ),
    ],
)
def test_chips_held_after_a_purchase_word_later_stay(check, text, lang, expected):
    check(text, lang, expected, exact=False)
