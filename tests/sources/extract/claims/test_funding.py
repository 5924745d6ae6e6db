"""Funding rounds and valuations (sources/extract/claims/funding/): what makes an amount a
round, a valuation or nothing, and which company raises it; our own sentences."""

from datetime import date

import pytest

FR, VAL = "funding_round", "valuation"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "CoreWeave took on $7.5 billion of debt financing from Blackstone."),
        ("it", "Secondo Bloomberg, xAI cerca di ottenere 3,5 miliardi di dollari di debito."),
        ("ru", "xAI ведет переговоры о привлечении долгового финансирования на 3,5 млрд долларов."),
        ("es", "Oracle obtuvo un préstamo de 18.000 millones de dólares."),
        ("zh", "甲骨文获得180亿美元贷款。"),
    ],
)
def test_debt_is_not_a_round(check, lang, text):
    check(text, lang, [])


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Musk acquired Twitter for $44 billion in 2022, above xAI's valuation."),
        (
            "ja",
            "マスク氏は2022年にツイッターを440億ドルで買収しており、xAIの評価額はそれを下回る。",
        ),
        ("de", "Die Übernahme durch Microsoft kostete 10 Milliarden Dollar."),
    ],
)
def test_acquisition_prices_are_not_valuations(check, lang, text):
    check(text, lang, [])


def test_a_conversion_in_its_own_sentence_is_not_a_second_round(check):
    check(
        "月之暗面完成10亿美元融资。按当前汇率计算，此次融资金额约合72亿元人民币。",
        "zh",
        [{"type": FR, "subject": "Moonshot AI", "amount": 1e9, "currency": "USD"}],
    )
    check(
        "A OpenAI levantou US$ 6,6 bilhões. O valor equivale a cerca de R$ 36 bilhões.",
        "pt",
        [{"type": FR, "subject": "OpenAI", "amount": 6.6e9, "currency": "USD"}],
    )


def test_investment_into_a_named_company_is_its_round(check):
    check(
        "Nvidia will invest up to $100 billion in OpenAI as new data centers come online.",
        "en",
        [
            {
                "type": FR,
                "subject": "OpenAI",
                "amount": 100e9,
                "qualifier": "at_most",
                "status": "planned",
            }
        ],
    )
    check(
        "Microsoft a investi 15 millions d'euros dans Mistral AI en février.",
        "fr",
        [
            {
                "type": FR,
                "subject": "Mistral AI",
                "amount": 15e6,
                "currency": "EUR",
                "as_of": "2024-02",
            }
        ],
    )


def test_investment_with_a_named_investor_goes_to_the_story_company(check):
    check(
        "Mistral AI develops open models in Paris. "
        "Microsoft also invested €15 million in February.",
        "en",
        [{"type": FR, "subject": "Mistral AI", "amount": 15e6}],
    )


def test_investment_into_the_company_by_anaphor(check):
    check(
        "A OpenAI fechou novos acordos. A Nvidia pode investir até US$ 100 bilhões na empresa.",
        "pt",
        [{"type": FR, "subject": "OpenAI", "amount": 100e9, "status": "planned"}],
    )


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("it", "Amazon ha investito 11 miliardi di dollari nel campus di Rainier in Indiana."),
        ("es", "La compañía destinó más de 11.000 millones de dólares a inversiones de capital."),
        ("fr", "Emmanuel Macron a annoncé 109 milliards d'euros d'investissements dans l'IA."),
        ("en", "Stargate plans to invest $500 billion in AI infrastructure over four years."),
        ("ja", "ソフトバンクはオープンAIの製品利用に年間30億ドルを投じる計画だ。"),
    ],
)
def test_spending_and_programmes_are_not_rounds(check, lang, text):
    check(text, lang, [])


def test_an_investors_part_of_a_round_is_not_a_round(check):
    check(
        "The round is led by Thrive Capital, which invested $1.25 billion, and values OpenAI at "
        "$157 billion.",
        "en",
        [{"type": VAL, "subject": "OpenAI", "valuation_usd": 157e9}],
    )


