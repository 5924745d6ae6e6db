"""The inbox folder: drop article files in, they load as ``source = 'inbox'`` articles.

Formats (documented for users in ``sources/news/INBOX.md``): ``.txt``, ``.md``/``.markdown``
(optional YAML front matter, or a first line ``# Title``), ``.html``/``.htm`` (main text by
trafilatura, title from the page), ``.json`` (one object or a list of objects) and
``.jsonl``/``.ndjson`` (one object per line) with the fields ``text`` (required), ``title``,
``url``, ``published``, ``language``.

A bad file (binary, empty, not UTF-8, bad JSON, no text, unsupported type) or a bad record
inside a JSON file becomes an :class:`IngestError` with the reason; the valid files and
records beside it still load. Files stay where they are: a re-run skips the files it has read
before when their size and modification time are unchanged (``known_files``, the
``raw.inbox_files`` table), or when their content hash is; among the rest it skips the
articles whose ``article_id`` is already loaded (``known_article_ids``) before any language
detection, and :func:`sources.news.dedup.deduplicate` drops any that remain.

:func:`parse_file` is pure (name and bytes in); :func:`iter_inbox` walks the folder in
batches of at most ``batch_bytes`` of file content, so a large backlog is read a part at a
time; :func:`read_inbox` reads it all at once.
"""

from __future__ import annotations

import codecs
import errno
import hashlib
import json
import os
import re
from collections.abc import Collection, Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from pathlib import Path
from stat import S_ISREG
from typing import Any

import polars as pl
import yaml

from sources.http import decode_body
from sources.news.articles import RawArticle, build_article_batch
from sources.news.errors import IngestError
from sources.news.pages import PageError, extract_page
from sources.schemas import INBOX_FILES, QUARANTINE, empty

SOURCE = "inbox"
MAX_FILE_BYTES = 50 * 1024 * 1024
TEXT_SUFFIXES = (".txt",)
MARKDOWN_SUFFIXES = (".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm")
JSON_SUFFIXES = (".json",)
JSONL_SUFFIXES = (".jsonl", ".ndjson")
SUPPORTED_SUFFIXES = (
    TEXT_SUFFIXES + MARKDOWN_SUFFIXES + HTML_SUFFIXES + JSON_SUFFIXES + JSONL_SUFFIXES
)
# Partial downloads and editor temporaries: not ours to read (yet).
_IGNORED_SUFFIXES = (".part", ".crdownload", ".tmp", ".swp", ".download")
_RECORD_FIELDS = {"title": str, "url": str, "language": str}
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
_MD_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_MD_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+", re.M)
_MD_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_MD_COMMENT = re.compile(r"<!--.*?-->", re.S)
_TEXT_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


# libyaml's loader when PyYAML was built with it: ten times faster on many small files.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class InboxFileError(ValueError):
    """A whole inbox file cannot be read (the message is the reason users see)."""


DEFAULT_BATCH_BYTES = 256 * 1024 * 1024


@dataclass(frozen=True)
class KnownFile:
    """What ``raw.inbox_files`` remembers of a file read before."""

    size_bytes: int
    modified_ns: int
    content_sha256: str


@dataclass(frozen=True)
class InboxBatch:
    """Outcome of :func:`read_inbox`, or one batch of :func:`iter_inbox`."""

    articles: pl.DataFrame  # NEWS_ARTICLES, new ones only
    errors: list[IngestError] = field(default_factory=list)
    files: int = 0  # files looked at
    known: int = 0  # records skipped because their article_id is already loaded
    unchanged: int = 0  # files skipped: read before and not changed since
    # INBOX_FILES rows of the files read in this batch (to remember them)
    file_rows: pl.DataFrame = field(default_factory=lambda: pl.DataFrame(schema=INBOX_FILES))
    quarantine: pl.DataFrame = field(default_factory=lambda: empty(QUARANTINE))  # bad dates


def decode_text_file(content: bytes) -> str:
    """Text of a UTF-8 (or BOM-marked UTF-16/32) file; raises :class:`InboxFileError`."""
    for bom, codec in _TEXT_BOMS:
        if content.startswith(bom):
            try:
                return content.decode(codec)
            except UnicodeDecodeError as exc:
                raise InboxFileError(f"not valid {codec} text ({exc.reason})") from None
    if b"\x00" in content[:8192]:
        raise InboxFileError("binary file (contains NUL bytes): inbox files must be text")
    try:
        return content.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InboxFileError(
            f"not UTF-8 text (byte 0x{content[exc.start]:02x} at offset {exc.start}): "
            "save the file as UTF-8"
        ) from None


