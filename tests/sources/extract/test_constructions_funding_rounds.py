"""Funding rounds and valuations: constructions seen on real news (issue 11, section 2) that
make money a round or a valuation, which amount of a sentence is the round's, and what a round
is made of. Each construction is tested in sentences of our own, in the language it came from."""

from __future__ import annotations

import pytest

from sources.extract import extract
from sources.extract.claims import drops as why
from sources.extract.gazetteer import default_gazetteer
from tests.sources.extract.conftest import PUBLISHED, check_bundled, drop_reasons, run

CH, ROUND, VAL = "chip_holding", "funding_round", "valuation"


# --- what makes money a round ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # 투자금 (investment money) taken in: a raise, not an investment the company makes
        "xAI는 올해 초 여러 벤처캐피털로부터 7000만 달러 규모의 투자금을 유치했다.",
        "xAI는 7000만 달러의 투자금을 확보했다.",
    ],
)
def test_ko_investment_money_taken_in_is_a_round(check, text):
    check(text, "ko", [{"type": ROUND, "subject": "xAI", "amount": 7e7}])


def test_strategic_investment_with_the_amount_restated_in_brackets(check):
    """One company puts money into another, the amount restated in a second currency in
    brackets before the investee ("USD 100 miliar (sekitar Rp ...) ke OpenAI"); German
    "bei X einsteigen" (to buy into X) is an investment."""
    check(
        "Nvidia akan menanamkan investasi hingga USD 50 miliar (sekitar Rp 800 triliun) ke OpenAI.",
        "id",
        [
            {
                "type": ROUND,
                "subject": "OpenAI",
                "amount": 50e9,
                "currency": "USD",
                "qualifier": "at_most",
                "status": "planned",
            }
        ],
    )
    check(
        "Microsoft will mit bis zu 20 Mrd. Dollar (17 Mrd. Euro) bei Anthropic einsteigen.",
        "de",
        [
            {
                "type": ROUND,
                "subject": "Anthropic",
                "amount": 20e9,
                "currency": "USD",
                "qualifier": "at_most",
                "status": "planned",
            }
        ],
    )


def test_a_round_of_a_total_is_the_rounds_size(check):
    """A total word between a singular round noun and the amount sums up that round (its
    parts), so it is the round; after a plural round noun it sums several rounds."""
    check(
        "Mistral AI hat eine Finanzierungsrunde von insgesamt 600 Millionen Euro abgeschlossen.",
        "de",
        [{"type": ROUND, "subject": "Mistral AI", "amount": 600e6, "currency": "EUR"}],
    )
    check(
        "Mistral AI hat in vier Finanzierungsrunden insgesamt 1 Milliarde Euro erhalten.", "de", []
    )


def test_an_investment_the_company_obtains_is_its_round(check):
    """A raising verb before an investment word ("is close to securing a $2bn investment",
    "a obtenu un investissement de", "erhielt eine Investition von") makes the company that
    obtains it the round's subject, not an investor."""
    check(
        "Anthropic is close to securing a $2bn investment.",
        "en",
        [{"type": ROUND, "subject": "Anthropic", "amount": 2e9}],
    )
    check(
        "Mistral AI a obtenu un investissement de 600 millions d'euros.",
        "fr",
        [{"type": ROUND, "subject": "Mistral AI", "amount": 600e6, "currency": "EUR"}],
    )
    check(
        "Anthropic está a punto de conseguir una inversión de 2.000 millones de dólares.",
        "es",
        [{"type": ROUND, "subject": "Anthropic", "amount": 2e9}],
    )
    check(
        "Amazon invested $4 billion in Anthropic.",
        "en",
        [{"type": ROUND, "subject": "Anthropic", "amount": 4e9}],
    )


def test_a_total_word_heading_one_round_sums_that_round(check):
    """ "Всего в рамках нового раунда ... привлечь 100 млрд": a total word before a singular
    round noun sums that one round; before plural rounds it is a cumulative total."""
    check(
        "Всего в рамках нового раунда, по данным газеты, xAI рассчитывает привлечь около "
        "12 миллиардов долларов.",
        "ru",
        [
            {
                "type": ROUND,
                "subject": "xAI",
                "amount": 12e9,
                "currency": "USD",
                "status": "reported",
            }
        ],
    )
    check("In total, across four rounds, Mistral AI has raised $2 billion.", "en", [])


def test_a_value_word_right_after_a_round_noun_sizes_the_round(check):
    """ "a funding round worth $30 billion", "putaran pendanaan senilai US$5 miliar": the value
    word between a round noun and the amount gives the round's size, not a valuation."""
    check(
        "Mistral AI is closing a funding round worth about $2 billion at a valuation of $14 "
        "billion.",
        "en",
        [
            {
                "type": ROUND,
                "subject": "Mistral AI",
                "amount": 2e9,
                "currency": "USD",
                "valuation": 14e9,
            }
        ],
    )
    check(
        "xAI menutup putaran pendanaan senilai US$6 miliar.",
        "id",
        [{"type": ROUND, "subject": "xAI", "amount": 6e9, "currency": "USD"}],
    )


def test_an_investment_in_another_clause_than_a_round_is_a_round(check):
    """ "A 在9月完成130亿美元融资, 但11月有消息称微软将向A投资150亿美元": an investment is an
    investor's part only next to a round in its own clause; after a clause break it is a
    second event. A share sale's amount ("66亿美元的股份出售") is no valuation."""
    check(
        "Anthropic在9月完成80亿美元融资,但11月有消息称微软将向Anthropic投资50亿美元。",
        "zh",
        [
            {"type": ROUND, "subject": "Anthropic", "amount": 8e9, "currency": "USD"},
            {"type": ROUND, "subject": "Anthropic", "amount": 5e9, "currency": "USD"},
        ],
    )
    check(
        "OpenAI在10月完成了30亿美元的股份出售后,估值达到4000亿美元。",
        "zh",
        [{"type": VAL, "subject": "OpenAI", "valuation": 400e9, "currency": "USD"}],
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the perfective infinitive and future of the value and raise verbs
        (
            "По данным источников, сделка может оценить OpenAI в $300 млрд.",
            {"type": VAL, "subject": "OpenAI", "valuation_usd": 300e9},
        ),
        (
            "OpenAI планирует собрать $40 млрд в новом раунде.",
            {"type": ROUND, "subject": "OpenAI", "amount": 40e9, "status": "planned"},
        ),
        (
            "OpenAI соберёт $40 млрд в новом раунде.",
            {"type": ROUND, "subject": "OpenAI", "amount": 40e9, "status": "planned"},
        ),
        (
            "OpenAI может получить $40 млрд от инвесторов.",
            {"type": ROUND, "subject": "OpenAI", "amount": 40e9, "status": "planned"},
        ),
    ],
)
def test_russian_future_and_infinitive_money_verbs(check, text, expected):
    check(text, "ru", [expected])


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # the infinitive of "to secure" after a modal or a prospective phrase
        ("OpenAI è in procinto di assicurarsi 2 miliardi di dollari da nuovi investitori.", "it"),
        ("OpenAI está a punto de asegurarse 2.000 millones de dólares de inversores.", "es"),
        ("OpenAI will sich zwei Milliarden Dollar von Investoren sichern.", "de"),
        ("OpenAI devrait sécuriser 2 milliards de dollars auprès d'investisseurs.", "fr"),
        ("A OpenAI deve garantir US$ 2 bilhões de novos investidores.", "pt"),
    ],
)
def test_to_secure_money_is_a_raise(check, text, lang):
    check(text, lang, [{"type": ROUND, "subject": "OpenAI", "amount": 2e9, "status": "planned"}])


