"""sources/news/gdelt.py: ArtList parsing and day fetches against a local server."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from urllib.parse import parse_qs, urlsplit

import pytest

from sources.http import HttpClient
from sources.news.gdelt import (
    DEFAULT_QUERIES,
    MAX_RECORDS,
    SOURCE_LANGUAGES,
    GdeltQuery,
    GdeltResponseError,
    clean_title,
    fetch_day,
    parse_artlist,
    parse_gdelt,
    repair_json_escapes,
    request_params,
)
from sources.registry import LANGUAGES
from sources.schemas import NEWS_ARTICLES

FETCHED = datetime(2025, 6, 11, 1, tzinfo=UTC)
DAY = date(2025, 6, 10)


class Sleeps(list):
    def __call__(self, seconds: float) -> None:
        self.append(seconds)


def artlist(n: int, prefix: str = "a") -> bytes:
    return json.dumps(
        {
            "articles": [
                {
                    "url": f"https://news.example.com/{prefix}/{i}",
                    "title": f"Story {prefix} {i} about GPU clusters",
                    "seendate": "20250610T120000Z",
                    "domain": "news.example.com",
                    "language": "English",
                }
                for i in range(n)
            ]
        }
    ).encode()


def test_parse_artlist_fixture(recorded):
    articles = parse_artlist(recorded("news/gdelt_artlist.json"))

    assert len(articles) == 5  # the repeated URL is de-duplicated later, by fetch_day/ingest
    first = articles[0]
    assert first.url == "https://news.example.com/2025/06/10/xai-colossus-expansion"
    assert first.title == "xAI expands Colossus supercomputer to 200,000 GPUs"
    assert first.seen_at == datetime(2025, 6, 10, 8, 15, tzinfo=UTC)
    assert first.domain == "news.example.com"
    assert [a.language for a in articles] == ["en", "de", "id", "zh", "en"]
    assert articles[2].title == "Pusat data AI baru di Batam (Kepri) mulai beroperasi"


def test_parse_gdelt_builds_title_only_articles(recorded):
    df = parse_gdelt(recorded("news/gdelt_artlist.json"), fetched_at=FETCHED, batch_id="g1")

    assert df.schema == NEWS_ARTICLES
    assert df.height == 5
    assert df["text"].to_list() == df["title"].to_list()
    assert set(df["source"]) == {"gdelt"}
    assert df["source_name"][1] == "tech.example.de"
    assert df["published_at"][1] == datetime(2025, 6, 10, 6, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"Invalid query: the phrase is too short.", "GDELT error: Invalid query"),
        (b"Please limit requests to one every 5 seconds", "GDELT error: Please limit"),
        (b"", "empty response body"),
        (b"[1, 2]", "expected an object"),
        (b'{"articles": {"url": "x"}}', "'articles' is not a list"),
    ],
)
def test_parse_artlist_errors(body, message):
    with pytest.raises(GdeltResponseError, match=message):
        parse_artlist(body)


def test_parse_artlist_quirks():
    assert parse_artlist(b"{}") == []
    assert parse_artlist(b'\xef\xbb\xbf{"articles": []}') == []
    # Raw control characters inside strings (seen in GDELT titles) are tolerated.
    raw = b'{"articles": [{"url": "https://e.com/1", "title": "Tab\there", "seendate": "bad"}]}'
    (article,) = parse_artlist(raw)
    assert article.title == "Tab here"
    assert article.seen_at is None
    # Rows without a URL are dropped.
    assert parse_artlist(b'{"articles": [{"title": "no url"}, 5]}') == []


def test_clean_title():
    assert clean_title("Nvidia , AMD and Intel ( again ) : results !") == (
        "Nvidia, AMD and Intel (again): results!"
    )
    assert clean_title("200 , 000 GPUs , 3 sites in 2024 , 5 firms") == (
        "200,000 GPUs, 3 sites in 2024, 5 firms"
    )
    assert clean_title("  ") is None
    assert clean_title(None) is None


def test_request_params_cover_one_day():
    start = datetime(2025, 6, 10, tzinfo=UTC)
    params = request_params(
        "(GPU) sourcelang:english", start, start.replace(hour=23, minute=59, second=59)
    )
    assert params == {
        "query": "(GPU) sourcelang:english",
        "mode": "ArtList",
        "format": "json",
        "maxrecords": 250,
        "sort": "DateDesc",
        "startdatetime": "20250610000000",
        "enddatetime": "20250610235959",
    }


def test_default_queries_span_the_ledger_languages():
    assert {q.language for q in DEFAULT_QUERIES} == set(LANGUAGES)
    assert all("sourcelang:" in q.query for q in DEFAULT_QUERIES)


def test_fetch_day_queries_each_language_and_survives_errors(http_server, recorded):
    Reply = http_server.Reply
    api = http_server.route(
        "/api/v2/doc/doc",
        Reply(
            body=recorded("news/gdelt_artlist.json"), headers={"Content-Type": "application/json"}
        ),
        Reply(body=b"Invalid query: keyword too short.", headers={"Content-Type": "text/html"}),
        Reply(body=b"{}"),
        Reply(500),
        Reply(500),
    )
    queries = [
        GdeltQuery("en", "(GPU) sourcelang:english", "en"),
        GdeltQuery("bad", "(AI) sourcelang:german", "de"),
        GdeltQuery("empty", "(Nvidia) sourcelang:korean", "ko"),
        GdeltQuery("down", "(Nvidia) sourcelang:russian", "ru"),
    ]
    sleeps = Sleeps()

    with HttpClient(retries=1, backoff_base=0.001, sleep=lambda s: None) as client:
        result = fetch_day(
            client, DAY, fetched_at=FETCHED, batch_id="g1", queries=queries, api_url=api,
            pause_seconds=5.0, sleep=sleeps,
        )  # fmt: skip

    assert result.requests == 4
    assert sleeps == [5.0, 5.0, 5.0]  # GDELT's one-request-per-five-seconds rule
    assert result.articles.height == 4  # five rows, one URL twice
    assert set(result.articles["language"]) == {"en", "de", "id", "zh"}
    errors = [(e.source, e.error) for e in result.errors]
    assert errors == [
        ("gdelt", "GDELT error: Invalid query: keyword too short."),
        ("gdelt", "HTTP 500 Internal Server Error after 2 attempts"),
    ]
    failed = parse_qs(urlsplit(result.errors[0].url).query)
    assert failed["query"] == ["(AI) sourcelang:german"]
    assert failed["startdatetime"] == ["20250610000000"]
    sent = parse_qs(urlsplit(http_server.hits("/api/v2/doc/doc")[0].path).query)
    assert sent["mode"] == ["ArtList"]
    assert sent["format"] == ["json"]
    assert sent["maxrecords"] == ["250"]
    assert sent["startdatetime"] == ["20250610000000"]
    assert sent["enddatetime"] == ["20250610235959"]
    assert sent["query"] == ["(GPU) sourcelang:english"]


def test_fetch_day_splits_a_full_window(http_server):
    Reply = http_server.Reply
    api = http_server.route(
        "/api", Reply(body=artlist(MAX_RECORDS, "full")), Reply(body=artlist(3, "am")),
        Reply(body=artlist(2, "pm")),
    )  # fmt: skip
    with HttpClient(retries=0) as client:
        result = fetch_day(
            client, DAY, fetched_at=FETCHED, batch_id="g", queries=[GdeltQuery("q", "(GPU)")],
            api_url=api, pause_seconds=0,
        )  # fmt: skip

    windows = [
        (q["startdatetime"][0], q["enddatetime"][0])
        for q in (parse_qs(urlsplit(h.path).query) for h in http_server.hits("/api"))
    ]
    assert windows == [
        ("20250610000000", "20250610235959"),
        ("20250610000000", "20250610115959"),
        ("20250610120000", "20250610235959"),
    ]
    assert result.articles.height == 255  # the full window's rows are kept too
    assert result.errors == []


def test_fetch_day_with_pages_uses_page_text_and_keeps_title_on_failure(http_server, recorded):
    Reply = http_server.Reply
    page_url = http_server.route(
        "/articles/colossus.html", Reply(body=recorded("news/article_colossus.html"))
    )
    body = json.dumps(
        {
            "articles": [
                {"url": page_url, "title": "xAI Colossus grows", "seendate": "20250610T080000Z",
                 "domain": "127.0.0.1", "language": "English"},
                {"url": http_server.url("/missing"), "title": "Lost page",
                 "seendate": "20250610T090000Z", "domain": "127.0.0.1", "language": "English"},
            ]
        }
    ).encode()  # fmt: skip
    api = http_server.route("/api", Reply(body=body))
    with HttpClient(retries=0) as client:
        result = fetch_day(
            client, DAY, fetched_at=FETCHED, batch_id="g", queries=[GdeltQuery("q", "(GPU)")],
            api_url=api, pause_seconds=0, fetch_pages=True,
        )  # fmt: skip

    texts = dict(zip(result.articles["title"], result.articles["text"], strict=True))
    assert "second build phase" in texts["xAI Colossus grows"]
    assert texts["Lost page"] == "Lost page"
    assert [(e.source, e.error) for e in result.errors] == [
        ("page", "HTTP 404 Not Found; kept the title")
    ]


def test_fetch_day_skips_known_articles(http_server, recorded):
    Reply = http_server.Reply
    api = http_server.route("/api", Reply(body=recorded("news/gdelt_artlist.json")))
    known = parse_gdelt(recorded("news/gdelt_artlist.json"), fetched_at=FETCHED, batch_id="x")
    with HttpClient(retries=0) as client:
        result = fetch_day(
            client, DAY, fetched_at=FETCHED, batch_id="g", queries=[GdeltQuery("q", "(GPU)")],
            api_url=api, pause_seconds=0, known_article_ids=set(known["article_id"][:2]),
        )  # fmt: skip
    assert result.articles.height == 2


def test_queries_use_english_keywords_with_each_language_filter():
    """GDELT searches the English translation: only the sourcelang filter may differ."""
    keywords = {}
    for query in DEFAULT_QUERIES:
        words, _, language = query.query.rpartition(" sourcelang:")
        assert language and words.isascii(), query
        keywords[query.language] = words
    others = {words for code, words in keywords.items() if code != "en"}
    assert len(others) == 1  # the same English keywords for every other language
    assert set(SOURCE_LANGUAGES) == set(LANGUAGES) - {"en"}
    for foreign in ("KI-Chips", "puces IA", "chips de IA", "pusat data", "chip per IA"):
        assert all(foreign not in q.query for q in DEFAULT_QUERIES)


def test_invalid_backslash_escapes_are_repaired(recorded):
    articles = parse_artlist(recorded("news/gdelt_artlist_bad_escape.json"))
    titles = [a.title for a in articles]
    assert titles == [
        "新しいAIスーパーコンピューター\\ 2万基のGPU",
        "Cluster logs in C:\\Cluster\\Jobs grow 10x",
        'A "quoted" word and a valid é escape',
    ]
    assert repair_json_escapes(r'"a\\b \q \u00e9 \"') == r'"a\\b \\q \u00e9 \"'


def test_a_window_with_bad_escapes_is_loaded_not_lost(http_server, recorded):
    api = http_server.route(
        "/api", http_server.Reply(body=recorded("news/gdelt_artlist_bad_escape.json"))
    )
    with HttpClient(retries=0) as client:
        result = fetch_day(
            client, DAY, fetched_at=FETCHED, batch_id="g", queries=[GdeltQuery("q", "(GPU)")],
            api_url=api, pause_seconds=0,
        )  # fmt: skip
    assert result.errors == [] and result.articles.height == 3


@pytest.mark.parametrize("limit", ["429", "text"])
def test_rate_limit_pauses_at_least_a_minute_and_retries_once(http_server, recorded, limit):
    Reply = http_server.Reply
    limited = (
        Reply(429, b"", headers={"Retry-After": "10"})
        if limit == "429"
        else Reply(
            body=recorded("news/gdelt_rate_limit.txt"), headers={"Content-Type": "text/html"}
        )
    )
    api = http_server.route(
        "/api", Reply(body=artlist(2, "a")), limited, Reply(body=artlist(3, "b"))
    )
    sleeps = Sleeps()
    with HttpClient(retries=2, sleep=sleeps) as client:
        result = fetch_day(
            client, DAY, fetched_at=FETCHED, batch_id="g",
            queries=[GdeltQuery("one", "(GPU)"), GdeltQuery("two", "(TPU)")], api_url=api,
            pause_seconds=5.0, rate_limit_pause=60.0, sleep=sleeps,
        )  # fmt: skip
    assert sleeps == [5.0, 60.0]  # the usual pause, then one minute before the retry
    assert len(http_server.hits("/api")) == 3
    assert result.errors == [] and result.articles.height == 5
    assert not result.failed


def test_a_second_rate_limit_stops_the_remaining_queries(http_server, recorded):
    Reply = http_server.Reply
    text = Reply(body=recorded("news/gdelt_rate_limit.txt"), headers={"Content-Type": "text/html"})
    api = http_server.route("/api", Reply(body=artlist(2)), Reply(429), text)
    sleeps = Sleeps()
    queries = [GdeltQuery(n, f"({n}) sourcelang:english") for n in ("q1", "q2", "q3", "q4")]
    with HttpClient(retries=2, sleep=sleeps) as client:
        result = fetch_day(
            client, DAY, fetched_at=FETCHED, batch_id="g", queries=queries, api_url=api,
            pause_seconds=5.0, rate_limit_pause=60.0, sleep=sleeps,
        )  # fmt: skip
    assert len(http_server.hits("/api")) == 3  # q1, q2, q2 once more; q3 and q4 never asked
    assert sleeps == [5.0, 60.0]
    assert result.stopped and result.failed
    assert result.articles.height == 2
    assert "Please limit requests" in result.errors[0].error
    assert result.errors[1].error.startswith("rate-limited by GDELT twice")
    assert result.errors[1].error.endswith("not run: q3, q4")


def test_a_day_whose_windows_all_failed_is_failed(http_server):
    api = http_server.route("/api", http_server.Reply(500))
    with HttpClient(retries=0) as client:
        result = fetch_day(
            client, DAY, fetched_at=FETCHED, batch_id="g",
            queries=[GdeltQuery("a", "(GPU)"), GdeltQuery("b", "(TPU)")], api_url=api,
            pause_seconds=0,
        )  # fmt: skip
    assert (result.windows_ok, result.windows_failed, result.failed) == (0, 2, True)


def test_a_day_with_one_answered_window_is_not_failed(http_server):
    Reply = http_server.Reply
    api = http_server.route("/api", Reply(500), Reply(body=b"{}"))
    with HttpClient(retries=0) as client:
        result = fetch_day(
            client, DAY, fetched_at=FETCHED, batch_id="g",
            queries=[GdeltQuery("a", "(GPU)"), GdeltQuery("b", "(TPU)")], api_url=api,
            pause_seconds=0,
        )  # fmt: skip
    assert (result.windows_ok, result.windows_failed, result.failed) == (1, 1, False)


def test_a_window_still_full_at_the_smallest_split_is_recorded(http_server):
    api = http_server.route("/api", http_server.Reply(body=artlist(MAX_RECORDS)))
    with HttpClient(retries=0) as client:
        result = fetch_day(
            client, DAY, fetched_at=FETCHED, batch_id="g", queries=[GdeltQuery("q", "(GPU)")],
            api_url=api, pause_seconds=0,
        )  # fmt: skip
    assert result.requests == 1 + 2 + 4 + 8  # 24 h, 12 h, 6 h, 3 h windows
    assert len(result.errors) == 8
    assert all("250-row cap" in e.error for e in result.errors)
    first = parse_qs(urlsplit(result.errors[0].url).query)
    assert (first["startdatetime"], first["enddatetime"]) == (
        ["20250610000000"],
        ["20250610025959"],
    )


def test_gdelt_client_allows_slow_answers():
    from sources.news.pipeline import gdelt_client
    from sources.settings import Settings

    with gdelt_client(Settings.from_env({})) as client:
        assert client.timeout >= 40
    with gdelt_client(Settings.from_env({"LEDGER_GDELT_TIMEOUT": "90"})) as client:
        assert client.timeout == 90


def test_slow_gdelt_answer_within_the_timeout_is_read(http_server):
    api = http_server.route("/api", http_server.Reply(body=artlist(1), delay=0.4))
    with HttpClient(timeout=1.0, retries=0) as client:
        result = fetch_day(
            client, DAY, fetched_at=FETCHED, batch_id="g", queries=[GdeltQuery("q", "(GPU)")],
            api_url=api, pause_seconds=0,
        )  # fmt: skip
    assert result.articles.height == 1


def test_the_time_budget_stops_the_day_and_names_what_was_not_run(http_server):
    class Clock:
        now = 0.0

        def __call__(self) -> float:
            return self.now

    clock = Clock()

    def sleep(seconds: float) -> None:
        clock.now += seconds

    api = http_server.route("/api", http_server.Reply(body=artlist(1)))
    queries = [GdeltQuery(f"q{i}", f"(q{i})") for i in range(1, 6)]
    with HttpClient(retries=0, budget=12, clock=clock) as client:
        result = fetch_day(
            client, DAY, fetched_at=FETCHED, batch_id="g", queries=queries, api_url=api,
            pause_seconds=5.0, sleep=sleep,
        )  # fmt: skip
    assert result.requests == 3  # at 0 s, 5 s and 10 s; a fourth would start past 12 s
    assert result.stopped and result.failed
    assert [e.error for e in result.errors] == ["the time budget is spent: not run: q4, q5"]
