"""Constructions of compute and power facts seen on real news, round 5 (issue 11, section 2),
in sentences of our own."""

import pytest

CS, CH, POWER = "cluster_size", "chip_holding", "power_capacity"


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a project word before a size or power makes it a plan
        (
            "Microsoft ha presentato un progetto da 80 MW vicino a Milano.",
            "it",
            [{"type": POWER, "subject": "Microsoft", "quantity": 80.0, "status": "planned"}],
        ),
        (
            "Масштаб проекта Microsoft оценивается в 5 ГВт.",
            "ru",
            [{"type": POWER, "subject": "Microsoft", "quantity": 5000.0, "status": "planned"}],
        ),
        # in an earlier clause with no figure and no subject between: the project is described
        (
            "Meta presentó un proyecto gigantesco: un campus de centros de datos tan extenso "
            "como una ciudad, capaz de albergar más de 500.000 GPU.",
            "es",
            [{"type": CS, "subject": "Meta", "quantity": 500000.0, "status": "planned"}],
        ),
        # the project word of a cluster's name is no plan
        (
            "El proyecto Rainier de Amazon agrupa ya 400.000 chips Trainium2.",
            "es",
            [
                {
                    "type": CS,
                    "subject": "Project Rainier",
                    "quantity": 400000.0,
                    "status": "operational",
                }
            ],
        ),
    ],
)
def test_a_projects_size_is_planned(check, text, lang, expected):
    check(text, lang, expected)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a question asks, it states no figure
        ("Apa artinya bagi xAI jika memiliki 100 juta GPU?", "id"),
        ("Warum sollte xAI einen Rechencluster mit 2 Gigawatt bauen?", "de"),
        ("xAI的集群真的已经拥有100万块GPU了吗？", "zh"),
    ],
)
def test_a_question_states_no_size(check, text, lang):
    check(text, lang, [])


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # "preparing", "aiming at" as in English: the size aimed at is a plan
        (
            "À Memphis, xAI exploite Colossus et prépare Colossus 2, visant un million de GPU.",
            "fr",
            [{"type": CS, "subject": "Colossus 2", "quantity": 1e6, "status": "planned"}],
        ),
        (
            "A xAI está preparando o Colossus 2, visando 500.000 GPUs.",
            "pt",
            [{"type": CS, "subject": "Colossus 2", "quantity": 5e5, "status": "planned"}],
        ),
    ],
)
def test_a_size_aimed_at_is_planned(check, text, lang, expected):
    check(text, lang, expected)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the plural of a plan verb, as its singular
        (
            "Les partenaires de CoreWeave projettent d'en construire d'une capacité de 1 GW.",
            "fr",
            [{"type": POWER, "subject": "CoreWeave", "quantity": 1000.0, "status": "planned"}],
        ),
    ],
)
def test_plural_plan_verbs(check, text, lang, expected):
    check(text, lang, expected)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # an outlet or analyst opening the sentence as its subject reports what it states
        (
            "SemiAnalysis列出的xAI芯片清单相当惊人:3万张H100、1万张H200。",
            "zh",
            [
                {"type": CH, "quantity": 30000.0, "status": "reported"},
                {"type": CH, "quantity": 10000.0, "status": "reported"},
            ],
        ),
        (
            "SemiAnalysis estimates that xAI runs 200,000 H100 GPUs.",
            "en",
            [{"type": CH, "quantity": 200000.0, "status": "reported"}],
        ),
        # unless it relays the company's own statement
        (
            "Bloomberg: xAI said in a statement that it runs 200,000 H100 GPUs.",
            "en",
            [{"type": CH, "quantity": 200000.0, "status": "operational"}],
        ),
    ],
)
def test_an_outlet_opening_the_sentence_reports_its_sizes(check, text, lang, expected):
    check(text, lang, expected)


@pytest.mark.parametrize(
    "text",
    [
        # a longer word holding the one-character plan words 要 and 将 is not a plan
        "阿里巴巴的集群目前拥有将近10万块GPU。",
        "阿里巴巴按照客户的要求为集群配备了10万块GPU。",
        "阿里巴巴最重要的集群拥有10万块GPU。",
    ],
)
def test_zh_words_holding_a_plan_character_are_no_plan(check, text):
    check(text, "zh", [{"type": CS, "quantity": 100000.0, "status": "operational"}])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plan restating a size the body stated flatly does not make that size a plan
        (
            "xAI raised $6 billion in December. Its engineers built a cluster of 12,288 GPUs in "
            "Memphis. xAI plans to train Grok 4 on the cluster of 12,288 GPUs next year.",
            [
                {"type": "funding_round", "subject": "xAI"},
                {"type": CS, "quantity": 12288.0, "status": "operational"},
            ],
        ),
        # the headline's flat figure still takes the plan the body states
        (
            "xAI's new Memphis cluster: 1 GW. xAI plans to bring the 1 GW cluster online in 2026.",
            [{"type": POWER, "quantity": 1000.0, "status": "planned"}],
        ),
    ],
)
def test_a_later_plan_hedges_only_the_headline(check, text, expected):
    check(text, "en", expected)