def parse_text(text: str, *, source_name: str) -> RawArticle:
    """A ``.txt`` article: all of it is text; a short first line before a blank line is
    also taken as the title."""
    lines = text.strip().splitlines()
    title = None
    if len(lines) > 2 and not lines[1].strip() and 0 < len(lines[0].strip()) <= 200:
        title = lines[0].strip()
    return RawArticle(source_name=source_name, text=text, title=title)


def parse_markdown(text: str, *, source_name: str) -> RawArticle:
    """A ``.md`` article: optional front matter (title, url, published, language), else a
    first line ``# Title``; light markdown syntax (links, emphasis, headings) is removed."""
    meta: dict[str, Any] = {}
    match = _FRONT_MATTER.match(text.lstrip("\ufeff"))
    if match:
        try:
            loaded = yaml.load(match.group(1), Loader=_YAML_LOADER) or {}
        except yaml.YAMLError as exc:
            raise InboxFileError(f"bad front matter ({_first_line(str(exc))})") from None
        if not isinstance(loaded, dict):
            raise InboxFileError("front matter must be 'key: value' lines")
        meta = {str(k).lower(): v for k, v in loaded.items()}
        text = text.lstrip("\ufeff")[match.end() :]
    title = meta.get("title")
    body = text.strip()
    if title is None and body.startswith("#") and not body.startswith("##"):
        first, _, rest = body.partition("\n")
        title, body = first.lstrip("#").strip() or None, rest
    body = _MD_COMMENT.sub("", body)
    body = _MD_IMAGE.sub("", body)
    body = _MD_LINK.sub(r"\1", body)
    body = _MD_HEADING.sub("", body)
    body = _MD_EMPHASIS.sub(r"\2", body)
    record = {"text": body, **{k: meta[k] for k in ("url", "language", "published") if k in meta}}
    if title is not None:
        record["title"] = str(title)
    for key in ("url", "language"):
        if key in record and record[key] is not None:
            record[key] = str(record[key])
    return _record_to_raw(record, source_name=source_name)


def parse_html_file(content: bytes, *, source_name: str) -> RawArticle:
    """A saved web page: trafilatura's main text, the page title, its canonical URL."""
    text, _ = decode_body(content, None)
    try:
        page = extract_page(text)
    except PageError as exc:
        raise InboxFileError(str(exc)) from None
    return RawArticle(
        source_name=source_name,
        text=page.text,
        title=page.title,
        url=page.url,
        language=page.language,
        published_at=page.published_at,
    )


def parse_records(
    records: list[Any],
    *,
    source: str,
    where: str,
    source_name: str,
    name_field: str | None = None,
    label: str = "record",
) -> tuple[list[RawArticle], list[IngestError]]:
    """Articles from JSON objects with ``text`` (required), ``title``, ``url``,
    ``published``, ``language``; a bad record becomes an error naming its position.

    ``name_field``: take ``source_name`` from this field of each record when present.
    """
    raws: list[RawArticle] = []
    errors: list[IngestError] = []
    for number, record in enumerate(records, start=1):
        try:
            if not isinstance(record, dict):
                raise InboxFileError(f"expected a JSON object, got {_json_type(record)}")
            name = record.get(name_field) if name_field else None
            raws.append(_record_to_raw(record, source_name=str(name or source_name), row=number))
        except InboxFileError as exc:
            errors.append(IngestError(source, f"{where}#{label}={number}", str(exc)))
    return raws, errors


def parse_jsonl(
    content: bytes,
    *,
    source: str,
    where: str,
    source_name: str,
    name_field: str | None = None,
) -> tuple[list[RawArticle], list[IngestError]]:
    """Articles from JSON Lines; a bad line is an error naming its line number."""
    text = decode_text_file(content)
    raws: list[RawArticle] = []
    errors: list[IngestError] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(IngestError(source, f"{where}#line={number}", f"bad JSON: {exc.msg}"))
            continue
        found, bad = parse_records(
            [record], source=source, where=where, source_name=source_name, name_field=name_field
        )
        raws.extend(replace(raw, row=number) for raw in found)
        errors.extend(IngestError(e.source, f"{where}#line={number}", e.error) for e in bad)
    return raws, errors


