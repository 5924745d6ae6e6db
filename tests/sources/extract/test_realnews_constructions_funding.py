"""Funding rounds and valuations: constructions seen on real news (issue 11, section 2),
each in sentences of our own in the language it came from."""

from __future__ import annotations

from datetime import date

from sources.extract import extract
from sources.extract.gazetteer import default_gazetteer

FR, VAL = "funding_round", "valuation"


def test_bundled_names_of_startups_that_raise(check):
    """Companies that real rounds name (Baichuan in Chinese, Databricks, 01.AI) are in the
    bundled reference data: the round is theirs, not the investor's named beside them."""
    claims = extract(
        "百川智能完成3亿美元融资，腾讯和阿里巴巴参与了本轮融资。",
        language="zh",
        published=date(2023, 10, 20),
        gazetteer=default_gazetteer(),
    )
    assert [(c.type, c.subject, c.amount, c.currency) for c in claims] == [
        (FR, "Baichuan AI", 300e6, "USD")
    ]
    claims = extract(
        "Databricks raised $10 billion in a round that values the company at $62 billion.",
        language="en",
        published=date(2024, 12, 20),
        gazetteer=default_gazetteer(),
    )
    assert [(c.type, c.subject, c.amount, c.valuation_usd) for c in claims] == [
        (FR, "Databricks", 10e9, 62e9)
    ]
