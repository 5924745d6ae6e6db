"""Funding rounds and valuations: constructions seen on real news (issue 11, section 2),
each in sentences of our own in the language it came from."""

from __future__ import annotations

FR, VAL = "funding_round", "valuation"


def test_a_report_by_the_paper_covers_a_clause_whose_subject_is_the_company(check):
    """ "Según el periódico, la empresa recaudó ...": a newspaper named by a common noun is an
    outlet, and "la empresa" / "l'entreprise" as a subject is no speaker of its own."""
    check(
        "Según el periódico, la empresa xAI recaudó recientemente US$10.000 millones.",
        "es",
        [{"type": FR, "subject": "xAI", "amount": 10e9, "status": "reported"}],
    )
    check(
        "Selon des informations du Financial Times, l'entreprise Mistral AI est désormais "
        "valorisée à environ 12 milliards d'euros.",
        "fr",
        [{"type": VAL, "subject": "Mistral AI", "amount": 12e9, "status": "reported"}],
    )


def test_hearsay_said_in_each_language(check):
    """German "soll sich auf ... belaufen" (is said to amount to), English "a reported
    valuation", Russian "считается, что" (it is believed that): reports, not facts or plans."""
    check(
        "Die Bewertung von Mistral AI soll sich auf knapp zwölf Milliarden Euro belaufen.",
        "de",
        [{"type": VAL, "subject": "Mistral AI", "amount": 12e9, "status": "reported"}],
    )
    check(
        "xAI has grown to a reported valuation of $50 billion.",
        "en",
        [{"type": VAL, "subject": "xAI", "amount": 50e9, "status": "reported"}],
    )
    check(
        "Считается, что OpenAI надеется привлечь $40 млрд.",
        "ru",
        [{"type": FR, "subject": "OpenAI", "amount": 40e9, "status": "reported"}],
    )


def test_an_initial_target_the_round_overtook_is_a_planned_round(check):
    """ "Exceeding its initial target of $X": the target is a planned round of its own (the
    annotation guide, tests/realnews/README.md), not the round's amount; in Japanese the
    amount right before 上回る is the margin, no round."""
    target = {"type": FR, "status": "planned"}
    check(
        "A OpenAI levantou US$ 12 bilhões, superando sua meta anterior de US$ 9 bilhões.",
        "pt",
        [
            {"type": FR, "subject": "OpenAI", "amount": 12e9, "status": "closed"},
            {**target, "subject": "OpenAI", "amount": 9e9},
        ],
    )
    check(
        "Mistral AI recaudó 900 millones de euros y supera su objetivo inicial de 700 millones.",
        "es",
        [
            {"type": FR, "subject": "Mistral AI", "amount": 900e6, "status": "closed"},
            {**target, "subject": "Mistral AI", "amount": 700e6},
        ],
    )
    check(
        "アンソロピックは120億ドルを調達した。当初目標の 90 億ドル(約1兆3,000億円)を 30 億ドル"
        "(約4,300億円)上回った。",
        "ja",
        [
            {"type": FR, "subject": "Anthropic", "amount": 12e9, "status": "closed"},
            {**target, "subject": "Anthropic", "amount": 9e9},
        ],
    )
    check(
        "xAI는 120억 달러를 유치했다. 이는 애초 목표액이었던 60억 달러를 크게 웃도는 규모다.",
        "ko",
        [
            {"type": FR, "subject": "xAI", "amount": 12e9, "status": "closed"},
            {**target, "subject": "xAI", "amount": 6e9},
        ],
    )


def test_a_raise_under_a_condition_is_not_asserted(check):
    """ "If it raises $X", "se captar os US$ X": the amount is a condition; a round of the
    same sentence dated in the past is still stated."""
    check(
        "A OpenAI negocia uma nova rodada. Se captar os US$ 40 bilhões, a OpenAI vai dobrar o "
        "caixa.",
        "pt",
        [],
    )
    check(
        "If xAI does raise $6 billion next year, it will not be the first: in 2023, "
        "Anthropic raised $4 billion.",
        "en",
        [{"type": FR, "subject": "Anthropic", "amount": 4e9}],
    )
