"""``extract_articles``: claims of many articles as a ``NEWS_CLAIMS`` frame.

The scan is vectorized where it pays: one polars ``str.contains`` per batch (Rust regex,
~1 GB/s) keeps only articles that mention a known entity (any alias of a company, cluster or
chip) and contain a digit or a number word. This filter loses nothing: every claim needs a
subject or chip from the gazetteer named in the text. Python then reads only those
articles, and inside them only the sentences that carry an anchor word and a number.
"""

from __future__ import annotations

import hashlib
import multiprocessing as mp
import os
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from datetime import UTC, datetime
from functools import cache
from operator import attrgetter
from typing import Any

import polars as pl

from sources.extract.claim import CLAIM_FIELDS, Claim
from sources.extract.extractor import Prescan, extract, version_key, warm_up
from sources.extract.gazetteer import Gazetteer, default_gazetteer
from sources.extract.numbers import NUMBER_CHARS
from sources.extract.rules import load_rules
from sources.extract.textnorm import FOLD_FROM, FOLD_TO
from sources.registry import FALLBACK_LANGUAGE, RULE_LANGUAGES
from sources.schemas import NEWS_CLAIMS, conform, empty


@cache
def number_words() -> tuple[str, ...]:
    """Spelled numbers and scale words of every language (lower case), for the prefilter."""
    words: set[str] = set()
    for code in RULE_LANGUAGES:
        rules = load_rules(code)
        for matcher in (
            rules.vague,
            rules.standalone_numbers,
            rules.scale_words,
            rules.number_words,
        ):
            words.update(k for k in matcher.literal if len(k) >= 3)
            words.update(k for k in matcher.stems if len(k) >= 3)
    return tuple(sorted(words))


@cache
def company_nouns() -> tuple[str, ...]:
    """The company nouns of every language ("start-up", "Unternehmen", "初创公司"), lower case:
    a text with one may name a company the gazetteer lacks (``claims.newco``)."""
    return tuple(sorted({d for code in RULE_LANGUAGES for d in load_rules(code).names.descriptors}))


def warm_up_batch(
    languages: Iterable[str] = RULE_LANGUAGES, gazetteer: Gazetteer | None = None
) -> None:
    """Do the one-time work of ``extract_articles`` now: load the gazetteer and the rules, and
    compile the Rust regexes of the prefilter and the prescan (polars caches
    compiled patterns per process) by running them on one line per language."""
    gaz = gazetteer if gazetteer is not None else default_gazetteer()
    codes = sorted(set(languages))
    warm_up(codes, gaz)
    sample = pl.Series(["xAI 1"] * len(codes), dtype=pl.String)
    candidate_mask(sample, gaz)
    _prescan(sample, codes, gaz)


def claim_id(article_id: str, claim: Claim, rule: str) -> str:
    """sha1 of (article_id, start, end, type, chip_model, rule)."""
    key = f"{article_id}|{claim.start}|{claim.end}|{claim.type}|{claim.chip_model or ''}|{rule}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()


def candidate_mask(texts: pl.Series, gazetteer: Gazetteer) -> pl.Series:
    """True for the texts worth reading: they name a gazetteer entity, or have a company noun
    (a round of a company the gazetteer lacks), and contain a number (vectorized: Aho-Corasick
    over the texts with the same case rules as the gazetteer)."""
    filled = texts.fill_null("")
    exact, caseless = gazetteer.prefilter_forms()
    # the case-insensitive forms are in caseless scripts (CJK): one exact pass finds both
    named = filled.str.contains_any(exact + caseless)
    if not named.all():
        # the same as extract() reads: a company noun lets a money sentence name an unknown raiser
        named = named | filled.str.contains_any(list(company_nouns()), ascii_case_insensitive=True)
    # spelled-out numbers are checked with ``str.contains_any`` below
    numbered = filled.str.contains(NUMBER_CHARS)
    if not numbered.all():
        # spelled numbers only matter where there is no digit (rare): check those rows
        words = list(number_words())
        numbered = numbered | filled.str.to_lowercase().str.contains_any(words)
    return named & numbered


