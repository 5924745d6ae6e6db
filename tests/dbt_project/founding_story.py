"""Handmade news for the warehouse tests: the Ledger's founding story, in the claim-record shape.

The articles are short texts written for these tests; the facts they state are public (xAI's
Colossus, xAI's and Mistral AI's 2024 rounds, Meta's H100 fleet, Yotta's Shakti Cloud). Each claim
carries the exact sentence it comes from and its character span in the article text, as the
extractor would produce them.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime

import polars as pl

from sources.schemas import NEWS_ARTICLES, NEWS_CLAIMS, conform

EXTRACTED_AT = datetime(2025, 1, 10, 12, 0, tzinfo=UTC)


@dataclass(frozen=True)
class Claim:
    """One fact stated in an article: ``evidence`` must be a substring of the article text."""

    type: str
    subject: str
    evidence: str
    owner: str | None = None
    chip_model: str | None = None
    scope: str = "total"
    quantity: float | None = None
    qualifier: str = "exact"
    amount: float | None = None
    currency: str | None = None
    amount_usd: float | None = None
    valuation_usd: float | None = None
    valuation_basis: str | None = None
    status: str = "operational"
    as_of: str | None = None
    confidence: float = 0.9


@dataclass(frozen=True)
class Article:
    """A news article with the claims an extractor would find in its ``text``."""

    key: str
    url: str
    title: str
    text: str
    language: str
    published: datetime
    claims: list[Claim] = field(default_factory=list)
    duplicate_of: str | None = None

    @property
    def article_id(self) -> str:
        """The id the news connectors give an article: sha1 of its canonical URL."""
        return hashlib.sha1(self.url.encode()).hexdigest()


def _at(year: int, month: int, day: int, hour: int = 9) -> datetime:
    return datetime(year, month, day, hour, tzinfo=UTC)


def _article(
    *,
    key: str,
    url: str,
    title: str,
    language: str,
    published: datetime,
    stating: list[str | Claim],
) -> Article:
    """An article whose text is ``stating`` joined by spaces: plain sentences and the sentences
    of its claims (claims of one sentence, in a row, share it)."""
    sentences: list[str] = []
    for part in stating:
        sentence = part if isinstance(part, str) else part.evidence
        if not sentences or sentences[-1] != sentence:
            sentences.append(sentence)
    claims = [part for part in stating if isinstance(part, Claim)]
    return Article(key, url, title, " ".join(sentences), language, published, claims)


def _colossus_size(evidence: str, quantity: float, **fields) -> Claim:
    """A cluster_size claim about xAI's Colossus."""
    return Claim("cluster_size", "Colossus", evidence, owner="xAI", quantity=quantity, **fields)


def _usd_round(subject: str, evidence: str, amount: float, **fields) -> Claim:
    """A funding_round claim stated in US dollars."""
    return Claim(
        "funding_round",
        subject,
        evidence,
        amount=amount,
        currency="USD",
        amount_usd=amount,
        **fields,
    )


_COLOSSUS_PLAN = (
    "xAI plans to double Colossus to 200,000 GPUs, including 50,000 H200 chips, "
    "in the coming months."
)

COLOSSUS_ONLINE = _article(
    key="colossus_online",
    url="https://news.example.com/2024/09/03/xai-colossus-online",
    title="xAI brings Colossus online in Memphis",
    language="en",
    published=_at(2024, 9, 3),
    stating=[
        "Elon Musk said on Monday that xAI's Colossus training cluster in Memphis is online.",
        _colossus_size(
            "Colossus runs 100,000 Nvidia H100 GPUs.",
            100_000,
            chip_model="H100-SXM",
            as_of="2024-09",
        ),
        _colossus_size(_COLOSSUS_PLAN, 200_000, status="planned", confidence=0.8),
        _colossus_size(
            _COLOSSUS_PLAN,
            50_000,
            chip_model="H200",
            scope="part",
            status="planned",
            confidence=0.8,
        ),
    ],
)

