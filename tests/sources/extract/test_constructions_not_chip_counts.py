"""Counts that are no count of chips: constructions seen on real news (issue 11, section 2)
where a number near a chip word counts something else (components, nodes, CPUs, chip
equivalents of a compute measure, a stock code, a quoted figure, a word holding a counter). The
sentences are our own, in the language each construction came from."""

from __future__ import annotations

from datetime import date

import pytest

from sources.extract.claims import drops as why
from sources.extract.extractor import extract
from tests.sources.extract.conftest import drop_reasons

CS, CH, ROUND = "cluster_size", "chip_holding", "funding_round"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a bare counter before a product's name counts that product, not chips
        ("xAIはColossus 2向けに40台のTesla Megapackを追加した。", "ja"),
        ("xAIのサイトは約60台のメガパックで電力を補う。", "ja"),
        ("xAI는 콜로서스에 40대의 Megapack을 들였다.", "ko"),
    ],
)
def test_cjk_a_counter_before_a_product_name_counts_no_chips(check, text, lang):
    check(text, lang, [])


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # the counted noun leads its count, maybe with a quoted name and a particle
        ("xAIはNVL72サーバーを最大250台導入する。", "ja"),
        ("xAIはサーバー「NVL72」を250台前後発注した。", "ja"),
        ("xAI는 NVL72 서버 250대를 도입한다.", "ko"),
        ("xAI明年起将部署AI算力服务器3万台。", "zh"),
        ("xAI采购了搭载H100的AI服务器1200台。", "zh"),
        # sets sold are no chips
        ("xAI表示其超节点已销售300多套，共服务20多家客户。", "zh"),
    ],
)
def test_cjk_servers_or_sets_counted_are_no_chips(check, text, lang):
    check(text, lang, [])


@pytest.mark.parametrize(
    ("text", "lang", "count"),
    [
        # a noun of other things past a clause mark counts something of its own
        ("xAIはGPUを1万基導入し、サーバーも増やした。", "ja", 1e4),
        ("xAI的集群部署了1万张GPU，员工也增加了。", "zh", 1e4),
    ],
)
def test_a_noun_past_a_clause_mark_leaves_the_chip_count(run, text, lang, count):
    assert [c.quantity for c in run(text, lang) if c.type in (CS, CH)] == [count]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # H100-equivalents measure compute, not chips (the benchmark's annotation rule)
        ("Meta aims for 600,000 H100-equivalent chips by the end of 2024.", "en"),
        ("Meta will own the equivalent of 250,000 H100s.", "en"),
        ("Meta se acercará a 600.000 equivalentes a la H100 este año.", "es"),
        ("xAIは年末までに100万基のH100 GPU相当を保有する。", "ja"),
        ("Meta disporrà di 350.000 GPU equivalenti H100.", "it"),
    ],
)
def test_chip_equivalents_are_no_count(run, text, lang):
    assert not [c for c in run(text, lang) if c.type in (CS, CH)]


@pytest.mark.parametrize(
    ("text", "lang", "sizes"),
    [
        # nodes, servers and racks are containers: only the chips count
        ("Colossus s’appuie sur 364 nœuds, épaulés par 1 456 GPU Nvidia H100.", "fr", [1456.0]),
        ("Colossus runs on 1,500 servers with 12,000 H100 GPUs in total.", "en", [12_000.0]),
        ("Colossus umfasst 2.000 H100-Server.", "de", []),
        ("Colossus tiene 12 salas, con 50.000 chips por unidad.", "es", []),
        ("Colossus a 300 000 GPU H100 au total, soit 25 000 GPU par salle.", "fr", [300_000.0]),
        ("Colossus использует 800 серверов и 100 000 графических процессоров H100.", "ru", [1e5]),
    ],
)
def test_component_counts_are_not_cluster_sizes(run, text, lang, sizes):
    assert [c.quantity for c in run(text, lang) if c.type in (CS, CH)] == sizes


