"""Cluster sizes and chip holdings: constructions of compute facts seen on real news (issue 11,
section 2) that decide whether a count of chips is a cluster's size or a company's fleet, which
chip and which cluster it is of, and when chips bought, sold or sent are no holding. The
sentences are our own, in the language each construction came from."""

from __future__ import annotations

from datetime import date

import pytest

from sources.extract import extract
from sources.extract.gazetteer import Entity, Gazetteer
from tests.sources.extract.conftest import PUB_2025_10_01, build_gazetteer

CS, CH = "cluster_size", "chip_holding"


def _compute(claims, *types):
    found = [(c.type, c.subject, c.chip_model, c.quantity) for c in claims if c.type in types]
    return sorted(found, key=str)


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


# --- a cluster's size or a company's holding ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a card count before a supernode: the pod holds those cards
        (
            "阿里巴巴明年将推出4000卡的超节点。",
            [{"type": CS, "subject": "Alibaba", "quantity": 4000.0}],
        ),
        # "千卡级", "四千卡级": card classes, about a thousand and four thousand
        (
            "阿里巴巴明年将推出千卡级与四千卡级超节点。",
            [
                {"type": CS, "subject": "Alibaba", "quantity": 1000.0, "qualifier": "approx"},
                {"type": CS, "subject": "Alibaba", "quantity": 4000.0, "qualifier": "approx"},
            ],
        ),
        # a count of pods stays none of chips
        ("阿里巴巴的数据中心可将200个超节点级联成一个集群。", []),
    ],
)
def test_zh_card_counts_and_supernodes(check, text, expected):
    check(text, "zh", expected)


@pytest.mark.parametrize(
    "definition",
    [
        # a term's definition: its figure is the term's, not the story company's cluster
        "万卡集群是指加速卡数量在一万张以上的计算集群。",
        "所谓千卡集群，指的是由1000张以上GPU组成的集群。",
    ],
)
def test_zh_a_definition_states_no_fact(check, definition):
    check(
        "阿里巴巴去年建成了5000张GPU的集群。" + definition,
        "zh",
        [{"type": CS, "subject": "Alibaba", "quantity": 5000.0}],
    )


@pytest.mark.parametrize(
    "text",
    [
        # what a network or product could link is no one's cluster
        "阿里巴巴的新网络可支持5万卡的算力集群。",
        "阿里巴巴表示，可将200个超节点连成最多8万卡的集群。",
    ],
)
def test_zh_a_capability_is_no_cluster(check, text):
    check(text, "zh", [])


def test_zh_a_built_cluster_stays(check):
    check(
        "阿里巴巴已建成10万卡集群。",
        "zh",
        [{"type": CS, "subject": "Alibaba", "quantity": 1e5, "status": "operational"}],
    )


def test_the_starting_point_of_a_growth_sentence_is_the_size_now(check):
    check(
        "xAI plans to expand Colossus from 100,000 to 200,000 H100 GPUs.",
        "en",
        [
            {"type": CS, "subject": "Colossus", "quantity": 100_000.0, "status": "operational"},
            {"type": CS, "subject": "Colossus", "quantity": 200_000.0, "status": "planned"},
        ],
    )


def test_the_starting_point_with_its_own_chips(check):
    check(
        "Die Zahl wächst: xAI erweitert Colossus von 100.000 H100-GPUs auf 200.000 GPUs.",
        "de",
        [
            {"type": CS, "subject": "Colossus", "quantity": 100_000.0, "status": "operational"},
            {"type": CS, "subject": "Colossus", "quantity": 200_000.0},
        ],
    )


@pytest.mark.parametrize(
    ("text", "lang", "subject", "quantity"),
    [
        # the chips a model was trained on are a (training) cluster, not a fleet
        ("DeepSeek said its V3 model was trained on 2,048 H800 GPUs.", "en", "DeepSeek", 2048.0),
        ("Model Llama milik Meta dilatih pada 16.000 chip H100.", "id", "Meta", 16_000.0),
        ("DeepSeekはV3をH800を2048個使って訓練した。", "ja", "DeepSeek", 2048.0),
        (
            "Для обучения модели DeepSeek использовала 512 ускорителей H800.",
            "ru",
            "DeepSeek",
            512.0,
        ),
    ],
)
def test_a_training_run_is_a_cluster(run, text, lang, subject, quantity):
    got = [(c.type, c.subject, c.quantity) for c in run(text, lang)]
    assert (CS, subject, quantity) in got


def test_chips_bought_to_train_stay_a_holding(run):
    # the purpose ("untuk melatih") is no training run
    claims = run("Tesla kini mengoperasikan 35.000 GPU H100 untuk melatih sistemnya.", "id")
    assert [(c.type, c.quantity) for c in claims] == [(CH, 35_000.0)]


