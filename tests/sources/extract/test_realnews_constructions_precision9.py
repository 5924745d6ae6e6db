"""Claims no fact supports, round 9 of the real-news work (issue 11, section 2): sums over
several companies or deals, energy read as power, and the like; each construction in
sentences of our own in the language it came from, with the guard that keeps the true claim."""

from __future__ import annotations

VAL, FR = "valuation", "funding_round"


def test_deals_counted_in_words_and_their_total_are_no_valuation_en(check):
    """ "three deals totaling over $700 million in new money, and a valuation story at X": a
    count of deals in words sums their money; the value word after it does not make the sum X's."""
    check(
        "Investors were busy this week: three deals totaling over $700 million in new money, "
        "and a valuation story at Mistral AI.",
        "en",
        [],
    )


def test_a_value_of_several_counted_companies_is_no_ones_valuation_de(check):
    """ "bewerten ... fünf ... KI-Unternehmen – darunter A, B und C – mit 900 Milliarden": the
    value of a counted group of companies, across the list naming them, is an aggregate."""
    check(
        "Insgesamt bewerten Analysten fünf große private KI-Unternehmen – darunter Anthropic, "
        "xAI und Mistral AI – mit einer Bewertung von 900 Milliarden Dollar.",
        "de",
        [],
    )


def test_a_value_stated_before_the_count_stays_the_companys_en(check):
    """The guard: a company's own value stated before a count of companies is its own."""
    check(
        "Anthropic was valued at $61.5 billion, more than the next five startups combined.",
        "en",
        [{"type": VAL, "subject": "Anthropic", "valuation": 61.5e9}],
    )


def test_companies_counted_behind_a_source_word_are_the_investors_en(check):
    """The guard: "raised $300 million from two Japanese telecom companies" counts the
    investors of one round, not the raisers of several."""
    check(
        "In May, Anthropic raised $300 million from two Japanese telecom companies.",
        "en",
        [{"type": FR, "subject": "Anthropic", "amount": 300e6}],
    )


def test_a_count_of_companies_written_with_a_space_before_its_counter_zh(check):
    """ "如今已有 10 家大模型公司估值超过百亿元": the digits and 家 may stand apart; the value
    is a threshold several companies passed, not the valuation of the company named before."""
    check(
        "月之暗面是一家大模型公司。按估值排名,如今已有 10 家大模型公司估值超过百亿元。",
        "zh",
        [],
    )


def test_the_new_companies_of_a_sector_as_subject_raise_a_sector_sum_es(check):
    """ "las nuevas empresas de IA han captado al menos US$80.000 millones": a definite plural
    company noun as the raiser is the sector; its money is a sum, not the round of the company
    named after it."""
    check(
        "Este año, las nuevas empresas de IA han captado al menos US$80.000 millones, con "
        "Anthropic en primer lugar.",
        "es",
        [],
    )


def test_one_of_the_companies_of_a_sector_is_one_company_es(check):
    """The guard: "una de las empresas europeas de IA" picks one company out; its round stays."""
    check(
        "Mistral AI, una de las empresas europeas de IA más valiosas, ha recaudado 600 millones "
        "de euros.",
        "es",
        [{"type": FR, "subject": "Mistral AI", "amount": 600e6}],
    )


def test_companies_that_do_a_thing_as_topic_raise_a_sector_sum_ja(check):
    """ "画像AIを手がける企業は500億ドルを集め": 企業 as the topic, with a clause saying which
    companies, is a class of companies; the company named after it is not the raiser."""
    check(
        "昨年、画像AIを手がける企業は500億ドルを調達し、そのうちAnthropicが首位だった。",
        "ja",
        [],
    )


def test_a_company_described_as_one_that_does_a_thing_keeps_its_round_ja(check):
    """The guard: "Anthropicは、AIを開発する企業として300億ドルを調達した": the company
    noun describes the named raiser."""
    check(
        "Anthropicは、AIを開発する企業として300億ドルを調達した。",
        "ja",
        [{"type": FR, "subject": "Anthropic", "amount": 300e8}],
    )


