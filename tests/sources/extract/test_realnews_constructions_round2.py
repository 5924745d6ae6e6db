"""Second round of real-news constructions (issue 11, section 2), each in sentences of our own
in the language it came from: who a figure belongs to, and which family a figure is."""

from __future__ import annotations

VAL = "valuation"


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
