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


def test_japanese_companies_as_a_whole_are_no_one_company(check):
    """ "日本企業は…調達", "米国の企業は…": companies together, not the story's company; "同企業は"
    (the company) still is."""
    check("オープンAIは急成長している。日本企業は昨年800億ドルを調達した。", "ja", [])
    check("オープンAIは急成長している。米国の企業は昨年800億ドルを調達した。", "ja", [])
    check(
        "オープンAIは急成長している。同企業は昨年800億ドルを調達した。",
        "ja",
        [{"type": FR, "subject": "OpenAI", "amount": 80e9}],
    )


def test_money_invested_in_a_described_company_is_its_round(check):
    """ "invested $X in the AI lab": the lab is the story's company, not a region or a stock."""
    check(
        "Anthropic is growing fast. Amazon invested $4 billion in the AI lab.",
        "en",
        [{"type": FR, "subject": "Anthropic", "amount": 4e9}],
        exact=False,
    )
    check(
        "Mistral AI grandit vite. Microsoft a investi 15 millions d'euros dans la jeune pousse.",
        "fr",
        [{"type": FR, "subject": "Mistral AI", "amount": 15e6}],
        exact=False,
    )
