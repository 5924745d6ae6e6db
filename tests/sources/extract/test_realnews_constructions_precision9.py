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


def test_an_amount_before_the_rest_of_the_sum_is_a_first_part_pt_en(check):
    """ "a primeira parcela foi de US$ 2 bilhões, com o restante pago ao longo de 2025", "the
    first tranche was $1 billion, with the remainder due next year": an amount followed by a
    word for the rest of a sum is a first part, not a round."""
    check(
        "A Amazon investiu na Anthropic. A primeira parcela foi de US$ 2 bilhões, com o "
        "restante pago ao longo de 2025.",
        "pt",
        [],
    )
    check(
        "Amazon backs Anthropic. The first tranche was $1 billion, with the remainder due next "
        "year.",
        "en",
        [],
    )


def test_the_rest_of_something_else_leaves_the_round_en(check):
    """The guard: "the rest of the market" is not the rest of the amount."""
    check(
        "Anthropic raised $13 billion, leaving the rest of the market far behind.",
        "en",
        [{"type": FR, "subject": "Anthropic", "amount": 13e9}],
    )


def test_an_initial_amount_is_a_first_part_es_pt(check):
    """ "una inyección inicial de 900 millones que luego se ampliaría con 2.100 millones",
    "começando por US$ 8 bilhões iniciais": an amount an "initial" word heads is the first
    part of a sum, not a round."""
    check(
        "Google invertirá en Anthropic. El pacto prevé una inyección inicial de 900 millones "
        "de dólares que luego se ampliaría con 2.100 millones.",
        "es",
        [],
    )
    check(
        "A Nvidia investirá na OpenAI em etapas, começando por US$ 8 bilhões iniciais em março.",
        "pt",
        [],
    )


def test_an_initially_planned_round_stays_es(check):
    """The guard: the adverb ("pensaba inicialmente recaudar 3.000 millones") plans the
    round; it heads no amount."""
    check(
        "En primavera, xAI pensaba inicialmente recaudar 3.000 millones de dólares.",
        "es",
        [{"type": FR, "subject": "xAI", "amount": 3e9}],
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
