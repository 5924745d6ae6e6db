"""Korean sentences (written for these tests): Hangul myriads (10만, 60억, 1조 2천억,
27억5000만, 2,000억, 5만여), currencies after the number (달러, 원, 엔, 위안, 유로), counters
after the number (개, 장), bounds after it (여, 이상), plans (계획, 예정), reports (소식통,
알려졌다), denials (사실이 아니), Korean dates (지난해 9월, 2024년 9월, 지난달, 1분기, 상반기)
and durations with their particle (122일 만에)."""

from __future__ import annotations

from datetime import date

import pytest

from sources.extract import extract
from sources.extract.gazetteer import default_gazetteer
from sources.extract.numbers import parse_hangul
from tests.sources.extract.conftest import assert_claims, build_gazetteer

FR, VAL, CS, HOLD = "funding_round", "valuation", "cluster_size", "chip_holding"
BUILD, POWER = "build_duration", "power_capacity"
PUBLISHED = date(2024, 6, 14)

# the Hangul names, as the reference aliases spell them
_GAZ = build_gazetteer(
    company_aliases=[
        ("xai", "엑스AI"),
        ("openai", "오픈AI"),
        ("anthropic", "앤트로픽"),
        ("nvidia", "엔비디아"),
        ("meta", "메타"),
        ("amazon", "아마존"),
        ("softbank", "소프트뱅크"),
        ("coatue", "코투"),
    ],
    cluster_aliases=[("xai_colossus", "콜로서스")],
)


def check(text: str, expected: list[dict], published: date = PUBLISHED) -> None:
    claims = extract(text, language="ko", published=published, gazetteer=_GAZ)
    assert_claims(claims, expected)


@pytest.mark.parametrize(
    ("text", "value", "end"),
    [
        ("10만 개", 1e5, 3),
        ("60억 달러", 6e9, 3),
        ("1조 2천억 원", 1.2e12, 6),
        ("2,000억 원", 2e11, 6),
        ("27억5000만달러", 2.75e9, 8),
        ("1만 5000장", 15_000, 7),
        ("3조 4,000억 원", 3.4e12, 9),
        ("1.5만장", 15_000, 4),
        ("1만 2024년", 1e4, 2),  # a year after the number is not a part of it
        ("6천400장", 6_400, 5),  # a digit tail after a small unit belongs to the number
        ("3천 600장", 3_000, 2),  # but not across a space
        ("1천2백만 달러", 1.2e7, 5),  # small units inside one myriad
        ("1만8천장", 18_000, 4),
        ("2천 억", 2e11, 4),  # 억 and 조 start no word: a space before them still joins
        ("2천 만에", 2_000, 2),  # 만 may end a time ("3년 만에"): not across a space
    ],
)
def test_hangul_numbers(text: str, value: float, end: int) -> None:
    parsed = parse_hangul(text, 0, len(text))
    assert parsed is not None
    assert parsed[0] == pytest.approx(value)
    assert parsed[1] == end


def test_round_in_dollars_with_series() -> None:
    check(
        "앤트로픽은 시리즈E 라운드에서 60억 달러를 조달했다고 밝혔다.",
        [
            {
                "type": FR,
                "subject": "Anthropic",
                "amount": 6e9,
                "currency": "USD",
                "status": "closed",
            }
        ],
    )


def test_round_in_won_with_a_spaced_myriad() -> None:
    check(
        "앤트로픽은 2천 억 원 규모의 투자를 유치했다.",
        [{"type": FR, "subject": "Anthropic", "amount": 2e11, "currency": "KRW"}],
    )


def test_a_range_whose_first_number_borrows_the_myriad_of_the_second() -> None:
    check(
        "앤트로픽은 5천~6천억 원 규모의 투자를 유치할 계획이다.",
        [{"type": FR, "subject": "Anthropic", "amount": 5e11, "qualifier": "range"}],
    )


def test_a_small_unit_and_a_myriad_without_a_digit_before_a_currency() -> None:
    check(
        "앤트로픽은 천만 달러를 투자받았다.",
        [{"type": FR, "subject": "Anthropic", "amount": 1e7, "currency": "USD"}],
    )
    check("앤트로픽 대표는 천만다행이라고 말했다.", [])


def test_round_in_won_with_mixed_myriads() -> None:
    check(
        "앤트로픽은 1조 2천억 원을 투자받았다.",
        [{"type": FR, "subject": "Anthropic", "amount": 1.2e12, "currency": "KRW"}],
    )


def test_round_in_won_with_digit_groups() -> None:
    check(
        "앤트로픽은 2,000억 원 규모의 투자를 유치했다.",
        [{"type": FR, "subject": "Anthropic", "amount": 2e11, "currency": "KRW"}],
    )


