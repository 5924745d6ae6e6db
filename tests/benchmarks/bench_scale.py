"""Scale benchmark (``make bench-scale``): a fresh warehouse of N generated articles, then an
update of 1,000 more, then a warm build with nothing new; a script, not a pytest module.

    python tests/benchmarks/bench_scale.py [N] [--small 10000] [--add 1000] [--keep DIR]

The articles come from the extractor benchmark's generator (``bench_extract``: ~2 KB, ten
languages, 6% on topic) with 5% edited copies of earlier ones (``bench_inbox.edit``), written
as JSON Lines files of 1,000 records into the inbox of a temporary ``LEDGER_HOME``. Each step
runs ``ledger build`` as a subprocess and reports its wall time, the peak memory of its
process tree (the build, dbt, the extraction workers; sampled every 0.2 s from /proc) as the
sum of RSS, the sum of PSS (shared pages split, so what the tree really holds) and the largest
single process, the time per stage that the build prints, the rows it holds, and the
warehouse file's size. Progress lines (each ingestion and extraction batch) are echoed while
a build runs, so a long run shows how far it got; the whole output goes to ``builds.log``
beside the warehouse. The inbox is written a file at a time, so 1,000,000 articles need about
3 GB of disk, not of memory. With ``--small M`` the same update is also measured on an
M-article warehouse, so the ratio of the two updates shows whether an update costs the news
or the history.

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


def _memory_kb(pid: int) -> tuple[int, int]:
    """Resident and proportional set size of one process, in KiB (0, 0 once it is gone).

    PSS divides each shared page among the processes that map it, so the PSS of a tree adds
    up to what it really holds, while its RSS counts pages shared by forked workers once per
    worker."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as fh:
            fields = dict(line.split(":", 1) for line in fh if ":" in line and "-" not in line)
    except OSError:
        return 0, 0
    return int(fields.get("Rss", "0 kB").split()[0]), int(fields.get("Pss", "0 kB").split()[0])


def _tree(root: int) -> dict[int, str]:
    """``root`` and all its descendants, with their command names (from /proc)."""
    parents: dict[int, int] = {}
    names: dict[int, str] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as fh:
                stat = fh.read()
        except OSError:
            continue
        name, rest = stat.split("(", 1)[1].rsplit(")", 1)
        parents[int(entry)] = int(rest.split()[1])
        names[int(entry)] = name
    family, grew = {root}, True
    while grew:
        grew = False
        for pid, parent in parents.items():
            if parent in family and pid not in family:
                family.add(pid)
                grew = True
    return {pid: names.get(pid, "?") for pid in family}


@dataclass
class Memory:
    """Peaks over a step's samples, in MiB."""

    rss_sum: float = 0.0  # RSS summed over the tree (shared pages counted once per process)
    pss_sum: float = 0.0  # PSS summed over the tree: what the tree really holds
    largest: float = 0.0  # RSS of the largest single process
    largest_name: str = ""

    def sample(self, root: int) -> float:
        """Take one sample of ``root``'s tree; returns its PSS now, in MiB."""
        rss_sum = pss_sum = 0
        for pid, name in _tree(root).items():
            rss, pss = _memory_kb(pid)
            rss_sum, pss_sum = rss_sum + rss, pss_sum + pss
            if rss / 1024 > self.largest:
                self.largest, self.largest_name = rss / 1024, name
        self.rss_sum = max(self.rss_sum, rss_sum / 1024)
        self.pss_sum = max(self.pss_sum, pss_sum / 1024)
        return pss_sum / 1024


@dataclass
class Step:
    name: str
    seconds: float = 0.0
    memory: Memory = field(default_factory=Memory)
    stages: str = ""
    rows: dict[str, int] = field(default_factory=dict)
    file_mb: float = 0.0
    ok: bool = True
    tail: str = ""


# build output lines echoed while the build runs, so a long run shows how far it got
_PROGRESS = re.compile(r"news_articles batch|news_claims batch|news_(articles|claims): |Built in")


def build(name: str, home: Path) -> Step:
    """Run ``ledger build`` on ``home`` and measure it; its output goes to ``home/builds.log``
    and its progress lines (with the tree's memory at that moment) to stdout."""
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
    step = Step(name)
    now_mb = [0.0]
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            now_mb[0] = step.memory.sample(proc.pid)
            done.wait(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    lines: list[str] = []
    assert proc.stdout is not None
    with (home / "builds.log").open("a") as log:
        log.write(f"\n=== {name} ===\n")
        for line in proc.stdout:
            lines.append(line)
            log.write(line)
            if _PROGRESS.search(line):
                message = line.split(" - ")[-1].strip()
                print(
                    f"    {time.perf_counter() - started:7.0f} s {now_mb[0]:6.0f} MB  {message}",
                    flush=True,
                )
    proc.wait()
    done.set()
    sampler.join()
    output = "".join(lines)
    step.seconds = time.perf_counter() - started
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
    print(f"\n{'step':32} {'wall s':>8} {'RSS sum':>8} {'PSS sum':>8} {'1 proc':>8} "
          f"{'file MB':>8} {'articles':>10} {'claims':>8}  time by stage")  # fmt: skip
    steps = small + big
    for step in steps:
        memory = step.memory
        print(
            f"{step.name:32} {step.seconds:8.1f} {memory.rss_sum:8.0f} {memory.pss_sum:8.0f} "
            f"{memory.largest:8.0f} {step.file_mb:8.1f} "
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
    peak = max(s.memory.pss_sum for s in big)
    largest = max(big, key=lambda s: s.memory.largest).memory
    print(
        "memory (MiB, peak per step): RSS sum counts pages shared by forked workers once per "
        "worker; PSS sum splits them, so it is what the tree holds; 1 proc is the largest "
        f"single process (here {largest.largest_name}, {largest.largest:.0f} MB)"
    )
    print(
        f"targets: full <= 900 s: {full.seconds:.0f} s; peak (PSS) <= 3072 MB: {peak:.0f} MB; "
        f"update <= 30 s: {update.seconds:.0f} s; warm <= 15 s: {warm.seconds:.0f} s; "
        f"file grew on the warm build: {warm.file_mb > update.file_mb}"
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
