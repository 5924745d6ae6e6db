"""Who a figure is about (sources/extract/claims/subjects.py): subjects, owners, anaphors,
rivals and investors; our own sentences."""

from datetime import date

import pytest

FR, VAL, CS, HOLD = "funding_round", "valuation", "cluster_size", "chip_holding"


def test_company_descriptions_name_the_company(run):

    from sources.extract import extract

    claims = extract(
        "A rival criadora do ChatGPT foi avaliada em mais de US$ 80 bilhões em fevereiro.",
        language="pt",
        published=date(2024, 6, 1),
    )  # the default gazetteer carries the descriptor aliases
    assert [(c.type, c.subject, c.qualifier) for c in claims] == [(VAL, "OpenAI", "at_least")]


def test_the_company_in_a_money_sentence_is_the_one_raising(check):
    check(
        "ASML investit 1,3 milliard d'euros dans Mistral AI. La société avait levé 600 millions "
        "d'euros en juin 2023.",
        "fr",
        [
            {"type": FR, "subject": "Mistral AI", "amount": 1.3e9},
            {"type": FR, "subject": "Mistral AI", "amount": 600e6, "as_of": "2023-06"},
        ],
    )


def test_discourse_cluster_for_a_sentence_naming_nobody(check):
    check(
        "Colossus went online in September. The system links 100,000 H100 GPUs.",
        "en",
        [{"type": CS, "subject": "Colossus", "quantity": 1e5}],
    )


def test_in_house_chips_give_the_cloud_as_owner(check):
    check(
        "Anthropic will use up to one million Trillium chips.",
        "en",
        [{"type": HOLD, "subject": "Anthropic", "owner": "Google", "chip_model": "TPU-v6e"}],
    )


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Anthropic competes with OpenAI. The latter is raising $40 billion."),
        ("de", "Anthropic konkurriert mit OpenAI. Letztere sammelt 40 Milliarden Dollar ein."),
        ("fr", "Anthropic rivalise avec OpenAI. Cette dernière lève 40 milliards de dollars."),
        ("es", "Anthropic compite con OpenAI. Esta última recauda 40.000 millones de dólares."),
        ("it", "Anthropic compete con OpenAI. Quest'ultima raccoglie 40 miliardi di dollari."),
        ("pt", "A Anthropic concorre com a OpenAI. Esta última capta US$ 40 bilhões."),
        ("zh", "Anthropic与OpenAI竞争。后者正在融资400亿美元。"),
        ("ja", "アンソロピックはオープンAIと競合している。後者は400億ドルを調達した。"),
    ],
)
def test_the_latter_is_the_company_named_last(check, lang, text):
    check(text, lang, [{"type": FR, "subject": "OpenAI", "amount": 40e9}])


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("id", "Colossus kini memiliki 100.000 GPU H100, sedangkan Meta punya 350,000 unit H100."),
        ("en", "Colossus has 100,000 H100 GPUs, while Meta has 350,000 H100 GPUs."),
    ],
)
def test_a_clause_naming_another_owner_is_not_about_the_cluster(check, lang, text):
    check(
        text,
        lang,
        [
            {"type": CS, "subject": "Colossus", "quantity": 100_000.0},
            {"type": HOLD, "subject": "Meta", "quantity": 350_000.0},
        ],
    )


def test_the_owner_in_the_next_clause_still_speaks_of_its_cluster(check):
    check(
        "Colossus runs 100K Nvidia H100 chips, and xAI has said it will double the system to "
        "200k GPUs.",
        "en",
        [
            {"type": CS, "subject": "Colossus", "quantity": 100_000.0, "status": "operational"},
            {"type": CS, "subject": "Colossus", "quantity": 200_000.0, "status": "planned"},
        ],
    )


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "it",
            "Anthropic, che utilizza Rainier per i modelli Claude, prevede di superare il milione "
            "di chip Trainium2 entro la fine del 2025.",
        ),
        ("es", "Anthropic, que usa Rainier para entrenar a Claude, tendrá un millón de chips."),
        ("pt", "A Anthropic, que usa o Rainier, terá um milhão de chips Trainium2."),
    ],
)
def test_a_cluster_in_a_relative_clause_after_a_comma_is_not_the_subject(check, lang, text):
    check(text, lang, [{"type": HOLD, "subject": "Anthropic", "quantity": 1e6}])


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Microsoft-backed OpenAI raised $6.6 billion at a $157 billion valuation."),
        ("zh", "软银领投OpenAI 66亿美元融资，估值1570亿美元。"),
    ],
)
def test_the_company_after_its_backer_is_the_one_raising(check, lang, text):
    check(text, lang, [{"type": FR, "subject": "OpenAI", "amount": 6.6e9, "valuation_usd": 157e9}])


