"""Money that is no funding round or valuation of the company: constructions seen on real news
(issue 11, section 2) where a round was read and there is none (sums over several companies,
deals or months; fund sizes, debt, money spent or invested elsewhere; the value of a listed
company, a share sale, a contract or chips), each with the guard that keeps a true round. The
sentences are our own, in the language each construction came from."""

from __future__ import annotations

from datetime import date

import pytest

from sources.extract import extract
from sources.extract.claims import drops as why
from sources.extract.gazetteer import default_gazetteer
from tests.sources.extract.conftest import PUB_2025_10_01, drop_reasons

ROUND, VAL = "funding_round", "valuation"


# --- sums over several companies, deals or months -------------------------------------------------


def test_a_count_of_deals_is_a_sum(check):
    """A month's number of deals raising a sum: a sum over many companies, no round of the
    story's company; the company's own round in a few deals stays its round."""
    check(
        "Mistral AI a levé 1,7 milliard d'euros en septembre. En octobre, 68 opérations ont "
        "permis de lever 616,5 millions d'euros.",
        "fr",
        [{"type": ROUND, "subject": "Mistral AI", "amount": 1.7e9}],
    )
    check(
        "Mistral AI a levé 1,7 milliard d'euros en 3 opérations.",
        "fr",
        [{"type": ROUND, "subject": "Mistral AI", "amount": 1.7e9}],
    )


def test_cumulative_totals_in_more_words(check):
    """Totals raised "for now", "in less than a year", rounds "that add up to", the "total
    financing": none is a round of its own."""
    check("Anthropic a pour l’instant levé 9 milliards de dollars, selon PitchBook.", "fr", [])
    check("Mistral AI ha raccolto 800 milioni di euro in meno di un anno.", "it", [])
    check("Las cinco rondas de OpenAI, que suman más de US$900 millones, fueron rápidas.", "es", [])
    check(
        "xAI完成60亿美元融资。xAI此前获得10亿美元融资,总融资规模达到70亿美元。",
        "zh",
        [
            {"type": ROUND, "subject": "xAI", "amount": 6e9},
            {"type": ROUND, "subject": "xAI", "amount": 1e9},
        ],
    )


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # companies raising together, or a whole class of companies: a sum, no one's round
        (
            "Destacan Mistral AI y Anthropic, que juntas recaudaron 20.000 millones de dólares "
            "en el trimestre.",
            "es",
        ),
        ("Last year OpenAI and Anthropic together raised $30 billion from investors.", "en"),
        (
            "Las startups francesas de IA recaudaron 5.000 millones de dólares en 2025, y "
            "nombres como Mistral AI ya son conocidos.",
            "es",
        ),
        (
            "Les startups françaises d'IA ont levé 5 milliards d'euros en 2025, et des noms "
            "comme Mistral AI sont connus.",
            "fr",
        ),
    ],
)
def test_money_raised_together_is_no_round(check, text, lang):
    check(text, lang, [])


def test_a_count_of_startups_raising_states_their_sum_en(check):
    """ "13 AI startups raised $47 billion", "funding went to AI chip startups": a count or a
    class of companies as the subject states a quarter's or a sector's sum, no round of the
    story's company."""
    check(
        "Mistral AI raised $800m in June. In the first quarter, 13 AI startups raised $47 "
        "billion. About $900m in venture funding went to robotics startups this week.",
        "en",
        [{"type": ROUND, "subject": "Mistral AI", "amount": 800e6}],
    )


def test_a_count_of_companies_raising_states_their_sum_ko(check):
    """ "12개 AI 기업이 300억 달러를 유치했다", "스타트업들은 ... 조달했다": the same with a Korean
    counter or plural marker on the company noun."""
    check(
        "OpenAI는 290억 달러를 유치했다. 올해 12개 AI 기업이 300억 달러를 유치했다. "
        "미국 스타트업들은 1분기에 500억 달러를 조달했다.",
        "ko",
        [{"type": ROUND, "subject": "OpenAI", "amount": 29e9}],
    )


def test_a_count_of_companies_raising_states_their_sum_de_es(check):
    """ "haben 23 KI-Firmen ... eingesammelt", "40 startups recaudaron": German and Spanish."""
    check(
        "Mistral AI sammelte 800 Millionen Euro ein. Bis Ende März haben 23 KI-Firmen "
        "zusammen 11 Milliarden Dollar eingesammelt.",
        "de",
        [{"type": ROUND, "subject": "Mistral AI", "amount": 800e6}],
    )
    check(
        "Anthropic recaudó 2.600 millones de dólares. En el primer trimestre, 40 startups "
        "recaudaron 9.000 millones de dólares.",
        "es",
        [{"type": ROUND, "subject": "Anthropic", "amount": 2.6e9}],
    )


def test_a_count_of_companies_raising_states_their_sum_ja_zh(check):
    """ "12社が...調達した", "15家AI初创公司获得...融资": Japanese and Chinese counters."""
    check(
        "OpenAIは290億ドルを調達した。今年は12社が300億ドルを調達した。",
        "ja",
        [{"type": ROUND, "subject": "OpenAI", "amount": 29e9}],
    )
    check(
        "月之暗面完成12亿美元融资。今年已有15家AI初创公司获得200亿美元融资。",
        "zh",
        [{"type": ROUND, "subject": "Moonshot AI", "amount": 1.2e9}],
    )


def test_a_bare_class_of_startups_raising_states_their_sum_en_ko(check):
    """ "AI-related startups raised $19 billion", "investments in robotics startups reached",
    "AI 스타트업이 모금한 자금이", "levés par des start-up européennes": a class with no count
    states a sector's sum as well."""
    check(
        "Mistral AI raised $800m in June. In the third quarter, AI-related startups raised $19 "
        "billion, and investments in robotics startups reached $3 billion.",
        "en",
        [{"type": ROUND, "subject": "Mistral AI", "amount": 800e6}],
    )
    check(
        "OpenAI는 290억 달러를 유치했다. 올해 AI 스타트업이 모금한 자금이 1000억 달러에 달했다.",
        "ko",
        [{"type": ROUND, "subject": "OpenAI", "amount": 29e9}],
    )
    check(
        "Mistral AI a levé 800 millions d'euros. En 2024, 3 milliards de dollars ont été levés "
        "par des start-up européennes.",
        "fr",
        [{"type": ROUND, "subject": "Mistral AI", "amount": 800e6}],
    )


