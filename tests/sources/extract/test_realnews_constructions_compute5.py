"""Constructions of compute and power facts seen on real news, round 5 (issue 11, section 2),
in sentences of our own."""

import pytest

CS, CH, POWER = "cluster_size", "chip_holding", "power_capacity"


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # an outlet or analyst opening the sentence as its subject reports what it states
        (
            "SemiAnalysis列出的xAI芯片清单相当惊人:3万张H100、1万张H200。",
            "zh",
            [
                {"type": CH, "quantity": 30000.0, "status": "reported"},
                {"type": CH, "quantity": 10000.0, "status": "reported"},
            ],
        ),
        (
            "SemiAnalysis estimates that xAI runs 200,000 H100 GPUs.",
            "en",
            [{"type": CH, "quantity": 200000.0, "status": "reported"}],
        ),
        # unless it relays the company's own statement
        (
            "Bloomberg: xAI said in a statement that it runs 200,000 H100 GPUs.",
            "en",
            [{"type": CH, "quantity": 200000.0, "status": "operational"}],
        ),
    ],
)
def test_an_outlet_opening_the_sentence_reports_its_sizes(check, text, lang, expected):
    check(text, lang, expected)
