"""sources/news/inbox.py: every format, every bad-file reason, and re-runs."""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime
from pathlib import Path

import pytest

from sources.news.inbox import (
    InboxFileError,
    KnownFile,
    decode_text_file,
    iter_inbox,
    parse_file,
    read_inbox,
)
from sources.schemas import NEWS_ARTICLES

FETCHED = datetime(2025, 6, 10, 12, tzinfo=UTC)
EN = "CoreWeave said it has signed a new contract to supply GPU capacity to a large AI lab."
DE = "Das Rechenzentrum in Hessen soll im nächsten Jahr auf 80 Megawatt wachsen."


def write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


def test_txt_file(tmp_path):
    (raws, errors) = parse_file("note.txt", f"CoreWeave signs deal\n\n{EN}\n".encode())
    assert errors == []
    (raw,) = raws
    assert raw.title == "CoreWeave signs deal"
    assert raw.text == f"CoreWeave signs deal\n\n{EN}\n"
    assert raw.source_name == "note.txt"


def test_txt_file_without_a_title_line():
    (raw,), _ = parse_file("plain.txt", EN.encode())
    assert raw.title is None


def test_markdown_front_matter():
    md = (
        "---\ntitle: Hessen grows\nurl: https://example.de/hessen?utm_source=x\n"
        "published: 2025-06-09\nlanguage: de\nauthor: ignored\n---\n"
        f"## Ausbau\n\n{DE} Mehr dazu [hier](https://example.de/mehr) und **bald**.\n"
        "![Bild](bild.png)\n"
    )
    (raw,), errors = parse_file("hessen.md", md.encode())
    assert errors == []
    assert raw.title == "Hessen grows"
    assert raw.url == "https://example.de/hessen?utm_source=x"
    assert raw.language == "de"
    assert str(raw.published_at) == "2025-06-09"
    assert raw.text.strip() == f"Ausbau\n\n{DE} Mehr dazu hier und bald."


def test_markdown_heading_title():
    (raw,), _ = parse_file("x.md", f"# CoreWeave signs deal\n\n{EN}".encode())
    assert raw.title == "CoreWeave signs deal"
    assert raw.text.strip() == EN


def test_html_file(recorded):
    html = recorded("news/article_colossus.html").replace(b"{{BASE}}", b"https://desk.example.com")
    (raw,), errors = parse_file("saved.html", html)
    assert errors == []
    assert raw.title == "xAI says Colossus now runs 200,000 GPUs"
    assert raw.url == "https://desk.example.com/articles/colossus.html"  # its canonical link
    assert raw.language == "en"
    assert "second build phase" in raw.text
    assert "Subscribe" not in raw.text


def test_html_file_in_a_legacy_charset():
    html = "<html><head><meta charset='windows-1252'><title>Café</title></head><body>"
    html += "<p>" + "La société a annoncé un nouveau centre de calcul à Paris. " * 5 + "</p>"
    (raw,), errors = parse_file("page.htm", (html + "</body></html>").encode("cp1252"))
    assert errors == []
    assert raw.title == "Café"
    assert "société" in raw.text


def test_json_object_and_list():
    one = json.dumps(
        {"title": "T", "text": EN, "url": "https://e.com/1", "published": "2025-06-01"}
    )
    (raw,), errors = parse_file("one.json", one.encode())
    assert (raw.title, raw.text, raw.url, raw.published_at) == (
        "T",
        EN,
        "https://e.com/1",
        "2025-06-01",
    )
    assert errors == []

    many = json.dumps([{"text": EN}, {"title": "no text"}, "a string", {"text": DE, "url": 5}])
    raws, errors = parse_file("many.json", many.encode(), where="file:///inbox/many.json")
    assert [r.text for r in raws] == [EN]
    assert [(e.url, e.error) for e in errors] == [
        ("file:///inbox/many.json#record=2", "missing 'text'"),
        ("file:///inbox/many.json#record=3", "expected a JSON object, got string"),
        ("file:///inbox/many.json#record=4", "'url' must be a string, got number"),
    ]