@pytest.mark.parametrize(
    ("text", "subject", "amount", "currency"),
    [
        ("소프트뱅크는 오픈AI에 300억 엔을 투자했다.", "OpenAI", 3e10, "JPY"),
        ("엑스AI는 10억 위안을 투자받았다.", "xAI", 1e9, "CNY"),
        (
            "아마존은 앤트로픽에 27억5000만 달러를 추가로 투자한다고 발표했다.",
            "Anthropic",
            2.75e9,
            "USD",
        ),
    ],
)
def test_other_currencies_and_an_investment_into_a_company(
    text: str, subject: str, amount: float, currency: str
) -> None:
    check(text, [{"type": FR, "subject": subject, "amount": amount, "currency": currency}])


def test_round_led_by_an_investor_with_a_conversion_in_brackets() -> None:
    # the lead investor stands before 주도한; the verb comes after the bracketed conversion
    check(
        "앤트로픽은 벤처투자사 코투가 주도한 시리즈G 투자를 통해 300억 달러(약 43조 원)를 "
        "조달했다고 밝혔다.",
        [{"type": FR, "subject": "Anthropic", "amount": 3e10, "currency": "USD"}],
    )


def test_round_and_valuation_in_one_sentence() -> None:
    check(
        "앤트로픽은 기업가치 615억 달러에 35억 달러를 조달했다.",
        [{"type": FR, "subject": "Anthropic", "amount": 3.5e9, "valuation_usd": 6.15e10}],
    )


def test_post_money_valuation_alone() -> None:
    check(
        "앤트로픽은 투자 후 기업가치 615억 달러로 평가받았다.",
        [
            {
                "type": VAL,
                "subject": "Anthropic",
                "valuation_usd": 6.15e10,
                "valuation_basis": "post",
                "status": "closed",
            }
        ],
    )


def test_reported_talks() -> None:
    check(
        "소식통에 따르면 앤트로픽은 기업가치 1830억 달러로 130억 달러를 조달하는 방안을 "
        "협상 중이다.",
        [{"type": FR, "subject": "Anthropic", "amount": 1.3e10, "status": "reported"}],
    )
    check(
        "엑스AI가 120억 달러 규모의 자금 조달을 추진 중인 것으로 알려졌다.",
        [{"type": FR, "subject": "xAI", "amount": 1.2e10, "status": "reported"}],
    )


def test_talks_are_reported() -> None:
    check(
        "엑스AI는 150억 달러 규모의 투자 유치를 위한 막바지 협상을 진행하고 있다.",
        [{"type": FR, "subject": "xAI", "amount": 1.5e10, "status": "reported"}],
    )


def test_a_report_clause_with_a_date_covers_the_figure() -> None:
    check(
        "3월5일 외신 보도에 따르면, 앤트로픽은 50억 달러(약 7조 원) 규모의 자금 조달을 "
        "추진하고 있다.",
        [{"type": FR, "subject": "Anthropic", "amount": 5e9, "status": "reported"}],
    )


def test_a_latin_gloss_keeps_the_investee_in_the_clause() -> None:
    check(
        "아마존은 앤트로픽(Anthropic)에 40억 달러(약 5조 원)를 투자한다고 발표했다.",
        [{"type": FR, "subject": "Anthropic", "amount": 4e9, "currency": "USD"}],
    )


def test_an_investors_running_total_is_no_round_but_a_rounds_total_is() -> None:
    check("소프트뱅크는 오픈AI에 총 220억 달러를 투자했다.", [])
    check(
        "엑스AI는 이번 라운드에서 총 200억 달러를 유치했다고 밝혔다.",
        [{"type": FR, "subject": "xAI", "amount": 2e10, "status": "closed"}],
    )


def test_an_assumed_figure_is_not_asserted() -> None:
    check("모든 옵션을 더한다고 가정해 계산한 앤트로픽의 기업가치는 2000억 달러다.", [])


def test_denial() -> None:
    check(
        "엑스AI가 50억 달러를 조달한다는 보도는 사실이 아니라고 회사는 밝혔다.",
        [{"type": FR, "subject": "xAI", "amount": 5e9, "status": "denied"}],
    )


@pytest.mark.parametrize(
    "text",
    [
        "오픈AI의 올해 매출은 100억 달러에 이를 전망이다.",  # revenue
        "엔비디아의 시가총액은 3조 달러를 넘었다.",  # market capitalisation
        "메타는 GPU 1장당 4만 달러를 지불했다.",  # a unit price
        "세계 최대 기업 아마존이 경쟁에서 뒤처지지 않기 위해 3조가 넘는 투자를 했다.",
    ],
)
def test_money_that_is_no_round(text: str) -> None:
    check(text, [])


