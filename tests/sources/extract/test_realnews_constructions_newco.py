"""Rounds of companies the gazetteer does not know (issue 11, section 2): the raiser is the
company named in apposition or opening the sentence, kept as written, never an investor or a
known company named beside it. Sentences of our own (invented company names), one language
each; see ``sources/extract/claims/newco.py``."""

from __future__ import annotations

from datetime import date

import pytest

from sources.extract import extract
from sources.extract.gazetteer import default_gazetteer

FR, VAL = "funding_round", "valuation"


@pytest.mark.parametrize(
    ("lang", "text", "name", "amount", "currency"),
    [
        # apposition after a company noun, investor after "led by" and its kin
        (
            "en",
            "Defence start-up Kestrelwing raised €450 million in a round led by Nvidia.",
            "Kestrelwing",
            450e6,
            "EUR",
        ),
        (
            "de",
            "Das Freiburger Start-up Quellwerk hat in einer Finanzierungsrunde 45 Millionen Euro "
            "eingesammelt, angeführt von Google.",
            "Quellwerk",
            45e6,
            "EUR",
        ),
        (
            "fr",
            "La start-up française Brumelle a levé 80 millions d'euros lors d'un tour de table "
            "mené par Nvidia.",
            "Brumelle",
            80e6,
            "EUR",
        ),
        (
            "es",
            "La startup madrileña Corvana cerró una ronda de 60 millones de euros liderada por "
            "Google.",
            "Corvana",
            60e6,
            "EUR",
        ),
        (
            "it",
            "La startup torinese Velatica ha raccolto 30 milioni di euro in un round guidato da "
            "Google.",
            "Velatica",
            30e6,
            "EUR",
        ),
        (
            "pt",
            "A startup Nuvora captou US$ 40 milhões em uma rodada liderada pela Nvidia.",
            "Nuvora",
            40e6,
            "USD",
        ),
        (
            "id",
            "Startup Awanraya meraih pendanaan US$ 25 juta yang dipimpin oleh Nvidia.",
            "Awanraya",
            25e6,
            "USD",
        ),
        (
            "ru",
            "Стартап Cloudvane привлек $200 млн в раунде под руководством Nvidia.",
            "Cloudvane",
            200e6,
            "USD",
        ),
        (
            "zh",
            "人工智能初创公司Zentrix完成5亿美元B轮融资，英伟达领投。",
            "Zentrix",
            500e6,
            "USD",
        ),
        (
            "ja",
            "米スタートアップのKairoは、シリーズBで1億ドルを調達した。",
            "Kairo",
            100e6,
            "USD",
        ),
        (
            "ko",
            "AI 스타트업 Vellum은 엔비디아가 주도한 시리즈B에서 1억 달러를 유치했다.",
            "Vellum",
            100e6,
            "USD",
        ),
    ],
)
def test_unknown_startup_in_apposition_raises_the_round(check, lang, text, name, amount, currency):
    check(text, lang, [{"type": FR, "subject": name, "amount": amount, "currency": currency}])


def test_name_opening_the_sentence_with_a_relative_clause(check):
    check(
        "Vantora Robotics, which makes warehouse robots, raised $120 million in a Series B led "
        "by Nvidia.",
        "en",
        [{"type": FR, "subject": "Vantora Robotics", "amount": 120e6}],
    )


def test_name_followed_by_a_company_noun_apposition(check):
    """A company noun in apposition after the name marks it a company ("X, la empresa de
    ..., consiguió")."""
    check(
        "Lunaria Health, la empresa de relojes inteligentes, consiguió 90 millones de dólares "
        "en su Serie C.",
        "es",
        [{"type": FR, "subject": "Lunaria Health", "amount": 90e6, "currency": "USD"}],
    )


def test_round_and_valuation_of_an_unknown_company_form_one_claim(check):
    check(
        "Defence start-up Kestrelwing raised €450 million in a round led by Nvidia, valuing it "
        "at €6 billion.",
        "en",
        [{"type": FR, "subject": "Kestrelwing", "amount": 450e6, "valuation": 6e9}],
    )


