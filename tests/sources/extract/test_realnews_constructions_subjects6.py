"""Subjects, round 6 of the real-news work (issue 11, section 2): the right figure given to the
wrong subject (a company of an earlier clause, an investor, a native-script name form); each
construction in sentences of our own in the language it came from."""

from __future__ import annotations

from sources.extract import extract
from sources.extract.gazetteer import default_gazetteer
from tests.sources.extract.conftest import PUBLISHED, assert_claims

VAL, FR = "valuation", "funding_round"


def test_a_company_noun_in_apposition_is_no_anaphor_es(check):
    """ "xAI, la empresa de Elon Musk, prepara ...": the company noun set off by commas describes
    the name before it; it does not point back to the story's main company."""
    check(
        "Anthropic obtuvo 2.000 millones de dólares en marzo. Por su parte, xAI, la empresa "
        "de Elon Musk, prepara una ronda de 6.000 millones de dólares.",
        "es",
        [
            {"type": FR, "subject": "Anthropic", "amount": 2e9},
            {"type": FR, "subject": "xAI", "amount": 6e9},
        ],
    )


def test_an_unclosed_company_noun_after_a_name_is_still_an_anaphor_fr(check):
    """ "... trois anciens de Google DeepMind, l'entreprise a levé ...": with no comma closing it
    before the amount the company noun heads its own clause and names the story's company (the
    guard that keeps the apposition reading from taking the name of a noun phrase)."""
    check(
        "Mistral AI a levé 600 millions d'euros. Fondée par trois anciens de Google DeepMind, "
        "l'entreprise avait levé 105 millions d'euros en juin 2023.",
        "fr",
        [
            {"type": FR, "subject": "Mistral AI", "amount": 600e6},
            {"type": FR, "subject": "Mistral AI", "amount": 105e6},
        ],
    )


def _bundled(text: str, lang: str, expected: list[dict]) -> None:
    """Extract with the bundled reference gazetteer (its native-script names) and compare."""
    claims = extract(text, language=lang, published=PUBLISHED, gazetteer=default_gazetteer())
    assert_claims(claims, expected)


def test_the_subject_marked_name_a_clause_modifies_holds_its_figure_ja():
    """ "...と合併して8000億ウォンの企業価値を認められたリベリオンは": the clause holding the
    figure modifies the name after it, which the particle marks as the subject; the company it
    merged with, inside that clause, is no subject."""
    _bundled(
        "AI半導体企業ノバテックと合併して8000億ウォンの企業価値を認められたリベリオンは、"
        "上場の準備を進めている。",
        "ja",
        [{"type": VAL, "subject": "Rebellions", "valuation": 800e9}],
    )


def test_the_subject_marked_name_a_clause_modifies_holds_its_figure_ko():
    """ "...와 합병한 뒤 1조2000억 원의 기업가치를 인정받은 리벨리온은": the same order, Korean."""
    _bundled(
        "국내 반도체 스타트업 노바칩과 합병한 뒤 1조2000억 원의 기업가치를 인정받은 리벨리온은 "
        "추가 투자자를 모으고 있다.",
        "ko",
        [{"type": VAL, "subject": "Rebellions", "valuation": 1.2e12}],
    )


def test_attracting_investment_is_a_raise_and_a_fund_formed_is_no_value_ja():
    """Japanese editions of Korean news write a raise as "投資を誘致した"; a state fund being
    formed ("100兆ウォン規模の国民ファンド組成") is a fund's size, not the story company's value."""
    _bundled(
        "フュリオサAIは500億ウォン規模の投資を誘致した。政府は100兆ウォン規模の国民ファンド"
        "組成を推進し、AI企業への再評価が始まった。",
        "ja",
        [{"type": FR, "subject": "FuriosaAI", "amount": 50e9}],
    )


def test_money_obtained_from_a_company_is_that_investors_part_it(check):
    """ "i 15 milioni di dollari ottenuti da Microsoft": the name after "obtained from" put the
    money in; the round is the story's company's."""
    check(
        "Per Anthropic il semestre è stato magro: appena 15 milioni di dollari ottenuti da "
        "Microsoft.",
        "it",
        [{"type": FR, "subject": "Anthropic", "amount": 15e6}],
    )


def test_money_obtained_from_a_company_is_that_investors_part_pt(check):
    """ "os US$ 15 milhões obtidos da Microsoft": the same participle in Portuguese."""
    check(
        "Para a Anthropic o semestre foi fraco: só US$ 15 milhões de financiamento obtidos da "
        "Microsoft.",
        "pt",
        [{"type": FR, "subject": "Anthropic", "amount": 15e6}],
    )


def test_the_subject_marked_company_is_the_story_company_not_the_partner_ja():
    """A partner named first with "と" ("オラクルと協力して") is not the story's company; the
    company the text marks as subject ("xAIは", "xAIが") is, so a later figure that names
    nobody is xAI's even when both were named as often."""
    _bundled(
        "マスク氏はオラクルと協力する方針を示した。xAIはオラクルのサーバーを借りている。"
        "xAIがオラクルから新たな設備を調達したとオラクルの幹部が述べた。"
        "最新の情報によると、データセンターは現在8メガワットを有している。",
        "ja",
        [{"type": "power_capacity", "subject": "xAI", "quantity": 8}],
    )