def test_a_stock_code_in_brackets_is_no_count(run):
    claims = run("xAI（2317）表示，Colossus集群由10万颗H100 GPU组成。", "zh")
    assert [c.quantity for c in claims if c.type == CS] == [100_000.0]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Le chiffre d'affaires des centres de données atteint 40 milliards issus des GPU.", "fr"),
        ("Microsoft's data center segment earned 30 billion from GPUs.", "en"),
    ],
)
def test_a_billions_figure_next_to_gpus_is_no_chip_count(run, text, lang):
    """Revenue read without its currency is not a fleet: no cluster holds billions of chips."""
    assert not [c for c in run(text, lang) if c.type in (CS, CH)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Meta는 내년에 GPU 8000장 상당의 슈퍼컴퓨터를 구축한다.", "ko"),
        ("Metaは来年、GPU 8000個相当のスパコンを構築する。", "ja"),
    ],
)
def test_an_equivalence_word_after_the_counter_is_no_chip_count(run, text, lang):
    """ "GPU 8000장 상당의": a compute measure in GPUs, written chip, count, counter, then the
    equivalence word."""
    assert not [c for c in run(text, lang) if c.type in (CS, CH)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a supercomputer's CPUs named by their line are no chip count; its GPUs are
        (
            "Le supercalculateur de Meta compte 9 000 processeurs AMD Epyc de 64 cœurs et "
            "24 000 GPU H100.",
            "fr",
            [{"type": CS, "subject": "Meta", "chip_model": "H100-SXM", "quantity": 24000.0}],
        ),
        (
            "The Oracle system pairs 12,000 Xeon processors with 48,000 MI300X accelerators.",
            "en",
            [{"type": CH, "subject": "Oracle", "chip_model": "MI300X", "quantity": 48000.0}],
        ),
        (
            "Der Supercomputer von Meta nutzt 5.000 Prozessoren vom Typ Grace CPU und 20.000 H100.",
            "de",
            [{"type": CS, "subject": "Meta", "chip_model": "H100-SXM", "quantity": 20000.0}],
        ),
    ],
)
def test_cpu_counts_are_no_chip_counts(check, text, lang, expected):
    check(text, lang, expected)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # counts of pods, of chips per cabinet, of places: no chip count
        ("阿里巴巴的数据中心可将200个超节点级联成一个集群。", "zh"),
        ("阿里巴巴推出的新伺服器單櫃支持128個AI晶片。", "zh"),
        ("ソフトバンクはエヌビディアのチップを使い、全国20万カ所の基地局で展開する。", "ja"),
    ],
)
def test_counts_of_other_things_are_no_chip_counts(run, text, lang):
    assert not [c for c in run(text, lang) if c.type in (CS, CH)]


@pytest.mark.parametrize(
    "text",
    [
        "阿里巴巴的工程师千万不要忽视散热问题。",  # 千万 "by all means": no number of cards
        "阿里巴巴表示，万一供电不足，集群将降频运行。",
    ],
)
def test_myriad_words_are_no_counts(check, text):
    check(text, "zh", [])


def test_a_count_of_nodes_with_chips_each_is_no_chip_count(check):
    check(
        "Das Booster-Modul von Colossus besteht aus 5.938 Rechenknoten mit jeweils vier "
        "H100-Beschleunigern.",
        "de",
        [],
    )


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a capacity stated as the count of another chip it corresponds to: H100-equivalents
        (
            "CoreWeave prévoit plusieurs clusters de GPU, correspondant à plus de 288 000 GPU "
            "actuels (NVIDIA H100).",
            "fr",
        ),
        ("CoreWeave plans GPU clusters corresponding to more than 288,000 H100 GPUs.", "en"),
        ("CoreWeave prevé clústeres correspondientes a más de 288.000 GPU H100.", "es"),
    ],
)
def test_a_count_a_capacity_corresponds_to_is_no_chip_count(check, text, lang):
    assert not [c for c in check(text, lang, [], exact=False) if c.type in (CS, "chip_holding")]


def test_a_counter_inside_a_later_word_counts_nothing(check):
    # 基 of 基盤 ("platform") far after the number is no counter of it
    check(
        "オープンAIは、世界34カ国に300以上のデータセンターを持つクラウド基盤の強みを示した。",
        "ja",
        [],
    )


def test_a_counter_right_after_its_number_still_counts(check):
    check(
        "オープンAIは4,600基を超えるGPUを一つのクラスターとして束ねている。",
        "ja",
        [{"type": CS, "subject": "OpenAI", "quantity": 4600.0}],
    )


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a number alone in quotes is a code or a name, not a count of the chips near it
        ("xAI创始人与英伟达掌门人会面的传闻很快传开,随后在多个平台上显示“404”。", "zh"),
        ("Nach dem Bericht über xAI und die Nvidia-GPUs zeigte die Seite nur noch „404“.", "de"),
    ],
)
def test_a_quoted_number_is_no_chip_count(check, text, lang):
    check(text, lang, [])