@pytest.mark.parametrize(
    ("text", "lang", "quantity", "chip"),
    [
        # abbreviated counts
        ("xAI runs 30k GB200s in Colossus.", "en", 30_000.0, "GB200"),
        ("Colossus läuft mit 30k GB200-Chips.", "de", 30_000.0, "GB200"),
        ("Colossus compte 200k GPU H100.", "fr", 200_000.0, "H100-SXM"),
        ("Colossus насчитывает 100 тыс. ускорителей H100.", "ru", 100_000.0, "H100-SXM"),
        ("O Colossus tem 100 mil GPUs H100.", "pt", 100_000.0, "H100-SXM"),
    ],
)
def test_abbreviated_cluster_sizes(check, text, lang, quantity, chip):
    check(
        text, lang, [{"type": CS, "subject": "Colossus", "quantity": quantity, "chip_model": chip}]
    )


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("ソフトバンクは今月、約3000基のH100を追加した。", "ja"),
        ("ソフトバンクは計算基盤に約3000基の「H100」を追加整備した。", "ja"),
        ("정부는 2027년까지 GPU 1만 2000장 이상을 추가로 확보한다.", "ko"),
    ],
)
def test_a_count_added_in_verb_final_order_is_an_increment(run, text, lang):
    """The increment word after the count ("を追加", "추가로") makes it an increment."""
    assert not [c for c in run(text, lang) if c.type in (CS, CH)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "xAI switched on Colossus with 100,000 H100 last week. The company intends to "
            "double this capacity to 200,000 GPUs.",
            "en",
        ),
        (
            "xAI a mis en service Colossus avec 100 000 H100. L'entreprise veut doubler cette "
            "capacité pour atteindre 200 000 GPU.",
            "fr",
        ),
    ],
)
def test_a_capacity_grown_to_a_count_is_the_clusters(run, text, lang):
    """What the company doubles is its cluster of the story, not a fleet of its own."""
    claims = run(text, lang)
    assert (CS, "Colossus", None, 200000.0) in _compute(claims, CS, CH)
    assert not [c for c in claims if c.type == CH]


def test_a_fleet_grown_to_a_count_stays_a_holding(run):
    claims = run("Meta will grow its fleet across its data centers to 600,000 GPUs.", "en")
    assert _compute(claims, CS, CH) == [(CH, "Meta", None, 600000.0)]


def test_the_whole_platforms_gpu_count_is_a_cluster_size(run):
    """ "基盤全体のGPU数": the GPUs of the whole computing platform, one system."""
    claims = run("ソフトバンクのAI計算基盤は拡張中で、基盤全体のGPU数は約5000基となった。", "ja")
    assert _compute(claims, CS, CH) == [(CS, "SoftBank", None, 5000.0)]


def test_a_count_grown_by_a_company_without_a_cluster_stays_a_holding(run):
    claims = run("Tesla目前运行 35,000 个 H100 GPU，预计到今年底将增加到 85,000 个。", "zh")
    assert [c.type for c in claims if c.quantity == 85000.0] == [CH]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Sekitar 3.000 chip GB200 milik Meta terpasang pada 40 rak server di Jakarta.", "id"),
        ("Bei Meta stecken rund 3.000 GB200-Chips in 40 Rechenschränken.", "de"),
        ("Meta has about 3,000 GB200 chips installed in 40 racks in Jakarta.", "en"),
    ],
)
def test_chips_installed_in_a_number_of_racks_are_one_cluster(run, text, lang):
    """A count of racks with the chips: one installed system, a cluster size."""
    assert _compute(run(text, lang), CS, CH) == [(CS, "Meta", "GB200", 3000.0)]


def test_a_rack_word_without_a_rack_count_makes_no_cluster(run):
    claims = run("Стойки Meta сгруппированы по восемь штук, что даёт 512 GPU на массив.", "ru")
    assert not [c for c in claims if c.type == CS]


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
            {"type": CH, "subject": "DeepSeek", "chip_model": "H100-SXM", "quantity": 50000.0},
        ),
        (
            "Anthropic will use one million Trainium2 chips for models trained next year.",
            "en",
            {"type": CH, "subject": "Anthropic", "quantity": 1e6, "status": "planned"},
        ),
    ],
)
def test_a_model_trained_on_chips_is_a_cluster(check, text, lang, expected):
    check(text, lang, [expected])


