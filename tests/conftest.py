"""Shared fixtures: a real HTTP server on 127.0.0.1 and the recorded files in tests/fixtures.

``http_server`` starts a threaded ``http.server`` on a free port for one test. Tests script
it per path with :class:`Reply` values (served in order, the last one repeats), so network
code meets real sockets, real timeouts and real malformed responses, never the internet::

    Reply = http_server.Reply
    url = http_server.route("/feed.xml", Reply(500), Reply(body=recorded("news/feed.xml")))

Bodies may contain ``{{BASE}}``, replaced by the server's base URL (links to other routes).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def fixture_bytes(name: str) -> bytes:
    """Bytes of a recorded file under tests/fixtures."""
    return (FIXTURES / name).read_bytes()


@dataclass(frozen=True)
class Reply:
    """One scripted response."""

    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds to sleep before answering (timeouts)
    content_length: int | None = None  # declared length; larger than body = truncated body
    omit_length: bool = False  # no Content-Length: the body ends when the connection closes
    etag: str | None = None  # answer 304 when the request's If-None-Match equals it


@dataclass(frozen=True)
class Seen:
    """One request the server received."""

    path: str  # with the query string
    headers: dict[str, str]


class ScriptedServer:
    """A local HTTP server answering each path from its script of replies."""

    Reply = Reply  # so tests need no import from conftest

    def __init__(self) -> None:
        self._routes: dict[str, list[Reply]] = {}
        self._lock = threading.Lock()
        self.requests: list[Seen] = []
        self._httpd = _QuietServer(("127.0.0.1", 0), _handler_for(self))
        self._httpd.daemon_threads = True
        self.base_url = f"http://127.0.0.1:{self._httpd.server_address[1]}"
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )
        self._thread.start()

    def url(self, path: str) -> str:
        return self.base_url + path

    def route(self, path: str, *replies: Reply) -> str:
        """Script ``path`` (without query string); return its full URL."""
        with self._lock:
            self._routes[path] = list(replies)
        return self.url(path)

    def hits(self, path: str) -> list[Seen]:
        """Requests received for ``path`` (query string ignored)."""
        return [r for r in self.requests if r.path.split("?", 1)[0] == path]

    def next_reply(self, path: str) -> Reply:
        with self._lock:
            script = self._routes.get(path.split("?", 1)[0])
            if not script:
                return Reply(404, b"not found")
            return script.pop(0) if len(script) > 1 else script[0]

    def close(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()


class _QuietServer(ThreadingHTTPServer):
    """Clients that hang up early (timeout and size-cap tests) are expected, not errors."""

    def handle_error(self, request, client_address) -> None:
        import sys

        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


def _handler_for(server: ScriptedServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            server.requests.append(Seen(self.path, dict(self.headers.items())))
            reply = server.next_reply(self.path)
            if reply.delay:
                time.sleep(reply.delay)
            try:
                if reply.etag is not None and self.headers.get("If-None-Match") == reply.etag:
                    self.send_response(304)
                    self.send_header("ETag", reply.etag)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                body = reply.body.replace(b"{{BASE}}", server.base_url.encode())
                self.send_response(reply.status)
                for name, value in reply.headers.items():
                    self.send_header(name, value)
                if reply.etag is not None:
                    self.send_header("ETag", reply.etag)
                length = reply.content_length if reply.content_length is not None else len(body)
                if not reply.omit_length:
                    self.send_header("Content-Length", str(length))
                if reply.content_length is not None or reply.omit_length:
                    self.send_header("Connection", "close")
                    self.close_connection = True
                self.end_headers()
                self.wfile.write(body)
                self.wfile.flush()
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (timeout test): nothing left to answer

        def log_message(self, *args: object) -> None:
            pass  # keep test output clean

    return Handler


# The network guard refuses loopback by default; the scripted server lives on 127.0.0.1 only.
LOOPBACK_ALLOW = "127.0.0.1/32"


@pytest.fixture(autouse=True)
def _allow_local_test_server(monkeypatch) -> None:
    """Let fetches reach the test server on 127.0.0.1 (and nothing else that is local)."""
    monkeypatch.setenv("LEDGER_FETCH_ALLOW", LOOPBACK_ALLOW)


@pytest.fixture
def recorded() -> Callable[[str], bytes]:
    """``recorded(name)``: bytes of a file under tests/fixtures."""
    return fixture_bytes


@pytest.fixture
def http_server() -> Iterator[ScriptedServer]:
    """A scripted HTTP server on 127.0.0.1 for one test."""
    server = ScriptedServer()
    try:
        yield server
    finally:
        server.close()
