"""Subjects, round 6 of the real-news work (issue 11, section 2): the right figure given to the
wrong subject (a company of an earlier clause, an investor, a native-script name form); each
construction in sentences of our own in the language it came from."""

from __future__ import annotations

from sources.extract import extract
from sources.extract.gazetteer import default_gazetteer
from tests.sources.extract.conftest import PUBLISHED, assert_claims

VAL, FR = "valuation", "funding_round"


def _bundled(text: str, lang: str, expected: list[dict]) -> None:
    """Extract with the bundled reference gazetteer (its native-script names) and compare."""
    claims = extract(text, language=lang, published=PUBLISHED, gazetteer=default_gazetteer())
    assert_claims(claims, expected)


def test_attracting_investment_is_a_raise_and_a_fund_formed_is_no_value_ja():
    """Japanese editions of Korean news write a raise as "投資を誘致した"; a state fund being
    formed ("100兆ウォン規模の国民ファンド組成") is a fund's size, not the story company's value."""
    _bundled(
        "フュリオサAIは500億ウォン規模の投資を誘致した。政府は100兆ウォン規模の国民ファンド"
        "組成を推進し、AI企業への再評価が始まった。",
        "ja",
        [{"type": FR, "subject": "FuriosaAI", "amount": 50e9}],
    )
