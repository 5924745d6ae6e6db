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
