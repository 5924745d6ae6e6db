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


def test_the_latter_names_the_second_known_company(check):
    """ "Foo merged with xAI; the latter is now valued at $X": the latter is xAI."""
    check(
        "Kestrel Labs merged with xAI; the latter is now valued at $80 billion.",
        "en",
        [{"type": VAL, "subject": "xAI", "valuation": 80e9}],
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


def test_respectively_pairs_only_rounds_with_rounds(check):
    """Rounds and valuations in one "respectively" sentence pair each kind by position."""
    check(
        "Kestrel Labs and xAI raised $240M and $6B respectively, at valuations of $1B and $24B.",
        "en",
        [{"type": FR, "subject": "xAI", "amount": 6e9}],
        exact=False,
    )


def test_respectively_after_another_round_keeps_its_own_list(check):
    check(
        "Anthropic raised $4B, and xAI raised $1B and $2B respectively in two rounds.",
        "en",
        [
            {"type": FR, "subject": "Anthropic", "amount": 4e9},
            {"type": FR, "subject": "xAI", "amount": 1e9},
            {"type": FR, "subject": "xAI", "amount": 2e9},
        ],
        exact=False,
    )


def test_a_value_naming_nobody_is_the_company_named_just_before_over_a_giant(check):
    """The giant named in two sentences is the story's topic and raises nothing; a valuation
    naming nobody goes, like a round, to the one company that could raise named just before."""
    check(
        "Meta tried to buy the start-up last year. Meta later copied its product. This is the "
        "story of the founders of Anthropic. They are now valued at $18 billion.",
        "en",
        [{"type": VAL, "subject": "Anthropic", "valuation": 18e9}],
    )