def test_the_compute_a_fleet_equals_in_chips_is_no_holding_fr_zh(check):
    """ "150 000 H100, ce qui équivaudra à la puissance de calcul de 300 000 H100", "2000 万张
    H100 的等效算力": a count after an equivalence word that follows another figure, or
    before one behind a possessive particle, measures compute, not chips held."""
    check(
        "Meta vise 150 000 H100 en juin, ce qui équivaudra à la puissance de calcul de "
        "300 000 H100 une fois ses puces plus anciennes comptées.",
        "fr",
        [{"type": "chip_holding", "subject": "Meta", "quantity": 150000.0}],
    )
    check("xAI 计划十年内拥有相当于 2000 万张 H100 的等效算力。", "zh", [])


def test_a_sentence_opening_with_an_equivalence_restates_a_count_de(check):
    """The guard: "Das entspricht ... vier Millionen Grafikprozessoren" restates the deal in
    chips; no figure before the equivalence word in its sentence, so the count stands."""
    check(
        "Nvidia will bis zu 100 Milliarden Dollar in OpenAI investieren. Das entspricht nach "
        "Angaben der Unternehmen vier Millionen Grafikprozessoren.",
        "de",
        [
            {"type": ROUND, "subject": "OpenAI", "amount": 100e9},
            {"type": "chip_holding", "subject": "OpenAI", "quantity": 4e6},
        ],
    )


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a throughput in tokens counts tokens, not chips: only the GPUs are a holding
        ("xAI will deploy 7,000 GPUs that can serve 2 million tokens per second.", "en"),
        ("xAI将部署7,000颗GPU,推理能力达每秒200万token。", "zh"),
        ("xAIは7,000基のGPUを導入し、毎秒200万トークンを処理する。", "ja"),
    ],
)
def test_tokens_are_no_chips(run, text, lang):
    counts = {c.quantity for c in run(text, lang) if c.type in ("chip_holding", "cluster_size")}
    assert counts == {7000.0}


@pytest.mark.parametrize(
    "text",
    [
        # a counter of firms after the number: it counts no chips
        "英伟达表示,台湾有超过160万家中小企业正在升级转型。",
        "阿里巴巴称,国内已有超过3000家企业接入它的模型。",
    ],
)
def test_a_count_of_firms_is_no_chip_count(run, text):
    assert not [c for c in run(text, "zh") if c.type in ("cluster_size", "chip_holding")]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a count of firms or sites in the next clause leaves the chip count before it
        ("xAI部署了10万块H100，分布在2个数据中心。", "chip_holding"),
        ("阿里巴巴提供1万块H100，服务10家企业。", "chip_holding"),
    ],
)
def test_a_count_of_firms_in_the_next_clause_leaves_the_chip_count(run, text, kind):
    assert [c.type for c in run(text, "zh")] == [kind]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # sizes of memory count bytes, not chips: only the fleet before is one
        (
            "Oracle desplegará 30.000 GPU MI355X. Cada uno de estos chips cuenta con 288 GB de "
            "memoria HBM3E.",
            "es",
        ),
        (
            "Oracle wird 30.000 MI355X-GPUs einsetzen. Jeder dieser Chips hat 288 GB "
            "HBM3E-Speicher.",
            "de",
        ),
        (
            "A Oracle vai instalar 30.000 GPUs MI355X. Cada um desses chips tem 288 GB de "
            "memória HBM3E.",
            "pt",
        ),
    ],
)
def test_memory_sizes_are_no_chip_counts(run, text, lang):
    assert [(c.type, c.quantity) for c in run(text, lang)] == [("chip_holding", 30000)]
    assert why.OTHER_COUNT in drop_reasons(text, lang)


