"""The real-news benchmark runner (sources/extract/realnews.py and ``ledger eval --real``).

The benchmark's own texts belong to their publishers and are not in the repository, so these
tests build a small benchmark of our own sentences; the checks on the committed annotation are
in tests/realnews/test_annotation.py.
"""

import io
import json
from datetime import date

import pytest

from sources.extract.commands import run_eval_real
from sources.extract.realnews import (
    BenchmarkError,
    annotation_folders,
    collect_texts,
    fetch_missing,
    load_benchmark,
    read_text_file,
    run_benchmark,
    text_sha1,
    unseen_sets,
    write_text_file,
)
from sources.http import HttpClient
from sources.settings import Settings

ROUND = (
    "xAI said on Monday it had raised $6 billion from investors including Valor Equity "
    "Partners, at a post-money valuation of $24 billion."
)
CLUSTER = "Colossus now runs 100,000 Nvidia H100 GPUs, the company said on Monday."
NOISE = "Nvidia's data-centre revenue rose to $30.8 billion in the quarter."


def _fact(key: str, **fields: object) -> dict:
    base = {
        "key": key,
        "owner": None,
        "chip_model": None,
        "scope": None,
        "quantity": None,
        "quantity_high": None,
        "qualifier": "exact",
        "amount": None,
        "amount_high": None,
        "currency": None,
        "valuation_usd": None,
        "valuation": None,
        "valuation_currency": None,
        "valuation_basis": None,
        "as_of": None,
        "note": "written for this test",
    }
    return {**base, **fields}


@pytest.fixture
def bench_dir(tmp_path):
    folder = tmp_path / "bench"
    folder.mkdir()
    articles = [
        {"key": "en-round", "url": "https://news.invalid/round", "language": "en",
         "published": "2024-05-27", "text_sha1": text_sha1(ROUND), "text_chars": len(ROUND)},
        {"key": "en-cluster", "url": "https://news.invalid/cluster", "language": "en",
         "published": "2025-09-03"},
        {"key": "en-noise", "url": "https://news.invalid/noise", "language": "en",
         "published": "2025-08-28", "negative_control": True},
    ]  # fmt: skip
    facts = [
        _fact("en-round", type="funding_round", subject="xAI", amount=6e9, currency="USD",
              valuation_usd=24e9, valuation_basis="post", status="closed", as_of="2024-05-26"),
        # the status is deliberately wrong: scored apart, so the fact still matches
        _fact("en-cluster", type="cluster_size", subject="Colossus", owner="xAI",
              chip_model="H100-SXM", scope="total", quantity=100000, status="planned"),
    ]  # fmt: skip
    (folder / "articles.jsonl").write_text("".join(json.dumps(a) + "\n" for a in articles))
    (folder / "facts.jsonl").write_text("".join(json.dumps(f) + "\n" for f in facts))
    return folder


@pytest.fixture
def texts_dir(tmp_path):
    folder = tmp_path / "texts"
    write_text_file(folder / "en-round.txt", "https://news.invalid/round", "en", ROUND)
    write_text_file(folder / "en-cluster.txt", "https://news.invalid/cluster", "en", CLUSTER)
    write_text_file(folder / "en-noise.txt", "https://news.invalid/noise", "en", NOISE)
    return folder


def test_text_files_round_trip(tmp_path):
    path = tmp_path / "k.txt"
    write_text_file(path, "https://a.invalid/x", "de", "Erste Zeile.\n\nZweite Zeile.")
    assert read_text_file(path) == ("https://a.invalid/x", "de", "Erste Zeile.\n\nZweite Zeile.")
    path.write_text("https://a.invalid/x\nde\nno empty line\ntext")
    with pytest.raises(BenchmarkError, match="empty line"):
        read_text_file(path)


def test_load_rejects_facts_of_unknown_articles(bench_dir):
    with (bench_dir / "facts.jsonl").open("a") as fh:
        fh.write(json.dumps(_fact("en-elsewhere", type="valuation", status="closed")) + "\n")
    with pytest.raises(BenchmarkError, match="en-elsewhere"):
        load_benchmark(bench_dir)