def parse_file(
    name: str, content: bytes, *, where: str | None = None
) -> tuple[list[RawArticle], list[IngestError]]:
    """Articles in one inbox file (pure); ``name`` gives the type and the ``source_name``.

    ``where`` is how errors name the file (default: ``name``).
    """
    where = where or name
    suffix = Path(name).suffix.lower()
    try:
        if suffix not in SUPPORTED_SUFFIXES:
            raise InboxFileError(
                f"unsupported file type {suffix or '(none)'!r}; "
                f"supported: {', '.join(SUPPORTED_SUFFIXES)}"
            )
        if len(content) > MAX_FILE_BYTES:
            raise InboxFileError(f"file too large ({len(content)} bytes > {MAX_FILE_BYTES})")
        if not content.strip(b" \t\r\n\x0b\x0c\xef\xbb\xbf"):
            raise InboxFileError("empty file")
        if suffix in HTML_SUFFIXES:
            if b"\x00" in content[:8192] and not content.startswith(
                tuple(b for b, _ in _TEXT_BOMS)
            ):
                raise InboxFileError("binary file (contains NUL bytes): inbox files must be text")
            return [parse_html_file(content, source_name=name)], []
        if suffix in JSONL_SUFFIXES:
            return parse_jsonl(content, source=SOURCE, where=where, source_name=name)
        text = decode_text_file(content)
        if not text.strip():
            raise InboxFileError("empty file")
        if suffix in TEXT_SUFFIXES:
            return [parse_text(text, source_name=name)], []
        if suffix in MARKDOWN_SUFFIXES:
            return [parse_markdown(text, source_name=name)], []
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise InboxFileError(
                f"bad JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})"
            ) from None
        if not isinstance(data, list):
            if not isinstance(data, dict):
                raise InboxFileError(f"expected a JSON object or list, got {_json_type(data)}")
            return [_record_to_raw(data, source_name=name)], []
        if not data:
            raise InboxFileError("empty JSON list: no articles")
        return parse_records(data, source=SOURCE, where=where, source_name=name)
    except InboxFileError as exc:
        return [], [IngestError(SOURCE, where, str(exc))]


def inbox_files(inbox_dir: Path) -> Iterator[Path]:
    """Files under ``inbox_dir`` in a stable order, without hidden files and temporaries.

    Symbolic links are yielded too (so they can be reported) but never followed into
    folders; :func:`iter_inbox` refuses to read them.
    """
    if not inbox_dir.is_dir():
        return
    for folder, dirs, names in os.walk(inbox_dir):  # does not descend into linked folders
        dirs[:] = sorted(d for d in dirs if not d.startswith((".", "~")))
        for name in sorted(names + [d for d in dirs if Path(folder, d).is_symlink()]):
            if name.startswith((".", "~")) or name.lower().endswith(_IGNORED_SUFFIXES):
                continue
            path = Path(folder, name)
            if path.is_symlink() or path.is_file():
                yield path


_SYMLINK = "symbolic link: not followed (copy the file into the inbox)"


