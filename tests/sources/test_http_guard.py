"""sources/http.py as an attacker meets it: internal addresses, redirect hops, DNS rebinding,
compression bombs, slow and rate-limiting servers (all against a server on 127.0.0.1)."""

from __future__ import annotations

import gzip
import socket
import threading
import time
import zlib

import pytest

from sources.http import AddressGuard, BlockedAddressError, FetchError, HttpClient
from sources.settings import Settings


class Sleeps(list):
    def __call__(self, seconds: float) -> None:
        self.append(seconds)


@pytest.mark.parametrize(
    ("address", "blocked"),
    [
        ("8.8.8.8", None),
        ("2606:4700:4700::1111", None),
        ("127.0.0.1", "loopback"),
        ("127.5.5.5", "loopback"),
        ("::1", "loopback"),
        ("10.1.2.3", "private"),
        ("172.16.0.1", "private"),
        ("192.168.1.1", "private"),
        ("169.254.169.254", "a cloud metadata address"),
        ("169.254.10.10", "link-local"),
        ("fe80::1", "link-local"),
        ("fd00::1", "private"),
        ("100.64.0.1", "not a public address"),  # carrier-grade NAT
        ("0.0.0.0", "unspecified"),
        ("224.0.0.1", "multicast"),
        ("::ffff:127.0.0.1", "loopback"),  # IPv4-mapped
        ("64:ff9b::a9fe:a9fe", "a cloud metadata address"),  # NAT64 of 169.254.169.254
        ("fd00:ec2::254", "a cloud metadata address"),
    ],
)
def test_guard_classifies_addresses(address, blocked):
    assert AddressGuard().why_blocked(address) == blocked


def test_allow_list_opens_a_network_but_never_the_metadata_address():
    guard = AddressGuard(["127.0.0.1/32", "169.254.0.0/16"])
    assert guard.why_blocked("127.0.0.1") is None
    assert guard.why_blocked("127.0.0.2") == "loopback"
    assert guard.why_blocked("169.254.1.1") is None
    assert guard.why_blocked("169.254.169.254") == "a cloud metadata address"


def test_default_settings_allow_nothing_local():
    assert Settings.from_env({}).fetch_allow == ()


def test_default_client_refuses_loopback_and_sends_nothing(http_server):
    url = http_server.route("/secret", http_server.Reply(body=b"internal"))
    with HttpClient(allow_networks=(), retries=0) as client, pytest.raises(FetchError) as info:
        client.get(url)
    assert info.value.reason.startswith("blocked:")
    assert "loopback" in info.value.reason
    assert http_server.requests == []


@pytest.mark.parametrize(
    "location",
    [
        "http://169.254.169.254/latest/meta-data/",
        "http://127.0.0.2:{port}/x",
        "http://10.0.0.1/admin",
        "http://[::1]:{port}/x",
        "http://0.0.0.0:{port}/x",
        "file:///etc/passwd",
        "gopher://127.0.0.1:{port}/x",
    ],
)
def test_every_redirect_hop_is_checked(http_server, location):
    Reply = http_server.Reply
    port = http_server.base_url.rsplit(":", 1)[1]
    http_server.route("/x", Reply(body=b"internal page"))
    url = http_server.route("/go", Reply(302, headers={"Location": location.format(port=port)}))
    with HttpClient(retries=0) as client, pytest.raises(FetchError) as info:
        client.get(url)
    assert info.value.reason.startswith("blocked:")
    assert [r.path for r in http_server.requests] == ["/go"]  # the target was never asked


@pytest.mark.parametrize("host", ["localhost", "2130706433", "0x7f.1", "127.1", "[::1]"])
def test_names_and_odd_spellings_of_loopback_are_resolved_then_refused(host):
    with pytest.raises(BlockedAddressError) as info:
        AddressGuard().resolve(host, 80)
    assert "loopback" in str(info.value)


def test_redirect_to_an_allowed_public_style_hop_is_followed(http_server):
    Reply = http_server.Reply
    target = http_server.route("/final", Reply(body=b"ok"))
    url = http_server.route("/a", Reply(301, headers={"Location": "/b"}))
    http_server.route("/b", Reply(307, headers={"Location": target}))
    with HttpClient(retries=0) as client:
        result = client.get(url)
    assert (result.text, result.final_url) == ("ok", target)