def test_a_total_sum_in_the_accusative_is_cumulative(check):
    # "на общую сумму" (for a total sum): the investments of a year added up, no round
    check(
        "В прошлом году SoftBank вложила в капитал OpenAI на общую сумму более $40 млрд.",
        "ru",
        [],
    )


def test_an_amount_each_of_many_raised_is_no_round(check):
    # "cada una" (each): a threshold many startups passed, no one company's round
    check(
        "Según Crunchbase, 33 startups de IA como Mistral AI han levantado más de 100 millones "
        "de dólares cada una.",
        "es",
        [],
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "合计" (combined): the year's financing of several companies added up, no round
        ("月之暗面等“六小龙”2023年合计拿下超过60亿元人民币融资。", []),
        # but the total of one round named before it is that round's size
        (
            "月之暗面本轮融资合计10亿美元。",
            [{"type": ROUND, "subject": "Moonshot AI", "amount": 1e9}],
        ),
    ],
)
def test_a_combined_total_is_no_round(check, text, expected):
    check(text, "zh", expected)


def test_deals_counted_in_words_and_their_total_are_no_valuation_en(check):
    """ "three deals totaling over $700 million in new money, and a valuation story at X": a
    count of deals in words sums their money; the value word after it does not make the sum X's."""
    check(
        "Investors were busy this week: three deals totaling over $700 million in new money, "
        "and a valuation story at Mistral AI.",
        "en",
        [],
    )


def test_a_value_of_several_counted_companies_is_no_ones_valuation_de(check):
    """ "bewerten ... fünf ... KI-Unternehmen – darunter A, B und C – mit 900 Milliarden": the
    value of a counted group of companies, across the list naming them, is an aggregate."""
    check(
        "Insgesamt bewerten Analysten fünf große private KI-Unternehmen – darunter Anthropic, "
        "xAI und Mistral AI – mit einer Bewertung von 900 Milliarden Dollar.",
        "de",
        [],
    )


def test_a_value_stated_before_the_count_stays_the_companys_en(check):
    """The guard: a company's own value stated before a count of companies is its own."""
    check(
        "Anthropic was valued at $61.5 billion, more than the next five startups combined.",
        "en",
        [{"type": VAL, "subject": "Anthropic", "valuation": 61.5e9}],
    )


def test_companies_counted_behind_a_source_word_are_the_investors_en(check):
    """The guard: "raised $300 million from two Japanese telecom companies" counts the
    investors of one round, not the raisers of several."""
    check(
        "In May, Anthropic raised $300 million from two Japanese telecom companies.",
        "en",
        [{"type": ROUND, "subject": "Anthropic", "amount": 300e6}],
    )


def test_a_count_of_companies_written_with_a_space_before_its_counter_zh(check):
    """ "如今已有 10 家大模型公司估值超过百亿元": the digits and 家 may stand apart; the value
    is a threshold several companies passed, not the valuation of the company named before."""
    check(
        "月之暗面是一家大模型公司。按估值排名,如今已有 10 家大模型公司估值超过百亿元。",
        "zh",
        [],
    )


def test_the_new_companies_of_a_sector_as_subject_raise_a_sector_sum_es(check):
    """ "las nuevas empresas de IA han captado al menos US$80.000 millones": a definite plural
    company noun as the raiser is the sector; its money is a sum, not the round of the company
    named after it."""
    check(
        "Este año, las nuevas empresas de IA han captado al menos US$80.000 millones, con "
        "Anthropic en primer lugar.",
        "es",
        [],
    )


def test_one_of_the_companies_of_a_sector_is_one_company_es(check):
    """The guard: "una de las empresas europeas de IA" picks one company out; its round stays."""
    check(
        "Mistral AI, una de las empresas europeas de IA más valiosas, ha recaudado 600 millones "
        "de euros.",
        "es",
        [{"type": ROUND, "subject": "Mistral AI", "amount": 600e6}],
    )


def test_companies_that_do_a_thing_as_topic_raise_a_sector_sum_ja(check):
    """ "画像AIを手がける企業は500億ドルを集め": 企業 as the topic, with a clause saying which
    companies, is a class of companies; the company named after it is not the raiser."""
    check(
        "昨年、画像AIを手がける企業は500億ドルを調達し、そのうちAnthropicが首位だった。",
        "ja",
        [],
    )


def test_a_company_described_as_one_that_does_a_thing_keeps_its_round_ja(check):
    """The guard: "Anthropicは、AIを開発する企業として300億ドルを調達した": the company
    noun describes the named raiser."""
    check(
        "Anthropicは、AIを開発する企業として300億ドルを調達した。",
        "ja",
        [{"type": ROUND, "subject": "Anthropic", "amount": 300e8}],
    )


def test_money_raised_within_a_span_of_months_is_a_sum_ru_en_de(check):
    """ "За девять месяцев ... привлек 2 миллиарда", "raised $2 billion in two months", "in
    den letzten zwölf Monaten 2 Milliarden eingesammelt": what a company raised over a span of
    time sums its rounds; a round of its own in the same sentence stays ("a new round of about
    $5 billion after just over three months": "over three months" is no span of raising)."""
    check("За девять месяцев стартап Mistral AI привлек 2 миллиарда долларов инвестиций.", "ru", [])
    check(
        "Mistral AI, which raised $2 billion in two months, is now in talks for a new round of "
        "about $5 billion after just over three months.",
        "en",
        [{"type": ROUND, "subject": "Mistral AI", "amount": 5e9}],
    )
    check("Mistral AI hat in den letzten zwölf Monaten 2 Milliarden Euro eingesammelt.", "de", [])


