"""sources/http.py against a real HTTP server on 127.0.0.1 with scripted faults."""

from __future__ import annotations

import random
from datetime import UTC, datetime

import pytest

from sources.http import FetchError, HttpClient, decode_body, parse_retry_after, sniff_charset
from sources.settings import USER_AGENT


class Sleeps(list):
    """Records requested waits instead of waiting."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


@pytest.fixture
def client(sleeps: Sleeps):
    with HttpClient(
        timeout=0.5,
        retries=2,
        backoff_base=0.01,
        backoff_max=0.05,
        retry_after_max=30.0,
        max_bytes=10_000,
        sleep=sleeps,
        rng=random.Random(7),
    ) as c:
        yield c


def test_get_returns_decoded_text_headers_and_sends_user_agent(http_server, client):
    Reply = http_server.Reply
    url = http_server.route(
        "/hello",
        Reply(
            body="Grüße aus Köln".encode(), headers={"Content-Type": "text/plain; charset=utf-8"}
        ),
    )

    result = client.get(url, params={"q": "gpu"})

    assert result.status == 200
    assert result.text == "Grüße aus Köln"
    assert result.content == "Grüße aus Köln".encode()
    assert result.encoding == "utf-8"
    assert result.final_url == url + "?q=gpu"
    assert result.url == url
    assert result.headers["content-type"] == "text/plain; charset=utf-8"
    assert result.not_modified is False
    assert http_server.requests[0].path == "/hello?q=gpu"
    assert http_server.requests[0].headers["User-Agent"] == USER_AGENT


def test_500_then_200_is_retried_with_jittered_backoff(http_server, client, sleeps):
    Reply = http_server.Reply
    url = http_server.route("/flaky", Reply(500, b"oops"), Reply(502), Reply(body=b"ok"))

    result = client.get(url)

    assert result.text == "ok"
    assert len(http_server.hits("/flaky")) == 3
    assert len(sleeps) == 2
    assert 0 <= sleeps[0] <= 0.01  # full jitter: uniform(0, base * 2**0)
    assert 0 <= sleeps[1] <= 0.02  # uniform(0, base * 2**1)


def test_429_retry_after_seconds_is_honoured(http_server, client, sleeps):
    Reply = http_server.Reply
    url = http_server.route("/limited", Reply(429, headers={"Retry-After": "7"}), Reply(body=b"x"))

    assert client.get(url).text == "x"
    assert sleeps == [7.0]


def test_503_retry_after_http_date_is_honoured_and_a_longer_one_fails_at_once(http_server, sleeps):
    Reply = http_server.Reply
    url = http_server.route(
        "/busy",
        Reply(503, headers={"Retry-After": "Wed, 11 Jun 2025 10:00:20 GMT"}),
        Reply(503, headers={"Retry-After": "Wed, 11 Jun 2025 12:00:00 GMT"}),
        Reply(body=b"done"),
    )
    now = datetime(2025, 6, 11, 10, 0, 0, tzinfo=UTC)
    client = HttpClient(retries=2, retry_after_max=60.0, sleep=sleeps, now=lambda: now)
    with client, pytest.raises(FetchError) as info:
        client.get(url)
    assert sleeps == [20.0]  # the 2-hour wait is not attempted, not even capped
    assert info.value.retry_after == 7200.0
    assert "exceeds the 60s cap" in info.value.reason
    assert len(http_server.hits("/busy")) == 2


def test_retries_exhausted_raise_fetch_error_with_status(http_server, client, sleeps):
    Reply = http_server.Reply
    url = http_server.route("/down", Reply(503, b"maintenance"))

    with pytest.raises(FetchError) as info:
        client.get(url)

    assert info.value.status == 503
    assert info.value.url == url
    assert info.value.reason == "HTTP 503 Service Unavailable after 3 attempts"
    assert len(http_server.hits("/down")) == 3


def test_404_is_not_retried(http_server, client, sleeps):
    url = http_server.url("/missing")

    with pytest.raises(FetchError) as info:
        client.get(url)

    assert info.value.status == 404
    assert "HTTP 404" in info.value.reason
    assert len(http_server.hits("/missing")) == 1
    assert sleeps == []


def test_timeout_is_retried_then_succeeds(http_server, sleeps):
    Reply = http_server.Reply
    url = http_server.route("/slow", Reply(body=b"late", delay=0.6), Reply(body=b"fast"))
    with HttpClient(timeout=0.15, retries=1, backoff_base=0.01, sleep=sleeps) as c:
        assert c.get(url).text == "fast"
    assert len(sleeps) == 1


def test_timeout_every_time_gives_a_clear_error(http_server, sleeps):
    Reply = http_server.Reply
    url = http_server.route("/stuck", Reply(body=b"late", delay=0.6))
    client = HttpClient(timeout=0.15, retries=1, backoff_base=0.01, sleep=sleeps)
    with client, pytest.raises(FetchError) as info:
        client.get(url)
    assert info.value.reason.startswith("timed out (ReadTimeout)")
    assert info.value.status is None
    assert len(http_server.hits("/stuck")) == 2


def test_truncated_body_is_retried_then_reported(http_server, client):
    Reply = http_server.Reply
    url = http_server.route("/cut", Reply(body=b"<rss>only half", content_length=500))

    with pytest.raises(FetchError) as info:
        client.get(url)

    assert "incomplete or malformed response" in info.value.reason
    assert len(http_server.hits("/cut")) == 3


def test_truncated_body_then_complete_body_succeeds(http_server, client):
    Reply = http_server.Reply
    url = http_server.route(
        "/cut-once", Reply(body=b"half", content_length=100), Reply(body=b"whole body")
    )
    assert client.get(url).text == "whole body"


def test_oversized_content_length_aborts_without_retry(http_server, client):
    Reply = http_server.Reply
    url = http_server.route("/huge", Reply(body=b"x" * 20_000))

    with pytest.raises(FetchError) as info:
        client.get(url)

    assert info.value.reason == ("response too large: Content-Length 20000 exceeds max_bytes=10000")
    assert len(http_server.hits("/huge")) == 1


def test_oversized_stream_without_length_is_aborted(http_server, client):
    Reply = http_server.Reply
    url = http_server.route("/stream", Reply(body=b"y" * 50_000, omit_length=True))

    with pytest.raises(FetchError) as info:
        client.get(url)

    assert info.value.reason.startswith("response too large: aborted after")
    assert "(max_bytes=10000)" in info.value.reason
    assert len(http_server.hits("/stream")) == 1


def test_conditional_get_sends_validators_and_reports_not_modified(http_server, client):
    Reply = http_server.Reply
    url = http_server.route(
        "/feed",
        Reply(
            body=b"<rss/>",
            etag='"v1"',
            headers={"Last-Modified": "Tue, 10 Jun 2025 08:00:00 GMT"},
        ),
    )

    first = client.get(url)
    second = client.get(url, etag=first.etag, last_modified=first.last_modified)

    assert first.etag == '"v1"'
    assert first.last_modified == "Tue, 10 Jun 2025 08:00:00 GMT"
    assert second.not_modified is True
    assert second.status == 304
    assert second.content == b""
    assert second.etag == '"v1"'
    assert second.last_modified == "Tue, 10 Jun 2025 08:00:00 GMT"  # kept from the request
    sent = http_server.hits("/feed")[1].headers
    assert sent["If-None-Match"] == '"v1"'
    assert sent["If-Modified-Since"] == "Tue, 10 Jun 2025 08:00:00 GMT"
    assert "If-None-Match" not in http_server.hits("/feed")[0].headers


def test_redirect_is_followed_and_final_url_reported(http_server, client):
    Reply = http_server.Reply
    target = http_server.route("/new", Reply(body=b"moved here"))
    url = http_server.route("/old", Reply(301, headers={"Location": "/new"}))

    result = client.get(url)

    assert result.text == "moved here"
    assert result.url == url
    assert result.final_url == target


def test_wrong_declared_charset_over_http_falls_back(http_server, client):
    Reply = http_server.Reply
    latin1_as_utf8 = http_server.route(
        "/a",
        Reply(
            body="Société Générale".encode("latin-1"),
            headers={"Content-Type": "text/html; charset=utf-8"},
        ),
    )
    utf8_as_latin1 = http_server.route(
        "/b",
        Reply(
            body="Société Générale".encode(),
            headers={"Content-Type": "text/html; charset=iso-8859-1"},
        ),
    )

    a = client.get(latin1_as_utf8)
    b = client.get(utf8_as_latin1)

    assert (a.text, a.encoding) == ("Société Générale", "cp1252")
    assert (b.text, b.encoding) == ("Société Générale", "utf-8")


@pytest.mark.parametrize(
    ("url", "start"),
    [
        ("not a url", "request failed"),
        ("ftp://example.com/f", "blocked"),
        ("file:///etc/passwd", "blocked"),
        ("http://[::1/x", "request failed"),
    ],
)
def test_unusable_urls_raise_fetch_error(url, start, client, sleeps):
    with pytest.raises(FetchError) as info:
        client.get(url)
    assert info.value.reason.startswith(start)
    assert sleeps == []


@pytest.mark.parametrize(
    ("body", "content_type", "expected"),
    [
        ("Ärger".encode(), "text/plain; charset=UTF-8", ("Ärger", "utf-8")),
        ("Ärger".encode("cp1252"), "text/plain; charset=utf-8", ("Ärger", "cp1252")),
        ("Ärger".encode(), "text/plain; charset=latin-1", ("Ärger", "utf-8")),
        ("“quoted”".encode("cp1252"), "text/html; charset=ISO-8859-1", ("“quoted”", "cp1252")),
        ("数据中心".encode("gb18030"), 'text/html; charset="GB18030"', ("数据中心", "gb18030")),
        ("データ".encode("shift_jis"), "text/html; charset=Shift_JIS", ("データ", "shift_jis")),
        ("Привет".encode("cp1251"), "text/html; charset=windows-1251", ("Привет", "cp1251")),
        (b"\xef\xbb\xbfBOM wins", "text/plain; charset=cp1251", ("BOM wins", "utf-8")),
        (b"\xff\xfe" + "hé".encode("utf-16-le"), None, ("hé", "utf-16")),
        (b"plain ascii", None, ("plain ascii", "utf-8")),
        ("no header café".encode("cp1252"), None, ("no header café", "cp1252")),
        (b"x", "text/plain; charset=no-such-charset", ("x", "utf-8")),
    ],
)
def test_decode_body(body, content_type, expected):
    assert decode_body(body, content_type) == expected


def test_decode_body_reads_meta_and_xml_declarations():
    html = '<html><head><meta charset="windows-1251"></head><body>Привет</body></html>'
    http_equiv = (
        '<meta http-equiv="Content-Type" content="text/html; charset=euc-kr"><p>안녕하세요</p>'
    )
    xml = '<?xml version="1.0" encoding="ISO-8859-15"?><rss><title>€uro</title></rss>'

    assert decode_body(html.encode("cp1251")) == (html, "cp1251")
    assert decode_body(http_equiv.encode("euc-kr")) == (http_equiv, "euc_kr")
    text, _ = decode_body(xml.encode("iso-8859-15"))
    assert "€uro" in text
    assert sniff_charset(xml.encode("iso-8859-15")) == "iso8859-15"


def test_decode_body_last_resort_replaces_undecodable_bytes():
    # 0x81 is undefined in cp1252 and invalid UTF-8: nothing decodes it strictly.
    text, encoding = decode_body(b"caf\xe9 \x81", "text/plain; charset=utf-8")
    assert encoding == "utf-8"
    assert text == "caf\ufffd \ufffd"


def test_parse_retry_after():
    now = datetime(2025, 6, 11, 10, 0, 0, tzinfo=UTC)
    assert parse_retry_after("120", now) == 120.0
    assert parse_retry_after("Wed, 11 Jun 2025 10:01:00 GMT", now) == 60.0
    assert parse_retry_after("Wed, 11 Jun 2025 09:00:00 GMT", now) == 0.0
    assert parse_retry_after("soon", now) is None
    assert parse_retry_after(None, now) is None