COLOSSUS_ONLINE_DE = _article(
    key="colossus_online_de",
    url="https://nachrichten.example.de/2024/09/05/xai-colossus",
    title="xAI nimmt Supercomputer Colossus in Betrieb",
    language="de",
    published=_at(2024, 9, 5),
    stating=[
        "Der Supercomputer Colossus von xAI in Memphis läuft seit dieser Woche.",
        _colossus_size(
            "Colossus arbeitet mit 100.000 H100-Chips von Nvidia.",
            100_000,
            chip_model="H100-SXM",
            as_of="2024-09",
        ),
    ],
)

# A syndicated copy of COLOSSUS_ONLINE: counted once, but linked as provenance.
COLOSSUS_ONLINE_COPY = replace(
    COLOSSUS_ONLINE,
    key="colossus_online_copy",
    url="https://aggregator.example.net/tech/xai-colossus-online",
    published=_at(2024, 9, 3, 15),
    claims=[COLOSSUS_ONLINE.claims[0]],
    duplicate_of=COLOSSUS_ONLINE.article_id,
)

XAI_SERIES_B = _article(
    key="xai_series_b",
    url="https://news.example.com/2024/05/27/xai-raises-6-billion",
    title="xAI raises $6 billion",
    language="en",
    published=_at(2024, 5, 27),
    stating=[
        _usd_round(
            "xAI",
            "xAI said on Sunday it raised $6 billion in a Series B round at a post-money "
            "valuation of $24 billion.",
            6e9,
            valuation_usd=24e9,
            valuation_basis="post",
            status="closed",
            as_of="2024-05-26",
        ),
        "Investors include Valor Equity Partners and Andreessen Horowitz.",
    ],
)

XAI_SERIES_B_ID = _article(
    key="xai_series_b_id",
    url="https://berita.example.id/2024/05/28/xai-galang-dana",
    title="xAI galang dana US$6 miliar",
    language="id",
    published=_at(2024, 5, 28),
    stating=[
        _usd_round(
            "xAI",
            "Perusahaan kecerdasan buatan milik Elon Musk, xAI, menggalang dana US$6 miliar "
            "(Rp96,5 triliun) dengan valuasi US$24 miliar.",
            6e9,
            valuation_usd=24e9,
            valuation_basis="unspecified",
            status="closed",
        )
    ],
)

XAI_PLANNED_ROUND = _article(
    key="xai_planned_round",
    url="https://news.example.com/2024/11/15/xai-seeks-50-billion-valuation",
    title="xAI in talks to raise $6 billion at $50 billion valuation",
    language="en",
    published=_at(2024, 11, 15),
    stating=[
        _usd_round(
            "xAI",
            "xAI is raising up to $6 billion at a $50 billion valuation, people familiar with "
            "the matter said.",
            6e9,
            valuation_usd=50e9,
            valuation_basis="unspecified",
            qualifier="at_most",
            status="planned",
            confidence=0.7,
        ),
        "The money would buy 100,000 more Nvidia chips.",
    ],
)

MISTRAL_SERIES_B = _article(
    key="mistral_series_b",
    url="https://actu.example.fr/2024/06/11/mistral-ai-leve-600-millions",
    title="Mistral AI lève 600 millions d'euros",
    language="fr",
    published=_at(2024, 6, 11),
    stating=[
        Claim(
            "funding_round",
            "Mistral AI",
            "La start-up parisienne Mistral AI a levé 600 millions d'euros, en actions et en "
            "dette, auprès de General Catalyst et de ses investisseurs historiques.",
            amount=6e8,
            currency="EUR",
            status="closed",
            as_of="2024-06-11",
        )
    ],
)

