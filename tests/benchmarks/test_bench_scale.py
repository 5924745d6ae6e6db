"""The scale benchmark's own parts: the inbox it writes and how it measures memory."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.benchmarks.bench_scale import RECORDS_PER_FILE, Memory, _tree, generate


def test_generate_writes_files_of_records_one_at_a_time(tmp_path):
    size = generate(tmp_path, 2 * RECORDS_PER_FILE + 5, start=10)
    files = sorted(tmp_path.glob("*.jsonl"))
    assert [f.name for f in files] == [
        "articles_00000010.jsonl",
        "articles_00001010.jsonl",
        "articles_00002010.jsonl",
    ]
    records = [json.loads(line) for f in files for line in f.read_text("utf-8").splitlines()]
    assert len(records) == 2 * RECORDS_PER_FILE + 5
    assert records[0]["title"] == "Article 10"
    assert sum(f.stat().st_size for f in files) == size
    # every other record leaves its language to detection
    assert sum("language" in r for r in records) == (len(records) + 1) // 2


def test_memory_counts_the_tree_and_splits_shared_pages():
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        assert child.pid in _tree(os.getpid())
        memory = Memory()
        now = memory.sample(os.getpid())
        assert 0 < now <= memory.pss_sum <= memory.rss_sum
        assert memory.largest > 0 and memory.largest <= memory.rss_sum
    finally:
        child.kill()
        child.wait()
