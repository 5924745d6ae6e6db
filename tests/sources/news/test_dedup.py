"""sources/news/dedup.py: exact and near duplicates, against loaded rows and in the batch."""

from __future__ import annotations

import random
import time
from datetime import UTC, datetime, timedelta

import polars as pl
import pytest

from sources.news.articles import RawArticle, build_articles
from sources.news.dedup import (
    MAX_BAND_DOCS,
    MIN_TOKENS,
    NEAR_DUPLICATE_THRESHOLD,
    band_keys,
    deduplicate,
    near_duplicate_pairs,
    pairs_within,
    shingles,
    signatures,
)

FETCHED = datetime(2025, 6, 10, 12, tzinfo=UTC)

ORIGINAL = """
xAI said on Tuesday that its Colossus supercomputer in Memphis, Tennessee, now runs 200,000
GPUs after a second build phase that took about three months. The first phase of the cluster,
switched on last year, held 100,000 Nvidia H100 chips. The new phase added a mix of H100 and
H200 accelerators, according to the company, which did not give an exact split between the
two models. The company said it plans to keep growing the site and is preparing a second,
larger facility nearby. Local utility filings show the campus drawing about 150 megawatts
from the grid, with gas turbines covering part of the remaining demand while new substations
are built. Analysts said the pace of the build-out is unusual for a system of this size, most
of which take a year or more from groundbreaking to full operation. Rivals are racing to
match it: several cloud providers have announced clusters of similar scale for next year, and
chip supply rather than money is now the main constraint on how fast they can be finished.
"""

# The same story as a partner site runs it: new intro line, two sentences reworded, a footer.
SYNDICATED = """
MEMPHIS (Wire) - xAI said on Tuesday that its Colossus supercomputer in Memphis, Tennessee,
now runs 200,000 GPUs after a second build phase that took roughly three months. The first
phase of the cluster, switched on last year, held 100,000 Nvidia H100 chips. The new phase
added a mix of H100 and H200 accelerators, according to the company, which did not give an
exact split between the two models. The company said it plans to keep growing the site and
is preparing a second, larger facility nearby. Local utility filings show the campus drawing
about 150 megawatts from the grid, with gas turbines covering part of the remaining demand
while new substations are built. Analysts said the speed of the build-out is unusual for a
system of this size, most of which take a year or more from groundbreaking to full operation.
Rivals are racing to match it: several cloud providers have announced clusters of similar
scale for next year, and chip supply rather than money is now the main constraint on how fast
they can be finished. This story first appeared on Compute Desk.
"""

# A different article on the same event: same names and numbers, written separately.
SAME_EVENT = """
Elon Musk's artificial intelligence company has finished the second stage of its Memphis
data centre, bringing the Colossus system to 200,000 graphics processors. When it opened last
year the machine had 100,000 H100 accelerators from Nvidia; the expansion mixes those with
newer H200 parts. xAI did not say how many of each it bought. Power remains the sore point
for neighbours: the site takes roughly 150 megawatts, and environmental groups have objected
to the gas turbines parked on the property. The firm is also scouting land for another,
bigger campus in the area, people involved in the talks said. Industry watchers noted that
building at this speed is rare, and that competitors including Meta and OpenAI are planning
systems of comparable size for next year.
"""

CHINESE = (
    "xAI周二表示，其位于孟菲斯的Colossus超级计算机在第二阶段建设完成后，"
    "目前已运行20万块GPU。该集群第一阶段于去年启用，配备了10万块英伟达H100芯片。"
    "新阶段增加了H100和H200两种加速器，但公司没有透露具体比例。公司表示计划继续扩建，"
    "并正在附近筹备第二个更大的设施。当地电力公司文件显示，该园区从电网获取约150兆瓦电力。"
)
CHINESE_COPY = (
    "【科技日报】xAI周二表示，其位于孟菲斯的Colossus超级计算机在第二阶段建设完成后，"
    "目前已运行20万块GPU。该集群第一阶段于去年启用，配备了10万块英伟达H100芯片。"
    "新阶段增加了H100和H200两种加速器，但该公司没有透露具体比例。公司表示计划继续扩建，"
    "并正在附近筹备第二个更大的设施。当地电力公司文件显示，该园区从电网获取约150兆瓦电力。"
)