@pytest.mark.parametrize(
    ("lang", "text", "subject"),
    [
        (
            "en",
            "Anthropic has closed a new round. Microsoft's chief executive said last week the "
            "company would have more than 900,000 GPUs by the end of next year.",
            "Microsoft",
        ),
        (
            "de",
            "Anthropic sammelt Geld ein. Auch Mistral AI führt Gespräche über eine Runde, die "
            "das Unternehmen mit 14 Milliarden Dollar bewerten würde.",
            "Mistral AI",
        ),
        (
            "id",
            "xAI terus menghimpun dana. Di sisi lain, Anthropic disebut sedang menyiapkan "
            "penjualan saham yang akan menilai perusahaan tersebut sebesar US$170 miliar.",
            "Anthropic",
        ),
        (
            "fr",
            "xAI lève des fonds. De son côté, Mistral AI discute d'une opération qui "
            "valoriserait la société à 12 milliards d'euros.",
            "Mistral AI",
        ),
    ],
)
def test_anaphor_after_a_named_subject_is_that_company(run, lang, text, subject):
    claims = run(text, lang)
    assert [c.subject for c in claims] == [subject]


def test_anaphor_after_a_name_in_a_noun_phrase_is_the_story_company(check):
    check(
        "Mistral AI grandit vite. Fondée par trois anciens de Meta, l'entreprise avait levé "
        "105 millions d'euros en juin 2023.",
        "fr",
        [{"type": FR, "subject": "Mistral AI", "amount": 105e6, "status": "closed"}],
    )


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Microsoft rival Anthropic has closed a $2 billion round."),
        ("de", "Der Microsoft-Konkurrent Anthropic hat 2 Milliarden Dollar eingesammelt."),
        ("fr", "Le concurrent de Microsoft, Anthropic, a levé 2 milliards de dollars."),
        ("id", "Pesaing Microsoft, Anthropic, meraih pendanaan US$2 miliar."),
        ("ru", "Конкурент Microsoft компания Anthropic привлекла 2 млрд долларов."),
        ("zh", "微软的竞争对手Anthropic完成20亿美元融资。"),
    ],
)
def test_the_company_whose_rival_is_named_is_not_the_subject(check, lang, text):
    check(text, lang, [{"type": FR, "subject": "Anthropic", "amount_usd": 2e9}])


def test_a_rival_in_apposition_is_the_subject(check):
    check(
        "Der Konkurrent OpenAI hat 8 Milliarden Dollar eingesammelt.",
        "de",
        [{"type": FR, "subject": "OpenAI", "amount_usd": 8e9}],
    )


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ja", "ソフトバンクはH200を2000基以上備えた計算基盤を稼働させた。"),
        ("en", "SoftBank now runs a cluster of more than 2,000 H200 GPUs in Japan."),
    ],
)
def test_an_investor_named_alone_holds_its_own_chips(check, lang, text):
    check(
        text,
        lang,
        [{"type": CS, "subject": "SoftBank", "chip_model": "H200", "quantity": 2000.0}],
    )


def test_an_investor_is_still_no_subject_beside_a_lab(check):
    check(
        "SoftBank-backed OpenAI operates 60,000 GB200 chips in Texas.",
        "en",
        [{"type": HOLD, "subject": "OpenAI", "quantity": 60_000.0}],
    )


def test_an_investor_story_carries_to_a_sentence_that_names_nobody(check):
    check(
        "ソフトバンクは堺市でデータセンターを整備している。受電容量は将来的に250メガワット超となる。",
        "ja",
        [{"type": "power_capacity", "subject": "SoftBank", "quantity": 250.0}],
    )


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("it", "Colossus assorbe circa 150 megawatt; con Colossus 2 si salirà a 1 gigawatt."),
        ("en", "Colossus draws about 150 MW; Colossus 2 will need more than 1 GW."),
    ],
)
def test_a_cluster_after_a_semicolon_is_the_next_clause_s_subject(check, lang, text):
    claims = check(text, lang, [{"type": "power_capacity", "quantity": 150.0}], exact=False)
    assert [c.subject for c in claims if c.quantity == 150.0] == ["Colossus"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "OpenAI backer SoftBank operates 3,000 H200 GPUs in Tokyo."),
        ("zh", "OpenAI背后的软银在东京运营3000块H200。"),
    ],
)
def test_the_company_behind_a_name_is_the_subject(check, lang, text):
    check(text, lang, [{"subject": "SoftBank", "chip_model": "H200", "quantity": 3000.0}])