def test_german_name_needs_its_verb(check):
    """German capitalises every noun: a bare name opening the sentence counts only with its
    verb right after it. (A text with no company noun at all is not read for unknown names:
    the Start-up of the second sentence makes it one.)"""
    check(
        "Quellwerk hat 45 Millionen Euro eingesammelt. Das Start-up baut Drohnen.",
        "de",
        [{"type": FR, "subject": "Quellwerk", "amount": 45e6}],
    )
    check("Investoren pumpen 17 Millionen Euro in die Finanzierungsrunde.", "de", [])


def test_investor_leading_the_round_is_no_raiser(check):
    check("Lux Capital led a $50 million funding round in a robotics start-up.", "en", [])


def test_person_after_a_company_noun_is_the_owner_not_the_company(check):
    """A name after a company noun and a linking word owns the company ("la empresa de Elon
    Musk"); the known company of the sentence keeps the round."""
    check(
        "xAI, la empresa de Elon Musk, ha recaudado 6.000 millones de dólares.",
        "es",
        [{"type": FR, "subject": "xAI", "amount": 6e9}],
    )


def test_known_company_keeps_its_round(check):
    check(
        "OpenAI raised $6.6 billion at a $157 billion valuation.",
        "en",
        [{"type": FR, "subject": "OpenAI", "amount": 6.6e9, "valuation": 157e9}],
    )


def test_sentence_openers_and_headings_are_no_names(check):
    check("Inicialmente, la startup buscaba captar 5.000 millones de dólares.", "pt", [])
    check("Investors valued the startup at $2 billion, the company said.", "en", [])


def test_known_company_inside_a_parenthetical_after_the_name(check):
    """ "X, co-founded by former OpenAI researchers, raised": the known company describes the
    unknown one; it raises nothing."""
    check(
        "Arvolt, co-founded by former OpenAI researchers, raised $70 million at a $700 million "
        "valuation.",
        "en",
        [{"type": FR, "subject": "Arvolt", "amount": 70e6, "valuation": 700e6}],
    )


def test_known_name_restating_the_apposition_keeps_the_round(check):
    """ "startup AI-nya, xAI, tengah menggalang": the known name is the start-up itself."""
    check(
        "Musk menyebut startup barunya, xAI, tengah menggalang dana US$ 6 miliar.",
        "id",
        [{"type": FR, "subject": "xAI", "amount": 6e9}],
    )


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        (
            "en",
            "Nvidia invested $50 million in the robotics start-up Kestrel Labs.",
            "Kestrel Labs",
        ),
        ("fr", "Google a investi 100 millions d'euros dans la start-up Brumelle.", "Brumelle"),
        ("de", "Google investiert 100 Millionen Euro in das Start-up Quellwerk.", "Quellwerk"),
        ("ru", "Nvidia инвестировала $50 млн в стартап Cloudvane.", "Cloudvane"),
    ],
)
def test_investment_into_an_unknown_startup_is_its_round(check, lang, text, name):
    """The company an investor puts money into, named after the amount with a company noun."""
    claims = check(text, lang, [{"type": FR, "subject": name}])
    assert claims[0].rule.endswith("money_invest")


def test_investment_into_a_place_is_no_round(check):
    """A bare name after "in" may be a place: only a company noun marks an unknown investee."""
    check("Microsoft invested $10 billion in Texas data centers.", "en", [])


def _bundled(text: str, lang: str) -> list[tuple[str, str, float]]:
    claims = extract(
        text, language=lang, published=date(2024, 6, 14), gazetteer=default_gazetteer()
    )
    return [(c.type, c.subject, c.amount) for c in claims]


def test_chinese_descriptive_anaphor_keeps_a_later_clauses_company_out():
    """ "这家...初创企业，获得...融资，凭借与腾讯的关系": the anaphor before the amount is the
    raiser; the company a later clause names is not."""
    assert (
        _bundled(
            "这家成立不到一年的人工智能初创企业，获得2亿美元融资，凭借与腾讯的合作迅速扩张。", "zh"
        )
        == []
    )
    assert _bundled(
        "百川智能完成3亿美元融资。这家成立仅半年的初创企业，此前获得5000万美元天使融资，"
        "并与腾讯合作。",
        "zh",
    ) == [(FR, "Baichuan AI", 300e6), (FR, "Baichuan AI", 50e6)]


