"""Review of round 9 (issue 11), heading B: the generic-figure, 'after' and time-span rules
narrowed where they broke ordinary sentences, in sentences of our own."""

from __future__ import annotations

import pytest

ROUND, VAL = "funding_round", "valuation"


@pytest.mark.parametrize(
    ("lang", "text", "claim"),
    [
        # the 'after' phrase ends at its comma: the figure of the main clause is the report's
        (
            "en",
            "Following the deal, xAI is valued at $24 billion, sources said.",
            {"type": VAL, "subject": "xAI", "valuation": 2.4e10, "status": "reported"},
        ),
        (
            "fr",
            "Après le tour de table, Mistral AI est valorisée 6 milliards d'euros, selon des "
            "sources proches du dossier.",
            {"type": VAL, "subject": "Mistral AI", "valuation": 6e9, "status": "reported"},
        ),
        # 'after a week' is a time, not an earlier event
        (
            "de",
            "Nach einer Woche meldete xAI eine Bewertung von 24 Milliarden Dollar, berichtet "
            "das Handelsblatt.",
            {"type": VAL, "subject": "xAI", "valuation": 2.4e10, "status": "reported"},
        ),
    ],
)
def test_an_after_phrase_covers_only_its_own_figure(check, lang, text, claim):
    check(text, lang, [claim], exact=False)


@pytest.mark.parametrize(
    ("lang", "text", "claim"),
    [
        # a deadline is no span money was raised in: the planned round stays
        (
            "en",
            "xAI expects to close a $6 billion round in two weeks.",
            {"type": ROUND, "subject": "xAI", "amount": 6e9},
        ),
        (
            "it",
            "xAI prevede di chiudere un round da 6 miliardi di dollari in due settimane.",
            {"type": ROUND, "subject": "xAI", "amount": 6e9},
        ),
    ],
)
def test_a_deadline_is_no_span_of_raising(check, lang, text, claim):
    check(text, lang, [claim], exact=False)


def test_a_span_money_was_raised_in_is_no_round(run):
    # the rule's own case: past raising within a span sums rounds
    claims = run("Meta grows. xAI raised $2 billion in two months.", "en")
    assert not [c for c in claims if c.type == ROUND and c.amount == 2e9]
