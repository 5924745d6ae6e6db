"""Constructions of facts nothing was read for on real news, round 9 (issue 11, section 2), in
sentences of our own: rounds told without a raising verb (money that "went to" a company, a
compound round noun)."""

import pytest

ROUND = "funding_round"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Rund 900 Millionen Euro flossen an das KI-Start-up Mistral AI.", "de"),
        ("900 Millionen Euro gingen allein an Mistral AI, der Rest an kleinere Firmen.", "de"),
        ("Of the quarter's venture money, 900 million euros went to Mistral AI.", "en"),
    ],
)
def test_money_that_went_to_a_company_is_its_round(check, text, lang):
    check(text, lang, [{"type": ROUND, "subject": "Mistral AI", "amount": 900e6}])


@pytest.mark.parametrize(
    "text",
    [
        "Im Halbjahr: 900 Millionen Euro gingen an junge Firmen aus Bayern.",
        "Von dem Geld floss die Hälfte, 900 Millionen Euro, an Gründerinnen in Berlin.",
    ],
)
def test_money_that_went_to_a_group_or_region_is_nobodys_round(check, text):
    check(text, "de", [])


def test_a_compound_round_noun_marks_a_round():
    # "Rekordrunde": German compounds a round noun with what qualifies it
    from sources.extract.extractor import extract

    text = "Allen voran Mistral AI, das mit einer Rekordrunde von 900 Millionen Euro auffiel."
    claims = extract(text, language="de")
    assert [(c.type, c.subject, c.amount) for c in claims] == [(ROUND, "Mistral AI", 900e6)]


@pytest.mark.parametrize(
    "text",
    [
        # "dernier tour" (an earlier round) overlaps "tour de table" (a round): both count
        "Le dernier tour de table de Mistral AI, de 600 millions d'euros, a surpris.",
        "600 millions d'euros : le montant du dernier tour de table de Mistral AI.",
    ],
)
def test_overlapping_cue_phrases_both_count(check, text):
    check(text, "fr", [{"type": ROUND, "subject": "Mistral AI", "amount": 600e6}])


def test_the_phrase_joining_two_overlapping_cues_carries_both_kinds():
    from sources.extract.rules import _overlapping_cues

    kinds = {"dernier tour": [("cue", "earlier")], "tour de table": [("cue", "raise")]}
    joined = _overlapping_cues(kinds)
    assert sorted(joined) == [
        ("dernier tour de table", ("cue", "earlier")),
        ("dernier tour de table", ("cue", "raise")),
    ]
