"""Status of matched facts, round 4 (issue 11, section 2): constructions seen on real news,
each in sentences of our own in the language it came from."""

from __future__ import annotations

from datetime import date

import pytest

from sources.extract import extract

PUB = date(2025, 10, 1)


@pytest.mark.parametrize(
    ("lang", "text", "status"),
    [
        (
            "ko",
            "14일(현지시간) 블룸버그통신 등에 따르면 앤트로픽은 이날 낸 성명에서 시리즈F(후속) "
            "라운드를 통해 130억 달러를 조달했다고 밝혔다.",
            "closed",
        ),
        (
            "ja",
            "ロイター通信によると、アンソロピックは同日発表した声明で、130億ドルを調達したと"
            "明らかにした。",
            "closed",
        ),
        ("zh", "据路透社报道，Anthropic当天发表声明称，已完成130亿美元融资。", "closed"),
        # the outlet's own report stays a report
        (
            "ko",
            "블룸버그통신에 따르면 앤트로픽은 시리즈F 라운드를 통해 130억 달러를 조달했다.",
            "reported",
        ),
        ("zh", "据路透社报道，Anthropic已完成130亿美元融资。", "reported"),
    ],
)
def test_an_outlet_relaying_the_company_statement_is_the_company_speaking(lang, text, status):
    """'FT 등에 따르면 X는 이날 발표한 성명에서 ... 조달했다고 밝혔다': after the outlet, the
    company names itself the speaker of a statement; the round is its own word, closed."""
    claims = extract(text, language=lang, published=PUB)
    assert [(c.type, c.subject, c.amount, c.status) for c in claims] == [
        ("funding_round", "Anthropic", 13e9, status)
    ]


def _money(text: str, lang: str) -> list[tuple[str, float | None, str]]:
    claims = extract(text, language=lang, published=PUB)
    return [(c.type, c.amount or c.valuation or c.quantity, c.status) for c in claims]


@pytest.mark.parametrize(
    "text",
    [
        "Deal watchers have been talking for months about Mistral AI looking to raise $500 "
        "million at a valuation of $6 billion.",
        "There has been talk of Lambda raising $500 million from new investors.",
    ],
)
def test_talk_of_a_raise_is_a_report(text):
    """'deal watchers have been talking about Lambda looking to raise ...': rumoured talks, a
    report, not the company's plan."""
    assert ("funding_round", 500e6, "reported") in _money(text, "en")