META_FLEET = _article(
    key="meta_fleet",
    url="https://news.example.com/2024/01/18/meta-350000-h100",
    title="Meta to own 350,000 H100 GPUs by year end",
    language="en",
    published=_at(2024, 1, 18),
    stating=[
        Claim(
            "chip_holding",
            "Meta",
            "Mark Zuckerberg said Meta will have about 350,000 Nvidia H100 GPUs by the end of "
            "2024.",
            owner="Meta",
            chip_model="H100-SXM",
            quantity=350_000,
            qualifier="approx",
            status="planned",
            as_of="2024",
        ),
        "Counting other chips, Meta's fleet will equal almost 600,000 H100s of compute.",
    ],
)

# A cluster no gazetteer knows, reported by two independent articles: a news-only cluster.
SHAKTI_CLOUD = _article(
    key="shakti_cloud",
    url="https://news.example.in/2024/03/20/yotta-shakti-cloud-h100",
    title="Yotta's Shakti Cloud gets 16,384 H100 GPUs",
    language="en",
    published=_at(2024, 3, 20),
    stating=[
        Claim(
            "cluster_size",
            "Shakti Cloud",
            "Yotta's Shakti Cloud supercomputer now has 16,384 Nvidia H100 GPUs.",
            owner="Yotta",
            chip_model="H100-SXM",
            quantity=16_384,
        )
    ],
)

SHAKTI_CLOUD_HI = _article(
    key="shakti_cloud_hi",
    url="https://samachar.example.in/2024/03/22/shakti-cloud",
    title="शक्ति क्लाउड में 16,384 H100",
    language="hi",
    published=_at(2024, 3, 22),
    stating=[
        replace(
            SHAKTI_CLOUD.claims[0],
            evidence="योट्टा के Shakti Cloud सुपरकंप्यूटर में अब 16,384 एनवीडिया H100 जीपीयू हैं।",
        )
    ],
)

# Mentioned once only: kept and counted, but not a cluster of its own.
LONE_MENTION = _article(
    key="lone_mention",
    url="https://blog.example.org/2024/10/01/orion-cluster",
    title="A startup's Orion cluster",
    language="en",
    published=_at(2024, 10, 1),
    stating=[
        Claim(
            "cluster_size",
            "Orion",
            "The Orion cluster of a stealth startup runs 2,048 H100 GPUs.",
            chip_model="H100-SXM",
            quantity=2_048,
            confidence=0.6,
        )
    ],
)

# Added by the tests after a first build: the same fact again (in Japanese) ...
COLOSSUS_RESTATED_JA = _article(
    key="colossus_restated_ja",
    url="https://news.example.jp/2024/09/20/xai-colossus",
    title="xAIのColossus、H100を10万基で稼働",
    language="ja",
    published=_at(2024, 9, 20),
    stating=[
        _colossus_size(
            "xAIのスーパーコンピューター「Colossus」は10万基のH100で稼働している。",
            100_000,
            chip_model="H100-SXM",
            as_of="2024-09",
        )
    ],
)

# ... and a figure that contradicts it.
COLOSSUS_CONTRADICTED = _article(
    key="colossus_contradicted",
    url="https://rumors.example.com/2024/09/25/colossus-bigger",
    title="Colossus is bigger than Musk says",
    language="en",
    published=_at(2024, 9, 25),
    stating=[
        _colossus_size(
            "Colossus already runs 150,000 H100 GPUs, a person who has seen the site said.",
            150_000,
            chip_model="H100-SXM",
            as_of="2024-09",
            confidence=0.6,
        )
    ],
)

# A year later, a bounded figure ("more than 200,000 GPUs", chips unnamed): consistent with
# Epoch's phase 3 (230,000 chips).
COLOSSUS_VAGUE_LATER = _article(
    key="colossus_vague_later",
    url="https://notizie.example.it/2025/09/20/colossus-oltre-200mila-gpu",
    title="Colossus supera le 200.000 GPU",
    language="it",
    published=_at(2025, 9, 20),
    stating=[
        "Musk smentisce la raccolta di capitali.",
        _colossus_size(
            "Colossus, il supercomputer di xAI a Memphis, ospita oltre 200.000 GPU.",
            200_000,
            qualifier="at_least",
            as_of="2025-09-20",
            confidence=0.8,
        ),
    ],
)