def test_money_invested_in_a_region_or_in_stock_is_no_round_of_the_story_fr_it_en(check):
    """ "a placé 3 milliards d'euros dans la Drôme", "metterà 2 miliardi in azioni",
    "invest about $2 billion in equity": an investee word right after the amount that leads to
    no company sends the money elsewhere (a region, a kind of stock, a part of the round); the
    investor's money is not a round of the story's company."""
    check(
        "Mistral AI a levé 600 millions d'euros. De son côté, Equinix a investi 3 milliards "
        "d'euros dans la Drôme.",
        "fr",
        [{"type": FR, "subject": "Mistral AI", "amount": 600e6}],
    )
    check(
        "xAI raccoglie 20 miliardi di dollari. Di questi, Nvidia investirà 2 miliardi di "
        "dollari in azioni ordinarie.",
        "it",
        [{"type": FR, "subject": "xAI", "amount": 20e9}],
    )
    check(
        "xAI is raising $20 billion. Nvidia will invest about $2 billion in equity, with Valor "
        "Capital leading that part.",
        "en",
        [{"type": FR, "subject": "xAI", "amount": 20e9}],
    )


def test_money_invested_at_a_date_stays_in_the_story_company_fr_it_en(check):
    """The guard: a date after the investee word ("en février", "nel 2024", "in January")
    dates the investment; with no investee named it goes into the story's company."""
    check(
        "Mistral AI a levé 600 millions d'euros. Microsoft avait par ailleurs investi 15 "
        "millions d'euros en février.",
        "fr",
        [
            {"type": FR, "subject": "Mistral AI", "amount": 600e6},
            {"type": FR, "subject": "Mistral AI", "amount": 15e6},
        ],
    )
    check(
        "xAI raccoglie 20 miliardi di dollari. Nvidia ha investito 2 miliardi di dollari nel 2024.",
        "it",
        [
            {"type": FR, "subject": "xAI", "amount": 20e9},
            {"type": FR, "subject": "xAI", "amount": 2e9},
        ],
    )
    check(
        "xAI is raising $20 billion. Nvidia invested $2 billion in January.",
        "en",
        [
            {"type": FR, "subject": "xAI", "amount": 20e9},
            {"type": FR, "subject": "xAI", "amount": 2e9},
        ],
    )


def test_money_raised_within_a_span_of_months_is_a_sum_ru_en_de(check):
    """ "За девять месяцев ... привлек 2 миллиарда", "raised $2 billion in two months", "in
    den letzten zwölf Monaten 2 Milliarden eingesammelt": what a company raised over a span of
    time sums its rounds; a round of its own in the same sentence stays ("a new round of about
    $5 billion after just over three months": "over three months" is no span of raising)."""
    check("За девять месяцев стартап Mistral AI привлек 2 миллиарда долларов инвестиций.", "ru", [])
    check(
        "Mistral AI, which raised $2 billion in two months, is now in talks for a new round of "
        "about $5 billion after just over three months.",
        "en",
        [{"type": FR, "subject": "Mistral AI", "amount": 5e9}],
    )
    check("Mistral AI hat in den letzten zwölf Monaten 2 Milliarden Euro eingesammelt.", "de", [])


def test_money_raised_since_its_founding_is_a_sum_it(check):
    """ "ha raccolto circa 50 miliardi dalla sua fondazione": the possessive form of the
    cumulative phrase, as "dalla fondazione" already was."""
    check(
        "Anthropic ha raccolto circa 50 miliardi di dollari dalla sua fondazione, quattro anni fa.",
        "it",
        [],
    )


def test_money_raised_in_a_month_stays_a_round_ru_it(check):
    """The guard: a month dates one round."""
    check(
        "В сентябре стартап Mistral AI привлек 2 миллиарда долларов инвестиций.",
        "ru",
        [{"type": FR, "subject": "Mistral AI", "amount": 2e9}],
    )
    check(
        "Anthropic ha raccolto 13 miliardi di dollari a settembre.",
        "it",
        [{"type": FR, "subject": "Anthropic", "amount": 13e9}],
    )


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