@pytest.mark.parametrize(
    "text",
    [
        # German compounds of the raising nouns, and the zu-infinitive of "aufbringen"
        "OpenAI verhandelt über eine Eigenkapitalfinanzierung von bis zu 1 Milliarde Dollar.",
        "OpenAI führte Gespräche, um bis zu 1 Milliarde Dollar Eigenkapital aufzubringen.",
    ],
)
def test_german_compound_raise_words(check, text):
    check(text, "de", [{"type": ROUND, "subject": "OpenAI", "amount": 1e9, "qualifier": "at_most"}])


def test_italian_received_fresh_money_is_a_round(check):
    # "ha ricevuto ... soldi freschi" (received fresh money), like es "recibió"
    check(
        "CoreWeave ha ricevuto soldi freschi da alcuni fondi: 80 milioni di dollari.",
        "it",
        [{"type": ROUND, "subject": "CoreWeave", "amount": 8e7, "status": "closed"}],
    )


@pytest.mark.parametrize(
    ("text", "lang", "amount"),
    [
        # a funds noun linked to a currency-less amount is what the amount counts: money raised
        (
            "Un anno fa Mistral AI valeva 2 miliardi di dollari grazie a 180 milioni di "
            "finanziamenti raccolti.",
            "it",
            180e6,
        ),
        (
            "Mistral AI valait alors 2 milliards de dollars grâce à 100 millions de "
            "financements levés.",
            "fr",
            100e6,
        ),
        (
            "Mistral AI valía entonces 2.000 millones de dólares gracias a 100 millones de "
            "financiación.",
            "es",
            100e6,
        ),
    ],
)
def test_a_funds_noun_after_an_amount_makes_it_a_round(check, text, lang, amount):
    check(
        text,
        lang,
        [{"type": ROUND, "subject": "Mistral AI", "amount": amount, "valuation_usd": 2e9}],
    )


def test_a_funds_noun_heads_its_own_amount_only(check):
    # the earlier value is no round: the funds noun and its participle head the amount after it
    # (and the new value, parted from that earlier round by "quando", is a valuation of its own)
    check(
        "La valutazione di Mistral AI è salita a 4 miliardi di dollari, il doppio di un anno fa, "
        "quando era di 2,1 miliardi grazie a 180 milioni di finanziamenti raccolti.",
        "it",
        [
            {"type": ROUND, "subject": "Mistral AI", "amount": 180e6, "valuation": None},
            {"type": VAL, "subject": "Mistral AI", "valuation": 4e9},
        ],
    )


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a round word right after an amount labels that amount, not the next one
        (
            "- Mistral AI (modèles de langage) : 126 M$ Series C – 3,5 Md$",
            "fr",
            {"type": ROUND, "subject": "Mistral AI", "amount": 126e6},
        ),
        (
            "月之暗面完成5亿美元融资、账上有100亿元人民币现金储备。",
            "zh",
            {"type": ROUND, "subject": "Moonshot AI", "amount": 500e6},
        ),
    ],
)
def test_a_round_word_after_an_amount_is_that_amounts(check, text, lang, expected):
    check(text, lang, [expected])


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # an investee word fused with the article before the company noun: the story's company
        (
            "OpenAI ha firmato un accordo con AMD. Nvidia investirà fino a 100 miliardi di "
            "dollari nella startup, fornendo sistemi per data center.",
            "it",
        ),
        (
            "A OpenAI assinou um acordo com a AMD. A Nvidia vai investir até US$ 100 bilhões na "
            "startup, fornecendo sistemas de data center.",
            "pt",
        ),
    ],
)
def test_money_put_into_the_startup_is_the_storys_round(check, text, lang):
    check(
        text,
        lang,
        [{"type": ROUND, "subject": "OpenAI", "amount": 100e9, "qualifier": "at_most"}],
    )


def test_an_investment_noun_after_the_amount_taken_by_a_raising_verb(check):
    # head-final order: "拿下(investors)近20亿元投资" is the company's round, the investors
    # listed with "、" between the verb and the amount
    check(
        "2023年10月，月之暗面拿下红杉中国、今日资本等机构近20亿元投资。",
        "zh",
        [{"type": ROUND, "subject": "Moonshot AI", "amount": 2e9, "currency": "CNY"}],
    )


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Rund 900 Millionen Euro flossen an das KI-Start-up Mistral AI.", "de"),
        ("900 Millionen Euro gingen allein an Mistral AI, der Rest an kleinere Firmen.", "de"),
        ("Of the quarter's venture money, 900 million euros went to Mistral AI.", "en"),
    ],
)
def test_money_that_went_to_a_company_is_its_round(check, text, lang):
    check(text, lang, [{"type": ROUND, "subject": "Mistral AI", "amount": 900e6}])


@pytest.mark.parametrize(
    "text",
    [
        "Im Halbjahr: 900 Millionen Euro gingen an junge Firmen aus Bayern.",
        "Von dem Geld floss die Hälfte, 900 Millionen Euro, an Gründerinnen in Berlin.",
    ],
)
def test_money_that_went_to_a_group_or_region_is_nobodys_round(check, text):
    check(text, "de", [])


def test_a_compound_round_noun_marks_a_round():
    # "Rekordrunde": German compounds a round noun with what qualifies it
    from sources.extract.extractor import extract

    text = "Allen voran Mistral AI, das mit einer Rekordrunde von 900 Millionen Euro auffiel."
    claims = extract(text, language="de")
    assert [(c.type, c.subject, c.amount) for c in claims] == [(ROUND, "Mistral AI", 900e6)]


@pytest.mark.parametrize(
    "text",
    [
        # "dernier tour" (an earlier round) overlaps "tour de table" (a round): both count
        "Le dernier tour de table de Mistral AI, de 600 millions d'euros, a surpris.",
        "600 millions d'euros : le montant du dernier tour de table de Mistral AI.",
    ],
)
def test_overlapping_cue_phrases_both_count(check, text):
    check(text, "fr", [{"type": ROUND, "subject": "Mistral AI", "amount": 600e6}])


def test_the_phrase_joining_two_overlapping_cues_carries_both_kinds():
    from sources.extract.rules import _overlapping_cues

    kinds = {"dernier tour": [("cue", "earlier")], "tour de table": [("cue", "raise")]}
    joined = _overlapping_cues(kinds)
    assert sorted(joined) == [
        ("dernier tour de table", ("cue", "earlier")),
        ("dernier tour de table", ("cue", "raise")),
    ]


def test_attracting_investment_is_a_raise_and_a_fund_formed_is_no_value_ja():
    """Japanese editions of Korean news write a raise as "投資を誘致した"; a state fund being
    formed ("100兆ウォン規模の国民ファンド組成") is a fund's size, not the story company's value."""
    check_bundled(
        "フュリオサAIは500億ウォン規模の投資を誘致した。政府は100兆ウォン規模の国民ファンド"
        "組成を推進し、AI企業への再評価が始まった。",
        "ja",
        [{"type": ROUND, "subject": "FuriosaAI", "amount": 50e9}],
    )


# --- valuations: value words and what they value --------------------------------------------------


def test_value_words_without_the_word_valuation(check):
    """Italian "il suo valore" and Portuguese "valoriza X em": a valuation; a value word after
    "and" belongs to the amount after it, not to the round before."""
    check(
        "Mistral AI ha raccolto 2 miliardi di euro e il suo valore sale a 12 miliardi di euro.",
        "it",
        [
            {
                "type": ROUND,
                "subject": "Mistral AI",
                "amount": 2e9,
                "currency": "EUR",
                "valuation": 12e9,
                "valuation_currency": "EUR",
                "valuation_usd": None,
            }
        ],
    )
    check(
        "A xAI fecha nova rodada de US$ 500 milhões e valoriza a empresa em US$ 90 bilhões.",
        "pt",
        [{"type": ROUND, "subject": "xAI", "amount": 500e6, "valuation_usd": 90e9}],
    )


