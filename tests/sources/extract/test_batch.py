"""``extract_articles``: the vectorized prefilter, the Rust prescan, workers, the schema."""

from __future__ import annotations

from datetime import UTC, date, datetime

import polars as pl
import pytest

from sources.extract import EXTRACTOR_VERSION, extract, extract_articles, version_key
from sources.extract.batch import candidate_mask, claim_id
from sources.extract.gazetteer import Entity, Gazetteer
from sources.schemas import NEWS_CLAIMS

ARTICLES = [
    ("a1", "xAI raised US$6 billion in May at a US$24 billion valuation.", "en"),
    ("a2", "Colossus kini memiliki 100.000 GPU H100 dan 200,000 chip pada akhir tahun.", "id"),
    ("a3", "马斯克的xAI完成60亿美元B轮融资，投后估值240亿美元。", None),
    ("a4", "The weather in Memphis was warm, with 30 degrees on Monday.", "en"),
    ("a5", "Meta le dijo a la meta 5 cosas.", "es"),
    ("a6", None, "en"),
]


def frame(rows=ARTICLES) -> pl.DataFrame:
    when = datetime(2024, 6, 14, tzinfo=UTC)
    return pl.DataFrame(
        {
            "article_id": [r[0] for r in rows],
            "text": [r[1] for r in rows],
            "language": [r[2] for r in rows],
            "published_at": [when] * len(rows),
        },
        schema={
            "article_id": pl.String,
            "text": pl.String,
            "language": pl.String,
            "published_at": pl.Datetime("us", "UTC"),
        },
    )


def test_output_has_exactly_the_news_claims_schema(gaz):
    out = extract_articles(frame(), gazetteer=gaz)
    assert out.schema == NEWS_CLAIMS
    assert set(out["article_id"]) == {"a1", "a2", "a3"}
    assert set(out["extractor_version"]) == {version_key(gaz)}
    assert version_key(gaz).startswith(EXTRACTOR_VERSION + "+")
    assert out["claim_id"].is_unique().all()


def test_batch_gives_the_same_claims_as_extract(gaz):
    out = extract_articles(frame(), gazetteer=gaz)
    for article_id, text, lang in ARTICLES[:3]:
        single = extract(text, language=lang, published=date(2024, 6, 14), gazetteer=gaz)
        got = out.filter(pl.col("article_id") == article_id).drop(
            "claim_id", "article_id", "extractor_version", "extracted_at"
        )
        assert got.to_dicts() == [c.to_dict() for c in single]


def test_prefilter_needs_a_named_entity_and_a_number(gaz):
    mask = candidate_mask(frame()["text"], gaz).to_list()
    # a5 names "Meta" and a number, so it is read (and yields nothing); a4 names no entity
    assert mask == [True, True, True, False, True, False]


def test_prefilter_of_a_fresh_gazetteer_is_its_own():
    """Each new gazetteer's prefilter holds its own aliases. Built and dropped one after
    another, gazetteers reuse freed ids: a cache keyed by ``id()`` handed most of them the
    previous one's aliases, and their articles were dropped before extraction."""
    kept = []
    for i in range(200):
        name = f"Zorblax{i}"
        gazetteer = Gazetteer([(name, Entity("company", f"z{i}", name))])
        kept.append(candidate_mask(pl.Series([f"{name} bought 5 chips."]), gazetteer)[0])
        del gazetteer
    assert all(kept)


def test_workers_give_the_same_result(gaz):
    rows = [(f"r{i}", text, lang) for i, (_, text, lang) in enumerate(ARTICLES[:3] * 4)]
    serial = extract_articles(frame(rows), gazetteer=gaz, workers=1)
    parallel = extract_articles(frame(rows), gazetteer=gaz, workers=2)
    key = ["article_id", "start", "type", "chip_model", "quantity", "amount"]
    assert serial.sort(key).drop("extracted_at").equals(parallel.sort(key).drop("extracted_at"))


