"""Reported and denied facts: constructions seen on real news (issue 11, section 2) that make a
figure hearsay (an outlet, a source, a report word, talks, a conditional) or deny it, and which
clause the report covers. The sentences are our own, in the language each construction came
from."""

from __future__ import annotations

import pytest

from sources.extract import extract
from sources.extract.rules import load_rules
from sources.extract.textnorm import fold, lower_fold
from tests.sources.extract.conftest import PUB_2025_10_01, PUB_2025_12_10, figures_and_statuses

CS = "cluster_size"
CH = "chip_holding"
ROUND = "funding_round"
VAL = "valuation"
POWER = "power_capacity"


# --- reports --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a media noun by its region ("mainland media", "Hong Kong media"), as 外媒 is
        "据内媒报道，xAI已拥有10万张GPU。",
        "據港媒報導，xAI已擁有10萬張GPU。",
        "陆媒称，xAI已拥有10万张GPU。",
    ],
)
def test_zh_media_of_a_region_is_hearsay(check, text):
    check(text, "zh", [{"type": CH, "subject": "xAI", "quantity": 1e5, "status": "reported"}])


def test_zh_a_source_without_a_report_word_is_no_hearsay(check):
    # "据公司公告": an announcement, not hearsay
    check(
        "据公司公告，xAI已拥有10万张GPU。",
        "zh",
        [{"type": CH, "subject": "xAI", "quantity": 1e5, "status": "operational"}],
    )


def test_ko_a_sentence_glued_after_a_full_stop_has_its_own_status(check):
    # "밝혔다.블룸버그는 ...": the report of the next sentence is not this one's
    check(
        "스타트업 '브레인웨이브(Brainwave)'가 자금을 모았다.브레인웨이브는 약 3억 달러의 "
        "신규 투자를 유치했다고 5일 밝혔다.로이터는 지난 6월 브레인웨이브가 약 2억 달러의 투자 "
        "유치를 협상 중이었다고 전했다.",
        "ko",
        [
            {"type": ROUND, "subject": "Brainwave", "amount": 3e8, "status": "closed"},
            {"type": ROUND, "subject": "Brainwave", "amount": 2e8, "status": "reported"},
        ],
    )


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # an outlet or analyst opening the sentence as its subject reports what it states
        (
            "SemiAnalysis列出的xAI芯片清单相当惊人:3万张H100、1万张H200。",
            "zh",
            [
                {"type": CH, "quantity": 30000.0, "status": "reported"},
                {"type": CH, "quantity": 10000.0, "status": "reported"},
            ],
        ),
        (
            "SemiAnalysis estimates that xAI runs 200,000 H100 GPUs.",
            "en",
            [{"type": CH, "quantity": 200000.0, "status": "reported"}],
        ),
        # unless it relays the company's own statement
        (
            "Bloomberg: xAI said in a statement that it runs 200,000 H100 GPUs.",
            "en",
            [{"type": CH, "quantity": 200000.0, "status": "operational"}],
        ),
    ],
)
def test_an_outlet_opening_the_sentence_reports_its_sizes(check, text, lang, expected):
    check(text, lang, expected)


def test_a_report_by_the_paper_covers_a_clause_whose_subject_is_the_company(check):
    """ "Según el periódico, la empresa recaudó ...": a newspaper named by a common noun is an
    outlet, and "la empresa" / "l'entreprise" as a subject is no speaker of its own."""
    check(
        "Según el periódico, la empresa xAI recaudó recientemente US$10.000 millones.",
        "es",
        [{"type": ROUND, "subject": "xAI", "amount": 10e9, "status": "reported"}],
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
        [{"type": ROUND, "subject": "OpenAI", "amount": 40e9, "status": "reported"}],
    )


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # what a deal still in talks would bring, in the clause after the condition: reported
        (
            "Jika kesepakatan itu terwujud, CoreWeave berpotensi memiliki valuasi lebih dari "
            "US$50 miliar.",
            "id",
        ),
        (
            "Wenn die Runde zustande kommt, steigt die Bewertung von CoreWeave auf 50 "
            "Milliarden Dollar.",
            "de",
        ),
    ],
)
def test_the_clause_after_a_condition_is_reported(check, text, lang):
    check(
        text, lang, [{"type": VAL, "subject": "CoreWeave", "valuation": 5e10, "status": "reported"}]
    )


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a later clause compares with a known, earlier round: that round was raised
        (
            "Wenn die Runde zustande kommt, wäre sie größer als die von CoreWeave, die im Mai "
            "2024 1,1 Milliarden Dollar eingesammelt hat.",
            "de",
        ),
        (
            "Se a rodada for concluída, será maior que a da CoreWeave, que captou US$ 1,1 "
            "bilhão em maio de 2024.",
            "pt",
        ),
    ],
)
def test_a_known_round_after_a_condition_stays_closed(check, text, lang):
    check(
        text, lang, [{"type": ROUND, "subject": "CoreWeave", "amount": 1.1e9, "status": "closed"}]
    )