def test_market_value_of_a_company_the_story_sees_raising(check):
    """In a story about its round, a startup's "капитализация" is its valuation."""
    check(
        "Mistral AI привлекла 1 млрд евро. После сделки капитализация Mistral AI достигнет "
        "12 млрд евро.",
        "ru",
        [
            {"type": ROUND, "subject": "Mistral AI", "amount": 1e9, "currency": "EUR"},
            {"type": VAL, "subject": "Mistral AI", "amount": 12e9, "currency": "EUR"},
        ],
    )


def test_pt_a_company_estimated_at_is_valued(check):
    """ "a Anthropic foi estimada em US$ X e a OpenAI em US$ Y": valuations of each company
    named (the feminine "estimada" agrees with the company), not rounds; a round "estimado
    em" is the round's size, no valuation."""
    check(
        "A xAI levantou US$ 6 bilhões. O aporte chega num momento de avaliações altas: a "
        "Anthropic foi estimada em US$ 61 bilhões e a OpenAI em US$ 157 bilhões.",
        "pt",
        [
            {"type": ROUND, "subject": "xAI", "amount": 6e9},
            {"type": VAL, "subject": "Anthropic", "amount": 61e9},
            {"type": VAL, "subject": "OpenAI", "amount": 157e9},
        ],
    )


def test_ja_valuation_noun_after_its_amount(check):
    """ "X億ドルのポストマネー評価額でY億ドルの資金調達": the valuation noun follows its own
    amount (head-final), so it does not head the clause of the round amount after it."""
    check(
        "アンソロピックは、1830億ドルのポストマネー評価額で130億ドルのシリーズF資金調達を完了"
        "したと発表した。",
        "ja",
        [{"type": ROUND, "subject": "Anthropic", "amount": 13e9, "valuation_usd": 183e9}],
    )


def test_worth_in_an_idiom_of_attention_values_nothing(check):
    check(
        "xAI now sits at a $5.6 billion valuation, and the question worth asking is why a "
        "start-up flush with over half a billion dollars needed more.",
        "en",
        [{"type": VAL, "subject": "xAI", "amount": 5.6e9}],
    )


def test_zh_a_value_after_the_raise_is_no_head_of_its_amount(check):
    """ "融资X后估值Y": "after" parts the amount from the value noun that follows, which values
    the company after the raise; without it ("X的估值") the noun heads the amount before it."""
    check(
        "Mistral AI首轮融资5000万美元后估值4亿美元。",
        "zh",
        [{"type": ROUND, "subject": "Mistral AI", "amount": 5e7, "valuation_usd": 4e8}],
    )
    check(
        "Mistral AI以20亿美元投后估值完成5000万美元融资。",
        "zh",
        [{"type": ROUND, "subject": "Mistral AI", "amount": 5e7, "valuation_usd": 2e9}],
    )


def test_the_earlier_valuation_compared_with_is_a_valuation(check):
    """ "Raised its valuation to $X, against $Y in September": the valuation compared with
    is the company's earlier valuation (it may leave out the currency); an amount compared
    with a round stays none."""
    check(
        "По данным CNBC, сделка повысила оценку OpenAI примерно до 500 млрд долларов против "
        "300 млрд в марте.",
        "ru",
        [
            {"type": VAL, "subject": "OpenAI", "amount": 500e9, "status": "reported"},
            {"type": VAL, "subject": "OpenAI", "amount": 300e9},
        ],
    )
    check(
        "Segundo a CNBC, a rodada teria avaliado a xAI em US$ 230 bilhões, em comparação aos "
        "US$ 113 bilhões estimados em março.",
        "pt",
        [
            {"type": VAL, "subject": "xAI", "amount": 230e9},
            {"type": VAL, "subject": "xAI", "amount": 113e9},
        ],
    )


def test_past_and_plural_value_words(check):
    """The imperfect ("que valoraba la startup en") and the plural noun ("alcanzan
    valoraciones de") are value words: the amount is a valuation, not a round."""
    check(
        "xAI recauda 12.000 millones de dólares. Esta financiación se suma a los 6.000 millones "
        "de dólares de la ronda de mayo, que valoraba la startup en 24.000 millones de dólares.",
        "es",
        [
            {"type": ROUND, "subject": "xAI", "amount": 12e9},
            {"type": ROUND, "subject": "xAI", "amount": 6e9, "valuation_usd": 24e9},
        ],
    )
    check(
        "Gigantes como Anthropic alcanzan valoraciones de $61.000 millones.",
        "es",
        [{"type": VAL, "subject": "Anthropic", "amount": 61e9}],
    )


def test_zh_a_valuation_not_including_the_round_is_pre_money(check):
    """ "估值未包括这笔融资": the valuation leaves the new money out (pre-money); the negated
    inclusion word does not make the amount a part of anything."""
    check(
        "OpenAI完成400亿美元融资。不过该公司新的3,000亿美元估值未包括这笔融资。",
        "zh",
        [
            {"type": ROUND, "subject": "OpenAI", "amount": 40e9},
            {"type": VAL, "subject": "OpenAI", "amount": 300e9, "valuation_basis": "pre"},
        ],
    )


def test_a_valuation_of_another_date_is_not_the_rounds(check):
    """ "raised $6 billion in December and, in March, a share deal valued it at $80
    billion": two dates between them part the round from the valuation."""
    check(
        "Antes desta rodada, a xAI já havia levantado US$ 6 bilhões em dezembro e, em março, "
        "uma transação em ações avaliou a empresa em US$ 80 bilhões.",
        "pt",
        [
            {"type": ROUND, "subject": "xAI", "amount": 6e9, "valuation_usd": None},
            {"type": VAL, "subject": "xAI", "amount": 80e9},
        ],
    )
    check(
        "xAI raised $6 billion in May at a valuation of $24 billion.",
        "en",
        [{"type": ROUND, "subject": "xAI", "amount": 6e9, "valuation_usd": 24e9}],
    )


def test_head_final_noun_after_an_amount_is_that_amounts_role(check):
    """ "약 2조원 수준 기업가치로 3000억원 규모의 투자": in Korean the noun after an amount is
    its head, so the valuation word belongs to the amount before it, not to the nearer one
    after it."""
    check(
        "xAI는 작년 약 2조원 수준 기업가치로 3000억원 규모의 투자를 유치했다.",
        "ko",
        [
            {
                "type": ROUND,
                "subject": "xAI",
                "amount": 3e11,
                "currency": "KRW",
                "valuation": 2e12,
                "valuation_currency": "KRW",
            }
        ],
    )


def test_a_valuation_including_the_new_money_is_a_valuation(check):
    """ "avaliação de US$ 259 milhões, incluindo os fundos levantados": a part word after a
    valuation states its basis; the valuation is not a part of anything."""
    check(
        "Com a captação, a Mistral AI atinge uma avaliação de US$ 240 milhões, incluindo os "
        "fundos levantados.",
        "pt",
        [{"type": VAL, "subject": "Mistral AI", "valuation": 240e6, "currency": "USD"}],
    )


