"""Pairing rules of sources/extract/claims/, each checked in several languages with our own
sentences: what makes an amount a round, a valuation or nothing, and who the subject is."""

import re
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

FR, VAL, CS, HOLD = "funding_round", "valuation", "cluster_size", "chip_holding"


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


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pt", "O Fairwater ocupa um terreno de 127 hectares e usará chips GB200."),
        ("en", "Meta's data center campus employs 1,500 people and will run GPUs."),
        ("zh", "该数据中心占地500公顷，将部署英伟达芯片。"),
        ("en", "DeepSeek trained V3 in 2.788 million H800 GPU hours."),
    ],
)
def test_other_units_are_not_chip_counts(check, lang, text):
    check(text, lang, [])


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Musk said Grok 3 will need about 100,000 H100 GPUs."),
        ("ru", "Маск говорил, что для обучения Grok 3 потребуется около 100 тыс. H100."),
        ("de", "Für das Training benötigt xAI rund 100.000 H100-GPUs."),
    ],
)
def test_compute_requirements_are_not_holdings(check, lang, text):
    check(text, lang, [])


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


def test_reference_values_after_a_comparison_are_not_claims(check):
    check(
        "A Anthropic vale quase o triplo dos US$ 61,5 bilhões de março.",
        "pt",
        [],
    )


def test_figure_compared_with_a_report_keeps_its_own_status(check):
    check(
        "По данным CNBC, сделка повысила оценку Anthropic примерно до 350 млрд долларов против "
        "183 млрд в сентябре.",
        "ru",
        [
            {"type": VAL, "subject": "Anthropic", "valuation_usd": 350e9, "status": "reported"},
        ],
    )


def test_agreements_are_plans(check):
    check(
        "Anthropic a annoncé un accord avec Google lui permettant d'utiliser jusqu'à un million "
        "de puces TPU.",
        "fr",
        [{"type": HOLD, "subject": "Anthropic", "quantity": 1e6, "status": "planned"}],
        exact=False,
    )


def test_italian_conditional_is_hearsay(check):
    check(
        "Secondo alcune fonti, xAI starebbe raccogliendo 10 miliardi di dollari.",
        "it",
        [{"type": FR, "subject": "xAI", "amount": 10e9, "status": "reported"}],
    )


def test_report_verb_next_to_an_outlet(check):
    check(
        "O site The Information havia relatado que a xAI planeja um supercomputador com "
        "100 mil chips H100.",
        "pt",
        [{"type": CS, "subject": "xAI", "quantity": 1e5, "status": "reported"}],
    )


def test_company_descriptions_name_the_company(run):
    from datetime import date

    from sources.extract import extract

    claims = extract(
        "A rival criadora do ChatGPT foi avaliada em mais de US$ 80 bilhões em fevereiro.",
        language="pt",
        published=date(2024, 6, 1),
    )  # the default gazetteer carries the descriptor aliases
    assert [(c.type, c.subject, c.qualifier) for c in claims] == [(VAL, "OpenAI", "at_least")]


def test_the_company_in_a_money_sentence_is_the_one_raising(check):
    check(
        "ASML investit 1,3 milliard d'euros dans Mistral AI. La société avait levé 600 millions "
        "d'euros en juin 2023.",
        "fr",
        [
            {"type": FR, "subject": "Mistral AI", "amount": 1.3e9},
            {"type": FR, "subject": "Mistral AI", "amount": 600e6, "as_of": "2023-06"},
        ],
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


def test_discourse_cluster_for_a_sentence_naming_nobody(check):
    check(
        "Colossus went online in September. The system links 100,000 H100 GPUs.",
        "en",
        [{"type": CS, "subject": "Colossus", "quantity": 1e5}],
    )


def test_in_house_chips_give_the_cloud_as_owner(check):
    check(
        "Anthropic will use up to one million Trillium chips.",
        "en",
        [{"type": HOLD, "subject": "Anthropic", "owner": "Google", "chip_model": "TPU-v6e"}],
    )


# --- new tranches, totals, investees, "respectively" ------------------------------------


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
    ("lang", "text"),
    [
        ("it", "Meta prevede di avere circa 600.000 GPU equivalenti H100 entro fine anno."),
        ("es", "Meta tendrá unas 600.000 GPU equivalentes H100 a finales de año."),
        ("en", "Meta will have compute equal to 600,000 GPUs equivalent to H100 by year end."),
    ],
)
def test_a_chip_noun_then_equivalent_then_a_model_is_an_equivalent_count(check, lang, text):
    check(text, lang, [])


