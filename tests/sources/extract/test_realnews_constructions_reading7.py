"""How figures are read on real news, round 7 (issue 11, section 2): constructions of number,
range and unit whose fact was missed or read with another figure, in sentences of our own."""

import pytest

VAL, ROUND, POWER = "valuation", "funding_round", "power_capacity"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # Romance languages put a plural article before each end of a range: the range is
        # the fact (its low end), not its high end read alone as an exact figure
        ("Anthropic ha una valutazione compresa fra i 5 e i 7 miliardi di euro.", "it"),
        ("Anthropic vale tra i 5 e i 7 miliardi di euro, secondo le stime.", "it"),
        ("Anthropic tiene una valoración de entre los 5.000 y los 7.000 millones de euros.", "es"),
        ("A Anthropic tem uma avaliação entre os 5 e os 7 bilhões de euros.", "pt"),
        ("Anthropic est valorisée entre les 5 et les 7 milliards d'euros.", "fr"),
    ],
)
def test_a_range_with_articles_is_one_range(check, text, lang):
    check(
        text,
        lang,
        [{"type": VAL, "subject": "Anthropic", "valuation": 5e9, "qualifier": "range"}],
    )
