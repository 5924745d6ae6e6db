"""Funding rounds and valuations: constructions seen on real news (issue 11, section 2),
each in sentences of our own in the language it came from."""

from __future__ import annotations

FR, VAL = "funding_round", "valuation"


def test_strategic_investment_with_the_amount_restated_in_brackets(check):
    """One company puts money into another, the amount restated in a second currency in
    brackets before the investee ("USD 100 miliar (sekitar Rp ...) ke OpenAI"); German
    "bei X einsteigen" (to buy into X) is an investment."""
    check(
        "Nvidia akan menanamkan investasi hingga USD 50 miliar (sekitar Rp 800 triliun) ke OpenAI.",
        "id",
        [
            {
                "type": FR,
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
                "type": FR,
                "subject": "Anthropic",
                "amount": 20e9,
                "currency": "USD",
                "qualifier": "at_most",
                "status": "planned",
            }
        ],
    )


def test_each_investors_share_in_chinese_is_no_round(check):
    """ "由A与B领投，各注资15亿美元": each lead investor's part, not a round of its own."""
    check(
        "据报道，Anthropic本轮融资目标为250亿美元，由Coatue与软银领投，各注资15亿美元。",
        "zh",
        [
            {
                "type": FR,
                "subject": "Anthropic",
                "amount": 25e9,
                "currency": "USD",
                "status": "reported",
            }
        ],
    )


