"""Guards from the independent review of round 24's rules: sentences of the reviewer's own, in
which a rule of the round first gave a wrong result that the code before it gave right. Each
construction's own tests live in the test_constructions_* modules; these keep the mended
cases."""

from __future__ import annotations

import pytest

from tests.sources.extract.conftest import run

BUILD, CS, CH, ROUND = "build_duration", "cluster_size", "chip_holding", "funding_round"


@pytest.mark.parametrize(
    ("text", "lang", "subject"),
    [
        # a number glued to an abbreviation that is no scale word ends its sentence, and a
        # glued scale word ends one where the spaced one does (a capital after it)
        ("OpenAI announced the deal on January 21st. xAI has raised $6 billion.", "en", "xAI"),
        (
            "Mistral AI a levé 600M. La société Anthropic a levé 5 milliards de dollars en 2024.",
            "fr",
            "Anthropic",
        ),
        (
            "xAI ha raccolto 5mld. Il 3 marzo 2024 Mistral AI ha raccolto 600 milioni di euro.",
            "it",
            "Mistral AI",
        ),
    ],
)
def test_a_glued_abbreviation_ends_a_sentence_where_a_spaced_one_does(text, lang, subject):
    assert [c.subject for c in run(text, lang) if c.type == ROUND][-1:] == [subject]


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        # the first number borrows no myriad when the second has a larger unit of its own
        ("xAI는 GPU 5천~1만 장을 확보했다.", 5_000, 10_000),
        ("xAI는 GPU 5천~6만 장을 확보할 계획이다.", 5_000, 60_000),
    ],
)
def test_ko_a_range_borrows_only_a_shared_myriad(text, low, high):
    claims = [c for c in run(text, "ko") if c.type in (CS, CH)]
    assert [(c.quantity, c.qualifier) for c in claims] == [(low, "range")]
    assert claims[0].quantity_high == high


def test_ko_a_spaced_jo_that_starts_a_word_is_no_myriad():
    claims = [c for c in run("xAI는 GPU 2천 조달을 추진한다.", "ko") if c.type in (CS, CH)]
    assert [c.quantity for c in claims] == [2_000]


@pytest.mark.parametrize(
    "text",
    [
        # completing a deal, or deploying chips over years, is no build time
        "Microsoft expects to complete the acquisition of the data center firm within 6 months.",
        "xAI plans to deploy 1 million GPUs at Colossus over the next five years.",
        "OpenAI is deploying 100,000 GPUs at its Abilene campus over 18 months.",
    ],
)
def test_en_completing_or_deploying_without_a_site_is_no_build_time(text):
    assert not [c for c in run(text, "en") if c.type == BUILD]


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("xAI spent the past four months building Colossus.", 120.0),
        ("The past 19 days saw xAI set up 100,000 GPUs at Colossus.", 19.0),
    ],
)
def test_en_the_past_before_a_build_time_keeps_it(text, days):
    assert [c.quantity for c in run(text, "en") if c.type == BUILD] == [days]


@pytest.mark.parametrize(
    ("text", "lang", "count"),
    [
        # a noun of other things inside a longer word, or before a count of chips named after it
        ("xAIの日本法人は1万基のGPUを導入した。", "ja", 10_000),
        ("xAI 이사회는 10만 개의 GPU 구매를 승인했다.", "ko", 100_000),
        ("xAIのサーバーは10万基のGPUを搭載している。", "ja", 100_000),
        ("xAI의 서버는 10만 개의 GPU를 탑재하고 있다.", "ko", 100_000),
        # 配套 (supporting) holds 套 (sets), which counts only right after a number
        ("xAI部署了10万张GPU及配套设施。", "zh", 100_000),
    ],
)
def test_a_noun_of_other_things_leaves_a_chip_count(text, lang, count):
    assert [c.quantity for c in run(text, lang) if c.type in (CS, CH)] == [count]


def test_ja_the_company_s_own_news_release_is_no_report():
    claims = run("xAIのニュースリリースによると、同社はすでに6500基のGPUを保有している。", "ja")
    assert [(c.quantity, c.status) for c in claims if c.type == CH] == [(6500, "operational")]