def test_money_raised_since_its_founding_is_a_sum_it(check):
    """ "ha raccolto circa 50 miliardi dalla sua fondazione": the possessive form of the
    cumulative phrase, as "dalla fondazione" already was."""
    check(
        "Anthropic ha raccolto circa 50 miliardi di dollari dalla sua fondazione, quattro anni fa.",
        "it",
        [],
    )


def test_money_raised_in_a_month_stays_a_round_ru_it(check):
    """The guard: a month dates one round."""
    check(
        "В сентябре стартап Mistral AI привлек 2 миллиарда долларов инвестиций.",
        "ru",
        [{"type": ROUND, "subject": "Mistral AI", "amount": 2e9}],
    )
    check(
        "Anthropic ha raccolto 13 miliardi di dollari a settembre.",
        "it",
        [{"type": ROUND, "subject": "Anthropic", "amount": 13e9}],
    )


@pytest.mark.parametrize(
    ("text", "lang", "subject", "amount"),
    [
        # a class of start-ups in another clause than the amount states no sum
        (
            "Mistral AI raised $130 million, the largest round this year for European startups.",
            "en",
            "Mistral AI",
            130e6,
        ),
        (
            "Investors poured money into AI startups this spring: Mistral AI raised $90 million.",
            "en",
            "Mistral AI",
            90e6,
        ),
        # "among the 10 most valuable start-ups": a ranking, not a sum of ten companies
        (
            "Mistral AI sammelte 45 Millionen Euro ein und zählt zu den 10 wertvollsten Startups.",
            "de",
            "Mistral AI",
            45e6,
        ),
        # a case particle before 보다 / より: the adverb "more", no comparison with the amount
        ("xAI는 30억 달러를 보다 빠르게 조달했다.", "ko", "xAI", 3e9),
        ("xAIは30億ドルをより早く調達した。", "ja", "xAI", 3e9),
    ],
)
def test_a_round_read_before_round_7_stays(check, text, lang, subject, amount):
    check(text, lang, [{"type": ROUND, "subject": subject, "amount": amount}])


def test_japanese_companies_as_a_whole_are_no_one_company(check):
    """ "日本企業は…調達", "米国の企業は…": companies together, not the story's company; "同企業は"
    (the company) still is."""
    check("オープンAIは急成長している。日本企業は昨年800億ドルを調達した。", "ja", [])
    check("オープンAIは急成長している。米国の企業は昨年800億ドルを調達した。", "ja", [])
    check(
        "オープンAIは急成長している。同企業は昨年800億ドルを調達した。",
        "ja",
        [{"type": ROUND, "subject": "OpenAI", "amount": 80e9}],
    )


@pytest.mark.parametrize(
    ("lang", "text", "claim"),
    [
        # a deadline is no span money was raised in: the planned round stays
        (
            "en",
            "xAI expects to close a $6 billion round in two weeks.",
            {"type": ROUND, "subject": "xAI", "amount": 6e9},
        ),
        (
            "it",
            "xAI prevede di chiudere un round da 6 miliardi di dollari in due settimane.",
            {"type": ROUND, "subject": "xAI", "amount": 6e9},
        ),
    ],
)
def test_a_deadline_is_no_span_of_raising(check, lang, text, claim):
    check(text, lang, [claim], exact=False)


def test_a_span_money_was_raised_in_is_no_round(run):
    # the rule's own case: past raising within a span sums rounds
    claims = run("Meta grows. xAI raised $2 billion in two months.", "en")
    assert not [c for c in claims if c.type == ROUND and c.amount == 2e9]


# --- funds, debt, listings and money spent or invested elsewhere ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "月之暗面此次IPO计划募资50亿元。",
        "月之暗面港股IPO的总募资额约为40亿港元。",
        "月之暗面科创板上市拟募集资金50亿元。",
        "月之暗面的IPO融资规模为38亿元。",
        # the listing accepted, its raise in the next clause
        "月之暗面科创板IPO获受理，拟募资60亿元。",
        # a listed company's private placement
        "月之暗面通过定增募资约40亿元人民币。",
    ],
)
def test_zh_money_raised_by_a_listing_is_no_round(check, text):
    check(text, "zh", [])


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("上市前，月之暗面完成了20亿元的D轮融资。", 2e9),
        ("月之暗面完成了10亿美元的Pre-IPO轮融资。", 1e9),
    ],
)
def test_zh_a_round_before_the_listing_stays(check, text, amount):
    check(text, "zh", [{"type": ROUND, "subject": "Moonshot AI", "amount": amount}])


def test_an_investors_own_fund_is_no_round(check):
    """The size of the fund or portfolio an investor manages is not the round it leads."""
    check(
        "A rodada é liderada pela Thrive Capital, gestora com um portfólio de US$ 50 bilhões.",
        "pt",
        [],
    )
    check(
        "The round was led by Coatue, which has $70 billion in assets under management.",
        "en",
        [],
    )


def test_funds_spent_are_no_round(check):
    """Indonesian "dana" (funds) after a spending verb is money spent on a site or on chips,
    not raised; poured into a named company it is an investment in it."""
    check("Meta akan menghabiskan dana sebesar 5 miliar dolar AS untuk kampus barunya.", "id", [])
    check("OpenAI mengeluarkan dana US$3 miliar untuk membeli chip baru.", "id", [])
    check(
        "Microsoft menggelontorkan dana US$2 miliar ke OpenAI.",
        "id",
        [{"type": ROUND, "subject": "OpenAI", "amount": 2e9, "currency": "USD"}],
    )


def test_a_tech_giant_raises_no_round(check):
    """Money a hyperscaler is the subject of (its earlier investment, a tranche it paid, a
    deal it closes) is never its own funding round."""
    check(
        "Na época, o primeiro aporte da Amazon foi de US$ 1,5 bilhão, com o restante nos meses "
        "seguintes.",
        "pt",
        [],
    )
    check(
        "Meta cierra una operación de alrededor de 8.000 millones de dólares con Nvidia.",
        "es",
        [],
    )