def articles(*specs: tuple[str, str | None, str], source: str = "feed") -> pl.DataFrame:
    """NEWS_ARTICLES rows from (text, url, published ISO) triples."""
    raws = [
        RawArticle(source_name="test", text=text, url=url, language="en", published_at=when)
        for text, url, when in specs
    ]
    return build_articles(raws, source=source, fetched_at=FETCHED, batch_id="b1")


def jaccard(a: str, b: str) -> float:
    pairs = near_duplicate_pairs([a, b], threshold=0.0)
    return pairs["jaccard"][0] if pairs.height else 0.0


def test_similarity_separates_syndication_from_same_event_reporting():
    assert jaccard(ORIGINAL, SYNDICATED) > 0.7
    assert jaccard(ORIGINAL, SAME_EVENT) < 0.1
    assert jaccard(CHINESE, CHINESE_COPY) > 0.7
    assert NEAR_DUPLICATE_THRESHOLD == 0.5


def test_syndicated_copy_in_the_same_batch_points_at_the_earlier_original():
    batch = articles(
        (SYNDICATED, "https://wire.example.net/xai-colossus", "2025-06-10T09:30:00Z"),
        (ORIGINAL, "https://desk.example.com/colossus", "2025-06-10T08:00:00Z"),
        (SAME_EVENT, "https://other.example.org/musk-memphis", "2025-06-10T10:00:00Z"),
    )

    result = deduplicate(batch)

    rows = {r["url"]: r for r in result.articles.to_dicts()}
    original_id = rows["https://desk.example.com/colossus"]["article_id"]
    assert result.articles.height == 3  # near-duplicates are kept
    assert rows["https://wire.example.net/xai-colossus"]["duplicate_of"] == original_id
    assert rows["https://desk.example.com/colossus"]["duplicate_of"] is None
    assert rows["https://other.example.org/musk-memphis"]["duplicate_of"] is None
    assert result.n_near_duplicate == 1
    assert result.n_exact_duplicate == 0
    assert result.articles["url"].to_list() == batch["url"].to_list()  # input order kept


def test_copy_of_an_already_loaded_article_points_at_it():
    loaded = articles((ORIGINAL, "https://desk.example.com/colossus", "2025-06-10T08:00:00Z"))
    batch = articles((SYNDICATED, "https://wire.example.net/xai", "2025-06-11T08:00:00Z"))

    result = deduplicate(batch, loaded)

    assert result.articles["duplicate_of"].to_list() == [loaded["article_id"][0]]
    assert result.n_near_duplicate == 1


def test_copy_of_a_loaded_copy_points_at_the_root_original():
    root = articles((ORIGINAL, "https://desk.example.com/colossus", "2025-06-10T08:00:00Z"))
    first_copy = articles((SYNDICATED, "https://wire.example.net/xai", "2025-06-10T09:00:00Z"))
    loaded = pl.concat([root, first_copy.with_columns(duplicate_of=pl.lit(root["article_id"][0]))])
    second_copy = articles(
        (SYNDICATED + " Reporting by the wire desk.", "https://third.example.com/x", None)
    )

    result = deduplicate(second_copy, loaded)

    assert result.articles["duplicate_of"].to_list() == [root["article_id"][0]]


def test_chinese_copy_is_a_near_duplicate():
    batch = articles(
        (CHINESE, "https://keji.example.cn/a/1", "2025-06-10T02:00:00Z"),
        (CHINESE_COPY, "https://ribao.example.cn/b/2", "2025-06-10T03:00:00Z"),
    )
    result = deduplicate(batch)
    assert result.articles["duplicate_of"].to_list() == [None, batch["article_id"][0]]


