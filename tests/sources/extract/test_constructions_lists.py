"""Lists: constructions seen on real news (issue 11, section 2) that give each name of a list its
own figure (roundups, bulleted and numbered rows, "respectively", gapped lists, amounts sharing
one currency) and the lists that are no rounds. The sentences are our own, in the language each
construction came from."""

from __future__ import annotations

import pytest

from tests.sources.extract.conftest import check_bundled

CH, ROUND, VAL = "chip_holding", "funding_round", "valuation"


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # chip before its count, counter or conjunction after it: the next chip is the next
        # item's
        (
            "xAI가 확보할 GPU는 엔비디아 B200 1만80장과 H200 3056장이다.",
            "ko",
            [
                {"type": CH, "quantity": 10080.0, "chip_model": "B200"},
                {"type": CH, "quantity": 3056.0, "chip_model": "H200"},
            ],
        ),
        (
            "xAIが調達するGPUはB200が1万基、H200が3000基だ。",
            "ja",
            [
                {"type": CH, "quantity": 10000.0, "chip_model": "B200"},
                {"type": CH, "quantity": 3000.0, "chip_model": "H200"},
            ],
        ),
        # several chips listed before one count: none of them is its chip
        (
            "xAI가 엔비디아의 최신 B200, H200 GPU 총 1만3000장을 확보한다.",
            "ko",
            [{"type": CH, "quantity": 13000.0, "chip_model": None}],
        ),
        # count before chip with a conjunction between items keeps each item's chip
        (
            "据估计,xAI拥有10,000台H800和10,000台H100。",
            "zh",
            [
                {"type": CH, "quantity": 10000.0, "chip_model": "H800"},
                {"type": CH, "quantity": 10000.0, "chip_model": "H100-SXM"},
            ],
        ),
    ],
)
def test_chips_of_listed_counts(check, text, lang, expected):
    check(text, lang, expected)


def test_valuations_listed_for_several_companies(check):
    """A valuation in brackets after a name, or after "and" with a name of its own, is that
    company's: not the first company of the sentence."""
    check(
        "xAI has outpaced rivals such as Anthropic ($19 billion valuation) and OpenAI ($90 "
        "billion valuation).",
        "en",
        [
            {"type": VAL, "subject": "Anthropic", "amount": 19e9},
            {"type": VAL, "subject": "OpenAI", "amount": 90e9},
        ],
    )
    check(
        "A Anthropic foi avaliada em US$ 60 bilhões e a OpenAI em US$ 300 bilhões.",
        "pt",
        [
            {"type": VAL, "subject": "Anthropic", "amount": 60e9},
            {"type": VAL, "subject": "OpenAI", "amount": 300e9},
        ],
    )


def test_a_list_item_opening_with_an_unknown_name_is_its_raiser_en(check):
    """ "- Borlix raised $200m": a bulleted item of a roundup opens with its own raiser, as a
    sentence would, over the story's company named before (a known one)."""
    check(
        "Mistral AI closed a $800m round on Monday.\n\nThe week in brief\n"
        "- Borlix raised $200m to build inference chips.\n"
        "- Quantel Labs raised $45m for its photonic interconnect.",
        "en",
        [
            {"type": ROUND, "subject": "Mistral AI", "amount": 800e6},
            {"type": ROUND, "subject": "Borlix", "amount": 200e6},
            {"type": ROUND, "subject": "Quantel Labs", "amount": 45e6},
        ],
    )


def test_a_numbered_item_opening_with_an_unknown_name_is_its_raiser_de(check):
    """ "1. Borlix sammelte 200 Millionen Euro ein": a numbered item the same way."""
    check(
        "Mistral AI hat 800 Millionen Euro eingesammelt.\n"
        "1. Borlix sammelte 200 Millionen Euro ein.\n"
        "2. Quantel hat 45 Millionen Euro eingesammelt.",
        "de",
        [
            {"type": ROUND, "subject": "Mistral AI", "amount": 800e6},
            {"type": ROUND, "subject": "Borlix", "amount": 200e6},
            {"type": ROUND, "subject": "Quantel", "amount": 45e6},
        ],
    )