def test_redirect_loop_stops(http_server):
    url = http_server.route("/loop", http_server.Reply(302, headers={"Location": "/loop"}))
    with HttpClient(retries=0, max_redirects=3) as client, pytest.raises(FetchError) as info:
        client.get(url)
    assert "too many redirects" in info.value.reason
    assert len(http_server.hits("/loop")) == 4


def test_connection_goes_to_the_checked_address_not_a_rebound_one(http_server):
    """A name that is public when checked and loopback at connect time is refused."""
    port = int(http_server.base_url.rsplit(":", 1)[1])
    http_server.route("/", http_server.Reply(body=b"internal"))
    answers = [["93.184.216.34"], ["127.0.0.1"]]
    asked: list[str] = []

    def rebinding(host: str, port: int) -> list[str]:
        asked.append(host)
        return answers[len(asked) - 1]

    with (
        HttpClient(allow_networks=(), retries=0, resolver=rebinding) as client,
        pytest.raises(FetchError) as info,
    ):
        client.get(f"http://rebind.test:{port}/")
    assert "blocked" in info.value.reason and "127.0.0.1" in info.value.reason
    assert asked == ["rebind.test", "rebind.test"]  # checked, then resolved again to connect
    assert http_server.requests == []


def test_a_resolved_name_connects_to_its_checked_address_with_its_host_header(http_server):
    port = int(http_server.base_url.rsplit(":", 1)[1])
    http_server.route("/page", http_server.Reply(body=b"hello"))
    with HttpClient(retries=0, resolver=lambda host, port: ["127.0.0.1"]) as client:
        assert client.get(f"http://news.test:{port}/page").text == "hello"
    assert http_server.requests[0].headers["Host"] == f"news.test:{port}"


@pytest.mark.parametrize("encoding", ["gzip", "deflate", "raw-deflate"])
def test_compression_bomb_stops_within_ten_percent_of_the_cap(http_server, encoding):
    payload = b"\0" * 20_000_000
    if encoding == "gzip":
        body = gzip.compress(payload)
    elif encoding == "deflate":
        body = zlib.compress(payload)
    else:
        packer = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
        body = packer.compress(payload) + packer.flush()
    header = "deflate" if encoding == "raw-deflate" else encoding
    url = http_server.route(
        "/bomb", http_server.Reply(body=body, headers={"Content-Encoding": header})
    )
    cap = 100_000
    with HttpClient(retries=0, max_bytes=cap) as client, pytest.raises(FetchError) as info:
        client.get(url)
    read = int(info.value.reason.split("aborted after ")[1].split(" ")[0])
    assert cap < read <= cap * 1.1


@pytest.mark.parametrize("encoding", ["gzip", "deflate", "raw-deflate", "identity"])
def test_compressed_bodies_within_the_cap_decode(http_server, encoding):
    text = "Rechenzentrum mit 100.000 GPUs. " * 200
    data = text.encode()
    body = {
        "gzip": lambda: gzip.compress(data),
        "deflate": lambda: zlib.compress(data),
        "raw-deflate": lambda: zlib.compress(data, wbits=-zlib.MAX_WBITS),
        "identity": lambda: data,
    }[encoding]()
    header = "deflate" if encoding == "raw-deflate" else encoding
    url = http_server.route(
        "/ok",
        http_server.Reply(
            body=body,
            headers={"Content-Encoding": header, "Content-Type": "text/plain; charset=utf-8"},
        ),
    )
    with HttpClient(retries=0) as client:
        assert client.get(url).text == text
    assert "gzip" in http_server.requests[0].headers["Accept-Encoding"]


def test_truncated_gzip_is_an_error(http_server):
    body = gzip.compress(b"x" * 10_000)[:-20]
    url = http_server.route(
        "/cut", http_server.Reply(body=body, headers={"Content-Encoding": "gzip"})
    )
    with HttpClient(retries=0) as client, pytest.raises(FetchError) as info:
        client.get(url)
    assert "corrupt gzip body" in info.value.reason


def test_unknown_content_encoding_is_an_error(http_server):
    url = http_server.route(
        "/br", http_server.Reply(body=b"\x8b\x00", headers={"Content-Encoding": "br"})
    )
    with HttpClient(retries=0) as client, pytest.raises(FetchError) as info:
        client.get(url)
    assert "unsupported Content-Encoding" in info.value.reason