def test_exact_duplicates_are_not_inserted_and_each_has_a_reason():
    loaded = articles((ORIGINAL, "https://desk.example.com/colossus", "2025-06-10T08:00:00Z"))
    batch = articles(
        # the same article again, behind tracking parameters: same canonical URL
        (ORIGINAL, "https://desk.example.com/colossus?utm_source=x", "2025-06-10T08:00:00Z"),
        # identical text at another address
        (ORIGINAL, "https://mirror.example.net/colossus", "2025-06-10T09:00:00Z"),
        # a new article, twice in the same batch
        (SAME_EVENT, "https://other.example.org/musk", "2025-06-10T10:00:00Z"),
        (SAME_EVENT, "https://other.example.org/musk#comments", "2025-06-10T10:00:00Z"),
        # same text as the new article above, no URL
        (SAME_EVENT.upper(), None, None),
    )

    result = deduplicate(batch, loaded)

    assert result.articles["url"].to_list() == ["https://other.example.org/musk"]
    skipped = {r["url"]: (r["reason"], r["duplicate_of"]) for r in result.skipped.to_dicts()}
    loaded_id = loaded["article_id"][0]
    new_id = result.articles["article_id"][0]
    assert skipped == {
        "https://desk.example.com/colossus?utm_source=x": ("already_loaded", loaded_id),
        "https://mirror.example.net/colossus": ("same_text", loaded_id),
        "https://other.example.org/musk#comments": ("repeated_in_batch", new_id),
        None: ("same_text", new_id),
    }
    assert result.n_exact_duplicate == 4


def test_rerun_of_the_same_batch_adds_nothing():
    batch = articles(
        (ORIGINAL, "https://desk.example.com/colossus", "2025-06-10T08:00:00Z"),
        (SYNDICATED, "https://wire.example.net/xai", "2025-06-10T09:00:00Z"),
    )
    first = deduplicate(batch)
    second = deduplicate(batch, first.articles)

    assert first.articles.height == 2
    assert second.articles.height == 0
    assert second.n_near_duplicate == 0
    assert set(second.skipped["reason"]) == {"already_loaded"}


def test_loaded_rows_without_text_only_count_for_exact_matches():
    loaded = articles((ORIGINAL, "https://desk.example.com/colossus", None)).with_columns(
        text=pl.lit(None, pl.String)
    )
    batch = articles((SYNDICATED, "https://wire.example.net/xai", None))

    result = deduplicate(batch, loaded.select("article_id", "canonical_url", "content_hash"))

    assert result.articles["duplicate_of"].to_list() == [None]


def test_existing_frame_needs_the_identity_columns():
    with pytest.raises(ValueError, match="content_hash"):
        deduplicate(articles((ORIGINAL, None, None)), pl.DataFrame({"article_id": ["x"]}))


def test_short_texts_are_only_compared_exactly():
    a = "xAI raises $6 billion in a new funding round led by Valor and Sequoia."
    b = "Anthropic raises $6 billion in a new funding round led by Valor and Sequoia."
    assert len(a.split()) < MIN_TOKENS
    assert shingles([a, b]).height == 0
    result = deduplicate(articles((a, "https://e.com/1", None), (b, "https://e.com/2", None)))
    assert result.articles["duplicate_of"].to_list() == [None, None]


def test_thousands_of_articles_are_deduplicated_quickly():
    rng = random.Random(11)
    vocabulary = [f"w{i}" for i in range(30_000)]
    bodies = [" ".join(rng.choices(vocabulary, k=250)) for _ in range(3_000)]
    copies = []
    for body in bodies[:150]:
        words = body.split()
        for i in rng.sample(range(len(words)), 12):
            words[i] = rng.choice(vocabulary)
        copies.append(" ".join(words))
    start = datetime(2025, 6, 1, tzinfo=UTC)
    raws = [
        RawArticle("bulk", text, url=f"https://e.com/{i}", language="en",
                   published_at=start + timedelta(minutes=i))
        for i, text in enumerate(bodies + copies)
    ]  # fmt: skip
    batch = build_articles(raws, source="inbox", fetched_at=FETCHED, batch_id="b")

    # CPU time, not wall time, and a wide limit: this only catches work that grows out of
    # bounds (all pairs compared), whatever the load of the machine; speed is for bench-inbox
    began = time.process_time()
    result = deduplicate(batch)
    elapsed = time.process_time() - began

    marked = result.articles.filter(pl.col("duplicate_of").is_not_null())
    assert marked.height == 150
    expected = dict(zip(batch["article_id"][3000:], batch["article_id"][:150], strict=True))
    assert dict(marked.select("article_id", "duplicate_of").iter_rows()) == expected
    assert elapsed < 30, f"dedup of 3,150 articles took {elapsed:.1f} s of CPU"


