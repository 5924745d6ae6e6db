"""Second round of real-news constructions (issue 11, section 2), each in sentences of our own
in the language it came from: who a figure belongs to, and which family a figure is."""

from __future__ import annotations

VAL = "valuation"


def test_contrast_word_opens_the_subject_across_an_apposition(check):
    """ "..., mentre xAI, di proprietà di Musk, ha ottenuto ...": the apposition closes with a
    comma, yet the name after the contrast word is the subject of the second figure, not the
    company of the first clause."""
    check(
        "A marzo Anthropic era valutata 60 miliardi di dollari, mentre Mistral AI, con sede a "
        "Parigi, ha ottenuto una valutazione di circa 6 miliardi.",
        "it",
        [
            {"type": VAL, "subject": "Anthropic", "amount": 60e9},
            {"type": VAL, "subject": "Mistral AI", "amount": 6e9},
        ],
    )
    check(
        "En marzo OpenAI estaba valorada en 300.000 millones de dólares, mientras que xAI, la "
        "empresa de Elon Musk, alcanzó una valoración de 80.000 millones.",
        "es",
        [
            {"type": VAL, "subject": "OpenAI", "amount": 300e9},
            {"type": VAL, "subject": "xAI", "amount": 80e9},
        ],
    )


def test_round_that_would_bring_the_company_to_an_amount_is_its_valuation(check):
    """ "un finanziamento che la porterebbe a 60 miliardi": the pronoun is the company, and the
    amount it would be brought to is its value after the round, not the round."""
    check(
        "Secondo fonti vicine, xAI è in trattative per un finanziamento che la porterebbe a "
        "7 miliardi di dollari.",
        "it",
        [{"type": VAL, "subject": "xAI", "amount": 7e9, "status": "reported"}],
    )
    check(
        "Anthropic negocia una nueva ronda de financiación que la llevaría a 20.000 millones "
        "de dólares.",
        "es",
        [{"type": VAL, "subject": "Anthropic", "amount": 20e9}],
    )
