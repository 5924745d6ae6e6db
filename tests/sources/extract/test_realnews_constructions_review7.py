"""Guards from the review of round 7: sentences of our own on which a round-7 rule first read
too much (a class of start-ups named in another clause, the noun "future", a completed
construction, a word that converts anything, "more" read as a comparison, chip makers that
raise). Each fails on the round-7 merge before the fix; the expected claims are those of the
rules before round 7, where those were right."""

import pytest

FR, PW = "funding_round", "power_capacity"


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
