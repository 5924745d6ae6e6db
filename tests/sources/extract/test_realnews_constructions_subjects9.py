"""Subjects, round 9 of the real-news work (issue 11, section 2): a right figure given to the
wrong company (a yardstick's figure, an investor's round, a background sentence about another
company); each construction in sentences of our own in the language it came from."""

from __future__ import annotations

import pytest

from sources.extract import extract
from sources.extract.gazetteer import default_gazetteer
from tests.sources.extract.conftest import PUBLISHED, assert_claims

CS, CH = "cluster_size", "chip_holding"


def test_a_figure_in_a_relative_clause_after_a_comparison_is_the_yardstick_s_id(check):
    """ "masih lebih kecil dibanding proyek milik Ana Ruiz yang memakai 90.000 GPU": the relative
    clause describes what the story is compared with; its figure is not the story company's,
    and nobody named holds it."""
    check(
        "Tesla akan membangun klaster AI dengan 12.000 GPU H100 di Texas. Ukurannya masih lebih "
        "kecil dibanding proyek milik Ana Ruiz yang memakai 90.000 GPU di Ohio.",
        "id",
        [{"type": CS, "subject": "Tesla", "quantity": 12000}],
    )


def test_a_figure_in_a_relative_clause_after_than_is_the_yardstick_s_en(check):
    """ "..., smaller than the Ohio project of Ana Ruiz, which uses 90,000 GPUs": the same in
    English."""
    check(
        "Tesla will build an AI cluster of 12,000 H100 GPUs in Texas. It is smaller than the "
        "Ohio project of Ana Ruiz, which uses 90,000 GPUs.",
        "en",
        [{"type": CS, "subject": "Tesla", "quantity": 12000}],
    )


def test_a_named_yardstick_keeps_its_own_figure_en(check):
    """ "..., smaller than xAI's Colossus, which uses 100,000 GPUs": a named yardstick holds
    the figure of its relative clause (the guard: only an unnamed one loses it)."""
    check(
        "Tesla will build an AI cluster of 12,000 H100 GPUs in Texas. It is smaller than xAI's "
        "Colossus, which uses 100,000 GPUs.",
        "en",
        [
            {"type": CS, "subject": "Tesla", "quantity": 12000},
            {"type": CS, "subject": "Colossus", "quantity": 100000},
        ],
    )


FR = "funding_round"


def test_an_anaphor_that_leads_a_round_is_its_investor_en(check):
    """ "The firm then co-led a $40 million Series A into Kestrel": the company the anaphor
    points to (the story's) puts money into another; the round is not the story company's."""
    check(
        "Thrive Capital put more money into xAI on Monday. The firm then co-led a $40 million "
        "Series A into Kestrel, a chip start-up.",
        "en",
        [],
    )


def test_the_story_company_leading_a_round_does_not_raise_it_id(check):
    """ "... ketika Tesla memimpin putaran pendanaan ... US$500 juta": when the sentence
    names the story's company as the leader of the round, that company is not the raiser the
    sentence stands for by default; the raiser it does not name gets no claim."""
    check(
        "Tesla kini menjadi investor utama sebuah perusahaan rintisan AI dari Jerman. Langkah "
        "itu diambil ketika Tesla memimpin putaran pendanaan Seri B bernilai US$500 juta.",
        "id",
        [],
    )


def test_a_lead_investor_behind_an_adverb_is_no_raiser_en(check):
    """ "Tesla also led a $300 million round of Anthropic": an adverb between a company and its
    leading verb still makes it the round's leader, not its raiser."""
    check(
        "Tesla also led a $300 million round of Anthropic in May.",
        "en",
        [{"type": FR, "subject": "Anthropic", "amount": 300e6}],
    )