def _boilerplate_corpus(n: int) -> list[str]:
    """``n`` different stories that all end with the same long wire disclaimer."""
    rng = random.Random(7)

    def word() -> str:
        return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(6))

    footer = (
        " This report is provided by the Compute Desk wire service for information only and "
        "may not be republished without permission; figures are those given by the companies "
        "named and were not independently verified by the desk before publication."
    )
    return [" ".join(word() for _ in range(60)) + footer for _ in range(n)]


def test_a_band_key_shared_by_many_documents_proposes_no_pair():
    # enough stories that the footer's keys are shared by more than the cap
    texts = _boilerplate_corpus(MAX_BAND_DOCS * 40)
    keys = band_keys(signatures(texts))
    shared = keys.group_by("band_key").len().filter(pl.col("len") > MAX_BAND_DOCS)
    assert shared.height > 0  # the footer does give keys that every story shares
    everything = len(texts) * (len(texts) - 1) // 2
    uncapped = (
        keys.join(keys, on="band_key", suffix="_b")
        .filter(pl.col("doc") < pl.col("doc_b"))
        .select("doc", "doc_b")
        .unique()
    )
    # without the cap, the footer makes most pairs candidates; with it, almost none
    assert uncapped.height > everything // 3
    assert pairs_within(keys).height < uncapped.height // 100
    # and a real copy among them is still found
    with_copy = [*texts, ORIGINAL, SYNDICATED]
    found = near_duplicate_pairs(with_copy)
    assert (len(texts), len(texts) + 1) in set(found.select("a", "b").iter_rows())


def test_the_warehouse_index_finds_what_the_in_memory_one_finds(tmp_path):
    import duckdb

    from orchestration.warehouse import append_raw_rows
    from sources.news.band_index import WarehouseBandIndex

    loaded = articles(
        (ORIGINAL, "https://desk.example.com/colossus", "2025-06-10T08:00:00Z"),
        (SAME_EVENT, "https://other.example.org/colossus", "2025-06-10T09:00:00Z"),
    )
    batch = articles((SYNDICATED, "https://wire.example.net/xai", "2025-06-11T08:00:00Z"))
    first = deduplicate(loaded)
    conn = duckdb.connect(str(tmp_path / "w.duckdb"))
    append_raw_rows(conn, "news_articles", first.articles)
    bands = first.band_keys.with_columns(fetched_at=pl.lit(FETCHED))
    append_raw_rows(conn, "news_article_bands", bands)

    in_memory = deduplicate(batch, loaded)
    in_warehouse = deduplicate(
        batch,
        loaded.select("article_id", "canonical_url", "content_hash"),
        index=WarehouseBandIndex(conn, since=FETCHED - timedelta(days=30)),
    )
    assert in_warehouse.articles["duplicate_of"].to_list() == [loaded["article_id"][0]]
    assert in_warehouse.articles.equals(in_memory.articles)
    # articles fetched before the window are not compared
    late = WarehouseBandIndex(conn, since=FETCHED + timedelta(days=1))
    assert deduplicate(batch, index=late).n_near_duplicate == 0


