"""Constructions of status, power and money seen on real news in the Latin- and Cyrillic-script
languages, round 6 (issue 11, section 2), in sentences of our own."""

from datetime import date

import pytest

from sources.extract.timeref import TimeRef, resolve

VAL, ROUND, POWER = "valuation", "funding_round", "power_capacity"
OCTOBER = date(2025, 10, 15)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # "early this year" read in October is past: the round was raised, not planned
        ("CoreWeave hat Anfang dieses Jahres 2 Milliarden Dollar eingesammelt.", "de"),
        ("CoreWeave recaudó a principios de este año 2.000 millones de dólares.", "es"),
        ("CoreWeave raised $2 billion in early 2025 from a group of funds.", "en"),
    ],
)
def test_early_in_the_year_is_not_its_end(check, text, lang):
    check(
        text,
        lang,
        [{"type": ROUND, "subject": "CoreWeave", "amount": 2e9, "status": "closed"}],
        published=OCTOBER,
    )


def test_early_and_mid_year_resolve_to_their_month():
    early = TimeRef(0, 5, "year", 2026, part_month=1)
    mid = TimeRef(0, 5, "year", 2026, part_month=6)
    late = TimeRef(0, 5, "year", 2026, end_of=True)
    assert resolve(early, OCTOBER, planned=True) == "2026-01"
    assert resolve(mid, OCTOBER, planned=True) == "2026-06"
    assert resolve(late, OCTOBER, planned=True) == "2026-12"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # announcing a site of a stated size announces a site to be built
        ("Crusoe annonce un immense campus de 300 MW dans le Nord.", "fr"),
        ("Crusoe announced a 300 MW campus in Wyoming on Tuesday.", "en"),
        ("Crusoe anuncia un gran campus de 300 MW en Aragón.", "es"),
        ("Crusoe annuncia un campus da 300 MW in Lombardia.", "it"),
        # a phase that "provides for" the launch of a site plans it
        ("Первый этап Crusoe предусматривает запуск кампуса мощностью 300 МВт.", "ru"),
    ],
)
def test_an_announced_site_is_planned(check, text, lang):
    check(
        text, lang, [{"type": POWER, "subject": "Crusoe", "quantity": 300.0, "status": "planned"}]
    )


def test_a_running_site_stays_operational(check):
    check(
        "Crusoe exploite un campus de 300 MW dans le Nord.",
        "fr",
        [{"type": POWER, "subject": "Crusoe", "quantity": 300.0, "status": "operational"}],
    )


def test_valuing_itself_names_the_valuation(check):
    check(
        "CoreWeave consiguió 150 millones de dólares en una Serie B, valorándose en 900 millones.",
        "es",
        [{"type": ROUND, "subject": "CoreWeave", "amount": 1.5e8, "valuation": 9e8}],
    )


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # what a deal still in talks would bring, in the clause after the condition: reported
        (
            "Jika kesepakatan itu terwujud, CoreWeave berpotensi memiliki valuasi lebih dari "
            "US$50 miliar.",
            "id",
        ),
        (
            "Wenn die Runde zustande kommt, steigt die Bewertung von CoreWeave auf 50 "
            "Milliarden Dollar.",
            "de",
        ),
    ],
)
def test_the_clause_after_a_condition_is_reported(check, text, lang):
    check(
        text, lang, [{"type": VAL, "subject": "CoreWeave", "valuation": 5e10, "status": "reported"}]
    )


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a later clause compares with a known, earlier round: that round was raised
        (
            "Wenn die Runde zustande kommt, wäre sie größer als die von CoreWeave, die im Mai "
            "2024 1,1 Milliarden Dollar eingesammelt hat.",
            "de",
        ),
        (
            "Se a rodada for concluída, será maior que a da CoreWeave, que captou US$ 1,1 "
            "bilhão em maio de 2024.",
            "pt",
        ),
    ],
)
def test_a_known_round_after_a_condition_stays_closed(check, text, lang):
    check(
        text, lang, [{"type": ROUND, "subject": "CoreWeave", "amount": 1.1e9, "status": "closed"}]
    )


@pytest.mark.parametrize(
    ("text", "lang", "as_of"),
    [
        # a total word right before a time span means "only": the round is one round,
        # dated by the months counted back
        ("Всего два месяца назад CoreWeave привлекла 500 миллионов долларов.", "ru", "2025-08"),
        ("Vor drei Monaten hat CoreWeave 500 Millionen Dollar eingesammelt.", "de", "2025-07"),
    ],
)
def test_only_months_ago_is_no_total(check, text, lang, as_of):
    check(
        text,
        lang,
        [
            {
                "type": ROUND,
                "subject": "CoreWeave",
                "amount": 5e8,
                "status": "closed",
                "as_of": as_of,
            }
        ],
        published=OCTOBER,
    )


@pytest.mark.parametrize(
    ("text", "lang", "as_of"),
    [
        # Indonesian twelve is two words: not "belas" (eleven, twelve, ...) read as thirteen
        ("Dua belas bulan lalu CoreWeave meraih pendanaan US$500 juta.", "id", "2024-10"),
        ("Dua bulan lalu CoreWeave meraih pendanaan US$500 juta.", "id", "2025-08"),
        # one month, in the singular
        ("Vor einem Monat hat CoreWeave 500 Millionen Dollar eingesammelt.", "de", "2025-09"),
        ("Un mese fa CoreWeave ha raccolto 500 milioni di dollari.", "it", "2025-09"),
    ],
)
def test_months_ago_in_words(check, text, lang, as_of):
    check(
        text,
        lang,
        [{"type": ROUND, "subject": "CoreWeave", "amount": 5e8, "as_of": as_of}],
        published=OCTOBER,
    )


