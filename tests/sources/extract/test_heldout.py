"""Held-out probes: news-style sentences written for this file (not taken from the dev corpus
or any site), ten or more per language, each with the claims a careful analyst records.

They cover the hard cases of the extractor's brief: number formats per locale, money with
scale words and bracketed conversions, vague and bounded quantities, ranges, plans, reports
and denials, and the figures that are not claims (increments, cumulative totals, unit
prices, capex and state programmes, model requirements, areas). An empty expectation means
the sentence must give no claim at all.

``python -m tests.sources.extract.test_heldout`` prints the pass rate per language.
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Any

import pytest

from sources.extract import Claim, extract
from tests.sources.extract.conftest import (
    PUBLISHED,
    assert_claims,
    build_gazetteer,
)

FR, VAL, CS, HOLD = "funding_round", "valuation", "cluster_size", "chip_holding"
BUILD, POWER = "build_duration", "power_capacity"

# the shared test gazetteer plus the names these probes use beyond it
_EXTRA_COMPANY_ALIASES = [
    ("mistral_ai", "ミストラルAI"),
    ("openai", "オープンAI"),
    ("anthropic", "Антропик"),
    ("xai", "xAI Holdings"),
    ("meta", "メタ"),  # Nikkei's name for Meta, as in the bundled aliases
]
_EXTRA_CLUSTER_ALIASES = [("xai_colossus", "Colossus 1")]
_EXTRA_CHIPS = [("GH200", "NVIDIA")]
_EXTRA_CHIP_ALIASES = [("GH200", "GH200"), ("GH200", "Grace Hopper")]


GAZETTEER = build_gazetteer(
    company_aliases=_EXTRA_COMPANY_ALIASES,
    cluster_aliases=_EXTRA_CLUSTER_ALIASES,
    chips=_EXTRA_CHIPS,
    chip_aliases=_EXTRA_CHIP_ALIASES,
)

# (language, sentence, expected claims); published is PUBLISHED (2024-06-14) unless a fourth
# element gives another date (None: undated)
PROBES: list[tuple[Any, ...]] = [
    # --- English ---------------------------------------------------------------------------
    (
        "en",
        "Elon Musk's xAI has raised $6 billion in a Series B round at a post-money valuation "
        "of $24 billion, the company said on Sunday.",
        [
            {
                "type": FR,
                "subject": "xAI",
                "amount_usd": 6e9,
                "valuation_usd": 24e9,
                "valuation_basis": "post",
                "status": "closed",
            }
        ],
    ),
    (
        "en",
        "OpenAI is in talks to raise as much as $40 billion at a $300 billion valuation, "
        "according to people familiar with the matter.",
        [
            {
                "type": FR,
                "subject": "OpenAI",
                "amount_usd": 40e9,
                "qualifier": "at_most",
                "valuation_usd": 300e9,
                "status": "reported",
            }
        ],
    ),
    (
        "en",
        "Meta expects to end the year with roughly 350,000 Nvidia H100 graphics processors, "
        "part of a fleet equal to nearly 600,000 H100 equivalents.",
        [
            {
                "type": HOLD,
                "subject": "Meta",
                "chip_model": "H100-SXM",
                "quantity": 350_000.0,
                "qualifier": "approx",
                "status": "planned",
            }
        ],
    ),
    (
        "en",
        "The Memphis supercomputer, known as Colossus, will double to 200,000 GPUs in the "
        "coming months, Musk wrote on X.",
        [{"type": CS, "subject": "Colossus", "quantity": 200_000.0, "status": "planned"}],
    ),
    (
        "en",
        "Anthropic has raised $9 billion so far this year, bringing its total funding to "
        "nearly $27 billion.",
        [],
    ),
    ("en", "xAI added another 50,000 H200 chips to Colossus last month.", []),
    ("en", "Microsoft is spending $80 billion this fiscal year on AI data centers.", []),
    (
        "en",
        "Tesla's Cortex cluster in Austin runs about 50,000 H100 GPUs and draws some 130 "
        "megawatts.",
        [
            {
                "type": CS,
                "subject": "Cortex",
                "chip_model": "H100-SXM",
                "quantity": 50_000.0,
                "qualifier": "approx",
                "status": "operational",
            },
            {"type": POWER, "subject": "Cortex", "quantity": 130.0, "status": "operational"},
        ],
    ),
    ("en", "Nvidia's H100 sells for between $25,000 and $40,000 per chip.", []),
    (
        "en",
        "CoreWeave operates more than 250,000 GPUs across 32 data centers.",
        [
            {
                "type": HOLD,
                "subject": "CoreWeave",
                "quantity": 250_000.0,
                "qualifier": "at_least",
                "status": "operational",
            }
        ],
    ),
    (
        "en",
        "Anthropic denied a report that it was raising $5 billion at a $60 billion valuation.",
        [
            {
                "type": FR,
                "subject": "Anthropic",
                "amount_usd": 5e9,
                "valuation_usd": 60e9,
                "status": "denied",
            }
        ],
    ),
    (
        "en",
        "Meta's Prometheus cluster in Ohio will come online in 2026 with hundreds of thousands "
        "of GPUs.",
        [
            {
                "type": CS,
                "subject": "Prometheus",
                "quantity": None,
                "qualifier": "approx",
                "status": "planned",
            }
        ],
    ),
    (
        "en",
        "Mistral AI is raising billions of dollars in fresh capital, the Financial Times reported.",
        [
            {
                "type": FR,
                "subject": "Mistral AI",
                "amount": None,
                "qualifier": "approx",
                "status": "reported",
            }
        ],
    ),
    ("en", "Grok 3 will need roughly 100,000 H100s to train, Musk said.", []),
    (
        "en",
        "The Stargate Abilene site covers 1,100 acres and is expected to hold up to 400,000 "
        "GB200 chips.",
        [
            {
                "type": CS,
                "subject": "Stargate Abilene",
                "chip_model": "GB200",
                "quantity": 400_000.0,
                "qualifier": "at_most",
                "status": "planned",
            }
        ],
    ),
    (
        "en",
        "xAI closed a $6 billion funding round in 2024.",
        [{"type": FR, "subject": "xAI", "amount_usd": 6e9, "status": "closed", "as_of": "2024"}],
        None,
    ),
    (
        "en",
        "The round values xAI at $24 billion, well below OpenAI's $80 billion valuation.",
        # OpenAI's own valuation is a stated fact too; what must not happen is giving it to xAI
        [
            {"type": VAL, "subject": "xAI", "valuation_usd": 24e9, "status": "closed"},
            {"type": VAL, "subject": "OpenAI", "valuation_usd": 80e9, "status": "closed"},
        ],
    ),
    # --- Indonesian ------------------------------------------------------------------------
    (
        "id",
        "Perusahaan rintisan milik Elon Musk, xAI, berhasil mengantongi pendanaan sebesar "
        "US$6 miliar atau sekitar Rp97 triliun.",
        [{"type": FR, "subject": "xAI", "amount_usd": 6e9, "status": "closed"}],
    ),
    (
        "id",
        "OpenAI dikabarkan tengah bernegosiasi untuk menghimpun dana segar hingga US$40 miliar "
        "dengan valuasi US$300 miliar.",
        [
            {
                "type": FR,
                "subject": "OpenAI",
                "amount_usd": 40e9,
                "qualifier": "at_most",
                "valuation_usd": 300e9,
                "status": "reported",
            }
        ],
    ),
    (
        "id",
        "Meta berencana memiliki sekitar 350.000 GPU H100 dari Nvidia pada akhir 2024.",
        [
            {
                "type": HOLD,
                "subject": "Meta",
                "chip_model": "H100-SXM",
                "quantity": 350_000.0,
                "qualifier": "approx",
                "status": "planned",
                "as_of": "2024-12",
            }
        ],
    ),
    (
        "id",
        "Superkomputer Colossus di Memphis kini menjalankan 200,000 GPU, sementara xAI "
        "berencana menambah 100.000 unit lagi.",
        [{"type": CS, "subject": "Colossus", "quantity": 200_000.0, "status": "operational"}],
    ),
    (
        "id",
        "Anthropic dilaporkan akan meraih pendanaan 10 hingga 12 miliar dolar AS.",
        [
            {
                "type": FR,
                "subject": "Anthropic",
                "amount_usd": 10e9,
                "amount_high": 12e9,
                "qualifier": "range",
                "status": "reported",
            }
        ],
    ),
    ("id", "Hingga kini, xAI telah mengumpulkan total US$12 miliar sejak didirikan.", []),
    (
        "id",
        "Tesla mengoperasikan hampir 50.000 chip H100 di klaster Cortex.",
        [
            {
                "type": CS,
                "subject": "Cortex",
                "chip_model": "H100-SXM",
                "quantity": 50_000.0,
                "qualifier": "at_most",
                "status": "operational",
            }
        ],
    ),
    ("id", "Harga satu chip H100 milik Nvidia mencapai sekitar US$30.000.", []),
    (
        "id",
        "Mistral AI sedang menggalang dana miliaran dolar AS dari para investor.",
        [
            {
                "type": FR,
                "subject": "Mistral AI",
                "amount": None,
                "qualifier": "approx",
                "status": "planned",
            }
        ],
    ),
    (
        "id",
        "Microsoft akan menginvestasikan Rp27,6 triliun untuk infrastruktur cloud dan AI di "
        "Indonesia.",
        [],
    ),
    (
        "id",
        "Pusat data Fairwater milik Microsoft di Wisconsin akan menampung ratusan ribu GPU GB200.",
        [
            {
                "type": CS,
                "subject": "Fairwater",
                "chip_model": "GB200",
                "quantity": None,
                "qualifier": "approx",
                "status": "planned",
            }
        ],
    ),
    # --- Chinese (simplified and traditional) ----------------------------------------------
    (
        "zh",
        "马斯克旗下人工智能公司xAI完成60亿美元B轮融资，投后估值达到240亿美元。",
        [
            {
                "type": FR,
                "subject": "xAI",
                "amount_usd": 6e9,
                "valuation_usd": 24e9,
                "status": "closed",
            }
        ],
    ),
    (
        "zh",
        "据知情人士透露，OpenAI正洽谈以3000亿美元估值融资至多400亿美元。",
        [
            {
                "type": FR,
                "subject": "OpenAI",
                "amount_usd": 40e9,
                "qualifier": "at_most",
                "valuation_usd": 300e9,
                "status": "reported",
            }
        ],
    ),
    (
        "zh",
        "xAI的巨像超级计算机目前拥有10万块英伟达H100 GPU，计划扩展至20万块。",
        [
            {
                "type": CS,
                "subject": "Colossus",
                "chip_model": "H100-SXM",
                "quantity": 100_000.0,
                "status": "operational",
            },
            {"type": CS, "subject": "Colossus", "quantity": 200_000.0, "status": "planned"},
        ],
    ),
    (
        "zh",
        "Meta计划到今年年底拥有约35万块H100芯片。",
        [
            {
                "type": HOLD,
                "subject": "Meta",
                "chip_model": "H100-SXM",
                "quantity": 350_000.0,
                "qualifier": "approx",
                "status": "planned",
                "as_of": "2024-12",
            }
        ],
    ),
    ("zh", "月之暗面今年以来累计融资已超过20亿美元。", []),
    (
        "zh",
        "月之暗面完成新一轮融资，金额超过10亿美元，估值达到33亿美元。",
        [
            {
                "type": FR,
                "subject": "Moonshot AI",
                "amount_usd": 1e9,
                "qualifier": "at_least",
                "valuation_usd": 3.3e9,
                "status": "closed",
            }
        ],
    ),
    ("zh", "据悉，英伟达每块H100的售价约为3万美元。", []),
    (
        "zh",
        "xAI的巨像超級電腦在122天內建成，擁有10萬個GPU。",
        [
            {"type": BUILD, "subject": "Colossus", "quantity": 122.0},
            {"type": CS, "subject": "Colossus", "quantity": 100_000.0, "status": "operational"},
        ],
    ),
    (
        "zh",
        "OpenAI傳出正以1500億美元估值洽談募資65億美元。",
        [
            {
                "type": FR,
                "subject": "OpenAI",
                "amount_usd": 6.5e9,
                "valuation_usd": 150e9,
                "status": "reported",
            }
        ],
    ),
    (
        "zh",
        "xAI否认了正在筹集数十亿美元资金的报道。",
        [{"type": FR, "subject": "xAI", "amount": None, "qualifier": "approx", "status": "denied"}],
    ),
    ("zh", "微软计划本财年投资800亿美元建设AI数据中心。", []),
    # --- Japanese --------------------------------------------------------------------------
    (
        "ja",
        "米xAIは60億ドルの資金調達を完了し、企業価値は240億ドルに達した。",
        [
            {
                "type": FR,
                "subject": "xAI",
                "amount_usd": 6e9,
                "valuation_usd": 24e9,
                "status": "closed",
            }
        ],
    ),
    (
        "ja",
        "関係者によると、オープンAIは最大400億ドルの資金調達に向けて協議している。",
        [
            {
                "type": FR,
                "subject": "OpenAI",
                "amount_usd": 40e9,
                "qualifier": "at_most",
                "status": "reported",
            }
        ],
    ),
    (
        "ja",
        "エヌビディアのH100を約10万個搭載したスーパーコンピューター「コロッサス」は、"
        "わずか122日で構築された。",
        [
            {
                "type": CS,
                "subject": "Colossus",
                "chip_model": "H100-SXM",
                "quantity": 100_000.0,
                "qualifier": "approx",
                "status": "operational",
            },
            {"type": BUILD, "subject": "Colossus", "quantity": 122.0},
        ],
    ),
    (
        "ja",
        "メタは年末までにH100を35万個保有する計画だ。",
        [
            {
                "type": HOLD,
                "subject": "Meta",
                "chip_model": "H100-SXM",
                "quantity": 350_000.0,
                "status": "planned",
                "as_of": "2024-12",
            }
        ],
    ),
    (
        "ja",
        "アンソロピックは企業価値615億ドルで35億ドルを調達した。",
        [
            {
                "type": FR,
                "subject": "Anthropic",
                "amount_usd": 3.5e9,
                "valuation_usd": 61.5e9,
                "status": "closed",
            }
        ],
    ),
    ("ja", "エヌビディアのH100の価格は1個あたり約4万ドルとされる。", []),
    ("ja", "xAIは今年に入ってから累計で120億ドルを調達している。", []),
    (
        "ja",
        "マイクロソフトは数十万個のGB200を導入する計画だ。",
        [
            {
                "type": HOLD,
                "subject": "Microsoft",
                "chip_model": "GB200",
                "quantity": None,
                "qualifier": "approx",
                "status": "planned",
            }
        ],
    ),
    (
        "ja",
        "テスラのCortexでは約5万個のH100が稼働している。",
        [
            {
                "type": CS,
                "subject": "Cortex",
                "chip_model": "H100-SXM",
                "quantity": 50_000.0,
                "qualifier": "approx",
                "status": "operational",
            }
        ],
    ),
    (
        "ja",
        "ミストラルAIは6億ユーロを調達した。",
        [
            {
                "type": FR,
                "subject": "Mistral AI",
                "amount": 600e6,
                "currency": "EUR",
                "amount_usd": None,
                "status": "closed",
            }
        ],
    ),
    (
        "ja",
        "オープンAIが数十億ドル規模の資金調達を検討していると報じられた。",
        [
            {
                "type": FR,
                "subject": "OpenAI",
                "amount": None,
                "qualifier": "approx",
                "status": "reported",
            }
        ],
    ),
    ("ja", "マイクロソフトは今年度、AIデータセンターに800億ドルを投じる。", []),
    # --- German ----------------------------------------------------------------------------
    (
        "de",
        "Das Start-up Mistral AI hat in einer Finanzierungsrunde 600 Millionen Euro "
        "eingesammelt und wird nun mit rund 5,8 Milliarden Euro bewertet.",
        [
            {
                "type": FR,
                "subject": "Mistral AI",
                "amount": 600e6,
                "currency": "EUR",
                "amount_usd": None,
                "valuation": 5.8e9,
                "valuation_currency": "EUR",
                "valuation_usd": None,
                "status": "closed",
            }
        ],
    ),
    (
        "de",
        "Nach Informationen des Handelsblatts verhandelt OpenAI über eine Finanzierung von bis "
        "zu 40 Milliarden Dollar.",
        [
            {
                "type": FR,
                "subject": "OpenAI",
                "amount_usd": 40e9,
                "qualifier": "at_most",
                "status": "reported",
            }
        ],
    ),
    (
        "de",
        "Meta will bis Jahresende rund 350.000 H100-Grafikprozessoren von Nvidia im Einsatz haben.",
        [
            {
                "type": HOLD,
                "subject": "Meta",
                "chip_model": "H100-SXM",
                "quantity": 350_000.0,
                "qualifier": "approx",
                "status": "planned",
                "as_of": "2024-12",
            }
        ],
    ),
    (
        "de",
        "Der Supercomputer Colossus in Memphis umfasst derzeit 100.000 Nvidia-GPUs vom Typ H100.",
        [
            {
                "type": CS,
                "subject": "Colossus",
                "chip_model": "H100-SXM",
                "quantity": 100_000.0,
                "status": "operational",
            }
        ],
    ),
    (
        "de",
        "xAI soll weitere 6 Milliarden Dollar eingesammelt haben.",
        [{"type": FR, "subject": "xAI", "amount_usd": 6e9, "status": "reported"}],
    ),
    (
        "de",
        "Insgesamt hat Anthropic seit seiner Gründung mehr als 14 Milliarden Dollar eingesammelt.",
        [],
    ),
    ("de", "Ein einzelner H100-Chip von Nvidia kostet rund 30.000 Dollar.", []),
    (
        "de",
        "Tesla betreibt in seinem Rechenzentrum Cortex etwa 50.000 H100-Chips.",
        [
            {
                "type": CS,
                "subject": "Cortex",
                "chip_model": "H100-SXM",
                "quantity": 50_000.0,
                "qualifier": "approx",
                "status": "operational",
            }
        ],
    ),
    (
        "de",
        "Der JUPITER-Rechner in Jülich soll knapp 24.000 GH200-Superchips erhalten.",
        [
            {
                "type": CS,
                "subject": "JUPITER",
                "chip_model": "GH200",
                "quantity": 24_000.0,
                "qualifier": "at_most",
                "status": "planned",
            }
        ],
    ),
    (
        "de",
        "Anthropic dementierte Berichte, wonach das Unternehmen fünf Milliarden Dollar "
        "aufnehmen wolle.",
        [{"type": FR, "subject": "Anthropic", "amount_usd": 5e9, "status": "denied"}],
    ),
    (
        "de",
        "Microsoft investiert in den kommenden zwei Jahren 3,2 Milliarden Euro in "
        "KI-Infrastruktur und Rechenzentren in Deutschland.",
        [],
    ),
    (
        "de",
        "Die Bewertung von xAI soll sich auf 50 Milliarden Dollar verdoppelt haben.",
        [{"type": VAL, "subject": "xAI", "valuation_usd": 50e9, "status": "reported"}],
    ),
    (
        "de",
        "Mistral AI will laut Insidern mehrere Milliarden Euro einsammeln.",
        [
            {
                "type": FR,
                "subject": "Mistral AI",
                "amount": None,
                "qualifier": "approx",
                "status": "reported",
            }
        ],
    ),
    # --- French ----------------------------------------------------------------------------
    (
        "fr",
        "La start-up française Mistral AI a levé 600 millions d'euros, ce qui la valorise à "
        "près de 6 milliards d'euros.",
        [
            {
                "type": FR,
                "subject": "Mistral AI",
                "amount": 600e6,
                "currency": "EUR",
                "amount_usd": None,
                "valuation": 6e9,
                "valuation_currency": "EUR",
                "valuation_usd": None,
                "status": "closed",
            }
        ],
    ),
    (
        "fr",
        "Selon Bloomberg, OpenAI discute d'une levée de fonds pouvant atteindre 40 milliards "
        "de dollars.",
        [
            {
                "type": FR,
                "subject": "OpenAI",
                "amount_usd": 40e9,
                "qualifier": "at_most",
                "status": "reported",
            }
        ],
    ),
    (
        "fr",
        "xAI compte doubler la taille de Colossus pour atteindre 200 000 GPU.",
        [{"type": CS, "subject": "Colossus", "quantity": 200_000.0, "status": "planned"}],
    ),
    (
        "fr",
        "Meta disposera d'environ 350\u202f000 puces H100 de Nvidia d'ici la fin de l'année.",
        [
            {
                "type": HOLD,
                "subject": "Meta",
                "chip_model": "H100-SXM",
                "quantity": 350_000.0,
                "qualifier": "approx",
                "status": "planned",
                "as_of": "2024-12",
            }
        ],
    ),
    (
        "fr",
        "Anthropic a levé au total plus de 14 milliards de dollars depuis sa création.",
        [],
    ),
    ("fr", "Le prix d'une puce H100 de Nvidia avoisine les 30 000 dollars.", []),
    (
        "fr",
        "Emmanuel Macron a annoncé 109 milliards d'euros d'investissements dans l'intelligence "
        "artificielle, dont une partie pour Mistral AI.",
        [],
    ),
    (
        "fr",
        "Mistral AI a démenti être en discussions pour lever 1 milliard d'euros.",
        [
            {
                "type": FR,
                "subject": "Mistral AI",
                "amount": 1e9,
                "currency": "EUR",
                "amount_usd": None,
                "status": "denied",
            }
        ],
    ),
    (
        "fr",
        "Le supercalculateur JUPITER compte près de 24 000 superpuces GH200.",
        [
            {
                "type": CS,
                "subject": "JUPITER",
                "chip_model": "GH200",
                "quantity": 24_000.0,
                "qualifier": "at_most",
                "status": "operational",
            }
        ],
    ),
    (
        "fr",
        "Anthropic serait désormais valorisée 61,5 milliards de dollars.",
        [{"type": VAL, "subject": "Anthropic", "valuation_usd": 61.5e9, "status": "reported"}],
    ),
    (
        "fr",
        "Mistral AI lèverait plusieurs milliards d'euros auprès de fonds américains.",
        [
            {
                "type": FR,
                "subject": "Mistral AI",
                "amount": None,
                "qualifier": "approx",
                "status": "reported",
            }
        ],
    ),
    # --- Spanish ---------------------------------------------------------------------------
    (
        "es",
        "xAI, la empresa de inteligencia artificial de Elon Musk, ha cerrado una ronda de "
        "financiación de 6.000 millones de dólares con una valoración de 24.000 millones.",
        [
            {
                "type": FR,
                "subject": "xAI",
                "amount_usd": 6e9,
                "valuation_usd": 24e9,
                "status": "closed",
            }
        ],
    ),
    (
        "es",
        "OpenAI negocia una ronda de hasta 40.000 millones de dólares, según fuentes "
        "conocedoras de la operación.",
        [
            {
                "type": FR,
                "subject": "OpenAI",
                "amount_usd": 40e9,
                "qualifier": "at_most",
                "status": "reported",
            }
        ],
    ),
    (
        "es",
        "Meta prevé contar con unos 350.000 procesadores gráficos H100 a finales de este año.",
        [
            {
                "type": HOLD,
                "subject": "Meta",
                "chip_model": "H100-SXM",
                "quantity": 350_000.0,
                "qualifier": "approx",
                "status": "planned",
                "as_of": "2024-12",
            }
        ],
    ),
    (
        "es",
        "El superordenador Colossus de xAI funciona con 100.000 chips H100 de Nvidia.",
        [
            {
                "type": CS,
                "subject": "Colossus",
                "chip_model": "H100-SXM",
                "quantity": 100_000.0,
                "status": "operational",
            }
        ],
    ),
    (
        "es",
        "Anthropic ha recaudado más de 14.000 millones de dólares desde su fundación.",
        [],
    ),
    ("es", "Cada chip H100 de Nvidia cuesta alrededor de 30.000 dólares.", []),
    (
        "es",
        "Mistral AI está en conversaciones para captar 1.000 millones de euros.",
        [
            {
                "type": FR,
                "subject": "Mistral AI",
                "amount": 1e9,
                "currency": "EUR",
                "amount_usd": None,
                "status": "reported",  # talks are reported (guidelines, "Status")
            }
        ],
    ),
    (
        "es",
        "Microsoft invertirá 2.100 millones de dólares en infraestructura de nube e "
        "inteligencia artificial en España.",
        [],
    ),
    (
        "es",
        "La valoración de Anthropic asciende a 61.500 millones de dólares.",
        [{"type": VAL, "subject": "Anthropic", "valuation_usd": 61.5e9, "status": "closed"}],
    ),
    (
        "es",
        "CoreWeave opera más de 250.000 GPU repartidas en 32 centros de datos.",
        [
            {
                "type": HOLD,
                "subject": "CoreWeave",
                "quantity": 250_000.0,
                "qualifier": "at_least",
                "status": "operational",
            }
        ],
    ),
    ("es", "Tesla añadirá otras 50.000 GPU H100 a Cortex.", []),
    # --- Portuguese ------------------------------------------------------------------------
    (
        "pt",
        "A xAI, de Elon Musk, levantou US$ 6 bilhões em uma rodada de investimentos que "
        "avaliou a empresa em US$ 24 bilhões.",
        [
            {
                "type": FR,
                "subject": "xAI",
                "amount_usd": 6e9,
                "valuation_usd": 24e9,
                "status": "closed",
            }
        ],
    ),
    (
        "pt",
        "A OpenAI estaria negociando uma captação de até US$ 40 bilhões, segundo pessoas a par "
        "do assunto.",
        [
            {
                "type": FR,
                "subject": "OpenAI",
                "amount_usd": 40e9,
                "qualifier": "at_most",
                "status": "reported",
            }
        ],
    ),
    (
        "pt",
        "A Meta pretende ter cerca de 350 mil GPUs H100 até o fim do ano.",
        [
            {
                "type": HOLD,
                "subject": "Meta",
                "chip_model": "H100-SXM",
                "quantity": 350_000.0,
                "qualifier": "approx",
                "status": "planned",
                "as_of": "2024-12",
            }
        ],
    ),
    (
        "pt",
        "O supercomputador Colossus, da xAI, opera com 100 mil GPUs da Nvidia.",
        [{"type": CS, "subject": "Colossus", "quantity": 100_000.0, "status": "operational"}],
    ),
    ("pt", "A Anthropic já captou mais de US$ 14 bilhões desde sua fundação.", []),
    ("pt", "Cada chip H100 da Nvidia custa cerca de US$ 30 mil.", []),
    (
        "pt",
        "A Mistral AI captou 600 milhões de euros e passou a valer 5,8 bilhões de euros.",
        [
            {
                "type": FR,
                "subject": "Mistral AI",
                "amount": 600e6,
                "currency": "EUR",
                "amount_usd": None,
                "valuation": 5.8e9,
                "valuation_currency": "EUR",
                "valuation_usd": None,
                "status": "closed",
            }
        ],
    ),
    (
        "pt",
        "A Microsoft vai investir R$ 14,7 bilhões em infraestrutura de nuvem e inteligência "
        "artificial no Brasil.",
        [],
    ),
    (
        "pt",
        "A xAI negou que esteja captando US$ 10 bilhões.",
        [{"type": FR, "subject": "xAI", "amount_usd": 10e9, "status": "denied"}],
    ),
    (
        "pt",
        "O data center Stargate Abilene poderá abrigar até 400 mil chips GB200.",
        [
            {
                "type": CS,
                "subject": "Stargate Abilene",
                "chip_model": "GB200",
                "quantity": 400_000.0,
                "qualifier": "at_most",
                "status": "planned",
            }
        ],
    ),
    (
        "pt",
        "A Anthropic é avaliada em US$ 61,5 bilhões.",
        [{"type": VAL, "subject": "Anthropic", "valuation_usd": 61.5e9, "status": "closed"}],
    ),
    # --- Italian ---------------------------------------------------------------------------
    (
        "it",
        "La start-up xAI di Elon Musk ha raccolto 6 miliardi di dollari in un round che la "
        "valuta 24 miliardi.",
        [
            {
                "type": FR,
                "subject": "xAI",
                "amount_usd": 6e9,
                "valuation_usd": 24e9,
                "status": "closed",
            }
        ],
    ),
    (
        "it",
        "Secondo Bloomberg, OpenAI sarebbe in trattative per raccogliere fino a 40 miliardi di "
        "dollari.",
        [
            {
                "type": FR,
                "subject": "OpenAI",
                "amount_usd": 40e9,
                "qualifier": "at_most",
                "status": "reported",
            }
        ],
    ),
    (
        "it",
        "Meta punta ad avere circa 350.000 GPU H100 entro la fine dell'anno.",
        [
            {
                "type": HOLD,
                "subject": "Meta",
                "chip_model": "H100-SXM",
                "quantity": 350_000.0,
                "qualifier": "approx",
                "status": "planned",
                "as_of": "2024-12",
            }
        ],
    ),
    (
        "it",
        "Il supercomputer Colossus di xAI conta 100.000 GPU H100 di Nvidia.",
        [
            {
                "type": CS,
                "subject": "Colossus",
                "chip_model": "H100-SXM",
                "quantity": 100_000.0,
                "status": "operational",
            }
        ],
    ),
    ("it", "Anthropic ha raccolto finora oltre 14 miliardi di dollari.", []),
    ("it", "Un singolo chip H100 di Nvidia costa circa 30.000 dollari.", []),
    (
        "it",
        "Mistral AI ha chiuso un round da 600 milioni di euro.",
        [
            {
                "type": FR,
                "subject": "Mistral AI",
                "amount": 600e6,
                "currency": "EUR",
                "amount_usd": None,
                "status": "closed",
            }
        ],
    ),
    (
        "it",
        "Microsoft investirà 4,3 miliardi di euro in infrastrutture per l'intelligenza "
        "artificiale in Italia.",
        [],
    ),
    (
        "it",
        "xAI ha smentito di essere in trattative per raccogliere 10 miliardi di dollari.",
        [{"type": FR, "subject": "xAI", "amount_usd": 10e9, "status": "denied"}],
    ),
    (
        "it",
        "Il data center Hyperion di Meta in Louisiana ospiterà centinaia di migliaia di GPU.",
        [
            {
                "type": CS,
                "subject": "Hyperion",
                "quantity": None,
                "qualifier": "approx",
                "status": "planned",
            }
        ],
    ),
    (
        "it",
        "La valutazione di Anthropic sarebbe salita a 61,5 miliardi di dollari.",
        [{"type": VAL, "subject": "Anthropic", "valuation_usd": 61.5e9, "status": "reported"}],
    ),
    # --- Russian ---------------------------------------------------------------------------
    (
        "ru",
        "Компания xAI Илона Маска привлекла $6 млрд в ходе раунда серии B при оценке в $24 млрд.",
        [
            {
                "type": FR,
                "subject": "xAI",
                "amount_usd": 6e9,
                "valuation_usd": 24e9,
                "status": "closed",
            }
        ],
    ),
    (
        "ru",
        "По данным Bloomberg, OpenAI ведет переговоры о привлечении до $40 млрд.",
        [
            {
                "type": FR,
                "subject": "OpenAI",
                "amount_usd": 40e9,
                "qualifier": "at_most",
                "status": "reported",
            }
        ],
    ),
    (
        "ru",
        "К концу года Meta планирует располагать примерно 350 тыс. графических процессоров H100.",
        [
            {
                "type": HOLD,
                "subject": "Meta",
                "chip_model": "H100-SXM",
                "quantity": 350_000.0,
                "qualifier": "approx",
                "status": "planned",
                "as_of": "2024-12",
            }
        ],
    ),
    (
        "ru",
        "Суперкомпьютер Colossus компании xAI насчитывает 100 000 ускорителей Nvidia H100.",
        [
            {
                "type": CS,
                "subject": "Colossus",
                "chip_model": "H100-SXM",
                "quantity": 100_000.0,
                "status": "operational",
            }
        ],
    ),
    (
        "ru",
        "С момента основания Anthropic привлекла в общей сложности более $14 млрд.",
        [],
    ),
    ("ru", "Один ускоритель H100 от Nvidia стоит около $30 тыс.", []),
    (
        "ru",
        "Mistral AI привлекла 600 млн евро.",
        [
            {
                "type": FR,
                "subject": "Mistral AI",
                "amount": 600e6,
                "currency": "EUR",
                "amount_usd": None,
                "status": "closed",
            }
        ],
    ),
    ("ru", "Microsoft инвестирует 80 млрд долларов в строительство дата-центров для ИИ.", []),
    (
        "ru",
        "В xAI опровергли сообщения о привлечении $10 млрд.",
        [{"type": FR, "subject": "xAI", "amount_usd": 10e9, "status": "denied"}],
    ),
    (
        "ru",
        "Оценка Anthropic составила 61,5 млрд долларов.",
        [{"type": VAL, "subject": "Anthropic", "valuation_usd": 61.5e9, "status": "closed"}],
    ),
    (
        "ru",
        "Оценка OpenAI может вырасти примерно до 300 млрд долларов.",
        [
            {  # a valuation that may come is a deal's price in talks: reported, not a plan
                "type": VAL,
                "subject": "OpenAI",
                "valuation_usd": 300e9,
                "qualifier": "approx",
                "status": "reported",
            }
        ],
    ),
    (
        "ru",
        "Meta планирует разместить в дата-центре Hyperion сотни тысяч GPU.",
        [
            {
                "type": CS,
                "subject": "Hyperion",
                "quantity": None,
                "qualifier": "approx",
                "status": "planned",
            }
        ],
    ),
    # --- harder probes: headlines, attributions, nested clauses, several figures -----------
    (
        "en",
        "Exclusive: Anthropic in talks to raise up to $5 billion at $170 billion valuation "
        "- sources",
        [
            {
                "type": FR,
                "subject": "Anthropic",
                "amount_usd": 5e9,
                "qualifier": "at_most",
                "valuation_usd": 170e9,
                "status": "reported",
            }
        ],
    ),
    (
        "en",
        "OpenAI, which was founded in 2015 and counts Microsoft among its biggest backers, said "
        "on Wednesday it had closed a $6.6 billion round led by Thrive Capital that values it "
        "at $157 billion.",
        [
            {
                "type": FR,
                "subject": "OpenAI",
                "amount_usd": 6.6e9,
                "valuation_usd": 157e9,
                "status": "closed",
            }
        ],
    ),
    (
        "en",
        "Microsoft will buy up to 1.8 million GPUs by the end of the year, according to "
        "internal documents seen by Business Insider.",
        [],
    ),
    (
        "en",
        "CoreWeave said it had roughly 250,000 GPUs in operation at the end of the quarter, up "
        "from 53,000 a year earlier.",
        [
            {
                "type": HOLD,
                "subject": "CoreWeave",
                "quantity": 250_000.0,
                "qualifier": "approx",
                "status": "operational",
            }
        ],
    ),
    (
        "en",
        "Meta's Hyperion site in Louisiana could eventually scale to 5 gigawatts, Zuckerberg "
        "wrote.",
        [{"type": POWER, "subject": "Hyperion", "quantity": 5000.0, "status": "planned"}],
    ),
    (
        "id",
        "Mengutip Bloomberg, xAI tengah dalam tahap akhir pembicaraan untuk menghimpun dana "
        "sekitar US$10 miliar dengan valuasi sekitar US$200 miliar.",
        [
            {
                "type": FR,
                "subject": "xAI",
                "amount_usd": 10e9,
                "qualifier": "approx",
                "valuation_usd": 200e9,
                "status": "reported",
            }
        ],
    ),
    (
        "id",
        "Di sisi lain, Anthropic yang didukung Amazon dan Google baru saja meraup pendanaan "
        "Seri F senilai US$13 miliar.",
        [{"type": FR, "subject": "Anthropic", "amount_usd": 13e9, "status": "closed"}],
    ),
    (
        "id",
        "Nvidia disebut telah mengirimkan lebih dari 500.000 GPU H100 ke Meta dan Microsoft "
        "sepanjang tahun lalu.",
        [],
    ),
    (
        "id",
        "OpenAI Resmi Kantongi Dana Rp 105 Triliun",
        [
            {
                "type": FR,
                "subject": "OpenAI",
                "amount": 105e12,
                "currency": "IDR",
                "amount_usd": None,
                "status": "closed",
            }
        ],
    ),
    (
        "id",
        "Meta akan memiliki 1,3 juta GPU pada akhir 2025, kata Zuckerberg.",
        [
            {
                "type": HOLD,
                "subject": "Meta",
                "quantity": 1.3e6,
                "status": "planned",
                "as_of": "2025-12",
            }
        ],
    ),
    (
        "zh",
        "【36氪获悉】月之暗面近日完成新一轮超10亿美元融资，由腾讯、高瓴等跟投，投后估值约为43亿美元。",
        [
            {
                "type": FR,
                "subject": "Moonshot AI",
                "amount_usd": 1e9,
                "qualifier": "at_least",
                "valuation_usd": 4.3e9,
                "status": "closed",
            }
        ],
    ),
    (
        "zh",
        "xAI拟以2000亿美元估值融资100亿美元",
        [
            {
                "type": FR,
                "subject": "xAI",
                "amount_usd": 10e9,
                "valuation_usd": 200e9,
                "status": "planned",
            }
        ],
    ),
    ("zh", "鉅亨網報導，輝達已向Meta交付逾35萬顆H100晶片。", []),
    (
        "zh",
        "Anthropic完成130億美元F輪融資，投後估值達1830億美元。",
        [
            {
                "type": FR,
                "subject": "Anthropic",
                "amount_usd": 13e9,
                "valuation_usd": 183e9,
                "status": "closed",
            }
        ],
    ),
    (
        "zh",
        "Meta在路易斯安那州建设的Hyperion数据中心，功率最终将达到5吉瓦。",
        [{"type": POWER, "subject": "Hyperion", "quantity": 5000.0, "status": "planned"}],
    ),
    (
        "ja",
        "米アンソロピック、企業価値1830億ドルで130億ドル調達",
        [
            {
                "type": FR,
                "subject": "Anthropic",
                "amount_usd": 13e9,
                "valuation_usd": 183e9,
                "status": "closed",
            }
        ],
    ),
    (
        "ja",
        "米ブルームバーグ通信によると、xAIは約100億ドルの資金調達に向けて最終調整に入った。",
        [
            {
                "type": FR,
                "subject": "xAI",
                "amount_usd": 10e9,
                "qualifier": "approx",
                "status": "reported",
            }
        ],
    ),
    (
        "ja",
        "メタはルイジアナ州のHyperionの電力容量を最終的に5ギガワットまで拡大する。",
        [{"type": POWER, "subject": "Hyperion", "quantity": 5000.0, "status": "planned"}],
    ),
    (
        "ja",
        "米マイクロソフトは、ウィスコンシン州のデータセンター「Fairwater」に数十万個のGB200を"
        "導入すると発表した。",
        [
            {
                "type": CS,
                "subject": "Fairwater",
                "chip_model": "GB200",
                "quantity": None,
                "qualifier": "approx",
                "status": "planned",
            }
        ],
    ),
    ("ja", "メタはH100換算で約60万個分の計算能力を持つ。", []),
    (
        "de",
        "KI-Start-up Anthropic sammelt 13 Milliarden Dollar ein – Bewertung steigt auf 183 "
        "Milliarden",
        [
            {
                "type": FR,
                "subject": "Anthropic",
                "amount_usd": 13e9,
                "valuation_usd": 183e9,
                "status": "closed",
            }
        ],
    ),
    (
        "de",
        "Wie das Handelsblatt unter Berufung auf Insider berichtet, strebt xAI eine Bewertung "
        "von rund 200 Milliarden Dollar an.",
        [
            {
                "type": VAL,
                "subject": "xAI",
                "valuation_usd": 200e9,
                "qualifier": "approx",
                "status": "reported",
            }
        ],
    ),
    (
        "de",
        "Der Rechenzentrumsbetreiber CoreWeave verfügt nach eigenen Angaben über mehr als "
        "250.000 GPUs, verteilt auf 32 Rechenzentren.",
        [
            {
                "type": HOLD,
                "subject": "CoreWeave",
                "quantity": 250_000.0,
                "qualifier": "at_least",
                "status": "operational",
            }
        ],
    ),
    (
        "de",
        "Insgesamt will Meta bis Ende 2025 mehr als 1,3 Millionen GPUs betreiben.",
        [
            {
                "type": HOLD,
                "subject": "Meta",
                "quantity": 1.3e6,
                "qualifier": "at_least",
                "status": "planned",
                "as_of": "2025-12",
            }
        ],
    ),
    (
        "de",
        "Nvidia hat im vergangenen Jahr rund 500.000 H100-Chips an Meta und Microsoft "
        "ausgeliefert.",
        [],
    ),
    (
        "fr",
        "Mistral AI lève 1,7 milliard d'euros et est désormais valorisée 11,7 milliards",
        [
            {
                "type": FR,
                "subject": "Mistral AI",
                "amount": 1.7e9,
                "currency": "EUR",
                "amount_usd": None,
                "valuation": 11.7e9,
                "valuation_currency": "EUR",
                "valuation_usd": None,
                "status": "closed",
            }
        ],
    ),
    (
        "fr",
        "D'après Les Echos, Mistral AI serait en discussions pour lever environ 1 milliard "
        "d'euros auprès de fonds du Golfe.",
        [
            {
                "type": FR,
                "subject": "Mistral AI",
                "amount": 1e9,
                "currency": "EUR",
                "amount_usd": None,
                "qualifier": "approx",
                "status": "reported",
            }
        ],
    ),
    (
        "fr",
        "Le centre de données Stargate Abilene, au Texas, accueillera à terme jusqu'à 400 000 "
        "puces GB200 et consommera 1,2 gigawatt.",
        [
            {
                "type": CS,
                "subject": "Stargate Abilene",
                "chip_model": "GB200",
                "quantity": 400_000.0,
                "qualifier": "at_most",
                "status": "planned",
            },
            {"type": POWER, "subject": "Stargate Abilene", "quantity": 1200.0, "status": "planned"},
        ],
    ),
    ("fr", "xAI a acheté 100 000 GPU supplémentaires pour Colossus.", []),
    (
        "fr",
        "Anthropic, qui a déjà levé plus de 27 milliards de dollars au total, négocie un "
        "nouveau tour de table de 5 milliards.",
        [{"type": FR, "subject": "Anthropic", "amount_usd": 5e9, "status": "reported"}],  # talks
    ),
    (
        "es",
        "OpenAI cierra una ronda de 40.000 millones de dólares liderada por SoftBank",
        [{"type": FR, "subject": "OpenAI", "amount_usd": 40e9, "status": "closed"}],
    ),
    (
        "es",
        "Según ha podido saber Expansión, xAI negocia captar unos 10.000 millones de dólares "
        "con una valoración cercana a los 200.000 millones.",
        [
            {
                "type": FR,
                "subject": "xAI",
                "amount_usd": 10e9,
                "qualifier": "approx",
                "valuation_usd": 200e9,
                "status": "reported",
            }
        ],
    ),
    (
        "es",
        "Meta tendrá más de 1,3 millones de GPU a finales de 2025, según Zuckerberg.",
        [
            {
                "type": HOLD,
                "subject": "Meta",
                "quantity": 1.3e6,
                "qualifier": "at_least",
                "status": "planned",
                "as_of": "2025-12",
            }
        ],
    ),
    (
        "es",
        "El centro de datos Fairwater de Microsoft en Wisconsin albergará cientos de miles de "
        "GPU GB200.",
        [
            {
                "type": CS,
                "subject": "Fairwater",
                "chip_model": "GB200",
                "quantity": None,
                "qualifier": "approx",
                "status": "planned",
            }
        ],
    ),
    ("es", "Nvidia vendió el año pasado unas 500.000 GPU H100 a Meta y Microsoft.", []),
    (
        "pt",
        "Anthropic capta US$ 13 bilhões e passa a valer US$ 183 bilhões",
        [
            {
                "type": FR,
                "subject": "Anthropic",
                "amount_usd": 13e9,
                "valuation_usd": 183e9,
                "status": "closed",
            }
        ],
    ),
    (
        "pt",
        "Segundo a Bloomberg, a xAI está em negociações para levantar cerca de US$ 10 bilhões "
        "(R$ 54 bilhões) com avaliação de US$ 200 bilhões.",
        [
            {
                "type": FR,
                "subject": "xAI",
                "amount_usd": 10e9,
                "qualifier": "approx",
                "valuation_usd": 200e9,
                "status": "reported",
            }
        ],
    ),
    (
        "pt",
        "A Meta terá mais de 1,3 milhão de GPUs até o fim de 2025.",
        [
            {
                "type": HOLD,
                "subject": "Meta",
                "quantity": 1.3e6,
                "qualifier": "at_least",
                "status": "planned",
                "as_of": "2025-12",
            }
        ],
    ),
    (
        "pt",
        "O Colossus 2, da xAI, deve abrigar cerca de 550 mil chips GB200 e GB300.",
        [
            {
                "type": CS,
                "subject": "Colossus 2",
                "chip_model": None,
                "quantity": 550_000.0,
                "qualifier": "approx",
                "status": "planned",
            }
        ],
    ),
    ("pt", "A Nvidia vendeu cerca de 500 mil GPUs H100 para a Meta no ano passado.", []),
    (
        "it",
        "Anthropic raccoglie 13 miliardi di dollari, valutazione a 183 miliardi",
        [
            {
                "type": FR,
                "subject": "Anthropic",
                "amount_usd": 13e9,
                "valuation_usd": 183e9,
                "status": "closed",
            }
        ],
    ),
    (
        "it",
        "Secondo quanto riportato dal Financial Times, xAI starebbe trattando un aumento di "
        "capitale da circa 10 miliardi di dollari.",
        [
            {
                "type": FR,
                "subject": "xAI",
                "amount_usd": 10e9,
                "qualifier": "approx",
                "status": "reported",
            }
        ],
    ),
    (
        "it",
        "Meta avrà oltre 1,3 milioni di GPU entro la fine del 2025.",
        [
            {
                "type": HOLD,
                "subject": "Meta",
                "quantity": 1.3e6,
                "qualifier": "at_least",
                "status": "planned",
                "as_of": "2025-12",
            }
        ],
    ),
    (
        "it",
        "Il supercomputer Colossus 2 di xAI ospiterà circa 550.000 chip GB200 e GB300.",
        [
            {
                "type": CS,
                "subject": "Colossus 2",
                "chip_model": None,
                "quantity": 550_000.0,
                "qualifier": "approx",
                "status": "planned",
            }
        ],
    ),
    ("it", "Nvidia ha consegnato lo scorso anno circa 500.000 GPU H100 a Meta.", []),
    (
        "ru",
        "Anthropic привлекла $13 млрд при оценке в $183 млрд",
        [
            {
                "type": FR,
                "subject": "Anthropic",
                "amount_usd": 13e9,
                "valuation_usd": 183e9,
                "status": "closed",
            }
        ],
    ),
    (
        "ru",
        "Как сообщает РБК со ссылкой на источники, xAI ведет переговоры о привлечении около "
        "$10 млрд.",
        [
            {
                "type": FR,
                "subject": "xAI",
                "amount_usd": 10e9,
                "qualifier": "approx",
                "status": "reported",
            }
        ],
    ),
    (
        "ru",
        "К концу 2025 года у Meta будет более 1,3 млн GPU.",
        [
            {
                "type": HOLD,
                "subject": "Meta",
                "quantity": 1.3e6,
                "qualifier": "at_least",
                "status": "planned",
                "as_of": "2025-12",
            }
        ],
    ),
    (
        "ru",
        "Суперкомпьютер Colossus 2 будет оснащен примерно 550 тыс. чипов GB200 и GB300.",
        [
            {
                "type": CS,
                "subject": "Colossus 2",
                "chip_model": None,
                "quantity": 550_000.0,
                "qualifier": "approx",
                "status": "planned",
            }
        ],
    ),
    ("ru", "Nvidia поставила Meta около 500 тыс. ускорителей H100 в прошлом году.", []),
    # --- third batch (written after the first fixes; measured before its own fixes) --------
    (
        "en",
        "Oracle said the Stargate Abilene site, where construction costs have topped $15 "
        "billion, will eventually house about 400,000 GB200 chips.",
        [
            {
                "type": CS,
                "subject": "Stargate Abilene",
                "chip_model": "GB200",
                "quantity": 400_000.0,
                "qualifier": "approx",
                "status": "planned",
            }
        ],
    ),
    (
        "en",
        "Crusoe's new cluster comprises 13,000 AMD MI300X GPUs backed by 1.2 million CPU cores.",
        [
            {
                "type": CS,
                "subject": "Crusoe",
                "chip_model": "MI300X",
                "quantity": 13_000.0,
                "status": "operational",
            }
        ],
    ),
    (
        "en",
        "Anthropic is raising $13 billion in a round that values it at $183 billion, up from "
        "$61.5 billion in March.",
        [
            {
                "type": FR,
                "subject": "Anthropic",
                "amount_usd": 13e9,
                "valuation_usd": 183e9,
                "status": "planned",
            }
        ],
    ),
    (
        "en",
        "Each Nvidia H100 costs between $25,000 and $30,000, and a single server holds eight "
        "of them alongside 112 CPU cores.",
        [],
    ),
    (
        "id",
        "Dalam keterangan resminya, Moonshot AI menyebut pendanaan Seri C senilai US$1 miliar "
        "(sekitar Rp16 triliun) itu dipimpin oleh Alibaba.",
        [{"type": FR, "subject": "Moonshot AI", "amount_usd": 1e9, "status": "closed"}],
    ),
    (
        "id",
        "xAI menggelontorkan sekitar Rp 300 triliun untuk membangun pusat data Colossus 2.",
        [],
    ),
    ("id", "Setiap server berisi delapan GPU H100 dengan 112 inti CPU.", []),
    (
        "id",
        "Jumlah GPU di Colossus akan ditingkatkan hingga 1 juta unit, kata Musk.",
        [
            {
                "type": CS,
                "subject": "Colossus",
                "quantity": 1e6,
                # "hingga" after a growth verb is a target ("increased to"), not "up to"
                "qualifier": "exact",
                "status": "planned",
            }
        ],
    ),
    (
        "zh",
        "OpenAI首席执行官奥特曼表示，公司将在今年年底前上线超过100万块GPU。",
        [
            {
                "type": HOLD,
                "subject": "OpenAI",
                "quantity": 1e6,
                "qualifier": "at_least",
                "status": "planned",
                "as_of": "2024-12",
            }
        ],
    ),
    (
        "zh",
        "据彭博社报道，xAI正以约2000亿美元的估值寻求融资。",
        [{"type": VAL, "subject": "xAI", "valuation_usd": 200e9, "status": "reported"}],
    ),
    ("zh", "英伟达H100单价高达3万至4万美元。", []),
    ("zh", "阿里巴巴宣布未来三年将投入超过3800亿元人民币建设云和AI硬件基础设施。", []),
    (
        "ja",
        "ソフトバンクグループは、オープンAIの企業価値を3000億ドルと評価する資金調達ラウンドを"
        "主導した。",
        [{"type": VAL, "subject": "OpenAI", "valuation_usd": 300e9, "status": "closed"}],
    ),
    (
        "ja",
        "xAIは、メンフィスのコロッサスにエヌビディア製GPUを追加で10万個導入する方針だ。",
        [],
    ),
    ("ja", "1台のサーバーにH100を8個搭載する。", []),
    ("ja", "アンソロピックの年換算売上高は50億ドルに達した。", []),
    (
        "de",
        "Mistral AI teilte am Dienstag mit, die Finanzierungsrunde über 1,7 Milliarden Euro "
        "werde vom Chipausrüster ASML angeführt; das Start-up wird damit mit 11,7 Milliarden "
        "Euro bewertet.",
        [
            {
                "type": FR,
                "subject": "Mistral AI",
                "amount": 1.7e9,
                "currency": "EUR",
                "amount_usd": None,
                "valuation": 11.7e9,
                "valuation_currency": "EUR",
                "valuation_usd": None,
                "status": "closed",
            }
        ],
    ),
    (
        "de",
        "Die Baukosten für das Rechenzentrum Stargate Abilene belaufen sich auf rund 15 "
        "Milliarden Dollar.",
        [],
    ),
    ("de", "Jeder Server enthält acht H100-GPUs und zwei CPUs mit je 56 Kernen.", []),
    (
        "de",
        "Bis Ende 2026 sollen in Hyperion bis zu 5 Gigawatt Leistung zur Verfügung stehen.",
        [
            {
                "type": POWER,
                "subject": "Hyperion",
                "quantity": 5000.0,
                "qualifier": "at_most",
                "status": "planned",
                "as_of": "2026-12",
            }
        ],
    ),
    (
        "fr",
        "« Nous aurons plus d'un million de GPU d'ici la fin de l'année », a déclaré Sam "
        "Altman, le patron d'OpenAI.",
        [
            {
                "type": HOLD,
                "subject": "OpenAI",
                "quantity": 1e6,
                "qualifier": "at_least",
                "status": "planned",
                "as_of": "2024-12",
            }
        ],
    ),
    (
        "fr",
        "Le coût de construction du campus Stargate Abilene est estimé à 12 milliards d'euros.",
        [],
    ),
    (
        "fr",
        "Mistral AI a annoncé un investissement de plusieurs milliards d'euros dans un campus "
        "de calcul en Essonne.",
        [],
    ),
    (
        "fr",
        "OpenAI aurait bouclé un tour de table de 6,6 milliards de dollars, valorisant "
        "l'entreprise à 157 milliards.",
        [
            {
                "type": FR,
                "subject": "OpenAI",
                "amount_usd": 6.6e9,
                "valuation_usd": 157e9,
                "status": "reported",
            }
        ],
    ),
    (
        "es",
        "«Tenemos más de 100.000 GPU H100 funcionando en Colossus», aseguró Musk en X.",
        [
            {
                "type": CS,
                "subject": "Colossus",
                "chip_model": "H100-SXM",
                "quantity": 100_000.0,
                "qualifier": "at_least",
                "status": "operational",
            }
        ],
    ),
    ("es", "El coste de cada chip H100 ronda entre 25.000 y 30.000 euros.", []),
    (
        "es",
        "Mistral AI ha levantado 1.700 millones de euros en una ronda liderada por ASML, que la "
        "valora en 11.700 millones de euros.",
        [
            {
                "type": FR,
                "subject": "Mistral AI",
                "amount": 1.7e9,
                "currency": "EUR",
                "amount_usd": None,
                "valuation": 11.7e9,
                "valuation_currency": "EUR",
                "valuation_usd": None,
                "status": "closed",
            }
        ],
    ),
    (
        "es",
        "Anthropic, que ya ha recibido en total 8.000 millones de Amazon, negocia ahora una "
        "nueva ronda de 5.000 millones de dólares.",
        [{"type": FR, "subject": "Anthropic", "amount_usd": 5e9, "status": "reported"}],  # talks
    ),
    (
        "pt",
        "Em comunicado, a Anthropic informou ter levantado US$ 13 bilhões, o que eleva seu "
        "valor de mercado para US$ 183 bilhões.",
        [
            {
                "type": FR,
                "subject": "Anthropic",
                "amount_usd": 13e9,
                "valuation_usd": 183e9,
                "status": "closed",
            }
        ],
    ),
    ("pt", "O custo de construção do data center é estimado em R$ 50 bilhões.", []),
    ("pt", "A xAI adicionou mais 50 mil GPUs ao Colossus em julho.", []),
    ("pt", "Cada servidor reúne oito GPUs H100 e 112 núcleos de CPU.", []),
    (
        "it",
        "Secondo il Wall Street Journal, Anthropic starebbe raccogliendo fino a 10 miliardi di "
        "dollari, il doppio di quanto previsto inizialmente.",
        [
            {
                "type": FR,
                "subject": "Anthropic",
                "amount_usd": 10e9,
                "qualifier": "at_most",
                "status": "reported",
            }
        ],
    ),
    ("it", "Il costo di costruzione del campus Hyperion supera i 10 miliardi di euro.", []),
    ("it", "Meta ha aggiunto altre 50.000 GPU H100 al cluster.", []),
    (
        "it",
        "Colossus, il supercomputer di xAI a Memphis, è stato costruito in appena 122 giorni e "
        "oggi ospita 200.000 GPU.",
        [
            {"type": BUILD, "subject": "Colossus", "quantity": 122.0},
            {"type": CS, "subject": "Colossus", "quantity": 200_000.0, "status": "operational"},
        ],
    ),
    ("ru", "Стоимость строительства дата-центра Stargate Abilene оценивается в 1 трлн рублей.", []),
    (
        "ru",
        "По словам Маска, Colossus уже насчитывает 200 тыс. GPU, а к концу года их число "
        "вырастет до 1 млн.",
        [
            {"type": CS, "subject": "Colossus", "quantity": 200_000.0, "status": "operational"},
            {"type": CS, "subject": "Colossus", "quantity": 1e6, "status": "planned"},
        ],
    ),
    ("ru", "Каждый сервер оснащен восемью GPU H100 и двумя процессорами с 56 ядрами.", []),
    (
        "ru",
        "Компания Anthropic, по данным источников, обсуждает привлечение от $3 млрд до $5 млрд.",
        [
            {
                "type": FR,
                "subject": "Anthropic",
                "amount_usd": 3e9,
                "amount_high": 5e9,
                "qualifier": "range",
                "status": "reported",
            }
        ],
    ),
    # --- fourth batch: agency style, discourse across two sentences, quotes ---------------
    (
        "en",
        "Nvidia-backed CoreWeave has raised $1.1 billion in a Series C round led by Coatue that "
        "values the cloud provider at $19 billion, the company said.",
        [
            {
                "type": FR,
                "subject": "CoreWeave",
                "amount_usd": 1.1e9,
                "valuation_usd": 19e9,
                "status": "closed",
            }
        ],
    ),
    (
        "en",
        "Musk's xAI is seeking to raise up to $12 billion in debt to buy Nvidia chips, the Wall "
        "Street Journal reported.",
        [],
    ),
    (
        "en",
        "Microsoft's Fairwater AI datacenter in Wisconsin will house hundreds of thousands of "
        "Nvidia GB200s when it opens in early 2026.",
        [
            {
                "type": CS,
                "subject": "Fairwater",
                "chip_model": "GB200",
                "quantity": None,
                "qualifier": "approx",
                "status": "planned",
            }
        ],
    ),
    (
        "en",
        "xAI said on Tuesday it had completed Colossus in 122 days. The system now links "
        "200,000 GPUs, and the company plans to double it.",
        [
            {"type": BUILD, "subject": "Colossus", "quantity": 122.0},
            {"type": CS, "subject": "Colossus", "quantity": 200_000.0, "status": "operational"},
        ],
    ),
    (
        "id",
        "Raksasa teknologi asal Amerika Serikat, Microsoft, berkomitmen menanamkan investasi "
        "senilai US$1,7 miliar atau sekitar Rp27,6 triliun di Indonesia dalam empat tahun ke "
        "depan.",
        [],
    ),
    (
        "id",
        "Startup AI besutan Elon Musk, xAI, kini bernilai US$50 miliar setelah menuntaskan "
        "putaran pendanaan terbaru senilai US$6 miliar.",
        [
            {
                "type": FR,
                "subject": "xAI",
                "amount_usd": 6e9,
                "valuation_usd": 50e9,
                "status": "closed",
            }
        ],
    ),
    (
        "id",
        "CoreWeave mengoperasikan lebih dari 250 ribu GPU.",
        [
            {
                "type": HOLD,
                "subject": "CoreWeave",
                "quantity": 250_000.0,
                "qualifier": "at_least",
                "status": "operational",
            }
        ],
    ),
    (
        "zh",
        "马斯克表示，xAI的Colossus超算目前已部署20万块GPU，未来将扩展至100万块。",
        [
            {"type": CS, "subject": "Colossus", "quantity": 200_000.0, "status": "operational"},
            {"type": CS, "subject": "Colossus", "quantity": 1e6, "status": "planned"},
        ],
    ),
    (
        "zh",
        "阿里巴巴领投月之暗面10亿美元融资。",
        [{"type": FR, "subject": "Moonshot AI", "amount_usd": 1e9, "status": "closed"}],
    ),
    ("zh", "微软将在未来四年向印尼投资17亿美元，用于云计算和人工智能基础设施。", []),
    (
        "ja",
        "エヌビディア製GPU「H100」は1個あたり数百万円で取引されている。",
        [],
    ),
    (
        "ja",
        "米メタは2024年末までに、H100換算で約60万個に相当する計算能力を確保する。",
        [],
    ),
    (
        "ja",
        "米xAIは、米メンフィスのデータセンター「コロッサス」でGPUを20万個稼働させている。",
        [{"type": CS, "subject": "Colossus", "quantity": 200_000.0, "status": "operational"}],
    ),
    (
        "de",
        "Das französische KI-Start-up Mistral AI hat in einer neuen Finanzierungsrunde 1,7 "
        "Milliarden Euro eingesammelt.",
        [
            {
                "type": FR,
                "subject": "Mistral AI",
                "amount": 1.7e9,
                "currency": "EUR",
                "amount_usd": None,
                "status": "closed",
            }
        ],
    ),
    (
        "de",
        "Laut einem Bericht der „Financial Times“ verhandelt Anthropic über eine Finanzierung "
        "von bis zu fünf Milliarden Dollar.",
        [
            {
                "type": FR,
                "subject": "Anthropic",
                "amount_usd": 5e9,
                "qualifier": "at_most",
                "status": "reported",
            }
        ],
    ),
    (
        "de",
        "Die Telekom und Nvidia bauen in München eine KI-Fabrik mit bis zu 10.000 GPUs, die "
        "rund eine Milliarde Euro kosten soll.",
        [],
    ),
    (
        "fr",
        "Selon nos informations, Mistral AI finalise une levée de fonds de près de 2 milliards "
        "d'euros qui la valoriserait 14 milliards.",
        [
            {
                "type": FR,
                "subject": "Mistral AI",
                "amount": 2e9,
                "currency": "EUR",
                "amount_usd": None,
                "qualifier": "at_most",
                "valuation": 14e9,
                "valuation_currency": "EUR",
                "valuation_usd": None,
                "status": "reported",
            }
        ],
    ),
    (
        "fr",
        "Microsoft a investi 4 milliards d'euros dans ses centres de données en France.",
        [],
    ),
    (
        "fr",
        "Au total, xAI a levé 22 milliards de dollars depuis sa création en 2023.",
        [],
    ),
    (
        "es",
        "xAI sigue creciendo. La compañía de Elon Musk ha recaudado 6.000 millones de dólares "
        "(unos 5.500 millones de euros) en su última ronda.",
        [{"type": FR, "subject": "xAI", "amount_usd": 6e9, "status": "closed"}],
    ),
    (
        "es",
        "Meta destinará entre 60.000 y 65.000 millones de dólares a inversiones de capital "
        "este año.",
        [],
    ),
    (
        "pt",
        "A OpenAI fechou uma rodada de US$ 40 bilhões liderada pelo SoftBank, a maior da "
        "história para uma empresa privada de tecnologia.",
        [{"type": FR, "subject": "OpenAI", "amount_usd": 40e9, "status": "closed"}],
    ),
    (
        "pt",
        "O governo federal vai investir R$ 23 bilhões em inteligência artificial até 2028.",
        [],
    ),
    (
        "it",
        "Il gruppo di Musk, xAI, avrebbe già ordinato altri 300.000 chip GB200.",
        [],
    ),
    (
        "it",
        "OpenAI ha chiuso un round da 40 miliardi di dollari guidato da SoftBank, con una "
        "valutazione post-money di 300 miliardi.",
        [
            {
                "type": FR,
                "subject": "OpenAI",
                "amount_usd": 40e9,
                "valuation_usd": 300e9,
                "valuation_basis": "post",
                "status": "closed",
            }
        ],
    ),
    (
        "ru",
        "Американская компания xAI завершила раунд финансирования на $6 млрд, сообщило "
        "агентство Reuters.",
        [{"type": FR, "subject": "xAI", "amount_usd": 6e9, "status": "reported"}],
    ),
    (
        "ru",
        "Мощность дата-центра Stargate Abilene составит 1,2 ГВт.",
        [{"type": POWER, "subject": "Stargate Abilene", "quantity": 1200.0, "status": "planned"}],
    ),
    (
        "ru",
        "Microsoft вложит в Индонезии $1,7 млрд в облачную инфраструктуру и ИИ.",
        [],
    ),
    (
        "en",
        "Anthropic seeks up to $5 billion at $170 billion valuation",
        [
            {
                "type": FR,
                "subject": "Anthropic",
                "amount_usd": 5e9,
                "qualifier": "at_most",
                "valuation_usd": 170e9,
                "status": "planned",
            }
        ],
    ),
    # --- fifth batch: two-sentence passages (anaphora, the story's company, headlines) -----
    (
        "en",
        "Anthropic has closed a new funding round. The company raised $13 billion at a $183 "
        "billion post-money valuation, it said in a statement on Tuesday.",
        [
            {
                "type": FR,
                "subject": "Anthropic",
                "amount_usd": 13e9,
                "valuation_usd": 183e9,
                "valuation_basis": "post",
                "status": "closed",
            }
        ],
    ),
    (
        "en",
        "xAI is in talks with investors, according to Bloomberg. The startup is seeking about "
        "$10 billion, and Musk has denied nothing.",
        [
            {
                "type": FR,
                "subject": "xAI",
                "amount_usd": 10e9,
                "qualifier": "approx",
                "status": "planned",
            }
        ],
    ),
    (
        "id",
        "Moonshot AI kembali menarik minat investor. Perusahaan tersebut meraih pendanaan "
        "senilai US$1 miliar yang dipimpin Alibaba.",
        [{"type": FR, "subject": "Moonshot AI", "amount_usd": 1e9, "status": "closed"}],
    ),
    (
        "id",
        "CNBC Indonesia melaporkan, OpenAI tengah menjajaki pendanaan baru. Nilainya disebut "
        "mencapai US$40 miliar.",
        [{"type": FR, "subject": "OpenAI", "amount_usd": 40e9, "status": "reported"}],
    ),
    (
        "zh",
        "月之暗面再获巨额融资。该公司本轮融资金额超过10亿美元，阿里巴巴领投。",
        [
            {
                "type": FR,
                "subject": "Moonshot AI",
                "amount_usd": 1e9,
                "qualifier": "at_least",
                "status": "closed",
            }
        ],
    ),
    (
        "zh",
        "xAI正在扩建巨像超算。据悉，该集群将在今年年底前扩展至20万块GPU。",
        [{"type": CS, "subject": "Colossus", "quantity": 200_000.0, "status": "reported"}],
    ),
    (
        "ja",
        "アンソロピックが大型の資金調達を実施した。同社は130億ドルを調達し、企業価値は1830億ドル"
        "となった。",
        [
            {
                "type": FR,
                "subject": "Anthropic",
                "amount_usd": 13e9,
                "valuation_usd": 183e9,
                "status": "closed",
            }
        ],
    ),
    (
        "ja",
        "テスラはテキサス州の工場にAI学習用の拠点「Cortex」を構えている。同拠点では約5万個の"
        "H100が稼働している。",
        [
            {
                "type": CS,
                "subject": "Cortex",
                "chip_model": "H100-SXM",
                "quantity": 50_000.0,
                "qualifier": "approx",
                "status": "operational",
            }
        ],
    ),
    (
        "de",
        "Mistral AI hat eine neue Finanzierungsrunde abgeschlossen. Das Unternehmen sammelte "
        "1,7 Milliarden Euro ein und wird nun mit 11,7 Milliarden Euro bewertet.",
        [
            {
                "type": FR,
                "subject": "Mistral AI",
                "amount": 1.7e9,
                "currency": "EUR",
                "amount_usd": None,
                "valuation": 11.7e9,
                "valuation_currency": "EUR",
                "valuation_usd": None,
                "status": "closed",
            }
        ],
    ),
    (
        "de",
        "xAI baut Colossus weiter aus. Der Rechner soll bis Jahresende 200.000 GPUs umfassen.",
        [
            {
                "type": CS,
                "subject": "Colossus",
                "quantity": 200_000.0,
                "status": "planned",
                "as_of": "2024-12",
            }
        ],
    ),
    (
        "fr",
        "Mistral AI a bouclé un nouveau tour de table. La société a levé 1,7 milliard d'euros, "
        "ce qui la valorise à 11,7 milliards d'euros.",
        [
            {
                "type": FR,
                "subject": "Mistral AI",
                "amount": 1.7e9,
                "currency": "EUR",
                "amount_usd": None,
                "valuation": 11.7e9,
                "valuation_currency": "EUR",
                "valuation_usd": None,
                "status": "closed",
            }
        ],
    ),
    (
        "fr",
        "Tesla muscle son infrastructure d'IA. Son supercalculateur Cortex, au Texas, compte "
        "environ 50 000 GPU H100.",
        [
            {
                "type": CS,
                "subject": "Cortex",
                "chip_model": "H100-SXM",
                "quantity": 50_000.0,
                "qualifier": "approx",
                "status": "operational",
            }
        ],
    ),
    (
        "es",
        "OpenAI ha cerrado la mayor ronda de su historia. La compañía ha captado 40.000 millones "
        "de dólares, con una valoración de 300.000 millones.",
        [
            {
                "type": FR,
                "subject": "OpenAI",
                "amount_usd": 40e9,
                "valuation_usd": 300e9,
                "status": "closed",
            }
        ],
    ),
    (
        "es",
        "Meta acelera su apuesta por la IA. La empresa de Mark Zuckerberg contará con 1,3 "
        "millones de GPU a finales de 2025.",
        [
            {
                "type": HOLD,
                "subject": "Meta",
                "quantity": 1.3e6,
                "status": "planned",
                "as_of": "2025-12",
            }
        ],
    ),
    (
        "pt",
        "A xAI voltou a captar recursos. A empresa de Elon Musk levantou US$ 6 bilhões, segundo "
        "comunicado divulgado nesta segunda-feira.",
        [{"type": FR, "subject": "xAI", "amount_usd": 6e9, "status": "closed"}],
    ),
    (
        "pt",
        "A Microsoft está construindo o Fairwater em Wisconsin. O data center terá centenas de "
        "milhares de GPUs GB200.",
        [
            {
                "type": CS,
                "subject": "Fairwater",
                "chip_model": "GB200",
                "quantity": None,
                "qualifier": "approx",
                "status": "planned",
            }
        ],
    ),
    (
        "it",
        "Anthropic ha chiuso un nuovo round. La società ha raccolto 13 miliardi di dollari e ora "
        "vale 183 miliardi.",
        [
            {
                "type": FR,
                "subject": "Anthropic",
                "amount_usd": 13e9,
                "valuation_usd": 183e9,
                "status": "closed",
            }
        ],
    ),
    (
        "it",
        "xAI continua a espandere Colossus. Il supercomputer dovrebbe raggiungere un milione di "
        "GPU entro il 2026.",
        [
            {
                "type": CS,
                "subject": "Colossus",
                "quantity": 1e6,
                "status": "planned",
                "as_of": "2026-12",  # "entro il 2026": by 2026, as "by the end of"
            }
        ],
    ),
    (
        "ru",
        "Anthropic закрыла новый раунд финансирования. Компания привлекла $13 млрд, а ее оценка "
        "выросла до $183 млрд.",
        [
            {
                "type": FR,
                "subject": "Anthropic",
                "amount_usd": 13e9,
                "valuation_usd": 183e9,
                "status": "closed",
            }
        ],
    ),
    (
        "ru",
        "Tesla расширяет вычислительные мощности. Ее кластер Cortex в Техасе насчитывает около "
        "50 тыс. ускорителей H100.",
        [
            {
                "type": CS,
                "subject": "Cortex",
                "chip_model": "H100-SXM",
                "quantity": 50_000.0,
                "qualifier": "approx",
                "status": "operational",
            }
        ],
    ),
]


def _published(probe: tuple[Any, ...]) -> date | None:
    return probe[3] if len(probe) > 3 else PUBLISHED


def run_probe(probe: tuple[Any, ...]) -> list[Claim]:
    """The claims of one probe sentence, read with the held-out gazetteer and fixed FX."""
    lang, text = probe[0], probe[1]
    return extract(text, language=lang, published=_published(probe), gazetteer=GAZETTEER)


# Probes the extractor still gets wrong, with the reason (strict: a fix must remove them)
KNOWN_GAPS = {
    "and Musk has denied nothing": "a negated denial ('has denied nothing') still reads as a "
    "denial of the whole sentence",
    "Nilainya disebut mencapai US$40 miliar": "'nilainya' (its amount) points to the funding "
    "of the sentence before, which the matcher does not carry over",
}


def _params() -> list[Any]:
    out = []
    for i, probe in enumerate(PROBES):
        gap = next((why for text, why in KNOWN_GAPS.items() if text in probe[1]), None)
        marks = [pytest.mark.xfail(reason=gap, strict=True)] if gap else []
        out.append(pytest.param(probe, id=f"{probe[0]}-{i:03d}", marks=marks))
    return out


@pytest.mark.parametrize("probe", _params())
def test_heldout_probe(probe: tuple[Any, ...]) -> None:
    assert_claims(run_probe(probe), probe[2], exact=True)


def test_every_language_has_ten_probes() -> None:
    counts = Counter(p[0] for p in PROBES)
    assert set(counts) == {"en", "id", "zh", "ja", "de", "fr", "es", "pt", "it", "ru"}
    assert min(counts.values()) >= 10


def pass_rates() -> dict[str, tuple[int, int]]:
    """(passed, total) per language."""
    out: dict[str, list[int]] = {}
    for probe in PROBES:
        row = out.setdefault(probe[0], [0, 0])
        row[1] += 1
        try:
            assert_claims(run_probe(probe), probe[2], exact=True)
            row[0] += 1
        except AssertionError:
            pass
    return {lang: (ok, n) for lang, (ok, n) in out.items()}


if __name__ == "__main__":
    rates = pass_rates()
    for lang, (ok, n) in sorted(rates.items()):
        print(f"{lang}  {ok:3d}/{n:3d}")
    print(f"all {sum(v[0] for v in rates.values()):3d}/{sum(v[1] for v in rates.values()):3d}")