def test_japanese_sentence_final_non_past_funding_verb_is_planned(check):
    check(
        "ソフトバンクグループは約5000億円をオープンAIに追加出資する。",
        "ja",
        [{"type": FR, "subject": "OpenAI", "amount": 5e11, "currency": "JPY", "status": "planned"}],
    )
    check(
        "ソフトバンクグループは約5000億円をオープンAIに出資した。",
        "ja",
        [{"type": FR, "subject": "OpenAI", "amount": 5e11, "status": "closed"}],
    )


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Anthropic competes with OpenAI. The latter is raising $40 billion."),
        ("de", "Anthropic konkurriert mit OpenAI. Letztere sammelt 40 Milliarden Dollar ein."),
        ("fr", "Anthropic rivalise avec OpenAI. Cette dernière lève 40 milliards de dollars."),
        ("es", "Anthropic compite con OpenAI. Esta última recauda 40.000 millones de dólares."),
        ("it", "Anthropic compete con OpenAI. Quest'ultima raccoglie 40 miliardi di dollari."),
        ("pt", "A Anthropic concorre com a OpenAI. Esta última capta US$ 40 bilhões."),
        ("zh", "Anthropic与OpenAI竞争。后者正在融资400亿美元。"),
        ("ja", "アンソロピックはオープンAIと競合している。後者は400億ドルを調達した。"),
    ],
)
def test_the_latter_is_the_company_named_last(check, lang, text):
    check(text, lang, [{"type": FR, "subject": "OpenAI", "amount": 40e9}])


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "If confirmed, the round would value xAI at $200 billion."),
        ("it", "Se confermata, la valutazione di 200 miliardi di dollari renderebbe xAI enorme."),
        ("de", "Sollte sich das bestätigen, wäre xAI 200 Milliarden Dollar wert."),
        ("fr", "Si elle se confirme, l'opération valoriserait xAI à 200 milliards de dollars."),
        ("es", "De confirmarse, la operación valoraría a xAI en 200.000 millones de dólares."),
        ("pt", "Se confirmada, a operação avaliaria a xAI em US$ 200 bilhões."),
        ("ru", "Если информация подтвердится, xAI будет оценена в 200 млрд долларов."),
        ("id", "Jika terealisasi, valuasi xAI akan mencapai US$200 miliar."),
        ("zh", "如果属实，xAI的估值将达到2000亿美元。"),
        ("ja", "事実なら、xAIの評価額は2000億ドルに達する。"),
    ],
)
def test_a_figure_under_a_condition_is_not_asserted(check, lang, text):
    check(text, lang, [])


def test_under_a_condition_a_figure_dated_in_the_past_stands(check):
    check(
        "Si elle se confirme, cette levée doublerait la valeur de Mistral AI, estimée à "
        "5,8 milliards d'euros en juin 2023.",
        "fr",
        [{"type": VAL, "subject": "Mistral AI", "amount": 5.8e9, "as_of": "2023-06"}],
    )


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "OpenAI is raising $40 billion."),
        ("zh", "OpenAI正在筹集400亿美元。"),
        ("es", "OpenAI está recaudando 40.000 millones de dólares."),
    ],
)
def test_a_plan_phrase_holding_a_round_verb_keeps_both(check, lang, text):
    # the longest phrase ("is raising", a plan) must not hide the round verb inside it
    check(text, lang, [{"type": FR, "subject": "OpenAI", "amount": 40e9, "status": "planned"}])


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


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Nvidia hat im vergangenen Jahr rund 500.000 H100-Chips an Meta ausgeliefert."),
        ("id", "Nvidia telah mengirimkan lebih dari 500.000 GPU H100 ke Meta tahun lalu."),
        ("ja", "メタは昨年H100を15万個購入した。"),
    ],
)
def test_a_delivery_or_purchase_is_a_flow_before_or_after_the_count(check, lang, text):
    check(text, lang, [])