@pytest.mark.parametrize(
    "text",
    [
        # "(an outlet) has learned exclusively": a scoop is hearsay, whatever the round's verb
        # says (a plain "36氪获悉" is often the company's own news: tests/.../test_heldout.py)
        "《晚点》独家获悉，月之暗面近期完成5亿美元C轮融资。",
        "據晚點獨家獲悉，月之暗面已完成5億美元融資。",
    ],
)
def test_an_outlet_has_learned_is_a_report(check, text):
    check(
        text,
        "zh",
        [{"type": ROUND, "subject": "Moonshot AI", "amount": 500e6, "status": "reported"}],
    )


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # "FT", the Financial Times' short name, is an outlet: what it says is a report
        ('Laut "FT" hat OpenAI 40 Milliarden Dollar eingesammelt.', "de"),
        ("Selon le FT, OpenAI a levé 40 milliards de dollars.", "fr"),
    ],
)
def test_the_ft_is_an_outlet(check, text, lang):
    check(text, lang, [{"type": ROUND, "subject": "OpenAI", "amount": 40e9, "status": "reported"}])


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "pt",
            "Relatórios anteriores da Bloomberg apontaram uma rodada de US$ 8 bilhões para a "
            "OpenAI.",
        ),
        (
            "es",
            "Informes de Reuters apuntaban a una ronda de 8.000 millones de dólares para OpenAI.",
        ),
        (
            "fr",
            "Des rapports de Reuters évoquaient une levée de 8 milliards de dollars pour OpenAI.",
        ),
    ],
)
def test_reports_of_an_outlet_make_the_figure_reported(check, lang, text):
    """'Reports of <outlet>' (relatórios, informes, rapports) attribute the figure to the
    press, like 'reports' in English: the round is reported, not closed."""
    check(
        text,
        lang,
        [{"type": "funding_round", "subject": "OpenAI", "amount": 8e9, "status": "reported"}],
        published=PUB_2025_12_10,
    )


def test_a_figure_the_story_also_reports_is_one_reported_claim(check):
    """A headline states the round flatly, the lead attributes it to a newspaper: one fact,
    and the story's hedge is its status (not a second, closed claim)."""
    check(
        "Anthropic raises $9 billion\n\n"
        "Anthropic has raised $9 billion in new funding, the Financial Times reported.",
        "en",
        [{"type": "funding_round", "subject": "Anthropic", "amount": 9e9, "status": "reported"}],
        published=PUB_2025_12_10,
    )


@pytest.mark.parametrize(
    ("lang", "subject", "text"),
    [
        (
            "de",
            "Mistral AI",
            "Mit dem neuen Geld würde Mistral eine Bewertung von 12 Milliarden Dollar erreichen.",
        ),
        (
            "pt",
            "Mistral AI",
            "A nova captação pode levar a Mistral a uma avaliação de US$ 12 bilhões.",
        ),
        ("ko", "xAI", "xAI는 기업가치 120억 달러를 목표로 자금 조달을 추진 중이다."),
        ("ru", "Mistral AI", "После раунда оценка Mistral AI достигнет 12 млрд долларов."),
        (
            "it",
            "Mistral AI",
            "Un accordo che porterebbe la valutazione di Mistral a 12 miliardi di dollari.",
        ),
    ],
)
def test_a_valuation_a_deal_would_bring_is_reported(check, lang, subject, text):
    """'würde ... erreichen', 'pode levar a', '목표로 ... 추진 중', 'достигнет', 'porterebbe': the
    value a deal in the making would set is a talks figure, reported (no committed deal)."""
    check(
        text,
        lang,
        [{"type": "valuation", "subject": subject, "valuation_usd": 12e9, "status": "reported"}],
        published=PUB_2025_12_10,
    )


