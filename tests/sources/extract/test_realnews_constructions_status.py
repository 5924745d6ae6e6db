"""Status of matched facts: constructions seen on real news (issue 11, section 2), each in
sentences of our own in the language it came from."""

from __future__ import annotations

from datetime import date

import pytest

from sources.extract.rules import load_rules
from sources.extract.textnorm import fold, lower_fold

PUB = date(2025, 12, 10)


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
        published=PUB,
    )


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
        published=PUB,
    )


def test_a_figure_the_story_also_reports_is_one_reported_claim(check):
    """A headline states the round flatly, the lead attributes it to a newspaper: one fact,
    and the story's hedge is its status (not a second, closed claim)."""
    check(
        "Anthropic raises $9 billion\n\n"
        "Anthropic has raised $9 billion in new funding, the Financial Times reported.",
        "en",
        [{"type": "funding_round", "subject": "Anthropic", "amount": 9e9, "status": "reported"}],
        published=PUB,
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
        published=PUB,
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
        published=PUB,
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
    claims = run("xAI는 슈퍼컴퓨터를 30일 만에 구축했다고 밝혔다.", "ko", PUB)
    assert [(c.type, c.quantity) for c in claims] == [("build_duration", 30.0)]


def test_a_round_in_the_process_of_being_raised_then_called_a_lie_is_denied(check):
    """'находится в процессе привлечения' (is in the process of raising) is a deal in the
    making; 'назвал ... ложью' in the next sentence denies it."""
    check(
        "Стартап xAI находится в процессе привлечения $12 млрд от инвесторов. "
        "Однако Маск назвал эту новость ложью.",
        "ru",
        [{"type": "funding_round", "subject": "xAI", "amount": 12e9, "status": "denied"}],
        published=PUB,
    )


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
        published=PUB,
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
        published=PUB,
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
    claims = check(text, "es", [], exact=False, published=PUB)
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
        published=PUB,
    )


def test_talks_in_another_subject_s_clause_do_not_cover_a_raise(check):
    """'OpenAI is in talks ..., and Anthropic has raised $13 billion': the raise is closed."""
    check(
        "OpenAI is in talks with SoftBank, and Anthropic has just raised $13 billion.",
        "en",
        [{"type": "funding_round", "subject": "Anthropic", "amount": 13e9, "status": "closed"}],
        published=PUB,
    )


def test_a_valuation_a_company_aims_at_is_reported_in_spanish(check):
    """'OpenAI apunta a los 500.000 millones' (aims at): a target valuation, reported."""
    check(
        "OpenAI apunta a una valoración de 500.000 millones de dólares.",
        "es",
        [{"type": "valuation", "subject": "OpenAI", "valuation_usd": 500e9, "status": "reported"}],
        published=PUB,
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
        published=PUB,
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
        published=PUB,
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
        published=PUB,
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
        published=PUB,
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
        published=PUB,
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
        published=PUB,
    )
    assert len([c for c in claims if c.type == "funding_round"]) == 1


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
        published=PUB,
    )


def test_a_reported_share_makes_the_round_it_belongs_to_a_report(check):
    """An investor's share reported as hearsay is no claim, but the round the next sentence
    states flatly is part of that report."""
    check(
        "Sequoia Capital hat Berichten zufolge 1 Milliarde Dollar in Anthropic investiert. "
        "Diese Investition ist Teil einer Finanzierungsrunde von 5 Milliarden Dollar.",
        "de",
        [{"type": "funding_round", "subject": "Anthropic", "amount": 5e9, "status": "reported"}],
        exact=False,
        published=PUB,
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
        published=PUB,
    )