def read_file_no_follow(path: Path) -> bytes:
    """The bytes of a regular file; a symbolic link (even one swapped in after the folder
    was listed) or anything but a regular file raises :class:`InboxFileError`."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise InboxFileError(_SYMLINK) from None
        raise
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(handle.fileno())
        if not S_ISREG(info.st_mode):
            raise InboxFileError("not a regular file")
        if info.st_size > MAX_FILE_BYTES:
            raise InboxFileError(f"file too large ({info.st_size} bytes > {MAX_FILE_BYTES})")
        return handle.read()


def read_inbox(
    inbox_dir: Path,
    *,
    fetched_at: datetime,
    batch_id: str,
    known_article_ids: Collection[str] = frozenset(),
    known_files: Mapping[str, KnownFile] | None = None,
) -> InboxBatch:
    """Read every new or changed inbox file at once (see :func:`iter_inbox` for batches)."""
    (batch,) = iter_inbox(
        inbox_dir,
        fetched_at=fetched_at,
        batch_id=batch_id,
        known_article_ids=known_article_ids,
        known_files=known_files,
        batch_bytes=None,
    )
    return batch


def iter_inbox(
    inbox_dir: Path,
    *,
    fetched_at: datetime,
    batch_id: str,
    known_article_ids: Collection[str] = frozenset(),
    known_files: Mapping[str, KnownFile] | None = None,
    batch_bytes: int | None = DEFAULT_BATCH_BYTES,
) -> Iterator[InboxBatch]:
    """Read the new and changed inbox files in batches of about ``batch_bytes`` of content
    (None: one batch); articles already loaded are skipped, bad files reported. Yields at
    least one batch."""
    inbox_dir = Path(inbox_dir)
    known_files = known_files or {}
    pending, yielded = _Pending(), False
    for path in inbox_files(inbox_dir):
        relative = path.relative_to(inbox_dir).as_posix()
        seen = known_files.get(relative)
        try:
            if path.is_symlink():
                raise InboxFileError(_SYMLINK)
            stat = path.lstat()
            if seen is not None and (seen.size_bytes, seen.modified_ns) == (
                stat.st_size,
                stat.st_mtime_ns,
            ):
                pending.unchanged += 1
                continue
            content = read_file_no_follow(path)
        except InboxFileError as exc:
            pending.files += 1
            pending.errors.append(IngestError(SOURCE, path.as_uri(), str(exc)))
            continue
        except OSError as exc:
            pending.files += 1
            pending.errors.append(
                IngestError(SOURCE, path.as_uri(), f"cannot read file ({exc.strerror})")
            )
            continue
        digest = hashlib.sha256(content).hexdigest()
        if seen is not None and seen.content_sha256 == digest:
            pending.unchanged += 1  # touched, not edited
            continue
        pending.add(path, relative, stat.st_mtime_ns, content, digest)
        if batch_bytes is not None and pending.bytes >= batch_bytes:
            yield pending.read(fetched_at, batch_id, known_article_ids)
            pending, yielded = _Pending(), True
    if pending.files or pending.unchanged or not yielded:
        yield pending.read(fetched_at, batch_id, known_article_ids)


@dataclass
class _Pending:
    """Files waiting to be parsed as one batch, and what was met on the way to them."""

    files: int = 0
    bytes: int = 0
    unchanged: int = 0
    errors: list[IngestError] = field(default_factory=list)
    raws: list[RawArticle] = field(default_factory=list)
    rows: list[dict[str, Any]] = field(default_factory=list)

    def add(self, path: Path, relative: str, modified_ns: int, content: bytes, digest: str):
        where = path.as_uri()
        try:
            found, bad = parse_file(relative, content, where=where)
        except Exception as exc:  # a parser bug on one odd file must not stop the others
            found, bad = [], [IngestError(SOURCE, where, f"unexpected {type(exc).__name__}: {exc}")]
        self.files += 1
        self.bytes += len(content)
        modified = datetime.fromtimestamp(modified_ns / 1e9, tz=UTC)
        self.raws.extend(replace(raw, file_time=modified) for raw in found)
        self.errors.extend(bad)
        self.rows.append(
            {
                "path": relative,
                "size_bytes": len(content),
                "modified_ns": modified_ns,
                "content_sha256": digest,
                "n_articles": len(found),
                "n_errors": len(bad),
            }
        )

    def read(
        self, fetched_at: datetime, batch_id: str, known_article_ids: Collection[str]
    ) -> InboxBatch:
        batch = build_article_batch(
            self.raws,
            source=SOURCE,
            fetched_at=fetched_at,
            batch_id=batch_id,
            skip_ids=known_article_ids,
        )
        articles = batch.articles
        file_rows = pl.DataFrame(
            [{**r, "batch_id": batch_id, "read_at": fetched_at} for r in self.rows],
            schema=INBOX_FILES,
        )
        return InboxBatch(
            articles,
            self.errors,
            self.files,
            len(self.raws) - articles.height - batch.quarantine.height,
            self.unchanged,
            file_rows,
            batch.quarantine,
        )


def _record_to_raw(record: dict[str, Any], *, source_name: str, row: int = 1) -> RawArticle:
    text = record.get("text")
    if text is None:
        raise InboxFileError("missing 'text'")
    if not isinstance(text, str):
        raise InboxFileError(f"'text' must be a string, got {_json_type(text)}")
    if not text.strip():
        raise InboxFileError("'text' is empty")
    for key, kind in _RECORD_FIELDS.items():
        value = record.get(key)
        if value is not None and not isinstance(value, kind):
            raise InboxFileError(f"'{key}' must be a string, got {_json_type(value)}")
    published = record.get("published", record.get("published_at"))
    # YAML front matter gives dates as date objects: those are fine too.
    if published is not None and (
        isinstance(published, bool) or not isinstance(published, str | int | float | date)
    ):
        raise InboxFileError(f"'published' must be a date string, got {_json_type(published)}")
    return RawArticle(
        source_name=source_name,
        text=text,
        title=record.get("title"),
        url=record.get("url"),
        language=record.get("language"),
        published_at=published,
        row=row,
    )


def _json_type(value: object) -> str:
    names = {dict: "object", list: "list", str: "string", bool: "boolean", type(None): "null"}
    return names.get(type(value), "number" if isinstance(value, int | float) else "value")


def _first_line(text: str) -> str:
    return text.strip().splitlines()[0] if text.strip() else text
