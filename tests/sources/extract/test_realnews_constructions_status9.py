"""Status of matched facts, round 9 (issue 11, section 2): which clause a report, plan or
condition covers, each construction in sentences of our own in the language it came from."""

from __future__ import annotations

import pytest

ROUND, VAL = "funding_round", "valuation"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a relative clause with a subject and an investing verb of its own tells an earlier
        # fact: the conditional or the report of the main clause does not cover it
        (
            "fr",
            "D'après la presse, Anthropic cherche de nouveaux fonds. Si l'entreprise, dans "
            "laquelle Amazon a investi 4 milliards de dollars, y arrivait, sa valeur "
            "doublerait.",
        ),
        (
            "pt",
            "A Anthropic estaria negociando um novo aporte. Seria o maior desde setembro de "
            "2023, quando a Amazon investiu 4 bilhões de dólares na Anthropic.",
        ),
        (
            "es",
            "Anthropic estaría negociando una nueva ronda. Sería la más grande desde "
            "septiembre de 2023, cuando Amazon invirtió 4.000 millones de dólares en Anthropic.",
        ),
    ],
)
def test_relative_clause_with_its_own_subject_tells_a_past_round(check, lang, text):
    check(text, lang, [{"type": ROUND, "subject": "Anthropic", "amount": 4e9, "status": "closed"}])


@pytest.mark.parametrize(
    ("lang", "text", "claim"),
    [
        # the relative clause states the price of the reported deal, no investing verb of its own
        (
            "de",
            "Derzeit verhandelt OpenAI Berichten zufolge über einen Aktienverkauf, der das "
            "Unternehmen mit 500 Milliarden Dollar bewerten würde.",
            {"type": VAL, "subject": "OpenAI", "valuation": 5e11, "status": "reported"},
        ),
        # a hope is a plan of the relative clause's own: the talks around it stay reported
        (
            "ru",
            "По данным Bloomberg, OpenAI ведет переговоры о новом раунде, в рамках которого "
            "компания надеется привлечь 40 млрд долларов.",
            {"type": ROUND, "subject": "OpenAI", "amount": 4e10, "status": "reported"},
        ),
    ],
)
def test_relative_clause_of_the_reported_deal_stays_reported(check, lang, text, claim):
    check(text, lang, [claim])


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
        # the current valuation, stated flatly after a reported round, is the standing one the
        # deal is measured against: not part of the report
        (
            "ja",
            "関係者によると、OpenAIは1000億ドルの調達に向けて投資家と協議している。"
            "同社の現在の評価額は5000億ドルだ。",
        ),
        (
            "en",
            "OpenAI is reportedly in talks to raise $100 billion. Its current valuation is "
            "$500 billion.",
        ),
        (
            "fr",
            "OpenAI négocierait une levée de 100 milliards de dollars. Sa valorisation "
            "actuelle est de 500 milliards de dollars.",
        ),
    ],
)
def test_the_current_valuation_is_no_part_of_the_story_report(check, lang, text):
    check(
        text,
        lang,
        [
            {"type": ROUND, "subject": "OpenAI", "amount": 1e11, "status": "reported"},
            {"type": VAL, "subject": "OpenAI", "valuation": 5e11, "status": "closed"},
        ],
    )


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # "the end of last year" is past: the end-of-this-year phrase inside it made it a future
        # date, so a plan (then a reported valuation)
        ("pt", "A Mistral foi avaliada em 6 mil milhões de dólares no final do ano passado."),
        ("es", "Mistral fue valorada en 6.000 millones de dólares a finales del año pasado."),
        ("fr", "Mistral était valorisée à 6 milliards de dollars fin de l'année dernière."),
        ("it", "Mistral è stata valutata 6 miliardi di dollari alla fine dell'anno scorso."),
    ],
)
def test_the_end_of_last_year_is_past(check, lang, text):
    # published 2024-06-14 (conftest): the end of last year is 2023-12
    check(
        text,
        lang,
        [
            {
                "type": VAL,
                "subject": "Mistral AI",
                "valuation": 6e9,
                "status": "closed",
                "as_of": "2023-12",
            }
        ],
    )


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # an investor's commitment ("committed to invest") is a planned round of the receiver
        ("pt", "A Amazon se comprometeu a investir 4 bilhões de dólares na Anthropic."),
        ("es", "Amazon se comprometió a invertir 4.000 millones de dólares en Anthropic."),
        ("fr", "Amazon s'est engagé à investir 4 milliards de dollars dans Anthropic."),
        ("it", "Amazon si è impegnata a investire 4 miliardi di dollari in Anthropic."),
    ],
)
def test_a_commitment_to_invest_is_planned(check, lang, text):
    check(text, lang, [{"type": ROUND, "subject": "Anthropic", "amount": 4e9, "status": "planned"}])


def test_ru_the_reference_of_a_comparison_clause_is_known(check):
    # "..., что почти втрое больше прежней оценки в $70 млрд": the earlier valuation the
    # expected one is measured against is a known figure, not part of the expectation
    check(
        "Аналитики ждут, что оценка xAI вырастет до $200 млрд, что почти втрое больше "
        "прежней оценки в $70 млрд.",
        "ru",
        [
            {"type": VAL, "subject": "xAI", "valuation": 2e11, "status": "reported"},
            {"type": VAL, "subject": "xAI", "valuation": 7e10, "status": "closed"},
        ],
    )


@pytest.mark.parametrize(
    ("lang", "text", "claim"),
    [
        # a figure in a phrase opened by 'after' is an earlier event's: the report of the main
        # clause, before or after it, does not cover it
        (
            "de",
            "Nach einer Finanzierungsrunde von 400 Millionen Euro erreicht Mistral laut "
            "Informationen des Handelsblatts eine Bewertung von 6 Milliarden Euro.",
            {"type": ROUND, "subject": "Mistral AI", "amount": 4e8, "status": "closed"},
        ),
        (
            "es",
            "Tres meses después de una ronda que valoró a Mistral en 6.000 millones de dólares, "
            "varios fondos ya le hacen ofertas, según fuentes cercanas a la compañía.",
            {"type": VAL, "subject": "Mistral AI", "valuation": 6e9, "status": "closed"},
        ),
    ],
)
def test_a_figure_after_after_is_an_earlier_event(check, lang, text, claim):
    check(text, lang, [claim])


def test_the_valuation_a_change_starts_from_is_known(check):
    # "from $18 billion to $60 billion": the report is of the new valuation, the old one is known
    check(
        "Anthropic's valuation would rise from $18 billion to $60 billion, people familiar with "
        "the matter said.",
        "en",
        [
            {"type": VAL, "subject": "Anthropic", "valuation": 1.8e10, "status": "closed"},
            {"type": VAL, "subject": "Anthropic", "valuation": 6e10, "status": "reported"},
        ],
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


def test_id_recently_tells_a_past_valuation(check):
    # "baru-baru ini" (recently) dates the valuation before publication: the plan of the
    # sentence's first clause ("akan beroperasi tahun depan") is the site's, not the valuation's
    check(
        "Gedung baru itu akan beroperasi tahun depan, namun sejumlah klien sudah menyewa "
        "tempat, di antaranya CoreWeave, yang baru-baru ini mencapai valuasi sebesar $19 miliar.",
        "id",
        [{"type": VAL, "subject": "CoreWeave", "valuation": 1.9e10, "status": "closed"}],
    )
