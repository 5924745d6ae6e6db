"""Claims no fact supports, round 9 of the real-news work (issue 11, section 2): sums over
several companies or deals, energy read as power, and the like; each construction in
sentences of our own in the language it came from, with the guard that keeps the true claim."""

from __future__ import annotations

VAL, FR = "valuation", "funding_round"


def test_a_figure_in_the_condition_that_opens_a_sentence_is_a_premise_id(check):
    """ "Kalau dinaikkan ke 50 juta GPU, butuh ...", "Lalu, jika OpenAI memesan 10-20
    gigawatt, ...": a figure in the condition itself, which opens the
    sentence (after at most one word and a comma), is a premise, not a fact."""
    check(
        "OpenAI menargetkan 1 juta GPU. Kalau dinaikkan ke 50 juta GPU, butuh sekitar 40 "
        "gigawatt listrik.",
        "id",
        [{"type": "chip_holding", "subject": "OpenAI", "quantity": 1e6}],
    )
    check(
        "Lalu, jika OpenAI memesan 10-20 gigawatt, biayanya bisa mencapai US$800 miliar.",
        "id",
        [],
    )


def test_a_figure_in_the_main_clause_after_a_condition_stays_en(check):
    """The guard: the main clause after the condition states what the deal would bring; its
    figure stays (as a report, see after_condition)."""
    check(
        "If Mistral AI raises $2 billion, the round would value it at $20 billion.",
        "en",
        [{"type": VAL, "subject": "Mistral AI", "valuation": 20e9}],
    )


def test_a_figure_before_a_condition_ending_is_a_premise_ko(check):
    """ "50만 대의 H100이 ... 전기를 더하면 ...": in verb-final order the condition closes
    after the figure ("합하면", if one adds); the figure is a premise, not a holding."""
    check(
        "Microsoft는 H100을 보유하고 있다. 50만 대의 H100이 하루에 쓰는 전기를 더하면 "
        "중소 도시 하나의 소비량과 비슷하다.",
        "ko",
        [],
    )


def test_according_to_is_no_condition_ko(check):
    """The guard: "업계에 따르면" (according to) ends in the same syllable but states a report."""
    check(
        "업계에 따르면 Microsoft는 15만 대의 H100을 보유하고 있다.",
        "ko",
        [{"type": "chip_holding", "subject": "Microsoft", "quantity": 150000.0}],
    )
