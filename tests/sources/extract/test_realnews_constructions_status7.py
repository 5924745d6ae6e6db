"""Status of matched facts, round 7 (issue 11, section 2): the grammar that decides whether a
figure is running, planned, reported or closed (mood, aspect, reported speech, comparison),
each construction in sentences of our own in the language it came from."""

from __future__ import annotations

import pytest

CS, ROUND, VAL, POWER = "cluster_size", "funding_round", "valuation", "power_capacity"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # one person among the insiders is no figure: the report covers the raise
        ("ja", "関係者の1人によると、Crusoeは新たに約25億ドルを調達する計画だという。"),
        ("ja", "関係者2人によると、Crusoeは約25億ドルを調達する方向で調整している。"),
        ("ko", "관계자 2명에 따르면 Crusoe는 약 25억 달러를 조달할 계획이다."),
    ],
)
def test_cjk_a_count_of_insiders_keeps_the_report(check, lang, text):
    check(
        text,
        lang,
        [{"type": ROUND, "subject": "Crusoe", "amount": 2.5e9, "status": "reported"}],
    )


@pytest.mark.parametrize(
    "text",
    [
        # a passive report verb before the quotative: what others reported
        "xAIは、わずか5週間で15万基のH100の設置を終えたと報告されている。",
        "xAIは、15万基のH100の設置を終えたと伝えられている。",
    ],
)
def test_ja_passive_report_verb_is_hearsay(check, text):
    claims = check(text, "ja", [{"quantity": 1.5e5, "status": "reported"}], exact=False)
    assert all(c.status == "reported" for c in claims)


@pytest.mark.parametrize(
    "text",
    [
        # "disebut" (is said): the passive of saying, a report
        "Microsoft disebut akan menyuntikkan dana US$5 miliar ke OpenAI.",
        "Amazon disebut telah menanamkan US$5 miliar di Anthropic.",
    ],
)
def test_id_disebut_is_hearsay(check, text):
    subject = "OpenAI" if "OpenAI" in text else "Anthropic"
    check(text, "id", [{"type": ROUND, "subject": subject, "amount": 5e9, "status": "reported"}])


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the conditional mood of a regular verb: the price of a deal not yet made
        (
            "es",
            "De completarse la operación, Mistral alcanzaría una valoración de 20.000 "
            "millones de dólares.",
        ),
        ("pt", "Com o novo aporte, a Mistral alcançaria uma avaliação de US$ 20 bilhões."),
    ],
)
def test_es_pt_conditional_valuation_is_reported(check, lang, text):
    check(
        text,
        lang,
        [{"type": VAL, "subject": "Mistral AI", "valuation": 2e10, "status": "reported"}],
    )


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # nouns that end like a conditional are no plan
        ("es", "La secretaría confirmó que Mistral está valorada en 20.000 millones de dólares."),
        ("pt", "A engenharia da Mistral, avaliada em US$ 20 bilhões, cresceu."),
    ],
)
def test_es_pt_nouns_in_ria_are_no_conditional(check, lang, text):
    check(
        text, lang, [{"type": VAL, "subject": "Mistral AI", "valuation": 2e10, "status": "closed"}]
    )


@pytest.mark.parametrize(
    ("lang", "text", "claim"),
    [
        # an estimate (passive "is estimated", "estimado en" a figure) is another's figure
        (
            "en",
            "Once finished, the Meta campus is estimated to draw up to 700 megawatts.",
            {"type": POWER, "subject": "Meta", "quantity": 700.0},
        ),
        (
            "pt",
            "O novo aporte na Anthropic, estimado em até US$ 6 bilhões, sai neste mês.",
            {"type": ROUND, "subject": "Anthropic", "amount": 6e9},
        ),
        (
            "es",
            "La nueva ronda de Anthropic, estimada en unos 6.000 millones de dólares, se cerrará "
            "este mes.",
            {"type": ROUND, "subject": "Anthropic", "amount": 6e9},
        ),
        (
            "fr",
            "Les estimations donnent à Meta un campus d'un million de puces en 2027.",
            {"type": CS, "subject": "Meta", "quantity": 1e6},
        ),
        # plural "reports" as the subject of "indicate": hearsay
        (
            "en",
            "Reports from last week indicate that Anthropic is closing a $6 billion round.",
            {"type": ROUND, "subject": "Anthropic", "amount": 6e9},
        ),
        # "according to market news" (据…消息): hearsay
        (
            "zh",
            "据6月初市场消息，燧原科技已完成新一轮20亿元融资。",
            {"type": ROUND, "subject": "Enflame", "amount": 2e9},
        ),
    ],
)
def test_estimates_and_news_are_hearsay(check, lang, text, claim):
    check(text, lang, [{**claim, "status": "reported"}], exact=False)