def test_a_vendors_pod_product_is_its_cluster(check):
    # a chip vendor holds no chips it sells, but a pod it launches is its product's size
    check(
        "英伟达明年将推出新一代SuperPoD超节点，算力规模达到576卡。",
        "zh",
        [{"type": CS, "subject": "NVIDIA", "quantity": 576.0, "status": "planned"}],
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 万 alone before 卡 names a cluster of about ten thousand chips
        (
            "阿里巴巴近日宣布，其自研的万卡集群已在杭州正式投入运营。",
            [{"type": CS, "subject": "Alibaba", "quantity": 10000.0, "qualifier": "approx"}],
        ),
        (
            "阿里巴巴位於張北的國產萬卡液冷智算集群日前正式上線。",
            [{"type": CS, "subject": "Alibaba", "quantity": 10000.0, "qualifier": "approx"}],
        ),
        # with a digit before it, 万 is the myriad of that number, read exactly
        (
            "阿里巴巴计划明年把集群扩展到3万卡。",
            [{"type": CS, "subject": "Alibaba", "quantity": 30000.0, "qualifier": "exact"}],
        ),
        # "上万卡" and "数万卡" stay vague amounts
        (
            "阿里巴巴已建成上万卡的智算集群。",
            [{"type": CS, "subject": "Alibaba", "quantity": None, "qualifier": "approx"}],
        ),
    ],
)
def test_ten_thousand_card_cluster(check, text, expected):
    check(text, "zh", expected)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a definite system or machine before the count: one machine's chips, a cluster
        (
            "xAI presentó su nuevo superordenador. Este sistema, que tendrá 50.000 GPUs, "
            "empezará a funcionar en 2026.",
            "es",
            [{"type": CS, "subject": "xAI", "quantity": 50000.0}],
        ),
        (
            "xAI avanza con su proyecto. Se prevé que esta máquina utilice 30.000 GPUs de Nvidia.",
            "es",
            [{"type": CS, "subject": "xAI", "quantity": 30000.0}],
        ),
        (
            "Meta ha presentato il suo nuovo supercomputer. Il sistema, che impiega 24.000 GPU, "
            "è già operativo.",
            "it",
            [{"type": CS, "subject": "Meta", "quantity": 24000.0}],
        ),
    ],
)
def test_chips_of_a_definite_system_are_a_cluster_size(check, text, lang, expected):
    check(text, lang, expected)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # no system before the count: a company's chips stay its holding
        (
            "Meta tendrá 350.000 GPUs a finales de año.",
            "es",
            [{"type": CH, "subject": "Meta", "quantity": 350000.0}],
        ),
        (
            "Meta possiede già 150.000 GPU, secondo il sistema di stime di Omdia.",
            "it",
            [{"type": CH, "subject": "Meta", "quantity": 150000.0}],
        ),
    ],
)
def test_chips_with_no_system_before_them_stay_a_holding(check, text, lang, expected):
    check(text, lang, expected)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # verb-final: a verb of securing right after the count makes it a holding, though a
        # centre is named in the sentence
        (
            "Meta는 새 AI 데이터센터를 지으며 내후년까지 GPU 2만장 이상을 확보하려 한다.",
            "ko",
            [{"type": CH, "subject": "Meta", "quantity": 20000.0}],
        ),
        (
            "Meta는 데이터센터 확장을 위해 엔비디아 GPU 8000장을 한꺼번에 확보한다.",
            "ko",
            [{"type": CH, "subject": "Meta", "quantity": 8000.0}],
        ),
        (
            "Meta는 GPU 1만장을 확보해 새 AI 컴퓨팅 센터 서비스를 시작한다.",
            "ko",
            [{"type": CH, "subject": "Meta", "quantity": 10000.0}],
        ),
        (
            "xAI는 연내 GPU 1만장을 확보하고, 내년에는 Colossus를 더 키운다.",
            "ko",
            [{"type": CH, "subject": "xAI", "quantity": 10000.0}],
        ),
    ],
)
def test_chips_a_verb_final_clause_secures_are_a_holding(check, text, lang, expected):
    check(text, lang, expected)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the verb describes a site noun after it, or nothing is secured: the site's chips
        (
            "Meta는 B200을 4000장 확보한 AI 컴퓨팅 클러스터를 가동했다.",
            "ko",
            [{"type": CS, "quantity": 4000.0}],
        ),
        (
            "xAI는 Colossus 증설로 GPU 9000장을 확보한다.",
            "ko",
            [{"type": CS, "subject": "Colossus", "quantity": 9000.0}],
        ),
        (
            "Meta는 GPU 6000장 규모의 데이터센터를 짓는다.",
            "ko",
            [{"type": CS, "subject": "Meta", "quantity": 6000.0}],
        ),
    ],
)
def test_chips_of_a_site_stay_a_cluster_size(check, text, lang, expected):
    check(text, lang, expected, exact=False)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a partitive pronoun after the count stands for the chips named just before, and
        # the sites counted after it spread them: a holding
        (
            "xAI sigue comprando GPU a gran escala. Hoy tiene unas 200.000 de ellas repartidas "
            "en sus 12 centros de datos.",
            "es",
        ),
        (
            "xAI keeps buying GPUs at scale. It now runs about 200,000 of them in its 12 data "
            "centers.",
            "en",
        ),
    ],
)
def test_a_partitive_count_of_chips_over_counted_sites_is_a_holding(check, text, lang):
    check(text, lang, [{"type": "chip_holding", "subject": "xAI", "quantity": 200000.0}])


def test_a_partitive_count_with_no_chips_before_is_no_count(check):
    check("xAI hired engineers last year. It now employs about 1,200 of them.", "en", [])


def test_sites_counted_before_the_chips_keep_a_cluster_size(check):
    check(
        "xAI built two new clusters, each with 24,576 H100 GPUs.",
        "en",
        [{"type": "cluster_size", "quantity": 24576.0}],
        exact=False,
    )


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a system phrase with another holder between it and the count is not the count's
        # subject; "the machine learning team" names no machine
        (
            "Unlike the system at Google, Meta owns 120,000 H100 GPUs.",
            "en",
            [{"type": CH, "subject": "Meta", "quantity": 120000.0}],
        ),
        (
            "The machine learning group at Meta uses 90,000 H100 GPUs.",
            "en",
            [{"type": CH, "subject": "Meta", "quantity": 90000.0}],
        ),
    ],
)
def test_a_system_phrase_that_is_not_the_counts_subject_keeps_a_holding(
    check, text, lang, expected
):
    check(text, lang, expected)


