"""Rounds of companies the gazetteer does not know (issue 11, section 2): the raiser is the
company named in apposition or opening the sentence, kept as written, never an investor or a
known company named beside it. Sentences of our own (invented company names), one language
each; see ``sources/extract/claims/newco.py``."""

from __future__ import annotations

from datetime import date

import pytest

from sources.extract import extract
from sources.extract.gazetteer import default_gazetteer

FR, VAL = "funding_round", "valuation"


def _bundled(text: str, lang: str) -> list[tuple[str, str, float]]:
    claims = extract(
        text, language=lang, published=date(2024, 6, 14), gazetteer=default_gazetteer()
    )
    return [(c.type, c.subject, c.amount) for c in claims]


def test_chinese_descriptive_anaphor_keeps_a_later_clauses_company_out():
    """ "这家...初创企业，获得...融资，凭借与腾讯的关系": the anaphor before the amount is the
    raiser; the company a later clause names is not."""
    assert (
        _bundled(
            "这家成立不到一年的人工智能初创企业，获得2亿美元融资，凭借与腾讯的合作迅速扩张。", "zh"
        )
        == []
    )
    assert _bundled(
        "百川智能完成3亿美元融资。这家成立仅半年的初创企业，此前获得5000万美元天使融资，"
        "并与腾讯合作。",
        "zh",
    ) == [(FR, "Baichuan AI", 300e6), (FR, "Baichuan AI", 50e6)]


def test_money_sentence_naming_nobody_continues_the_last_round():
    """A money sentence that names no company belongs to the story's last round, not to the
    company named most often (here the investor of a stake story)."""
    claims = _bundled(
        "Baichuan AI raised $300 million. Tencent joined the round. Tencent has backed several "
        "labs. Tencent expects more growth. Earlier, an angel round brought in $50 million.",
        "en",
    )
    assert (FR, "Baichuan AI", 50e6) in claims


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Former OpenAI CTO Mira Murati is raising $2 billion for her startup Thinking "
            "Machines Lab.",
        ),
        (
            "fr",
            "Mira Murati, ancienne directrice technique d'OpenAI, lève 2 milliards de dollars "
            "pour sa start-up Thinking Machines Lab.",
        ),
        (
            "de",
            "Die frühere OpenAI-Managerin Mira Murati sammelt 2 Milliarden Dollar für ihr "
            "Start-up Thinking Machines Lab ein.",
        ),
    ],
)
def test_a_persons_former_employer_is_no_raiser(lang, text):
    """ "former OpenAI CTO Mira Murati ... for her startup Thinking Machines Lab": the company
    before a person's role is the person's employer; the start-up named with a company noun
    raises the money."""
    claims = _bundled(text, lang)
    assert [c[:2] for c in claims] == [(FR, "Thinking Machines Lab")]