@pytest.mark.parametrize(
    ("lang", "text", "valuation"),
    [
        (
            "ja",
            "関係者によると、xAIは50億ドルの調達を協議している。xAIの評価額は300億ドル程度。",
            30e9,
        ),
        (
            "es",
            "xAI negocia recaudar 5.000 millones de dólares, según fuentes. "
            "La valoración de xAI es de 30.000 millones de dólares.",
            30e9,
        ),
    ],
)
def test_a_flat_valuation_in_a_reported_story_is_reported(check, lang, text, valuation):
    """The story reports a round in talks; a later sentence gives the valuation with no
    status word or time of its own ('評価額は … 程度', 'la valoración es de'): the same
    report, so reported."""
    claims = check(text, lang, [], exact=False)
    vals = [c for c in claims if c.type == "valuation" and c.valuation_usd == valuation]
    assert [c.status for c in vals] == ["reported"]


def test_a_day_of_the_month_does_not_stop_the_hearsay_lead_in_korean(check):
    """'9일 업계에 따르면, ...' (on the 9th, according to the industry): the day is the news'
    date, not a figure of the hearsay clause, so the hearsay covers the round."""
    check(
        "9일 투자업계에 따르면, xAI는 최근 총 3000억원을 투자받았다.",
        "ko",
        [{"type": "funding_round", "subject": "xAI", "amount": 300e9, "status": "reported"}],
        published=PUB_2025_12_10,
    )


def test_a_count_of_days_in_korean_is_still_a_figure(run):
    """'30일 만에' (in 30 days) counts days: a figure, not the day of the month."""
    from sources.extract.claims.analysis import _day_of_month
    from sources.extract.numbers import find_numbers

    rules = load_rules("ko")
    for text, day in (("xAI는 30일 만에 구축했다", False), ("8일 업계에 따르면", True)):
        low, folded = lower_fold(text), fold(text)
        lex = rules.lexicon_for(low, folded)
        lex.ensure(0, len(text))
        nums = find_numbers(low, folded, 0, len(text), rules, lex)
        assert [_day_of_month(low, n) for n in nums] == [day]
    claims = run("xAI는 슈퍼컴퓨터를 30일 만에 구축했다고 밝혔다.", "ko", PUB_2025_12_10)
    assert [(c.type, c.quantity) for c in claims] == [("build_duration", 30.0)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "it",
            "Anthropic aveva una valutazione di 20 miliardi di dollari e sembra essere "
            "in trattative per un nuovo finanziamento.",
        ),
        (
            "en",
            "Anthropic had a valuation of $20 billion and is reportedly in talks for new funding.",
        ),
    ],
)
def test_a_report_after_and_opens_its_own_clause(check, lang, text):
    """'... 20 miliardi e sembra essere in trattative', '... and is reportedly in talks': the
    report covers the talks, not the valuation stated before 'and'."""
    check(
        text,
        lang,
        [{"type": "valuation", "subject": "Anthropic", "valuation_usd": 20e9, "status": "closed"}],
        published=PUB_2025_12_10,
    )


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pt", "A Anthropic praticamente garantiu uma rodada de US$ 9 bilhões."),
        ("es", "Anthropic está en la fase final de una ronda de 9.000 millones de dólares."),
        (
            "de",
            "Anthropic hat eine Finanzierungsrunde über 9 Milliarden Dollar so gut wie gesichert.",
        ),
    ],
)
def test_a_round_practically_secured_is_reported(check, lang, text):
    """'praticamente garantiu', 'fase final', 'so gut wie gesichert': the final stages of a
    deal are talks, reported (annotation rule), not a closed round."""
    check(
        text,
        lang,
        [{"type": "funding_round", "subject": "Anthropic", "amount": 9e9, "status": "reported"}],
        published=PUB_2025_12_10,
    )


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "La ronda de 9.000 millones de dólares que los medios anunciaron en marzo "
            "valoraba a Anthropic en 100.000 millones.",
            "reported",
        ),
        ("Anthropic anunció una ronda de 9.000 millones de dólares.", "closed"),
    ],
)
def test_what_the_media_announced_is_reported_in_spanish(check, text, status):
    """'los medios anunciaron' (the media announced) attributes the round to the press; the
    company announcing its own round ('Anthropic anunció') states it."""
    claims = check(text, "es", [], exact=False, published=PUB_2025_12_10)
    rounds = [c for c in claims if c.type == "funding_round" and c.amount == 9e9]
    assert [c.status for c in rounds] == [status]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("zh", "亚马逊正讨论对Anthropic追加投资50亿美元。"),
        ("de", "Anthropic verhandelt über eine Finanzierungsrunde von 5 Milliarden Dollar."),
        ("en", "Anthropic is in talks to raise $5 billion."),
    ],
)
def test_a_round_in_talks_is_reported(check, lang, text):
    """'正讨论', 'verhandelt', 'in talks': talks are reported (annotation guidelines), even
    where the talks word is also a plan word."""
    check(
        text,
        lang,
        [{"type": "funding_round", "subject": "Anthropic", "amount": 5e9, "status": "reported"}],
        published=PUB_2025_12_10,
    )


