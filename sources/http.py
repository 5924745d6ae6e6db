"""The one shared HTTP client of the Ledger.

Every connector's ``fetch`` goes through :class:`HttpClient` so timeouts, retries, the response
size cap, charset handling, conditional GET and the user agent are the same everywhere::

    from sources.http import FetchError, HttpClient

    with HttpClient() as client:
        try:
            result = client.get(url, etag=state_etag, last_modified=state_last_modified)
        except FetchError as exc:  # exc.url, exc.reason, exc.status (None when no response)
            ...
        if result.not_modified:  # 304: nothing new since the validators we sent
            ...
        result.text, result.content, result.encoding, result.etag, result.last_modified

Behaviour:

- **Timeouts**: ``timeout`` seconds for connect/read/write/pool, plus ``total_timeout`` for one
  whole attempt (a server trickling bytes cannot hold a worker forever).
- **Retries** (``retries`` extra attempts) with exponential backoff and full jitter
  (``uniform(0, min(backoff_max, backoff_base * 2**attempt))``) on timeouts, connection
  errors, incomplete bodies, 5xx and 429. A 429 or 503 with ``Retry-After`` (seconds or an
  HTTP-date) waits that long instead, capped at ``retry_after_max``. Other 4xx fail at once.
- **Size cap**: the body is streamed and the download aborted past ``max_bytes`` (decoded
  bytes, so a compressed bomb is caught too); a ``Content-Length`` above the cap aborts
  before reading. Not retried: the next attempt would be just as large.
- **Charset**: see :func:`decode_body` (BOM, declared charsets checked against the bytes,
  ``<meta>``/XML-declaration sniffing, UTF-8 with replacement as the last resort).
- **Conditional GET**: ``etag``/``last_modified`` become ``If-None-Match``/
  ``If-Modified-Since``; a 304 gives ``not_modified=True`` and an empty body.
- ``sleep`` and ``rng`` are injectable so tests run retries without waiting.
"""

from __future__ import annotations

import codecs
import random
import re
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

import httpx

from sources.settings import USER_AGENT

