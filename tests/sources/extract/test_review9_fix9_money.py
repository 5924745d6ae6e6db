"""Round-9 review, money: ordinary sentences the round-9 money rules broke (our own lines)."""

from __future__ import annotations

VAL, FR = "valuation", "funding_round"


def test_an_initial_named_round_is_a_round_en(check):
    """ "an initial $X seed round", "its initial $X Series B": the word names the round, not
    a first part of a sum."""
    check(
        "Mistral AI raised an initial €105 million seed round.",
        "en",
        [{"type": FR, "subject": "Mistral AI", "amount": 105e6}],
        exact=False,
    )
    check(
        "xAI closed its initial $6 billion Series B.",
        "en",
        [{"type": FR, "subject": "xAI", "amount": 6e9}],
        exact=False,
    )


def test_an_initial_named_round_is_a_round_es(check):
    check(
        "Mistral AI cerró una ronda inicial de 105 millones de euros.",
        "es",
        [{"type": FR, "subject": "Mistral AI", "amount": 105e6}],
        exact=False,
    )
