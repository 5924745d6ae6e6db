"""The ``ledger extract`` and ``ledger eval`` commands (argparse wiring lives in the ``ledger``
console script; ``python -m sources.extract`` offers the same two commands on their own)."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import TextIO

from sources.extract.evaluate import DEV_DIR, format_errors, format_table, run_dev_set
from sources.extract.extractor import extract


def run_extract(
    paths: list[str],
    published: date | None,
    lang: str | None,
    out: TextIO,
    stdin: TextIO,
    *,
    err: TextIO | None = None,
) -> int:
    """Print one JSON object per claim per line: ``document`` (the path as given) and every
    claim field. ``-`` reads stdin. Returns 0, or 1 if a file could not be read (the others
    are still processed)."""
    err = err if err is not None else sys.stderr
    status = 0
    for path in paths:
        if path == "-":
            text = stdin.read()
        else:
            try:
                text = Path(path).read_text(encoding="utf-8", errors="replace")
            except OSError as exc:
                err.write(f"ledger extract: cannot read {path}: {exc.strerror or exc}\n")
                status = 1
                continue
        for claim in extract(text, language=lang, published=published):
            record = {"document": path, **claim.to_dict()}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return status


def run_eval(
    out: TextIO,
    *,
    verbose: bool = False,
    dev_dir: Path | str | None = None,
) -> int:
    """Score the extractor on the development set and print precision, recall and F1 per
    claim type, per language and overall (and the misses and false positives with
    ``verbose``). Returns 0, or 1 when the development set is missing."""
    folder = Path(dev_dir) if dev_dir is not None else DEV_DIR
    if not (folder / "articles.jsonl").is_file() or not (folder / "facts.jsonl").is_file():
        out.write(f"ledger eval: no development set in {folder}\n")
        return 1
    report = run_dev_set(folder)
    out.write(format_table(report) + "\n")
    if verbose:
        for line in format_errors(report):
            out.write(line + "\n")
    return 0
