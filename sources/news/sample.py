"""The bundled multilingual sample corpus (``sources/news/sample_corpus/articles.jsonl``).

Read through the inbox's JSON Lines parser, so the sample obeys exactly the rules a user's
files do. Each line: ``key`` (becomes ``source_name``), ``title``, ``text``, ``url``,
``published``, ``language``, ``syndicated_from`` (the key of the article it copies: not read
here, de-duplication must find such copies on its own; the tests check it does).
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime
from pathlib import Path

from sources.news.articles import build_articles
from sources.news.errors import IngestError
from sources.news.inbox import InboxBatch, InboxFileError, parse_jsonl

SOURCE = "sample"
SAMPLE_CORPUS = Path(__file__).resolve().parent / "sample_corpus" / "articles.jsonl"


def read_sample(
    *,
    fetched_at: datetime,
    batch_id: str,
    path: Path = SAMPLE_CORPUS,
    known_article_ids: Collection[str] = frozenset(),
) -> InboxBatch:
    """The sample corpus as ``NEWS_ARTICLES`` rows (``source = 'sample'``)."""
    where = path.as_uri()
    try:
        content = path.read_bytes()
        raws, errors = parse_jsonl(
            content, source=SOURCE, where=where, source_name=path.name, name_field="key"
        )
    except OSError as exc:
        return _failed(
            where, f"cannot read the sample corpus ({exc.strerror})", fetched_at, batch_id
        )
    except InboxFileError as exc:
        return _failed(where, str(exc), fetched_at, batch_id)
    articles = build_articles(
        raws, source=SOURCE, fetched_at=fetched_at, batch_id=batch_id, skip_ids=known_article_ids
    )
    return InboxBatch(articles, errors, 1, len(raws) - articles.height)


def _failed(where: str, reason: str, fetched_at: datetime, batch_id: str) -> InboxBatch:
    empty = build_articles([], source=SOURCE, fetched_at=fetched_at, batch_id=batch_id)
    return InboxBatch(empty, [IngestError(SOURCE, where, reason)], 1, 0)