def test_a_verb_after_the_count_that_does_not_close_the_clause_is_no_purchase(check):
    check(
        "Meta has 350,000 H100 chips bought from Nvidia over two years.",
        "en",
        [{"type": HOLD, "subject": "Meta", "quantity": 350_000.0}],
    )


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "CoreWeave verfügt über mehr als 250.000 GPUs, verteilt auf 32 Rechenzentren."),
        ("es", "CoreWeave opera más de 250.000 GPU, repartidas en 32 centros de datos."),
    ],
)
def test_sites_in_a_participle_phrase_after_the_count_make_a_holding(check, lang, text):
    check(text, lang, [{"type": HOLD, "subject": "CoreWeave", "quantity": 250_000.0}])


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "de",
            "OpenAI will zehn Gigawatt an Rechenzentren aufbauen. Das entspricht nach Angaben "
            "der Unternehmen mehreren Millionen Grafikprozessoren.",
        ),
        (
            "en",
            "OpenAI plans to build ten gigawatts of data centres. This is equivalent, by the "
            "companies' count, to several million GPUs.",
        ),
    ],
)
def test_a_restatement_keeps_the_status_of_the_figure_before(run, lang, text):
    claims = run(text, lang)
    holding = [c for c in claims if c.type == HOLD]
    assert [(c.subject, c.quantity, c.status) for c in holding] == [("OpenAI", None, "planned")]


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


def test_a_time_in_another_clause_with_its_own_figure_dates_that_figure(check):
    check(
        "Colossus уже насчитывает 200 тыс. GPU, а к концу года их число вырастет до 1 млн.",
        "ru",
        [
            {"type": CS, "quantity": 200_000.0, "status": "operational", "as_of": "2024-06-14"},
            {"type": CS, "quantity": 1e6, "status": "planned", "as_of": "2024-12"},
        ],
    )


def test_an_equivalence_after_the_chip_before_a_counter_only_count(check):
    check("メタはH100換算で約60万個分の計算能力を持つ。", "ja", [])


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("id", "Colossus kini memiliki 100.000 GPU H100, sedangkan Meta punya 350,000 unit H100."),
        ("en", "Colossus has 100,000 H100 GPUs, while Meta has 350,000 H100 GPUs."),
    ],
)
def test_a_clause_naming_another_owner_is_not_about_the_cluster(check, lang, text):
    check(
        text,
        lang,
        [
            {"type": CS, "subject": "Colossus", "quantity": 100_000.0},
            {"type": HOLD, "subject": "Meta", "quantity": 350_000.0},
        ],
    )


def test_the_owner_in_the_next_clause_still_speaks_of_its_cluster(check):
    check(
        "Colossus runs 100K Nvidia H100 chips, and xAI has said it will double the system to "
        "200k GPUs.",
        "en",
        [
            {"type": CS, "subject": "Colossus", "quantity": 100_000.0, "status": "operational"},
            {"type": CS, "subject": "Colossus", "quantity": 200_000.0, "status": "planned"},
        ],
    )


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "it",
            "Anthropic, che utilizza Rainier per i modelli Claude, prevede di superare il milione "
            "di chip Trainium2 entro la fine del 2025.",
        ),
        ("es", "Anthropic, que usa Rainier para entrenar a Claude, tendrá un millón de chips."),
        ("pt", "A Anthropic, que usa o Rainier, terá um milhão de chips Trainium2."),
    ],
)
def test_a_cluster_in_a_relative_clause_after_a_comma_is_not_the_subject(check, lang, text):
    check(text, lang, [{"type": HOLD, "subject": "Anthropic", "quantity": 1e6}])


def test_a_power_figure_in_a_requirement_is_a_threshold(check):
    check("TVA approval is required for any single customer load above 100 megawatts.", "en", [])


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Anthropic seeks up to $5 billion at a $170 billion valuation."),
        ("es", "Anthropic busca hasta 5.000 millones de dólares."),
        ("it", "Anthropic cerca fino a 5 miliardi di dollari."),
        ("ru", "Anthropic ищет до $5 млрд."),
    ],
)
def test_seeking_money_is_a_planned_round(check, lang, text):
    check(text, lang, [{"type": FR, "subject": "Anthropic", "amount": 5e9, "status": "planned"}])


@pytest.mark.parametrize(
    ("lang", "text", "status"),
    [
        ("it", "Il supercomputer Colossus dovrebbe raggiungere un milione di GPU.", "planned"),
        ("it", "Il supercomputer Colossus avrebbe raggiunto 200.000 GPU.", "reported"),
        ("zh", "据他了解，DeepSeek拥有约5万块H100。", "reported"),
    ],
)
def test_modal_conditionals_plan_and_hearsay_conditionals_report(check, lang, text, status):
    claims = check(text, lang, [{"status": status}])
    assert claims[0].type in (CS, HOLD)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Microsoft-backed OpenAI raised $6.6 billion at a $157 billion valuation."),
        ("zh", "软银领投OpenAI 66亿美元融资，估值1570亿美元。"),
    ],
)
def test_the_company_after_its_backer_is_the_one_raising(check, lang, text):
    check(text, lang, [{"type": FR, "subject": "OpenAI", "amount": 6.6e9, "valuation_usd": 157e9}])