def test_an_apposition_opened_by_an_article_is_no_relative_clause_de(check):
    """ "..., das französische Start-up Mistral AI, hat ... eingesammelt": "das" opens a noun phrase
    set off by commas (it ends in a name, where a relative clause ends in its verb); the name
    in it is the sentence's subject, not the story's company."""
    check(
        "Anthropic hat 4 Milliarden Dollar eingesammelt. Sein stärkster Rivale in Europa, das "
        "französische Start-up Mistral AI, hat im Juni 600 Millionen Euro eingesammelt.",
        "de",
        [
            {"type": FR, "subject": "Anthropic", "amount": 4e9},
            {"type": FR, "subject": "Mistral AI", "amount": 600e6},
        ],
    )


def test_an_investee_takes_only_the_amount_next_to_it_es(check):
    """ "..., mientras que Anthropic captó 13.000 millones y Microsoft invirtió 2.000 millones en
    Mistral AI": the company an investing verb marks takes the amount beside it, not the
    amounts of the clauses before, each with its own raiser."""
    check(
        "En marzo, OpenAI cerró una ronda de 40.000 millones de dólares, liderada por SoftBank, "
        "mientras que Anthropic captó 13.000 millones de dólares y Microsoft invirtió 2.000 "
        "millones de dólares en Mistral AI.",
        "es",
        [
            {"type": FR, "subject": "OpenAI", "amount": 40e9},
            {"type": FR, "subject": "Anthropic", "amount": 13e9},
        ],
    )


def test_an_investor_phrase_stops_at_a_contrast_word_fr(check):
    """ "..., mené par SoftBank, alors que Anthropic a levé ...": the name after the contrast
    word heads its own clause; it is no investor of the round before (the reach of "mené
    par")."""
    check(
        "OpenAI a bouclé un tour de table de 40 milliards de dollars, mené par SoftBank, alors "
        "qu'Anthropic a levé 13 milliards de dollars.",
        "fr",
        [
            {"type": FR, "subject": "OpenAI", "amount": 40e9},
            {"type": FR, "subject": "Anthropic", "amount": 13e9},
        ],
    )


def test_a_company_that_will_take_part_in_a_round_is_its_investor_it(check):
    """ "Nvidia parteciperà a un nuovo round di 20 miliardi": a future or present form
    of a taking-part verb makes its subject an investor (the preposition "a" before the round
    is no target word); the round is the story's company's."""
    check(
        "xAI cerca nuovi fondi. Secondo fonti vicine, Nvidia parteciperà a un nuovo round di "
        "20 miliardi di dollari.",
        "it",
        [{"type": FR, "subject": "xAI", "amount": 20e9}],
    )


def test_a_company_that_will_take_part_in_a_round_is_its_investor_es(check):
    """ "Nvidia participará en una ronda de ...": the same in Spanish."""
    check(
        "xAI busca fondos frescos. Según fuentes cercanas, Nvidia participará en una nueva "
        "ronda de 20.000 millones de dólares.",
        "es",
        [{"type": FR, "subject": "xAI", "amount": 20e9}],
    )


VAL = "valuation"


def test_the_latter_of_a_pair_with_one_known_name_is_the_unknown_one_zh(check):
    """ "xAI与其社交平台X合并，前者估值800亿美元，后者估值330亿美元": the sentence names two
    things and the gazetteer knows one; "the latter" is the other, not the one named last
    that it knows."""
    check(
        "今年3月，xAI与其社交平台X合并，前者估值800亿美元，后者估值330亿美元。",
        "zh",
        [{"type": VAL, "subject": "xAI", "valuation": 80e9}],
    )


def test_the_latter_of_two_known_names_is_the_last_en(check):
    """ "Microsoft invested in OpenAI; the latter is now valued at ...": with two known names
    before it, the latter is the one named last (the guard)."""
    check(
        "Microsoft invested in OpenAI in 2019; the latter is now valued at $300 billion.",
        "en",
        [{"type": VAL, "subject": "OpenAI", "valuation": 300e9}],
    )