DEFAULT_MAX_BYTES = 10 * 1024 * 1024
_RETRY_STATUSES = frozenset({429, 500, 502, 503, 504, 520, 521, 522, 523, 524})
# Transport failures worth another attempt; proxy/protocol-usage errors are our own bugs.
_RETRY_EXCEPTIONS = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)
_SNIFF_BYTES = 4096
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
_XML_ENCODING = re.compile(
    rb"""^\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9._:-]+)""", re.I
)
_BOMS = (  # UTF-32 first: its little-endian BOM starts with UTF-16's.
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Browsers (WHATWG) read these labels as windows-1252; latin-1 stays as the lossless fallback.
_WESTERN = {"latin_1", "iso8859-1", "ascii", "cp1252"}


@dataclass(frozen=True)
class FetchResult:
    """One successful (2xx) or not-modified (304) response, fully read and decoded."""

    url: str  # as requested (before params and redirects)
    final_url: str  # after query params and redirects
    status: int
    content: bytes
    text: str
    encoding: str  # Python codec name used to decode ``content`` (e.g. "utf-8", "cp1252")
    headers: Mapping[str, str]  # case-insensitive (httpx.Headers)
    etag: str | None
    last_modified: str | None
    not_modified: bool


class FetchError(Exception):
    """A URL could not be fetched: ``reason`` says why, ``status`` is the last HTTP status."""

    def __init__(self, url: str, reason: str, *, status: int | None = None) -> None:
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason
        self.status = status


class _Retryable(Exception):
    """Internal: an attempt failed in a way worth retrying."""

    def __init__(self, reason: str, *, status: int | None = None, wait: float | None = None):
        super().__init__(reason)
        self.reason = reason
        self.status = status
        self.wait = wait


class HttpClient:
    """A polite, bounded HTTP GET client over one ``httpx.Client`` (see the module docstring)."""

    def __init__(
        self,
        *,
        timeout: float = 20.0,
        total_timeout: float | None = 120.0,
        retries: int = 3,
        backoff_base: float = 1.0,
        backoff_max: float = 30.0,
        retry_after_max: float = 120.0,
        max_bytes: int = DEFAULT_MAX_BYTES,
        user_agent: str = USER_AGENT,
        headers: Mapping[str, str] | None = None,
        sleep: Callable[[float], None] = time.sleep,
        rng: random.Random | None = None,
        now: Callable[[], datetime] | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.retries = retries
        self.backoff_base = backoff_base
        self.backoff_max = backoff_max
        self.retry_after_max = retry_after_max
        self.max_bytes = max_bytes
        self.total_timeout = total_timeout
        self._sleep = sleep
        self._rng = rng or random.Random()
        self._now = now or (lambda: datetime.now(UTC))
        self._client = httpx.Client(
            timeout=httpx.Timeout(timeout),
            follow_redirects=True,
            headers={"User-Agent": user_agent, **(headers or {})},
            transport=transport,
        )

    def __enter__(self) -> HttpClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the underlying connection pool."""
        self._client.close()

    def get(
        self,
        url: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        params: Mapping[str, Any] | None = None,
    ) -> FetchResult:
        """GET ``url`` with retries; raise :class:`FetchError` when it cannot be fetched."""
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        attempt = 0
        while True:
            try:
                return self._attempt(url, headers, params, etag, last_modified)
            except _Retryable as exc:
                if attempt >= self.retries:
                    tries = f"after {attempt + 1} attempts" if attempt else "(no retries)"
                    raise FetchError(url, f"{exc.reason} {tries}", status=exc.status) from None
                wait = exc.wait if exc.wait is not None else self._backoff(attempt)
                self._sleep(wait)
                attempt += 1

    def _backoff(self, attempt: int) -> float:
        return self._rng.uniform(0.0, min(self.backoff_max, self.backoff_base * 2**attempt))

    def _attempt(
        self,
        url: str,
        headers: dict[str, str],
        params: Mapping[str, Any] | None,
        etag: str | None,
        last_modified: str | None,
    ) -> FetchResult:
        started = time.monotonic()
        try:
            with self._client.stream("GET", url, headers=headers, params=params) as response:
                status = response.status_code
                if status == 304:
                    return FetchResult(
                        url=url,
                        final_url=str(response.url),
                        status=304,
                        content=b"",
                        text="",
                        encoding="utf-8",
                        headers=response.headers,
                        etag=response.headers.get("ETag") or etag,
                        last_modified=response.headers.get("Last-Modified") or last_modified,
                        not_modified=True,
                    )
                if status in _RETRY_STATUSES:
                    wait = None
                    if status in (429, 503):
                        wait = parse_retry_after(response.headers.get("Retry-After"), self._now())
                        wait = None if wait is None else min(wait, self.retry_after_max)
                    raise _Retryable(
                        f"HTTP {status} {response.reason_phrase}", status=status, wait=wait
                    )
                if status >= 400:
                    raise FetchError(url, f"HTTP {status} {response.reason_phrase}", status=status)
                content = self._read_capped(url, response, started)
        except httpx.TimeoutException as exc:
            raise _Retryable(f"timed out ({type(exc).__name__})") from None
        except httpx.RemoteProtocolError as exc:
            raise _Retryable(f"incomplete or malformed response ({exc})") from None
        except _RETRY_EXCEPTIONS as exc:
            raise _Retryable(f"network error ({type(exc).__name__}: {exc})") from None
        except (httpx.HTTPError, httpx.InvalidURL) as exc:
            raise FetchError(url, f"request failed ({type(exc).__name__}: {exc})") from None
        text, encoding = decode_body(content, response.headers.get("Content-Type"))
        return FetchResult(
            url=url,
            final_url=str(response.url),
            status=status,
            content=content,
            text=text,
            encoding=encoding,
            headers=response.headers,
            etag=response.headers.get("ETag"),
            last_modified=response.headers.get("Last-Modified"),
            not_modified=False,
        )

    def _read_capped(self, url: str, response: httpx.Response, started: float) -> bytes:
        declared = response.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > self.max_bytes:
            raise FetchError(
                url,
                f"response too large: Content-Length {declared} exceeds max_bytes={self.max_bytes}",
                status=response.status_code,
            )
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > self.max_bytes:
                raise FetchError(
                    url,
                    f"response too large: aborted after {size} bytes (max_bytes={self.max_bytes})",
                    status=response.status_code,
                )
            if self.total_timeout is not None and time.monotonic() - started > self.total_timeout:
                raise httpx.ReadTimeout(f"download exceeded total_timeout={self.total_timeout}s")
            chunks.append(chunk)
        return b"".join(chunks)


def parse_retry_after(value: str | None, now: datetime) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta-seconds or HTTP-date), or None."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - now).total_seconds())


def _codec(label: str | bytes | None) -> str | None:
    if not label:
        return None
    if isinstance(label, bytes):
        label = label.decode("ascii", "ignore")
    try:
        return codecs.lookup(label.strip().strip("\"'")).name
    except LookupError:
        return None


def _header_charset(content_type: str | None) -> str | None:
    if not content_type:
        return None
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset":
            return _codec(value)
    return None


def sniff_charset(content: bytes) -> str | None:
    """The charset a document declares about itself (XML declaration or HTML ``<meta>``)."""
    head = content[:_SNIFF_BYTES]
    match = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
    return _codec(match.group(1)) if match else None


def decode_body(content: bytes, content_type: str | None = None) -> tuple[str, str]:
    """Decode a response body; return ``(text, codec_name)``.

    Order: a byte-order mark wins; a declared UTF-16/32 is trusted; bytes that are valid
    UTF-8 are UTF-8 (a legacy declaration on a UTF-8 body is a common server mistake, and
    legacy text is almost never valid UTF-8 by accident); then the header charset, the
    document's own ``<meta>``/XML declaration, windows-1252 (the usual truth behind a wrong
    declaration in Western news), each decoded strictly; finally UTF-8 with replacement.
    """
    for bom, name in _BOMS:
        if content.startswith(bom):
            text = content.decode(name, errors="replace")
            return text, "utf-8" if name == "utf-8-sig" else name
    declared = [c for c in (_header_charset(content_type), sniff_charset(content)) if c]
    candidates = [c for c in declared if c.startswith(("utf-16", "utf-32"))]
    candidates.append("utf-8")
    for name in declared:
        candidates.extend(["cp1252", "latin_1"] if name in _WESTERN else [name])
    candidates.append("cp1252")
    seen: set[str] = set()
    for name in candidates:
        if name in seen:
            continue
        seen.add(name)
        try:
            return content.decode(name), name
        except (UnicodeDecodeError, LookupError):
            continue
    return content.decode("utf-8", errors="replace"), "utf-8"