def test_talks_in_another_subject_s_clause_do_not_cover_a_raise(check):
    """'OpenAI is in talks ..., and Anthropic has raised $13 billion': the raise is closed."""
    check(
        "OpenAI is in talks with SoftBank, and Anthropic has just raised $13 billion.",
        "en",
        [{"type": "funding_round", "subject": "Anthropic", "amount": 13e9, "status": "closed"}],
        published=PUB_2025_12_10,
    )


def test_a_valuation_a_company_aims_at_is_reported_in_spanish(check):
    """'OpenAI apunta a los 500.000 millones' (aims at): a target valuation, reported."""
    check(
        "OpenAI apunta a una valoración de 500.000 millones de dólares.",
        "es",
        [{"type": "valuation", "subject": "OpenAI", "valuation_usd": 500e9, "status": "reported"}],
        published=PUB_2025_12_10,
    )


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Anthropic announced on Monday that it raised $2 billion from investors. "
            "The $2 billion raise is far more than what Anthropic was seeking in spring.",
        ),
        (
            "de",
            "Anthropic gab am Montag bekannt, 2 Milliarden Dollar eingesammelt zu haben. "
            "Die 2 Milliarden Dollar übertreffen, was Anthropic im Frühjahr angeblich suchte.",
        ),
    ],
)
def test_a_later_hedge_does_not_reach_a_round_the_company_announced(check, lang, text):
    """A round the company announced keeps its status when a later sentence restates it
    beside a hedge of its own (the earlier target that was sought or rumoured)."""
    claims = check(
        text,
        lang,
        [{"type": "funding_round", "subject": "Anthropic", "amount": 2e9, "status": "closed"}],
        exact=False,
        published=PUB_2025_12_10,
    )
    assert len([c for c in claims if c.type == "funding_round"]) == 1


def test_a_later_hedge_still_reaches_a_flat_headline(check):
    """A flat headline takes the hedge the body gives it (the lead attributes it)."""
    check(
        "Anthropic raises $2 billion\nAnthropic has raised $2 billion, people familiar with "
        "the matter said.",
        "en",
        [{"type": "funding_round", "subject": "Anthropic", "amount": 2e9, "status": "reported"}],
        exact=False,
        published=PUB_2025_12_10,
    )


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # the report ends the sentence and covers every clause before it (verb-final)
        ("アンソロピックは新たに50億ドルを調達し、評価額は2倍に達したと報じられた。", "reported"),
        ("アンソロピックが50億ドルを調達したという情報が流れている。", "reported"),
        ("アンソロピックは50億ドルを調達したとされ、投資家の関心の高さを示した。", "reported"),
        # no report: the company's round is closed
        ("アンソロピックは新たに50億ドルを調達し、評価額は2倍に達した。", "closed"),
        # a contrast word closes the first clause: the report is the second clause's
        (
            "アンソロピックは50億ドルを調達した一方、オープンAIは100億ドルの調達を目指していると"
            "報じられた。",
            "closed",
        ),
    ],
)
def test_a_japanese_report_at_the_end_covers_the_clauses_before_it(check, text, status):
    """'…と報じられた', 'という情報', 'とされ': reportative endings scope over the sentence."""
    check(
        text,
        "ja",
        [{"type": "funding_round", "subject": "Anthropic", "amount": 5e9, "status": status}],
        exact=False,
        published=PUB_2025_12_10,
    )


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a report noun or verb with its complement clause: the content is hearsay
        ("en", "Markets moved on Friday with the report that Anthropic raised $5 billion."),
        ("id", "Pasar bereaksi atas laporan bahwa Anthropic telah mengumpulkan $5 miliar."),
        ("id", "Beredar kabar bahwa Anthropic mengumpulkan dana $5 miliar."),
        ("ru", "Ранее сообщалось, что Anthropic привлекла $5 млрд."),
        ("ru", "Как поясняет Bloomberg, Anthropic привлекла $5 млрд."),
    ],
)
def test_a_report_that_clause_is_hearsay(check, lang, text):
    """'the report that', 'laporan bahwa', 'сообщалось, что', 'как поясняет Bloomberg'."""
    check(
        text,
        lang,
        [{"type": "funding_round", "subject": "Anthropic", "amount": 5e9, "status": "reported"}],
        exact=False,
        published=PUB_2025_12_10,
    )