def test_the_warehouse_index_stores_a_boilerplate_key_only_up_to_the_cap(tmp_path):
    import duckdb

    from orchestration.warehouse import append_raw_rows, ensure_raw_table
    from sources.news.band_index import WarehouseBandIndex

    def load(texts: list[str], first: int) -> None:
        batch = articles(
            *[
                (text, f"https://desk.example.com/{first + i}", "2025-06-10T08:00:00Z")
                for i, text in enumerate(texts)
            ]
        )
        index = WarehouseBandIndex(conn, since=FETCHED - timedelta(days=30))
        result = deduplicate(batch, index=index)
        append_raw_rows(conn, "news_articles", result.articles)
        bands = result.band_keys.with_columns(fetched_at=pl.lit(FETCHED))
        append_raw_rows(conn, "news_article_bands", index.rows_to_store(bands))

    conn = duckdb.connect(str(tmp_path / "w.duckdb"))
    for table in ("news_articles", "news_article_bands"):
        ensure_raw_table(conn, table)
    # as many stories as the test above needs for the footer's keys to pass the cap
    stories = _boilerplate_corpus(MAX_BAND_DOCS * 40)
    half = len(stories) // 2
    load([ORIGINAL, *stories[:half]], 0)

    def rows_per_key() -> pl.DataFrame:
        return conn.sql(
            "select band_key, count(*) as n from raw.news_article_bands group by 1"
        ).pl()

    held = rows_per_key()
    footer_keys = held.filter(pl.col("n") > MAX_BAND_DOCS)["band_key"]
    # the footer's keys are known for boilerplate, with one row over the cap and no more
    assert footer_keys.len() > 0
    assert held["n"].max() == MAX_BAND_DOCS + 1
    # a later batch adds no row for them, and its copy of a loaded story is still found
    load([*stories[half:], SYNDICATED], len(stories))
    after = rows_per_key()
    assert after.filter(pl.col("band_key").is_in(footer_keys.implode()))["n"].max() == (
        MAX_BAND_DOCS + 1
    )
    marked = conn.execute(
        "select url from raw.news_articles where duplicate_of is not null"
    ).fetchall()
    syndicated_at = len(stories) + len(stories[half:])
    assert marked == [(f"https://desk.example.com/{syndicated_at}",)]


def test_only_originals_are_indexed_and_a_later_copy_meets_the_root(tmp_path):
    import duckdb

    from orchestration.warehouse import append_raw_rows, ensure_raw_table
    from sources.news.band_index import WarehouseBandIndex

    conn = duckdb.connect(str(tmp_path / "w.duckdb"))
    for table in ("news_articles", "news_article_bands"):
        ensure_raw_table(conn, table)
    index = WarehouseBandIndex(conn, since=FETCHED - timedelta(days=30))

    def load(batch: pl.DataFrame) -> pl.DataFrame:
        result = deduplicate(batch, index=index)
        append_raw_rows(conn, "news_articles", result.articles)
        bands = result.band_keys.with_columns(fetched_at=pl.lit(FETCHED))
        append_raw_rows(conn, "news_article_bands", index.rows_to_store(bands))
        return result.articles

    first = load(
        articles(
            (ORIGINAL, "https://desk.example.com/colossus", "2025-06-10T08:00:00Z"),
            (SYNDICATED, "https://wire.example.net/xai", "2025-06-10T09:00:00Z"),
        )
    )
    root = first["article_id"][0]
    assert first["duplicate_of"].to_list() == [None, root]
    indexed = conn.execute("select distinct article_id from raw.news_article_bands").fetchall()
    assert indexed == [(root,)]  # the copy's keys add nothing: its root stands for it
    # another copy of the syndicated text, a day later: marked with the root
    mirrored = SYNDICATED + "Updated on Wednesday with the company's comment.\n"
    later = load(articles((mirrored, "https://mirror.example.org/xai", "2025-06-11T08:00:00Z")))
    assert later["duplicate_of"].to_list() == [root]


def test_a_new_article_is_verified_against_the_loaded_ones_sharing_most_keys(tmp_path):
    import duckdb

    from orchestration.warehouse import append_raw_rows, ensure_raw_table
    from sources.news.band_index import WarehouseBandIndex
    from sources.news.dedup import MAX_STORED_CANDIDATES

    conn = duckdb.connect(str(tmp_path / "w.duckdb"))
    ensure_raw_table(conn, "news_article_bands")
    keys = band_keys(signatures([ORIGINAL]))["band_key"]
    # more loaded articles than the bound share the original's keys; "strong-*" share them all,
    # "weak-*" one key each
    rows = [(f"strong-{i:02d}", key) for i in range(MAX_STORED_CANDIDATES) for key in keys]
    rows += [(f"weak-{i:02d}", keys[i]) for i in range(MAX_STORED_CANDIDATES)]
    bands = pl.DataFrame(rows, schema=["article_id", "band_key"], orient="row")
    append_raw_rows(conn, "news_article_bands", bands.with_columns(fetched_at=pl.lit(FETCHED)))
    new_keys = band_keys(signatures([SYNDICATED]))
    found = WarehouseBandIndex(conn).matches(new_keys)
    assert sorted(found["article_id"]) == [f"strong-{i:02d}" for i in range(MAX_STORED_CANDIDATES)]
