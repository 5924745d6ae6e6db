"""``ledger extract`` and ``ledger eval`` (sources/extract/commands.py)."""

import io
import json
from datetime import date

from sources.extract.__main__ import main
from sources.extract.claim import CLAIM_FIELDS
from sources.extract.commands import run_eval, run_extract


def test_extract_prints_one_json_object_per_claim(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(
        "xAI raised US$6 billion in May at a US$24 billion valuation.", encoding="utf-8"
    )
    out = io.StringIO()
    stdin = io.StringIO("Colossus now runs 100,000 H100 GPUs.")
    assert run_extract([str(path), "-"], date(2024, 6, 14), "en", out, stdin) == 0
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [(r["document"], r["type"]) for r in records] == [
        (str(path), "funding_round"),
        ("-", "cluster_size"),
    ]
    assert list(records[0]) == ["document", *CLAIM_FIELDS]
    assert records[0]["as_of"] == "2024-05" and records[0]["valuation_usd"] == 24e9


def test_extract_reports_unreadable_files_and_goes_on(tmp_path):
    out, err = io.StringIO(), io.StringIO()
    status = run_extract(
        [str(tmp_path / "missing.txt"), "-"], None, None, out, io.StringIO("x"), err=err
    )
    assert status == 1 and "cannot read" in err.getvalue()


def test_eval_prints_the_table_and_errors(tmp_path):
    (tmp_path / "articles.jsonl").write_text(
        '{"key": "en-1", "text": "xAI raised $6 billion.", "language": "en", '
        '"published": "2024-06-01"}\n'
    )
    (tmp_path / "facts.jsonl").write_text(
        '{"key": "en-1", "type": "valuation", "subject": "xAI", "chip_model": null, '
        '"status": "closed", "valuation_usd": 1e9, "qualifier": "exact"}\n'
    )
    out = io.StringIO()
    assert run_eval(out, verbose=True, dev_dir=tmp_path) == 0
    text = out.getvalue()
    assert "overall" in text and "misses (1)" in text and "false positives (1)" in text


def test_eval_without_a_dev_set(tmp_path):
    out = io.StringIO()
    assert run_eval(out, dev_dir=tmp_path) == 1


def test_module_entry_point(tmp_path, capsys):
    path = tmp_path / "a.txt"
    path.write_text("Colossus now runs 100,000 H100 GPUs.", encoding="utf-8")
    assert main(["extract", "--lang", "en", "--published", "2024-06-14", str(path)]) == 0
    assert json.loads(capsys.readouterr().out)["quantity"] == 100_000.0