def test_scores_match_without_status_and_count_status_apart(bench_dir, texts_dir):
    bench = load_benchmark(bench_dir)
    texts = collect_texts(bench, [texts_dir])
    assert texts.missing == [] and texts.changed == []
    report = run_benchmark(bench, texts.by_key)
    assert (report.overall.facts, report.overall.tp) == (2, 2)
    assert report.overall.status_ok == 1  # the cluster fact's status is wrong on purpose
    assert [fact["type"] for _key, fact, _pred in report.status_errors] == ["cluster_size"]
    assert report.by_period["2023-2024"].tp == 1 and report.by_period["2025-2026"].tp == 1


def test_a_text_that_is_not_the_annotated_one_is_flagged(bench_dir, texts_dir):
    write_text_file(texts_dir / "en-round.txt", "https://news.invalid/round", "en", ROUND + " ")
    texts = collect_texts(load_benchmark(bench_dir), [texts_dir])
    assert texts.changed == ["en-round"]


def test_command_prints_the_table_with_status_and_periods(bench_dir, texts_dir, tmp_path):
    out = io.StringIO()
    settings = Settings.from_env({"LEDGER_HOME": str(tmp_path / "home")})
    code = run_eval_real(texts_dir, out, verbose=True, bench_dir=bench_dir, settings=settings)
    text = out.getvalue()
    assert code == 0
    assert text.startswith("3 of 3 articles, 2 facts\n")
    assert "status" in text.splitlines()[1] and "2025-2026" in text
    assert "wrong status on matched facts (1)" in text
    assert "reliability of the confidence" in text and "conf >= 0.6" in text


def test_command_without_texts_says_what_to_do(bench_dir, tmp_path):
    out = io.StringIO()
    settings = Settings.from_env({"LEDGER_HOME": str(tmp_path / "home")})
    code = run_eval_real(tmp_path / "nothing", out, bench_dir=bench_dir, settings=settings)
    assert code == 1 and "LEDGER_ONLINE=1" in out.getvalue()