@pytest.mark.parametrize(
    ("lang", "text", "status"),
    [
        (
            "en",
            "Anthropic raises $5 billion at a $100 billion valuation\n"
            "Anthropic is in talks to raise $5 billion from investors.",
            "reported",
        ),
        (
            "ru",
            "Anthropic привлекает $5 млрд при оценке в $100 млрд\n"
            "Anthropic находится в процессе привлечения $5 млрд, по данным источников.",
            "reported",
        ),
    ],
)
def test_the_body_hedges_the_round_its_headline_states_with_a_valuation(check, lang, text, status):
    """A headline round with its valuation, restated by the body without it and hedged: one
    round, with the body's hedge."""
    claims = check(
        text,
        lang,
        [{"type": "funding_round", "subject": "Anthropic", "amount": 5e9, "status": status}],
        exact=False,
        published=PUB_2025_12_10,
    )
    assert len([c for c in claims if c.type == "funding_round"]) == 1


def test_a_reported_share_makes_the_round_it_belongs_to_a_report(check):
    """An investor's share reported as hearsay is no claim, but the round the next sentence
    states flatly is part of that report."""
    check(
        "Sequoia Capital hat Berichten zufolge 1 Milliarde Dollar in Anthropic investiert. "
        "Diese Investition ist Teil einer Finanzierungsrunde von 5 Milliarden Dollar.",
        "de",
        [{"type": "funding_round", "subject": "Anthropic", "amount": 5e9, "status": "reported"}],
        exact=False,
        published=PUB_2025_12_10,
    )


@pytest.mark.parametrize(
    "text",
    [
        # 'soll' with a verb of state or plan, 'offenbar', 'heißt es': German hearsay
        "Anthropic soll vor dem Abschluss einer Runde über 5 Milliarden Dollar stehen.",
        "Anthropic soll eine Runde über 5 Milliarden Dollar planen.",
        "Anthropic sammelt offenbar 5 Milliarden Dollar ein.",
        "Anthropic hat 5 Milliarden Dollar eingesammelt, heißt es in Finanzkreisen.",
    ],
)
def test_german_hearsay_soll_and_offenbar(check, text):
    """'soll vor … stehen', 'soll … planen', 'offenbar', 'heißt es': reported, not a plan or a
    close ('sollen … zur Verfügung stehen' is a plan: see test_heldout)."""
    check(
        text,
        "de",
        [{"type": "funding_round", "subject": "Anthropic", "amount": 5e9, "status": "reported"}],
        exact=False,
        published=PUB_2025_12_10,
    )