# --- round 2: whole-article errors ------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "subject"),
    [
        (
            "en",
            "Anthropic has closed a new round. Microsoft's chief executive said last week the "
            "company would have more than 900,000 GPUs by the end of next year.",
            "Microsoft",
        ),
        (
            "de",
            "Anthropic sammelt Geld ein. Auch Mistral AI führt Gespräche über eine Runde, die "
            "das Unternehmen mit 14 Milliarden Dollar bewerten würde.",
            "Mistral AI",
        ),
        (
            "id",
            "xAI terus menghimpun dana. Di sisi lain, Anthropic disebut sedang menyiapkan "
            "penjualan saham yang akan menilai perusahaan tersebut sebesar US$170 miliar.",
            "Anthropic",
        ),
        (
            "fr",
            "xAI lève des fonds. De son côté, Mistral AI discute d'une opération qui "
            "valoriserait la société à 12 milliards d'euros.",
            "Mistral AI",
        ),
    ],
)
def test_anaphor_after_a_named_subject_is_that_company(run, lang, text, subject):
    claims = run(text, lang)
    assert [c.subject for c in claims] == [subject]


def test_anaphor_after_a_name_in_a_noun_phrase_is_the_story_company(check):
    check(
        "Mistral AI grandit vite. Fondée par trois anciens de Meta, l'entreprise avait levé "
        "105 millions d'euros en juin 2023.",
        "fr",
        [{"type": FR, "subject": "Mistral AI", "amount": 105e6, "status": "closed"}],
    )


@pytest.mark.parametrize(
    ("lang", "text", "quantity"),
    [
        (
            "de",
            "Oracle betreibt in Abilene rund 100.000 GB200-Chips. Bis Mitte 2026 soll die "
            "Zahl auf 400.000 steigen.",
            400_000.0,
        ),
        (
            "ru",
            "Microsoft развернула в кластере 80 тыс. GPU. К концу года компания намерена "
            "довести их число до 150 тыс.",
            150_000.0,
        ),
        (
            "en",
            "CoreWeave runs 250,000 GPUs in its data centers. It plans to bring that number "
            "to 400,000 next year.",
            400_000.0,
        ),
    ],
)
def test_growth_target_of_the_count_before(run, lang, text, quantity):
    claims = run(text, lang)
    target = [c for c in claims if c.quantity == quantity]
    assert len(claims) == 2 and len(target) == 1
    assert target[0].status == "planned"
    assert target[0].subject == claims[0].subject


def test_the_number_of_something_else_is_not_a_chip_target(check):
    check(
        "Meta beschäftigt rund 70.000 Menschen. Bis 2026 soll die Zahl auf 80.000 steigen.",
        "de",
        [],
    )


def test_verb_final_growth_target(check):
    check(
        "Der Supercomputer Colossus soll bis Ende 2026 auf eine Million GPUs anwachsen.",
        "de",
        [{"type": CS, "subject": "Colossus", "quantity": 1e6, "status": "planned"}],
    )


def test_increase_up_to_a_target_is_not_an_increment(check):
    check(
        "Colossus kini berisi 150.000 GPU, dan xAI berencana menambah kapasitasnya hingga "
        "300.000 GPU.",
        "id",
        [
            {"type": CS, "subject": "Colossus", "quantity": 150_000.0, "status": "operational"},
            {"type": CS, "subject": "Colossus", "quantity": 300_000.0, "status": "planned"},
        ],
    )