def test_value_words_without_the_word_valuation(check):
    """Italian "il suo valore" and Portuguese "valoriza X em": a valuation; a value word after
    "and" belongs to the amount after it, not to the round before."""
    check(
        "Mistral AI ha raccolto 2 miliardi di euro e il suo valore sale a 12 miliardi di euro.",
        "it",
        [
            {
                "type": FR,
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
        [{"type": FR, "subject": "xAI", "amount": 500e6, "valuation_usd": 90e9}],
    )


def test_market_value_of_a_company_the_story_sees_raising(check):
    """In a story about its round, a startup's "капитализация" is its valuation."""
    check(
        "Mistral AI привлекла 1 млрд евро. После сделки капитализация Mistral AI достигнет "
        "12 млрд евро.",
        "ru",
        [
            {"type": FR, "subject": "Mistral AI", "amount": 1e9, "currency": "EUR"},
            {"type": VAL, "subject": "Mistral AI", "amount": 12e9, "currency": "EUR"},
        ],
    )


def test_a_report_by_the_paper_covers_a_clause_whose_subject_is_the_company(check):
    """ "Según el periódico, la empresa recaudó ...": a newspaper named by a common noun is an
    outlet, and "la empresa" / "l'entreprise" as a subject is no speaker of its own."""
    check(
        "Según el periódico, la empresa xAI recaudó recientemente US$10.000 millones.",
        "es",
        [{"type": FR, "subject": "xAI", "amount": 10e9, "status": "reported"}],
    )
    check(
        "Selon des informations du Financial Times, l'entreprise Mistral AI est désormais "
        "valorisée à environ 12 milliards d'euros.",
        "fr",
        [{"type": VAL, "subject": "Mistral AI", "amount": 12e9, "status": "reported"}],
    )


def test_hearsay_said_in_each_language(check):
    """German "soll sich auf ... belaufen" (is said to amount to), English "a reported
    valuation", Russian "считается, что" (it is believed that): reports, not facts or plans."""
    check(
        "Die Bewertung von Mistral AI soll sich auf knapp zwölf Milliarden Euro belaufen.",
        "de",
        [{"type": VAL, "subject": "Mistral AI", "amount": 12e9, "status": "reported"}],
    )
    check(
        "xAI has grown to a reported valuation of $50 billion.",
        "en",
        [{"type": VAL, "subject": "xAI", "amount": 50e9, "status": "reported"}],
    )
    check(
        "Считается, что OpenAI надеется привлечь $40 млрд.",
        "ru",
        [{"type": FR, "subject": "OpenAI", "amount": 40e9, "status": "reported"}],
    )


def test_a_round_restated_with_its_valuation_is_one_claim(check):
    """A headline names the round, the body restates it with its valuation: one round,
    carrying the valuation; a round of the same size at another date stays apart."""
    check(
        "Anthropic закрыла раунд на $20 млрд. Anthropic привлекла $20 млрд при оценке в $300 млрд.",
        "ru",
        [{"type": FR, "subject": "Anthropic", "amount": 20e9, "valuation_usd": 300e9}],
    )
    check(
        "Anthropic 完成200亿美元融资。Anthropic 宣布完成200亿美元的融资,估值达到3000亿美元。",
        "zh",
        [{"type": FR, "subject": "Anthropic", "amount": 20e9, "valuation_usd": 300e9}],
    )
    check(
        "xAI raised $6 billion on Monday. In May 2023, xAI raised $6 billion at a $24 billion "
        "valuation.",
        "en",
        [
            {"type": FR, "subject": "xAI", "amount": 6e9, "valuation_usd": None},
            {"type": FR, "subject": "xAI", "amount": 6e9, "valuation_usd": 24e9},
        ],
    )


def test_an_initial_target_the_round_overtook_is_a_planned_round(check):
    """ "Exceeding its initial target of $X": the target is a planned round of its own (the
    annotation guide, tests/realnews/README.md), not the round's amount; in Japanese the
    amount right before 上回る is the margin, no round."""
    target = {"type": FR, "status": "planned"}
    check(
        "A OpenAI levantou US$ 12 bilhões, superando sua meta anterior de US$ 9 bilhões.",
        "pt",
        [
            {"type": FR, "subject": "OpenAI", "amount": 12e9, "status": "closed"},
            {**target, "subject": "OpenAI", "amount": 9e9},
        ],
    )
    check(
        "Mistral AI recaudó 900 millones de euros y supera su objetivo inicial de 700 millones.",
        "es",
        [
            {"type": FR, "subject": "Mistral AI", "amount": 900e6, "status": "closed"},
            {**target, "subject": "Mistral AI", "amount": 700e6},
        ],
    )
    check(
        "アンソロピックは120億ドルを調達した。当初目標の 90 億ドル(約1兆3,000億円)を 30 億ドル"
        "(約4,300億円)上回った。",
        "ja",
        [
            {"type": FR, "subject": "Anthropic", "amount": 12e9, "status": "closed"},
            {**target, "subject": "Anthropic", "amount": 9e9},
        ],
    )
    check(
        "xAI는 120억 달러를 유치했다. 이는 애초 목표액이었던 60억 달러를 크게 웃도는 규모다.",
        "ko",
        [
            {"type": FR, "subject": "xAI", "amount": 12e9, "status": "closed"},
            {**target, "subject": "xAI", "amount": 6e9},
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
            {"type": FR, "subject": "xAI", "amount": 6e9},
            {"type": VAL, "subject": "Anthropic", "amount": 61e9},
            {"type": VAL, "subject": "OpenAI", "amount": 157e9},
        ],
    )


def test_a_round_of_a_total_is_the_rounds_size(check):
    """A total word between a singular round noun and the amount sums up that round (its
    parts), so it is the round; after a plural round noun it sums several rounds."""
    check(
        "Mistral AI hat eine Finanzierungsrunde von insgesamt 600 Millionen Euro abgeschlossen.",
        "de",
        [{"type": FR, "subject": "Mistral AI", "amount": 600e6, "currency": "EUR"}],
    )
    check(
        "Mistral AI hat in vier Finanzierungsrunden insgesamt 1 Milliarde Euro erhalten.", "de", []
    )


def test_components_of_a_round_listed_are_parts(check):
    """A round's components after "besteht aus ...:" and a list of parts that goes on past
    a comma ("其中…，另外…") are parts of the round, not rounds."""
    check(
        "Mistral AI hat 600 Millionen Euro eingesammelt. Die Finanzierung besteht aus zwei "
        "Komponenten: 468 Millionen Euro als Eigenkapital und 132 Millionen Euro als Kredit.",
        "de",
        [{"type": FR, "subject": "Mistral AI", "amount": 600e6}],
    )
    check(
        "xAI完成60亿美元融资。本轮融资中,其中40亿美元来自中东基金,另外20亿美元来自其他投资者。",
        "zh",
        [{"type": FR, "subject": "xAI", "amount": 6e9}],
    )
    check(
        "OpenAI raised $6.6 billion, including $1 billion from SoftBank, and $750 million from "
        "Microsoft.",
        "en",
        [{"type": FR, "subject": "OpenAI", "amount": 6.6e9}],
    )


def test_a_raise_under_a_condition_is_not_asserted(check):
    """ "If it raises $X", "se captar os US$ X": the amount is a condition; a round of the
    same sentence dated in the past is still stated."""
    check(
        "A OpenAI negocia uma nova rodada. Se captar os US$ 40 bilhões, a OpenAI vai dobrar o "
        "caixa.",
        "pt",
        [],
    )
    check(
        "If xAI does raise $6 billion next year, it will not be the first: in 2023, "
        "Anthropic raised $4 billion.",
        "en",
        [{"type": FR, "subject": "Anthropic", "amount": 4e9}],
    )


def test_ja_valuation_noun_after_its_amount(check):
    """ "X億ドルのポストマネー評価額でY億ドルの資金調達": the valuation noun follows its own
    amount (head-final), so it does not head the clause of the round amount after it."""
    check(
        "アンソロピックは、1830億ドルのポストマネー評価額で130億ドルのシリーズF資金調達を完了"
        "したと発表した。",
        "ja",
        [{"type": FR, "subject": "Anthropic", "amount": 13e9, "valuation_usd": 183e9}],
    )


def test_an_investment_the_company_obtains_is_its_round(check):
    """A raising verb before an investment word ("is close to securing a $2bn investment",
    "a obtenu un investissement de", "erhielt eine Investition von") makes the company that
    obtains it the round's subject, not an investor."""
    check(
        "Anthropic is close to securing a $2bn investment.",
        "en",
        [{"type": FR, "subject": "Anthropic", "amount": 2e9}],
    )
    check(
        "Mistral AI a obtenu un investissement de 600 millions d'euros.",
        "fr",
        [{"type": FR, "subject": "Mistral AI", "amount": 600e6, "currency": "EUR"}],
    )
    check(
        "Anthropic está a punto de conseguir una inversión de 2.000 millones de dólares.",
        "es",
        [{"type": FR, "subject": "Anthropic", "amount": 2e9}],
    )
    check(
        "Amazon invested $4 billion in Anthropic.",
        "en",
        [{"type": FR, "subject": "Anthropic", "amount": 4e9}],
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
            {"type": FR, "subject": "xAI", "amount": 12e9},
            {"type": FR, "subject": "xAI", "amount": 6e9, "valuation_usd": 24e9},
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
            {"type": FR, "subject": "OpenAI", "amount": 40e9},
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
            {"type": FR, "subject": "xAI", "amount": 6e9, "valuation_usd": None},
            {"type": VAL, "subject": "xAI", "amount": 80e9},
        ],
    )
    check(
        "xAI raised $6 billion in May at a valuation of $24 billion.",
        "en",
        [{"type": FR, "subject": "xAI", "amount": 6e9, "valuation_usd": 24e9}],
    )
