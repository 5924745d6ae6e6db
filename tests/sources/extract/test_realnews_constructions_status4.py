"""Status of matched facts, round 4 (issue 11, section 2): constructions seen on real news,
each in sentences of our own in the language it came from."""

from __future__ import annotations

from datetime import date

import pytest

from sources.extract import extract

PUB = date(2025, 10, 1)


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
    claims = extract(text, language=lang, published=PUB)
    assert [(c.type, c.subject, c.amount, c.status) for c in claims] == [
        ("funding_round", "Anthropic", 13e9, status)
    ]


def _holdings(text: str, lang: str) -> list[tuple[str, float | None, str]]:
    claims = extract(text, language=lang, published=PUB)
    return [(c.subject, c.quantity, c.status) for c in claims if c.type == "chip_holding"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # prospective adnominal: the GPUs "to be secured"
        (
            "올해 정부와 네이버클라우드가 확보할 GPU는 엔비디아 B200 4000장과 H200 2000장이다.",
            [(4000.0, "planned"), (2000.0, "planned")],
        ),
        ("사업을 통해 확보될 GPU는 카카오의 B200 1500장이다.", [(1500.0, "planned")]),
        # a list of parties whose items share the plain non-past verb that ends the sentence
        (
            "네이버클라우드는 H200 GPU 2000장, 카카오는 B200 GPU 1500장 등으로 나눠 구축한다.",
            [(2000.0, "planned"), (1500.0, "planned")],
        ),
        # conjoined verbs ("확보 및 구축하고 ... 운영하며") take the tense of the last one
        (
            "카카오는 이번 사업으로 B200 GPU 1500장을 확보 및 구축하고 이를 3년간 운영하며 연구 "
            "환경을 지원한다.",
            [(1500.0, "planned")],
        ),
        # a verb of its own after the first figure: its clause is done, only the second plans
        (
            "네이버클라우드는 H200 GPU 2000장을 확보했고, 카카오는 B200 GPU 1500장을 도입할 "
            "계획이다.",
            [(2000.0, "operational"), (1500.0, "planned")],
        ),
    ],
)
def test_korean_plans_end_the_sentence_or_precede_the_noun(text, expected):
    """'확보할 GPU는 ...장이다', '... 등으로 분배‧구축한다': in Korean the tense of a plan sits
    in the verb form, before the noun it qualifies or at the end of the sentence."""
    assert [(q, s) for _, q, s in _holdings(text, "ko")] == expected


def _money(text: str, lang: str) -> list[tuple[str, float | None, str]]:
    claims = extract(text, language=lang, published=PUB)
    return [(c.type, c.amount or c.valuation or c.quantity, c.status) for c in claims]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Google has invested $3 billion in Anthropic and plans to invest another $750 "
            "million in Anthropic in December.",
        ),
        (
            "de",
            "Google hat bisher 3 Milliarden Dollar in Anthropic investiert und plant im "
            "Dezember eine weitere Investition von 750 Millionen Dollar in Anthropic.",
        ),
        (
            "fr",
            "Google a investi 3 milliards de dollars dans Anthropic et prévoit un nouvel "
            "investissement de 750 millions de dollars dans Anthropic en décembre.",
        ),
    ],
)
def test_a_clause_opened_by_and_plans_is_a_plan(lang, text):
    """'... and plans to invest another $750 million': the clause break 'and plans' ('und
    plant', 'et prévoit') still carries its plan word."""
    assert ("funding_round", 750e6, "planned") in _money(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a power request to the grid is a plan, not a site's running power
        (
            "pt",
            "O novo centro de dados da Microsoft vai consumir 30 megawatts, menos que o campus "
            "do Texas, que solicitou 200 megawatts à rede local.",
            [("power_capacity", 30.0, "planned"), ("power_capacity", 200.0, "planned")],
        ),
        (
            "en",
            "Microsoft's Texas campus, which has requested 300 megawatts from the utility, "
            "opened last year.",
            [("power_capacity", 300.0, "planned")],
        ),
        # an announced intention to raise is a plan ("son intention de lever")
        (
            "fr",
            "Mistral AI a annoncé ce mercredi son intention de lever 2 milliards d'euros pour "
            "financer sa croissance.",
            [("funding_round", 2e9, "planned")],
        ),
        (
            "es",
            "Mistral AI anunció el miércoles su intención de recaudar 2.000 millones de euros.",
            [("funding_round", 2e9, "planned")],
        ),
    ],
)
def test_requests_and_intentions_are_plans(lang, text, expected):
    """'que solicitou 150 megawatts', 'son intention de lever 3 milliards': a request or an
    intention states a figure not yet had."""
    got = [(t, q, s) for t, q, s in _money(text, lang)]
    assert got == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Microsoft raised $2 billion in debt to build a cluster of 50,000 GPUs in Texas."),
        (
            "es",
            "Microsoft realizó una inversión de 2.000 millones de dólares para construir, entre "
            "otros proyectos, un clúster de 50.000 GPU en Texas.",
        ),
        (
            "fr",
            "Microsoft a investi 2 milliards de dollars pour construire un cluster de 50 000 GPU "
            "au Texas.",
        ),
        (
            "pt",
            "A Microsoft investiu 2 bilhões de dólares para construir um cluster de 50.000 GPUs "
            "no Texas.",
        ),
        (
            "it",
            "Microsoft ha investito 2 miliardi di dollari per costruire un cluster di 50.000 GPU "
            "in Texas.",
        ),
    ],
)
def test_what_money_is_raised_to_build_is_a_plan(lang, text):
    """'... to build a cluster of 50,000 GPUs', 'para construir, entre otros, un clúster de':
    the cluster the money is for is not built yet."""
    assert ("cluster_size", 50000.0, "planned") in _money(text, lang)


