"""The one shared HTTP client of the Ledger.

Every connector's ``fetch`` goes through :class:`HttpClient` so timeouts, retries, the response
size cap, charset handling, conditional GET and the user agent are the same everywhere::

    from sources.http import FetchError, HttpClient

    with HttpClient.from_settings(settings) as client:  # or HttpClient(...) with explicit values
        try:
            result = client.get(url, etag=state_etag, last_modified=state_last_modified)
        except FetchError as exc:  # exc.url, exc.reason, exc.status (None when no response)
            ...
        if result.not_modified:  # 304: nothing new since the validators we sent
            ...
        result.text, result.content, result.encoding, result.etag, result.last_modified

Behaviour:

- **Timeouts**: ``timeout`` seconds for connect/read/write/pool, plus ``total_timeout`` for one
  whole attempt: every socket operation is clipped to the attempt's deadline, so a server
  trickling its headers or body a byte at a time cannot hold a worker past it.
- **Retries** (``retries`` extra attempts) with exponential backoff and full jitter
  (``uniform(0, min(backoff_max, backoff_base * 2**attempt))``) on timeouts, connection
  errors, incomplete bodies, 5xx and 429. A 429 or 503 with ``Retry-After`` (seconds or an
  HTTP-date) waits that long instead; a ``Retry-After`` above ``retry_after_max`` fails at
  once (waiting less would only be refused again). Other 4xx fail at once.
- **Time budget**: ``budget`` seconds for everything one client does (one connector run):
  timeouts and waits are clipped to what is left, and once it is spent every ``get`` fails
  at once, so a hanging or rate-limiting server cannot hold a build longer than that.
- **Public addresses only**: http(s) URLs only; redirects are followed here (at most
  ``max_redirects``) so every hop is checked; each host is resolved and refused when any of
  its addresses is loopback, private, link-local, reserved, multicast or a cloud metadata
  address, unless it is inside ``allow_networks`` (``LEDGER_FETCH_ALLOW``; tests allow
  127.0.0.1). The connection is then made to the address that was checked, so a DNS answer
  that changes between check and connect (rebinding) cannot slip through. Not retried.
  (Through an ``HTTP(S)_PROXY`` from the environment, each hop is still resolved and checked
  here, but the proxy makes the connection.)
- **Size cap**: the raw body is streamed and decompressed here (gzip, deflate) with the
  output bounded, so the download stops at ``max_bytes`` + 1 decoded bytes whatever the
  compression ratio; a ``Content-Length`` above the cap aborts before reading.
  Not retried: the next attempt would be just as large.
- **Charset**: see :func:`decode_body` (BOM, declared charsets checked against the bytes,
  ``<meta>``/XML-declaration sniffing, UTF-8 with replacement as the last resort).
- **Conditional GET**: ``etag``/``last_modified`` become ``If-None-Match``/
  ``If-Modified-Since``; a 304 gives ``not_modified=True`` and an empty body.
- ``sleep``, ``rng``, ``clock`` and ``resolver`` are injectable so tests run retries without
  waiting and script DNS answers.
"""

from __future__ import annotations

import codecs
import ipaddress
import random
import re
import socket
import threading
import time
import zlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

import httpcore
import httpx

from sources.settings import USER_AGENT, Settings

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
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_RAW_CHUNK = 16 * 1024  # compressed bytes read at a time: bounds the overshoot of the cap
# Cloud instance metadata endpoints: refused even when an allow-list covers their network.
METADATA_ADDRESSES = frozenset(
    ipaddress.ip_address(a)
    for a in ("169.254.169.254", "169.254.170.2", "100.100.100.200", "fd00:ec2::254")
)
_NAT64 = ipaddress.ip_network("64:ff9b::/96")

