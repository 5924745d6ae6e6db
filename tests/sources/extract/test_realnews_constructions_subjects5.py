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


def test_names_listed_before_an_investing_verb_invest_ko(check):
    """ "삼성전자·LG전자 등이 투자했다": every name of a list before the investing verb puts money
    in; the round is the start-up's the story is about."""
    check(
        "AI 스타트업 '카레온'이 주목받고 있다. 카레온은 서울에 본사를 두고 있다. 최근 7억 달러 "
        "규모의 펀딩 라운드에서 삼성전자·LG전자 등이 투자했다.",
        "ko",
        [{"type": FR, "subject": "카레온", "amount": 700e6}],
    )