@pytest.mark.parametrize(
    ("lang", "text", "claim"),
    [
        # "estimated in an earlier round" bounds no figure; the company's news is no hearsay
        (
            "pt",
            "A Anthropic, agora avaliada em US$ 350 bilhões, vale bem mais do que o valor "
            "estimado na rodada anterior.",
            {"type": VAL, "subject": "Anthropic", "valuation": 3.5e11, "status": "closed"},
        ),
        (
            "zh",
            "据公司消息，燧原科技已完成新一轮20亿元融资。",
            {"type": ROUND, "subject": "Enflame", "amount": 2e9, "status": "closed"},
        ),
    ],
)
def test_estimate_words_without_a_figure_and_own_news(check, lang, text, claim):
    check(text, lang, [claim], exact=False)


@pytest.mark.parametrize(
    "text",
    [
        # "diduga" (suspected), "dituduh" (accused): the passive of an allegation
        "DeepSeek diduga memiliki ribuan chip Nvidia H800 secara ilegal.",
        "DeepSeek dituduh menggunakan ribuan chip Nvidia H800 selundupan.",
    ],
)
def test_id_allegation_is_hearsay(check, text):
    check(text, "id", [{"type": "chip_holding", "subject": "DeepSeek", "status": "reported"}])


def test_id_plural_by_reduplication_is_hearsay(check):
    # "orang-orang yang mengetahui" (people familiar): the plural by reduplication of the
    # source phrase; "menghargai ... sebesar" values the company
    check(
        "Anthropic tengah merundingkan penjualan saham yang akan menghargai perusahaan itu "
        "sebesar US$75 miliar, kata orang-orang yang mengetahui rencana tersebut.",
        "id",
        [{"type": VAL, "subject": "Anthropic", "valuation": 7.5e10, "status": "reported"}],
    )


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a speaker who asked not to be named, or one person familiar: hearsay
        (
            "es",
            "Anthropic cerró una ronda de 5.000 millones de dólares, según una persona "
            "familiarizada con el acuerdo.",
        ),
        (
            "es",
            "Anthropic cerró una ronda de 5.000 millones de dólares, dijo una persona que "
            "pidió no ser identificada.",
        ),
        (
            "pt",
            "A Anthropic fechou uma rodada de US$ 5 bilhões, disse uma pessoa familiarizada "
            "com o acordo.",
        ),
        (
            "en",
            "Anthropic closed a $5 billion round, said a person who asked not to be identified.",
        ),
        (
            "fr",
            "Anthropic a bouclé un tour de 5 milliards de dollars, selon une personne au fait "
            "du dossier.",
        ),
        (
            "de",
            "Anthropic hat 5 Milliarden Dollar eingesammelt, sagte eine mit der Sache "
            "vertraute Person, die nicht genannt werden wollte.",
        ),
        (
            "id",
            "Anthropic telah mengumpulkan US$5 miliar, kata seorang sumber yang tidak ingin "
            "disebutkan namanya.",
        ),
        ("ru", "Anthropic привлекла $5 млрд, сообщил собеседник на условиях анонимности."),
    ],
)
def test_anonymous_or_single_source_is_hearsay(check, lang, text):
    check(
        text, lang, [{"type": ROUND, "subject": "Anthropic", "amount": 5e9, "status": "reported"}]
    )


def test_es_reported_round_beside_a_denied_valuation_is_denied(check):
    # the round the same source told, then a denial that answers the valuation's report
    check(
        "xAI consiguió dinero a una valoración de 150.000 millones de dólares, según una "
        "fuente cercana. La ronda, de más de 8.000 millones de dólares, suma a Acme Partners, "
        "según esa fuente, que pidió no ser identificada. La prensa informó en julio de que xAI "
        "negociaba con una valoración de 150.000 millones de dólares. Musk respondió que la "
        "compañía no está recaudando nada.",
        "es",
        [
            {"type": VAL, "subject": "xAI", "valuation": 1.5e11, "status": "denied"},
            {"type": ROUND, "subject": "xAI", "amount": 8e9, "status": "denied"},
        ],
    )


@pytest.mark.parametrize(
    ("lang", "text", "status"),
    [
        # a value participle with an outlet as its agent: the outlet's estimate
        (
            "fr",
            "OpenAI passerait devant Anthropic, estimée autour de 210 milliards de dollars par "
            "Bloomberg.",
            "reported",
        ),
        (
            "en",
            "OpenAI would overtake Anthropic, whose valuation is estimated at $210 billion by "
            "Bloomberg.",
            "reported",
        ),
        # without an outlet the participle is a plain value
        ("fr", "Anthropic, estimée à 210 milliards de dollars, recrute.", "closed"),
    ],
)
def test_value_participle_with_an_outlet_agent_is_reported(check, lang, text, status):
    check(
        text,
        lang,
        [{"type": VAL, "subject": "Anthropic", "valuation": 2.1e11, "status": status}],
        exact=False,
    )