def test_servers_named_after_their_chip_count_servers(run):
    text = "Oracle is set to receive 127 NVIDIA HGX H100 server systems this month."
    assert not [c for c in run(text, "en") if c.type in ("cluster_size", "chip_holding")]
    assert why.OTHER_COUNT in drop_reasons(text, "en")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Oracle's cluster has 131,072 GPUs and 288 TB of memory.", "en"),
        ("Oracle runs 4,000 H100 GPUs in its server farm in Texas.", "en"),
    ],
)
def test_memory_and_server_words_guard_the_chip_count_beside_them(run, text, lang):
    assert len([c for c in run(text, lang) if c.type in ("cluster_size", "chip_holding")]) == 1


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a number right after a product line's name is its model number: it counts nothing,
        # and the chip word after it stays with the real count before it
        ("CoreWeave hat in Deutschland 2.000 RTX Pro 6000 Einheiten in Betrieb.", "de", [2000]),
        ("CoreWeave runs 2,000 RTX Pro 6000 GPUs in Texas.", "en", [2000]),
        (
            "Le supercalculateur Frontier compte 9 408 processeurs EPYC 7453 et 37 632 GPU.",
            "fr",
            [37632],
        ),
        ("华为Atlas 950超节点将于2026年第四季度上市，支持8192张昇腾卡。", "zh", [8192]),
        # guard: "max" in lower case is a bound word, the count after it a count
        ("CoreWeave runs a max 1000 GPUs in its Texas site.", "en", [1000]),
    ],
)
def test_a_model_number_after_a_product_line_is_no_count(text, lang, expected):
    claims = extract(text, language=lang, published=date(2025, 10, 1))
    assert [c.quantity for c in claims] == expected


@pytest.mark.parametrize(
    "text",
    [
        # a CJK product line's name glued to its model number
        "阿里巴巴推出首款7nm AI芯片思元290,随后又推出370。",
        "阿里巴巴采用了昇腾910芯片。",
    ],
)
def test_zh_a_number_glued_to_a_product_lines_name_is_its_model(check, text):
    check(text, "zh", [])


def test_zh_a_counter_after_a_product_lines_number_makes_it_a_count(check):
    check(
        "阿里巴巴部署了昇腾 8000张。",
        "zh",
        [{"type": "chip_holding", "subject": "Alibaba", "quantity": 8000.0}],
    )


def test_ja_the_chips_of_each_cabinet_are_no_cluster(check):
    # "キャビネットにはそれぞれ440個": each cabinet's GPUs
    check("コロッサスの12台のキャビネットにはそれぞれ440個のGPUが搭載されている。", "ja", [])


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a sum spent on chips: a verb of investing or spending, a scale word, "in"/"on"/"en"
        ("OpenAI invirtió 51 millones en chips para IA de una startup.", "es"),
        ("OpenAI spent 51 million on chips from a start-up.", "en"),
        ("OpenAI investiu 51 milhões em chips de uma startup.", "pt"),
        ("OpenAI gastó 51 millones en chips de una startup.", "es"),
        ("OpenAI invirtió 500 mil en chips.", "es"),
        ("OpenAI a dépensé 51 millions en puces.", "fr"),
    ],
)
def test_money_spent_on_chips_is_no_chip_count(text, lang):
    assert not [c for c in extract(text, language=lang) if c.type in (CS, CH)]
    assert why.SPENT_ON in drop_reasons(text, lang)


def test_a_purchase_of_a_million_chips_stays_a_count_of_them(run):
    # no preposition between the number and the chips: they are counted
    assert why.SPENT_ON not in drop_reasons("Meta bought 1 million GPUs from Nvidia.", "en")


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # a word of a total after a per-container word: the sum over the containers
        ("コロッサスはラックあたり72基、計1万基のGPUを導入した。", 10000.0),
        ("コロッサスは新データセンターの各サーバーラックに計1万基のGPUを導入した。", 10000.0),
        ("コロッサスは各ノードで合計2万基のGPUを運用している。", 20000.0),
        ("コロッサスは各ラックを合わせて1万基のGPUを導入した。", 10000.0),
    ],
)
def test_ja_a_total_after_a_per_container_word_is_a_count(run, text, total):
    assert [c.quantity for c in run(text, "ja")] == [total]


def test_ja_a_per_container_count_without_a_total_word_stays_dropped(check):
    check("コロッサスのデータセンターでは各ラックに144基のGPUを搭載する。", "ja", [])


def test_ja_a_modified_server_noun_still_counts_servers(check):
    check("xAIは生成AI開発のために最新鋭サーバー「NVL72」を250台前後発注した。", "ja", [])


def test_zh_items_counted_with_xiang_are_no_chips(run):
    # "150项自研工具": 项 counts items (tools, patents), not chips
    claims = run(
        "xAI 推出的 AI Workspace 采用多模型协同架构,集成 30 余个主流模型与 150 项自研工具。", "zh"
    )
    assert [c for c in claims if c.quantity == 150] == []