# --- one count told twice -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Colossus, der Supercomputer von xAI, läuft mit 100.000 Nvidia-Chips. Um die "
            "100.000 H100 zu beschaffen, gab Musk Milliarden aus.",
            "de",
        ),
        (
            "Superkomputer Colossus milik xAI ditenagai 100.000 chip Nvidia. Untuk "
            "mendapatkan 100.000 GPU H100 itu, xAI mengeluarkan miliaran dolar.",
            "id",
        ),
        (
            "Colossus配备了十万个GPU。据悉，xAI共集成了十万个H100芯片。",
            "zh",
        ),
    ],
)
def test_a_cluster_count_restated_with_its_chip_is_one_fact(run, text, lang):
    """The lead counts "chips", a later sentence the same number of H100 for the owner: one
    cluster fact, with the chip the story names, and no second fleet for the owner."""
    assert _compute(run(text, lang), CS, CH) == [(CS, "Colossus", "H100-SXM", 100000.0)]


def test_a_fleet_stated_before_a_cluster_of_the_same_size_stays(run):
    """A company's fleet given first, then a cluster of the same size, are two statements."""
    claims = run(
        "xAI besitzt 100.000 H100. Der Supercomputer Colossus soll 100.000 GPUs erhalten.", "de"
    )
    assert (CH, "xAI", "H100-SXM", 100000.0) in _compute(claims, CH, CS)


@pytest.mark.parametrize(
    ("text", "lang", "status"),
    [
        (
            "Colossus 2: un million de GPU. Selon des sources, xAI prépare un Colossus 2 "
            "doté d'un million de GPU.",
            "fr",
            "reported",
        ),
        (
            "Colossus 2 hat eine Million GPUs. Colossus 2 soll künftig eine Million GPUs erhalten.",
            "de",
            "planned",
        ),
    ],
)
def test_a_count_restated_in_another_tense_is_one_fact(run, text, lang, status):
    """The headline's bare figure and the body's hedged one are one fact, with the body's
    status."""
    sizes = [c for c in run(text, lang) if c.type == CS]
    assert [(c.subject, c.quantity, c.status) for c in sizes] == [("Colossus 2", 1e6, status)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Le supercalculateur Colossus compte des dizaines de milliers de GPU. Aujourd'hui, "
            "Colossus compte environ 200 000 GPU.",
            "fr",
        ),
        (
            "Colossus tiene decenas de miles de GPU. Hoy Colossus suma unos 200.000 GPU.",
            "es",
        ),
    ],
)
def test_a_vague_count_restating_a_figured_one_is_dropped(run, text, lang):
    """The same cluster's count said loosely in one sentence and in figures in another is one
    fact: the figure."""
    claims = run(text, lang)
    assert [(c.subject, c.quantity) for c in claims if c.type == CS] == [("Colossus", 200000.0)]


def test_a_vague_total_with_its_figured_parts_stays(run):
    claims = run(
        "DeepSeek memiliki puluhan ribu GPU Nvidia, termasuk 10.000 H800 dan 10.000 H100.", "id"
    )
    assert None in [c.quantity for c in claims if c.type == CH]


# --- which chip a count is of ---------------------------------------------------------------------


def test_ja_cards_are_accelerators(check):
    # "枚のカード": accelerator cards, as 卡 in Chinese
    check(
        "xAIでは現在、32,000枚のカードが稼働している。",
        "ja",
        [{"type": CH, "subject": "xAI", "quantity": 32000.0}],
    )


def test_zh_the_next_pod_is_the_same_vendors(check):
    # a chip vendor is never the story's company by default: the next pod naming no company
    # is the vendor's of the pod before, not the cloud's the story is also about
    check(
        "阿里巴巴发布了新一代服务器。AMD明年将推出新的超节点，算力规模4096卡。"
        "下一代产品超节点算力规模将达到6144卡。",
        "zh",
        [
            {"type": CS, "subject": "AMD", "quantity": 4096.0},
            {"type": CS, "subject": "AMD", "quantity": 6144.0},
        ],
    )