Resolver = Callable[[str, int], list[str]]


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

    def __init__(
        self,
        url: str,
        reason: str,
        *,
        status: int | None = None,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason
        self.status = status
        self.retry_after = retry_after  # seconds the server asked us to wait (429/503)


class BlockedAddressError(Exception):
    """A URL's host resolves to an address fetches may not reach (internal use)."""

    def __init__(self, host: str, address: str, why: str) -> None:
        super().__init__(f"{host} resolves to {address} ({why})")
        self.host = host
        self.address = address


def system_resolver(host: str, port: int) -> list[str]:
    """Every address ``host`` resolves to (``getaddrinfo``), in the system's order."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


class AddressGuard:
    """Decides which IP addresses fetches may reach: public ones, plus ``allow_networks``."""

    def __init__(self, allow_networks: Iterable[str] = (), resolver: Resolver | None = None):
        self.allowed = tuple(ipaddress.ip_network(n, strict=False) for n in allow_networks)
        self._resolve = resolver or system_resolver

    def why_blocked(self, address: str) -> str | None:
        """None when ``address`` may be reached, else the reason it may not."""
        ip = ipaddress.ip_address(address.split("%", 1)[0])
        if isinstance(ip, ipaddress.IPv6Address):
            if ip.ipv4_mapped is not None:
                ip = ip.ipv4_mapped
            elif ip in _NAT64:  # NAT64 carries an IPv4 address in its last 32 bits
                ip = ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
        if ip in METADATA_ADDRESSES:
            return "a cloud metadata address"
        if any(ip in network for network in self.allowed):
            return None
        for test, what in (
            (ip.is_unspecified, "unspecified"),
            (ip.is_loopback, "loopback"),
            (ip.is_link_local, "link-local"),
            (ip.is_multicast, "multicast"),
            (ip.is_private, "private"),
            (ip.is_reserved, "reserved"),
            (not ip.is_global, "not a public address"),
        ):
            if test:
                return what
        return None

    def resolve(self, host: str, port: int) -> list[str]:
        """The addresses of ``host``; raises :class:`BlockedAddressError` if any is refused."""
        addresses = self._resolve(host.strip("[]"), port)  # OSError when it cannot resolve
        if not addresses:
            raise OSError(f"no address for {host}")
        for address in addresses:
            why = self.why_blocked(address)
            if why is not None:
                raise BlockedAddressError(host, address, why)
        return addresses


# The wall-clock end of the current thread's attempt: every socket operation is clipped to it,
# so a server trickling its headers or body one byte at a time cannot outlast the attempt.
_ATTEMPT = threading.local()


def _clip(timeout: float | None) -> float | None:
    deadline = getattr(_ATTEMPT, "deadline", None)
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        raise httpcore.ReadTimeout("the attempt's time limit is spent")
    return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    """A network stream whose every read and write ends by the attempt's deadline."""

    def __init__(self, stream: httpcore.NetworkStream) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, _clip(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, _clip(timeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(
        self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        return _DeadlineStream(self._stream.start_tls(ssl_context, server_hostname, _clip(timeout)))

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class _GuardedBackend(httpcore.SyncBackend):
    """Connects only to addresses the guard accepted, resolved once at connect time."""

    def __init__(self, guard: AddressGuard) -> None:
        self._guard = guard

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        try:
            addresses = self._guard.resolve(host, port)
        except OSError as exc:
            raise httpcore.ConnectError(f"cannot resolve {host}: {exc}") from None
        error: Exception | None = None
        for address in addresses:
            try:
                stream = super().connect_tcp(
                    address, port, _clip(timeout), local_address, socket_options
                )
                return _DeadlineStream(stream)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                error = exc
        assert error is not None
        raise error


def _guarded_transport(guard: AddressGuard) -> httpx.HTTPTransport:
    transport = httpx.HTTPTransport()
    # httpx has no public hook for the socket layer; httpcore's pool takes a network backend.
    pool = transport._pool
    if not hasattr(pool, "_network_backend"):  # pragma: no cover - guards an httpcore change
        raise RuntimeError("httpcore changed: cannot install the address guard")
    pool._network_backend = _GuardedBackend(guard)
    return transport


class _Retryable(Exception):
    """Internal: an attempt failed in a way worth retrying."""

    def __init__(self, reason: str, *, status: int | None = None, retry_after: float | None = None):
        super().__init__(reason)
        self.reason = reason
        self.status = status
        self.retry_after = retry_after


class HttpClient:
    """A polite, bounded HTTP GET client over one ``httpx.Client`` (see the module docstring)."""

    def __init__(
        self,
        *,
        timeout: float = 20.0,
        total_timeout: float | None = 120.0,
        retries: int = 2,
        backoff_base: float = 1.0,
        backoff_max: float = 30.0,
        retry_after_max: float = 60.0,
        max_bytes: int = DEFAULT_MAX_BYTES,
        budget: float | None = None,
        allow_networks: Sequence[str] | None = None,
        max_redirects: int = 10,
        user_agent: str = USER_AGENT,
        headers: Mapping[str, str] | None = None,
        sleep: Callable[[float], None] = time.sleep,
        rng: random.Random | None = None,
        now: Callable[[], datetime] | None = None,
        clock: Callable[[], float] = time.monotonic,
        resolver: Resolver | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.timeout = timeout
        self.retries = retries
        self.backoff_base = backoff_base
        self.backoff_max = backoff_max
        self.retry_after_max = retry_after_max
        self.max_bytes = max_bytes
        self.total_timeout = total_timeout
        self.budget = budget
        self.max_redirects = max_redirects
        self._sleep = sleep
        self._rng = rng or random.Random()
        self._now = now or (lambda: datetime.now(UTC))
        self._clock = clock
        self._deadline = None if budget is None else clock() + budget
        if allow_networks is None:  # the operator's setting (tests allow 127.0.0.1 through it)
            allow_networks = Settings.from_env().fetch_allow
        self.guard = AddressGuard(allow_networks, resolver)
        self._client = httpx.Client(
            timeout=httpx.Timeout(timeout),
            follow_redirects=False,  # followed in _attempt, so each hop is checked
            headers={
                "User-Agent": user_agent,
                "Accept-Encoding": "gzip, deflate",  # the encodings _BoundedDecoder reads
                **(headers or {}),
            },
            transport=transport or _guarded_transport(self.guard),
        )

    @classmethod
    def from_settings(cls, settings: Settings, **overrides: Any) -> HttpClient:
        """A client with the operator's timeouts, retries, budget and allow-list."""
        options: dict[str, Any] = {
            "timeout": settings.http_timeout,
            "retries": settings.http_retries,
            "retry_after_max": settings.retry_after_max,
            "budget": settings.fetch_budget,
            "allow_networks": settings.fetch_allow,
        }
        options.update(overrides)
        return cls(**options)

    def remaining(self) -> float | None:
        """Seconds left of the time budget (None: no budget)."""
        return None if self._deadline is None else self._deadline - self._clock()

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
        retry_rate_limit: bool = True,
    ) -> FetchResult:
        """GET ``url`` with retries; raise :class:`FetchError` when it cannot be fetched.

        ``retry_rate_limit=False`` fails a 429 at once (with ``retry_after`` set) for callers
        that pace a rate-limited API themselves.
        """
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        attempt = 0
        while True:
            self._check_budget(url)
            try:
                return self._attempt(url, headers, params, etag, last_modified)
            except _Retryable as exc:
                tries = f"after {attempt + 1} attempts" if attempt else "(no retries)"
                if exc.status == 429 and not retry_rate_limit:
                    raise FetchError(
                        url, exc.reason, status=429, retry_after=exc.retry_after
                    ) from None
                if exc.retry_after is not None and exc.retry_after > self.retry_after_max:
                    raise FetchError(
                        url,
                        f"{exc.reason}: Retry-After {exc.retry_after:g}s exceeds the "
                        f"{self.retry_after_max:g}s cap, not retried",
                        status=exc.status,
                        retry_after=exc.retry_after,
                    ) from None
                if attempt >= self.retries:
                    raise FetchError(url, f"{exc.reason} {tries}", status=exc.status) from None
                wait = exc.retry_after if exc.retry_after is not None else self._backoff(attempt)
                left = self.remaining()
                if left is not None and wait >= left:
                    raise FetchError(
                        url,
                        f"{exc.reason} {tries}; the {self.budget:g}s time budget leaves no "
                        "time to retry",
                        status=exc.status,
                    ) from None
                self._sleep(wait)
                attempt += 1

    def _check_budget(self, url: str) -> None:
        left = self.remaining()
        if left is not None and left <= 0:
            raise FetchError(url, f"time budget of {self.budget:g}s spent: not fetched")

    def _timeout(self) -> httpx.Timeout:
        left = self.remaining()
        seconds = self.timeout if left is None else max(0.001, min(self.timeout, left))
        return httpx.Timeout(seconds)

    def _attempt_limit(self) -> float | None:
        """Seconds one attempt may take in all: ``total_timeout``, within the budget left."""
        left = self.remaining()
        if left is None:
            return self.total_timeout
        return left if self.total_timeout is None else min(self.total_timeout, left)

    def _check_url(self, url: httpx.URL, original: str) -> None:
        if url.scheme and url.scheme not in ("http", "https"):
            raise FetchError(original, f"blocked: {url} (only http and https are fetched)")
        if not url.scheme or not url.host:
            raise FetchError(original, f"request failed (not an absolute http(s) URL: {url})")
        try:
            self.guard.resolve(url.host, url.port or (443 if url.scheme == "https" else 80))
        except BlockedAddressError as exc:
            raise FetchError(original, f"blocked: {url} ({exc})") from None
        except OSError as exc:
            raise _Retryable(f"network error (cannot resolve {url.host}: {exc})") from None

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
        started = self._clock()
        limit = self._attempt_limit()
        _ATTEMPT.deadline = None if limit is None else time.monotonic() + limit
        try:
            self._check_url(httpx.URL(url), url)  # before the client merges a relative URL
            request = self._client.build_request(
                "GET", url, headers=headers, params=params, timeout=self._timeout()
            )
            for hop in range(self.max_redirects + 1):
                if hop:
                    self._check_url(request.url, url)
                response = self._client.send(request, stream=True)
                if response.status_code not in _REDIRECTS or response.next_request is None:
                    break
                response.close()
                if hop == self.max_redirects:
                    raise FetchError(url, f"too many redirects (more than {self.max_redirects})")
                self._check_budget(url)
                request = response.next_request
                request.extensions["timeout"] = self._timeout().as_dict()
            try:
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
                    raise _Retryable(
                        f"HTTP {status} {response.reason_phrase}", status=status, retry_after=wait
                    )
                if status >= 400:
                    raise FetchError(url, f"HTTP {status} {response.reason_phrase}", status=status)
                content = self._read_capped(url, response, started)
            finally:
                response.close()
        except BlockedAddressError as exc:  # raised at connect time by the guarded backend
            raise FetchError(url, f"blocked: {exc}") from None
        except httpx.UnsupportedProtocol as exc:
            raise FetchError(url, f"request failed (UnsupportedProtocol: {exc})") from None
        except httpx.TimeoutException as exc:
            raise _Retryable(f"timed out ({type(exc).__name__})") from None
        except httpx.RemoteProtocolError as exc:
            raise _Retryable(f"incomplete or malformed response ({exc})") from None
        except _RETRY_EXCEPTIONS as exc:
            raise _Retryable(f"network error ({type(exc).__name__}: {exc})") from None
        except (httpx.HTTPError, httpx.InvalidURL) as exc:
            raise FetchError(url, f"request failed ({type(exc).__name__}: {exc})") from None
        finally:
            _ATTEMPT.deadline = None
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
        encoding = response.headers.get("Content-Encoding", "identity")
        try:
            decoder = _BoundedDecoder(encoding, self.max_bytes)
        except ValueError as exc:
            raise FetchError(url, str(exc), status=response.status_code) from None
        limit = self._attempt_limit()
        chunks: list[bytes] = []
        size = 0
        try:
            for raw in response.iter_raw(_RAW_CHUNK):
                for chunk in decoder.feed(raw):
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise FetchError(
                            url,
                            f"response too large: aborted after {size} bytes "
                            f"(max_bytes={self.max_bytes})",
                            status=response.status_code,
                        )
                    chunks.append(chunk)
                if limit is not None and self._clock() - started > limit:
                    raise httpx.ReadTimeout(f"download exceeded its time limit of {limit:g}s")
            decoder.finish()
        except zlib.error as exc:
            raise FetchError(
                url, f"corrupt {encoding} body ({exc})", status=response.status_code
            ) from None
        return b"".join(chunks)


class _BoundedDecoder:
    """Content-Encoding decoding whose output per step is bounded by the size cap.

    httpx decodes a whole network chunk at once, so a compressed bomb expands in memory
    before any cap can look at it; here zlib never produces more than ``limit + 1`` bytes.
    """

    def __init__(self, encoding: str, limit: int) -> None:
        name = encoding.strip().lower()
        self._limit = limit
        self._produced = 0
        if name in ("", "identity"):
            self._zlib = None
        elif name in ("gzip", "x-gzip"):
            self._zlib = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif name == "deflate":
            self._zlib = zlib.decompressobj()
            self._raw_deflate_checked = False
        else:
            raise ValueError(f"unsupported Content-Encoding {encoding!r}")
        self._name = name

    def feed(self, data: bytes) -> Iterable[bytes]:
        """The decoded bytes of ``data``, in pieces of at most ``limit + 1`` bytes overall."""
        if self._zlib is None:
            yield data
            return
        if self._name == "deflate" and not self._raw_deflate_checked:
            self._raw_deflate_checked = True
            try:  # servers send "deflate" both zlib-wrapped and raw
                zlib.decompressobj().decompress(data[:64], 1)
            except zlib.error:
                self._zlib = zlib.decompressobj(-zlib.MAX_WBITS)
        while data:
            room = max(1, self._limit + 1 - self._produced)
            out = self._zlib.decompress(data, room)
            self._produced += len(out)
            if out:
                yield out
            if self._produced > self._limit or self._zlib.eof:
                return
            data = self._zlib.unconsumed_tail

    def finish(self) -> None:
        """Raise ``zlib.error`` when a compressed body stopped before its end."""
        if self._zlib is not None and not self._zlib.eof:
            raise zlib.error("compressed stream is incomplete")


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