@pytest.mark.parametrize(
    ("lang", "text", "status"),
    [
        (
            "ko",
            "14일(현지시간) 블룸버그통신 등에 따르면 앤트로픽은 이날 낸 성명에서 시리즈F(후속) "
            "라운드를 통해 130억 달러를 조달했다고 밝혔다.",
            "closed",
        ),
        (
            "ja",
            "ロイター通信によると、アンソロピックは同日発表した声明で、130億ドルを調達したと"
            "明らかにした。",
            "closed",
        ),
        ("zh", "据路透社报道，Anthropic当天发表声明称，已完成130亿美元融资。", "closed"),
        # the outlet's own report stays a report
        (
            "ko",
            "블룸버그통신에 따르면 앤트로픽은 시리즈F 라운드를 통해 130억 달러를 조달했다.",
            "reported",
        ),
        ("zh", "据路透社报道，Anthropic已完成130亿美元融资。", "reported"),
    ],
)
def test_an_outlet_relaying_the_company_statement_is_the_company_speaking(lang, text, status):
    """'FT 등에 따르면 X는 이날 발표한 성명에서 ... 조달했다고 밝혔다': after the outlet, the
    company names itself the speaker of a statement; the round is its own word, closed."""
    claims = extract(text, language=lang, published=PUB_2025_10_01)
    assert [(c.type, c.subject, c.amount, c.status) for c in claims] == [
        ("funding_round", "Anthropic", 13e9, status)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Deal watchers have been talking for months about Mistral AI looking to raise $500 "
        "million at a valuation of $6 billion.",
        "There has been talk of Lambda raising $500 million from new investors.",
    ],
)
def test_talk_of_a_raise_is_a_report(text):
    """'deal watchers have been talking about Lambda looking to raise ...': rumoured talks, a
    report, not the company's plan."""
    assert ("funding_round", 500e6, "reported") in figures_and_statuses(text, "en")


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


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a news outlet as the speaker of a speech verb, after it or before it, is a report
        ("en", "Anthropic discussed raising $5 billion from Amazon, the Financial Times said."),
        ("en", "The Financial Times said Anthropic discussed raising $5 billion from Amazon."),
        ("pt", "A Anthropic discutiu arrecadar 5 bilhões de dólares da Amazon, disse o jornal."),
        (
            "es",
            "Anthropic discutió recaudar 5.000 millones de dólares de Amazon, dijo el Financial "
            "Times.",
        ),
        (
            "fr",
            "Anthropic a discuté d'une levée de 5 milliards de dollars auprès d'Amazon, a indiqué "
            "le Financial Times.",
        ),
    ],
)
def test_an_outlet_that_says_reports(check, lang, text):
    check(
        text, lang, [{"type": ROUND, "subject": "Anthropic", "amount": 5e9, "status": "reported"}]
    )


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the outlet is the listener, or the speaker is the company's own man: its word
        ("en", "Musk told CNBC that xAI raised $6 billion."),
        ("en", "Musk, in an interview with CNBC, said xAI raised $6 billion."),
        ("pt", "A xAI levantou 6 bilhões de dólares, disse Musk à CNBC."),
    ],
)
def test_an_outlet_that_listens_reports_nothing(check, lang, text):
    check(text, lang, [{"type": ROUND, "subject": "xAI", "amount": 6e9, "status": "closed"}])


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # an impersonal belief or estimate ("is believed to", "estima-se que") names no speaker
        # of the company's: hearsay, like "is said to"
        ("en", "xAI is believed to operate about 20,000 Nvidia H100 GPUs."),
        ("pt", "Estima-se que a xAI opere cerca de 20 mil GPUs H100 da Nvidia."),
        ("es", "Se estima que xAI opera unas 20.000 GPU H100 de Nvidia."),
        ("fr", "On estime que xAI exploite environ 20 000 GPU H100 de Nvidia."),
        ("it", "Si stima che xAI utilizzi circa 20.000 GPU H100 di Nvidia."),
    ],
)
def test_an_impersonal_belief_reports(check, lang, text):
    check(
        text,
        lang,
        [
            {
                "type": "chip_holding",
                "subject": "xAI",
                "chip_model": "H100-SXM",
                "quantity": 2e4,
                "status": "reported",
            }
        ],
    )


@pytest.mark.parametrize(
    "text",
    [
        # "bewertet wird" is the present passive ("is valued"), not "wird" of the future
        "Mistral, das inzwischen mit 6 Milliarden Dollar bewertet wird, wirbt um neue Kunden.",
        "Mistral ist ein Start-up, das von seinen Geldgebern mit 6 Milliarden Dollar bewertet "
        "wird.",
    ],
)
def test_de_present_passive_of_valuing_states_a_valuation(check, text):
    check(
        text, "de", [{"type": VAL, "subject": "Mistral AI", "valuation": 6e9, "status": "closed"}]
    )


def test_de_valuation_with_a_modal_stays_hedged(check):
    check(
        "Mistral soll künftig mit 6 Milliarden Dollar bewertet werden.",
        "de",
        [{"type": VAL, "subject": "Mistral AI", "valuation": 6e9, "status": "reported"}],
    )


def test_pt_conversations_as_a_product_are_no_talks(check):
    # "conversas" alone is any conversation; talks are "em conversas", "conversas com", ...
    check(
        "A Mistral, uma plataforma voltada para conversas clínicas, foi avaliada em 6 mil milhões "
        "de dólares.",
        "pt",
        [{"type": VAL, "subject": "Mistral AI", "valuation": 6e9, "status": "closed"}],
    )


