"""The real-news benchmark: published articles annotated by hand, scored without their text.

The repository keeps, per article, only what we may publish: its URL, language, published date,
the length and SHA-1 of the text that was annotated (``articles.jsonl``), and the facts it
states in the form of the development set (``facts.jsonl``, a ``note`` in our own words in place
of the evidence). The texts themselves belong to their publishers; a user brings them in a
folder (``ledger eval --real DIR``), one file per article named ``<key>.txt``::

    https://example.com/the/article/url      <- line 1: the URL
    en                                       <- line 2: the language code
                                             <- line 3: empty
    The text, as many lines as it has ...

With ``LEDGER_ONLINE=1`` a missing text is fetched with the page connector, cut to the length
that was annotated (the annotation covers the opening of each page) and stored in
``$LEDGER_HOME/realnews/`` in the same layout, so any user with internet can rerun the scores.
A fetched page may differ from the copy that was annotated (edits, a different main-text cut);
the SHA-1 in ``articles.jsonl`` tells whether a text is the annotated one.

Scoring differs from the development set in one way: a prediction matches a fact on type,
subject, chip and number; whether its status is right is counted apart, on matched facts, so
the table shows both how many facts are found and how often their status is right.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sources.extract.evaluate import Report, read_jsonl, score
from sources.extract.trace import SentenceTrace, why_nothing_read
from sources.settings import PROJECT_ROOT

# the annotation lives with the tests: it is how the extractor is judged, not what it runs on
REALNEWS_DIR = PROJECT_ROOT / "tests" / "realnews"
TEXT_SUFFIX = ".txt"


class BenchmarkError(ValueError):
    """The benchmark's annotation files are missing or malformed."""


@dataclass(frozen=True)
class RealArticle:
    """One annotated article of the benchmark (its text is not part of the repository)."""

    key: str
    url: str
    language: str
    published: date
    text_chars: int | None
    text_sha1: str | None
    negative_control: bool


@dataclass
class Benchmark:
    """The annotation: articles by key and their facts by article key."""

    articles: dict[str, RealArticle]
    facts: dict[str, list[dict[str, Any]]]


def load_benchmark(folder: Path) -> Benchmark:
    """Read ``articles.jsonl`` and ``facts.jsonl`` of ``folder``; raises BenchmarkError."""
    paths = [folder / "articles.jsonl", folder / "facts.jsonl"]
    for path in paths:
        if not path.is_file():
            raise BenchmarkError(f"no {path.name} in {folder}")
    articles: dict[str, RealArticle] = {}
    for row in read_jsonl(paths[0]):
        key = row["key"]
        if key in articles:
            raise BenchmarkError(f"article {key!r} is listed twice in {paths[0]}")
        articles[key] = RealArticle(
            key=key,
            url=row["url"],
            language=row["language"],
            published=date.fromisoformat(row["published"]),
            text_chars=row.get("text_chars"),
            text_sha1=row.get("text_sha1"),
            negative_control=bool(row.get("negative_control")),
        )
    facts: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for fact in read_jsonl(paths[1]):
        if fact["key"] not in articles:
            raise BenchmarkError(f"a fact names article {fact['key']!r}, not in articles.jsonl")
        facts[fact["key"]].append(fact)
    return Benchmark(articles, dict(facts))


def read_text_file(path: Path) -> tuple[str, str, str]:
    """URL, language and text of a benchmark text file (layout in the module docstring)."""
    raw = path.read_text(encoding="utf-8")
    head = raw.split("\n", 3)
    if len(head) < 4 or head[2].strip():
        raise BenchmarkError(f"{path}: expected URL, language, an empty line, then the text")
    return head[0].strip(), head[1].strip(), head[3]


def write_text_file(path: Path, url: str, language: str, text: str) -> None:
    """Store a text in the benchmark layout."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"{url}\n{language}\n\n{text}", encoding="utf-8")


def text_sha1(text: str) -> str:
    """The fingerprint ``articles.jsonl`` keeps of an annotated text."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


@dataclass
class Texts:
    """The texts found for a benchmark, and what could not be had."""

    by_key: dict[str, str]
    missing: list[str]
    changed: list[str]  # found, but not the text that was annotated (SHA-1 differs)


def collect_texts(bench: Benchmark, folders: Iterable[Path]) -> Texts:
    """Find each article's text in the first folder that holds ``<key>.txt``."""
    folders = [f for f in folders if f.is_dir()]
    by_key: dict[str, str] = {}
    missing: list[str] = []
    changed: list[str] = []
    for key, article in sorted(bench.articles.items()):
        candidates = (f / f"{key}{TEXT_SUFFIX}" for f in folders)
        path = next((p for p in candidates if p.is_file()), None)
        if path is None:
            missing.append(key)
            continue
        _url, _lang, text = read_text_file(path)
        by_key[key] = text
        if article.text_sha1 and text_sha1(text) != article.text_sha1:
            changed.append(key)
    return Texts(by_key, missing, changed)