def test_a_build_time_is_no_purpose():
    """'took 19 days to build': the build of a finished hall, not a plan."""
    got = _money(
        "xAI built Colossus with 100,000 GPUs in 122 days, and it took 19 days to build the "
        "first hall.",
        "en",
    )
    assert ("cluster_size", 100000.0, "operational") in got
    assert ("build_duration", 19.0, "operational") in got


@pytest.mark.parametrize(
    ("lang", "text", "new_mw"),
    [
        (
            "fr",
            "Avec 30 mégawatts, ce centre augmentera de 40 % la puissance de Mistral AI en France.",
            30.0,
        ),
        (
            "en",
            "With 60 megawatts, the new hall will raise Microsoft's capacity in Texas by 25%.",
            60.0,
        ),
    ],
)
def test_a_percentage_is_no_figure_of_its_own(lang, text, new_mw):
    """'Avec 23 MW, ce centre augmentera de 50 % ...': the change in percent states no claim,
    so the plan of its clause still covers the new site's power."""
    assert ("power_capacity", new_mw, "planned") in _money(text, lang)


def test_a_that_clause_with_a_modal_is_relative():
    """'... 100,000 GPUs working as one supercomputer that will deliver ten times ...': the
    plan is the relative clause's (what the machine will do), not the GPUs' count."""
    got = _money(
        "Inside Fairwater, Microsoft runs 100,000 GPUs as one supercomputer that will deliver "
        "ten times the speed of today's fastest machine.",
        "en",
    )
    assert got == [("cluster_size", 100000.0, "operational")]


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
    assert ("funding_round", 500e6, "reported") in _money(text, "en")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "xAI said Colossus, which has 100,000 GPUs, is now expanding to 200,000 GPUs."),
        ("en", "xAI said Colossus now has 100,000 GPUs and is expanding to 200,000 GPUs."),
        (
            "id",
            "Colossus milik xAI menampung 100.000 GPU yang kini sedang berekspansi menuju "
            "200.000 GPU.",
        ),
        ("es", "Colossus de xAI tiene 100.000 GPU y se está ampliando a 200.000 GPU."),
        ("pt", "O Colossus da xAI tem 100.000 GPUs e está sendo ampliado para 200.000 GPUs."),
        ("zh", "xAI的Colossus拥有10万块GPU，目前正在扩建至20万块GPU。"),
    ],
)
def test_a_growth_under_way_aims_at_a_plan(lang, text):
    """'is expanding to 200,000', 'sedang berekspansi menuju 200.000', '正在扩建至20万块': the
    target of a growth under way is not there yet; the count it starts from is."""
    got = [(q, s) for _, q, s in _money(text, lang)]
    assert got == [(100000.0, "operational"), (200000.0, "planned")]


def test_a_plan_word_cut_by_pinyin_readings_is_still_a_plan():
    """'還計(jì)劃進(jìn)一步擴(kuò)展,點(diǎn)亮3萬卡集群': some pages print readings inside
    the words; the plan word must still be read."""
    text = "百度智能云還計(jì)劃進(jìn)一步擴(kuò)展,點(diǎn)亮3萬卡集群。"
    assert ("cluster_size", 30000.0, "planned") in _money(text, "zh")