def test_money_spent_on_things_is_no_round_of_the_story_company(check):
    """An investor named with no investee, spending on a factory or on chips ("ソフトバンク
    は工場を買収して...30億ドルを投じる", "GPU 1만 개를 확보하기 위해 수천억 원을 투입"), is
    spending: the story's company does not receive it."""
    check(
        "OpenAIは新モデルを公開した。ソフトバンクは米国の工場を買収して改修するために20億ドルを"
        "投じる計画だ。",
        "ja",
        [],
    )
    claims = check(
        "xAI가 화제다. SoftBank는 GPU 2만 개를 확보하기 위해 연내에 5000억 원을 투입한다.",
        "ko",
        [],
        exact=False,
    )
    assert [c for c in claims if c.type == ROUND] == []


def test_a_funds_own_size_is_no_round_in_indonesian(check):
    """ "dana Kuwait telah mencapai lebih dari US$800 miliar": "dana" alone names a fund (its
    size is its own money); the raising words are the compounds ("penggalangan dana")."""
    check(
        "OpenAI sedang menggalang dana baru. Sementara itu, dana Kuwait telah mencapai lebih "
        "dari US$700 miliar.",
        "id",
        [],
    )
    check(
        "Penggalangan dana OpenAI sebesar US$6,6 miliar rampung pekan lalu.",
        "id",
        [{"type": ROUND, "subject": "OpenAI", "amount": 6.6e9, "currency": "USD"}],
    )


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a debt noun heads the amount, a raising verb takes it: borrowed money, no round
        ("Lambda secured a $1 billion syndicated senior secured credit facility.", "en"),
        ("Nscale has signed a $1.4 billion (£1 billion) delayed draw term loan.", "en"),
        ("Crusoe raised a $750 million credit facility from a fund.", "en"),
        ("xAI también busca recaudar US$3.500 millones en deuda para su centro de datos.", "es"),
        ("Mistral AIは数億ユーロの債務資金を獲得しようとしている。", "ja"),
    ],
)
def test_money_a_debt_noun_heads_is_no_round(check, text, lang):
    check(text, lang, [])


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("CoreWeave raised $1.1 billion (€1 billion) in a Series C round.", "en"),
        ("CoreWeave raised $1.1 billion in equity and debt.", "en"),
    ],
)
def test_a_round_beside_debt_words_stays_a_round(check, text, lang):
    check(text, lang, [{"type": ROUND, "subject": "CoreWeave", "amount": 1.1e9}])


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a site or project opens the sentence as the one receiving the money: project finance
        ("A large data center project backed by CoreWeave has secured $900 million.", "en"),
        ("A Meta-backed data center campus is seeking $3 billion from lenders.", "en"),
        ("Le projet d'OpenAI bénéficie d'un financement de 15 milliards de dollars.", "fr"),
        ("O projeto da xAI recebeu um investimento de US$ 700 milhões.", "pt"),
    ],
)
def test_money_a_project_receives_is_no_round(check, text, lang):
    check(text, lang, [])


@pytest.mark.parametrize(
    ("text", "lang", "subject"),
    [
        ("Data center startup Crusoe raised $750 million.", "en", "Crusoe"),
        ("CoreWeave, a data center operator, has secured $900 million.", "en", "CoreWeave"),
    ],
)
def test_a_company_named_with_a_site_noun_still_raises(check, text, lang, subject):
    check(text, lang, [{"type": ROUND, "subject": subject}])


def test_money_invested_in_a_region_or_in_stock_is_no_round_of_the_story_fr_it_en(check):
    """ "a placé 3 milliards d'euros dans la Drôme", "metterà 2 miliardi in azioni",
    "invest about $2 billion in equity": an investee word right after the amount that leads to
    no company sends the money elsewhere (a region, a kind of stock, a part of the round); the
    investor's money is not a round of the story's company."""
    check(
        "Mistral AI a levé 600 millions d'euros. De son côté, Equinix a investi 3 milliards "
        "d'euros dans la Drôme.",
        "fr",
        [{"type": ROUND, "subject": "Mistral AI", "amount": 600e6}],
    )
    check(
        "xAI raccoglie 20 miliardi di dollari. Di questi, Nvidia investirà 2 miliardi di "
        "dollari in azioni ordinarie.",
        "it",
        [{"type": ROUND, "subject": "xAI", "amount": 20e9}],
    )
    check(
        "xAI is raising $20 billion. Nvidia will invest about $2 billion in equity, with Valor "
        "Capital leading that part.",
        "en",
        [{"type": ROUND, "subject": "xAI", "amount": 20e9}],
    )


def test_money_invested_at_a_date_stays_in_the_story_company_fr_it_en(check):
    """The guard: a date after the investee word ("en février", "nel 2024", "in January")
    dates the investment; with no investee named it goes into the story's company."""
    check(
        "Mistral AI a levé 600 millions d'euros. Microsoft avait par ailleurs investi 15 "
        "millions d'euros en février.",
        "fr",
        [
            {"type": ROUND, "subject": "Mistral AI", "amount": 600e6},
            {"type": ROUND, "subject": "Mistral AI", "amount": 15e6},
        ],
    )
    check(
        "xAI raccoglie 20 miliardi di dollari. Nvidia ha investito 2 miliardi di dollari nel 2024.",
        "it",
        [
            {"type": ROUND, "subject": "xAI", "amount": 20e9},
            {"type": ROUND, "subject": "xAI", "amount": 2e9},
        ],
    )
    check(
        "xAI is raising $20 billion. Nvidia invested $2 billion in January.",
        "en",
        [
            {"type": ROUND, "subject": "xAI", "amount": 20e9},
            {"type": ROUND, "subject": "xAI", "amount": 2e9},
        ],
    )


def test_money_invested_in_a_described_company_is_its_round(check):
    """ "invested $X in the AI lab": the lab is the story's company, not a region or a stock."""
    check(
        "Anthropic is growing fast. Amazon invested $4 billion in the AI lab.",
        "en",
        [{"type": ROUND, "subject": "Anthropic", "amount": 4e9}],
        exact=False,
    )
    check(
        "Mistral AI grandit vite. Microsoft a investi 15 millions d'euros dans la jeune pousse.",
        "fr",
        [{"type": ROUND, "subject": "Mistral AI", "amount": 15e6}],
        exact=False,
    )