PW = "power_capacity"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("id", "OpenAI ingin mendirikan pusat data 1 GW di India lewat proyek AI Stargate."),
        (
            "es",
            "OpenAI planea construir un centro de datos de 1 GW en la India dentro del proyecto "
            "Stargate.",
        ),
        (
            "it",
            "OpenAI vuole costruire un data center da 1 GW in India nell'ambito del progetto "
            "Stargate.",
        ),
    ],
)
def test_a_programme_word_before_a_family_name_is_the_programme(lang, text):
    """ "proyek AI Stargate", "del proyecto Stargate": where the noun comes before the name, a
    programme word before a cluster family's name makes it the programme, not its first site
    (Stargate Abilene); the new site is its company's (bundled reference data)."""
    claims = extract(text, language=lang, published=PUBLISHED, gazetteer=default_gazetteer())
    assert_claims(claims, [{"type": PW, "subject": "OpenAI", "quantity": 1000}])


def test_a_comparison_opening_names_no_figure_of_the_story_company_de(check):
    """ "Zum Vergleich: Das Rechenzentrum der Telekom in München hat 10.000 GPUs": a sentence
    opening with a comparison phrase gives what the story is measured against; unless it names the
    holder, its figure is not the story company's."""
    check(
        "Tesla baut in Texas ein KI-Rechenzentrum mit 50.000 GPUs. Zum Vergleich: Das "
        "Rechenzentrum der Telekom in München hat 10.000 GPUs.",
        "de",
        [{"type": CS, "subject": "Tesla", "quantity": 50000}],
    )


def test_a_comparison_opening_names_no_round_of_the_story_company_en(check):
    """ "For comparison, a French rival closed a $600 million round": the same for money."""
    check(
        "Anthropic raised $4 billion in March. For comparison, a French rival closed a $600 "
        "million round in June.",
        "en",
        [{"type": FR, "subject": "Anthropic", "amount": 4e9}],
    )


def test_a_comparison_opening_that_names_its_holder_keeps_it_en(check):
    """ "For comparison, xAI's Colossus has 100,000 GPUs": a named yardstick keeps its own
    figure (the guard)."""
    check(
        "Tesla is building an AI data center with 50,000 GPUs in Texas. For comparison, xAI's "
        "Colossus has 100,000 GPUs.",
        "en",
        [
            {"type": CS, "subject": "Tesla", "quantity": 50000},
            {"type": CS, "subject": "Colossus", "quantity": 100000},
        ],
    )


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "The surge was powered by the $40 billion raised by OpenAI and the $13 "
            "billion raised by Anthropic.",
        ),
        (
            "pt",
            "A subida foi impulsionada pelos 40 mil milhões de dólares angariados pela OpenAI e "
            "pelos 13 mil milhões de dólares angariados pela Anthropic.",
        ),
    ],
)
def test_the_agent_of_a_raise_participle_raised_the_amount(check, lang, text):
    """ "the $13 billion raised by Anthropic", "13 mil milhões angariados pela Anthropic": the
    company after the passive agent word of the participle that follows an amount raised it,
    not the company heading the sentence's list."""
    check(
        text,
        lang,
        [
            {"type": FR, "subject": "OpenAI", "amount": 40e9},
            {"type": FR, "subject": "Anthropic", "amount": 13e9},
        ],
    )


def test_an_investor_after_led_by_is_no_passive_raiser_en(check):
    """ "a $2 billion round led by Thrive Capital": an investor phrase, not a raise participle
    (the guard)."""
    check(
        "OpenAI closed a $2 billion round led by Thrive Capital.",
        "en",
        [{"type": FR, "subject": "OpenAI", "amount": 2e9}],
    )


def test_money_from_a_backer_is_no_passive_raise_de(check):
    """ "erhielt zwei Milliarden Dollar allein von Google": "von" is also "from"; a
    backer after it gave the money, it raised nothing (the guard)."""
    check(
        "Im Herbst erhielt Anthropic zwei Milliarden Dollar allein von Google.",
        "de",
        [{"type": FR, "subject": "Anthropic", "amount": 2e9}],
    )
