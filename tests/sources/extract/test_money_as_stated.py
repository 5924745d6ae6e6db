"""The extractor records amounts as the text states them; no Python code turns them into USD
(dbt does, in int_claims_normalized, at the claim's date)."""

from __future__ import annotations

import inspect
import re
from pathlib import Path

import pytest

from sources.extract import extract, extract_articles

ROOT = Path(__file__).resolve().parents[3]
FR = "funding_round"


def test_a_euro_round_keeps_its_euros_and_gets_no_usd(check):
    check(
        "Mistral AI raised €600 million at a valuation of €5.8 billion.",
        "en",
        [
            {
                "type": FR,
                "amount": 600e6,
                "currency": "EUR",
                "amount_usd": None,
                "valuation": 5.8e9,
                "valuation_currency": "EUR",
                "valuation_usd": None,
            }
        ],
    )


def test_dollars_the_text_states_are_kept(check):
    check(
        "xAI raised $6 billion at a post-money valuation of $24 billion.",
        "en",
        [
            {
                "type": FR,
                "amount": 6e9,
                "currency": "USD",
                "amount_usd": 6e9,
                "valuation": 24e9,
                "valuation_currency": "USD",
                "valuation_usd": 24e9,
            }
        ],
    )
    # the article's own dollar figure beside a local amount is a stated USD figure
    check(
        "OpenAI memperoleh pendanaan Rp96 triliun (US$6 miliar).",
        "id",
        [{"type": FR, "amount": 96e12, "currency": "IDR", "amount_usd": 6e9}],
    )


def test_the_extractor_takes_no_exchange_rates():
    for function in (extract, extract_articles):
        assert "fx" not in inspect.signature(function).parameters
    assert not (ROOT / "sources/extract/fx.py").exists()


def test_no_python_module_reads_exchange_rate_values():
    """Only the ECB parser (which reads the file) and the schema (which declares it) name the
    rate column; a conversion anywhere else in Python would have to read it."""
    allowed = {ROOT / "sources/reference/fx_rates.py", ROOT / "sources/schemas.py"}
    readers = [
        path.relative_to(ROOT)
        for folder in ("sources", "orchestration")
        for path in (ROOT / folder).rglob("*.py")
        if path not in allowed
        and re.search(r"units_per_(eur|usd)|to_usd\b", path.read_text(encoding="utf-8"))
    ]
    assert readers == []


def test_dbt_converts_news_amounts_in_one_model():
    models = ROOT / "dbt_project/models"
    converting = sorted(
        path.name
        for path in models.rglob("*.sql")
        if re.search(r"/\s*\w*\.?units_per_usd", path.read_text(encoding="utf-8"))
    )
    assert converting == ["int_claims_normalized.sql"]


@pytest.mark.parametrize(
    ("text", "lang", "currency"),
    [
        # other dollars keep their currency, whether a code, a sign or a national word names it
        ("xAI a levé 330 M$ AUD pour son campus.", "fr", "AUD"),
        ("xAI a levé 500 M$ australiens pour son campus.", "fr", "AUD"),
        ("xAI raised AU$500 million for its campus.", "en", "AUD"),
        ("xAI raised 500 million Australian dollars for its campus.", "en", "AUD"),
        ("xAI hat 500 Millionen australische Dollar eingesammelt.", "de", "AUD"),
        ("xAI recaudó 500 millones de dólares australianos.", "es", "AUD"),
        ("A xAI captou 500 milhões de dólares canadenses.", "pt", "CAD"),
        ("xAI ha raccolto 500 milioni di dollari canadesi.", "it", "CAD"),
        ("xAI привлекла 500 млн австралийских долларов.", "ru", "AUD"),
        ("xAI mengumpulkan dana 500 juta dolar Australia.", "id", "AUD"),
        ("xAI融资5亿澳元。", "zh", "AUD"),
        ("xAIは5億豪ドルを調達した。", "ja", "AUD"),
        ("xAI는 5억 호주달러를 유치했다.", "ko", "AUD"),
    ],
)
def test_other_dollars_keep_their_currency(run, text, lang, currency):
    rounds = [c for c in run(text, lang) if c.type == FR]
    amount = 330e6 if "330" in text else 500e6
    assert [(c.subject, c.amount, c.currency) for c in rounds] == [("xAI", amount, currency)]


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        # Indian English counts in lakhs and crores, and writes the rupee "Rs"
        ("xAI raised Rs 1,500 crore from investors.", 15e9, "INR"),
        ("xAI raised ₹40 lakh from angels.", 4e6, "INR"),
        # a hyphenated amount before its noun, and "MM" for millions
        ("xAI closed a $6-billion round.", 6e9, "USD"),
        ("xAI raised $150MM in new funding.", 150e6, "USD"),
    ],
)
def test_english_amount_forms(run, text, amount, currency):
    rounds = [c for c in run(text, "en") if c.type == FR]
    assert [(c.subject, c.amount, c.currency) for c in rounds] == [("xAI", amount, currency)]