# --- values that are no company's valuation -------------------------------------------------------


def test_value_of_a_share_sale_or_a_site_is_no_company_value(check):
    """ "oferta secundária de ações no valor de ...", "un data center dal valore di ...": the
    amount values the sale or the site; the company's valuation said with it still counts."""
    check(
        "A xAI abriu uma oferta secundária de ações no valor de US$ 200 milhões, com uma "
        "avaliação de US$ 100 bilhões.",
        "pt",
        [{"type": VAL, "subject": "xAI", "amount": 100e9, "currency": "USD"}],
    )
    check(
        "Meta costruirà un data center dal valore stimato di 5 miliardi di dollari.",
        "it",
        [],
    )


def test_the_value_of_chips_or_of_a_cost_is_no_company_valuation(check):
    """A value word after chips ("chips, worth $X") or after a cost noun whose value word is
    also the amount's bound ("coût total estimé à") values the chips or the cost."""
    check("Meta bought 200,000 Nvidia H100 chips, worth about $6 billion, last year.", "en", [])
    check(
        "Microsoft achète des GPU, portant le coût total estimé à 4 milliards de dollars.",
        "fr",
        [],
    )
    check(
        "Anthropic, which designs no chips, was valued at $60 billion.",
        "en",
        [{"type": VAL, "subject": "Anthropic", "amount": 60e9}],
    )


def test_a_listed_companys_value_is_no_valuation():
    """A value stated of a listed company (one with a stock ticker in the reference data) is
    its market value or the value of a deal it is named in, never a private valuation; a
    private company's stays one."""
    gaz = default_gazetteer()
    assert gaz.companies["NVIDIA"].listed and not gaz.companies["OpenAI"].listed
    cases = [
        (
            "Nvidia agreed to rent 5,000 GPU servers from a cloud provider for three years, "
            "with a total value of $900 million.",
            "en",
        ),
        ("L'accordo con Microsoft, del valore di 9 miliardi di dollari, riguarda i chip.", "it"),
        ("Proyek ini bekerja sama dengan Nvidia dan bernilai lebih dari US$300 juta.", "id"),
    ]
    for text, lang in cases:
        claims = extract(text, language=lang, published=date(2025, 9, 1), gazetteer=gaz)
        assert [c for c in claims if c.type == VAL] == [], text
    claims = extract(
        "OpenAI è ora valutata 300 miliardi di dollari.",
        language="it",
        published=date(2025, 9, 1),
        gazetteer=gaz,
    )
    assert [(c.type, c.subject, c.valuation) for c in claims] == [(VAL, "OpenAI", 300e9)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a value word set off by a comma after a contract noun values the contract
        (
            "CoreWeave ha firmato con OpenAI. Il contratto, del valore di oltre 10 miliardi "
            "di dollari, durerà cinque anni.",
            "it",
        ),
        (
            "CoreWeave a signé avec OpenAI. Le contrat, d'une valeur de 10 milliards de "
            "dollars, court sur cinq ans.",
            "fr",
        ),
    ],
)
def test_a_contract_set_off_by_a_comma_is_no_valuation(check, text, lang):
    check(text, lang, [])


def test_a_factorys_output_value_is_no_round(check):
    """A plant's yearly output value (产值) paid for from the company's own and self-raised
    money (自筹资金) is revenue, not a round."""
    check("xAI以自有及自筹资金建厂，预计年工业总产值30亿元以上。", "zh", [])


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a person's fortune is no company's value
        ("Основатель CoreWeave стал миллиардером: его состояние оценивается в $11,5 млрд.", "ru"),
        (
            "The CoreWeave founder is now a billionaire, with a net worth valued at $11.5 billion.",
            "en",
        ),
    ],
)
def test_a_fortune_is_no_valuation(check, text, lang):
    claims = check(text, lang, [], exact=False)
    assert not [c for c in claims if c.type == VAL]


# the bundled reference data: it has the tickers that make a company listed
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a lab or cloud listed later: a value a funding round sets is the round's valuation
        (
            "After a funding round valuing CoreWeave at $19 billion, the startup opened an office.",
            "en",
        ),
        ("CoreWeave baru-baru ini mengamankan valuasi sebesar $19 miliar.", "id"),
    ],
)
def test_a_round_value_of_a_later_listed_cloud_is_a_valuation(text, lang):
    claims = extract(text, language=lang, published=date(2024, 6, 14))
    assert [(c.type, c.subject, c.valuation_usd) for c in claims] == [(VAL, "CoreWeave", 19e9)]


@pytest.mark.parametrize(
    "text",
    [
        "CoreWeave is valued at $60 billion on the stock market.",
        "Nvidia, which joined the funding round, is valued at $3 trillion.",
    ],
)
def test_a_listed_companys_value_stays_a_market_value(text):
    assert extract(text, language="en", published=date(2025, 6, 14)) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # the value of an engagement or of an investment is no company's valuation
        ("NVIDIA builds a cluster for xAI under an engagement valued at $1 billion.", "en"),
        ("xAI évalue son investissement à 70 millions d'euros.", "fr"),
    ],
)
def test_the_value_of_an_engagement_or_investment_is_no_valuation(run, text, lang):
    assert not [c for c in run(text, lang) if c.type in (ROUND, VAL)]
    assert why.VALUED_THING in drop_reasons(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Groq closed a $90 million round on Monday. It raised $40 million from SoftBank, "
            "$30 million from Coatue and $20 million from Thrive Capital.",
        ),
        (
            "it",
            "Groq ha chiuso un round da 90 milioni di dollari. La società ha ottenuto 40 "
            "milioni di dollari da SoftBank, 30 milioni di dollari da Coatue e 20 milioni di "
            "dollari da Thrive Capital.",
        ),
    ],
)
def test_amounts_adding_up_to_a_round_stated_before_are_its_shares(check, lang, text):
    check(text, lang, [{"type": "funding_round", "subject": "Groq", "amount": 9e7}])
    assert why.INVESTOR_SHARE in drop_reasons(text, lang)