def test_equity_and_debt_parts_of_a_round(check):
    check(
        "Mistral AI a levé 600 millions d'euros. Le tour de table se compose de 468 millions "
        "d'euros en fonds propres et de 132 millions d'euros de dette.",
        "fr",
        [{"type": FR, "subject": "Mistral AI", "amount": 600e6}],
    )


def test_a_clause_with_its_own_subject_does_not_borrow_a_verb(check):
    # the first clause is a cumulative total, the second has its own subject and no raise
    # verb of its own: neither is a round
    check(
        "Anthropic hat seit der Gründung 8 Milliarden Dollar eingesammelt; allein Amazon sagte im "
        "September bis zu vier Milliarden Dollar zu.",
        "de",
        [],
    )


@pytest.mark.parametrize(
    ("lang", "text", "status"),
    [
        (
            "en",
            "Amazon will invest another $4 billion in Anthropic, bringing its total "
            "investment to $8 billion.",
            "planned",
        ),
        (
            "fr",
            "Amazon va investir 4 milliards de dollars supplémentaires dans Anthropic, portant "
            "son investissement total à 8 milliards.",
            "planned",
        ),
        (
            "es",
            "Amazon invertirá otros 4.000 millones de dólares en Anthropic, con lo que su "
            "inversión total asciende a 8.000 millones.",
            "planned",
        ),
        (
            "pt",
            "A Amazon vai investir outros US$ 4 bilhões na Anthropic, elevando o total "
            "investido para US$ 8 bilhões.",
            "planned",
        ),
        (
            "it",
            "Amazon investirà altri 4 miliardi di dollari in Anthropic, portando il totale a "
            "8 miliardi.",
            "planned",
        ),
        (
            "id",
            "Amazon akan menanamkan tambahan US$4 miliar di Anthropic sehingga total "
            "investasinya menjadi US$8 miliar.",
            "planned",
        ),
        ("zh", "亚马逊将再向Anthropic投资40亿美元，使其总投资额达到80亿美元。", "planned"),
        ("ja", "アマゾンはアンソロピックに40億ドルを追加出資し、出資総額は80億ドルとなる。", None),
        (
            "ru",
            "Amazon вложит ещё 4 млрд долларов в Anthropic, доведя общий объём инвестиций до "
            "8 млрд долларов.",
            "planned",
        ),
    ],
)
def test_a_new_tranche_is_a_round_and_the_running_total_is_not(check, lang, text, status):
    want = {"type": FR, "subject": "Anthropic", "amount": 4e9, "currency": "USD"}
    if status is not None:
        want["status"] = status
    check(text, lang, [want])


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Amazon wird in Anthropic weitere 4 Milliarden Dollar investieren."),
        ("zh", "亚马逊向Anthropic投资40亿美元。"),
        ("ja", "アマゾンはアンソロピックに40億ドルを出資した。"),
        ("ru", "Amazon в Anthropic вложит ещё 4 млрд долларов."),
    ],
)
def test_the_company_marked_as_receiving_money_is_the_round_subject(check, lang, text):
    check(text, lang, [{"type": FR, "subject": "Anthropic", "amount": 4e9}])


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Microsoft and NVIDIA will invest up to $5 billion and $10 billion in Anthropic, "
            "respectively.",
        ),
        (
            "ru",
            "Microsoft и NVIDIA договорились инвестировать в Anthropic до 5 млрд и до 10 млрд "
            "долларов соответственно.",
        ),
        ("de", "Microsoft und NVIDIA investieren jeweils 5 Milliarden Dollar in Anthropic."),
        ("zh", "微软和英伟达将分别向Anthropic投资50亿美元和100亿美元。"),
    ],
)
def test_investors_shares_given_respectively_are_not_a_round(check, lang, text):
    check(text, lang, [])


def test_chinese_at_most_bound_on_a_round(check):
    check(
        "据报道，xAI正在以约400亿美元的估值筹集至多60亿美元资金。",
        "zh",
        [
            {
                "type": FR,
                "subject": "xAI",
                "amount": 6e9,
                "qualifier": "at_most",
                "valuation_usd": 40e9,
                "status": "reported",
            }
        ],
    )