def test_jsonl_with_a_bad_line():
    lines = [
        json.dumps({"text": EN, "language": "en"}),
        "",
        "{not json",
        json.dumps({"text": "   "}),
        json.dumps({"text": DE, "published": True}),
        json.dumps({"text": DE, "title": "Hessen"}),
    ]
    raws, errors = parse_file("batch.jsonl", "\n".join(lines).encode(), where="f")
    assert [r.title for r in raws] == [None, "Hessen"]
    assert [(e.url, e.error) for e in errors] == [
        ("f#line=3", "bad JSON: Expecting property name enclosed in double quotes"),
        ("f#line=4", "'text' is empty"),
        ("f#line=5", "'published' must be a date string, got boolean"),
    ]


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.md", b"  \n\n\t ", "empty file"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file (contains NUL bytes)"),
        ("page.html", b"<html>\x00\x00\x00</html>", "binary file (contains NUL bytes)"),
        (
            "latin1.txt",
            "Société Générale".encode("latin-1"),
            "not UTF-8 text (byte 0xe9 at offset 4)",
        ),
        ("broken.json", b'{"text": "unterminated', "bad JSON: Unterminated string"),
        ("list.json", b"[]", "empty JSON list: no articles"),
        ("notext.json", b'{"title": "only a title"}', "missing 'text'"),
        ("number.json", b'{"text": 42}', "'text' must be a string, got number"),
        ("report.pdf", b"%PDF-1.7", "unsupported file type '.pdf'"),
        ("README", b"hello", "unsupported file type '(none)'"),
        ("bad.md", b"---\ntitle: [unclosed\n---\nBody text here.", "bad front matter"),
        ("list.md", b"---\n- a\n- b\n---\nBody text here.", "front matter must be 'key: value'"),
        ("script.html", b"<html><body><script>x()</script></body></html>", "no article text"),
    ],
)
def test_bad_files_become_errors_with_a_reason(name, content, reason):
    raws, errors = parse_file(name, content, where=f"file:///inbox/{name}")
    assert raws == []
    assert len(errors) == 1
    assert errors[0].source == "inbox"
    assert errors[0].url == f"file:///inbox/{name}"
    assert errors[0].error.startswith(reason), errors[0].error


def test_utf16_with_bom_is_text():
    content = "\ufeffHello from a UTF-16 file".encode("utf-16-le")
    assert decode_text_file(b"\xff\xfe" + content[2:]) == "Hello from a UTF-16 file"
    with pytest.raises(InboxFileError, match="binary"):
        decode_text_file(b"abc\x00def")


def test_read_inbox_loads_valid_files_beside_bad_ones_and_reruns_add_nothing(tmp_path, recorded):
    inbox = tmp_path / "inbox"
    write(inbox, "a.txt", f"CoreWeave signs deal\n\n{EN}")
    write(inbox, "sub/b.md", f"# Hessen\n\n{DE}")
    write(inbox, "c.html", recorded("news/article_colossus.html"))
    write(
        inbox,
        "d.jsonl",
        json.dumps({"text": "Nebius opened a new GPU cluster in Finland."}) + "\n{bad",
    )
    write(
        inbox,
        "e.json",
        json.dumps([{"text": "Lambda raised new funding.", "url": "https://l.example/x"}]),
    )
    write(inbox, "binary.txt", b"\x00\x01\x02\x03")
    write(inbox, "empty.txt", b"")
    write(inbox, "bad.json", b"{oops")
    write(inbox, ".hidden.txt", "ignored")
    write(inbox, ".git/config", "ignored")
    write(inbox, "partial.txt.part", "ignored")
    write(inbox, "~lock.txt", "ignored")

    first = read_inbox(inbox, fetched_at=FETCHED, batch_id="b1")

    assert first.files == 8
    assert first.articles.schema == NEWS_ARTICLES
    assert sorted(first.articles["source_name"]) == [
        "a.txt",
        "c.html",
        "d.jsonl",
        "e.json",
        "sub/b.md",
    ]
    assert set(first.articles["source"]) == {"inbox"}
    langs = dict(zip(first.articles["source_name"], first.articles["language"], strict=True))
    assert langs == {
        "a.txt": "en",
        "sub/b.md": "de",
        "c.html": "en",
        "d.jsonl": "en",
        "e.json": "en",
    }
    errors = {Path(e.url.split("#")[0]).name: e.error for e in first.errors}
    assert errors == {
        "binary.txt": "binary file (contains NUL bytes): inbox files must be text",
        "empty.txt": "empty file",
        "bad.json": (
            "bad JSON: Expecting property name enclosed in double quotes (line 1, column 2)"
        ),
        "d.jsonl": "bad JSON: Expecting property name enclosed in double quotes",
    }
    assert all(e.url.startswith("file://") for e in first.errors)

    again = read_inbox(
        inbox,
        fetched_at=FETCHED,
        batch_id="b2",
        known_article_ids=set(first.articles["article_id"]),
    )
    assert again.articles.height == 0
    assert again.known == 5

    write(inbox, "new.txt", "Crusoe starts building a second campus for AI training in Texas.")
    third = read_inbox(
        inbox,
        fetched_at=FETCHED,
        batch_id="b3",
        known_article_ids=set(first.articles["article_id"]),
    )
    assert third.articles["source_name"].to_list() == ["new.txt"]