def test_a_gpu_generation_names_no_chip_model(check):
    # Hopper and Blackwell are generations of several chips: counted, no model
    check(
        "Colossus currently runs 100,000 Nvidia Hopper GPUs.",
        "en",
        [{"type": CS, "subject": "Colossus", "quantity": 100_000.0, "chip_model": None}],
    )


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Meta betreibt tausend DGX-B200-Systeme mit zusammen 8.000 Blackwell-GPUs.", "de"),
        ("Meta operates a thousand DGX B200 systems, 8,000 Blackwell GPUs in all.", "en"),
        ("Meta utilise mille systèmes DGX B200, soit 8 000 GPU Blackwell au total.", "fr"),
    ],
)
def test_a_count_of_a_chip_generation_names_no_model(run, text, lang):
    """ "Blackwell GPUs" names a generation: the B200 of a system name elsewhere in the
    sentence is not the count's chip."""
    counts = [c for c in run(text, lang) if c.type in (CS, CH) and c.quantity == 8000]
    assert counts and all(c.chip_model is None for c in counts)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Meta的AI工厂将配备1万颗Blackwell Ultra架构GB300 GPU。", "zh"),
        ("Meta's AI factory will get 10,000 Blackwell Ultra GB300 GPUs.", "en"),
    ],
)
def test_a_model_named_after_its_architecture_is_the_count_s_chip(text, lang):
    """ "Blackwell Ultra架構GB300": the architecture's own alias (B300) does not make the
    count mixed; the model after it is the chip."""
    gaz = build_gazetteer(chips=[("B300", "NVIDIA")], chip_aliases=[("B300", "Blackwell Ultra")])
    claims = extract(text, language=lang, gazetteer=gaz, published=date(2025, 5, 20))
    assert [c.chip_model for c in claims if c.type in (CS, CH)] == ["GB300"]


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
    ("text", "lang", "expected"),
    [
        # a cluster named with its chip: its bare "chips" of the next sentence are that chip
        (
            "Stargate Abilene will hold 64,000 Nvidia GB200 by 2026. The first phase of Stargate "
            "Abilene will bring 16,000 chips online by the summer.",
            "en",
            [
                {
                    "type": CS,
                    "subject": "Stargate Abilene",
                    "chip_model": "GB200",
                    "quantity": 16000.0,
                }
            ],
        ),
        (
            "Project Rainier soll 2026 mit Trainium2 von Amazon laufen. Heute arbeiten in Project "
            "Rainier rund 500.000 Chips.",
            "de",
            [{"type": CS, "subject": "Project Rainier", "chip_model": "Trainium2"}],
        ),
        # a cluster that grows may mix in a newer chip: no chip carried
        (
            "Colossus ran 100,000 Nvidia H100 in 2024. Colossus will double to 200,000 GPUs.",
            "en",
            [{"type": CS, "subject": "Colossus", "chip_model": None, "quantity": 200000.0}],
        ),
    ],
)
def test_a_cluster_keeps_the_chip_it_was_named_with(check, text, lang, expected):
    check(text, lang, expected, exact=False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # only words (a vendor's possessive, a descriptor, its bracketed acronym) between a
        # count and its chip noun
        (
            "Stargate Abilene will eventually house 400,000 of NVIDIA Corp.'s artificial "
            "intelligence (AI) chips.",
            {"type": CS, "subject": "Stargate Abilene", "quantity": 400000.0},
        ),
        (
            "Stargate Abilene will eventually house hundreds of thousands of NVIDIA Corp.'s "
            "artificial intelligence (AI) chips.",
            {"type": CS, "subject": "Stargate Abilene", "quantity": None, "qualifier": "approx"},
        ),
    ],
)
def test_a_chip_noun_after_a_wordy_gap(check, text, expected):
    check(text, "en", [expected])


# --- which cluster a count is of ------------------------------------------------------------------


def test_a_fleet_in_a_clause_after_another_companys_cluster(check):
    # the cluster noun and Colossus belong to xAI's clause; the count is CoreWeave's fleet
    check(
        "The deal rivals xAI's Colossus supercomputer, Meta's goal of 600,000 H100-equivalent "
        "chips and CoreWeave's 250,000 Nvidia GPUs.",
        "en",
        [{"type": CH, "subject": "CoreWeave", "quantity": 250_000.0, "chip_model": None}],
    )


def test_a_cluster_with_its_builders_keeps_its_size(check):
    check(
        "Colossus, built by xAI with Nvidia, has 100,000 H100 GPUs.",
        "en",
        [{"type": CS, "subject": "Colossus", "quantity": 100_000.0}],
    )


def test_a_cluster_named_in_one_sentence_sized_in_the_next(check):
    check(
        "xAI已开始在所谓的巨像超级集群上进行训练。这个集群由100,000个液冷H100 GPU组成。",
        "zh",
        [{"type": CS, "subject": "Colossus", "quantity": 100_000.0, "chip_model": "H100-SXM"}],
    )


@pytest.mark.parametrize(
    "text",
    [
        "Der Jupiter-Supercomputer in Jülich arbeitet mit rund 24.000 GH200-Chips.",
        "Am Freitag ging Jupiter am Forschungszentrum Jülich in Betrieb. Dort sind rund "
        "24.000 GH200-Chips verbaut.",
    ],
)
def test_jupiter_written_as_a_word_is_the_cluster_when_a_supercomputer_says_so(text):
    """ "Jupiter" alone may be Google's network; with "Supercomputer" or "Jülich" it is
    JUPITER (bundled aliases)."""
    claims = extract(text, language="de", published=date(2025, 9, 5))
    assert [(c.subject, c.quantity) for c in claims if c.type == CS] == [("JUPITER", 24000.0)]


