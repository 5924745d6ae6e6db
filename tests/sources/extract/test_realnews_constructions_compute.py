"""Constructions of compute facts seen on real news (issue 11, section 2), one test per
construction and language, in sentences of our own: build durations said without a building
verb, fleet sizes given as chip equivalents, growth sentences, component counts, subjects."""

import pytest

BD, CS, HOLD = "build_duration", "cluster_size", "chip_holding"


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


def test_a_gpu_generation_names_no_chip_model(check):
    # Hopper and Blackwell are generations of several chips: counted, no model
    check(
        "Colossus currently runs 100,000 Nvidia Hopper GPUs.",
        "en",
        [{"type": CS, "subject": "Colossus", "quantity": 100_000.0, "chip_model": None}],
    )


PC = "power_capacity"


@pytest.mark.parametrize(
    ("text", "lang", "ctype", "quantity", "status"),
    [
        # a growth target said with a gerund or "eventually" is a plan
        (
            "Meta runs Hyperion at 2 GW today, scaling up to 5 GW over several years.",
            "en",
            PC,
            5000.0,
            "planned",
        ),
        ("Hyperion will eventually hold 500,000 GB200 GPUs.", "en", CS, 500_000.0, "planned"),
        (
            "Meta opera Hyperion con 2 GW, escalando a 5 GW en los años siguientes.",
            "es",
            PC,
            5000.0,
            "planned",
        ),
        (
            "A Meta revelou planos para o Hyperion, com capacidade de 50 MW.",
            "pt",
            PC,
            50.0,
            "planned",
        ),
        (
            "Hyperion dirancang mampu menghasilkan daya lebih dari 1 gigawatt.",
            "id",
            PC,
            1000.0,
            "planned",
        ),
        # an outside estimate is a report
        ("据估计，DeepSeek拥有大约50,000个H800 GPU。", "zh", HOLD, 50_000.0, "reported"),
    ],
)
def test_status_of_compute_facts(run, text, lang, ctype, quantity, status):
    got = [(c.quantity, c.status) for c in run(text, lang) if c.type == ctype]
    assert (quantity, status) in got


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
    assert [(c.type, c.quantity) for c in claims] == [(HOLD, 35_000.0)]


def test_a_fleet_in_a_clause_after_another_companys_cluster(check):
    # the cluster noun and Colossus belong to xAI's clause; the count is CoreWeave's fleet
    check(
        "The deal rivals xAI's Colossus supercomputer, Meta's goal of 600,000 H100-equivalent "
        "chips and CoreWeave's 250,000 Nvidia GPUs.",
        "en",
        [{"type": HOLD, "subject": "CoreWeave", "quantity": 250_000.0, "chip_model": None}],
    )


def test_a_cluster_with_its_builders_keeps_its_size(check):
    check(
        "Colossus, built by xAI with Nvidia, has 100,000 H100 GPUs.",
        "en",
        [{"type": CS, "subject": "Colossus", "quantity": 100_000.0}],
    )


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a cluster named after the figure as its yardstick is not its subject
        (
            "Oracle is building Stargate Abilene in Texas. The site will deliver up to 1.2 GW, "
            "competing with xAI's Colossus.",
            "en",
        ),
        (
            "Oracle construit Stargate Abilene au Texas. Le site aura 1,2 GW, l’un des plus "
            "puissants au monde avec le Colossus de xAI.",
            "fr",
        ),
    ],
)
def test_a_yardstick_cluster_is_no_subject(run, text, lang):
    assert not [c for c in run(text, lang) if c.subject == "Colossus"]


def test_a_cluster_named_in_one_sentence_sized_in_the_next(check):
    check(
        "xAI已开始在所谓的巨像超级集群上进行训练。这个集群由100,000个液冷H100 GPU组成。",
        "zh",
        [{"type": CS, "subject": "Colossus", "quantity": 100_000.0, "chip_model": "H100-SXM"}],
    )


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