def test_valuations_said_without_the_word_valuation(check):
    """ "prices the company at", "is now worth", "eleva su valor hasta", "put another $2
    billion into": a company's value and a strategic investment in the words news uses."""
    check(
        "The deal prices the company at $14 billion, Mistral AI said.",
        "en",
        [{"type": VAL, "subject": "Mistral AI", "valuation": 14e9}],
    )
    check(
        "Mistral AI is now worth €11.7 billion.",
        "en",
        [{"type": VAL, "subject": "Mistral AI", "valuation": 11.7e9, "currency": "EUR"}],
    )
    check(
        "Mistral AI ha cerrado una ronda de 1.500 millones de euros, lo que eleva su valor "
        "hasta los 10.000 millones.",
        "es",
        [
            {
                "type": ROUND,
                "subject": "Mistral AI",
                "amount": 1.5e9,
                "currency": "EUR",
                "valuation": 10e9,
                "valuation_currency": "EUR",
            }
        ],
    )
    check(
        "NVIDIA put another $2 billion into xAI.",
        "en",
        [{"type": ROUND, "subject": "xAI", "amount": 2e9, "currency": "USD"}],
    )


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("A OpenAI teve um valuation de US$ 300 bilhões captado em março.", "pt"),
        ("OpenAI had a valuation of $300 billion raised in March.", "en"),
        ("OpenAI alcanzó una valoración de 300.000 millones de dólares recaudada en marzo.", "es"),
        ("OpenAI ha una valutazione di 300 miliardi di dollari raccolta a marzo.", "it"),
    ],
)
def test_a_value_nouns_complement_is_a_valuation(check, text, lang):
    check(
        text,
        lang,
        [{"type": VAL, "subject": "OpenAI", "valuation_usd": 300e9, "status": "closed"}],
    )


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("OpenAI raised $6.6 billion at a valuation of $157 billion.", "en"),
        ("A OpenAI captou US$ 6,6 bilhões com uma avaliação de US$ 157 bilhões.", "pt"),
    ],
)
def test_a_round_keeps_its_amount_beside_a_valuation(check, text, lang):
    check(
        text,
        lang,
        [{"type": ROUND, "subject": "OpenAI", "amount": 6.6e9, "valuation_usd": 157e9}],
    )


def test_valuing_itself_names_the_valuation(check):
    check(
        "CoreWeave consiguió 150 millones de dólares en una Serie B, valorándose en 900 millones.",
        "es",
        [{"type": ROUND, "subject": "CoreWeave", "amount": 1.5e8, "valuation": 9e8}],
    )


def test_european_portuguese_valorizacao_is_a_valuation(check):
    # pt-PT writes a company's value "valorização", not "avaliação"
    check(
        "Com esta ronda, cujo montante não foi divulgado, a CoreWeave alcança uma valorização "
        "de mais de 1,2 mil milhões de euros.",
        "pt",
        [{"type": VAL, "subject": "CoreWeave", "valuation": 1.2e9, "valuation_currency": "EUR"}],
    )


def test_earlier_values_listed_after_and_are_valuations(check):
    # "... frente ao valuation de X fixado em abril e aos Y de janeiro": the round word names
    # the occasion of the first value; the list of values goes on after "e"
    check(
        "A CoreWeave vale US$ 50 bilhões, um avanço frente ao valuation de US$ 30 bilhões "
        "captado em abril e aos US$ 19 bilhões de janeiro.",
        "pt",
        [
            {"type": VAL, "subject": "CoreWeave", "valuation": 5e10},
            {"type": VAL, "subject": "CoreWeave", "valuation": 3e10},
            {"type": VAL, "subject": "CoreWeave", "valuation": 1.9e10},
        ],
    )


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # an adjective between the value noun and its amount: still the amount's value word,
        # nearer than a share sale named after the amount
        (
            "A CoreWeave atingiu uma avaliação inédita de US$ 50 bilhões em uma oferta "
            "secundária no mês passado.",
            "pt",
        ),
        (
            "CoreWeave ha raggiunto una valutazione record di 50 miliardi di dollari in una "
            "vendita secondaria di azioni.",
            "it",
        ),
    ],
)
def test_a_value_noun_keeps_its_amount_past_an_adjective(check, text, lang):
    check(text, lang, [{"type": VAL, "subject": "CoreWeave", "valuation": 5e10}])


def test_a_value_word_after_a_part_word_is_the_company_value(check):
    # "incluant ..." names a part of the round; the value word after it values the company,
    # and the amount compared after "contre" is its earlier value
    check(
        "Le tour de 120 millions d'euros, incluant une part de cash-out, valorise CoreWeave "
        "autour de 900 millions d'euros, contre 150 millions d'euros en juin.",
        "fr",
        [
            {"type": VAL, "subject": "CoreWeave", "valuation": 9e8},
            {"type": VAL, "subject": "CoreWeave", "valuation": 1.5e8},
        ],
    )


def test_a_new_value_is_apart_from_an_earlier_round_and_the_unknown_raiser_named_again(check):
    # the round's company, unknown to the gazetteer, is named again in the value sentence;
    # "quando" and the earlier value between part the new value from the earlier round
    check(
        "Kevlinx, una startup di robotica, ha ottenuto da poco 70 milioni di dollari. "
        "Dopo questo round la valutazione di Kevlinx è arrivata a 1,2 miliardi di dollari, "
        "il triplo di due anni fa, quando ammontava a 400 milioni grazie a 50 milioni "
        "di capitali raccolti.",
        "it",
        [
            {"type": ROUND, "subject": "Kevlinx", "amount": 7e7, "valuation": None},
            {"type": VAL, "subject": "Kevlinx", "valuation": 1.2e9},
            # the earlier round is a round of its own, not the new value's
            {"type": ROUND, "subject": "Kevlinx", "amount": 5e7, "valuation": None},
        ],
    )


def test_a_compound_total_valuation_is_a_valuation(check):
    check(
        "Die Gesamtbewertung von OpenAI steigt damit auf 100 Milliarden Dollar.",
        "de",
        [{"type": VAL, "subject": "OpenAI", "valuation_usd": 100e9}],
    )


def test_a_value_noun_with_its_possessive_is_a_valuation(check):
    # "nilai perusahaannya" (its company value): the value noun with the enclitic "-nya"
    check(
        "OpenAI akan menerima pendanaan lain yang bakal membuat nilai perusahaannya mencapai "
        "$29 miliar.",
        "id",
        [{"type": VAL, "subject": "OpenAI", "valuation_usd": 29e9}],
    )


@pytest.mark.parametrize(
    ("text", "lang", "amount"),
    [
        # a recap: "X, 500 million more, valued at 11 billion": the new money is a round
        (
            "Mistral AI a levé 125 millions de dollars. Mistral AI, 500 millions de plus, "
            "valorisé à 11 milliards.",
            "fr",
            500e6,
        ),
        ("Mistral AI, $500 million more, valued at $11 billion.", "en", 500e6),
    ],
)
def test_more_money_beside_a_valuation_is_a_round(check, text, lang, amount):
    claims = check(
        text,
        lang,
        [{"type": ROUND, "subject": "Mistral AI", "amount": amount, "valuation_usd": 11e9}],
        exact=False,
    )
    assert not [c for c in claims if c.type == VAL]


def test_a_recap_of_money_raised_and_a_value(check):
    # "125 millions de dollars levés" (masculine plural participle after the amount)
    check(
        "Mistral AI, deux ans d'existence, 125 millions de dollars levés, valorisé à un milliard.",
        "fr",
        [{"type": ROUND, "subject": "Mistral AI", "amount": 125e6, "valuation_usd": 1e9}],
    )


def test_the_value_a_valuation_rose_from_is_a_valuation(check):
    # "从A到B美元的估值": the valuation noun heads both ends of the jump
    check(
        "月之暗面完成5亿美元融资。月之暗面在两年内完成了从3亿到40亿美元的估值跃迁。",
        "zh",
        [
            {"type": ROUND, "subject": "Moonshot AI", "amount": 5e8},
            {"type": VAL, "subject": "Moonshot AI", "valuation_usd": 3e8},
            {"type": VAL, "subject": "Moonshot AI", "valuation_usd": 4e9},
        ],
    )


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # the value word is nearer the starting amount; the amount it rose to is a valuation
        # too, and the starting one an earlier valuation
        ("Anthropic's valuation jumped from $8 billion to $19 billion in a year.", "en"),
        ("A avaliação da Anthropic subiu de US$ 8 bilhões, para US$ 19 bilhões em um ano.", "pt"),
    ],
)
def test_a_valuation_that_rose_keeps_both_values(check, text, lang):
    check(
        text,
        lang,
        [
            {"type": VAL, "subject": "Anthropic", "valuation": 8e9},
            {"type": VAL, "subject": "Anthropic", "valuation": 19e9},
        ],
    )


