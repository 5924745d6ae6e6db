"""Constructions of compute facts seen on real news, round 3 (issue 11, section 2), in
sentences of our own: CPU counts beside GPU counts, an anaphor continuing the company that
heads the sentence before, training runs, counters of other things."""

from datetime import date

import pytest

from sources.extract import extract
from sources.extract.gazetteer import Entity, Gazetteer

PUBLISHED = date(2025, 10, 1)
CS, HOLD = "cluster_size", "chip_holding"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "グーグルは日本に投資する。グーグルは東京で発表した。マイクロソフトは政府クラウドに"
            "認定された。同社は北海道のデータセンターに1万基のB200を搭載する。",
            "ja",
        ),
        (
            "Google is expanding in Japan, Google said. Google also hires. Microsoft was "
            "certified by the government in March. The company will equip its Hokkaido data "
            "centre with 10,000 B200 chips.",
            "en",
        ),
        (
            "Google baut in Japan aus, sagte Google. Microsoft wurde im März von der Regierung "
            "zertifiziert. Das Unternehmen will sein Rechenzentrum in Hokkaido mit 10.000 "
            "B200-Chips ausstatten.",
            "de",
        ),
    ],
)
def test_an_anaphor_continues_the_company_heading_the_sentence_before(check, text, lang):
    # the story's most-named company (Google) is not the one "the company" continues
    check(text, lang, [{"subject": "Microsoft", "chip_model": "B200", "quantity": 10000.0}])


def test_an_anaphor_after_a_sentence_headed_by_no_company_keeps_the_story_company(check):
    text = (
        "Google is expanding in Japan, Google said. Last year, the government certified "
        "Microsoft. The company will equip its data centre with 10,000 B200 chips."
    )
    check(text, "en", [{"subject": "Google", "quantity": 10000.0}])


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a model trained on N chips: the training run's cluster, its company's
        (
            "Model V3 milik DeepSeek dilatih menggunakan 2.048 GPU H800.",
            "id",
            {"type": CS, "subject": "DeepSeek", "chip_model": "H800", "quantity": 2048.0},
        ),
        (
            "Model R1 milik DeepSeek dilatih selama dua bulan memakai 512 GPU H800.",
            "id",
            {"type": CS, "subject": "DeepSeek", "chip_model": "H800", "quantity": 512.0},
        ),
        (
            "Das Modell von Meta wurde mit 16.384 H100 trainiert.",
            "de",
            {"type": CS, "subject": "Meta", "chip_model": "H100-SXM", "quantity": 16384.0},
        ),
        (
            "Модель R1 компании DeepSeek обучено на 512 ускорителях H800.",
            "ru",
            {"type": CS, "subject": "DeepSeek", "chip_model": "H800", "quantity": 512.0},
        ),
        # chips kept or planned for training are a holding
        (
            "DeepSeek menyimpan 50.000 GPU H100 untuk melatih AI-nya.",
            "id",
            {"type": HOLD, "subject": "DeepSeek", "chip_model": "H100-SXM", "quantity": 50000.0},
        ),
        (
            "Anthropic will use one million Trainium2 chips for models trained next year.",
            "en",
            {"type": HOLD, "subject": "Anthropic", "quantity": 1e6, "status": "planned"},
        ),
    ],
)
def test_a_model_trained_on_chips_is_a_cluster(check, text, lang, expected):
    check(text, lang, [expected])


def test_a_training_run_is_not_the_cluster_named_before(check):
    text = "xAI built Colossus in Memphis. xAI's Grok 2 was trained on 15,000 H100 GPUs last year."
    check(text, "en", [{"type": CS, "subject": "xAI", "quantity": 15000.0}], exact=False)


def test_a_vendors_pod_product_is_its_cluster(check):
    # a chip vendor holds no chips it sells, but a pod it launches is its product's size
    check(
        "英伟达明年将推出新一代SuperPoD超节点，算力规模达到576卡。",
        "zh",
        [{"type": CS, "subject": "NVIDIA", "quantity": 576.0, "status": "planned"}],
    )


def test_an_unknown_buyer_of_a_vendors_system_holds_it(check):
    # the gazetteer lacks the buyer; Nvidia only sold the chips
    text = (
        "Velorix a acheté un supercalculateur DGX SuperPOD de Nvidia totalisant 1016 "
        "accélérateurs H100. Velorix l'a installé près de Paris."
    )
    check(text, "fr", [{"type": CS, "subject": "Velorix", "quantity": 1016.0}])


def test_an_unknown_name_said_once_holds_nothing(run):
    # a capitalised word opening a sentence, never named again, is no holder
    text = "Velorix a acheté un supercalculateur de Nvidia totalisant 1016 accélérateurs H100."
    assert not [c for c in run(text, "fr") if c.type in (CS, HOLD)]


def _stargate_gazetteer() -> Gazetteer:
    oracle = Entity("company", "oracle", "Oracle", company_type="hyperscaler")
    nscale = Entity("company", "nscale", "Nscale", company_type="neocloud")
    abilene = Entity("cluster", "abilene", "Stargate Abilene", owner="Oracle")
    uae = Entity("cluster", "uae", "Stargate UAE", owner=None)
    return Gazetteer(
        [
            ("Oracle", oracle),
            ("Nscale", nscale),
            ("Stargate Abilene", abilene),
            ("Stargate", abilene),
            ("Stargate UAE", uae),
            ("スターゲート", abilene),
            ("スターゲートUAE", uae),
        ]
    )


def test_a_family_name_is_a_cluster_family():
    assert _stargate_gazetteer().cluster_families == {"stargate", "スターゲート"}