def extract_articles(
    articles: pl.DataFrame,
    *,
    gazetteer: Gazetteer | None = None,
    extracted_at: datetime | None = None,
    workers: int | None = None,
    failures: list[tuple[str, str]] | None = None,
) -> pl.DataFrame:
    """Claims of ``articles`` (columns ``article_id``, ``text``, ``language``,
    ``published_at``) as a frame with exactly the ``NEWS_CLAIMS`` schema.

    A missing language is detected; ``published_at`` (a datetime or date) resolves relative
    dates. ``workers``: processes for the Python part (default: one per core, capped at 4,
    when more than ``PARALLEL_MIN_ARTICLES`` articles pass the prefilter; 1 forces a single
    process). ``extract`` is meant never to raise; should it raise on one article, that
    article gives no claims, the others are read, and ``(article_id, the error)`` is appended
    to ``failures`` when given: one bad article never stops a batch.
    """
    if articles.height == 0:
        return empty(NEWS_CLAIMS)
    gaz = gazetteer if gazetteer is not None else default_gazetteer()
    when = extracted_at or datetime.now(UTC)
    picked = articles.filter(candidate_mask(articles["text"], gaz))
    if picked.height == 0:
        return empty(NEWS_CLAIMS)
    rows = list(
        zip(
            picked["article_id"].to_list(),
            picked["text"].to_list(),
            picked["published_at"].to_list(),
            _languages(picked),
            strict=True,
        )
    )
    warm_up({r[3] if r[3] in RULE_LANGUAGES else FALLBACK_LANGUAGE for r in rows}, gaz)
    count = _worker_count(workers, len(rows))
    global _STATE
    # workers inherit the rows and their prescan by fork and get index ranges: pickling ~2 KB
    # of text per article through the pool's pipe costs more than reading it
    _STATE = (gaz, rows, _prescan(picked["text"], [r[3] for r in rows], gaz))
    try:
        records, failed = _extract_parallel(count) if count > 1 else _extract_span((0, len(rows)))
    finally:
        _STATE = None
    if failures is not None:
        failures.extend(failed)
    if not records:
        return empty(NEWS_CLAIMS)
    # column by column: polars builds columns from lists several times faster than rows
    columns = dict(zip(_RECORD_COLUMNS, zip(*records, strict=True), strict=True))
    frame = pl.DataFrame(
        {name: list(values) for name, values in columns.items()}, schema=_RECORD_SCHEMA
    ).with_columns(
        extractor_version=pl.lit(version_key(gaz)),
        extracted_at=pl.lit(when, dtype=NEWS_CLAIMS["extracted_at"]),
    )
    return conform(frame, NEWS_CLAIMS, name="news_claims")