def test_read_inbox_of_a_missing_folder_is_empty(tmp_path):
    result = read_inbox(tmp_path / "nope", fetched_at=FETCHED, batch_id="b")
    assert (result.files, result.articles.height, result.errors) == (0, 0, [])


def _known(batch) -> dict[str, KnownFile]:
    return {
        row["path"]: KnownFile(row["size_bytes"], row["modified_ns"], row["content_sha256"])
        for row in batch.file_rows.iter_rows(named=True)
    }


def _story(n: int) -> str:
    return json.dumps(
        {
            "text": f"Story number {n}: Nebius said it would add GPUs.",
            "url": f"https://n.example.com/{n}",
        }
    )


def test_files_read_before_are_skipped_unless_they_change(tmp_path):
    inbox = tmp_path / "inbox"
    write(inbox, "a.jsonl", _story(1) + "\n" + _story(2) + "\n")
    write(inbox, "b.json", _story(3))
    first = read_inbox(inbox, fetched_at=FETCHED, batch_id="b1")
    assert (first.files, first.articles.height) == (2, 3)
    assert set(first.file_rows["path"]) == {"a.jsonl", "b.json"}
    assert first.file_rows["n_articles"].sum() == 3

    known = _known(first)
    again = read_inbox(inbox, fetched_at=FETCHED, batch_id="b2", known_files=known)
    assert (again.files, again.unchanged, again.articles.height) == (0, 2, 0)

    # touched (new modification time, same bytes): skipped by its hash, not parsed
    path = inbox / "b.json"
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 10**9))
    touched = read_inbox(inbox, fetched_at=FETCHED, batch_id="b3", known_files=known)
    assert (touched.files, touched.unchanged) == (0, 2)

    # edited: read again (its old articles are recognised by id downstream)
    write(inbox, "a.jsonl", _story(1) + "\n" + _story(2) + "\n" + _story(4) + "\n")
    edited = read_inbox(inbox, fetched_at=FETCHED, batch_id="b4", known_files=known)
    assert (edited.files, edited.unchanged, edited.articles.height) == (1, 1, 3)


def test_a_backlog_is_read_in_batches_of_the_given_size(tmp_path):
    inbox = tmp_path / "inbox"
    for n in range(10):
        write(inbox, f"{n:02d}.json", _story(n))
    size = len(_story(0).encode())
    batches = list(iter_inbox(inbox, fetched_at=FETCHED, batch_id="b", batch_bytes=3 * size))
    assert [b.files for b in batches] == [3, 3, 3, 1]
    assert sum(b.articles.height for b in batches) == 10
    assert all(b.file_rows.height == b.files for b in batches)


# --- issue 14, items 2 and 4: no single file can fail a build; links are not followed -------

