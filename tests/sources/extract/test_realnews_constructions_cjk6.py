"""Constructions of Chinese, Japanese and Korean news seen on real text, round 6 (issue 11,
section 2), in sentences of our own."""

import pytest

CS, CH, ROUND, VAL = "cluster_size", "chip_holding", "funding_round", "valuation"


@pytest.mark.parametrize(
    "text",
    [
        # a media noun by its region ("mainland media", "Hong Kong media"), as 外媒 is
        "据内媒报道，xAI已拥有10万张GPU。",
        "據港媒報導，xAI已擁有10萬張GPU。",
        "陆媒称，xAI已拥有10万张GPU。",
    ],
)
def test_zh_media_of_a_region_is_hearsay(check, text):
    check(text, "zh", [{"type": CH, "subject": "xAI", "quantity": 1e5, "status": "reported"}])


def test_zh_a_source_without_a_report_word_is_no_hearsay(check):
    # "据公司公告": an announcement, not hearsay
    check(
        "据公司公告，xAI已拥有10万张GPU。",
        "zh",
        [{"type": CH, "subject": "xAI", "quantity": 1e5, "status": "operational"}],
    )


def test_ko_a_sentence_glued_after_a_full_stop_has_its_own_status(check):
    # "밝혔다.블룸버그는 ...": the report of the next sentence is not this one's
    check(
        "스타트업 '브레인웨이브(Brainwave)'가 자금을 모았다.브레인웨이브는 약 3억 달러의 "
        "신규 투자를 유치했다고 5일 밝혔다.로이터는 지난 6월 브레인웨이브가 약 2억 달러의 투자 "
        "유치를 협상 중이었다고 전했다.",
        "ko",
        [
            {"type": ROUND, "subject": "Brainwave", "amount": 3e8, "status": "closed"},
            {"type": ROUND, "subject": "Brainwave", "amount": 2e8, "status": "reported"},
        ],
    )