@pytest.mark.parametrize(
    ("text", "lang", "new", "old"),
    [
        # verb-final languages put the comparison word after the amount compared with: that
        # amount is the earlier valuation, a fact of its own
        (
            "Anthropic의 기업가치는 4200억 달러로, 작년 한때 기록한 1650억 달러보다 두 배 넘게 "
            "커졌다.",
            "ko",
            420e9,
            165e9,
        ),
        (
            "アンソロピックの評価額は4200億ドルに達し、昨年の1650億ドルより倍以上に膨らんだ。",
            "ja",
            420e9,
            165e9,
        ),
        # Chinese: a circumposition after the amount, or a preposition before it
        ("Anthropic估值升至4200亿美元,与去年3月的1650亿美元相比增长逾一倍。", "zh", 420e9, 165e9),
        ("Anthropic估值升至4200亿美元,较去年3月的1650亿美元增长逾一倍。", "zh", 420e9, 165e9),
        # its own value noun in the next sentence ("평가액"), after the new value
        (
            "Anthropic의 기업가치는 2150억 달러로 잡혔다. "
            "이는 전년 평가액 980억 달러 대비 두 배가 넘는 규모다.",
            "ko",
            215e9,
            98e9,
        ),
    ],
)
def test_the_value_compared_with_is_an_earlier_valuation(check, text, lang, new, old):
    check(
        text,
        lang,
        [
            {"type": VAL, "subject": "Anthropic", "valuation": new},
            {"type": VAL, "subject": "Anthropic", "valuation": old, "status": "closed"},
        ],
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # English prices a company with "at": raised at $X, a round at $X, $Y at $X
        (
            "Two years ago Anthropic raised at $2.9 billion.",
            [{"type": VAL, "subject": "Anthropic", "valuation": 2.9e9}],
        ),
        (
            "Anthropic raised $270 million at $2.9 billion.",
            [{"type": ROUND, "subject": "Anthropic", "amount": 270e6, "valuation": 2.9e9}],
        ),
        (
            "xAI closed a $7 billion round at $31 billion, people familiar said.",
            [{"type": ROUND, "subject": "xAI", "amount": 7e9, "valuation": 31e9}],
        ),
        # "at least" is a bound, not a price; "worth" after a round noun sizes the round
        (
            "Anthropic raised at least $1 billion.",
            [{"type": ROUND, "subject": "Anthropic", "amount": 1e9, "qualifier": "at_least"}],
        ),
        (
            "xAI closed a funding round worth $7 billion.",
            [{"type": ROUND, "subject": "xAI", "amount": 7e9, "valuation": None}],
        ),
    ],
)
def test_a_price_after_at_is_a_valuation(check, text, expected):
    check(text, "en", expected)


def test_round_that_would_bring_the_company_to_an_amount_is_its_valuation(check):
    """ "un finanziamento che la porterebbe a 60 miliardi": the pronoun is the company, and the
    amount it would be brought to is its value after the round, not the round."""
    check(
        "Secondo fonti vicine, xAI è in trattative per un finanziamento che la porterebbe a "
        "7 miliardi di dollari.",
        "it",
        [{"type": VAL, "subject": "xAI", "amount": 7e9, "status": "reported"}],
    )
    check(
        "Anthropic negocia una nueva ronda de financiación que la llevaría a 20.000 millones "
        "de dólares.",
        "es",
        [{"type": VAL, "subject": "Anthropic", "amount": 20e9}],
    )


# --- parts of a round: shares, tranches, the rest, a first amount ---------------------------------


def test_zh_zai_qizhong_therein_is_no_part(check):
    # "在其中发挥作用": "plays a role in it", not "of which" (其中 marks a part)
    check(
        "xAI今年扩充了工程团队，马斯克在其中亲自参与招聘，公司目前拥有3000张GPU。",
        "zh",
        [{"type": CH, "subject": "xAI", "quantity": 3000.0, "scope": "total"}],
    )


def test_each_investors_share_in_chinese_is_no_round(check):
    """ "由A与B领投，各注资15亿美元": each lead investor's part, not a round of its own."""
    check(
        "据报道，Anthropic本轮融资目标为250亿美元，由Coatue与软银领投，各注资15亿美元。",
        "zh",
        [
            {
                "type": ROUND,
                "subject": "Anthropic",
                "amount": 25e9,
                "currency": "USD",
                "status": "reported",
            }
        ],
    )


def test_components_of_a_round_listed_are_parts(check):
    """A round's components after "besteht aus ...:" and a list of parts that goes on past
    a comma ("其中…，另外…") are parts of the round, not rounds."""
    check(
        "Mistral AI hat 600 Millionen Euro eingesammelt. Die Finanzierung besteht aus zwei "
        "Komponenten: 468 Millionen Euro als Eigenkapital und 132 Millionen Euro als Kredit.",
        "de",
        [{"type": ROUND, "subject": "Mistral AI", "amount": 600e6}],
    )
    check(
        "xAI完成60亿美元融资。本轮融资中,其中40亿美元来自中东基金,另外20亿美元来自其他投资者。",
        "zh",
        [{"type": ROUND, "subject": "xAI", "amount": 6e9}],
    )
    check(
        "OpenAI raised $6.6 billion, including $1 billion from SoftBank, and $750 million from "
        "Microsoft.",
        "en",
        [{"type": ROUND, "subject": "OpenAI", "amount": 6.6e9}],
    )


def test_other_companies_rounds_after_a_part_word_are_examples_not_parts(check):
    """After "among them" or 其中 a list may give other companies' own rounds (a company and
    its round word in the amount's clause): examples of a sum, each a round; the sum before
    them is no round, and a round's investor shares stay parts."""
    check(
        "今年上半年芯片初创企业共完成40笔融资，总金额超过300亿元，其中燧原科技完成18亿元"
        "E轮融资，Groq获得12亿元战略融资。",
        "zh",
        [
            {"type": ROUND, "subject": "Enflame", "amount": 18e8, "currency": "CNY"},
            {"type": ROUND, "subject": "Groq", "amount": 12e8, "currency": "CNY"},
        ],
    )
    check(
        "Entre os maiores negócios do ano estão a rodada de US$ 30 bilhões da OpenAI e a "
        "rodada de US$ 9 bilhões da Groq em julho.",
        "pt",
        [
            {"type": ROUND, "subject": "OpenAI", "amount": 30e9, "currency": "USD"},
            {"type": ROUND, "subject": "Groq", "amount": 9e9, "currency": "USD"},
        ],
    )
    # a round's investors after a comma and 其中: the round stays, the share is a part
    check(
        "xAI完成80亿美元融资，其中英伟达投资15亿美元。",
        "zh",
        [{"type": ROUND, "subject": "xAI", "amount": 8e9, "currency": "USD"}],
    )
    check(
        "OpenAI raised $12 billion, including $3 billion from NVIDIA in the round.",
        "en",
        [{"type": ROUND, "subject": "OpenAI", "amount": 12e9, "currency": "USD"}],
    )


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("大模型企业共融资500亿元，其中包括月之暗面和xAI。", "zh"),
        ("Startup AI meraih US$5 miliar, di antaranya xAI dan OpenAI.", "id"),
    ],
)
def test_a_sum_whose_part_word_lists_raisers_is_no_round(text, lang):
    """A sum followed by a part word and a bare list of companies that raise: a sum of
    several companies' rounds, no round of the first one named."""
    assert not run(text, lang)
    assert why.PART in drop_reasons(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "total"),
    [
        (
            "xAI는 200억 달러를 유치했으며, 이 중 Tesla가 이번 라운드에 20억 달러를 출자했다.",
            "ko",
            20e9,
        ),
        ("xAIは200億ドルを調達し、そのうちTeslaが今回のラウンドで20億ドルを出資した。", "ja", 20e9),
        ("月之暗面完成100亿美元融资，其中Tesla参与本轮融资20亿美元。", "zh", 10e9),
        ("xAI привлекла $20 млрд, в том числе $2 млрд от Tesla в рамках раунда.", "ru", 20e9),
        ("xAI raised $20 billion, including $2 billion by Tesla in the same round.", "en", 20e9),
    ],
)
def test_an_unlisted_backers_share_after_a_part_word_stays_a_part(check, text, lang, total):
    """A backer's share of the round named before the part word, even a backer that could
    raise (Tesla here) and with a word for "this round": a part, no round of its own."""
    claims = check(text, lang, [{"type": ROUND, "amount": total, "currency": "USD"}])
    assert claims[0].subject in ("xAI", "Moonshot AI")


