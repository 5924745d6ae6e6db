"""Scale benchmark (``make bench-scale``): a fresh warehouse of N generated articles, then an
update of 1,000 more, then a warm build with nothing new; a script, not a pytest module.

    python tests/benchmarks/bench_scale.py [N] [--small 10000] [--add 1000] [--keep DIR]

The articles come from the extractor benchmark's generator (``bench_extract``: ~2 KB, ten
languages, 6% on topic) with 5% edited copies of earlier ones (``bench_inbox.edit``), written
as JSON Lines files of 1,000 records into the inbox of a temporary ``LEDGER_HOME``. Each step
runs ``ledger build`` as a subprocess and reports its wall time, the peak resident memory of
its whole process tree (the build, dbt, the extraction workers; sampled every 0.2 s from
/proc), the time per stage that the build prints, the rows it holds, and the warehouse file's
size. With ``--small M`` the same update is also measured on an M-article warehouse, so the
ratio of the two updates shows whether an update costs the news or the history.

Targets (2-core machine): 1,000,000 articles reach the marts with peak RSS <= 3 GB at every
step in <= 15 minutes; adding 1,000 articles to it takes <= 30 s and <= 1.5 times the same
addition to a 10,000-article warehouse; a warm build with nothing new takes <= 15 s and does
not grow the file.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.benchmarks.bench_extract import OFF_TOPIC, _article  # noqa: E402
from tests.benchmarks.bench_inbox import edit  # noqa: E402

ON_TOPIC_SHARE = 0.06
COPY_SHARE = 0.05
RECORDS_PER_FILE = 1000


def generate(inbox: Path, n: int, *, start: int = 0, seed: int = 42) -> int:
    """Write articles ``start`` .. ``start + n - 1`` as JSON Lines files; returns bytes."""
    rng = random.Random(seed + start)
    languages = list(OFF_TOPIC)
    inbox.mkdir(parents=True, exist_ok=True)
    recent: list[str] = []
    written = 0
    for first in range(start, start + n, RECORDS_PER_FILE):
        lines = []
        for i in range(first, min(first + RECORDS_PER_FILE, start + n)):
            language = languages[i % len(languages)]
            if recent and rng.random() < COPY_SHARE:
                text = edit(rng.choice(recent), rng)
            else:
                text = _article(rng, language, rng.random() < ON_TOPIC_SHARE)
            recent = [*recent[-199:], text]
            record = {
                "title": f"Article {i}",
                "text": text,
                "url": f"https://scale.example.com/{language}/{i}",
                "published": f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}",
            }
            if i % 2 == 0:
                record["language"] = language
            lines.append(json.dumps(record, ensure_ascii=False))
        body = "\n".join(lines) + "\n"
        (inbox / f"articles_{first:08d}.jsonl").write_text(body, "utf-8")
        written += len(body.encode())
    return written


def _tree_rss_kb(root: int) -> int:
    """Resident memory of ``root`` and all its descendants, in KiB (from /proc)."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as fh:
                stat = fh.read()
            with open(f"/proc/{entry}/statm") as fh:
                pages = int(fh.read().split()[1])
        except OSError:
            continue
        pid = int(entry)
        parents[pid] = int(stat.rsplit(")", 1)[1].split()[1])
        rss[pid] = pages * os.sysconf("SC_PAGE_SIZE") // 1024
    family, grew = {root}, True
    while grew:
        grew = False
        for pid, parent in parents.items():
            if parent in family and pid not in family:
                family.add(pid)
                grew = True
    return sum(rss.get(pid, 0) for pid in family)


@dataclass
class Step:
    name: str
    seconds: float = 0.0
    peak_mb: float = 0.0
    stages: str = ""
    rows: dict[str, int] = field(default_factory=dict)
    file_mb: float = 0.0
    ok: bool = True
    tail: str = ""


