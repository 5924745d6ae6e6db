"""Constructions of status, power and money seen on real news in the Latin- and Cyrillic-script
languages, round 6 (issue 11, section 2), in sentences of our own."""

import pytest

VAL, ROUND, POWER = "valuation", "funding_round", "power_capacity"


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


def test_a_plan_in_an_in_what_clause_leaves_the_raise_closed(check):
    check(
        "Kevlinx Technologies has raised AUD 120 million for a campus near Perth, in what it "
        "said will be the region's largest AI site. Kevlinx Technologies declined to comment.",
        "en",
        [{"type": ROUND, "subject": "Kevlinx Technologies", "amount": 1.2e8, "status": "closed"}],
    )