@pytest.mark.parametrize(
    ("text", "as_of"),
    [
        ("앤트로픽은 지난해 9월 40억 유로를 유치했다.", "2023-09"),
        ("엑스AI는 지난달 60억 달러를 조달했다.", "2024-05"),
        ("오픈AI는 2024년 3월 66억 달러를 조달했다.", "2024-03"),
    ],
)
def test_korean_dates(text: str, as_of: str) -> None:
    claims = extract(text, language="ko", published=PUBLISHED, gazetteer=_GAZ)
    assert [(c.type, c.as_of, c.status) for c in claims] == [(FR, as_of, "closed")]


def test_cluster_with_counter_after_the_number() -> None:
    check(
        "엑스AI는 콜로서스에 엔비디아 H100 GPU 10만개를 탑재했다.",
        [
            {
                "type": CS,
                "subject": "Colossus",
                "chip_model": "H100-SXM",
                "quantity": 1e5,
                "status": "operational",
            }
        ],
    )


def test_growth_plan_with_half_year() -> None:
    check(
        "엑스AI는 내년 상반기까지 콜로서스의 GPU를 20만개로 늘릴 계획이다.",
        [
            {
                "type": CS,
                "subject": "Colossus",
                "quantity": 2e5,
                "status": "planned",
                "as_of": "2025-06",
            }
        ],
    )


def test_holding_plan_by_year_end() -> None:
    check(
        "메타는 올해 말까지 H100 35만개를 확보할 계획이라고 밝혔다.",
        [
            {
                "type": HOLD,
                "subject": "Meta",
                "chip_model": "H100-SXM",
                "quantity": 3.5e5,
                "status": "planned",
                "as_of": "2024-12",
            }
        ],
    )


def test_more_than_with_yeo_and_sheets_counter() -> None:
    check(
        "메타는 그래픽처리장치 5만여 장을 보유하고 있다.",
        [{"type": HOLD, "subject": "Meta", "quantity": 5e4, "qualifier": "at_least"}],
    )


def test_vague_count() -> None:
    check(
        "엑스AI는 콜로서스에 수십만 개의 GPU를 들일 예정이다.",
        [{"type": CS, "subject": "Colossus", "quantity": None, "qualifier": "approx"}],
    )


def test_first_quarter() -> None:
    check(
        "메타는 1분기에 GPU 10만 개를 갖춘 클러스터를 가동했다.",
        [{"type": CS, "subject": "Meta", "quantity": 1e5, "as_of": "2024-03"}],
    )


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("콜로서스는 122일 만에 구축됐다.", 122.0),
        ("엑스AI는 콜로서스를 불과 19일 만에 완공했다.", 19.0),
    ],
)
def test_build_duration_with_its_particle(text: str, days: float) -> None:
    check(text, [{"type": BUILD, "subject": "Colossus", "quantity": days, "status": "operational"}])


def test_a_day_of_the_month_and_months_since_are_no_build_time() -> None:
    # "on the 27th" and "six months after" next to a build word
    check("엑스AI는 27일 콜로서스 구축 계획을 밝혔다.", [])
    check("앤트로픽은 6개월 만에 다시 투자를 유치했다.", [])


def test_power_in_megawatts() -> None:
    check(
        "엑스AI의 데이터센터는 150메가와트의 전력을 쓴다.",
        [{"type": POWER, "subject": "xAI", "quantity": 150.0, "status": "operational"}],
    )


def test_bundled_hangul_names() -> None:
    """The reference data's Hangul names of the companies, clusters and chips Korean news
    writes about, and the Korean government as a holder of chips."""
    gaz = default_gazetteer()
    text = (
        "엔비디아 오픈AI 앤트로픽 마이크로소프트 구글 아마존 삼성전자 SK하이닉스 SK텔레콤 "
        "네이버클라우드 카카오 업스테이지 리벨리온 퓨리오사AI 엑스AI 콜로서스 스타게이트 "
        "해인 각 세종 그레이스 블랙웰 정부"
    )
    names = {m.entity.name for m in gaz.find(text, text.lower())}
    assert {
        "NVIDIA",
        "OpenAI",
        "Anthropic",
        "Microsoft",
        "Google",
        "Amazon",
        "Samsung Electronics",
        "SK hynix",
        "SK Telecom",
        "Naver Cloud",
        "Kakao",
        "Upstage",
        "Rebellions",
        "FuriosaAI",
        "xAI",
        "Colossus",
        "Haein",
        "Gak Sejong",
        "GB200",
        "South Korean government",
    } <= names


def test_a_postposition_clause_about_a_possessed_figure_leaves_it_to_its_owner():
    # "앤트로픽의 ... 투자 유치에 대한 xAI의 반응": the clause before xAI is "about Anthropic's
    # round", so the round stays Anthropic's
    from tests.sources.extract.conftest import check_bundled

    check_bundled(
        "앤트로픽의 130억달러 투자 유치에 대한 xAI의 반응은 차분했다.",
        "ko",
        [{"type": "funding_round", "subject": "Anthropic", "amount": 1.3e10}],
    )