def test_the_subject_marked_company_is_the_story_company_not_the_partner_ko():
    """The same in Korean: "오라클과 협력해" names a partner, "엑스AI는" the subject."""
    _bundled(
        "머스크는 오라클과 협력하겠다고 밝혔다. 엑스AI는 오라클의 서버를 빌리고 있다. "
        "엑스AI가 오라클로부터 장비를 확보했다고 오라클 관계자가 말했다. "
        "최신 정보에 따르면 데이터센터는 현재 8메가와트 규모다.",
        "ko",
        [{"type": "power_capacity", "subject": "xAI", "quantity": 8}],
    )


def test_the_speakers_own_company_holds_the_round_over_the_story_company_ko():
    """ "리벨리온 창업자 겸 CEO는 ... 7억 달러 규모의 펀딩 라운드에서 삼성 등이 투자했다": the
    company before a person's role is the speaker's employer, no rival; with no other raiser in
    the sentence the round is that company's, not the story's company named in an earlier
    sentence."""
    _bundled(
        "현대차그룹이 반도체 스타트업에 투자했다. 박성현 리벨리온 창업자 겸 CEO는 "
        "인터뷰에서 AFW파트너스가 주도한 7억 달러 규모의 최근 펀딩 라운드에 삼성 등이 "
        "투자했다고 밝혔다.",
        "ko",
        [{"type": FR, "subject": "Rebellions", "amount": 700e6}],
    )


def test_an_investee_in_apposition_past_the_comma_takes_the_round_id(check):
    """ "menanamkan US$1 miliar ke perusahaan AI milik Musk, xAI. ... bagian dari putaran
    pendanaan US$4 miliar": the money goes into the company noun the name
    restates after the comma, so both the investment and the round it is part of are xAI's,
    not the investor's."""
    check(
        "SpaceX menanamkan US$1 miliar ke perusahaan AI milik Musk, xAI. Dana itu adalah "
        "bagian dari putaran pendanaan US$4 miliar.",
        "id",
        [
            {"type": FR, "subject": "xAI", "amount": 1e9},
            {"type": FR, "subject": "xAI", "amount": 4e9},
        ],
    )


def test_a_round_for_a_company_is_that_companys_de(check):
    """ "Anthropic sammelte 8 Milliarden Dollar ein, dazu kam eine Runde über 12 Milliarden Dollar
    für xAI": in a list of deals the word of purpose after the amount names the
    company the second round is for, not the first one's."""
    check(
        "Im Quartal sammelte Anthropic 8 Milliarden Dollar ein, dazu kam eine Runde über "
        "12 Milliarden Dollar für xAI.",
        "de",
        [
            {"type": FR, "subject": "Anthropic", "amount": 8e9},
            {"type": FR, "subject": "xAI", "amount": 12e9},
        ],
    )


def test_a_round_for_a_company_is_that_companys_en(check):
    """ "... and a $12 billion round for xAI": the same in English."""
    check(
        "The quarter saw Anthropic raise $8 billion, followed by a $12 billion round for xAI.",
        "en",
        [
            {"type": FR, "subject": "Anthropic", "amount": 8e9},
            {"type": FR, "subject": "xAI", "amount": 12e9},
        ],
    )


def test_a_described_item_of_an_investor_list_is_an_investor_pt():
    """ "com a Nvidia, o fundo de risco da LG e a Samsung entre os investidores": a list of
    investors whose items are described still lists investors; Samsung raises nothing, and a
    conditional opener ("Caso seja ...") is no company either."""
    _bundled(
        "Caso a operação avance, a empresa dobrará de valor; em março ela captou US$200 milhões, "
        "com participação da Nvidia, do fundo de risco da LG e da Samsung.",
        "pt",
        [],
    )


def test_cloud_giants_listed_first_as_investors_leave_the_round_to_their_investee_fr(check):
    """ "Nvidia, Google et Amazon figurent parmi les nouveaux actionnaires de Mistral AI. ... un
    tour de 90 millions. Elle vaut désormais 3 milliards": the cloud giant named first in
    a list of investors, in one sentence, is not the story's raiser; the round and the value
    are the company they invest in."""
    check(
        "Nvidia, Google et Amazon figurent parmi les nouveaux investisseurs de Mistral AI. "
        "Ils ont pris part à un tour de table de 90 millions de dollars. Elle vaut désormais "
        "3 milliards de dollars.",
        "fr",
        [
            {"type": FR, "subject": "Mistral AI", "amount": 9e7},
            {"type": VAL, "subject": "Mistral AI", "valuation": 3e9},
        ],
    )


def test_an_unnamed_site_is_no_cluster_the_text_names_only_later_de():
    """ "Das neue Rechenzentrum in Louisiana soll 2 Gigawatt haben. Zum Vergleich: ... Stargate":
    a data centre the sentence does not name is not the article's one cluster when the text
    names that cluster only after it (a yardstick, or the programme)."""
    _bundled(
        "Das neue Rechenzentrum in Louisiana soll 2 Gigawatt Leistung haben. Zum Vergleich: "
        "Auch Stargate in Texas ist sehr groß.",
        "de",
        [],
    )


def test_another_companys_backer_compound_makes_no_investor_en(check):
    """ "Cohere, a company that competes with Microsoft-backed OpenAI, said it had raised $270
    million": "-backed" closes a compound of another company's name, so the subject is no
    investor and the round is its own."""
    check(
        "Anthropic, an AI company that competes with Microsoft-backed OpenAI, said on Thursday "
        "it had raised $270 million in a funding round.",
        "en",
        [{"type": FR, "subject": "Anthropic", "amount": 270e6}],
    )
