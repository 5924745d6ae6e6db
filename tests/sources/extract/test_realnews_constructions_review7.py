"""Guards from the review of round 7: sentences of our own on which a round-7 rule first read
too much (a class of start-ups named in another clause, the noun "future", a completed
construction, a word that converts anything, "more" read as a comparison, chip makers that
raise). Each fails on the round-7 merge before the fix; the expected claims are those of the
rules before round 7, where those were right."""

import pytest

FR, PW = "funding_round", "power_capacity"


@pytest.mark.parametrize(
    ("text", "lang", "subject", "amount"),
    [
        # a class of start-ups in another clause than the amount states no sum
        (
            "Mistral AI raised $130 million, the largest round this year for European startups.",
            "en",
            "Mistral AI",
            130e6,
        ),
        (
            "Investors poured money into AI startups this spring: Mistral AI raised $90 million.",
            "en",
            "Mistral AI",
            90e6,
        ),
        # "among the 10 most valuable start-ups": a ranking, not a sum of ten companies
        (
            "Mistral AI sammelte 45 Millionen Euro ein und zählt zu den 10 wertvollsten Startups.",
            "de",
            "Mistral AI",
            45e6,
        ),
        # a case particle before 보다 / より: the adverb "more", no comparison with the amount
        ("xAI는 30억 달러를 보다 빠르게 조달했다.", "ko", "xAI", 3e9),
        ("xAIは30億ドルをより早く調達した。", "ja", "xAI", 3e9),
    ],
)
def test_a_round_read_before_round_7_stays(check, text, lang, subject, amount):
    check(text, lang, [{"type": FR, "subject": subject, "amount": amount}])


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Mistral AI raised $130 million to secure its future.", "en"),
        ("Mistral AI recaudó 40 millones de euros para asegurar su futuro.", "es"),
    ],
)
def test_the_noun_future_plans_nothing(check, text, lang):
    (claim,) = check(text, lang, [{"type": FR}])
    assert claim.status == "closed"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Microsoft completó la construcción de su centro de 40 MW en Zaragoza.", "es"),
        ("Microsoft a achevé la construction de son centre de 40 MW près de Lyon.", "fr"),
        ("Microsoft ha completato la costruzione del suo centro da 40 MW a Torino.", "it"),
    ],
)
def test_a_completed_construction_is_no_plan(check, text, lang):
    (claim,) = check(text, lang, [{"type": PW, "quantity": 40}])
    assert claim.status == "operational"


def test_an_indefinite_site_under_construction_is_a_plan(check):
    (claim,) = check(
        "Microsoft anunció la construcción de un centro de datos de 40 MW en Zaragoza.",
        "es",
        [{"type": PW, "quantity": 40}],
    )
    assert claim.status == "planned"