@pytest.mark.parametrize(
    ("text", "lang", "subject"),
    [
        # the programme's name is not its first site: the next facility is the company's
        (
            "Nscale will speed up its Stargate data center initiatives in Europe. Nscale "
            "said the new facility will hold 8,000 GPUs.",
            "en",
            "Nscale",
        ),
        (
            "Nscale joined the Stargate project this year. The facility will initially "
            "hold 8,000 GPUs.",
            "en",
            "Nscale",
        ),
        (
            "Nscaleは「スターゲート」プロジェクトに参加した。新しいデータセンターには8000基の"
            "GPUを搭載する。",
            "ja",
            "Nscale",
        ),
        # the family's name alone still names its site
        ("Stargate will hold 8,000 GPUs, Oracle said.", "en", "Stargate Abilene"),
    ],
)
def test_a_programme_named_by_a_family_name_is_no_cluster(text, lang, subject):
    claims = extract(text, language=lang, published=PUBLISHED, gazetteer=_stargate_gazetteer())
    sizes = [c for c in claims if c.type in (CS, HOLD)]
    assert [(c.subject, c.quantity) for c in sizes] == [(subject, 8000.0)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # "these chips": the chip named with the subject before, not one named in between
        (
            "Le supercalculateur de Meta repose sur la puce H100 de Nvidia. Celle-ci succède "
            "à la puce A100. Le supercalculateur de Meta comprend environ 66700 exemplaires "
            "de ces puces.",
            "fr",
        ),
        (
            "Meta's supercomputer is built on Nvidia's H100. The Meta supercomputer holds "
            "about 66,700 of these chips.",
            "en",
        ),
        (
            "Meta memakai chip H100 dari Nvidia. Superkomputer Meta kini berisi 66.700 chip "
            "tersebut.",
            "id",
        ),
        ("Meta的超级计算机采用英伟达H100。Meta的超级计算机目前拥有66700颗这些芯片。", "zh"),
    ],
)
def test_a_demonstrative_count_takes_the_chip_named_before(check, text, lang):
    check(text, lang, [{"subject": "Meta", "chip_model": "H100-SXM", "quantity": 66700.0}])


def test_a_demonstrative_count_names_no_chip_when_none_was_named(check):
    text = "Meta is building a supercomputer. The Meta supercomputer holds 66,700 of these chips."
    check(text, "en", [{"subject": "Meta", "chip_model": None, "quantity": 66700.0}])


@pytest.mark.parametrize(
    ("text", "lang", "subject"),
    [
        # supplied to a company named right after the verb, or to its site: the recipient's
        (
            "CoreWeave signed a deal to supply Microsoft with tens of thousands of GPUs.",
            "en",
            "Microsoft",
        ),
        (
            "CoreWeave fornirà circa 104.000 GPU GB300 per il campus di Microsoft in Texas.",
            "it",
            "Microsoft",
        ),
        (
            "CoreWeave fournira 104 000 GPU GB300 pour le campus de Microsoft au Texas.",
            "fr",
            "Microsoft",
        ),
        # supplied from the supplier's own site: the supplier's
        (
            "CoreWeave fornirà 52.000 GPU GB300 a Microsoft dal suo campus in Norvegia.",
            "it",
            "CoreWeave",
        ),
    ],
)
def test_chips_supplied_for_a_companys_site_are_its_own(run, text, lang, subject):
    sizes = [c for c in run(text, lang) if c.type in (CS, HOLD)]
    assert [c.subject for c in sizes] == [subject]


@pytest.mark.parametrize(
    ("text", "lang", "subject"),
    [
        # a bare counter repeats the noun of the count before it in the sentence
        ("脸书目前运行35,000个H100 GPU，预计到今年底将增加到85,000个。", "zh", "Meta"),
        (
            "マイクロソフトはH100を3万5000基運用しており、年末までに8万5000基に増やす。",
            "ja",
            "Microsoft",
        ),
        (
            "Tesla kini mengoperasikan 35.000 GPU H100 dan jumlahnya akan naik menjadi 85.000 "
            "unit pada akhir tahun.",
            "id",
            "Tesla",
        ),
    ],
)
def test_a_bare_counter_repeats_the_chip_counted_before_it(check, text, lang, subject):
    check(
        text,
        lang,
        [
            {"subject": subject, "chip_model": "H100-SXM", "quantity": 35000.0},
            {"subject": subject, "chip_model": "H100-SXM", "quantity": 85000.0},
        ],
    )


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a second or separate site beside a named cluster is not that cluster
        (
            "Oracle runs Stargate Abilene, a 1.2-gigawatt campus; a separate 1.8-gigawatt "
            "campus in Wyoming is also planned.",
            "en",
        ),
        (
            "Oracle exploite Stargate Abilene, un campus de 1,2 GW, et prévoit un deuxième "
            "campus de 1,8 GW dans le Wyoming.",
            "fr",
        ),
    ],
)
def test_a_second_site_is_not_the_cluster_named_before(run, text, lang):
    power = {c.quantity: c.subject for c in run(text, lang) if c.type == "power_capacity"}
    assert power == {1200.0: "Stargate Abilene", 1800.0: "Oracle"}


def test_a_separate_project_is_not_the_cluster_of_the_sentence_before(run):
    text = (
        "Colossus was built in Memphis. This separate project will be powered by over 1,000 "
        "Intel chips."
    )
    assert not [c for c in run(text, "en") if c.subject == "Colossus" and c.quantity == 1000.0]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a purchase wished for or made is a flow, not a holding
        ("马斯克5月表示，xAI希望购买100万颗AI芯片。", "zh"),
        ("xAI計劃購買100萬顆AI晶片。", "zh"),
        ("xAI está en proceso de hacerse con 18.000 chips de Nvidia.", "es"),
    ],
)
def test_a_wished_purchase_is_no_holding(run, text, lang):
    assert not [c for c in run(text, lang) if c.type == HOLD]