def test_respectively_pairs_each_raiser_with_its_amount_en(check):
    """ "Anthropic and Mistral AI raised $7 billion and $800 million respectively": the n-th
    name of the list raised the n-th amount, not the first name both."""
    check(
        "Anthropic and Mistral AI raised $7 billion and $800 million respectively.",
        "en",
        [
            {"type": ROUND, "subject": "Anthropic", "amount": 7e9},
            {"type": ROUND, "subject": "Mistral AI", "amount": 800e6},
        ],
    )


def test_respectively_with_investors_is_still_their_shares_en(check):
    """The guard: backers listed with "respectively" give their shares of one investment, no
    round of their own."""
    check(
        "Microsoft and NVIDIA will invest up to $3 billion and $7 billion respectively in "
        "Anthropic.",
        "en",
        [],
    )


def test_respectively_pairs_each_raiser_with_its_amount_ko_ja_zh(check):
    """ "A과 B가 각각 45억 달러, 8억 달러를 투자받았다", "AとBはそれぞれ...", "A和B分别获得...":
    the same in Korean, Japanese and Chinese (a 각각 right before the first amount is no
    investor's share when the names before it are raisers)."""
    both = [
        {"type": ROUND, "subject": "Anthropic", "amount": 45e8},
        {"type": ROUND, "subject": "Mistral AI", "amount": 8e8},
    ]
    check("Anthropic과 Mistral AI가 각각 45억 달러, 8억 달러를 투자받았다.", "ko", both)
    check("AnthropicとMistral AIはそれぞれ45億ドルと8億ドルを調達した。", "ja", both)
    check("Anthropic和Mistral AI分别获得45亿美元和8亿美元融资。", "zh", both)


def test_a_list_of_amounts_names_its_currency_once_es_fr_de(check):
    """ "7.000 millones y 800 millones de dólares", "7 milliards et 800 millions de dollars",
    "7 Milliarden beziehungsweise 800 Millionen Dollar": the first amount of a list shares the
    currency named after the last, and each raiser keeps its own."""
    both = [
        {"type": ROUND, "subject": "Anthropic", "amount": 7e9, "currency": "USD"},
        {"type": ROUND, "subject": "Mistral AI", "amount": 8e8, "currency": "USD"},
    ]
    check(
        "Anthropic y Mistral AI recaudaron 7.000 millones y 800 millones de dólares, "
        "respectivamente.",
        "es",
        both,
    )
    check(
        "Anthropic et Mistral AI ont levé respectivement 7 milliards et 800 millions de dollars.",
        "fr",
        both,
    )
    check(
        "Anthropic und Mistral AI sammelten 7 Milliarden beziehungsweise 800 Millionen Dollar ein.",
        "de",
        both,
    )


def test_a_gapped_list_gives_each_name_its_amount_en_fr_es(check):
    """ "Anthropic raised $7 billion, Mistral AI took $800 million and xAI $9 billion": an item
    that leaves out the verb of the one before ("and xAI $9 billion") still names its own
    raiser, not the subject of the item before."""
    three = [
        {"type": ROUND, "subject": "Anthropic", "amount": 7e9},
        {"type": ROUND, "subject": "Mistral AI", "amount": 8e8},
        {"type": ROUND, "subject": "xAI", "amount": 9e9},
    ]
    check(
        "Anthropic raised $7 billion, Mistral AI took $800 million and xAI $9 billion.", "en", three
    )
    check(
        "Anthropic a levé 7 milliards de dollars, Mistral AI 800 millions de dollars et xAI 9 "
        "milliards de dollars.",
        "fr",
        three,
    )
    check(
        "Anthropic recaudó 7.000 millones de dólares, Mistral AI 800 millones de dólares y xAI "
        "9.000 millones de dólares.",
        "es",
        three,
    )


def test_a_gapped_list_gives_each_name_its_amount_ru_pt(check):
    """ "Mistral AI — $800 млн, а xAI — $9 млрд", "a Mistral AI 800 milhões e a xAI ...": a dash
    or an article between the listed name and its amount."""
    check(
        "Anthropic привлекла $7 млрд, Mistral AI — $800 млн, а xAI — $9 млрд.",
        "ru",
        [
            {"type": ROUND, "subject": "Anthropic", "amount": 7e9},
            {"type": ROUND, "subject": "Mistral AI", "amount": 8e8},
            {"type": ROUND, "subject": "xAI", "amount": 9e9},
        ],
    )
    check(
        "A Anthropic captou US$ 7 bilhões, a Mistral AI US$ 800 milhões e a xAI US$ 9 bilhões.",
        "pt",
        [
            {"type": ROUND, "subject": "Anthropic", "amount": 7e9},
            {"type": ROUND, "subject": "Mistral AI", "amount": 8e8},
            {"type": ROUND, "subject": "xAI", "amount": 9e9},
        ],
    )


