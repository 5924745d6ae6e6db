"""Fixtures for the extractor tests: a small gazetteer built from frames (independent of the
bundled reference files, which other parts of the project edit) and a fixed FX converter."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

import polars as pl
import pytest

from sources.extract import Claim, extract
from sources.extract.gazetteer import Gazetteer
from sources.schemas import (
    REF_CHIP_ALIASES,
    REF_CHIPS,
    REF_CLUSTER_ALIASES,
    REF_CLUSTERS,
    REF_COMPANIES,
    REF_COMPANY_ALIASES,
)

COMPANIES = [
    ("xai", "xAI", "ai_lab"),
    ("openai", "OpenAI", "ai_lab"),
    ("anthropic", "Anthropic", "ai_lab"),
    ("mistral_ai", "Mistral AI", "ai_lab"),
    ("deepseek", "DeepSeek", "ai_lab"),
    ("moonshot_ai", "Moonshot AI", "ai_lab"),
    ("safe_superintelligence", "Safe Superintelligence", "ai_lab"),
    ("meta", "Meta", "hyperscaler"),
    ("microsoft", "Microsoft", "hyperscaler"),
    ("google", "Google", "hyperscaler"),
    ("amazon", "Amazon", "hyperscaler"),
    ("oracle", "Oracle", "hyperscaler"),
    ("alibaba", "Alibaba", "hyperscaler"),
    ("tesla", "Tesla", "other"),
    ("coreweave", "CoreWeave", "neocloud"),
    ("crusoe", "Crusoe", "neocloud"),
    ("nvidia", "NVIDIA", "chip_vendor"),
    ("amd", "AMD", "chip_vendor"),
    ("enflame", "Enflame", "chip_vendor"),
    ("groq", "Groq", "chip_vendor"),  # a chip maker that raises rounds (test_constructions_lists)
    # listed by its long form only, as the reference data lists a company whose short name is
    # a common word (test_constructions_new_companies)
    ("runway_ai", "Runway AI", "ai_lab"),
    ("benchmark_capital", "Benchmark Capital", "investor"),
    ("softbank", "SoftBank", "investor"),
    ("thrive_capital", "Thrive Capital", "investor"),
    ("coatue", "Coatue", "investor"),
]
# listed chip makers back others; an unlisted one is a chip start-up raising its own rounds
TICKERS = {"nvidia": "NASDAQ:NVDA", "amd": "NASDAQ:AMD"}
COMPANY_ALIASES = [
    ("xai", "X.AI"),
    ("xai", "马斯克的xAI"),
    ("openai", "オープンAI"),
    ("openai", "Open AI"),
    ("anthropic", "アンソロピック"),
    ("mistral_ai", "Mistral"),
    ("moonshot_ai", "月之暗面"),
    ("meta", "Facebook"),
    ("meta", "脸书"),
    ("meta", "臉書"),
    ("meta", "Фейсбук"),
    ("microsoft", "微软"),
    ("microsoft", "Майкрософт"),
    ("microsoft", "マイクロソフト"),
    ("google", "谷歌"),
    ("google", "グーグル"),
    ("amazon", "AWS"),
    ("amazon", "亚马逊"),
    ("amazon", "Amazon Web Services"),
    ("alibaba", "阿里巴巴"),
    ("nvidia", "英伟达"),
    ("nvidia", "輝達"),
    ("nvidia", "エヌビディア"),
    ("enflame", "燧原科技"),
    ("softbank", "ソフトバンク"),
    ("softbank", "软银"),
    ("safe_superintelligence", "SSI"),
]
CLUSTERS = [
    ("xai_colossus", "Colossus", "xai"),
    ("xai_colossus_2", "Colossus 2", "xai"),
    ("tesla_cortex", "Cortex", "tesla"),
    ("amazon_project_rainier", "Project Rainier", "amazon"),
    ("openai_stargate_abilene", "Stargate Abilene", "oracle"),
    ("meta_prometheus", "Prometheus", "meta"),
    ("meta_hyperion", "Hyperion", "meta"),
    ("microsoft_fairwater", "Fairwater", "microsoft"),
    ("jsc_jupiter", "JUPITER", None),
]
CLUSTER_ALIASES = [
    ("xai_colossus", "巨像"),
    ("xai_colossus", "コロッサス"),
    ("xai_colossus", "Колосс"),
    ("openai_stargate_abilene", "星际之门"),
    ("amazon_project_rainier", "Rainier"),
]
CHIPS = [
    ("H100-SXM", "NVIDIA"),
    ("H200", "NVIDIA"),
    ("GB200", "NVIDIA"),
    ("GB300", "NVIDIA"),
    ("B200", "NVIDIA"),
    ("A100", "NVIDIA"),
    ("H800", "NVIDIA"),
    ("MI300X", "AMD"),
    ("TPU-v6e", "Google"),
    ("TPU-v7", "Google"),
    ("Trainium2", "Amazon"),
]
CHIP_ALIASES = [
    ("H100-SXM", "H100"),
    ("H100-SXM", "H-100"),
    ("H100-SXM", "NVIDIA H100"),
    ("H200", "H200"),
    ("GB200", "GB200"),
    ("GB200", "Grace Blackwell"),
    ("GB300", "GB300"),
    ("B200", "B200"),
    ("A100", "A100"),
    ("H800", "H800"),
    ("MI300X", "MI300X"),
    ("TPU-v6e", "Trillium"),
    ("TPU-v7", "Ironwood"),
    ("Trainium2", "Trainium2"),
    ("Trainium2", "Trainium 2"),
]


def build_gazetteer(
    *,
    company_aliases: Sequence[tuple[str, str]] = (),
    cluster_aliases: Sequence[tuple[str, str]] = (),
    chips: Sequence[tuple[str, str]] = (),
    chip_aliases: Sequence[tuple[str, str]] = (),
) -> Gazetteer:
    """The test gazetteer (see the module docstring), plus the given extra rows."""

    def frame(rows: list[dict[str, Any]], schema: pl.Schema) -> pl.DataFrame:
        return pl.DataFrame(rows, schema=schema)

    aliases = list(dict.fromkeys([*COMPANY_ALIASES, *company_aliases]))
    return Gazetteer.from_tables(
        companies=frame(
            [
                {"company_id": i, "company_name": n, "company_type": t, "ticker": TICKERS.get(i)}
                for i, n, t in COMPANIES
            ],
            REF_COMPANIES,
        ),
        company_aliases=frame(
            [{"company_id": i, "alias": a, "language": None} for i, a in aliases],
            REF_COMPANY_ALIASES,
        ),
        clusters=frame(
            [{"cluster_id": i, "cluster_name": n, "owner_company_id": o} for i, n, o in CLUSTERS],
            REF_CLUSTERS,
        ),
        cluster_aliases=frame(
            [
                {"cluster_id": i, "alias": a, "language": None}
                for i, a in [*CLUSTER_ALIASES, *cluster_aliases]
            ],
            REF_CLUSTER_ALIASES,
        ),
        chips=frame([{"chip_id": i, "vendor": v} for i, v in [*CHIPS, *chips]], REF_CHIPS),
        chip_aliases=frame(
            [
                {"chip_id": i, "alias": a, "language": None}
                for i, a in [*CHIP_ALIASES, *chip_aliases]
            ],
            REF_CHIP_ALIASES,
        ),
    )


_GAZETTEER = build_gazetteer()
PUBLISHED = date(2024, 6, 14)


@pytest.fixture(scope="session")
def gaz() -> Gazetteer:
    return _GAZETTEER


@pytest.fixture(name="run", scope="session")
def run_fixture():
    """``run(text, lang, published=PUBLISHED)``: claims with the test gazetteer."""
    return run


@pytest.fixture(name="check", scope="session")
def check_fixture():
    """``check(text, lang, expected, exact=True, published=PUBLISHED)``: extract and compare
    (see :func:`assert_claims`)."""

    def check(
        text: str,
        lang: str | None,
        expected: list[dict[str, Any]],
        *,
        exact: bool = True,
        published: date | None = PUBLISHED,
    ) -> list[Claim]:
        claims = run(text, lang, published)
        assert_claims(claims, expected, exact=exact)
        return claims

    return check


def run(text: str, lang: str | None, published: date | None = PUBLISHED) -> list[Claim]:
    """Extract with the test gazetteer."""
    return extract(text, language=lang, published=published, gazetteer=_GAZETTEER)


def drop_reasons(
    text: str, lang: str, published: date | None = PUBLISHED, gazetteer: Gazetteer | None = None
) -> set[str]:
    """The reasons the claim rules recorded for the figures they dropped in ``text`` (with the
    test gazetteer, or the one given): what a test of a figure that gives no claim asserts, so
    that it cannot pass on a sentence that was never read."""
    trace: list = []
    extract(
        text, language=lang, published=published, gazetteer=gazetteer or _GAZETTEER, trace=trace
    )
    return {d.reason for sentence in trace for d in sentence.drops}


def assert_claims(
    claims: list[Claim], expected: list[dict[str, Any]], *, exact: bool = True
) -> None:
    """Each expected dict matches a distinct claim on the keys it gives (floats to 1e-6
    relative); with ``exact``, there are no other claims."""
    left = list(claims)
    for want in expected:
        found = next((c for c in left if _agrees(c, want)), None)
        assert found is not None, f"no claim like {want} in {[_short(c) for c in claims]}"
        left.remove(found)
    if exact:
        assert not left, f"unexpected claims: {[_short(c) for c in left]}"


def _agrees(claim: Claim, want: dict[str, Any]) -> bool:
    for key, value in want.items():
        got = getattr(claim, key)
        if isinstance(value, float) and isinstance(got, float):
            if abs(got - value) > 1e-6 * max(abs(value), 1.0):
                return False
        elif got != value:
            return False
    return True


def _short(claim: Claim) -> str:
    return (
        f"{claim.type}|{claim.subject}|{claim.chip_model}|{claim.quantity}|{claim.amount}"
        f" {claim.currency}|val={claim.valuation} {claim.valuation_currency}|{claim.status}"
        f"|{claim.qualifier}|{claim.as_of}|{claim.rule}"
    )


# the publication dates the construction tests (test_constructions_*.py) read their sentences at
PUB_2025_10_01 = date(2025, 10, 1)
PUB_2025_10_15 = date(2025, 10, 15)
PUB_2025_12_10 = date(2025, 12, 10)


def figures_and_statuses(text: str, lang: str) -> list[tuple[str, float | None, str]]:
    """Each claim of ``text`` (read at 2025-10-01) as (type, its amount, valuation or
    quantity, status): what the status tests compare."""
    claims = extract(text, language=lang, published=PUB_2025_10_01)
    return [(c.type, c.amount or c.valuation or c.quantity, c.status) for c in claims]


def check_bundled(text: str, lang: str, expected: list[dict]) -> None:
    """Extract with the bundled reference gazetteer (its native-script names) and compare."""
    from sources.extract.gazetteer import default_gazetteer

    claims = extract(text, language=lang, published=PUBLISHED, gazetteer=default_gazetteer())
    assert_claims(claims, expected)