def test_a_training_run_is_not_the_cluster_named_before(check):
    text = "xAI built Colossus in Memphis. xAI's Grok 2 was trained on 15,000 H100 GPUs last year."
    check(text, "en", [{"type": CS, "subject": "xAI", "quantity": 15000.0}], exact=False)


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
    claims = extract(text, language=lang, published=PUB_2025_10_01, gazetteer=_stargate_gazetteer())
    sizes = [c for c in claims if c.type in (CS, CH)]
    assert [(c.subject, c.quantity) for c in sizes] == [(subject, 8000.0)]


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
    sizes = [c for c in run(text, lang) if c.type in (CS, CH)]
    assert [c.subject for c in sizes] == [subject]


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
    ("text", "lang", "expected"),
    [
        # a name set off before an apposition a supercomputer noun heads is a site's name
        (
            "La universidad mostró Quetzal, la que será su supercomputadora para toda la "
            "región. Quetzal contará con 12.000 GPU H100 de Nvidia.",
            "es",
            {"type": "cluster_size", "subject": "Quetzal", "quantity": 12000.0},
        ),
        (
            "Институт получил первые стойки для Vortex — своего нового университетского "
            "суперкомпьютера. Суперкомпьютер разместят в отдельном дата-центре мощностью 15 МВт.",
            "ru",
            {"type": "power_capacity", "subject": "Vortex", "quantity": 15.0},
        ),
        # not a name inside a phrase ("de Elon Musk"), nor one whose apposition holds the
        # site noun behind a preposition ("en un clúster")
        (
            "xAI, la startup de Elon Musk, ensambla en Memphis un superordenador con 100.000 "
            "GPU H100.",
            "es",
            {"type": "cluster_size", "subject": "xAI", "quantity": 100000.0},
        ),
        (
            "Grok 5, se entrena en un clúster de 50.000 GPU H100 de xAI.",
            "es",
            {"type": "cluster_size", "subject": "xAI", "quantity": 50000.0},
        ),
    ],
)
def test_a_name_apposed_to_a_supercomputer_noun_is_a_site(check, text, lang, expected):
    check(text, lang, [expected])


# --- purchases, sales and shipments are no holding ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Meta achètera environ 300 000 GPU H100 cette année.", "fr"),
        ("Meta annonce l'acquisition de 300 000 GPU Nvidia H100.", "fr"),
        ("Meta userà i nuovi fondi per acquistare 300.000 chip H100.", "it"),
        ("Meta comprará 300.000 GPU H100 este año.", "es"),
        ("A Meta adquirirá 300.000 GPUs H100 este ano.", "pt"),
    ],
)
def test_a_future_purchase_is_no_holding(run, text, lang):
    """ "will buy", "the acquisition of": a flow, like a past purchase, not a fleet."""
    assert not [c for c in run(text, lang) if c.type == CH]


@pytest.mark.parametrize(
    "text",
    [
        "马斯克要求英伟达优先向xAI发送数千个GPU。",
        "英伟达上月向Meta运送了5万个H100。",
    ],
)
def test_chips_sent_to_a_company_are_a_shipment_not_a_holding(run, text):
    """ "发送", "运送": a flow of chips, like a purchase, not a fleet."""
    assert not [c for c in run(text, "zh") if c.type == CH]


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
    assert not [c for c in run(text, lang) if c.type == CH]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a purchase is a flow, not a holding: forms of the verb that agree with the chips,
        # the future (verb-final text: precision9's test of the verb after its object)
        ("Nel 2023 sono state acquistate 30.000 H100 da Meta.", "it"),
        ("Meta placed an order for 16,000 GPUs last month.", "en"),
        ("Según Omdia, fueron compradas 20.000 GPUs por Meta el año pasado.", "es"),
    ],
)
def test_chips_bought_are_no_holding(check, text, lang):
    check(text, lang, [])


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Meta dispone già di 30.000 H100 acquistate l'anno scorso.",
            "it",
            [{"type": CH, "subject": "Meta", "quantity": 30000.0}],
        ),
    ],
)
def test_chips_held_after_a_purchase_word_later_stay(check, text, lang, expected):
    check(text, lang, expected, exact=False)


def test_a_purchase_or_sale_verb_after_its_object_is_no_holding_ko_ja(check):
    """ "12만 대의 H100을 구매했다는", "300만 대의 H100을 판매할 것으로", "12万個のH100を購入した
    とされる": in verb-final order the purchase or sale verb right after the count's
    chip governs it, whatever endings follow; a purchase or a sale is a flow, not a holding."""
    check("분석가들은 Microsoft가 상반기에 12만 대의 H100을 구매했다는 보고서를 냈다.", "ko", [])
    check(
        "업계에서는 Nvidia가 내년에 300만 대의 H100을 판매할 것으로 예상한다.",
        "ko",
        [],
    )
    check("Microsoftは上半期に12万個のH100を購入したとされる。", "ja", [])


def test_a_holding_verb_after_its_object_stays_a_holding_ko_ja(check):
    """The guard: "15만 대의 H100을 보유하고 있다", "15万個のH100を保有している" hold them."""
    check(
        "Microsoft는 현재 15만 대의 H100을 보유하고 있다.",
        "ko",
        [{"type": "chip_holding", "subject": "Microsoft", "quantity": 150000.0}],
    )
    check(
        "Microsoftは15万個のH100を保有している。",
        "ja",
        [{"type": "chip_holding", "subject": "Microsoft", "quantity": 150000.0}],
    )


