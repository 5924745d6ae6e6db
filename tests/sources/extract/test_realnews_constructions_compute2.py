"""Compute constructions of real news, round 2 (issue 11, section 2), in sentences of our own
in the language each came from: restated counts, chip generations, and what is not a size."""

from __future__ import annotations

from datetime import date

import pytest

from sources.extract import extract
from tests.sources.extract.conftest import build_gazetteer

CS, HOLD, PWR = "cluster_size", "chip_holding", "power_capacity"


def _compute(claims, *types):
    found = [(c.type, c.subject, c.chip_model, c.quantity) for c in claims if c.type in types]
    return sorted(found, key=str)


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
    assert _compute(run(text, lang), CS, HOLD) == [(CS, "Colossus", "H100-SXM", 100000.0)]


def test_a_fleet_stated_before_a_cluster_of_the_same_size_stays(run):
    """A company's fleet given first, then a cluster of the same size, are two statements."""
    claims = run(
        "xAI besitzt 100.000 H100. Der Supercomputer Colossus soll 100.000 GPUs erhalten.", "de"
    )
    assert (HOLD, "xAI", "H100-SXM", 100000.0) in _compute(claims, HOLD, CS)


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
    counts = [c for c in run(text, lang) if c.type in (CS, HOLD) and c.quantity == 8000]
    assert counts and all(c.chip_model is None for c in counts)


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
    assert not [c for c in run(text, lang) if c.type == HOLD]


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
    assert not [c for c in run(text, lang) if c.type in (CS, HOLD)]


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
    assert (CS, "Colossus", None, 200000.0) in _compute(claims, CS, HOLD)
    assert not [c for c in claims if c.type == HOLD]


def test_a_fleet_grown_to_a_count_stays_a_holding(run):
    claims = run("Meta will grow its fleet across its data centers to 600,000 GPUs.", "en")
    assert _compute(claims, CS, HOLD) == [(HOLD, "Meta", None, 600000.0)]


def test_the_whole_platforms_gpu_count_is_a_cluster_size(run):
    """ "基盤全体のGPU数": the GPUs of the whole computing platform, one system."""
    claims = run("ソフトバンクのAI計算基盤は拡張中で、基盤全体のGPU数は約5000基となった。", "ja")
    assert _compute(claims, CS, HOLD) == [(CS, "SoftBank", None, 5000.0)]


def test_a_count_grown_by_a_company_without_a_cluster_stays_a_holding(run):
    claims = run("Tesla目前运行 35,000 个 H100 GPU，预计到今年底将增加到 85,000 个。", "zh")
    assert [c.type for c in claims if c.quantity == 85000.0] == [HOLD]


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
    assert None in [c.quantity for c in claims if c.type == HOLD]


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
    assert [c.chip_model for c in claims if c.type in (CS, HOLD)] == ["GB300"]


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
    assert _compute(run(text, lang), CS, HOLD) == [(CS, "Meta", "GB200", 3000.0)]


def test_a_rack_word_without_a_rack_count_makes_no_cluster(run):
    claims = run("Стойки Meta сгруппированы по восемь штук, что даёт 512 GPU на массив.", "ru")
    assert not [c for c in claims if c.type == CS]


@pytest.mark.parametrize(
    "text",
    [
        "马斯克要求英伟达优先向xAI发送数千个GPU。",
        "英伟达上月向Meta运送了5万个H100。",
    ],
)
def test_chips_sent_to_a_company_are_a_shipment_not_a_holding(run, text):
    """ "发送", "运送": a flow of chips, like a purchase, not a fleet."""
    assert not [c for c in run(text, "zh") if c.type == HOLD]