def test_a_total_word_before_no_time_still_sums(check):
    check("Всего CoreWeave привлекла 2 миллиарда долларов за пять раундов.", "ru", [])


def test_european_portuguese_valorizacao_is_a_valuation(check):
    # pt-PT writes a company's value "valorização", not "avaliação"
    check(
        "Com esta ronda, cujo montante não foi divulgado, a CoreWeave alcança uma valorização "
        "de mais de 1,2 mil milhões de euros.",
        "pt",
        [{"type": VAL, "subject": "CoreWeave", "valuation": 1.2e9, "valuation_currency": "EUR"}],
    )


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # what a site could reach is a plan
        ("Com potencial de expansão para 900 megawatts, o campus da Crusoe é o maior.", "pt"),
        ("Con potencial de expansión de 900 MW, el campus de Crusoe es el mayor.", "es"),
        # German indirect speech: "er werde ... installieren" is a plan
        ("Crusoe teilte mit, er werde dort Server mit 900 Megawatt installieren.", "de"),
    ],
)
def test_potential_and_indirect_future_are_plans(check, text, lang):
    check(
        text, lang, [{"type": POWER, "subject": "Crusoe", "quantity": 900.0, "status": "planned"}]
    )


def test_indirect_passive_present_is_no_plan(check):
    # "werde ... angeführt" is a passive present in indirect speech, not a future
    check(
        "CoreWeave teilte mit, die Runde über 500 Millionen Dollar werde von Nvidia angeführt.",
        "de",
        [{"type": ROUND, "subject": "CoreWeave", "amount": 5e8, "status": "closed"}],
    )


def test_earlier_values_listed_after_and_are_valuations(check):
    # "... frente ao valuation de X fixado em abril e aos Y de janeiro": the round word names
    # the occasion of the first value; the list of values goes on after "e"
    check(
        "A CoreWeave vale US$ 50 bilhões, um avanço frente ao valuation de US$ 30 bilhões "
        "captado em abril e aos US$ 19 bilhões de janeiro.",
        "pt",
        [
            {"type": VAL, "subject": "CoreWeave", "valuation": 5e10},
            {"type": VAL, "subject": "CoreWeave", "valuation": 3e10},
            {"type": VAL, "subject": "CoreWeave", "valuation": 1.9e10},
        ],
    )


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # an adjective between the value noun and its amount: still the amount's value word,
        # nearer than a share sale named after the amount
        (
            "A CoreWeave atingiu uma avaliação inédita de US$ 50 bilhões em uma oferta "
            "secundária no mês passado.",
            "pt",
        ),
        (
            "CoreWeave ha raggiunto una valutazione record di 50 miliardi di dollari in una "
            "vendita secondaria di azioni.",
            "it",
        ),
    ],
)
def test_a_value_noun_keeps_its_amount_past_an_adjective(check, text, lang):
    check(text, lang, [{"type": VAL, "subject": "CoreWeave", "valuation": 5e10}])


def test_a_value_word_after_a_part_word_is_the_company_value(check):
    # "incluant ..." names a part of the round; the value word after it values the company,
    # and the amount compared after "contre" is its earlier value
    check(
        "Le tour de 120 millions d'euros, incluant une part de cash-out, valorise CoreWeave "
        "autour de 900 millions d'euros, contre 150 millions d'euros en juin.",
        "fr",
        [
            {"type": VAL, "subject": "CoreWeave", "valuation": 9e8},
            {"type": VAL, "subject": "CoreWeave", "valuation": 1.5e8},
        ],
    )


def test_italian_received_fresh_money_is_a_round(check):
    # "ha ricevuto ... soldi freschi" (received fresh money), like es "recibió"
    check(
        "CoreWeave ha ricevuto soldi freschi da alcuni fondi: 80 milioni di dollari.",
        "it",
        [{"type": ROUND, "subject": "CoreWeave", "amount": 8e7, "status": "closed"}],
    )


def test_a_plan_in_an_in_what_clause_leaves_the_raise_closed(check):
    check(
        "Kevlinx Technologies has raised AUD 120 million for a campus near Perth, in what it "
        "said will be the region's largest AI site. Kevlinx Technologies declined to comment.",
        "en",
        [{"type": ROUND, "subject": "Kevlinx Technologies", "amount": 1.2e8, "status": "closed"}],
    )


def test_a_new_value_is_apart_from_an_earlier_round_and_the_unknown_raiser_named_again(check):
    # the round's company, unknown to the gazetteer, is named again in the value sentence;
    # "quando" and the earlier value between part the new value from the earlier round
    check(
        "Kevlinx, una startup di robotica, ha ottenuto da poco 70 milioni di dollari. "
        "Dopo questo round la valutazione di Kevlinx è arrivata a 1,2 miliardi di dollari, "
        "il triplo di due anni fa, quando ammontava a 400 milioni grazie a 50 milioni "
        "di capitali raccolti.",
        "it",
        [
            {"type": ROUND, "subject": "Kevlinx", "amount": 7e7, "valuation": None},
            {"type": VAL, "subject": "Kevlinx", "valuation": 1.2e9},
            # the earlier round is a round of its own, not the new value's
            {"type": ROUND, "subject": "Kevlinx", "amount": 5e7, "valuation": None},
        ],
    )


def test_valued_when_it_raised_is_one_event(check):
    check(
        "CoreWeave was valued at $24 billion when it raised $6 billion in the spring.",
        "en",
        [{"type": ROUND, "subject": "CoreWeave", "amount": 6e9, "valuation": 2.4e10}],
    )
