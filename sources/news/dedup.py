"""De-duplication of candidate articles against the loaded ones and within the batch.

Two kinds of duplicate, treated differently:

- **Exact**: the same ``article_id`` (same canonical URL, or same text for URL-less articles),
  the same ``canonical_url``, or the same ``content_hash`` (identical normalized text) as an
  article already loaded or earlier in the batch. Not inserted again, so a re-run of the same
  inputs adds nothing; each one is listed in :attr:`DedupResult.skipped` with its reason.
- **Near**: the same story syndicated or lightly edited (new headline, a changed sentence,
  an added paragraph). Kept, with ``duplicate_of`` = the original's ``article_id`` (the
  original's own original when it is itself marked), so no text is ever silently dropped.

Near-duplicates are decided by the Jaccard similarity of the two texts' sets of word
3-shingles (each Chinese/Japanese character counts as a word, so it works without spaces):
``>= NEAR_DUPLICATE_THRESHOLD`` (0.5). Why 0.5: a syndicated copy with a new headline and a
few edited sentences scores 0.7-0.95, an excerpt of half the story about 0.5, while two
different articles on the same event (same names and numbers, written separately) share
very few 3-word runs and score under 0.15. Texts under ``MIN_TOKENS`` words are compared
only exactly: a headline-sized text cannot tell syndication from two different stories.

Scale: candidate pairs come from MinHash LSH (120 hash functions in 40 bands of 3 rows:
a pair at Jaccard 0.5 collides in some band with probability 0.996, at 0.1 with 0.04),
computed with polars expressions a thousand texts at a time, and only those pairs get an exact
Jaccard (the intersection of the two documents' shingle lists); there is no all-pairs loop, and
a batch shingles each text once, for its signature and for the check of every pair it is in.
Memory depends on the batch, not on the history: loaded articles are represented by their
band keys (a :class:`BandIndex`; the warehouse keeps them in ``raw.news_article_bands``), a
new article's keys are looked up there, and only the texts of
the few loaded articles that share a key are read back to verify the pair (at most
:data:`MAX_STORED_CANDIDATES` per new article, those sharing the most keys; the index holds
originals only, see ``sources.news.band_index``). A band key shared
by more than :data:`MAX_BAND_DOCS` articles is boilerplate (a standard disclaimer, a wire
credit) and proposes no pair. Measured (tests/benchmarks/bench_inbox.py, 2 cores): 10,000
articles of 2 KB in eleven languages, 500 of them edited copies, de-duplicate in about 1.2 s
and all 500 copies are found.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

import polars as pl

from sources.schemas import NEWS_ARTICLES, conform

NEAR_DUPLICATE_THRESHOLD = 0.5
SHINGLE_TOKENS = 3
MIN_TOKENS = 30
LSH_BANDS = 40
LSH_ROWS = 3
CHUNK_DOCS = 1000  # texts shingled at once: bounds memory, barely changes speed
# A band key shared by more documents than this is boilerplate, not evidence of a copy: the
# pairs it would propose grow with the square of its count.
MAX_BAND_DOCS = 50
# Loaded articles a new document is verified against: those sharing the most band keys with it
# (more shared bands, higher expected similarity). On generated news, where templated stories
# make large clusters, 10 kept 445 of the 446 copies that all candidates found and read back
# 790 loaded texts instead of 1,838 per 1,000 new articles; it bounds what a batch reads back.
MAX_STORED_CANDIDATES = 10
CHUNK_PAIRS = 20_000  # candidate pairs verified at once

# A token: one Han/kana character, or a run of other letters and digits.
_TOKEN = r"[\p{Han}\p{Hiragana}\p{Katakana}]|[\p{L}\p{N}--\p{Han}\p{Hiragana}\p{Katakana}]+"

SKIPPED = pl.Schema(
    {
        "article_id": pl.String,
        "url": pl.String,
        "source": pl.String,
        "source_name": pl.String,
        "reason": pl.String,  # already_loaded | same_url | same_text | repeated_in_batch
        "duplicate_of": pl.String,  # the loaded or kept article it duplicates
    }
)
NEAR_PAIRS = pl.Schema({"a": pl.UInt32, "b": pl.UInt32, "jaccard": pl.Float64})
BAND_KEYS = pl.Schema({"doc": pl.UInt32, "band_key": pl.Int64})
# what an index says of the loaded articles that share a band key with a new document
STORED_MATCHES = pl.Schema({"doc": pl.UInt32, "article_id": pl.String})
STORED_TEXTS = pl.Schema({"article_id": pl.String, "text": pl.String, "duplicate_of": pl.String})


class BandIndex(Protocol):
    """The band keys of loaded articles, where near-duplicate candidates are looked up."""

    def matches(self, keys: pl.DataFrame) -> pl.DataFrame:
        """For ``keys`` (``BAND_KEYS`` of new documents), the loaded articles sharing a key:
        ``STORED_MATCHES``, one row per (doc, article), keys shared by more than
        :data:`MAX_BAND_DOCS` loaded articles left out, at most
        :data:`MAX_STORED_CANDIDATES` per doc (those sharing the most keys, then by id)."""
        ...

    def texts(self, article_ids: list[str]) -> pl.DataFrame:
        """``STORED_TEXTS`` of the given loaded articles."""
        ...


@dataclass(frozen=True)
class DedupResult:
    """Outcome of :func:`deduplicate`."""

    articles: pl.DataFrame  # NEWS_ARTICLES to insert; near-duplicates carry duplicate_of
    skipped: pl.DataFrame  # SKIPPED: exact duplicates, not inserted
    n_near_duplicate: int
    # article_id, band_key of the inserted originals (to store beside them): a later copy is
    # compared with its cluster's root, not with each earlier copy; texts too short for
    # shingles have none
    band_keys: pl.DataFrame | None = None

    @property
    def n_exact_duplicate(self) -> int:
        """Exact duplicates left out (one per row of ``skipped``)."""
        return self.skipped.height


def shingles(
    texts: Sequence[str] | pl.Series, doc_ids: Sequence[int] | None = None
) -> pl.DataFrame:
    """Distinct hashed word 3-shingles per text: columns ``doc`` (index into ``texts``, or
    ``doc_ids[i]`` when given) and ``h``.

    Texts with fewer than :data:`MIN_TOKENS` tokens get no shingles.
    """
    ids = range(len(texts)) if doc_ids is None else doc_ids
    text = texts if isinstance(texts, pl.Series) else pl.Series(list(texts), dtype=pl.String)
    frame = pl.DataFrame(
        {"doc": pl.Series(list(ids), dtype=pl.UInt32), "text": text.cast(pl.String).fill_null("")}
    )
    tokens = (
        frame.lazy()
        .select(
            "doc",
            # The same normalization as articles.normalize_text (NFKC, lowercase), vectorized;
            # whitespace needs none since tokens are runs of letters and digits.
            tok=pl.col("text").str.normalize("NFKC").str.to_lowercase().str.extract_all(_TOKEN),
        )
        .filter(pl.col("tok").list.len() >= MIN_TOKENS)
        .explode("tok")
        .select("doc", t=pl.col("tok").hash(1))
    )
    # Shift the whole column and keep rows whose window stays inside one document: much
    # faster than a windowed shift per document.
    combined = pl.col("t")
    same_doc = pl.lit(True)
    for k in range(1, SHINGLE_TOKENS):
        combined = combined ^ pl.col("t").shift(-k).hash(k + 1)
        same_doc = same_doc & (pl.col("doc").shift(-k) == pl.col("doc"))
    return (
        tokens.select("doc", h=combined, keep=same_doc)
        .filter(pl.col("keep"))
        .select("doc", "h")
        .unique()
        .collect()
    )


def shingle_table(texts: Sequence[str] | pl.Series, offset: int = 0) -> pl.DataFrame:
    """:func:`shingles` of ``texts`` (documents numbered from ``offset``), computed
    :data:`CHUNK_DOCS` texts at a time so the token lists never exist for all texts at once."""
    series = texts if isinstance(texts, pl.Series) else pl.Series(list(texts), dtype=pl.String)
    parts = [pl.DataFrame(schema={"doc": pl.UInt32, "h": pl.UInt64})]
    for first in range(0, len(series), CHUNK_DOCS):
        chunk = series.slice(first, CHUNK_DOCS)
        parts.append(shingles(chunk, range(offset + first, offset + first + len(chunk))))
    return pl.concat(parts)


def minhash(table: pl.DataFrame) -> pl.DataFrame:
    """MinHash signature per document of a shingle table: ``doc`` and ``m0`` .. ``m119``.

    Computed :data:`CHUNK_DOCS` documents at a time: the 120 hashed columns of one
    aggregation stay the size of a chunk."""
    n_hashes = LSH_BANDS * LSH_ROWS
    parts = [
        chunk.group_by("doc").agg(
            [pl.col("h").hash(seed).min().alias(f"m{seed}") for seed in range(n_hashes)]
        )
        for chunk in table.with_columns(part=pl.col("doc") // CHUNK_DOCS).partition_by(
            "part", include_key=False
        )
    ]
    if not parts:
        return pl.DataFrame(schema={"doc": pl.UInt32})
    return pl.concat(parts)


def signatures(texts: Sequence[str] | pl.Series) -> pl.DataFrame:
    """MinHash signature per text with shingles: ``doc`` and ``m0`` .. ``m119``."""
    return minhash(shingle_table(texts))


def band_keys(signature_table: pl.DataFrame) -> pl.DataFrame:
    """The LSH band keys of each signature: ``BAND_KEYS``, :data:`LSH_BANDS` rows per doc.

    A key hashes one band's rows with the band number as seed, so keys of different bands do
    not meet; it is stored signed (DuckDB's BIGINT)."""
    if signature_table.is_empty():
        return pl.DataFrame(schema=BAND_KEYS)
    return (
        signature_table.lazy()
        .select(
            "doc",
            *[
                pl.concat_list([f"m{band * LSH_ROWS + r}" for r in range(LSH_ROWS)])
                .hash(band)
                .reinterpret(signed=True)
                .alias(f"band{band}")
                for band in range(LSH_BANDS)
            ],
        )
        .unpivot(index="doc", value_name="band_key")
        .select("doc", "band_key")
        .collect()
        .cast(BAND_KEYS)
    )


def pairs_within(keys: pl.DataFrame) -> pl.DataFrame:
    """Pairs ``(a, b)``, ``a < b``, of documents sharing a band key (boilerplate keys left out)."""
    common = keys.group_by("band_key").len().filter(pl.col("len") > MAX_BAND_DOCS)
    kept = keys.join(common, on="band_key", how="anti")
    return (
        kept.join(kept, on="band_key", suffix="_b")
        .filter(pl.col("doc") < pl.col("doc_b"))
        .select(a="doc", b="doc_b")
        .unique()
        .cast({"a": pl.UInt32, "b": pl.UInt32})
    )


def candidate_pairs(signature_table: pl.DataFrame) -> pl.DataFrame:
    """Pairs ``(a, b)``, ``a < b``, whose signatures agree on at least one LSH band."""
    return pairs_within(band_keys(signature_table))


def jaccard_pairs(
    pairs: pl.DataFrame, table: pl.DataFrame, *, threshold: float = NEAR_DUPLICATE_THRESHOLD
) -> pl.DataFrame:
    """The candidate ``pairs`` whose exact shingle Jaccard, from ``table`` (the shingles of
    every document in a pair, computed once), reaches ``threshold``: ``NEAR_PAIRS``.

    Each document's shingles become one sorted list, and a pair's overlap is the size of the
    two lists' intersection, :data:`CHUNK_PAIRS` pairs at a time: one pass over the pairs,
    however many documents they share (documents in clusters of copies meet in many pairs).
    """
    if pairs.is_empty():
        return pl.DataFrame(schema=NEAR_PAIRS)
    sets = table.group_by("doc").agg(pl.col("h").sort())
    found = []
    for first in range(0, pairs.height, CHUNK_PAIRS):
        chunk = pairs.slice(first, CHUNK_PAIRS)
        found.append(
            chunk.join(sets.rename({"doc": "a", "h": "h_a"}), on="a")
            .join(sets.rename({"doc": "b", "h": "h_b"}), on="b")
            .select(
                "a",
                "b",
                n_a=pl.col("h_a").list.len(),
                n_b=pl.col("h_b").list.len(),
                common=pl.col("h_a").list.set_intersection("h_b").list.len(),
            )
            .select(
                "a",
                "b",
                jaccard=pl.col("common") / (pl.col("n_a") + pl.col("n_b") - pl.col("common")),
            )
            .filter(pl.col("jaccard") >= threshold)
        )
    return pl.concat(found).sort("a", "b").cast(NEAR_PAIRS)


def near_duplicate_pairs(
    texts: Sequence[str] | pl.Series, *, threshold: float = NEAR_DUPLICATE_THRESHOLD
) -> pl.DataFrame:
    """Pairs of indices into ``texts`` (``a < b``) with shingle Jaccard >= ``threshold``."""
    table = shingle_table(texts)
    return jaccard_pairs(pairs_within(band_keys(minhash(table))), table, threshold=threshold)


class FrameIndex:
    """A :class:`BandIndex` over loaded articles held in memory with their text (a small
    warehouse, tests); the warehouse's own index is ``sources.news.band_index``."""

    def __init__(self, existing: pl.DataFrame) -> None:
        self._rows = existing.filter(pl.col("text").is_not_null()).select(STORED_TEXTS.names())
        keys = band_keys(signatures(self._rows["text"]))
        ids = self._rows.select("article_id").with_row_index("doc").cast({"doc": pl.UInt32})
        self._keys = keys.join(ids, on="doc").select("article_id", "band_key")

    def matches(self, keys: pl.DataFrame) -> pl.DataFrame:
        common = self._keys.group_by("band_key").len().filter(pl.col("len") > MAX_BAND_DOCS)
        stored = self._keys.join(common, on="band_key", how="anti")
        return (
            keys.join(stored, on="band_key")
            .group_by("doc", "article_id")
            .len("shared")
            .sort(["doc", "shared", "article_id"], descending=[False, True, False])
            .group_by("doc", maintain_order=True)
            .head(MAX_STORED_CANDIDATES)
            .select("doc", "article_id")
            .cast(STORED_MATCHES)
        )

    def texts(self, article_ids: list[str]) -> pl.DataFrame:
        return self._rows.filter(pl.col("article_id").is_in(article_ids)).cast(STORED_TEXTS)


def deduplicate(
    candidates: pl.DataFrame,
    existing: pl.DataFrame | None = None,
    *,
    threshold: float = NEAR_DUPLICATE_THRESHOLD,
    index: BandIndex | None = None,
) -> DedupResult:
    """Split ``candidates`` (``NEWS_ARTICLES``) into articles to insert and exact duplicates.

    ``existing`` holds the loaded articles: ``article_id``, ``canonical_url``,
    ``content_hash`` are required. Pass the loaded articles that share an id, a canonical URL
    or a content hash with a candidate (or all of them). Near-duplicates of loaded articles
    are looked up in ``index``; without one, ``existing``'s ``text`` column (nullable) is
    indexed in memory, and ``duplicate_of`` lets a new copy point at the root original.

    Within the batch the earliest ``published_at`` (then the first in order) is the original.
    """
    candidates = conform(candidates, NEWS_ARTICLES, name="news_articles")
    existing = _existing_frame(existing)
    loaded_ids = set(existing["article_id"].to_list())
    url_owner = _first_owner(existing, "canonical_url")
    hash_owner = _first_owner(existing, "content_hash")

    ordered = candidates.with_row_index("_pos").sort(
        "published_at", "_pos", nulls_last=True, maintain_order=True
    )
    kept: list[int] = []
    skipped: list[dict[str, str | None]] = []
    batch_ids: dict[str, str] = {}
    for pos, (aid, url, canonical, digest, source, source_name) in enumerate(
        ordered.select(
            "article_id", "url", "canonical_url", "content_hash", "source", "source_name"
        ).iter_rows()
    ):
        reason, original = None, None
        if aid in loaded_ids:
            reason, original = "already_loaded", aid
        elif aid in batch_ids:
            reason, original = "repeated_in_batch", aid
        elif canonical is not None and canonical in url_owner:
            reason, original = "same_url", url_owner[canonical]
        elif digest in hash_owner:
            reason, original = "same_text", hash_owner[digest]
        if reason is not None:
            skipped.append(
                {
                    "article_id": aid,
                    "url": url,
                    "source": source,
                    "source_name": source_name,
                    "reason": reason,
                    "duplicate_of": original,
                }
            )
            continue
        kept.append(pos)
        batch_ids[aid] = aid
        if canonical is not None:
            url_owner.setdefault(canonical, aid)
        hash_owner.setdefault(digest, aid)

    new = ordered[kept]
    if index is None:
        index = FrameIndex(existing)
    new, n_near, keys = _mark_near_duplicates(new, index, threshold)
    new = new.sort("_pos").drop("_pos")
    return DedupResult(
        articles=conform(new, NEWS_ARTICLES, name="news_articles"),
        skipped=pl.DataFrame(skipped, schema=SKIPPED),
        n_near_duplicate=n_near,
        band_keys=keys,
    )


def _existing_frame(existing: pl.DataFrame | None) -> pl.DataFrame:
    columns = {
        "article_id": pl.String,
        "canonical_url": pl.String,
        "content_hash": pl.String,
        "text": pl.String,
        "duplicate_of": pl.String,
    }
    if existing is None:
        return pl.DataFrame(schema=columns)
    missing = {"article_id", "canonical_url", "content_hash"} - set(existing.columns)
    if missing:
        raise ValueError(f"existing articles lack columns {sorted(missing)}")
    return existing.select(
        [
            (pl.col(c) if c in existing.columns else pl.lit(None)).cast(t).alias(c)
            for c, t in columns.items()
        ]
    )


def _first_owner(existing: pl.DataFrame, column: str) -> dict[str, str]:
    owners: dict[str, str] = {}
    for key, aid in existing.select(column, "article_id").drop_nulls().iter_rows():
        owners.setdefault(key, aid)
    return owners


def _mark_near_duplicates(
    new: pl.DataFrame, index: BandIndex, threshold: float
) -> tuple[pl.DataFrame, int, pl.DataFrame]:
    """Set ``duplicate_of`` on new rows that nearly duplicate a loaded or earlier new row;
    also return the band keys (``article_id``, ``band_key``) of the new originals for the
    index. Copies are left out of the index: in a cluster of copies one document (the root)
    stands for all, so the rows a lookup reads back grow with the stories, not the copies."""
    no_keys = pl.DataFrame(schema={"article_id": pl.String, "band_key": pl.Int64})
    if new.is_empty():
        return new, 0, no_keys
    n_new = new.height
    # each text is shingled once: for its signature and for the exact check of its pairs
    new_table = shingle_table(new["text"])
    keys = band_keys(minhash(new_table))
    new_ids = new["article_id"]
    # loaded articles sharing a key get document numbers after the new ones
    stored = index.matches(keys)
    old = stored.select("article_id").unique(maintain_order=True)
    old_rows = (
        index.texts(old["article_id"].to_list())
        if old.height
        else pl.DataFrame(schema=STORED_TEXTS)
    )
    old_rows = old.join(old_rows, on="article_id", how="inner", maintain_order="left")
    old_docs = old_rows.select("article_id").with_row_index("a", offset=n_new)
    with_old = (
        stored.join(old_docs.cast({"a": pl.UInt32}), on="article_id").select("a", b="doc").unique()
    )
    pairs = pl.concat([pairs_within(keys), with_old.cast({"a": pl.UInt32, "b": pl.UInt32})])
    table = pl.concat([new_table, shingle_table(old_rows["text"], offset=n_new)])
    found = jaccard_pairs(pairs, table, threshold=threshold)
    band_rows = keys.join(
        new_ids.to_frame().with_row_index("doc").cast({"doc": pl.UInt32}), on="doc"
    ).select("article_id", "band_key")
    if found.is_empty():
        return new, 0, _originals(band_rows, new)
    ids = new_ids.to_list() + old_rows["article_id"].to_list()
    roots: list[str | None] = new["duplicate_of"].to_list() + old_rows["duplicate_of"].to_list()
    # Best match per new document: highest similarity, then a loaded article before a new
    # one, then the earliest.
    best = (
        found.with_columns(is_new=pl.col("a") < n_new)
        .sort(["b", "jaccard", "is_new", "a"], descending=[False, True, False, False])
        .unique("b", keep="first", maintain_order=True)
    )
    marked = 0
    for a, b, _, _ in best.iter_rows():
        if roots[b] is None:
            roots[b] = roots[a] or ids[a]
            marked += 1
    new = new.with_columns(duplicate_of=pl.Series(roots[:n_new], dtype=pl.String))
    return new, marked, _originals(band_rows, new)


def _originals(band_rows: pl.DataFrame, new: pl.DataFrame) -> pl.DataFrame:
    """The band rows of the new articles that are no near-duplicate."""
    copies = new.filter(pl.col("duplicate_of").is_not_null()).select("article_id")
    return band_rows.join(copies, on="article_id", how="anti")
