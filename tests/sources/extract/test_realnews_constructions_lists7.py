"""Which entity each figure belongs to, round 7 of the real-news work (issue 11, section 2):
roundups listing several companies' rounds, comparisons, a site and its owner; each
construction in sentences of our own in the language it came from."""

from __future__ import annotations

VAL, FR = "valuation", "funding_round"


def test_a_count_of_startups_raising_states_their_sum_en(check):
    """ "13 AI startups raised $47 billion", "funding went to AI chip startups": a count or a
    class of companies as the subject states a quarter's or a sector's sum, no round of the
    story's company."""
    check(
        "Mistral AI raised $800m in June. In the first quarter, 13 AI startups raised $47 "
        "billion. About $900m in venture funding went to robotics startups this week.",
        "en",
        [{"type": FR, "subject": "Mistral AI", "amount": 800e6}],
    )


def test_a_count_of_companies_raising_states_their_sum_ko(check):
    """ "12개 AI 기업이 300억 달러를 유치했다", "스타트업들은 ... 조달했다": the same with a Korean
    counter or plural marker on the company noun."""
    check(
        "OpenAI는 290억 달러를 유치했다. 올해 12개 AI 기업이 300억 달러를 유치했다. "
        "미국 스타트업들은 1분기에 500억 달러를 조달했다.",
        "ko",
        [{"type": FR, "subject": "OpenAI", "amount": 29e9}],
    )


def test_a_count_of_companies_raising_states_their_sum_de_es(check):
    """ "haben 23 KI-Firmen ... eingesammelt", "40 startups recaudaron": German and Spanish."""
    check(
        "Mistral AI sammelte 800 Millionen Euro ein. Bis Ende März haben 23 KI-Firmen "
        "zusammen 11 Milliarden Dollar eingesammelt.",
        "de",
        [{"type": FR, "subject": "Mistral AI", "amount": 800e6}],
    )
    check(
        "Anthropic recaudó 2.600 millones de dólares. En el primer trimestre, 40 startups "
        "recaudaron 9.000 millones de dólares.",
        "es",
        [{"type": FR, "subject": "Anthropic", "amount": 2.6e9}],
    )


def test_a_count_of_companies_raising_states_their_sum_ja_zh(check):
    """ "12社が...調達した", "15家AI初创公司获得...融资": Japanese and Chinese counters."""
    check(
        "OpenAIは290億ドルを調達した。今年は12社が300億ドルを調達した。",
        "ja",
        [{"type": FR, "subject": "OpenAI", "amount": 29e9}],
    )
    check(
        "月之暗面完成12亿美元融资。今年已有15家AI初创公司获得200亿美元融资。",
        "zh",
        [{"type": FR, "subject": "Moonshot AI", "amount": 1.2e9}],
    )


def test_a_bare_class_of_startups_raising_states_their_sum_en_ko(check):
    """ "AI-related startups raised $19 billion", "investments in robotics startups reached",
    "AI 스타트업이 모금한 자금이", "levés par des start-up européennes": a class with no count
    states a sector's sum as well."""
    check(
        "Mistral AI raised $800m in June. In the third quarter, AI-related startups raised $19 "
        "billion, and investments in robotics startups reached $3 billion.",
        "en",
        [{"type": FR, "subject": "Mistral AI", "amount": 800e6}],
    )
    check(
        "OpenAI는 290억 달러를 유치했다. 올해 AI 스타트업이 모금한 자금이 1000억 달러에 달했다.",
        "ko",
        [{"type": FR, "subject": "OpenAI", "amount": 29e9}],
    )
    check(
        "Mistral AI a levé 800 millions d'euros. En 2024, 3 milliards de dollars ont été levés "
        "par des start-up européennes.",
        "fr",
        [{"type": FR, "subject": "Mistral AI", "amount": 800e6}],
    )
