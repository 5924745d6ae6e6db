"""Korean end to end: an article dropped in the inbox is detected as Korean, read with the
Korean rules (Hangul myriads, 원, 시리즈C), and its round reaches the marts priced in USD."""

from __future__ import annotations

import duckdb
import pytest

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("warehouse")]

# written for this test; Rebellions is in the reference data with its Hangul name 리벨리온
ARTICLE = """---
title: 리벨리온, 시리즈C 투자 유치
url: https://example.com/ko/rebellions-series-c
published: 2025-03-15
---
국내 AI 반도체 기업 리벨리온은 시리즈C 라운드에서 2,500억 원을 조달했다고 15일 밝혔다.
이번 투자에는 국내외 기관 투자자들이 참여했다.
"""


def test_a_korean_inbox_article_becomes_claims_and_a_mart_row(built_home, tmp_path):
    home = built_home[0].copy_to(tmp_path / "home")
    inbox = home.path / "inbox"
    inbox.mkdir(parents=True, exist_ok=True)
    (inbox / "rebellions.md").write_text(ARTICLE, encoding="utf-8")
    result = home.ledger("build")
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    with duckdb.connect(str(home.duckdb_path), read_only=True) as conn:
        article_id, language = conn.execute(
            "select article_id, language from raw.news_articles where source = 'inbox'"
        ).fetchone()
        assert language == "ko"
        claims = conn.execute(
            "select type, subject, amount, currency, status, rule from raw.news_claims "
            "where article_id = ?",
            [article_id],
        ).fetchall()
        assert [c[:5] for c in claims] == [("funding_round", "Rebellions", 2.5e11, "KRW", "closed")]
        assert claims[0][5].startswith("ko.")
        row = conn.execute(
            "select currency, amount_native, amount_usd, status from marts.fct_funding_rounds "
            "where company_name = 'Rebellions'"
        ).fetchone()
    assert row[0] == "KRW" and row[1] == 2.5e11 and row[3] == "closed"
    assert 1e8 < row[2] < 3e8  # 250 billion won is about 170 million dollars