def test_missing_texts_are_fetched_and_cut_to_the_annotated_length(bench_dir, http_server):
    page = (
        "<html lang='en'><head><title>xAI round</title></head><body><article>"
        f"<p>{ROUND}</p><p>{NOISE}</p></article></body></html>"
    ).encode()
    url = http_server.route("/round", http_server.Reply(200, page, {"Content-Type": "text/html"}))
    bench = load_benchmark(bench_dir)
    rows = [json.loads(line) for line in (bench_dir / "articles.jsonl").open()]
    rows[0]["url"] = url
    (bench_dir / "articles.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    bench = load_benchmark(bench_dir)
    store = bench_dir.parent / "store"
    with HttpClient(retries=0, timeout=5) as client:  # tests allow 127.0.0.1 (conftest)
        failed = fetch_missing(bench, ["en-round", "en-cluster"], store, client)
    assert failed == ["en-cluster"]  # its URL is on a reserved domain: refused, never fetched
    assert read_text_file(store / "en-round.txt") == (url, "en", ROUND)
    assert bench.articles["en-round"].published == date(2024, 5, 27)


def test_cli_scores_another_annotation_folder_with_bench(bench_dir, texts_dir, tmp_path, capsys):
    from orchestration import cli

    code = cli.main(["eval", "--real", str(texts_dir), "--bench", str(bench_dir)])
    assert code == 0
    assert capsys.readouterr().out.startswith("3 of 3 articles, 2 facts\n")


def test_all_sets_are_scored_one_row_each_with_a_total(bench_dir, texts_dir, tmp_path):
    held_out = bench_dir / "holdout2"
    held_out.mkdir()
    for name in ("articles.jsonl", "facts.jsonl"):
        lines = (bench_dir / name).read_text().splitlines(keepends=True)
        (held_out / name).write_text("".join(line for line in lines if "en-round" in line))
    (bench_dir / "holdout10").mkdir()  # (no annotation in it: not a set)
    assert annotation_folders(bench_dir) == [bench_dir, held_out]
    out = io.StringIO()
    settings = Settings.from_env({"LEDGER_HOME": str(tmp_path / "home")})
    code = run_eval_real(
        [tmp_path / "elsewhere", texts_dir], out, bench_dir=bench_dir, settings=settings,
        all_sets=True,
    )  # fmt: skip
    rows = {line.split()[0]: line.split() for line in out.getvalue().splitlines()[-3:]}
    assert code == 0
    assert rows["bench"][1:3] == ["3", "2"] and rows["holdout2"][1:3] == ["1", "1"]
    assert rows["all"][1:3] == ["4", "3"]
    assert "reliability of the confidence, all sets" in out.getvalue()


def test_cli_all_without_texts_says_what_it_needs(capsys):
    from orchestration import cli

    assert cli.main(["eval", "--all"]) == 2
    assert "--real DIR" in capsys.readouterr().err


def test_the_misses_of_a_set_held_out_as_unseen_are_not_listed(bench_dir, texts_dir, tmp_path):
    settings = Settings.from_env({"LEDGER_HOME": str(tmp_path / "home")})
    out = io.StringIO()
    run_eval_real(texts_dir, out, verbose=True, bench_dir=bench_dir, settings=settings)
    assert "misses (" in out.getvalue()
    (bench_dir.parent / "UNSEEN").write_text("bench\n")
    assert unseen_sets(bench_dir.parent) == {"bench"}
    out = io.StringIO()
    run_eval_real(texts_dir, out, verbose=True, bench_dir=bench_dir, settings=settings)
    assert "misses (" not in out.getvalue() and "held out as unseen" in out.getvalue()
    assert "overall" in out.getvalue()  # (the scores are still printed)


def test_fitting_folders_leave_out_the_sets_listed_unseen(bench_dir):
    from sources.extract.realnews import fitting_folders

    for name in ("holdout", "holdout2"):
        (bench_dir / name).mkdir()
        (bench_dir / name / "articles.jsonl").write_text("")
    assert unseen_sets(bench_dir) == set()  # no UNSEEN file: none
    assert fitting_folders(bench_dir) == annotation_folders(bench_dir)
    (bench_dir / "UNSEEN").write_text("holdout2\n\n")
    assert unseen_sets(bench_dir) == {"holdout2"}
    assert fitting_folders(bench_dir) == [bench_dir, bench_dir / "holdout"]


def test_the_shift_fits_on_the_sets_listed_shift_never_on_a_blind_set_unnamed(tmp_path):
    """SHIFT names the shift's sets; a set added to UNSEEN as a blind check is not fitted on by
    default, and the model is fitted on neither."""
    from sources.extract.realnews import fitting_folders, shift_folders

    for name in ("holdout", "holdout10", "holdout11", "holdout99"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "articles.jsonl").write_text("")
    assert shift_folders(tmp_path) == []  # no SHIFT file: none
    (tmp_path / "UNSEEN").write_text("holdout10\nholdout11\nholdout99\n")
    (tmp_path / "SHIFT").write_text("holdout10\nholdout11\n")
    assert unseen_sets(tmp_path) == {"holdout10", "holdout11", "holdout99"}
    assert [p.name for p in shift_folders(tmp_path)] == ["holdout10", "holdout11"]
    assert [p.name for p in fitting_folders(tmp_path)] == ["holdout"]


def test_the_reliability_table_says_when_the_model_was_fitted_on_the_set(tmp_path):
    from sources.extract.calibration import bundled_model
    from sources.extract.commands import _fitted_on_note
    from sources.extract.realnews import REALNEWS_DIR

    fitted = bundled_model().meta["sets"][1]["set"]  # e.g. realnews/holdout
    note = _fitted_on_note(REALNEWS_DIR / fitted.removeprefix("realnews/"))
    assert note is not None and fitted in note and "--held-out" in note
    shift = bundled_model().shift  # (none after a refit of the model, until --shift again)
    shifted = {s["set"] for s in shift.meta["sets"]} if shift is not None else set()
    for name in unseen_sets():
        note = _fitted_on_note(REALNEWS_DIR / name)
        # an unseen set: the model is never fitted on it, its shift to unseen text may be
        if f"realnews/{name}" in shifted:
            assert note is not None and "shift to unseen text" in note and "--shift" in note
        else:
            assert note is None
    assert _fitted_on_note(tmp_path) is None


def test_saved_claims_compare_to_a_later_run_in_counts_only(bench_dir, texts_dir, tmp_path):
    settings = Settings.from_env({"LEDGER_HOME": str(tmp_path / "home")})
    saved = tmp_path / "before.jsonl"
    out = io.StringIO()
    run_eval_real(texts_dir, out, bench_dir=bench_dir, settings=settings, save_claims=saved)
    rows = [json.loads(line) for line in saved.read_text().splitlines()]
    # a line per scored article, the one that read nothing too
    assert [r["key"] for r in rows] == ["en-cluster", "en-noise", "en-round"]
    assert rows[1]["claims"] == [] and all(r["set"] == "bench" for r in rows)

    def compared(earlier: list[dict]) -> str:
        saved.write_text("".join(json.dumps(r) + "\n" for r in earlier))
        out = io.StringIO()
        run_eval_real(texts_dir, out, bench_dir=bench_dir, settings=settings, compare=saved)
        return next(x for x in out.getvalue().splitlines() if x.startswith("bench against"))

    # the same reading: nothing added or dropped, F1 unchanged
    line = compared(rows)
    assert "3 articles scored by both;" in line and "0 added, 0 dropped, on 0 articles" in line
    assert "confidence moved on 0 of the claims read by both" in line and "+0.00" in line

    # an earlier reading that missed the cluster and read a false round from the noise, and
    # whose round claims had other confidences
    cluster, noise, rnd = (dict(r) for r in rows)
    false_round = dict(rnd["claims"][0], subject="OpenAI")
    line = compared(
        [
            dict(cluster, claims=[]),
            dict(noise, claims=[false_round]),
            dict(rnd, claims=[dict(c, confidence=0.01) for c in rnd["claims"]]),
        ]
    )
    moved = len(rnd["claims"])
    before_claims = 1 + len(rnd["claims"])
    now = sum(len(r["claims"]) for r in rows)
    assert f"claims {before_claims} -> {now}" in line
    assert f"{len(cluster['claims'])} added, 1 dropped, on 2 articles" in line
    assert f"confidence moved on {moved} of the claims read by both" in line
    assert "F1 0.50 -> 1.00, +0.50" in line

    # an article the earlier run did not score is left out of the comparison, and said
    line = compared([noise, rnd])
    assert "2 articles scored by both, 1 only now;" in line and "0 added, 0 dropped" in line


def test_compare_and_save_files_are_checked_before_scoring(bench_dir, texts_dir, tmp_path):
    settings = Settings.from_env({"LEDGER_HOME": str(tmp_path / "home")})
    out = io.StringIO()
    missing = tmp_path / "none.jsonl"
    code = run_eval_real(texts_dir, out, bench_dir=bench_dir, settings=settings, compare=missing)
    assert code == 2 and out.getvalue().startswith("ledger eval --compare: ")
    wrong = tmp_path / "wrong.jsonl"
    wrong.write_text('{"set": "bench"}\n')
    out = io.StringIO()
    assert run_eval_real(texts_dir, out, bench_dir=bench_dir, settings=settings, compare=wrong) == 2
    assert "wrong.jsonl:1: not a line of ledger eval --save-claims" in out.getvalue()
    out = io.StringIO()
    nowhere = tmp_path / "no-folder" / "x.jsonl"
    code = run_eval_real(
        texts_dir, out, bench_dir=bench_dir, settings=settings, save_claims=nowhere
    )
    assert code == 2 and "no folder" in out.getvalue() and "overall" not in out.getvalue()
