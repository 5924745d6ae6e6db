"""Constructions of compute and power facts seen on real news, round 4 (issue 11, section 2),
in sentences of our own: the Chinese "ten-thousand-card" cluster (万卡集群) and the power draw
of one machine stated in kilowatts."""

import pytest

CS, POWER = "cluster_size", "power_capacity"


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
