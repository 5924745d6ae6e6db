"""Benchmark: 10,000 inbox articles through the news pipeline, next to a plain-read baseline.

Run from the project root (not collected by pytest)::

    .venv/bin/python tests/benchmarks/bench_inbox.py [--articles 10000] [--keep DIR]

It writes N articles of about 2 KB (eleven languages, every twentieth one an edited copy of
another, half without a language field) as .json/.txt/.md/.jsonl files in a temporary inbox,
then measures in fresh processes:

- baseline: read every file and parse it (json.loads for JSON, decode for text): the floor;
- pipeline: ``collect_offline`` (parse, identity, language detection) + ``ingest`` (exact and
  near-duplicate detection), i.e. what the news asset does;
- re-run: the same inbox again with the loaded ids known (must add nothing).

For each: wall time, articles/s, peak RSS (``ru_maxrss``), and in a separate run the peak of
Python allocations (``tracemalloc``; it slows Python code, so its run is not timed).
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

# Hand-written sentences: their words are the vocabulary each language's texts draw from.
SEED_TEXT = {
    "en": "The company said it would double the size of its data centre next year and buy "
    "more accelerators from several suppliers while power and cooling remain the hardest "
    "problems for every operator building large training clusters today",
    "de": "Das Unternehmen kündigte an die Größe seines Rechenzentrums im nächsten Jahr zu "
    "verdoppeln und weitere Beschleuniger von mehreren Lieferanten zu kaufen während Strom "
    "und Kühlung die schwierigsten Aufgaben für jeden Betreiber bleiben",
    "fr": "L'entreprise a annoncé qu'elle doublerait la taille de son centre de données "
    "l'année prochaine et achèterait davantage d'accélérateurs auprès de plusieurs "
    "fournisseurs alors que l'électricité et le refroidissement restent les problèmes",
    "es": "La empresa anunció que duplicará el tamaño de su centro de datos el próximo año y "
    "comprará más aceleradores a varios proveedores mientras la electricidad y la "
    "refrigeración siguen siendo los problemas más difíciles para cada operador",
    "pt": "A empresa anunciou que vai dobrar o tamanho do seu centro de dados no próximo ano e "
    "comprar mais aceleradores de vários fornecedores enquanto a energia e o resfriamento "
    "continuam sendo os problemas mais difíceis para cada operador",
    "it": "L'azienda ha annunciato che raddoppierà le dimensioni del suo centro dati il "
    "prossimo anno e acquisterà altri acceleratori da diversi fornitori mentre energia e "
    "raffreddamento restano i problemi più difficili per ogni operatore",
    "id": "Perusahaan itu mengatakan akan menggandakan ukuran pusat datanya tahun depan dan "
    "membeli lebih banyak akselerator dari beberapa pemasok sementara listrik dan "
    "pendinginan tetap menjadi masalah paling sulit bagi setiap operator",
    "ru": "Компания заявила что в следующем году удвоит размер своего центра обработки данных "
    "и закупит больше ускорителей у нескольких поставщиков а электроэнергия и охлаждение "
    "остаются самыми сложными задачами для каждого оператора",
    "ko": "회사는 내년에 데이터센터 규모를 두 배로 늘리고 여러 공급업체로부터 더 많은 가속기를 "
    "구매할 것이라고 밝혔으며 전력과 냉각은 모든 운영자에게 가장 어려운 문제로 남아 있다",
    "zh": "该公司表示明年将把数据中心规模扩大一倍并从多家供应商采购更多加速器"
    "而电力和冷却仍是每个运营商最难解决的问题",
    "ja": "同社は来年データセンターの規模を倍増させ複数の供給業者から"
    "さらに多くのアクセラレーターを購入すると発表したが電力と冷却は依然として最大の課題である",
}
NAMES = ["xAI", "OpenAI", "Anthropic", "CoreWeave", "Nebius", "Meta", "Oracle", "H100", "B200"]
CJK = {"zh", "ja"}


def make_text(language: str, rng: random.Random, size: int = 2000) -> str:
    """About ``size`` characters of shuffled in-language vocabulary with names and numbers."""
    if language in CJK:
        chars = list(SEED_TEXT[language])
        pieces: list[str] = []
        length = 0
        while length < size // 3:  # a CJK character is 3 bytes in UTF-8
            run = "".join(rng.choices(chars, k=rng.randint(8, 20)))
            piece = f"{run}{rng.choice(NAMES)}{rng.randint(1, 99999)}。"
            pieces.append(piece)
            length += len(piece)
        return "".join(pieces)
    words = SEED_TEXT[language].split()
    out: list[str] = []
    length = 0
    while length < size:
        word = rng.choice(words) if rng.random() > 0.08 else rng.choice(NAMES)
        if rng.random() < 0.05:
            word = f"{rng.randint(1, 999_999):,}"
        out.append(word)
        length += len(word) + 1
        if rng.random() < 0.07:
            out[-1] += "."
    return " ".join(out)


def edit(text: str, rng: random.Random) -> str:
    """A syndicated copy: a new first line and about 3% of the words (characters) changed."""
    if " " not in text:  # Chinese/Japanese: change characters instead of words
        chars = list(text)
        for i in rng.sample(range(len(chars)), max(1, len(chars) // 33)):
            chars[i] = rng.choice(NAMES)
        return "【通讯】" + "".join(chars)
    words = text.split(" ")
    for i in rng.sample(range(len(words)), max(1, len(words) // 33)):
        words[i] = rng.choice(NAMES)
    return "Wire report. " + " ".join(words)


def generate(inbox: Path, n: int, seed: int = 42) -> dict[str, int]:
    """Write ``n`` articles into ``inbox``; return counts per kind."""
    rng = random.Random(seed)
    languages = list(SEED_TEXT)
    inbox.mkdir(parents=True, exist_ok=True)
    texts: list[tuple[str, str]] = []
    counts = {"files": 0, "near_duplicates": 0}
    jsonl: list[str] = []
    for i in range(n):
        if i % 20 == 19 and texts:
            language, base = texts[rng.randrange(len(texts))]
            text = edit(base, rng)
            counts["near_duplicates"] += 1
        else:
            language = languages[i % len(languages)]
            text = make_text(language, rng)
        texts.append((language, text))
        record = {
            "title": f"Article {i}",
            "text": text,
            "url": f"https://bench.example.com/{language}/{i}?utm_source=bench",
            "published": f"2025-06-{1 + i % 28:02d}T{i % 24:02d}:00:00Z",
        }
        if i % 2 == 0:
            record["language"] = language
        kind = i % 10
        if kind < 4:
            (inbox / f"a{i:05d}.json").write_text(json.dumps(record, ensure_ascii=False), "utf-8")
        elif kind < 7:
            (inbox / f"a{i:05d}.txt").write_text(f"{record['title']}\n\n{text}\n", "utf-8")
        elif kind < 9:
            front = f"---\ntitle: {record['title']}\nurl: {record['url']}\n---\n"
            (inbox / f"a{i:05d}.md").write_text(front + text + "\n", "utf-8")
        else:
            jsonl.append(json.dumps(record, ensure_ascii=False))
            if len(jsonl) == 100:
                (inbox / f"batch{i:05d}.jsonl").write_text("\n".join(jsonl) + "\n", "utf-8")
                jsonl = []
    if jsonl:
        (inbox / "batch_last.jsonl").write_text("\n".join(jsonl) + "\n", "utf-8")
    counts["files"] = sum(1 for _ in inbox.iterdir())
    counts["bytes"] = sum(p.stat().st_size for p in inbox.iterdir())
    return counts


def phase_baseline(inbox: Path) -> dict[str, float]:
    records = 0
    for path in sorted(inbox.iterdir()):
        data = path.read_bytes()
        if path.suffix == ".json":
            json.loads(data)
            records += 1
        elif path.suffix == ".jsonl":
            records += sum(1 for line in data.decode("utf-8").splitlines() if json.loads(line))
        else:
            data.decode("utf-8")
            records += 1
    return {"records": records}


def phase_pipeline(inbox: Path, rerun: bool) -> dict[str, float]:
    from sources.news.pipeline import collect_offline, ingest
    from sources.settings import Settings

    import_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    settings = Settings.from_env({"LEDGER_HOME": str(inbox.parent), "LEDGER_INBOX": str(inbox)})
    now = datetime(2025, 6, 30, tzinfo=UTC)
    started = time.perf_counter()
    collected = collect_offline(settings, fetched_at=now, batch_id="bench", include_sample=False)
    collected_s = time.perf_counter() - started
    result = ingest(collected.articles, errors=collected.errors)
    out = {
        "records": collected.articles.height,
        "collect_s": collected_s,
        "ingest_s": time.perf_counter() - started - collected_s,
        "new": result.n_new,
        "near": result.n_near_duplicate,
        "exact": result.n_exact_duplicate,
        "errors": result.errors.height,
        "languages_detected": collected.articles["language"].null_count() == 0,
        "import_rss_mb": import_rss_mb,
    }
    if rerun:
        loaded = result.new_articles
        existing = loaded.select("article_id", "canonical_url", "content_hash", "text")
        again_started = time.perf_counter()
        again = collect_offline(
            settings,
            fetched_at=now,
            batch_id="bench-2",
            include_sample=False,
            known_article_ids=set(loaded["article_id"]),
        )
        second = ingest(again.articles, existing, errors=again.errors)
        out["rerun_s"] = time.perf_counter() - again_started
        out["rerun_new"] = second.n_new
    return out


def run_phase(phase: str, inbox: Path, *, trace: bool) -> dict[str, float]:
    """Run one phase in a fresh interpreter so its peak memory is its own."""
    args = [sys.executable, __file__, "--phase", phase, "--inbox", str(inbox)]
    if trace:
        args.append("--tracemalloc")
    out = subprocess.run(args, capture_output=True, text=True, check=True, cwd=ROOT)
    return json.loads(out.stdout.strip().splitlines()[-1])


def child(phase: str, inbox: Path, trace: bool) -> None:
    if trace:
        tracemalloc.start()
    started = time.perf_counter()
    if phase == "baseline":
        result = phase_baseline(inbox)
    else:
        result = phase_pipeline(inbox, rerun=phase == "pipeline-rerun")
    result["seconds"] = time.perf_counter() - started
    result["maxrss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    if trace:
        result["tracemalloc_peak_mb"] = tracemalloc.get_traced_memory()[1] / 1e6
    print(json.dumps(result))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--keep", type=Path, help="write the inbox here and keep it")
    parser.add_argument("--phase", help=argparse.SUPPRESS)
    parser.add_argument("--inbox", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--tracemalloc", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phase:
        child(args.phase, args.inbox, args.tracemalloc)
        return

    with tempfile.TemporaryDirectory(prefix="bench-inbox-") as tmp:
        inbox = (args.keep or Path(tmp)) / "inbox"
        started = time.perf_counter()
        counts = generate(inbox, args.articles)
        print(
            f"generated {args.articles:,} articles in {counts['files']:,} files "
            f"({counts['bytes'] / 1e6:.1f} MB, {counts['near_duplicates']} edited copies) "
            f"in {time.perf_counter() - started:.1f}s"
        )
        base = run_phase("baseline", inbox, trace=False)
        base_mem = run_phase("baseline", inbox, trace=True)
        pipe = run_phase("pipeline", inbox, trace=False)
        pipe_mem = run_phase("pipeline", inbox, trace=True)
        rerun = run_phase("pipeline-rerun", inbox, trace=False)

    n = args.articles
    pipe_s = pipe["collect_s"] + pipe["ingest_s"]
    print()
    print(f"{'':28}{'seconds':>9}{'articles/s':>12}{'peak RSS MB':>13}{'tracemalloc MB':>16}")
    for name, seconds, timed, traced in (
        ("baseline (read + parse)", base["seconds"], base, base_mem),
        ("pipeline (collect+ingest)", pipe_s, pipe, pipe_mem),
    ):
        print(
            f"{name:28}{seconds:>9.2f}{n / seconds:>12,.0f}"
            f"{timed['maxrss_mb']:>13.0f}{traced['tracemalloc_peak_mb']:>16.0f}"
        )
    print()
    print(
        f"pipeline detail: collect {pipe['collect_s']:.2f}s (files, ids, language), "
        f"ingest {pipe['ingest_s']:.2f}s (dedup); new {pipe['new']:,}, "
        f"near-duplicates marked {pipe['near']:,}, exact skipped {pipe['exact']:,}, "
        f"errors {pipe['errors']}; RSS after imports alone {pipe['import_rss_mb']:.0f} MB; "
        f"process wall time with imports {pipe['seconds']:.2f}s"
    )
    print(f"re-run of the same inbox: {rerun['rerun_s']:.2f}s, new articles {rerun['rerun_new']}")
    print(f"pipeline / baseline time: {pipe_s / base['seconds']:.1f}x")


if __name__ == "__main__":
    main()