def test_counter_only_count_keeps_the_chip_of_its_own_holder(check):
    check(
        "阿里巴巴目前拥有约5万块H800芯片。"
        "与此同时，xAI的Colossus超级计算机目前已部署15万块GPU，马斯克表示将扩展至30万块。",
        "zh",
        [
            {"type": HOLD, "subject": "Alibaba", "chip_model": "H800"},
            {"type": CS, "subject": "Colossus", "chip_model": None, "quantity": 150_000.0},
            {"type": CS, "subject": "Colossus", "chip_model": None, "quantity": 300_000.0},
        ],
    )


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


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=" ,;:()（）、，；：—–-0123456789ab", max_size=40))
def test_chip_breaks_are_clause_marks_without_brackets_and_dashes(text):
    # analyze derives the chip barriers from its clause scan instead of a second regex pass:
    # they must be what this regex (the chip breaks' definition) finds
    from sources.extract.claims.analysis import _CLAUSE_PUNCT, _NOT_CHIP_BREAK

    chip_break = re.compile(r"[;:、，；：]|,(?:(?<![0-9],)|(?![0-9]))|\s-\s")
    clause = [m.start() for m in _CLAUSE_PUNCT.finditer(text)]
    assert [m.start() for m in chip_break.finditer(text)] == [
        p for p in clause if text[p] not in _NOT_CHIP_BREAK
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Microsoft rival Anthropic has closed a $2 billion round."),
        ("de", "Der Microsoft-Konkurrent Anthropic hat 2 Milliarden Dollar eingesammelt."),
        ("fr", "Le concurrent de Microsoft, Anthropic, a levé 2 milliards de dollars."),
        ("id", "Pesaing Microsoft, Anthropic, meraih pendanaan US$2 miliar."),
        ("ru", "Конкурент Microsoft компания Anthropic привлекла 2 млрд долларов."),
        ("zh", "微软的竞争对手Anthropic完成20亿美元融资。"),
    ],
)
def test_the_company_whose_rival_is_named_is_not_the_subject(check, lang, text):
    check(text, lang, [{"type": FR, "subject": "Anthropic", "amount_usd": 2e9}])


def test_a_rival_in_apposition_is_the_subject(check):
    check(
        "Der Konkurrent OpenAI hat 8 Milliarden Dollar eingesammelt.",
        "de",
        [{"type": FR, "subject": "OpenAI", "amount_usd": 8e9}],
    )


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ja", "ソフトバンクはH200を2000基以上備えた計算基盤を稼働させた。"),
        ("en", "SoftBank now runs a cluster of more than 2,000 H200 GPUs in Japan."),
    ],
)
def test_an_investor_named_alone_holds_its_own_chips(check, lang, text):
    check(
        text,
        lang,
        [{"type": CS, "subject": "SoftBank", "chip_model": "H200", "quantity": 2000.0}],
    )


def test_an_investor_is_still_no_subject_beside_a_lab(check):
    check(
        "SoftBank-backed OpenAI operates 60,000 GB200 chips in Texas.",
        "en",
        [{"type": HOLD, "subject": "OpenAI", "quantity": 60_000.0}],
    )


def test_an_investor_story_carries_to_a_sentence_that_names_nobody(check):
    check(
        "ソフトバンクは堺市でデータセンターを整備している。受電容量は将来的に250メガワット超となる。",
        "ja",
        [{"type": "power_capacity", "subject": "SoftBank", "quantity": 250.0}],
    )


@pytest.mark.parametrize(
    ("lang", "text", "qualifier"),
    [
        ("ja", "xAIは将来的に電力を600メガワット超に増やす計画だ。", "at_least"),
        ("en", "CoreWeave's new campus will draw 250 MW or more.", "at_least"),
        ("zh", "微软的新数据中心供电能力约为500兆瓦左右。", "approx"),
    ],
)
def test_a_bound_after_the_power_unit(check, lang, text, qualifier):
    (claim,) = check(text, lang, [{"type": "power_capacity"}])
    assert claim.qualifier == qualifier


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ja", "xAIはスパコンを15万基に増強　完成まで180日"),
        ("zh", "xAI的超算扩容至15万块GPU 工期180天"),
    ],
)
def test_a_number_of_days_in_a_headline_is_no_chip_count(check, lang, text):
    claims = check(text, lang, [{"quantity": 150_000.0}], exact=False)
    assert all(c.quantity != 180.0 or c.type == "build_duration" for c in claims)


def test_a_server_count_is_no_chip_count(check):
    check(
        "ソフトバンクはサーバー1台あたりGPUを8枚搭載し、計300台超のサーバーを導入した。",
        "ja",
        [],
    )


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ja", "xAIはコロッサスを20万基に増強した。同社はさらに、50万基規模への拡張を目指す。"),
        ("zh", "xAI的Colossus已有20万块GPU。另外，xAI计划将其扩展至50万块GPU。"),
    ],
)
def test_a_connective_followed_by_a_comma_is_no_increment(check, lang, text):
    claims = check(text, lang, [{"quantity": 200_000.0}, {"quantity": 500_000.0}], exact=False)
    assert {c.status for c in claims if c.quantity == 500_000.0} == {"planned"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("it", "Colossus assorbe circa 150 megawatt; con Colossus 2 si salirà a 1 gigawatt."),
        ("en", "Colossus draws about 150 MW; Colossus 2 will need more than 1 GW."),
    ],
)
def test_a_cluster_after_a_semicolon_is_the_next_clause_s_subject(check, lang, text):
    claims = check(text, lang, [{"type": "power_capacity", "quantity": 150.0}], exact=False)
    assert [c.subject for c in claims if c.quantity == 150.0] == ["Colossus"]