def test_shares_given_by_named_sources_after_the_total_are_parts(check):
    """ "raising $30 billion, with $22.5 billion from SoftBank and $7.5 billion from others":
    each amount after the total that names its source is that source's share; amounts that
    each name their source with no total before them are rounds each."""
    check(
        "xAI sedang menghimpun US$12 miliar, dengan US$8 miliar dari SoftBank dan US$4 miliar "
        "dari investor lainnya.",
        "id",
        [{"type": ROUND, "subject": "xAI", "amount": 12e9, "currency": "USD"}],
    )
    check(
        "Mistral AI is raising $900 million, with $600 million from Coatue and $300 million "
        "from other investors.",
        "en",
        [{"type": ROUND, "subject": "Mistral AI", "amount": 9e8, "currency": "USD"}],
    )
    check(
        "Anthropic has raised $3 billion from Amazon and $1 billion from Google.",
        "en",
        [
            {"type": ROUND, "subject": "Anthropic", "amount": 3e9, "currency": "USD"},
            {"type": ROUND, "subject": "Anthropic", "amount": 1e9, "currency": "USD"},
        ],
    )


def test_the_remainder_of_a_round_is_no_round(check):
    """ "mengumpulkan sisa US$30 miliar": the rest of a round announced before is a part."""
    check(
        "OpenAI kini mengumpulkan sisa US$20 miliar dari putaran tersebut.",
        "id",
        [],
    )


def test_investments_listed_investor_by_investor_are_shares(check):
    """ "Nvidia will put up to $20 billion into OpenAI, Amazon $10 billion": amounts into
    one company given one by one to different investors are their shares of a round."""
    check(
        "xAI ведет переговоры с инвесторами. По данным газеты, Nvidia вложит в xAI до "
        "6 миллиардов долларов, Microsoft — 3 миллиарда долларов.",
        "ru",
        [],
    )


def test_money_an_investor_puts_into_a_round_is_its_share(check):
    """ "A SpaceX injetou US$ 2 bilhões na rodada", "이번 투자 라운드에서 NVIDIA가 20억
    달러를 투자": money an investor puts into a round named as where it goes is that
    investor's share of the round, not a round."""
    check(
        "A xAI fechou uma nova rodada. A Tesla já injetou US$ 3 bilhões na rodada anterior.",
        "pt",
        [],
    )
    check(
        "xAI가 투자를 유치했다. 이번 투자 라운드에서 NVIDIA가 최대 15억 달러를 투자할 계획이다.",
        "ko",
        [],
    )
    check(
        "SoftBank will invest $20 billion in the round, people familiar said.",
        "en",
        [],
    )


def test_a_list_after_a_colon_holds_parts_however_labelled(check):
    # the parts of a round listed after a colon stay parts when one is labelled as equity
    check(
        "OpenAI sammelte in einer Finanzierungsrunde 500 Millionen Euro ein. Die Runde besteht "
        "aus drei Teilen (laut Insidern): 100 Millionen Euro als Eigenkapitalfinanzierung, "
        "300 Millionen Euro als Forschungsgeld und 100 Millionen Euro als Kredit.",
        "de",
        [{"type": ROUND, "subject": "OpenAI", "amount": 5e8}],
    )


@pytest.mark.parametrize(
    ("text", "lang", "currency"),
    [
        # a tranche named as part of a round that follows: the round is the fact
        ("Mistral AI raised $32 million as part of a $130 million round.", "en", "USD"),
        ("Mistral AI closed a $32 million tranche of its $130 million Series A.", "en", "USD"),
        (
            "Mistral AI hat 32 Millionen Euro im Rahmen einer Finanzierungsrunde von 130 "
            "Millionen Euro eingesammelt.",
            "de",
            "EUR",
        ),
        (
            "Mistral AI a levé 32 millions d'euros dans le cadre d'une levée de fonds de 130 "
            "millions d'euros.",
            "fr",
            "EUR",
        ),
    ],
)
def test_a_tranche_of_a_round_is_no_round(check, text, lang, currency):
    check(text, lang, [{"type": ROUND, "amount": 130e6, "currency": currency}])


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # the part raised so far of a round, and its restatement later in the story
        (
            "Crusoe has raised $686 million of a planned $818 million funding round. The "
            "filing shows that Crusoe has already secured $686 million from 70 investors.",
            "en",
        ),
        (
            "Crusoe a levé 686 millions de dollars sur les 818 millions de dollars de son tour.",
            "fr",
        ),
    ],
)
def test_the_part_raised_of_a_round_is_no_round(check, text, lang):
    claims = check(text, lang, [{"type": ROUND, "subject": "Crusoe", "amount": 818e6}], exact=False)
    assert [c.amount for c in claims if c.type == ROUND] == [818e6]


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
        [{"type": ROUND, "subject": "Anthropic", "amount": 13e9}],
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
        [{"type": ROUND, "subject": "xAI", "amount": 3e9}],
    )


def test_an_initial_named_round_is_a_round_en(check):
    """ "an initial $X seed round", "its initial $X Series B": the word names the round, not
    a first part of a sum."""
    check(
        "Mistral AI raised an initial €105 million seed round.",
        "en",
        [{"type": ROUND, "subject": "Mistral AI", "amount": 105e6}],
        exact=False,
    )
    check(
        "xAI closed its initial $6 billion Series B.",
        "en",
        [{"type": ROUND, "subject": "xAI", "amount": 6e9}],
        exact=False,
    )


def test_an_initial_named_round_is_a_round_es(check):
    check(
        "Mistral AI cerró una ronda inicial de 105 millones de euros.",
        "es",
        [{"type": ROUND, "subject": "Mistral AI", "amount": 105e6}],
        exact=False,
    )


# --- one round told twice -------------------------------------------------------------------------


def test_zh_a_conversion_restating_the_round_before_is_no_round_with_pinyin_readings(check):
    # the pinyin readings some pages print in brackets leave spaces when dropped
    check(
        "月之暗面近日完成3亿美元C轮融资。這輪融資折(zhé)合人民幣約 21 億元。",
        "zh",
        [{"type": ROUND, "subject": "Moonshot AI", "amount": 3e8}],
    )


