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
Jaccard; there is no all-pairs loop. Measured (tests/benchmarks/bench_inbox.py, 2 cores):
10,000 articles of 2 KB in eleven languages, 500 of them edited copies, de-duplicate in about
1.2 s and all 500 copies are found.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import polars as pl

from sources.schemas import NEWS_ARTICLES, conform

NEAR_DUPLICATE_THRESHOLD = 0.5
SHINGLE_TOKENS = 3
MIN_TOKENS = 30
LSH_BANDS = 40
LSH_ROWS = 3
CHUNK_DOCS = 1000  # texts shingled at once: bounds memory, barely changes speed

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


@dataclass(frozen=True)
class DedupResult:
    """Outcome of :func:`deduplicate`."""

    articles: pl.DataFrame  # NEWS_ARTICLES to insert; near-duplicates carry duplicate_of
    skipped: pl.DataFrame  # SKIPPED: exact duplicates, not inserted
    n_near_duplicate: int

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


def signatures(texts: Sequence[str] | pl.Series) -> pl.DataFrame:
    """MinHash signature per text with shingles: ``doc`` and ``m0`` .. ``m119``.

    Computed :data:`CHUNK_DOCS` texts at a time so memory stays flat however many there are.
    """
    n_hashes = LSH_BANDS * LSH_ROWS
    series = texts if isinstance(texts, pl.Series) else pl.Series(list(texts), dtype=pl.String)
    parts = []
    for first in range(0, len(series), CHUNK_DOCS):
        chunk = series.slice(first, CHUNK_DOCS)
        table = shingles(chunk, range(first, first + len(chunk)))
        parts.append(
            table.group_by("doc").agg(
                [pl.col("h").hash(seed).min().alias(f"m{seed}") for seed in range(n_hashes)]
            )
        )
    if not parts:
        return pl.DataFrame(schema={"doc": pl.UInt32})
    return pl.concat(parts)


def candidate_pairs(signature_table: pl.DataFrame) -> pl.DataFrame:
    """Pairs ``(a, b)``, ``a < b``, whose signatures agree on at least one LSH band."""
    if signature_table.is_empty():
        return pl.DataFrame(schema={"a": pl.UInt32, "b": pl.UInt32})
    bands = (
        signature_table.lazy()
        .select(
            "doc",
            *[
                pl.concat_list([f"m{band * LSH_ROWS + r}" for r in range(LSH_ROWS)])
                .hash(band)
                .alias(f"band{band}")
                for band in range(LSH_BANDS)
            ],
        )
        .unpivot(index="doc", variable_name="band", value_name="key")
    )
    return (
        bands.join(bands, on=["band", "key"], suffix="_b")
        .filter(pl.col("doc") < pl.col("doc_b"))
        .select(a="doc", b="doc_b")
        .unique()
        .collect()
    )


def near_duplicate_pairs(
    texts: Sequence[str] | pl.Series, *, threshold: float = NEAR_DUPLICATE_THRESHOLD
) -> pl.DataFrame:
    """Pairs of indices into ``texts`` (``a < b``) with shingle Jaccard >= ``threshold``."""
    series = texts if isinstance(texts, pl.Series) else pl.Series(list(texts), dtype=pl.String)
    pairs = candidate_pairs(signatures(series))
    if pairs.is_empty():
        return pl.DataFrame(schema=NEAR_PAIRS)
    # Exact Jaccard, from the shingles of the few documents that are in a candidate pair.
    docs = pl.concat([pairs["a"], pairs["b"]]).unique().sort().to_list()
    table = shingles(series.gather(docs), docs)
    sizes = table.group_by("doc").len("n")
    common = (
        pairs.join(table, left_on="a", right_on="doc")
        .join(table, left_on=["b", "h"], right_on=["doc", "h"], how="semi")
        .group_by("a", "b")
        .len("common")
    )
    return (
        pairs.join(common, on=["a", "b"], how="left")
        .join(sizes.rename({"doc": "a", "n": "n_a"}), on="a")
        .join(sizes.rename({"doc": "b", "n": "n_b"}), on="b")
        .with_columns(pl.col("common").fill_null(0))
        .select(
            "a",
            "b",
            jaccard=pl.col("common") / (pl.col("n_a") + pl.col("n_b") - pl.col("common")),
        )
        .filter(pl.col("jaccard") >= threshold)
        .sort("a", "b")
        .cast(NEAR_PAIRS)
    )


def deduplicate(
    candidates: pl.DataFrame,
    existing: pl.DataFrame | None = None,
    *,
    threshold: float = NEAR_DUPLICATE_THRESHOLD,
) -> DedupResult:
    """Split ``candidates`` (``NEWS_ARTICLES``) into articles to insert and exact duplicates.

    ``existing`` holds the loaded articles: ``article_id``, ``canonical_url``,
    ``content_hash`` are required; ``text`` (nullable) enables near-duplicate matching against
    them and ``duplicate_of`` lets a new copy point at the root original. Pass every loaded
    article for the exact checks; text only for a recent window (syndication happens within
    days) keeps a long-lived warehouse fast.

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
    new, n_near = _mark_near_duplicates(new, existing, threshold)
    new = new.sort("_pos").drop("_pos")
    return DedupResult(
        articles=conform(new, NEWS_ARTICLES, name="news_articles"),
        skipped=pl.DataFrame(skipped, schema=SKIPPED),
        n_near_duplicate=n_near,
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
    new: pl.DataFrame, existing: pl.DataFrame, threshold: float
) -> tuple[pl.DataFrame, int]:
    """Set ``duplicate_of`` on new rows that nearly duplicate a loaded or earlier new row."""
    if new.is_empty():
        return new, 0
    with_text = existing.filter(pl.col("text").is_not_null())
    n_old = with_text.height
    texts = pl.concat([with_text["text"], new["text"]])
    pairs = near_duplicate_pairs(texts, threshold=threshold).filter(pl.col("b") >= n_old)
    if pairs.is_empty():
        return new, 0
    ids = with_text["article_id"].to_list() + new["article_id"].to_list()
    roots: list[str | None] = with_text["duplicate_of"].to_list() + new["duplicate_of"].to_list()
    # Best match per new document: highest similarity, then the earliest document.
    best = pairs.sort(["b", "jaccard", "a"], descending=[False, True, False]).unique(
        "b", keep="first", maintain_order=True
    )
    marked = 0
    for a, b, _ in best.iter_rows():
        if roots[b] is None:
            roots[b] = roots[a] or ids[a]
            marked += 1
    return new.with_columns(duplicate_of=pl.Series(roots[n_old:], dtype=pl.String)), marked
