"""Round-9 review, compute (issue 11): sentences of our own where a round-9 rule broke an
ordinary sentence; the rules' own tests stay in the round-9 files."""

import pytest

CS, CH = "cluster_size", "chip_holding"


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a system phrase with another holder between it and the count is not the count's
        # subject; "the machine learning team" names no machine
        (
            "Unlike the system at Google, Meta owns 120,000 H100 GPUs.",
            "en",
            [{"type": CH, "subject": "Meta", "quantity": 120000.0}],
        ),
        (
            "The machine learning group at Meta uses 90,000 H100 GPUs.",
            "en",
            [{"type": CH, "subject": "Meta", "quantity": 90000.0}],
        ),
    ],
)
def test_a_system_phrase_that_is_not_the_counts_subject_keeps_a_holding(
    check, text, lang, expected
):
    check(text, lang, expected)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a sale or purchase word of a later clause does not govern the count
        (
            "Meta는 H100 8만 개를 보유하고 있지만 판매는 하지 않는다.",
            "ko",
            [{"type": CH, "subject": "Meta", "quantity": 80000.0}],
        ),
        (
            "MetaはH100を8万個保有しているが販売はしていない。",
            "ja",
            [{"type": CH, "subject": "Meta", "quantity": 80000.0}],
        ),
    ],
)
def test_a_sale_word_of_a_later_clause_keeps_a_holding_ko_ja(check, text, lang, expected):
    check(text, lang, expected)
