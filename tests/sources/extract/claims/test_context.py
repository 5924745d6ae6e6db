"""Helpers of the claim rules' sentence context (sources/extract/claims/context.py)."""

import pytest

from sources.extract.claims.context import opens_with_comparison
from sources.extract.rules import load_rules


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "For comparison, Meta runs 24,000 GPUs."),
        ("en", "- For comparison, Meta runs 24,000 GPUs."),
        ("en", "> | For comparison, Meta runs 24,000 GPUs."),
        ("zh", "「相比之下，Meta拥有2.4万块GPU。"),
        ("ja", "『比較すると、Metaは2万4000個のGPUを持つ。"),
    ],
)
def test_a_comparison_opening_is_found_past_quotes_bullets_and_brackets(lang, sentence):
    low = sentence.lower()
    assert opens_with_comparison(low, 0, len(low), load_rules(lang))


def test_a_comparison_later_in_the_sentence_is_no_opening():
    low = "meta runs 24,000 gpus, for comparison."
    assert not opens_with_comparison(low, 0, len(low), load_rules("en"))