def test_a_promise_to_sell_chips_is_no_holding_ru(check):
    """ "пообещала продать более 18 000 чипов ... компании Humain": the infinitive and future
    of the sale verb, as its past ("продал") already was, make a sale, not a holding."""
    check("Nvidia пообещала продать более 18 000 чипов GB300 компании Humain.", "ru", [])


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a sale or purchase word of a later clause does not govern the count
        (
            "Meta는 H100 8만 개를 보유하고 있지만 판매는 하지 않는다.",
            "ko",
            [{"type": CH, "subject": "Meta", "quantity": 80000.0}],
        ),
        (
            "MetaはH100を8万個保有しているが販売はしていない。",
            "ja",
            [{"type": CH, "subject": "Meta", "quantity": 80000.0}],
        ),
    ],
)
def test_a_sale_word_of_a_later_clause_keeps_a_holding_ko_ja(check, text, lang, expected):
    check(text, lang, expected)


@pytest.mark.parametrize(
    ("lang", "text", "subject"),
    [
        # "megacentro": a data centre with a prefix, a site all the same
        (
            "es",
            "Meta recibirá 8.000 GPU de NVIDIA para su megacentro de datos de Talavera.",
            "Meta",
        ),
        (
            "pt",
            "A Microsoft vai instalar 8.000 GPUs da NVIDIA no megacentro de dados de Sines.",
            "Microsoft",
        ),
    ],
)
def test_chips_for_a_mega_data_centre_size_a_cluster(lang, text, subject):
    claims = extract(text, language=lang, published=PUB_2025_10_01)
    assert [(c.type, c.subject, c.quantity, c.status) for c in claims] == [
        ("cluster_size", subject, 8000.0, "planned")
    ]


@pytest.mark.parametrize(
    ("text", "subject", "count"),
    [
        # "a 512-GPU cluster": the chip noun joined to its count, before the cluster noun
        ("xAI trained the model on a 512-GPU cluster.", "xAI", 512.0),
        ("Meta built a 24,576-GPU cluster for training.", "Meta", 24576.0),
        ("Meta built a 24,576 GPU cluster for training.", "Meta", 24576.0),
    ],
)
def test_en_a_count_joined_to_gpu_before_cluster_sizes_it(run, text, subject, count):
    assert [(c.type, c.subject, c.quantity) for c in run(text, "en")] == [(CS, subject, count)]


@pytest.mark.parametrize(
    ("text", "lang", "kind"),
    [
        # chips across the company's data centres are a fleet; in one named centre, a cluster
        ("xAI plans to install more than 1 million GPUs in its data centers.", "en", CH),
        (
            "xAI планирует установить в своих дата-центрах более 1 миллиона графических "
            "процессоров.",
            "ru",
            CH,
        ),
        ("xAI plans to install more than 1 million GPUs in its data center in Memphis.", "en", CS),
    ],
)
def test_chips_in_the_companys_data_centres_are_a_holding(run, text, lang, kind):
    assert [(c.type, c.quantity) for c in run(text, lang)] == [(kind, 1e6)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # all the chips a company will have at the end of the year: its fleet, whatever site
        # another clause names
        (
            "Meta planea añadir un gigavatio de cómputo a sus centros de datos y cerrar el año "
            "con más de 1,3 millones de GPU.",
            "es",
        ),
        (
            "Meta will bring a 1 GW data center online and end the year with more than 1.3 "
            "million GPUs.",
            "en",
        ),
        (
            "Meta attiverà 1 GW in un nuovo data center e vuole chiudere l'anno con oltre 1,3 "
            "milioni di GPU.",
            "it",
        ),
    ],
)
def test_a_fleet_at_the_end_of_the_year_is_a_holding(text, lang):
    claims = extract(text, language=lang, published=PUB_2025_10_01)
    assert [(c.type, c.quantity) for c in claims if c.type != "power_capacity"] == [
        ("chip_holding", 1.3e6)
    ]


def test_a_fleet_word_guard_the_site_named_after_the_count():
    text = "xAI está cerca de cerrar el año con 200.000 GPU en su centro de datos de Memphis."
    claims = extract(text, language="es", published=PUB_2025_10_01)
    assert [(c.type, c.quantity) for c in claims] == [("cluster_size", 2e5)]


@pytest.mark.parametrize(
    "text",
    [
        # "在N个GPU上实现/运行": the job ran on that many chips, one cluster
        "字节跳动训练大模型时，在12,288个GPU上实现了55.2%的算力利用率。",
        "字节跳动的训练任务在12,288个GPU上完成。",
    ],
)
def test_zh_a_job_run_on_n_gpus_sizes_a_cluster(text):
    claims = extract(text, language="zh", published=PUB_2025_10_01)
    assert [(c.type, c.quantity) for c in claims] == [("cluster_size", 12288)]


def test_ja_a_campus_is_a_site():
    # "キャンパスに…GPUを設置": the chips of one campus; "設置される。" ends in a plan
    text = "マイクロソフトが賃借したテキサス州のキャンパス内に10万4000基のGPUが設置される。"
    claims = extract(text, language="ja", published=PUB_2025_10_01)
    assert [(c.type, c.subject, c.quantity, c.status) for c in claims] == [
        ("cluster_size", "Microsoft", 104000, "planned")
    ]


def test_ja_installed_and_in_place_guard():
    text = "マイクロソフトのテキサス州のキャンパスには10万4000基のGPUが設置されている。"
    claims = extract(text, language="ja", published=PUB_2025_10_01)
    assert [(c.type, c.status) for c in claims] == [("cluster_size", "operational")]