def test_money_sentence_naming_nobody_continues_the_last_round():
    """A money sentence that names no company belongs to the story's last round, not to the
    company named most often (here the investor of a stake story)."""
    claims = _bundled(
        "Baichuan AI raised $300 million. Tencent joined the round. Tencent has backed several "
        "labs. Tencent expects more growth. Earlier, an angel round brought in $50 million.",
        "en",
    )
    assert (FR, "Baichuan AI", 50e6) in claims


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Former OpenAI CTO Mira Murati is raising $2 billion for her startup Thinking "
            "Machines Lab.",
        ),
        (
            "fr",
            "Mira Murati, ancienne directrice technique d'OpenAI, lève 2 milliards de dollars "
            "pour sa start-up Thinking Machines Lab.",
        ),
        (
            "de",
            "Die frühere OpenAI-Managerin Mira Murati sammelt 2 Milliarden Dollar für ihr "
            "Start-up Thinking Machines Lab ein.",
        ),
    ],
)
def test_a_persons_former_employer_is_no_raiser(lang, text):
    """ "former OpenAI CTO Mira Murati ... for her startup Thinking Machines Lab": the company
    before a person's role is the person's employer; the start-up named with a company noun
    raises the money."""
    claims = _bundled(text, lang)
    assert [c[:2] for c in claims] == [(FR, "Thinking Machines Lab")]


@pytest.mark.parametrize(
    ("lang", "text", "name", "amount", "currency"),
    [
        (
            "zh",
            "人工智能初创公司星海智算完成5亿元人民币B轮融资，由红杉中国领投。",
            "星海智算",
            500e6,
            "CNY",
        ),
        ("ko", "AI 스타트업 한빛랩스는 시리즈B에서 300억원을 유치했다.", "한빛랩스", 30e9, "KRW"),
    ],
)
def test_native_script_name_after_a_company_noun(check, lang, text, name, amount, currency):
    """Chinese and Korean names have no capitals: the name right after a company noun of
    three or more characters, up to a verb ("完成") or a particle ("는")."""
    check(text, lang, [{"type": FR, "subject": name, "amount": amount, "currency": currency}])


def test_common_company_noun_introduces_no_native_name(check):
    """ "기업", "公司": too common to mark the word after them as a name."""
    check("국내 기업 중 한빛전자는 300억원을 투자했다.", "ko", [])


def test_a_place_opening_the_sentence_raises_nothing(check):
    """A bare name opening an English sentence needs a raise verb before the amount: "Texas
    approved $50 million in funding" names a funder, not a raiser."""
    check("Texas approved $50 million in funding for the startup.", "en", [])


def test_name_after_a_leading_time_phrase(check):
    check(
        "In May, Kestrelwing raised $50 million in a Series A, the company said.",
        "en",
        [{"type": FR, "subject": "Kestrelwing", "amount": 50e6}],
    )
    check(
        "En mai, Brumelle a levé 80 millions d'euros, selon la société.",
        "fr",
        [{"type": FR, "subject": "Brumelle", "amount": 80e6}],
    )


@pytest.mark.parametrize(
    ("lang", "text", "name", "amount", "currency"),
    [
        (
            "ru",
            "Российский стартап «Нейрокод» привлек 500 млн рублей в раунде под руководством фонда.",
            "Нейрокод",
            500e6,
            "RUB",
        ),
        ("pt", "A Nuvora, startup de robótica, captou US$ 40 milhões.", "Nuvora", 40e6, "USD"),
        (
            "ja",
            "AIスタートアップのカイロスは、シリーズBで50億円を調達した。",
            "カイロス",
            5e9,
            "JPY",
        ),
    ],
)
def test_quoted_article_and_katakana_names(check, lang, text, name, amount, currency):
    """A Cyrillic name in guillemets after a company noun, a name behind an article with a
    company-noun apposition, a katakana name after スタートアップの."""
    check(text, lang, [{"type": FR, "subject": name, "amount": amount, "currency": currency}])
