"""Cluster sizes and chip holdings (sources/extract/claims/compute.py): what counts as a chip
count, its chip, and a cluster size versus a holding; our own sentences."""

import pytest

CS, HOLD = "cluster_size", "chip_holding"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pt", "O Fairwater ocupa um terreno de 127 hectares e usará chips GB200."),
        ("en", "Meta's data center campus employs 1,500 people and will run GPUs."),
        ("zh", "该数据中心占地500公顷，将部署英伟达芯片。"),
        ("en", "DeepSeek trained V3 in 2.788 million H800 GPU hours."),
    ],
)
def test_other_units_are_not_chip_counts(check, lang, text):
    check(text, lang, [])


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Musk said Grok 3 will need about 100,000 H100 GPUs."),
        ("ru", "Маск говорил, что для обучения Grok 3 потребуется около 100 тыс. H100."),
        ("de", "Für das Training benötigt xAI rund 100.000 H100-GPUs."),
    ],
)
def test_compute_requirements_are_not_holdings(check, lang, text):
    check(text, lang, [])


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("it", "Meta prevede di avere circa 600.000 GPU equivalenti H100 entro fine anno."),
        ("es", "Meta tendrá unas 600.000 GPU equivalentes H100 a finales de año."),
        ("en", "Meta will have compute equal to 600,000 GPUs equivalent to H100 by year end."),
    ],
)
def test_a_chip_noun_then_equivalent_then_a_model_is_an_equivalent_count(check, lang, text):
    check(text, lang, [])


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Nvidia hat im vergangenen Jahr rund 500.000 H100-Chips an Meta ausgeliefert."),
        ("id", "Nvidia telah mengirimkan lebih dari 500.000 GPU H100 ke Meta tahun lalu."),
        ("ja", "メタは昨年H100を15万個購入した。"),
    ],
)
def test_a_delivery_or_purchase_is_a_flow_before_or_after_the_count(check, lang, text):
    check(text, lang, [])


def test_a_verb_after_the_count_that_does_not_close_the_clause_is_no_purchase(check):
    check(
        "Meta has 350,000 H100 chips bought from Nvidia over two years.",
        "en",
        [{"type": HOLD, "subject": "Meta", "quantity": 350_000.0}],
    )


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "CoreWeave verfügt über mehr als 250.000 GPUs, verteilt auf 32 Rechenzentren."),
        ("es", "CoreWeave opera más de 250.000 GPU, repartidas en 32 centros de datos."),
    ],
)
def test_sites_in_a_participle_phrase_after_the_count_make_a_holding(check, lang, text):
    check(text, lang, [{"type": HOLD, "subject": "CoreWeave", "quantity": 250_000.0}])


def test_an_equivalence_after_the_chip_before_a_counter_only_count(check):
    check("メタはH100換算で約60万個分の計算能力を持つ。", "ja", [])


@pytest.mark.parametrize(
    ("lang", "text", "quantity"),
    [
        (
            "de",
            "Oracle betreibt in Abilene rund 100.000 GB200-Chips. Bis Mitte 2026 soll die "
            "Zahl auf 400.000 steigen.",
            400_000.0,
        ),
        (
            "ru",
            "Microsoft развернула в кластере 80 тыс. GPU. К концу года компания намерена "
            "довести их число до 150 тыс.",
            150_000.0,
        ),
        (
            "en",
            "CoreWeave runs 250,000 GPUs in its data centers. It plans to bring that number "
            "to 400,000 next year.",
            400_000.0,
        ),
    ],
)
def test_growth_target_of_the_count_before(run, lang, text, quantity):
    claims = run(text, lang)
    target = [c for c in claims if c.quantity == quantity]
    assert len(claims) == 2 and len(target) == 1
    assert target[0].status == "planned"
    assert target[0].subject == claims[0].subject


def test_the_number_of_something_else_is_not_a_chip_target(check):
    check(
        "Meta beschäftigt rund 70.000 Menschen. Bis 2026 soll die Zahl auf 80.000 steigen.",
        "de",
        [],
    )


def test_verb_final_growth_target(check):
    check(
        "Der Supercomputer Colossus soll bis Ende 2026 auf eine Million GPUs anwachsen.",
        "de",
        [{"type": CS, "subject": "Colossus", "quantity": 1e6, "status": "planned"}],
    )


def test_increase_up_to_a_target_is_not_an_increment(check):
    check(
        "Colossus kini berisi 150.000 GPU, dan xAI berencana menambah kapasitasnya hingga "
        "300.000 GPU.",
        "id",
        [
            {"type": CS, "subject": "Colossus", "quantity": 150_000.0, "status": "operational"},
            {"type": CS, "subject": "Colossus", "quantity": 300_000.0, "status": "planned"},
        ],
    )


