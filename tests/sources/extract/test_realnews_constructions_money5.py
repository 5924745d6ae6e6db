"""Constructions of money facts seen on real news, round 5 (issue 11, section 2), in sentences
of our own: what makes money a round, and which amount of a sentence is the round's."""

import pytest

VAL, ROUND = "valuation", "funding_round"


@pytest.mark.parametrize(
    ("text", "lang", "amount"),
    [
        # a funds noun linked to a currency-less amount is what the amount counts: money raised
        (
            "Un anno fa Mistral AI valeva 2 miliardi di dollari grazie a 180 milioni di "
            "finanziamenti raccolti.",
            "it",
            180e6,
        ),
        (
            "Mistral AI valait alors 2 milliards de dollars grâce à 100 millions de "
            "financements levés.",
            "fr",
            100e6,
        ),
        (
            "Mistral AI valía entonces 2.000 millones de dólares gracias a 100 millones de "
            "financiación.",
            "es",
            100e6,
        ),
    ],
)
def test_a_funds_noun_after_an_amount_makes_it_a_round(check, text, lang, amount):
    check(
        text,
        lang,
        [{"type": ROUND, "subject": "Mistral AI", "amount": amount, "valuation_usd": 2e9}],
    )


def test_a_funds_noun_heads_its_own_amount_only(check):
    # the earlier value is no round: the funds noun and its participle head the amount after it
    # (and the new value, parted from that earlier round by "quando", is a valuation of its own)
    check(
        "La valutazione di Mistral AI è salita a 4 miliardi di dollari, il doppio di un anno fa, "
        "quando era di 2,1 miliardi grazie a 180 milioni di finanziamenti raccolti.",
        "it",
        [
            {"type": ROUND, "subject": "Mistral AI", "amount": 180e6, "valuation": None},
            {"type": VAL, "subject": "Mistral AI", "valuation": 4e9},
        ],
    )


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a round word right after an amount labels that amount, not the next one
        (
            "- Mistral AI (modèles de langage) : 126 M$ Series C – 3,5 Md$",
            "fr",
            {"type": ROUND, "subject": "Mistral AI", "amount": 126e6},
        ),
        (
            "月之暗面完成5亿美元融资、账上有100亿元人民币现金储备。",
            "zh",
            {"type": ROUND, "subject": "Moonshot AI", "amount": 500e6},
        ),
    ],
)
def test_a_round_word_after_an_amount_is_that_amounts(check, text, lang, expected):
    check(text, lang, [expected])


def test_a_compound_total_valuation_is_a_valuation(check):
    check(
        "Die Gesamtbewertung von OpenAI steigt damit auf 100 Milliarden Dollar.",
        "de",
        [{"type": VAL, "subject": "OpenAI", "valuation_usd": 100e9}],
    )


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
        # an investee word fused with the article before the company noun: the story's company
        (
            "OpenAI ha firmato un accordo con AMD. Nvidia investirà fino a 100 miliardi di "
            "dollari nella startup, fornendo sistemi per data center.",
            "it",
        ),
        (
            "A OpenAI assinou um acordo com a AMD. A Nvidia vai investir até US$ 100 bilhões na "
            "startup, fornecendo sistemas de data center.",
            "pt",
        ),
    ],
)
def test_money_put_into_the_startup_is_the_storys_round(check, text, lang):
    check(
        text,
        lang,
        [{"type": ROUND, "subject": "OpenAI", "amount": 100e9, "qualifier": "at_most"}],
    )


def test_a_value_noun_with_its_possessive_is_a_valuation(check):
    # "nilai perusahaannya" (its company value): the value noun with the enclitic "-nya"
    check(
        "OpenAI akan menerima pendanaan lain yang bakal membuat nilai perusahaannya mencapai "
        "$29 miliar.",
        "id",
        [{"type": VAL, "subject": "OpenAI", "valuation_usd": 29e9}],
    )