# A month later, a rounder figure with no chips named that falls short of Epoch's 230,000.
COLOSSUS_ROUND_LATER = _article(
    key="colossus_round_later",
    url="https://noticias.example.es/2025/10/16/colossus-200000-gpu",
    title="Colossus funciona con 200.000 GPU",
    language="es",
    published=_at(2025, 10, 16),
    stating=[
        _colossus_size(
            "Según xAI, Colossus funciona ya con 200.000 GPU en Memphis.",
            200_000,
            as_of="2025-10-15",
            confidence=0.8,
        )
    ],
)

BASE_ARTICLES = [
    COLOSSUS_ONLINE,
    COLOSSUS_ONLINE_DE,
    COLOSSUS_ONLINE_COPY,
    XAI_SERIES_B,
    XAI_SERIES_B_ID,
    XAI_PLANNED_ROUND,
    MISTRAL_SERIES_B,
    META_FLEET,
    SHAKTI_CLOUD,
    SHAKTI_CLOUD_HI,
    LONE_MENTION,
]
LATER_ARTICLES = [COLOSSUS_RESTATED_JA, COLOSSUS_CONTRADICTED]


def articles_frame(articles: list[Article]) -> pl.DataFrame:
    """raw.news_articles rows for ``articles``."""
    rows = [
        {
            "article_id": a.article_id,
            "url": a.url,
            "canonical_url": a.url,
            "source": "sample",
            "source_name": a.key,
            "title": a.title,
            "text": a.text,
            "language": a.language,
            "published_at": a.published,
            "fetched_at": EXTRACTED_AT,
            "content_hash": hashlib.sha256(a.text.encode()).hexdigest(),
            "duplicate_of": a.duplicate_of,
            "batch_id": "tests",
        }
        for a in articles
    ]
    return conform(pl.DataFrame(rows, schema=NEWS_ARTICLES), NEWS_ARTICLES, name="news_articles")


def claims_frame(articles: list[Article], extracted_at: datetime = EXTRACTED_AT) -> pl.DataFrame:
    """raw.news_claims rows for every claim of ``articles``, with spans found in the text."""
    rows = []
    for a in articles:
        for c in a.claims:
            start = a.text.index(c.evidence)
            end = start + len(c.evidence)
            rule = f"test.{c.type}"
            key = f"{a.article_id}|{start}|{end}|{c.type}|{c.chip_model or ''}|{rule}"
            rows.append(
                {
                    "claim_id": hashlib.sha1(key.encode()).hexdigest(),
                    "article_id": a.article_id,
                    "type": c.type,
                    "subject": c.subject,
                    "owner": c.owner,
                    "chip_model": c.chip_model,
                    "scope": c.scope,
                    "quantity": c.quantity,
                    "quantity_high": None,
                    "qualifier": c.qualifier,
                    "amount": c.amount,
                    "amount_high": None,
                    "currency": c.currency,
                    "amount_usd": c.amount_usd,
                    # the story's valuations are stated in dollars, as the extractor records them
                    "valuation": c.valuation_usd,
                    "valuation_currency": "USD" if c.valuation_usd is not None else None,
                    "valuation_usd": c.valuation_usd,
                    "valuation_basis": c.valuation_basis,
                    "status": c.status,
                    "as_of": c.as_of,
                    "evidence": c.evidence,
                    "start": start,
                    "end": end,
                    "language": a.language,
                    "confidence": c.confidence,
                    "rule": rule,
                    "extractor_version": "tests",
                    "extracted_at": extracted_at,
                }
            )
    return conform(pl.DataFrame(rows, schema=NEWS_CLAIMS), NEWS_CLAIMS, name="news_claims")