def test_amounts_from_several_investors_with_no_round_before_stay_rounds(check):
    # nothing stated before adds up to them: two investments, two rounds
    check(
        "Groq raised $40 million from SoftBank and $30 million from Coatue.",
        "en",
        [
            {"type": "funding_round", "subject": "Groq", "amount": 4e7},
            {"type": "funding_round", "subject": "Groq", "amount": 3e7},
        ],
    )


def test_targets_raised_one_after_another_are_no_parts(check):
    # a $30 million round above targets of $10 and $20 million: the targets are plans
    check(
        "Groq raised $30 million. That beat its first target of $10 million and its raised "
        "target of $20 million.",
        "en",
        [
            {"type": "funding_round", "subject": "Groq", "amount": 3e7, "status": "closed"},
            {"type": "funding_round", "subject": "Groq", "amount": 1e7, "status": "planned"},
            {"type": "funding_round", "subject": "Groq", "amount": 2e7, "status": "planned"},
        ],
    )


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Mistral AI raised €600 million. IDC expects the European AI market will be worth "
            "€190 billion by 2030.",
        ),
        (
            "fr",
            "Mistral AI a levé 600 millions d'euros. Selon IDC, le marché européen de l'IA "
            "sera évalué à 190 milliards d'euros en 2030.",
        ),
        (
            "es",
            "Mistral AI recaudó 600 millones de euros. Según IDC, el mercado europeo de la IA "
            "estará valorado en 190.000 millones de euros en 2030.",
        ),
        (
            "de",
            "Mistral AI hat 600 Millionen Euro eingesammelt. Laut IDC wird der europäische "
            "KI-Markt im Jahr 2030 einen Wert von 190 Milliarden Euro haben.",
        ),
        (
            "id",
            "Mistral AI menghimpun dana 600 juta euro. Menurut IDC, pasar AI Eropa akan "
            "bernilai 190 miliar euro pada 2030.",
        ),
    ],
)
def test_the_value_of_a_market_is_no_company_valuation(check, lang, text):
    check(text, lang, [{"type": "funding_round", "subject": "Mistral AI", "amount": 6e8}])
    assert why.VALUED_THING in drop_reasons(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "amounts"),
    [
        # earlier rounds, dated: no parts of the round before them
        (
            "en",
            "Cohere raised $500 million in August. In 2024 it raised $270 million and in 2023 "
            "$230 million.",
            [5e8, 2.7e8, 2.3e8],
        ),
        # other companies' rounds: each raiser is named before its amount, none after
        (
            "en",
            "Mistral AI raised €600 million in June. Separately, Aleph Alpha raised €500 million "
            "and Helsing raised €100 million.",
            [6e8, 5e8, 1e8],
        ),
    ],
)
def test_amounts_adding_up_by_chance_stay_rounds(lang, text, amounts):
    claims = extract(text, language=lang, published=PUB_2025_10_01)
    assert sorted(c.amount for c in claims if c.type == "funding_round") == sorted(amounts)


@pytest.mark.parametrize(
    ("lang", "text", "subject", "value"),
    [
        # a market named in the company's apposition or relative clause describes the company
        (
            "en",
            "Databricks, a leader in the data industry, was valued at $100 billion.",
            "Databricks",
            1e11,
        ),
        (
            "en",
            "xAI, which aims to disrupt the search market, is valued at $200 billion.",
            "xAI",
            2e11,
        ),
        (
            "es",
            "Anthropic, líder del sector, fue valorada en 183.000 millones de dólares.",
            "Anthropic",
            1.83e11,
        ),
        ("ru", "OpenAI, лидер рынка, оценена в 500 миллиардов долларов.", "OpenAI", 5e11),
    ],
)
def test_a_market_describing_the_company_leaves_its_valuation(lang, text, subject, value):
    claims = extract(text, language=lang, published=PUB_2025_10_01)
    assert [(c.type, c.subject, c.valuation) for c in claims] == [("valuation", subject, value)]


def test_a_market_named_with_its_region_and_field_is_still_a_market():
    text = (
        "Mistral AI estime que le marché européen de l'intelligence artificielle sera évalué à "
        "200 milliards d'euros en 2030."
    )
    assert extract(text, language="fr", published=PUB_2025_10_01) == []
    assert why.VALUED_THING in drop_reasons(text, "fr")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # money a listing brings is a share sale, not a round
        ("xAI는 이번 상장을 통해 80억 위안의 자금을 조달한다는 방침이다.", "ko"),
        ("xAI는 코스피 상장으로 3000억원을 조달할 계획이다.", "ko"),
        ("此次科创板IPO,xAI拟募集资金60亿元,将全部用于芯片研发。", "zh"),
    ],
)
def test_money_raised_by_a_listing_is_no_round(text, lang):
    claims = extract(text, language=lang, published=PUB_2025_10_01, gazetteer=default_gazetteer())
    assert not claims
    assert why.SKIP_REASONS["share_sale"] in drop_reasons(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a pre-IPO round, or a round in a story about a listing, is a round
        ("xAI는 상장을 앞두고 3000억원 규모의 프리IPO 투자를 유치했다.", "ko"),
        ("公司启动IPO，xAI上月完成60亿元融资。", "zh"),
        ("xAI计划明年IPO，上市前拟募资20亿元完成C轮融资。", "zh"),
        ("为冲刺IPO，xAI拟募资15亿元，完成新一轮融资。", "zh"),
    ],
)
def test_a_round_before_a_listing_stays_a_round(text, lang):
    claims = extract(text, language=lang, published=PUB_2025_10_01, gazetteer=default_gazetteer())
    assert [c.type for c in claims] == ["funding_round"]