def build(name: str, home: Path) -> Step:
    """Run ``ledger build`` on ``home`` and measure it."""
    env = {**os.environ, "LEDGER_HOME": str(home), "LEDGER_ONLINE": "0"}
    env.pop("LEDGER_DUCKDB_PATH", None)
    env.pop("DAGSTER_HOME", None)
    env.pop("LEDGER_INBOX", None)
    started = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "orchestration.cli", "build"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    peak = [0]
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            peak[0] = max(peak[0], _tree_rss_kb(proc.pid))
            done.wait(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    output, _ = proc.communicate()
    done.set()
    sampler.join()
    step = Step(name, time.perf_counter() - started, peak[0] / 1024)
    step.ok = proc.returncode == 0
    step.tail = "\n".join(output.splitlines()[-25:])
    found = re.search(r"^Time spent: (.*)$", output, re.M)
    step.stages = found.group(1) if found else ""
    for table in ("raw.news_articles", "raw.news_claims", "marts.fct_funding_rounds"):
        counted = re.search(rf"^\s+{re.escape(table)}\s+([\d,]+)$", output, re.M)
        if counted:
            step.rows[table] = int(counted.group(1).replace(",", ""))
    db = home / "ledger.duckdb"
    step.file_mb = db.stat().st_size / 2**20 if db.exists() else 0.0
    return step


def warehouse(n: int, add: int, base: Path) -> list[Step]:
    """Fresh build of ``n`` articles, the update of ``add`` more, then a warm build."""
    home = base / f"home_{n}"
    inbox = home / "inbox"
    made = time.perf_counter()
    size = generate(inbox, n)
    print(
        f"  generated {n:,} articles ({size / 2**20:,.0f} MB) in "
        f"{time.perf_counter() - made:.0f} s; building ...",
        flush=True,
    )
    steps = [build(f"full build, {n:,} articles", home)]
    generate(inbox, add, start=n, seed=7)
    steps.append(build(f"add {add:,} to {n:,}", home))
    steps.append(build(f"warm, nothing new ({n:,})", home))
    return steps


def _uptime() -> str:
    with open("/proc/loadavg") as fh:
        return "load average " + " ".join(fh.read().split()[:3])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles", nargs="?", type=int, default=100_000)
    parser.add_argument("--small", type=int, default=10_000, help="0 to skip the comparison")
    parser.add_argument("--add", type=int, default=1_000)
    parser.add_argument("--keep", type=Path, help="build here and keep it (default: temp)")
    args = parser.parse_args(argv)
    base = args.keep or Path(tempfile.mkdtemp(prefix="ledger-scale-"))
    print(f"bench-scale in {base} ({_uptime()})", flush=True)
    small: list[Step] = []
    try:
        if args.small:
            small = warehouse(args.small, args.add, base)
        full, update, warm = big = warehouse(args.articles, args.add, base)
    finally:
        if args.keep is None:
            shutil.rmtree(base, ignore_errors=True)
    print(f"\n{'step':32} {'wall s':>8} {'peak MB':>8} {'file MB':>8} {'articles':>10} "
          f"{'claims':>8}  time by stage")  # fmt: skip
    steps = small + big
    for step in steps:
        print(
            f"{step.name:32} {step.seconds:8.1f} {step.peak_mb:8.0f} {step.file_mb:8.1f} "
            f"{step.rows.get('raw.news_articles', 0):>10,} "
            f"{step.rows.get('raw.news_claims', 0):>8,}  {step.stages}"
            + ("" if step.ok else "  FAILED")
        )
    failed = [s for s in steps if not s.ok]
    for step in failed:
        print(f"\n{step.name} failed:\n{step.tail}")
    print(f"\n({_uptime()})")
    print(f"update / full build: {update.seconds / full.seconds:.2f}")
    if small:
        print(
            f"update on {args.articles:,} / update on {args.small:,}: "
            f"{update.seconds / small[1].seconds:.2f} (target <= 1.5)"
        )
    peak = max(s.peak_mb for s in big)
    print(
        f"targets: full <= 900 s: {full.seconds:.0f} s; peak <= 3072 MB: {peak:.0f} MB; "
        f"update <= 30 s: {update.seconds:.0f} s; warm <= 15 s: {warm.seconds:.0f} s; "
        f"file grew on the warm build: {warm.file_mb > update.file_mb}"
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