def test_two_coordinated_raisers_of_one_amount_get_a_joint_sum_ru_en_es(check):
    """ "OpenAI и стартап Crusoe получили финансирование в $8 млрд": two companies that could
    raise, joined as the subject of one amount with no "respectively", got it together (a
    project's financing), no round of the first one named."""
    check(
        "OpenAI и стартап Crusoe получили финансирование в $8 млрд на новые корпуса в Техасе.",
        "ru",
        [],
    )
    check(
        "Anthropic and Mistral AI received $5 billion in financing to build a shared data centre.",
        "en",
        [],
    )
    check(
        "OpenAI y Crusoe obtuvieron una financiación de 8.000 millones de dólares para "
        "levantar dos naves en Texas.",
        "es",
        [],
    )


def test_investors_coordinated_after_the_raiser_leave_its_round_en(check):
    """The guard: backers joined by "and" after the raiser are no second raiser."""
    check(
        "Anthropic raised $7 billion from Google and Amazon.",
        "en",
        [{"type": ROUND, "subject": "Anthropic", "amount": 7e9}],
    )


def test_the_sentence_after_a_respectively_list_keeps_its_order_en_ko(check):
    """ "The two companies are now valued at $70 billion and $9 billion", "두 회사는 720억
    달러와 90억 달러의 기업가치를": a sentence that names no company right after a list of
    raisers gives as many values in the same order (in Korean, the amounts joined by a
    particle share the value noun after the second)."""
    check(
        "Anthropic and Mistral AI raised $7 billion and $800 million respectively. The two "
        "companies are now valued at $70 billion and $9 billion.",
        "en",
        [
            {"type": ROUND, "subject": "Anthropic", "amount": 7e9},
            {"type": ROUND, "subject": "Mistral AI", "amount": 8e8},
            {"type": VAL, "subject": "Anthropic", "amount": 70e9},
            {"type": VAL, "subject": "Mistral AI", "amount": 9e9},
        ],
    )
    check(
        "Anthropic과 Mistral AI가 각각 45억 달러, 8억 달러를 투자받았다. 두 회사는 720억 달러와 "
        "90억 달러의 기업가치를 인정받았다.",
        "ko",
        [
            {"type": ROUND, "subject": "Anthropic", "amount": 45e8},
            {"type": ROUND, "subject": "Mistral AI", "amount": 8e8},
            {"type": VAL, "subject": "Anthropic", "amount": 720e8},
            {"type": VAL, "subject": "Mistral AI", "amount": 9e9},
        ],
    )


def test_the_sentence_after_a_respectively_list_keeps_its_order_ja_zh(check):
    """ "両社の評価額は720億ドルと90億ドル", "两家公司估值分别为720亿美元和90亿美元": a value
    noun before amounts joined by a particle gives both."""
    both = [
        {"type": ROUND, "subject": "Anthropic", "amount": 45e8},
        {"type": ROUND, "subject": "Mistral AI", "amount": 8e8},
        {"type": VAL, "subject": "Anthropic", "amount": 720e8},
        {"type": VAL, "subject": "Mistral AI", "amount": 9e9},
    ]
    check(
        "AnthropicとMistral AIはそれぞれ45億ドルと8億ドルを調達した。両社の評価額は720億ドルと"
        "90億ドルだった。",
        "ja",
        both,
    )
    check(
        "Anthropic和Mistral AI分别获得45亿美元和8亿美元融资。两家公司估值分别为720亿美元"
        "和90亿美元。",
        "zh",
        both,
    )


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a list of rounds: the opening line speaks of raising, each item is a name and an amount
        (
            "Startups raised record sums this year. The biggest rounds so far:\n"
            "- Anthropic: $13 billion in September\n"
            "- Mistral AI - €1.7 billion\n",
            "en",
            [
                {"type": ROUND, "subject": "Anthropic", "amount": 13e9},
                {"type": ROUND, "subject": "Mistral AI", "amount": 1.7e9, "currency": "EUR"},
            ],
        ),
        (
            "Крупнейшие раунды финансирования квартала:\n\n"
            "xAI - $6 млрд;\n\n"
            "Safe Superintelligence - $3 млрд.",
            "ru",
            [
                {"type": ROUND, "subject": "xAI", "amount": 6e9},
                {"type": ROUND, "subject": "Safe Superintelligence", "amount": 3e9},
            ],
        ),
        (
            "Les start-up qui ont levé deux fois cette année\n"
            "Certaines sont revenues voir les investisseurs :\n"
            "- Anthropic : 13 Md$ en septembre + 3,5 Md$ en mars\n",
            "fr",
            [
                {"type": ROUND, "subject": "Anthropic", "amount": 13e9},
                {"type": ROUND, "subject": "Anthropic", "amount": 3.5e9},
            ],
        ),
    ],
)
def test_the_items_of_a_list_of_rounds_are_rounds(check, text, lang, expected):
    check(text, lang, expected)


