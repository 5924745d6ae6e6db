"""Constructions of money facts seen on real news, round 5 (issue 11, section 2), in sentences
of our own: what makes money a round, and which amount of a sentence is the round's."""

import pytest

VAL, ROUND = "valuation", "funding_round"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a debt noun heads the amount, a raising verb takes it: borrowed money, no round
        ("Lambda secured a $1 billion syndicated senior secured credit facility.", "en"),
        ("Nscale has signed a $1.4 billion (£1 billion) delayed draw term loan.", "en"),
        ("Crusoe raised a $750 million credit facility from a fund.", "en"),
        ("xAI también busca recaudar US$3.500 millones en deuda para su centro de datos.", "es"),
        ("Mistral AIは数億ユーロの債務資金を獲得しようとしている。", "ja"),
    ],
)
def test_money_a_debt_noun_heads_is_no_round(check, text, lang):
    check(text, lang, [])


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("CoreWeave raised $1.1 billion (€1 billion) in a Series C round.", "en"),
        ("CoreWeave raised $1.1 billion in equity and debt.", "en"),
    ],
)
def test_a_round_beside_debt_words_stays_a_round(check, text, lang):
    check(text, lang, [{"type": ROUND, "subject": "CoreWeave", "amount": 1.1e9}])
