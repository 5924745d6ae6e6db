"""Status of matched facts, round 9 (issue 11, section 2): which clause a report, plan or
condition covers, each construction in sentences of our own in the language it came from."""

from __future__ import annotations

import pytest

ROUND, VAL = "funding_round", "valuation"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a news outlet as the speaker of a speech verb, after it or before it, is a report
        ("en", "Anthropic discussed raising $5 billion from Amazon, the Financial Times said."),
        ("en", "The Financial Times said Anthropic discussed raising $5 billion from Amazon."),
        ("pt", "A Anthropic discutiu arrecadar 5 bilhões de dólares da Amazon, disse o jornal."),
        (
            "es",
            "Anthropic discutió recaudar 5.000 millones de dólares de Amazon, dijo el Financial "
            "Times.",
        ),
        (
            "fr",
            "Anthropic a discuté d'une levée de 5 milliards de dollars auprès d'Amazon, a indiqué "
            "le Financial Times.",
        ),
    ],
)
def test_an_outlet_that_says_reports(check, lang, text):
    check(
        text, lang, [{"type": ROUND, "subject": "Anthropic", "amount": 5e9, "status": "reported"}]
    )


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the outlet is the listener, or the speaker is the company's own man: its word
        ("en", "Musk told CNBC that xAI raised $6 billion."),
        ("en", "Musk, in an interview with CNBC, said xAI raised $6 billion."),
        ("pt", "A xAI levantou 6 bilhões de dólares, disse Musk à CNBC."),
    ],
)
def test_an_outlet_that_listens_reports_nothing(check, lang, text):
    check(text, lang, [{"type": ROUND, "subject": "xAI", "amount": 6e9, "status": "closed"}])


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # an impersonal belief or estimate ("is believed to", "estima-se que") names no speaker
        # of the company's: hearsay, like "is said to"
        ("en", "xAI is believed to operate about 20,000 Nvidia H100 GPUs."),
        ("pt", "Estima-se que a xAI opere cerca de 20 mil GPUs H100 da Nvidia."),
        ("es", "Se estima que xAI opera unas 20.000 GPU H100 de Nvidia."),
        ("fr", "On estime que xAI exploite environ 20 000 GPU H100 de Nvidia."),
        ("it", "Si stima che xAI utilizzi circa 20.000 GPU H100 di Nvidia."),
    ],
)
def test_an_impersonal_belief_reports(check, lang, text):
    check(
        text,
        lang,
        [
            {
                "type": "chip_holding",
                "subject": "xAI",
                "chip_model": "H100-SXM",
                "quantity": 2e4,
                "status": "reported",
            }
        ],
    )


@pytest.mark.parametrize(
    "text",
    [
        # "bewertet wird" is the present passive ("is valued"), not "wird" of the future
        "Mistral, das inzwischen mit 6 Milliarden Dollar bewertet wird, wirbt um neue Kunden.",
        "Mistral ist ein Start-up, das von seinen Geldgebern mit 6 Milliarden Dollar bewertet "
        "wird.",
    ],
)
def test_de_present_passive_of_valuing_states_a_valuation(check, text):
    check(
        text, "de", [{"type": VAL, "subject": "Mistral AI", "valuation": 6e9, "status": "closed"}]
    )


def test_de_valuation_with_a_modal_stays_hedged(check):
    check(
        "Mistral soll künftig mit 6 Milliarden Dollar bewertet werden.",
        "de",
        [{"type": VAL, "subject": "Mistral AI", "valuation": 6e9, "status": "reported"}],
    )


def test_pt_conversations_as_a_product_are_no_talks(check):
    # "conversas" alone is any conversation; talks are "em conversas", "conversas com", ...
    check(
        "A Mistral, uma plataforma voltada para conversas clínicas, foi avaliada em 6 mil milhões "
        "de dólares.",
        "pt",
        [{"type": VAL, "subject": "Mistral AI", "valuation": 6e9, "status": "closed"}],
    )


def test_pt_conversations_with_investors_are_talks(check):
    check(
        "A Mistral mantém conversas com investidores para levantar 600 milhões de dólares.",
        "pt",
        [{"type": ROUND, "subject": "Mistral AI", "amount": 6e8, "status": "reported"}],
    )


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the report's verb opens a list: every bare item after a comma is reported
        (
            "pt",
            "A DeepSeek teria hoje uns 50 mil GPUs da Nvidia. Desse total, estariam 10 mil "
            "unidades H100, 10 mil unidades H800 e um lote de H20.",
        ),
        (
            "es",
            "DeepSeek tendría hoy unas 50.000 GPU de Nvidia. De ese total habría 10.000 unidades "
            "H100, 10.000 unidades H800 y un lote de H20.",
        ),
    ],
)
def test_items_of_a_reported_list_are_reported(check, lang, text):
    holding = {"type": "chip_holding", "subject": "DeepSeek", "status": "reported"}
    check(
        text,
        lang,
        [
            {**holding, "chip_model": None, "quantity": 5e4},
            {**holding, "chip_model": "H800", "quantity": 1e4},
            {**holding, "chip_model": "H100-SXM", "quantity": 1e4},
        ],
    )