@pytest.mark.parametrize(
    "text",
    [
        # a list opened by spending, or in a story that never speaks of raising, is no rounds list
        "Anthropic raised $13 billion. The capex plans of the year:\n"
        "- Anthropic - $50 billion\n- Mistral AI - $10 billion\n",
        "The biggest deals of the quarter:\n- Anthropic - $13 billion\n- Mistral AI - $2 billion\n",
    ],
)
def test_other_lists_of_amounts_are_no_rounds(check, text):
    claims = check(text, "en", [], exact=False)
    assert [c.amount for c in claims if c.type == ROUND] in ([], [13e9])


def test_a_numbered_list_of_rounds(check):
    check(
        "The largest venture rounds ever raised by AI startups are:\n"
        "1. Anthropic – $13 Billion (September 2025)\n"
        "2. xAI – $6 Billion (May 2024)\n",
        "en",
        [
            {"type": ROUND, "subject": "Anthropic", "amount": 13e9},
            {"type": ROUND, "subject": "xAI", "amount": 6e9},
        ],
    )


def test_chip_makers_listed_with_respectively_raise_their_own_rounds(check):
    check(
        "Enflame and Groq raised $500 million and $250 million respectively.",
        "en",
        [
            {"type": ROUND, "subject": "Enflame", "amount": 5e8},
            {"type": ROUND, "subject": "Groq", "amount": 2.5e8},
        ],
    )


def test_each_row_of_a_list_of_rounds_is_its_labels_fr(check):
    """ "- Talvenn (robots agricoles) : 120 M$ Series B": a list row opened by a name and a
    colon gives every figure of the row to that name, not to the story's company named in the
    sentence before."""
    check(
        "OpenAI a levé 40 milliards de dollars en mars.\nLes plus gros tours du mois :\n"
        "- Talvenn (robots agricoles) : 120 M$ Series B – valorisation 900 M$\n"
        "- Quenby : 45 M$ Series A",
        "fr",
        [
            {"type": ROUND, "subject": "OpenAI", "amount": 40e9},
            {"type": ROUND, "subject": "Talvenn", "amount": 120e6, "valuation": 900e6},
            {"type": ROUND, "subject": "Quenby", "amount": 45e6},
        ],
    )


def test_a_name_before_its_amount_in_brackets_en(check):
    """ "Talvenn ($120 million Series B) and Brightfold (...)": the name right before the bracket
    holding an amount is that amount's subject."""
    check(
        "OpenAI raised $40 billion in March. The week's largest rounds: Talvenn ($120 million "
        "Series B) and Brightfold ($30 million seed round).",
        "en",
        [
            {"type": ROUND, "subject": "OpenAI", "amount": 40e9},
            {"type": ROUND, "subject": "Talvenn", "amount": 120e6},
            {"type": ROUND, "subject": "Brightfold", "amount": 30e6},
        ],
    )


def test_a_name_before_its_amount_in_brackets_es(check):
    """ "... y Kelso (US$690 millones en una ronda Serie B)": the second company of the sentence
    owns the bracketed amount, not the first one."""
    check(
        "OpenAI captó 40.000 millones de dólares en marzo. Arvento cerró una ronda de 2.500 "
        "millones de dólares y Kelso (US$690 millones en una ronda Serie B) también.",
        "es",
        [
            {"type": ROUND, "subject": "OpenAI", "amount": 40e9},
            {"type": ROUND, "subject": "Arvento", "amount": 2.5e9},
            {"type": ROUND, "subject": "Kelso", "amount": 690e6},
        ],
    )