@pytest.mark.parametrize(
    ("text", "lang", "kind"),
    [
        # review guards: a site between the fleet word and the count; a job word after a
        # place, or a model run on a whole fleet, is no cluster
        ("xAI will end the year with a cluster of 200,000 GPUs in Memphis.", "en", "cluster_size"),
        ("xAI cerrará el año con un clúster de 200.000 GPU en Memphis.", "es", "cluster_size"),
        ("微软在Azure上完成10万块GB300 GPU的部署。", "zh", "chip_holding"),
        ("Meta在其35万块H100 GPU上运行Llama。", "zh", "chip_holding"),
        ("Meta builds a 100,000-GPU server cluster in Ohio.", "en", "cluster_size"),
    ],
)
def test_fleet_and_job_words_guard_sites_and_fleets(text, lang, kind):
    claims = extract(text, language=lang, published=PUB_2025_10_01)
    assert [c.type for c in claims] == [kind]


def test_a_list_of_counts_at_places_names_the_chips_once(check):
    # "12,500 GPUs in A, 13,000 at B, and more than 50,000 at C": each count is the chips'
    check(
        "Meta says the cluster will include up to 12,500 GPUs in Ohio, 13,000 at its M3 site, "
        "and more than 50,000 at 150 Main Street.",
        "en",
        [
            {"type": CS, "subject": "Meta", "quantity": 12500.0, "qualifier": "at_most"},
            {"type": CS, "subject": "Meta", "quantity": 13000.0},
            {"type": CS, "subject": "Meta", "quantity": 50000.0, "qualifier": "at_least"},
        ],
    )


@pytest.mark.parametrize(
    "text",
    [
        # a count of something else, or a target of growth, continues no list of chips
        "Meta has 10,000 GPUs in Iowa, 2,000 employees and 300 offices.",
        "Meta stima di usare meno di 60.000 GPU, ma prevede una crescita fino a 2 milioni.",
    ],
)
def test_a_count_after_a_chip_count_without_its_place_is_no_list_item(check, text):
    lang = "it" if "stima" in text else "en"
    check(text, lang, [{"quantity": 60000.0 if lang == "it" else 10000.0}])  # that one alone


def test_sites_counted_before_the_chips_and_joined_by_and_hold_a_fleet(check):
    # "three planned data centres and more than 60,000 GPUs": spread over the sites
    check(
        "Meta is advancing a build in Ohio, with three planned data centres and more than "
        "60,000 GPUs by 2032.",
        "en",
        [{"type": CH, "subject": "Meta", "quantity": 60000.0, "qualifier": "at_least"}],
    )


def test_sites_before_a_named_cluster_of_chips_leave_it_a_cluster(check):
    check(
        "Meta built two data centres and a cluster of 24,576 GPUs.",
        "en",
        [{"type": CS, "subject": "Meta", "quantity": 24576.0}],
    )


@pytest.mark.parametrize(
    ("text", "lang", "kept"),
    [
        # a capacity, a bound or a part after a listed count is no further item of the list
        ("Meta has 20,000 GPUs in Ohio, 100,000 at full capacity.", "en", 20000.0),
        ("Meta runs 20,000 GPUs in Ohio, with room for 100,000 in total.", "en", 20000.0),
        ("Meta has 20,000 GPUs in Ohio, up to 100,000 at full build.", "en", 20000.0),
        ("Meta's 10,000 GPUs in Iowa, 3,000 of them Blackwells, are online.", "en", 10000.0),
        ("Meta opera 10.000 GPU en Madrid, hasta 50.000 en la fase final.", "es", 10000.0),
    ],
)
def test_a_capacity_or_a_part_after_a_listed_count_is_no_list_item(run, text, lang, kept):
    assert [c.quantity for c in run(text, lang)] == [kept]


def test_a_list_of_counts_at_places_in_spanish(check):
    check(
        "Meta opera 10.000 GPU en Madrid, 5.000 en Barcelona y 3.000 en Bilbao.",
        "es",
        [{"quantity": 10000.0}, {"quantity": 5000.0}, {"quantity": 3000.0}],
    )


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # CJK lists of holders' counts: the counter of the chips counted first, each holder named
        (
            "百度部署了1万张GPU，阿里巴巴5000张，腾讯3000张。",
            "zh",
            [("Baidu", 10000.0), ("Alibaba", 5000.0), ("Tencent", 3000.0)],
        ),
        (
            "메타는 1만개의 GPU를, 아마존은 5000개를, 구글은 3000개를 보유하고 있다.",
            "ko",
            [("Meta", 10000.0), ("Amazon", 5000.0), ("Google", 3000.0)],
        ),
    ],
)
def test_cjk_a_list_of_holders_counts_takes_the_first_count_s_chips(text, lang, expected):
    claims = extract(text, language=lang, published=PUB_2025_10_01)  # the bundled names
    assert [(c.subject, c.quantity) for c in claims] == expected


def test_cjk_a_holder_the_data_lacks_takes_no_listed_count():
    # "NHN 8000개": an unknown name; the count is left, not given to the sentence's subject
    claims = extract(
        "메타는 1만개의 GPU를, 노바클라우드는 5000개를 보유하고 있다.",
        language="ko",
        published=PUB_2025_10_01,
    )
    assert [(c.subject, c.quantity) for c in claims] == [("Meta", 10000.0)]