def test_empty_inputs(gaz):
    assert extract_articles(frame([]), gazetteer=gaz).schema == NEWS_CLAIMS
    assert extract_articles(frame([ARTICLES[3]]), gazetteer=gaz).height == 0


def test_claim_ids_are_stable_and_distinct(gaz):
    first = extract_articles(frame(), gazetteer=gaz)
    again = extract_articles(frame(), gazetteer=gaz)
    assert first["claim_id"].to_list() == again["claim_id"].to_list()
    (claim,) = extract(ARTICLES[0][1], language="en", gazetteer=gaz, published=date(2024, 6, 14))
    assert claim_id("a1", claim, claim.rule) != claim_id("a2", claim, claim.rule)


@pytest.mark.parametrize("workers", [1])
def test_extracted_at_is_taken_from_the_caller(gaz, workers):
    when = datetime(2025, 1, 2, 3, 4, tzinfo=UTC)
    out = extract_articles(frame(), gazetteer=gaz, extracted_at=when, workers=workers)
    assert set(out["extracted_at"]) == {when}


def test_batch_agrees_with_extract_on_the_sample_corpus(gaz):
    """The batch path (Rust prefilter and prescan, lower-casing in polars) finds exactly what
    ``extract`` finds alone, on every article of the bundled corpus in ten languages, plus a
    full-width text and one with "İ" (which Rust lower-cases to two characters)."""
    from sources.news.sample import read_sample

    articles = read_sample(fetched_at=datetime(2026, 1, 1, tzinfo=UTC), batch_id="t").articles
    wide = "ｘＡＩは１０万基のＨ１００を搭載したＣｏｌｏｓｓｕｓを稼働させた。"
    dotted = "İSTANBUL: xAI said its Colossus cluster now runs 200,000 Nvidia H100 GPUs."
    extra = pl.DataFrame(
        {
            "article_id": ["wide", "dotted"],
            "text": [wide, dotted],
            "language": ["ja", "en"],
            "published_at": [datetime(2024, 9, 3, tzinfo=UTC)] * 2,
        },
        schema=frame().schema,
    )
    corpus = pl.concat([articles.select(frame().columns).cast(frame().schema), extra])
    out = extract_articles(corpus, gazetteer=gaz, workers=1)
    assert out.filter(pl.col("article_id") == "wide").height >= 1
    assert out.filter(pl.col("article_id") == "dotted")["quantity"].to_list() == [200_000]
    for article_id, text, lang, published in corpus.iter_rows():
        single = extract(text, language=lang, published=published, gazetteer=gaz)
        got = (
            out.filter(pl.col("article_id") == article_id)
            .drop("claim_id", "article_id", "extractor_version", "extracted_at")
            # the batch numbers same-keyed claims of one sentence ("rule#2") to keep ids unique
            .with_columns(pl.col("rule").str.replace(r"#\d+$", ""))
        )
        assert got.to_dicts() == [c.to_dict() for c in single], article_id


def test_an_article_the_extractor_raises_on_gives_no_claims_and_stops_nothing(gaz, monkeypatch):
    """extract() is meant never to raise; if it does on one article, the batch reads the
    others and tells which article failed and why."""
    import sources.extract.batch as batch

    real = batch.extract

    def flaky(text, **kwargs):
        if "Colossus" in text:
            raise ValueError("a bug in a rule")
        return real(text, **kwargs)

    monkeypatch.setattr(batch, "extract", flaky)
    articles = pl.DataFrame(
        {
            "article_id": ["bad", "good"],
            "text": ["xAI's Colossus runs 100,000 H100 GPUs.", "xAI raised $6 billion in May."],
            "language": ["en", "en"],
            "published_at": [datetime(2024, 6, 1), datetime(2024, 6, 1)],
        }
    )
    failures: list = []
    claims = extract_articles(articles, gazetteer=gaz, workers=1, failures=failures)
    assert claims["article_id"].to_list() == ["good"]
    assert failures == [("bad", "ValueError: a bug in a rule")]
