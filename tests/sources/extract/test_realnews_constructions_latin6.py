"""Constructions of status, power and money seen on real news in the Latin- and Cyrillic-script
languages, round 6 (issue 11, section 2), in sentences of our own."""

import pytest

VAL, ROUND, POWER = "valuation", "funding_round", "power_capacity"


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