def test_pt_conversations_with_investors_are_talks(check):
    check(
        "A Mistral mantém conversas com investidores para levantar 600 milhões de dólares.",
        "pt",
        [{"type": ROUND, "subject": "Mistral AI", "amount": 6e8, "status": "reported"}],
    )


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the report's verb opens a list: every bare item after a comma is reported
        (
            "pt",
            "A DeepSeek teria hoje uns 50 mil GPUs da Nvidia. Desse total, estariam 10 mil "
            "unidades H100, 10 mil unidades H800 e um lote de H20.",
        ),
        (
            "es",
            "DeepSeek tendría hoy unas 50.000 GPU de Nvidia. De ese total habría 10.000 unidades "
            "H100, 10.000 unidades H800 y un lote de H20.",
        ),
    ],
)
def test_items_of_a_reported_list_are_reported(check, lang, text):
    holding = {"type": "chip_holding", "subject": "DeepSeek", "status": "reported"}
    check(
        text,
        lang,
        [
            {**holding, "chip_model": None, "quantity": 5e4},
            {**holding, "chip_model": "H800", "quantity": 1e4},
            {**holding, "chip_model": "H100-SXM", "quantity": 1e4},
        ],
    )


# --- denials --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ru",
            "По данным источников, xAI привлекает $12 млрд. Маск назвал эти сообщения ложью.",
        ),
        (
            "es",
            "Según fuentes, xAI recauda 12.000 millones de dólares. Musk afirmó que xAI no está "
            "recaudando dinero.",
        ),
    ],
)
def test_a_denial_of_the_report_in_the_next_sentence(check, lang, text):
    """'Назвал ... ложью' (called it a lie) and 'no está recaudando' (is not raising) deny
    the reported round before them: the round is denied."""
    check(
        text,
        lang,
        [{"type": "funding_round", "subject": "xAI", "amount": 12e9, "status": "denied"}],
        published=PUB_2025_12_10,
    )


def test_a_round_in_the_process_of_being_raised_then_called_a_lie_is_denied(check):
    """'находится в процессе привлечения' (is in the process of raising) is a deal in the
    making; 'назвал ... ложью' in the next sentence denies it."""
    check(
        "Стартап xAI находится в процессе привлечения $12 млрд от инвесторов. "
        "Однако Маск назвал эту новость ложью.",
        "ru",
        [{"type": "funding_round", "subject": "xAI", "amount": 12e9, "status": "denied"}],
        published=PUB_2025_12_10,
    )


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # plain negation of something else (the filing did not mention it) denies nothing
        ("新闻稿并未透露估值，但据报道，这轮融资使Anthropic的估值达到1000亿美元。", "reported"),
        ("Anthropic的估值已达到1000亿美元，但并未公布投资方名单。", "closed"),
        # a negated raise is a denial
        ("Anthropic否认了估值达到1000亿美元的报道。", "denied"),
    ],
)
def test_chinese_negation_is_no_denial_unless_it_negates_the_deal(check, text, status):
    """'并未' (did not) negates whatever verb follows: only a denial word or a negated raise
    denies the figure."""
    check(
        text,
        "zh",
        [{"type": "valuation", "subject": "Anthropic", "valuation_usd": 100e9, "status": status}],
        published=PUB_2025_12_10,
    )


def test_a_denied_valuation_denies_the_round_at_that_valuation(check):
    """'Anthropic raises $5bn at $100bn' then a denial of the $100bn valuation: that round is
    the denied deal; a round the story dates in an earlier month is another deal."""
    check(
        "Anthropic raises $5 billion at a $100 billion valuation\n"
        "In March, Anthropic raised $2 billion at a $100 billion valuation. "
        "The CEO denied that Anthropic is valued at $100 billion, calling it fake news.",
        "en",
        [
            {"type": "funding_round", "amount": 5e9, "status": "denied"},
            {"type": "funding_round", "amount": 2e9, "status": "closed"},
            {"type": "valuation", "valuation_usd": 100e9, "status": "denied"},
        ],
        exact=False,
        published=PUB_2025_12_10,
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
    ("text", "lang"),
    [
        # a data provider's count of a round is a report, like a news outlet's
        ("Laut PitchBook sammelte Mistral AI 600 Millionen Euro ein.", "de"),
        ("Segundo dados da Crunchbase, a Mistral AI captou 600 milhões de euros.", "pt"),
        ("According to PitchBook, Mistral AI raised $600 million.", "en"),
    ],
)
def test_a_data_providers_figure_is_reported(check, text, lang):
    check(text, lang, [{"type": "funding_round", "subject": "Mistral AI", "status": "reported"}])