def test_a_round_restated_with_its_valuation_is_one_claim(check):
    """A headline names the round, the body restates it with its valuation: one round,
    carrying the valuation; a round of the same size at another date stays apart."""
    check(
        "Anthropic закрыла раунд на $20 млрд. Anthropic привлекла $20 млрд при оценке в $300 млрд.",
        "ru",
        [{"type": ROUND, "subject": "Anthropic", "amount": 20e9, "valuation_usd": 300e9}],
    )
    check(
        "Anthropic 完成200亿美元融资。Anthropic 宣布完成200亿美元的融资,估值达到3000亿美元。",
        "zh",
        [{"type": ROUND, "subject": "Anthropic", "amount": 20e9, "valuation_usd": 300e9}],
    )
    check(
        "xAI raised $6 billion on Monday. In May 2023, xAI raised $6 billion at a $24 billion "
        "valuation.",
        "en",
        [
            {"type": ROUND, "subject": "xAI", "amount": 6e9, "valuation_usd": None},
            {"type": ROUND, "subject": "xAI", "amount": 6e9, "valuation_usd": 24e9},
        ],
    )


def test_an_amount_after_a_word_for_the_amount_before_is_no_new_round(check):
    """ "lever 5 Md$ voire plus puisque ce montant pourrait grimper jusqu'à 8 Md$", "raised
    that figure by $5 billion": a word for the amount named before makes the amount after it
    a bound or a change of that one, not a round of its own."""
    check(
        "Mistral AI pourrait lever 2 milliards d'euros, et ce montant pourrait même monter "
        "jusqu'à 3 milliards d'euros.",
        "fr",
        [{"type": ROUND, "subject": "Mistral AI", "amount": 2e9, "currency": "EUR"}],
    )
    check(
        "xAI was seeking to raise $6 billion. In recent weeks, xAI raised that figure by $2 "
        "billion.",
        "en",
        [{"type": ROUND, "subject": "xAI", "amount": 6e9, "currency": "USD"}],
    )


def test_valued_when_it_raised_is_one_event(check):
    check(
        "CoreWeave was valued at $24 billion when it raised $6 billion in the spring.",
        "en",
        [{"type": ROUND, "subject": "CoreWeave", "amount": 6e9, "valuation": 2.4e10}],
    )


def test_a_value_noun_its_amount_modifies_takes_no_complement_after_it_en(check):
    """ "reached a $800 million valuation on $150 million in seed funding": the amount before
    the value noun is the value; the one after a word ("on", "with") is the round. A value
    cue holding its own preposition still takes the amount after it ("$350 million raise at
    $1.5 billion valuation")."""
    check(
        "Anthropic reached a $800 million valuation on $150 million in seed funding.",
        "en",
        [{"type": ROUND, "subject": "Anthropic", "amount": 1.5e8, "valuation": 8e8}],
    )
    check(
        "Anthropic earned a $800 million valuation based on $150 million in funding.",
        "en",
        [{"type": ROUND, "subject": "Anthropic", "amount": 1.5e8, "valuation": 8e8}],
    )
    check(
        "Anthropic nears a $350 million raise at $1.5 billion valuation.",
        "en",
        [{"type": ROUND, "subject": "Anthropic", "amount": 3.5e8, "valuation": 1.5e9}],
    )


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Anthropic closed a funding round of $230 million valuing the company at $1 billion.",
            "en",
        ),
        (
            "Anthropic a bouclé un tour de table de 230 millions de dollars valorisant "
            "l'entreprise à 1 milliard de dollars.",
            "fr",
        ),
        (
            "A Anthropic fechou uma rodada de US$ 230 milhões avaliando a empresa em US$ 1 bilhão.",
            "pt",
        ),
    ],
)
def test_a_value_verb_with_a_company_noun_as_object_values_the_amount_after_it(check, text, lang):
    """ "valuing the company at", "valorisant l'entreprise à": the verb's object stands between
    it and its amount; the amount right before the verb is the round, not a value."""
    check(text, lang, [{"type": ROUND, "subject": "Anthropic", "amount": 2.3e8, "valuation": 1e9}])


def test_a_valuing_verb_after_an_amount_values_the_amount_after_it_en(check):
    """ "got $600 million valuing it at more than $6 billion": a value verb with its object
    is no noun the amount before it modifies."""
    check(
        "Mistral AI got $600 million valuing it at more than $6 billion.",
        "en",
        [{"type": VAL, "subject": "Mistral AI", "valuation": 6e9}],
    )
    check(
        "Mistral AI raised $600 million valuing it at $6 billion.",
        "en",
        [{"type": ROUND, "subject": "Mistral AI", "amount": 6e8, "valuation": 6e9}],
    )


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # words that introduce the amount may stand between the investment noun and it
        ("xAI привлекла инвестиции в размере 500 млн долларов.", "ru"),
        ("Стартап xAI получил инвестиции размером в 500 млн долларов.", "ru"),
        ("xAI привлекла инвестиции объемом 500 млн долларов.", "ru"),
        ("xAI erhielt eine Investition in Höhe von 500 Millionen Dollar.", "de"),
    ],
)
def test_an_investment_raised_in_the_amount_of(check, text, lang):
    check(text, lang, [{"type": ROUND, "subject": "xAI", "amount": 5e8, "status": "closed"}])


def test_projects_worth_an_amount_are_no_round_id(run):
    # "42 proyek investasi senilai ...": the worth of many projects, not a round
    claims = run("xAI berhasil mengamankan 42 proyek investasi senilai 164 miliar ringgit.", "id")
    assert not [c for c in claims if c.type == ROUND]


def test_an_investment_into_a_company_named_after_the_amount_de(check):
    # "sichert sich mit einer Investition in Höhe von ... Anteile an xAI": xAI's round, and
    # no round of NVIDIA's
    check(
        "NVIDIA sichert sich mit einer Investition in Höhe von 2 Milliarden Dollar Anteile an xAI.",
        "de",
        [{"type": ROUND, "subject": "xAI", "amount": 2e9}],
    )


def test_a_post_money_word_is_no_valued_thing_fr(check):
    # "valorisation post-investissement": which value, not what is valued
    check(
        "Mistral AI a levé 1,7 milliard d'euros, pour une valorisation post-investissement de "
        "11,7 milliards d'euros.",
        "fr",
        [{"type": ROUND, "subject": "Mistral AI", "amount": 1.7e9, "valuation": 1.17e10}],
    )


def test_zh_a_valuation_that_rose_from_one_value_to_another_is_both(run):
    # "估值从99亿美元涨到了293亿美元": a growth verb and its aspect particle around "到"
    claims = run("xAI的估值从99亿美元涨到了293亿美元。", "zh")
    assert [(c.type, c.valuation) for c in claims] == [
        ("valuation", 9.9e9),
        ("valuation", 2.93e10),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # German puts the participle at the clause's end: after a value noun's complement it
        # is the clause's verb, whose object is the round's amount
        "Black Forest Labs hat 300 Millionen Dollar bei einer Bewertung von 3,25 Milliarden "
        "Dollar eingesammelt.",
        "Das Start-up Black Forest Labs hat 300 Millionen Dollar zu einer Bewertung von 3,25 "
        "Milliarden Dollar eingeworben.",
    ],
)
def test_de_a_participle_after_the_valuation_closes_the_round(text):
    check_bundled(
        text,
        "de",
        [
            {
                "type": "funding_round",
                "subject": "Black Forest Labs",
                "amount": 3e8,
                "valuation": 3.25e9,
            }
        ],
    )


def test_es_para_levantar_before_an_amount_raises_it(check):
    # "para levantar" also means "to erect" (a building), so it is no word of purpose
    check(
        "OpenAI estaría en conversaciones para levantar US$ 450 millones.",
        "es",
        [{"type": "funding_round", "subject": "OpenAI", "amount": 4.5e8}],
    )


def test_ru_a_valuation_of_market_value_after_a_share_sale(check):
    # "с оценкой рыночной стоимости в $500 млрд": the valuation, not the sale's amount
    check(
        "Три месяца назад OpenAI завершила продажу акций на сумму $6,6 млрд с оценкой "
        "рыночной стоимости в $500 млрд.",
        "ru",
        [{"type": VAL, "subject": "OpenAI", "valuation": 5e11}],
    )