@pytest.mark.parametrize(
    ("lang", "text", "status"),
    [
        (
            "en",
            "Mistral AI is raising billions of dollars, the Financial Times reported.",
            "reported",
        ),
        ("id", "Mistral AI sedang menggalang dana miliaran dolar AS.", "planned"),
        ("zh", "xAI否认了正在筹集数十亿美元资金的报道。", "denied"),
        ("de", "Mistral AI will laut Insidern mehrere Milliarden Euro einsammeln.", "reported"),
    ],
)
def test_a_round_of_vague_size_has_no_amount(check, lang, text, status):
    check(
        text,
        lang,
        [{"type": FR, "amount": None, "amount_usd": None, "qualifier": "approx", "status": status}],
    )


def test_a_vague_valuation_alone_is_no_claim(check):
    check("xAI is now valued in the billions of dollars.", "en", [])


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Scaling Colossus further will need tens of billions of dollars in funding."),
        ("id", "Ekspansi xAI membutuhkan dana puluhan miliar dolar AS."),
    ],
)
def test_money_a_plan_needs_is_not_a_round(check, lang, text):
    check(text, lang, [])


def test_a_role_word_in_the_amounts_own_clause_wins(check):
    check(
        "月之暗面完成新一轮融资，金额超过10亿美元，估值达到33亿美元。",
        "zh",
        [{"type": FR, "amount": 1e9, "qualifier": "at_least", "valuation_usd": 3.3e9 * 1.0}],
    )


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "pt",
            "A Anthropic levantou US$ 13 bilhões, o que eleva seu valor de mercado para US$ 183 "
            "bilhões.",
        ),
        ("en", "Anthropic raised $13 billion, lifting its market value to $183 billion."),
    ],
)
def test_market_value_right_after_a_raise_is_the_valuation(check, lang, text):
    check(text, lang, [{"type": FR, "amount": 13e9, "valuation_usd": 183e9}])


def test_market_value_alone_is_not_a_valuation(check):
    check("A Nvidia atingiu valor de mercado de US$ 4 trilhões.", "pt", [])


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ru",
            "Anthropic закрыла новый раунд. Оценка стартапа после раунда достигла 183 млрд "
            "долларов.",
        ),
        (
            "es",
            "Anthropic cerró una ronda. La valoración de la empresa tras la ronda llegó a "
            "183.000 millones de dólares.",
        ),
        ("en", "Anthropic closed its round. The valuation implied by the round is $183 billion."),
    ],
)
def test_valuation_noun_heading_the_clause_takes_the_amount(check, lang, text):
    check(text, lang, [{"type": VAL, "subject": "Anthropic", "valuation_usd": 183e9}])


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Mistral AI hat eine Finanzierungsrunde über 600 Millionen Euro abgeschlossen."),
        ("de", "Mistral AI sicherte sich eine Kapitalspritze über 600 Millionen Euro."),
    ],
)
def test_german_ueber_after_a_deal_noun_names_the_sum(check, lang, text):
    check(text, lang, [{"type": FR, "subject": "Mistral AI", "amount": 6e8, "qualifier": "exact"}])


def test_german_ueber_before_a_bare_amount_is_a_bound(check):
    check(
        "Mistral AI hat über 600 Millionen Euro eingesammelt.",
        "de",
        [{"type": FR, "amount": 6e8, "qualifier": "at_least"}],
    )


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Anthropic закрыла раунд на 4 млрд долларов, из которых 1 млрд внесла Amazon."),
        ("en", "Anthropic closed a $4 billion round, of which $1 billion came from Amazon."),
    ],
)
def test_an_amount_right_before_of_which_is_the_total(check, lang, text):
    check(text, lang, [{"type": FR, "subject": "Anthropic", "amount_usd": 4e9}])


def test_a_valuation_of_another_company_is_not_paired_with_the_round(run):
    text = (
        "OpenAI négocie une vente d'actions sur la base d'une valorisation d'environ 500 "
        "milliards de dollars, et Anthropic vient de lever 13 milliards de dollars."
    )
    claims = run(text, "fr", date(2025, 9, 4))
    got = {(c.type, c.subject, c.valuation_usd) for c in claims}
    assert got == {("funding_round", "Anthropic", None), ("valuation", "OpenAI", 500e9)}