def test_the_count_named_as_that_count_continues_the_cluster(check):
    check(
        "Project Rainier berisi 400.000 chip Trainium2. "
        "Amazon menargetkan jumlah chip tersebut naik menjadi 800.000 unit tahun depan.",
        "id",
        [
            {"type": CS, "subject": "Project Rainier", "quantity": 400_000.0},
            {"type": CS, "subject": "Project Rainier", "quantity": 800_000.0, "status": "planned"},
        ],
    )


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


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Colossus 2 superará el gigavatio de potencia."),
        ("fr", "Colossus 2 dépassera le gigawatt de puissance."),
    ],
)
def test_the_gigawatt_with_an_article_is_one(check, lang, text):
    check(text, lang, [{"type": "power_capacity", "quantity": 1000.0, "qualifier": "at_least"}])


@pytest.mark.parametrize(
    ("lang", "text", "status"),
    [
        ("pt", "O campus da Crusoe foi projetado para cerca de 50 mil GB200.", "planned"),
        ("id", "Kampus Crusoe dirancang untuk menampung 50.000 GPU GB200.", "planned"),
        ("ru", "Anthropic, по словам собеседников, может привлечь 3 млрд долларов.", "reported"),
        ("en", "OpenAI declined to comment on reports that it is raising $9 billion.", "reported"),
    ],
)
def test_design_capacity_is_a_plan_and_reports_are_reports(check, lang, text, status):
    (claim,) = check(text, lang, [{"status": status}])
    assert claim.quantity or claim.amount


def test_traditional_chinese_approx_with_you(check):
    check(
        "特斯拉的Cortex叢集目前約有6萬顆H100。",
        "zh",
        [{"type": CS, "subject": "Cortex", "quantity": 60_000.0, "qualifier": "approx"}],
    )


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "OpenAI backer SoftBank operates 3,000 H200 GPUs in Tokyo."),
        ("zh", "OpenAI背后的软银在东京运营3000块H200。"),
    ],
)
def test_the_company_behind_a_name_is_the_subject(check, lang, text):
    check(text, lang, [{"subject": "SoftBank", "chip_model": "H200", "quantity": 3000.0}])


@pytest.mark.parametrize(
    ("text", "lang", "as_of"),
    [
        ("今年3月，Anthropic以615亿美元的投后估值完成了35亿美元的E轮融资。", "zh", "2024-03"),
        ("xAIは5月、シリーズBで60億ドルを調達した。", "ja", "2024-05"),
        ("In May, xAI raised $6 billion in a Series B round.", "en", "2024-05"),
    ],
)
def test_a_leading_time_before_a_comma_dates_the_round(run, text, lang, as_of):
    # the month's own number ("3月") is no figure that would keep the time to its clause
    claims = run(text, lang, date(2024, 9, 3))
    assert [(c.type, c.as_of) for c in claims] == [("funding_round", as_of)]


def test_a_valuation_of_another_company_is_not_paired_with_the_round(run):
    text = (
        "OpenAI négocie une vente d'actions sur la base d'une valorisation d'environ 500 "
        "milliards de dollars, et Anthropic vient de lever 13 milliards de dollars."
    )
    claims = run(text, "fr", date(2025, 9, 4))
    got = {(c.type, c.subject, c.valuation_usd) for c in claims}
    assert got == {("funding_round", "Anthropic", None), ("valuation", "OpenAI", 500e9)}


def test_an_amount_compared_with_does_not_keep_the_month_to_its_clause(run):
    text = (
        "A Anthropic levantou US$ 13 bilhões. O valor é quase o triplo dos US$ 61,5 bilhões "
        "atribuídos à companhia em março, quando ela levantou US$ 3,5 bilhões."
    )
    claims = run(text, "pt", date(2025, 9, 3))
    assert [(c.amount_usd, c.as_of) for c in claims] == [(13e9, "2025-09-03"), (3.5e9, "2025-03")]
