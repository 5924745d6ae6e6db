"""The committed real-news benchmark (tests/realnews): its annotation is well-formed, holds no
third-party text, covers every language, and (when the texts are at hand) is scored.

The texts are not in the repository. ``LEDGER_REALNEWS_TEXTS=DIR`` points the scoring test at
a folder of them (layout in sources/extract/realnews.py); without it that test is skipped.
"""

from __future__ import annotations

import io
import os
from collections import Counter
from pathlib import Path

import pytest

from sources.extract.commands import run_eval_real
from sources.extract.realnews import REALNEWS_DIR, load_benchmark
from sources.registry import CLAIM_TYPES, LANGUAGES, QUALIFIERS, STATUSES

BENCH = load_benchmark(REALNEWS_DIR)
FACTS = [fact for rows in BENCH.facts.values() for fact in rows]
_FACT_FIELDS = {
    "key", "type", "subject", "owner", "chip_model", "scope", "quantity", "quantity_high",
    "qualifier", "amount", "amount_high", "currency", "valuation_usd", "valuation",
    "valuation_currency", "valuation_basis", "status", "as_of", "note",
}  # fmt: skip


def test_at_least_150_articles_and_8_per_language():
    per_language = Counter(a.language for a in BENCH.articles.values())
    assert len(BENCH.articles) >= 150
    assert set(per_language) == set(LANGUAGES)
    assert min(per_language.values()) >= 8, per_language


def test_every_language_has_negative_controls_and_recent_stories():
    for lang in LANGUAGES:
        articles = [a for a in BENCH.articles.values() if a.language == lang]
        assert any(a.negative_control for a in articles), lang
        assert any(a.published.year >= 2025 for a in articles), lang
        assert all(2023 <= a.published.year <= 2026 for a in articles), lang


def test_negative_controls_state_no_fact():
    controls = {k for k, a in BENCH.articles.items() if a.negative_control}
    assert not controls & set(BENCH.facts)


def test_facts_use_the_claim_vocabulary():
    for fact in FACTS:
        assert set(fact) == _FACT_FIELDS, fact["key"]
        assert fact["type"] in CLAIM_TYPES, fact
        assert fact["status"] in STATUSES, fact
        assert fact["qualifier"] in QUALIFIERS, fact
        if fact["type"] in ("funding_round", "valuation"):
            assert fact["owner"] is None and fact["scope"] is None, fact
        else:
            assert fact["scope"] in ("total", "part"), fact


def test_no_third_party_text_is_committed():
    """Notes are ours, short and in English; the repository keeps URLs and facts only."""
    for fact in FACTS:
        note = fact["note"] or ""
        assert len(note) <= 240 and note.isascii(), fact["key"]
    for article in BENCH.articles.values():
        assert article.text_sha1 and article.text_chars, article.key
    committed = {p.name for p in Path(REALNEWS_DIR).iterdir()}
    assert not {name for name in committed if name.endswith(".txt")}


def test_urls_are_unique():
    urls = Counter(a.url for a in BENCH.articles.values())
    assert [u for u, n in urls.items() if n > 1] == []


@pytest.mark.skipif(
    not os.environ.get("LEDGER_REALNEWS_TEXTS"),
    reason="the real-news texts are not in the repository: set LEDGER_REALNEWS_TEXTS=DIR "
    "(or run `ledger eval --real DIR`, with LEDGER_ONLINE=1 to fetch them)",
)
def test_the_benchmark_scores_when_its_texts_are_there():
    out = io.StringIO()
    assert run_eval_real(os.environ["LEDGER_REALNEWS_TEXTS"], out) == 0
    assert "overall" in out.getvalue()
