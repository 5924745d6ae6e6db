"""Constructions of compute facts seen on real news (issue 11, section 2), one test per
construction and language, in sentences of our own: build durations said without a building
verb, fleet sizes given as chip equivalents, growth sentences, component counts, subjects."""

import pytest

BD, CS, HOLD = "build_duration", "cluster_size", "chip_holding"


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