NOW = datetime(2026, 12, 6, 10, tzinfo=UTC)


def test_an_undated_file_takes_its_modification_time_marked_as_such(tmp_path):
    import os

    path = write(tmp_path, "undated.txt", EN)
    modified = datetime(2026, 11, 30, 8, tzinfo=UTC)
    os.utime(path, (modified.timestamp(), modified.timestamp()))
    batch = read_inbox(tmp_path, fetched_at=NOW, batch_id="b")
    row = batch.articles.row(0, named=True)
    assert (row["published_at"], row["published_source"]) == (modified, "file_time")


def test_a_modification_time_ahead_of_the_read_is_capped_at_the_read(tmp_path):
    import os

    path = write(tmp_path, "skewed.txt", EN)
    ahead = NOW.timestamp() + 7 * 86400
    os.utime(path, (ahead, ahead))
    row = read_inbox(tmp_path, fetched_at=NOW, batch_id="b").articles.row(0, named=True)
    assert (row["published_at"], row["published_source"]) == (NOW, "file_time")


@pytest.mark.parametrize(
    ("published", "reason"),
    [
        ("2099-06-10", "in the future: more than 1 day after the article was read"),
        ("0001-01-01", "before 1990: not a plausible publication date"),
        ("around spring", "not a readable date"),
    ],
)
def test_a_date_that_cannot_be_right_quarantines_the_record_with_file_and_row(
    tmp_path, published, reason
):
    records = [
        {"text": EN, "published": "2026-12-01"},
        {"text": DE, "published": published, "title": "Neues Rechenzentrum"},
    ]
    write(tmp_path, "news/batch.json", json.dumps(records))
    batch = read_inbox(tmp_path, fetched_at=NOW, batch_id="b")
    assert batch.articles.height == 1  # the good record still loads
    assert batch.quarantine.select(
        "source", "file", "row_number", "column_name", "value", "reason"
    ).rows() == [("inbox", "news/batch.json", 2, "published", published, reason)]


def test_a_date_a_few_hours_ahead_is_fine(tmp_path):
    write(tmp_path, "a.json", json.dumps({"text": EN, "published": "2026-12-06T20:00:00Z"}))
    batch = read_inbox(tmp_path, fetched_at=NOW, batch_id="b")
    assert batch.quarantine.height == 0
    assert batch.articles["published_source"].to_list() == ["source"]


def test_an_unknown_language_code_is_detected_and_marked(tmp_path):
    records = [
        {"text": DE, "language": "xx"},
        {"text": EN, "language": "en"},
        {"text": EN + " Another sentence about racks of GPUs."},
    ]
    write(tmp_path, "langs.jsonl", "\n".join(json.dumps(r) for r in records))
    articles = read_inbox(tmp_path, fetched_at=NOW, batch_id="b").articles.sort("text")
    by_text = {r["text"]: r for r in articles.iter_rows(named=True)}
    assert (by_text[DE]["language"], by_text[DE]["language_source"]) == (
        "de",
        "detected_given_unknown",
    )
    assert by_text[EN]["language_source"] == "given"
    assert by_text[EN + " Another sentence about racks of GPUs."]["language_source"] == "detected"


def test_symbolic_links_are_reported_not_followed(tmp_path):
    inbox = tmp_path / "inbox"
    outside = tmp_path / "outside"
    write(outside, "secret.txt", "root:x:0:0:root:/root:/bin/bash\n" + EN)
    write(inbox, "real.txt", DE)
    (inbox / "passwd.txt").symlink_to(outside / "secret.txt")
    (inbox / "linked").symlink_to(outside, target_is_directory=True)
    batch = read_inbox(inbox, fetched_at=NOW, batch_id="b")
    assert batch.articles["source_name"].to_list() == ["real.txt"]
    reasons = {Path(e.url).name: e.error for e in batch.errors}
    assert set(reasons) == {"passwd.txt", "linked"}
    assert all(r.startswith("symbolic link: not followed") for r in reasons.values())
    assert not any("root:x" in t for t in batch.articles["text"])
