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


def test_each_row_of_a_list_of_rounds_is_its_labels_fr(check):
    """ "- Talvenn (robots agricoles) : 120 M$ Series B": a list row opened by a name and a
    colon gives every figure of the row to that name, not to the story's company named in the
    sentence before."""
    check(
        "OpenAI a levé 40 milliards de dollars en mars.\nLes plus gros tours du mois :\n"
        "- Talvenn (robots agricoles) : 120 M$ Series B – valorisation 900 M$\n"
        "- Quenby : 45 M$ Series A",
        "fr",
        [
            {"type": FR, "subject": "OpenAI", "amount": 40e9},
            {"type": FR, "subject": "Talvenn", "amount": 120e6, "valuation": 900e6},
            {"type": FR, "subject": "Quenby", "amount": 45e6},
        ],
    )


def test_a_name_before_its_amount_in_brackets_en(check):
    """ "Talvenn ($120 million Series B) and Brightfold (...)": the name right before the bracket
    holding an amount is that amount's subject."""
    check(
        "OpenAI raised $40 billion in March. The week's largest rounds: Talvenn ($120 million "
        "Series B) and Brightfold ($30 million seed round).",
        "en",
        [
            {"type": FR, "subject": "OpenAI", "amount": 40e9},
            {"type": FR, "subject": "Talvenn", "amount": 120e6},
            {"type": FR, "subject": "Brightfold", "amount": 30e6},
        ],
    )


def test_a_name_before_its_amount_in_brackets_es(check):
    """ "... y Kelso (US$690 millones en una ronda Serie B)": the second company of the sentence
    owns the bracketed amount, not the first one."""
    check(
        "OpenAI captó 40.000 millones de dólares en marzo. Arvento cerró una ronda de 2.500 "
        "millones de dólares y Kelso (US$690 millones en una ronda Serie B) también.",
        "es",
        [
            {"type": FR, "subject": "OpenAI", "amount": 40e9},
            {"type": FR, "subject": "Arvento", "amount": 2.5e9},
            {"type": FR, "subject": "Kelso", "amount": 690e6},
        ],
    )


def test_a_heading_before_a_sentence_labels_nothing_es(check):
    """ "- Hito europeo: La valoración de ... de Mistral AI": a colon followed by a sentence, not
    by the figure, makes no list row; the figure stays the company's the sentence names."""
    check(
        "- Hito europeo: La valoración de 13.000 millones de dólares de Mistral AI es grande "
        "para Europa.",
        "es",
        [{"type": VAL, "subject": "Mistral AI", "valuation": 13e9}],
    )