def test_counter_only_count_keeps_the_chip_of_its_own_holder(check):
    check(
        "阿里巴巴目前拥有约5万块H800芯片。"
        "与此同时，xAI的Colossus超级计算机目前已部署15万块GPU，马斯克表示将扩展至30万块。",
        "zh",
        [
            {"type": HOLD, "subject": "Alibaba", "chip_model": "H800"},
            {"type": CS, "subject": "Colossus", "chip_model": None, "quantity": 150_000.0},
            {"type": CS, "subject": "Colossus", "chip_model": None, "quantity": 300_000.0},
        ],
    )


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ja", "xAIはスパコンを15万基に増強　完成まで180日"),
        ("zh", "xAI的超算扩容至15万块GPU 工期180天"),
    ],
)
def test_a_number_of_days_in_a_headline_is_no_chip_count(check, lang, text):
    claims = check(text, lang, [{"quantity": 150_000.0}], exact=False)
    assert all(c.quantity != 180.0 or c.type == "build_duration" for c in claims)


def test_a_server_count_is_no_chip_count(check):
    check(
        "ソフトバンクはサーバー1台あたりGPUを8枚搭載し、計300台超のサーバーを導入した。",
        "ja",
        [],
    )


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ja", "xAIはコロッサスを20万基に増強した。同社はさらに、50万基規模への拡張を目指す。"),
        ("zh", "xAI的Colossus已有20万块GPU。另外，xAI计划将其扩展至50万块GPU。"),
    ],
)
def test_a_connective_followed_by_a_comma_is_no_increment(check, lang, text):
    claims = check(text, lang, [{"quantity": 200_000.0}, {"quantity": 500_000.0}], exact=False)
    assert {c.status for c in claims if c.quantity == 500_000.0} == {"planned"}


def test_the_count_named_as_that_count_continues_the_cluster(check):
    check(
        "Project Rainier berisi 400.000 chip Trainium2. "
        "Amazon menargetkan jumlah chip tersebut naik menjadi 800.000 unit tahun depan.",
        "id",
        [
            {"type": CS, "subject": "Project Rainier", "quantity": 400_000.0},
            {"type": CS, "subject": "Project Rainier", "quantity": 800_000.0, "status": "planned"},
        ],
    )


def test_traditional_chinese_approx_with_you(check):
    check(
        "特斯拉的Cortex叢集目前約有6萬顆H100。",
        "zh",
        [{"type": CS, "subject": "Cortex", "quantity": 60_000.0, "qualifier": "approx"}],
    )


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Crusoe says each building at Stargate Abilene can hold up to 50,000 GB200 chips."),
        ("en", "Stargate Abilene will host up to 50,000 GB200 chips per building."),
        ("es", "Según Crusoe, cada edificio de Stargate Abilene albergará 50.000 chips GB200."),
        ("es", "Stargate Abilene tendrá hasta 50.000 chips GB200 por edificio."),
        ("de", "In Stargate Abilene soll jedes Gebäude bis zu 50.000 GB200-Chips aufnehmen."),
        ("de", "Stargate Abilene erhält bis zu 50.000 GB200-Chips pro Gebäude."),
        ("fr", "Selon Crusoe, chaque bâtiment de Stargate Abilene accueillera 50 000 puces GB200."),
        ("it", "Secondo Crusoe, ogni edificio di Stargate Abilene ospiterà 50.000 chip GB200."),
        ("pt", "Segundo a Crusoe, cada prédio do Stargate Abilene terá até 50 mil chips GB200."),
        ("id", "Menurut Crusoe, setiap gedung Stargate Abilene akan menampung 50.000 chip GB200."),
        ("ru", "По данным Crusoe, каждое здание Stargate Abilene вместит до 50 тыс. чипов GB200."),
        ("ja", "Crusoeによると、Stargate Abileneの各棟には最大5万個のGB200を設置できる。"),
        ("ko", "Crusoe에 따르면 Stargate Abilene의 각 건물에는 GB200 칩 5만 개가 들어간다."),
        ("zh", "据Crusoe介绍，Stargate Abilene每栋楼可容纳5万块GB200芯片。"),
    ],
)
def test_a_count_per_building_is_a_part_not_the_cluster_size(run, lang, text):
    claims = run(text, lang)
    assert [(c.type, c.quantity, c.scope) for c in claims] == [(CS, 50_000.0, "part")], claims


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Each building at Stargate Abilene holds 50,000 GB200 chips, and the whole site"
            " will hold 400,000 GB200 chips.",
        ),
        (
            "es",
            "Cada edificio de Stargate Abilene albergará 50.000 chips GB200, y el complejo"
            " completo tendrá 400.000 chips GB200.",
        ),
    ],
)
def test_the_site_total_after_a_per_building_count_is_kept(run, lang, text):
    claims = run(text, lang)
    assert [(c.quantity, c.scope) for c in claims if c.type == CS] == [
        (50_000.0, "part"),
        (400_000.0, "total"),
    ], claims