@pytest.mark.parametrize(
    ("text", "lang", "status"),
    [
        # a round being finalised is not closed yet
        ("Mistral AI is close to finalizing a $600 million round.", "en", "planned"),
        ("Mistral AI is finalizing a $600 million round.", "en", "planned"),
        ("Mistral AI is in the process of finalizing a $600 million round.", "en", "planned"),
        # "もよう", "とみられる": it appears so, a hedge
        ("Mistral AIは6億ユーロを調達したもようだ。", "ja", "reported"),
        ("Mistral AIの評価額は60億ユーロとみられる。", "ja", "reported"),
    ],
)
def test_rounds_being_finalised_and_hedged_ones(check, text, lang, status):
    (claim,) = check(text, lang, [{"subject": "Mistral AI", "status": status}])
    assert claim.type in ("funding_round", "valuation")


def test_it_people_familiar_with_the_talks_report_it(check):
    # "persone che hanno familiarità con": the Italian of "people familiar with"
    check(
        "xAI sta raccogliendo 6 miliardi di dollari, secondo persone che hanno familiarità "
        "con i negoziati.",
        "it",
        [{"type": "funding_round", "subject": "xAI", "amount": 6e9, "status": "reported"}],
    )


@pytest.mark.parametrize(
    "text",
    [
        # "据《福布斯》报道", "据福布斯报道": a news report with the outlet between its words
        "据《福布斯》报道，xAI完成10亿美元融资。",
        "据福布斯报道，xAI正在进行10亿美元融资。",
        "据《晚点》报道，xAI完成10亿美元融资。",
        "据美国《福布斯》报道，xAI完成10亿美元融资。",
    ],
)
def test_zh_an_outlet_between_ju_and_baodao_reports(text):
    assert figures_and_statuses(text, "zh") == [("funding_round", 1e9, "reported")]


@pytest.mark.parametrize(
    "text",
    [
        # the company's own word, or its own filing in book brackets, is no news report
        "据公司报道，xAI完成10亿美元融资。",
        "据《招股说明书》披露，xAI完成10亿美元融资。",
    ],
)
def test_zh_a_company_report_is_no_news_report(text):
    assert figures_and_statuses(text, "zh") == [("funding_round", 1e9, "closed")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # the industry relays what the company itself announced: its word, not hearsay
        ("3일 업계에 따르면 xAI는 2일 시리즈D 펀딩에서 6억 달러를 유치했다고 밝혔다.", "ko"),
        (
            "According to people familiar with it, xAI said in a statement it raised $600 million.",
            "en",
        ),
    ],
)
def test_hearsay_relaying_the_companys_own_announcement_is_no_report(text, lang):
    assert figures_and_statuses(text, lang) == [("funding_round", 6e8, "closed")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("업계에 따르면 xAI는 6억 달러 규모의 투자 유치를 추진 중이다.", "ko"),
        ("업계에 따르면 xAI는 6억 달러를 유치한 것으로 알려졌다.", "ko"),
        ("People familiar with the matter said xAI raised $600 million.", "en"),
    ],
)
def test_hearsay_guard_no_announcement_of_the_company(text, lang):
    assert [s for _t, _v, s in figures_and_statuses(text, lang)] == ["reported"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # what an outlet published: a report, even when the outlet is unknown
        ("De acuerdo a lo publicado por LUN, el data center de xAI tiene 16 megavatios.", "es"),
        ("Según lo publicado por LUN, el data center de xAI tiene 16 megavatios.", "es"),
        ("De acordo com o publicado pelo Valor, o data center da xAI tem 16 MW.", "pt"),
        ("Segundo o noticiado pela Folha, o data center da xAI tem 16 MW.", "pt"),
        ("Secondo quanto riportato da Repubblica, il data center di xAI avrà 16 MW.", "it"),
    ],
)
def test_what_an_outlet_published_is_reported(text, lang):
    assert figures_and_statuses(text, lang) == [(POWER, 16.0, "reported")]


def test_ja_a_newspaper_named_before_niyoruto_is_a_report(check):
    # an outlet's name ends in a word for a paper or news; the company's own word is no report
    check(
        "界面新聞によると、xAIはすでに6500基のGPUを保有していた。",
        "ja",
        [{"type": "chip_holding", "quantity": 6500, "status": "reported"}],
    )
    check(
        "xAIによると、同社はすでに6500基のGPUを保有していた。",
        "ja",
        [{"type": "chip_holding", "quantity": 6500, "status": "operational"}],
    )