def test_hanging_server_is_bounded_by_the_budget(http_server):
    url = http_server.route("/hang", http_server.Reply(body=b"late", delay=5))
    started = time.monotonic()
    with HttpClient(timeout=30, retries=3, budget=1.0) as client:
        with pytest.raises(FetchError):
            client.get(url)
        with pytest.raises(FetchError) as later:
            client.get(url)  # the budget is spent: not even asked
    assert time.monotonic() - started < 2.5
    assert "time budget" in later.value.reason
    assert len(http_server.hits("/hang")) == 1


def test_retry_after_of_an_hour_fails_at_once(http_server):
    sleeps = Sleeps()
    url = http_server.route("/rl", http_server.Reply(429, headers={"Retry-After": "3600"}))
    with HttpClient(retries=3, sleep=sleeps) as client, pytest.raises(FetchError) as info:
        client.get(url)
    assert sleeps == []
    assert info.value.status == 429 and info.value.retry_after == 3600.0
    assert len(http_server.hits("/rl")) == 1


def test_backoff_longer_than_the_budget_left_is_not_waited(http_server):
    sleeps = Sleeps()
    url = http_server.route("/rl", http_server.Reply(429, headers={"Retry-After": "30"}))
    client = HttpClient(retries=3, retry_after_max=60, budget=10, sleep=sleeps)
    with client, pytest.raises(FetchError) as info:
        client.get(url)
    assert sleeps == []
    assert "time budget" in info.value.reason


def test_rate_limit_can_be_left_to_the_caller(http_server):
    sleeps = Sleeps()
    url = http_server.route("/rl", http_server.Reply(429, headers={"Retry-After": "5"}))
    with HttpClient(retries=3, sleep=sleeps) as client, pytest.raises(FetchError) as info:
        client.get(url, retry_rate_limit=False)
    assert sleeps == [] and info.value.status == 429 and info.value.retry_after == 5.0


def test_from_settings_takes_the_operators_values():
    settings = Settings.from_env(
        {
            "LEDGER_HTTP_TIMEOUT": "3",
            "LEDGER_HTTP_RETRIES": "1",
            "LEDGER_HTTP_RETRY_AFTER_MAX": "9",
            "LEDGER_FETCH_BUDGET": "42",
            "LEDGER_FETCH_ALLOW": "10.0.0.0/8",
        }
    )
    with HttpClient.from_settings(settings) as client:
        assert (client.timeout, client.retries, client.retry_after_max, client.budget) == (
            3.0,
            1,
            9.0,
            42.0,
        )
        assert client.guard.why_blocked("10.2.3.4") is None
        assert client.guard.why_blocked("127.0.0.1") == "loopback"


@pytest.fixture
def trickle():
    """A raw server on 127.0.0.1 that answers ``head`` and then one byte every 0.1 s."""
    started: list[tuple[socket.socket, threading.Event]] = []

    def start(head: bytes) -> str:
        server = socket.create_server(("127.0.0.1", 0))
        stop = threading.Event()

        def serve() -> None:
            conn, _ = server.accept()
            with conn:
                conn.recv(65536)
                try:
                    conn.sendall(head)
                    while not stop.is_set():
                        conn.sendall(b"a")
                        time.sleep(0.1)
                except OSError:
                    return  # the client hung up

        threading.Thread(target=serve, daemon=True).start()
        started.append((server, stop))
        return f"http://127.0.0.1:{server.getsockname()[1]}/"

    yield start
    for server, stop in started:
        stop.set()
        server.close()


@pytest.mark.parametrize(
    "head",
    [
        b"HTTP/1.1 200 OK\r\nX-Slow: ",  # headers that never end
        b"HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n",  # a body that never ends
    ],
)
def test_a_server_trickling_bytes_is_cut_at_the_attempt_limit(trickle, head):
    url = trickle(head)
    started = time.monotonic()
    client = HttpClient(timeout=5, total_timeout=1, retries=0)
    with client, pytest.raises(FetchError) as info:
        client.get(url)
    assert time.monotonic() - started < 2.5
    assert info.value.reason.startswith("timed out")