@pytest.mark.parametrize(
    "text",
    [
        # issuing or placing shares, and the net proceeds of an offering, are a share sale
        "xAI于2023年登陆港股,IPO阶段共发行1000万股,募资10亿港元。",
        "xAI拟以每股50港元配售2000万股新H股,预计募资10亿港元。",
        "扣除费用后,xAI此次募资净额约9.8亿港元。",
    ],
)
def test_zh_shares_issued_or_placed_are_no_round(text):
    assert extract(text, language="zh", published=PUB_2025_10_01) == []
    assert why.SKIP_REASONS["share_sale"] in drop_reasons(text, "zh")


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("xAI完成B轮融资,募资10亿元。", 1e9),
        # a round's new or preferred shares, with no listing or placing named, are the round
        ("xAI完成B轮融资,向红杉等投资方发行新股募资10亿元。", 1e9),
        ("xAI完成B轮融资,新发行2000万股,募资10亿元。", 1e9),
        ("xAI通过发行C轮优先股募资60亿美元。", 6e9),
    ],
)
def test_zh_a_round_that_issues_shares_stays_a_round(text, amount):
    claims = extract(text, language="zh", published=PUB_2025_10_01)
    assert [(c.type, c.amount) for c in claims] == [("funding_round", amount)]


@pytest.mark.parametrize(
    "text",
    [
        # "合わせる" in its other senses: joining forces, counting investors, "along with"
        "NvidiaとMicrosoftが力を合わせて、xAIに60億ドルを出資した。",
        "xAIは今回、新たな投資家を合わせた計12社から60億ドルを調達した。",
        "シリーズBの発表と合わせて、xAIは60億ドルの調達を明らかにした。",
    ],
)
def test_ja_joining_words_of_other_senses_leave_the_round(text):
    claims = extract(text, language="ja", published=PUB_2025_10_01)
    assert [(c.type, c.amount) for c in claims] == [("funding_round", 6e9)]


def test_ja_a_sum_with_the_earlier_round_is_a_total():
    # "今回のラウンドと合わせた調達額": this round and the earlier one together
    text = "xAIは6月にシリーズAで12億円を調達し、今回のラウンドと合わせた調達額は47億円となる。"
    claims = extract(text, language="ja", published=PUB_2025_10_01)
    assert [(c.type, c.amount) for c in claims] == [("funding_round", 1.2e9)]
    assert why.PART in drop_reasons(text, "ja")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a part word listing a round among funding the sentence gives no sum of
        (
            "xAI recaudó fondos de varios inversores, incluyendo una ronda de 250 millones de "
            "dólares en 2023.",
            "es",
        ),
        ("xAI has raised money from many backers, including a $250 million round in 2023.", "en"),
    ],
)
def test_a_round_listed_among_unquantified_funding_is_a_round(text, lang):
    claims = extract(text, language=lang, published=PUB_2025_10_01)
    assert [(c.type, c.subject, c.amount) for c in claims] == [("funding_round", "xAI", 2.5e8)]


def test_a_round_listed_beside_a_backers_money_names_no_round():
    # the round noun does not head the amount: "$500 million from Nvidia" is one backer's
    text = (
        "xAI has drawn funding from several sources, including a seed round and $500 million "
        "from Nvidia."
    )
    assert extract(text, language="en", published=PUB_2025_10_01) == []
    assert drop_reasons(text, "en")


def test_a_round_listed_inside_a_stated_sum_stays_a_part():
    text = "xAI raised $450 million, including a $250 million round led by a Qatari fund."
    claims = extract(text, language="en", published=PUB_2025_10_01)
    assert [c.amount for c in claims] == [4.5e8]
    assert why.PART in drop_reasons(text, "en")


# --- money raised before now, and investments made by the companies named after them ---------


def _bundled_drops(text: str, lang: str) -> set[str]:
    """The drop reasons of ``text`` read with the bundled reference (its companies)."""
    return drop_reasons(text, lang, PUB_2025_10_01, default_gazetteer())


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # "already raised" with no date and no round of its own: the running total
        ("A World Labs já levantou US$230 milhões com investidores como a a16z.", "pt"),
        ("World Labs has already raised $230 million from investors such as a16z.", "en"),
        ("World Labs a déjà levé 230 millions de dollars auprès de a16z.", "fr"),
        ("World Labs ya ha recaudado 230 millones de dólares de inversores como a16z.", "es"),
        ("World Labs ha già raccolto 230 milioni di dollari da investitori come a16z.", "it"),
        ("A Wayve, que já havia captado cerca de US$ 300 milhões, não divulgou a avaliação.", "pt"),
    ],
)
def test_money_already_raised_is_a_running_total(text, lang):
    claims = extract(text, language=lang, published=PUB_2025_10_01)
    assert [c for c in claims if c.type == ROUND] == []
    assert why.PART in _bundled_drops(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "amount"),
    [
        # a date or a round of its own makes it one round
        ("A Apptronik já tinha captado 15 milhões de dólares em 2023.", "pt", 15e6),
        ("En mai dernier, Figure AI avait déjà levé près de 65 millions d’euros.", "fr", 65e6),
        ("A Mistral AI já captou US$50 milhões numa rodada série A liderada pela a16z.", "pt", 5e7),
        ("Mistral AI has already raised $50 million in a Series A led by a16z.", "en", 5e7),
        # a total word before one round's amount sums that round up
        ("Mistral AI has raised a total of $500 million in its Series C.", "en", 5e8),
    ],
)
def test_money_already_raised_guard_a_dated_or_named_round(text, lang, amount):
    claims = extract(text, language=lang, published=PUB_2025_10_01)
    assert [(c.type, c.amount) for c in claims] == [(ROUND, amount)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # the companies after the amount make the investment ("from", "de"): a programme
        (
            "Trump announced the Stargate project, which includes an investment of $500 "
            "billion from OpenAI, Oracle and SoftBank to build up to 20 data centers.",
            "en",
        ),
        # ... or an agent phrase ending what follows it ("by", "por parte de")
        (
            "The site will host Stargate, a $500 billion investment in AI infrastructure by "
            "OpenAI, Oracle, SoftBank and MGX.",
            "en",
        ),
        (
            "Trump anunció el proyecto Stargate, que incluye una inversión de 500.000 millones "
            "de dólares de OpenAI, Oracle y SoftBank para construir veinte centros de datos.",
            "es",
        ),
    ],
)
def test_an_investment_made_by_the_companies_named_after_it_is_no_round(text, lang):
    claims = extract(text, language=lang, published=PUB_2025_10_01)
    assert [c for c in claims if c.type == ROUND] == []
    assert _bundled_drops(text, lang) & {why.NO_SUBJECT, why.THING_RAISES}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("NVIDIA made an investment of $2 billion in xAI.", "en"),
        ("The $2 billion investment in xAI by NVIDIA closed.", "en"),
        ("NVIDIA anunció una inversión de 2.000 millones de dólares en xAI.", "es"),
    ],
)
def test_an_investment_guard_the_company_it_goes_into(text, lang):
    claims = extract(text, language=lang, published=PUB_2025_10_01)
    assert [(c.type, c.subject, c.amount) for c in claims] == [(ROUND, "xAI", 2e9)]