@pytest.mark.parametrize(
    ("text", "lang", "amount"),
    [
        # a recap: "X, 500 million more, valued at 11 billion": the new money is a round
        (
            "Mistral AI a levé 125 millions de dollars. Mistral AI, 500 millions de plus, "
            "valorisé à 11 milliards.",
            "fr",
            500e6,
        ),
        ("Mistral AI, $500 million more, valued at $11 billion.", "en", 500e6),
    ],
)
def test_more_money_beside_a_valuation_is_a_round(check, text, lang, amount):
    claims = check(
        text,
        lang,
        [{"type": ROUND, "subject": "Mistral AI", "amount": amount, "valuation_usd": 11e9}],
        exact=False,
    )
    assert not [c for c in claims if c.type == VAL]


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


@pytest.mark.parametrize(
    ("text", "lang", "currency"),
    [
        # a tranche named as part of a round that follows: the round is the fact
        ("Mistral AI raised $32 million as part of a $130 million round.", "en", "USD"),
        ("Mistral AI closed a $32 million tranche of its $130 million Series A.", "en", "USD"),
        (
            "Mistral AI hat 32 Millionen Euro im Rahmen einer Finanzierungsrunde von 130 "
            "Millionen Euro eingesammelt.",
            "de",
            "EUR",
        ),
        (
            "Mistral AI a levé 32 millions d'euros dans le cadre d'une levée de fonds de 130 "
            "millions d'euros.",
            "fr",
            "EUR",
        ),
    ],
)
def test_a_tranche_of_a_round_is_no_round(check, text, lang, currency):
    check(text, lang, [{"type": ROUND, "amount": 130e6, "currency": currency}])


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # the part raised so far of a round, and its restatement later in the story
        (
            "Crusoe has raised $686 million of a planned $818 million funding round. The "
            "filing shows that Crusoe has already secured $686 million from 70 investors.",
            "en",
        ),
        (
            "Crusoe a levé 686 millions de dollars sur les 818 millions de dollars de son tour.",
            "fr",
        ),
    ],
)
def test_the_part_raised_of_a_round_is_no_round(check, text, lang):
    claims = check(text, lang, [{"type": ROUND, "subject": "Crusoe", "amount": 818e6}], exact=False)
    assert [c.amount for c in claims if c.type == ROUND] == [818e6]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a plan noun heading the target amount plans that amount, not the round that beat it
        ("xAI宣布完成E轮融资，融资额超过了此前设定的150亿美元目标，最终达到200亿美元。", "zh"),
        (
            "xAI closed its Series E, which passed the $15 billion target, and raised $20 billion.",
            "en",
        ),
    ],
)
def test_a_target_nouns_plan_is_its_own_amounts(check, text, lang):
    check(
        text,
        lang,
        [
            {"type": ROUND, "subject": "xAI", "amount": 15e9, "status": "planned"},
            {"type": ROUND, "subject": "xAI", "amount": 20e9, "status": "closed"},
        ],
    )


def test_a_recap_of_money_raised_and_a_value(check):
    # "125 millions de dollars levés" (masculine plural participle after the amount)
    check(
        "Mistral AI, deux ans d'existence, 125 millions de dollars levés, valorisé à un milliard.",
        "fr",
        [{"type": ROUND, "subject": "Mistral AI", "amount": 125e6, "valuation_usd": 1e9}],
    )


def test_the_value_a_valuation_rose_from_is_a_valuation(check):
    # "从A到B美元的估值": the valuation noun heads both ends of the jump
    check(
        "月之暗面完成5亿美元融资。月之暗面在两年内完成了从3亿到40亿美元的估值跃迁。",
        "zh",
        [
            {"type": ROUND, "subject": "Moonshot AI", "amount": 5e8},
            {"type": VAL, "subject": "Moonshot AI", "valuation_usd": 3e8},
            {"type": VAL, "subject": "Moonshot AI", "valuation_usd": 4e9},
        ],
    )


def test_an_investment_noun_after_the_amount_taken_by_a_raising_verb(check):
    # head-final order: "拿下(investors)近20亿元投资" is the company's round, the investors
    # listed with "、" between the verb and the amount
    check(
        "2023年10月，月之暗面拿下红杉中国、今日资本等机构近20亿元投资。",
        "zh",
        [{"type": ROUND, "subject": "Moonshot AI", "amount": 2e9, "currency": "CNY"}],
    )
