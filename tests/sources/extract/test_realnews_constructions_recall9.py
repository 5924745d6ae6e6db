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
    ("text", "lang"),
    [
        # a remark after the restated amount, inside its bracket
        (
            "A Nvidia vai investir US$ 2 bilhões (R$ 11 bilhões, pelo câmbio de hoje) na "
            "startup francesa Mistral AI.",
            "pt",
        ),
        # the name in an apposition opened by "namely" after the company noun
        (
            "Nvidia menanamkan investasi $2 miliar di perusahaan AI asal Prancis, yaitu "
            "Mistral AI.",
            "id",
        ),
        ("Nvidia invested $2 billion in a French AI lab, namely Mistral AI.", "en"),
    ],
)
def test_an_investment_goes_into_the_company_named_past_a_remark(check, text, lang):
    check(text, lang, [{"type": ROUND, "subject": "Mistral AI", "amount": 2e9}])


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Meta曾想收購這家公司,但被創辦人婉拒。之後Meta也推出了同類產品。這就是Anthropic的"
            "創辦團隊。他們近日完成了一輪新的融資,規模為1億美元,估值升至180億美元(合人民幣約1300億元)。",
            "zh",
        ),
        (
            "Meta tried to buy the start-up last year. Meta later copied its product. This is "
            "the story of the founders of Anthropic. They have just closed a new round of "
            "$100 million.",
            "en",
        ),
    ],
)
def test_a_round_naming_nobody_is_the_company_named_just_before_over_a_giant(check, text, lang):
    # the giant named in two sentences is the story's topic and raises nothing; the one
    # company that could raise named in the sentence before is the round's
    claims = check(text, lang, [{"type": ROUND, "subject": "Anthropic", "amount": 100e6}])
    # "(合人民幣約1300億元)": the valuation restated in yuan is no second amount
    assert all(c.currency != "CNY" for c in claims)


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


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a pronoun for the receiving company before the investing verb: "vi", "y" (into it)
        (
            "Anthropic è la startup di Claude. Tra i suoi soci c'è Amazon, che la usa per AWS: "
            "l'anno scorso vi aveva investito quattro miliardi di dollari.",
            "it",
        ),
        (
            "Anthropic est la start-up de Claude. Amazon, qui y a investi 4 milliards de "
            "dollars, l'utilise pour AWS.",
            "fr",
        ),
    ],
)
def test_an_investment_into_it_goes_into_the_story_company(check, text, lang):
    check(text, lang, [{"type": ROUND, "subject": "Anthropic", "amount": 4e9}])


def test_an_anaphor_past_the_restated_amount_is_the_investee(check):
    # "(R$ 11 bi) na companhia": the company noun after the bracketed conversion is the story's
    # company the money goes into, no place it goes elsewhere
    check(
        "A Anthropic é a dona do Claude. Em 2023 a Amazon investiu cerca de US$ 2 bilhões "
        "(R$ 11 bi) na companhia.",
        "pt",
        [{"type": ROUND, "subject": "Anthropic", "amount": 2e9}],
    )