def test_a_heading_before_a_sentence_labels_nothing_es(check):
    """ "- Hito europeo: La valoración de ... de Mistral AI": a colon followed by a sentence, not
    by the figure, makes no list row; the figure stays the company's the sentence names."""
    check(
        "- Hito europeo: La valoración de 13.000 millones de dólares de Mistral AI es grande "
        "para Europa.",
        "es",
        [{"type": VAL, "subject": "Mistral AI", "valuation": 13e9}],
    )


def test_a_period_heading_a_row_is_no_company_fr(check):
    """ "- Q3 : 20 M$ Series B": a quarter or a month opening a list row is no company; the
    row's figure stays the story's start-up's."""
    check(
        "La start-up Quenby a levé 40 millions de dollars en mars.\n- Q3 : 20 M$ Series B",
        "fr",
        [
            {"type": ROUND, "subject": "Quenby", "amount": 40e6},
            {"type": ROUND, "subject": "Quenby", "amount": 20e6},
        ],
    )


def test_a_respective_list_with_one_known_name_gives_it_its_place_only_ko(check):
    """ "Anthropic과 케스트렐랩스는 ... 각각 35억 달러, 2억 달러를": of a "respectively" list whose
    other item the gazetteer lacks, the known company opening it takes only the amount in
    its place (here the first; the second is the unknown company's); the next sentence's
    pair of values ("이들 기업은 ...") is paired the same way."""
    check(
        "Anthropic과 케스트렐랩스는 지난해 투자자들로부터 각각 35억 달러, 2억 달러를 "
        "유치했다. 이들 기업은 600억 달러와 50억 달러의 기업가치를 인정받았다.",
        "ko",
        [{"type": VAL, "subject": "Anthropic", "valuation": 60e9}],
    )


def test_a_respective_list_with_one_known_name_last_en(check):
    """ "Kestrel Labs and Anthropic raised $240 million and $3.5 billion respectively": the
    known company closing the list takes the last amount only."""
    check(
        "Kestrel Labs and Anthropic raised $240 million and $3.5 billion respectively this "
        "quarter.",
        "en",
        [{"type": ROUND, "subject": "Anthropic", "amount": 3.5e9}],
    )


def test_a_name_among_the_amounts_with_one_after_it_is_no_new_list_ko(check):
    """The guard: a name inside the second item ("OpenAI 공동 창업자가 세운", founded by an
    OpenAI co-founder) starts no list of its own; the second amount is not Anthropic's."""
    check(
        "Anthropic이 35억 달러, OpenAI 공동 창업자가 세운 신생 기업 케스트렐이 20억 달러를 각각 "
        "유치했다.",
        "ko",
        [{"type": ROUND, "subject": "Anthropic", "amount": 3.5e9}],
    )


def test_respectively_pairs_only_rounds_with_rounds(check):
    """Rounds and valuations in one "respectively" sentence pair each kind by position."""
    check(
        "Kestrel Labs and xAI raised $240M and $6B respectively, at valuations of $1B and $24B.",
        "en",
        [{"type": ROUND, "subject": "xAI", "amount": 6e9}],
        exact=False,
    )


def test_respectively_after_another_round_keeps_its_own_list(check):
    check(
        "Anthropic raised $4B, and xAI raised $1B and $2B respectively in two rounds.",
        "en",
        [
            {"type": ROUND, "subject": "Anthropic", "amount": 4e9},
            {"type": ROUND, "subject": "xAI", "amount": 1e9},
            {"type": ROUND, "subject": "xAI", "amount": 2e9},
        ],
        exact=False,
    )


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # one value word for a "respectively" list of three amounts: each is a valuation, of
        # the company in the same place of the list of names
        (
            "Anthropic, Mistral AI and Cohere were valued at $2 billion, $1.5 billion and "
            "$1 billion respectively.",
            "en",
        ),
        ("Anthropic、Mistral AI、Cohere分别以20亿美元、15亿美元、10亿美元估值上榜。", "zh"),
    ],
)
def test_a_respectively_list_of_three_values_pairs_by_place(text, lang):
    check_bundled(
        text,
        lang,
        [
            {"type": VAL, "subject": "Anthropic", "amount": 2e9},
            {"type": VAL, "subject": "Mistral AI", "amount": 1.5e9},
            {"type": VAL, "subject": "Cohere", "amount": 1e9},
        ],
    )
