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
