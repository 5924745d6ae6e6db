"""A sentence's claims put together (sources/extract/claims/sentence.py): status and date of
each figure, conditions, restatements and comparisons; our own sentences."""

from datetime import date

import pytest

FR, VAL, CS, HOLD = "funding_round", "valuation", "cluster_size", "chip_holding"


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
            # the earlier valuation compared with is a known fact of its own
            {"type": VAL, "subject": "Anthropic", "valuation_usd": 183e9, "status": "closed"},
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


def test_a_time_in_another_clause_with_its_own_figure_dates_that_figure(check):
    check(
        "Colossus уже насчитывает 200 тыс. GPU, а к концу года их число вырастет до 1 млн.",
        "ru",
        [
            {"type": CS, "quantity": 200_000.0, "status": "operational", "as_of": "2024-06-14"},
            {"type": CS, "quantity": 1e6, "status": "planned", "as_of": "2024-12"},
        ],
    )


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


def test_an_amount_compared_with_does_not_keep_the_month_to_its_clause(run):
    text = (
        "A Anthropic levantou US$ 13 bilhões. O valor é quase o triplo dos US$ 61,5 bilhões "
        "atribuídos à companhia em março, quando ela levantou US$ 3,5 bilhões."
    )
    claims = run(text, "pt", date(2025, 9, 3))
    assert [(c.amount_usd, c.as_of) for c in claims] == [(13e9, "2025-09-03"), (3.5e9, "2025-03")]