@pytest.mark.parametrize(
    "text",
    [
        # a lettered round past E, with a space before 轮 ("300 亿美元 G 轮")
        "Anthropic 完成 300 亿美元 G 轮,估值飙至 3800 亿美元。",
        "Anthropic完成300亿美元F轮融资。",
        "Anthropic完成300亿美元B+轮融资。",
    ],
)
def test_zh_a_lettered_round_with_or_without_a_space(check, text):
    check(text, "zh", [{"type": ROUND, "subject": "Anthropic", "amount": 3e10}], exact=False)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a chip start-up's story: "the company" of a money sentence is the chip maker, the
        # only company the story names besides its investors
        (
            "Die kleine kalifornische Firma Groq will den Großen Konkurrenz machen. Angeführt "
            "von Maverick Capital hat das Unternehmen weitere 70 Millionen Dollar eingesammelt.",
            "de",
        ),
        (
            "The chip start-up Groq is taking on the giants. Led by Maverick Capital, the "
            "company raised another $70 million.",
            "en",
        ),
    ],
)
def test_the_company_of_a_chip_start_ups_story_is_the_chip_maker(check, text, lang):
    check(text, lang, [{"type": ROUND, "subject": "Groq", "amount": 7e7}])


def test_ja_taking_in_an_investment_is_raising(check):
    # "出資を受け入れる", "出資を受けた": the company receives the money
    check(
        "xAIはいすゞ自動車から60億円の出資を受けた。",
        "ja",
        [{"type": ROUND, "subject": "xAI", "amount": 6e9, "currency": "JPY"}],
    )


def test_zh_the_proceeds_of_a_global_share_offering_are_no_round(check):
    # "全球发售...股H股,募资29.59亿港元": an IPO's proceeds
    check("xAI全球发售约1.05亿股H股,募资29.59亿港元。", "zh", [])
    assert why.SKIP_REASONS["share_sale"] in drop_reasons(
        "xAI全球发售约1.05亿股H股,募资29.59亿港元。", "zh"
    )


def test_a_company_s_own_word_that_it_closed_a_round_settles_a_planned_one(check):
    # a goal's sentence first reads the round as planned; the company's announcement that it
    # closed the round, later in the story, settles it
    check(
        "Groq vise le marché européen grâce à une levée de fonds de 90 millions d'euros. "
        "Groq a annoncé avoir bouclé une levée de fonds de 90 millions d'euros.",
        "fr",
        [{"type": ROUND, "subject": "Groq", "amount": 9e7, "status": "closed"}],
    )


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a raising verb takes the investment noun behind an adverb, an article, an adjective
        ("A Mistral AI captou recentemente um expressivo investimento de US$ 75 milhões.", "pt"),
        (
            "Mistral AI obtuvo recientemente una importante inversión de 75 millones de dólares.",
            "es",
        ),
        ("Mistral AI has quietly secured a major new investment of $75 million.", "en"),
    ],
)
def test_a_raising_verb_takes_an_investment_noun_a_few_plain_words_away(run, text, lang):
    assert [(c.type, c.subject, c.amount) for c in run(text, lang)] == [
        (ROUND, "Mistral AI", 7.5e7)
    ]


@pytest.mark.parametrize(
    "text",
    [
        # investors lead a round "for the company": the story's company raises it
        "Groq makes inference chips. Sequoia is leading the $102 million Series C round for "
        "the company.",
        "Groq makes inference chips. The $102 million Series C round for the company was led "
        "by Sequoia and two other funds.",
    ],
)
def test_a_round_for_the_company_is_the_story_s_company_s(run, text):
    assert [(c.subject, c.amount) for c in run(text, "en") if c.type == ROUND] == [("Groq", 1.02e8)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a language that drops the subject: a money sentence naming nobody continues the
        # chip start-up the story is about
        ("Groq是一家芯片企业。2020年完成7000万元Pre-A轮融资。", "zh"),
        (
            "La startup Groq produce chip. Recentemente, ha ricevuto un finanziamento di 70 "
            "milioni di euro.",
            "it",
        ),
    ],
)
def test_a_subjectless_money_sentence_continues_the_chip_start_up(run, text, lang):
    assert [c.subject for c in run(text, lang) if c.type == ROUND] == ["Groq"]


def test_ko_a_loanword_for_value_makes_a_valuation():
    check_bundled(
        "메가존클라우드는 2022년 시리즈C 투자에서 2조4000억원의 밸류를 인정받았다.",
        "ko",
        [{"type": "valuation", "subject": "Megazone Cloud", "valuation": 2.4e12}],
    )


@pytest.mark.parametrize(
    "text",
    [
        # the investment noun after the amount, behind 的 and a modifier, is what is raised
        "智谱宣布获得浦江创投集团和长江产业集团联合10亿元人民币的战略投资。",
        "智谱获得10亿元战略投资。",
    ],
)
def test_zh_a_strategic_investment_received_is_a_round(text):
    check_bundled(text, "zh", [{"type": ROUND, "subject": "Zhipu AI", "amount": 1e9}])


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        # in traditional script a bare 元 is the New Taiwan dollar, but a mainland Chinese
        # company's amounts (a Taiwanese outlet's story of it) are yuan
        ("瀚博半導體是一家GPU廠商,以105億元估值躋身獨角獸榜單。", "CNY"),
        ("Ubitus是一家雲端公司,以105億元估值躋身獨角獸榜單。", "TWD"),
    ],
)
def test_a_bare_yuan_in_traditional_script_follows_the_company_s_country(text, currency):
    claims = extract(text, language="zh", published=PUBLISHED, gazetteer=default_gazetteer())
    assert [(c.valuation, c.valuation_currency) for c in claims] == [(1.05e10, currency)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # "approval for an investment": the company is cleared to invest, it raises nothing
        ("Mistral AI secured approval for an investment of $75 million.", "en"),
        # its own investment, raised (increased) or doubled: no new money taken in
        ("Anthropic raised its planned investment of $50 billion in American data centers.", "en"),
        ("Mistral AI busca duplicar su inversión de 1.000 millones de euros en Francia.", "es"),
        ("A Mistral AI recebeu críticas sobre seu investimento de 1 bilhão de euros.", "pt"),
        ("Mistral AI erhielt Kritik wegen seiner Investition von 1 Milliarde Euro.", "de"),
    ],
)
def test_no_new_investment_taken_in_makes_no_raise(run, text, lang):
    assert [c for c in run(text, lang) if c.type == ROUND] == []


@pytest.mark.parametrize(
    "text",
    [
        # a round for what the company owns, or for a company the group names
        "Groq makes inference chips. Sequoia led a $50 million seed round for the company's "
        "robotics spin-off.",
        "Groq makes inference chips. Sequoia led a $50 million round for the group of Kestrel.",
    ],
)
def test_a_round_for_what_the_company_owns_is_not_the_company_s(run, text):
    assert "Groq" not in {c.subject for c in run(text, "en") if c.type == ROUND}


def test_ko_money_from_a_fund_is_a_round():
    # a fund the money comes from ("펀드로부터") budgets nothing
    check_bundled(
        "로봇 기업 두봇(Dobot)은 국영 펀드로부터 5억 위안의 투자금을 유치했다.",
        "ko",
        [{"type": ROUND, "subject": "Dobot", "amount": 5e8}],
    )


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a sector's total in a chip start-up's story is nobody's round
        ("Groq是一家芯片企业。据统计,2024年国内AI芯片领域共完成融资500亿元。", "zh"),
        ("Groqは半導体スタートアップだ。昨年、AI半導体分野では50億ドルが調達された。", "ja"),
    ],
)
def test_a_sector_s_total_is_not_the_chip_start_up_s(run, text, lang):
    assert "Groq" not in {c.subject for c in run(text, lang) if c.type == ROUND}