def fetch_missing(bench: Benchmark, keys: list[str], store: Path, client: Any) -> list[str]:
    """Fetch the pages of ``keys`` into ``store``; returns the keys that could not be fetched.

    ``client`` is a :class:`sources.http.HttpClient`. Each page's main text is cut to the
    annotated length, since the annotation covers only the page's opening.
    """
    from sources.http import FetchError
    from sources.news.pages import PageError, fetch_page

    failed: list[str] = []
    for key in keys:
        article = bench.articles[key]
        try:
            page = fetch_page(client, article.url)
        except (FetchError, PageError):
            failed.append(key)
            continue
        text = page.text if article.text_chars is None else page.text[: article.text_chars]
        write_text_file(store / f"{key}{TEXT_SUFFIX}", article.url, article.language, text)
    return failed


def annotation_folders(root: Path = REALNEWS_DIR) -> list[Path]:
    """The benchmark's folder and every annotation folder inside it (the held-out sets), in
    the order they were made: ``root``, ``holdout``, ``holdout2``, ..."""
    inside = [p.parent for p in root.glob("*/articles.jsonl")]
    inside.sort(key=lambda p: (len(p.name), p.name))  # holdout, holdout2, ..., holdout10
    return ([root] if (root / "articles.jsonl").is_file() else []) + inside


UNSEEN_FILE = "UNSEEN"


SHIFT_FILE = "SHIFT"


def _listed(path: Path) -> set[str]:
    if not path.is_file():
        return set()
    return {line.strip() for line in path.read_text().splitlines() if line.strip()}


def unseen_sets(root: Path = REALNEWS_DIR) -> set[str]:
    """The annotation folders held out as unseen, one name per line of ``root/UNSEEN``: sets
    nobody may read the misses of until a round of rules has been scored on them."""
    return _listed(root / UNSEEN_FILE)


def fitting_folders(root: Path | None = None) -> list[Path]:
    """The annotation folders the calibration is fitted on by default: every one of
    :func:`annotation_folders` except those of :func:`unseen_sets` and those the bundled
    model's shift to unseen text was fitted on (a model fitted on them would make the shift's
    claims its own training data)."""
    from sources.extract.calibration import bundled_model

    root = root if root is not None else REALNEWS_DIR
    unseen = unseen_sets(root) | _listed(root / SHIFT_FILE)
    shift = bundled_model().shift
    shifted = (
        {s.get("set", "").split("/")[-1] for s in shift.meta.get("sets", [])} if shift else set()
    )
    return [p for p in annotation_folders(root) if p == root or (p.name not in unseen | shifted)]


def shift_folders(root: Path | None = None) -> list[Path]:
    """The folders the shift of the calibration to unseen text is fitted on by default, one
    name per line of ``root/SHIFT`` (sets read while unseen, whose claims measure how far the
    model trusts itself on new text). A set added to ``UNSEEN`` as a blind check is never
    fitted on unless named there or with ``--bench``."""
    root = root if root is not None else REALNEWS_DIR
    named = _listed(root / SHIFT_FILE)
    return [p for p in annotation_folders(root) if p.name in named and p != root]


def run_benchmark(bench: Benchmark, texts: dict[str, str], **extract_kwargs: Any) -> Report:
    """Run the extractor on every article whose text is there and score it (status apart);
    a miss where nothing of the fact's type was read is told why from the article's trace
    (:func:`sources.extract.trace.why_nothing_read`)."""
    from sources.extract.extractor import extract

    predictions: dict[str, list[dict[str, Any]]] = {}
    languages: dict[str, str] = {}
    periods: dict[str, str] = {}
    traces: dict[str, list[SentenceTrace]] = {}
    for key, text in texts.items():
        article = bench.articles[key]
        traces[key] = []
        claims = extract(
            text,
            language=article.language,
            published=article.published,
            trace=traces[key],
            **extract_kwargs,
        )
        predictions[key] = [c.to_dict() for c in claims]
        languages[key] = article.language
        periods[key] = published_period(article.published)
    facts = {key: rows for key, rows in bench.facts.items() if key in texts}
    report = score(predictions, facts, languages, match_status=False, periods=periods)
    report.nothing_read_why = [
        why_nothing_read(fact, traces[key], predictions[key]) if not near else None
        for key, fact, near in report.misses
    ]
    return report


def published_period(published: date) -> str:
    """The period rows of the table: the benchmark reports older and recent stories apart."""
    return "2023-2024" if published.year <= 2024 else "2025-2026"