def _extract_parallel(count: int) -> tuple[list[tuple[Any, ...]], list[tuple[str, str]]]:
    """Claims of the rows of ``_STATE`` read by ``count`` forked workers, which inherit the
    rows and their prescan and get only index spans. Small spans keep every worker busy to the
    end. (Prescanning while the workers run was tried: polars' thread pool then competes with
    them for the cores and costs more CPU than it saves in idle time.)"""
    assert _STATE is not None
    rows = _STATE[2]
    size = max(8, len(rows) // (count * 32))
    spans = [(i, min(len(rows), i + size)) for i in range(0, len(rows), size)]
    with ProcessPoolExecutor(count, mp_context=mp.get_context("fork")) as pool:
        parts = list(pool.map(_extract_span, spans))
    return [r for records, _ in parts for r in records], [f for _, failed in parts for f in failed]


PARALLEL_MIN_ARTICLES = 400
_STATE: tuple[Gazetteer, list[Any], list[Prescan]] | None = None  # set before workers fork
# a worker returns plain tuples in this column order (smaller to pickle than dicts)
_RECORD_COLUMNS = ("claim_id", "article_id", *CLAIM_FIELDS)
_RECORD_SCHEMA = pl.Schema({name: NEWS_CLAIMS[name] for name in _RECORD_COLUMNS})


def _worker_count(requested: int | None, articles: int) -> int:
    if requested is not None:
        count = max(1, requested)
    elif articles < PARALLEL_MIN_ARTICLES:
        count = 1
    else:
        count = min(os.cpu_count() or 1, 4)
    if count > 1 and "fork" not in mp.get_all_start_methods():
        return 1  # workers inherit the compiled rules by fork; without it, stay serial
    return count


def _prescan(texts: pl.Series, languages: list[str | None], gaz: Gazetteer) -> list[Prescan]:
    """Find the alias texts and cue words of every row with polars (Rust regex), and build the
    views ``extract`` reads (full-width forms folded, then lower-cased): ``extract`` then only
    locates and checks the words (a Python trie scan of the same words costs several times
    more, and ``lower_fold`` in Python ~20 us per 2 KB article). The scans are independent
    queries, run together by ``collect_all`` on polars' thread pool."""
    if texts.len() == 0:
        return []
    langs = [code if code in RULE_LANGUAGES else FALLBACK_LANGUAGE for code in languages]
    groups: dict[str, list[int]] = {}
    for i, code in enumerate(langs):
        groups.setdefault(code, []).append(i)
    # the views first (each once), then the scans of them in parallel
    views = (
        pl.DataFrame({"text": texts.fill_null(""), "lang": pl.Series(langs, dtype=pl.String)})
        .with_columns(fold=pl.col("text").str.replace_many(FOLD_FROM, FOLD_TO))
        .with_columns(low=pl.col("fold").str.to_lowercase())
    )
    frame = views.lazy()
    queries = [frame.select(aliases=pl.col("fold").str.extract_all(gaz.rust_pattern()))]
    queries += [
        frame.filter(pl.col("lang") == code).select(
            pl.col("low").str.extract_all(load_rules(code).anchor_rust_pattern)
        )
        for code in groups
    ]
    found = pl.collect_all(queries)
    aliases = found[0].to_series().to_list()
    # the fold view only where it differs from the text (rare): no second copy of the rest
    folded = views.select(pl.when(pl.col("fold") != pl.col("text")).then("fold")).to_series()
    folded = folded.to_list()
    low = views["low"].to_list()
    cues: list[list[str]] = [[] for _ in langs]
    for index, matches in zip(groups.values(), found[1:], strict=True):
        for i, words in zip(index, matches.to_series().to_list(), strict=True):
            cues[i] = words or []
    return [Prescan(aliases[i] or [], cues[i], folded[i], low[i]) for i in range(len(langs))]


def _extract_span(span: tuple[int, int]) -> tuple[list[tuple[Any, ...]], list[tuple[str, str]]]:
    """Claims of the rows ``[lo, hi)`` of ``_STATE`` (``(article_id, text, published,
    language)``, with their prescan), as tuples in ``_RECORD_COLUMNS`` order, and the
    ``(article_id, error)`` of articles the extractor raised on."""
    assert _STATE is not None
    gaz, rows, found = _STATE
    lo, hi = span
    records: list[tuple[Any, ...]] = []
    failed: list[tuple[str, str]] = []
    for (article_id, text, published, lang), prescan in zip(rows[lo:hi], found[lo:hi], strict=True):
        seen: dict[str, int] = {}
        try:
            claims = extract(
                text, language=lang, published=published, gazetteer=gaz, prescan=prescan
            )
        except Exception as exc:  # one article's bug must not stop the batch
            failed.append((article_id, f"{type(exc).__name__}: {exc}"[:ERROR_CHARS]))
            continue
        for claim in claims:
            rule = claim.rule
            cid = claim_id(article_id, claim, rule)
            if cid in seen:
                # two claims of one sentence with the same type, chip and rule: number them
                seen[cid] += 1
                rule = f"{rule}#{seen[cid]}"
                cid = claim_id(article_id, claim, rule)
            seen.setdefault(cid, 1)
            values = list(_CLAIM_VALUES(claim))
            values[_RULE_AT] = rule
            records.append((cid, article_id, *values))
    return records, failed


ERROR_CHARS = 300  # of an extraction error kept with its article

_RULE_AT = CLAIM_FIELDS.index("rule")
_CLAIM_VALUES = attrgetter(*CLAIM_FIELDS)  # a claim's fields as a tuple, in C


def _languages(frame: pl.DataFrame) -> list[str | None]:
    from sources.news.language import detect_languages, normalize_language

    given = [normalize_language(v) for v in frame["language"].to_list()]
    missing = [i for i, v in enumerate(given) if v is None]
    if missing:
        texts = frame["text"].to_list()
        found = detect_languages([texts[i] for i in missing])
        for i, lang in zip(missing, found, strict=True):
            given[i] = lang
    return given
