"""Constructions of money facts seen on real news, round 5 (issue 11, section 2), in sentences
of our own: what makes money a round, and which amount of a sentence is the round's."""

import pytest

VAL, ROUND = "valuation", "funding_round"


@pytest.mark.parametrize(
    "text",
    [
        # "(an outlet) has learned exclusively": a scoop is hearsay, whatever the round's verb
        # says (a plain "36氪获悉" is often the company's own news: tests/.../test_heldout.py)
        "《晚点》独家获悉，月之暗面近期完成5亿美元C轮融资。",
        "據晚點獨家獲悉，月之暗面已完成5億美元融資。",
    ],
)
def test_an_outlet_has_learned_is_a_report(check, text):
    check(
        text,
        "zh",
        [{"type": ROUND, "subject": "Moonshot AI", "amount": 500e6, "status": "reported"}],
    )


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # "FT", the Financial Times' short name, is an outlet: what it says is a report
        ('Laut "FT" hat OpenAI 40 Milliarden Dollar eingesammelt.', "de"),
        ("Selon le FT, OpenAI a levé 40 milliards de dollars.", "fr"),
    ],
)
def test_the_ft_is_an_outlet(check, text, lang):
    check(text, lang, [{"type": ROUND, "subject": "OpenAI", "amount": 40e9, "status": "reported"}])
