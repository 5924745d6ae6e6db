"""Subjects, round 5 of the real-news work (issue 11, section 2): the right figure given to the
wrong subject, mostly a company the reference data lacks, or an investor put in the raiser's
place; each construction in sentences of our own in the language it came from."""

from __future__ import annotations

VAL, FR = "valuation", "funding_round"


def test_a_firm_leading_the_round_is_no_raiser_id(check):
    """ "perusahaan modal ventura Benchmark memimpin putaran ...": the name right before a leading
    verb puts the money in; the company noun introducing it is no anaphor for the story's
    company, so the round is the start-up's the text introduced ("Kavira, sebuah startup")."""
    check(
        "Meta membeli Kavira, sebuah startup AI dari Singapura. Pada April, perusahaan modal "
        "ventura Benchmark memimpin putaran pendanaan sebesar $75 juta yang memberikan valuasi "
        "kepada Kavira sebesar $500 juta.",
        "id",
        [{"type": FR, "subject": "Kavira", "amount": 75e6, "valuation": 500e6}],
    )


def test_a_firm_leading_the_round_is_no_raiser_en(check):
    """ "the venture firm Crestline led a $40 million round in Orbital": the firm leads, the
    start-up named after the amount raises."""
    check(
        "Orbital, an AI chip startup based in Ohio, is growing fast. In March the venture firm "
        "Crestline led a $40 million round in Orbital.",
        "en",
        [{"type": FR, "subject": "Orbital", "amount": 40e6}],
    )


def test_a_title_case_headline_makes_no_surname(check):
    """A headline capitalises every word ("Meta Buys Kavira In Surprise Deal"): the word before
    a name there is no first name, so the start-up the body introduces stays a company."""
    check(
        "Meta Buys Kavira In Surprise Deal\nMeta bought Kavira, an AI startup based in "
        "Singapore. A round in April valued Kavira at $500 million.",
        "en",
        [{"type": VAL, "subject": "Kavira", "valuation": 500e6}],
    )


def test_invested_in_a_name_makes_it_no_place_id(check):
    """ "berinvestasi di Kavira": after an investing verb the place word "di" names the company
    invested in, not a place; the earlier round is that start-up's."""
    check(
        "Meta membeli Kavira, sebuah startup AI dari Singapura. Sebelumnya Tencent berinvestasi "
        "di Kavira melalui putaran pendanaan sebesar $10 juta.",
        "id",
        [{"type": FR, "subject": "Kavira", "amount": 10e6}],
    )


def test_a_company_noun_and_a_latin_gloss_introduce_a_name_ko(check):
    """ "반도체 스타트업 카레온(Kareon)": a Korean name after a company noun, with its Latin name
    in brackets, is a company wherever the text names it, under its Latin name; the valuation
    two sentences on is its, not the story's first company's."""
    check(
        "OpenAI는 지난해 66억 달러를 유치했다. 반도체 스타트업 카레온(Kareon)은 엔비디아와 "
        "협력하고 있다. 당시 카레온은 약 5억 달러의 기업가치를 인정받았다.",
        "ko",
        [
            {"type": FR, "subject": "OpenAI", "amount": 6.6e9},
            {"type": VAL, "subject": "Kareon", "valuation": 500e6},
        ],
    )


def test_a_quoted_name_after_a_company_noun_is_a_company_ko(check):
    """ "AI 스타트업 '카레온'": a quoted name after a company noun is a company; its later
    sentence's valuation is its own (written as the text writes it)."""
    check(
        "OpenAI는 지난해 66억 달러를 유치했다. 네이버·LG전자 등이 AI 스타트업 '카레온'에 "
        "투자했다. 카레온은 이번 투자에서 기업 가치는 20억 달러로 평가됐다.",
        "ko",
        [
            {"type": FR, "subject": "OpenAI", "amount": 6.6e9},
            {"type": VAL, "subject": "카레온", "valuation": 2e9},
        ],
    )


def test_names_listed_before_an_investing_verb_invest_ko(check):
    """ "삼성전자·LG전자 등이 투자했다": every name of a list before the investing verb puts money
    in; the round is the start-up's the story is about."""
    check(
        "AI 스타트업 '카레온'이 주목받고 있다. 카레온은 서울에 본사를 두고 있다. 최근 7억 달러 "
        "규모의 펀딩 라운드에서 삼성전자·LG전자 등이 투자했다.",
        "ko",
        [{"type": FR, "subject": "카레온", "amount": 700e6}],
    )


def test_a_latin_gloss_names_a_company_ja(check):
    """ "米新興企業カレオン(Kareon)": the Latin name in brackets after a katakana name a company
    noun introduces is the company's name."""
    check(
        "OpenAIは昨年66億ドルを調達した。米新興企業カレオン(Kareon)は評価額5億ドルで1億ドルを調達"
        "した。",
        "ja",
        [
            {"type": FR, "subject": "OpenAI", "amount": 6.6e9},
            {"type": FR, "subject": "Kareon", "amount": 100e6, "valuation": 500e6},
        ],
    )