def test_zh_a_count_of_users_is_no_amount():
    # "超过三十亿的潜在用户": the number the 的 links to "users" counts people, not money
    text = "Perplexity此前融资2亿美元。Chrome拥有超过三十亿的潜在用户,若能获得类似的渠道将更强。"
    claims = extract(text, language="zh", published=PUB_2025_10_01)
    assert [(c.type, c.subject, c.amount) for c in claims] == [(ROUND, "Perplexity", 2e8)]


@pytest.mark.parametrize(
    ("text", "lang", "subject"),
    [
        # review guards: the investment_by word must follow the amount right away
        (
            "NVIDIA hizo una inversión de 2.000 millones de dólares en el capital de xAI.",
            "es",
            "xAI",
        ),
        ("A Nvidia fez um investimento de US$ 2 bilhões em ações da xAI.", "pt", "xAI"),
        (
            "ASML a fait un investissement de 1,3 milliard d'euros au capital de Mistral AI.",
            "fr",
            "Mistral AI",
        ),
        # the elided "d'" before the investor
        (
            "L'investissement de 1,3 milliard d'euros d'ASML dans Mistral AI a été annoncé.",
            "fr",
            "Mistral AI",
        ),
    ],
)
def test_an_investment_guard_the_capital_it_goes_into(text, lang, subject):
    claims = extract(text, language=lang, published=PUB_2025_10_01)
    assert [(c.type, c.subject) for c in claims] == [(ROUND, subject)]


@pytest.mark.parametrize(
    "text",
    [
        # review guards: a total over a list of rounds stays a total
        "Mistral AI has raised a total of $22 billion in its Series B, C and D.",
        "Mistral AI has already raised $600 million in a Series A and a Series B.",
        "Mistral AI has already raised $600 million in seed and Series A funding.",
    ],
)
def test_a_total_over_listed_rounds_is_no_round(text):
    assert [c for c in extract(text, language="en", published=PUB_2025_10_01)] == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # the round named after a comma; more forms of 'already raised'
        ("Mistral AI has already raised $600 million, in a Series B round led by a16z.", "en"),
    ],
)
def test_already_raised_guard_a_round_after_a_comma(text, lang):
    claims = extract(text, language=lang, published=PUB_2025_10_01)
    assert [(c.type, c.amount) for c in claims] == [(ROUND, 6e8)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("World Labs, which already raised $230 million from a16z, is hiring.", "en"),
        ("As startups de IA World Labs e Mistral AI já captaram US$ 900 milhões.", "pt"),
        ("World Labs y Mistral AI ya han recaudado 900 millones de dólares.", "es"),
        ("World Labs a déjà obtenu 230 millions de dollars auprès de a16z.", "fr"),
    ],
)
def test_already_raised_in_more_forms(text, lang):
    claims = extract(text, language=lang, published=PUB_2025_10_01)
    assert [c for c in claims if c.type == ROUND] == []
    assert why.PART in _bundled_drops(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # closing a deal (to supply capacity) is no closing of a round
        (
            "Nos últimos meses, a CoreWeave fechou acordos para fornecer mais de 14 mil "
            "milhões de dólares em capacidade de cloud à Meta.",
            "pt",
        ),
        ("CoreWeave cerró acuerdos por más de 14.000 millones de dólares con Meta.", "es"),
        # a founder's own funds are no round
        ("Con fondos propios por US$ 30 millones, el fundador de OpenAI busca una ronda.", "es"),
    ],
)
def test_a_supply_deal_or_own_funds_are_no_round(check, text, lang):
    check(text, lang, [])


@pytest.mark.parametrize(
    ("text", "lang", "reason", "rounds"),
    [
        # the amount sizes the quoted fund or programme right after it (head-final order)
        (
            "스타트업의 투자 유치는 약 2조원 규모의 '미래성장 프로젝트 펀드'가 담당한다.",
            "ko",
            why.SKIP_REASONS["programme"],
            [],
        ),
        # a listing's proceeds are a share sale
        ("Groq在科创板上市,上市募资80亿元。", "zh", why.SKIP_REASONS["share_sale"], []),
        ("Groq开盘市值166亿港元,募资29.59亿港元。", "zh", why.SKIP_REASONS["share_sale"], []),
        # a round before the listing is no share sale
        ("冲刺上市的Groq此前募资10亿元。", "zh", None, [1e9]),
        # registered capital is no round; the round beside it is
        (
            "Groq是一家芯片企业。2019年成立时注册资本5000万元,2020年完成7000万元Pre-A轮融资。",
            "zh",
            why.SKIP_REASONS["cost"],
            [7e7],
        ),
    ],
)
def test_a_fund_s_size_listing_proceeds_and_registered_capital_are_no_rounds(
    text, lang, reason, rounds
):
    claims = extract(text, language=lang, published=PUB_2025_10_01, gazetteer=default_gazetteer())
    assert [c.amount for c in claims if c.type == "funding_round"] == rounds
    if reason is not None:
        assert reason in drop_reasons(text, lang)
