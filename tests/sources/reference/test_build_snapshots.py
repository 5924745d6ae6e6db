"""Tests of sources/reference/build_snapshots.py on small inputs in a temporary folder."""

from __future__ import annotations

import gzip
import shutil
from pathlib import Path

import polars as pl

from sources.reference import epoch_funding_rounds, epoch_gpu_clusters, fx_rates
from sources.reference.build_snapshots import main
from sources.reference.snapshots import load_table, snapshot_path
from tests.sources.reference.archives import zip_archive

FIXTURES = Path(__file__).parent / "fixtures"
ROUNDS = (
    "Id,Company,Close date,Status,Funding (equity),Funding (debt),Valuation (post-money),"
    "Report date,Notes,Type,Confidence,Exclude from graph view\n"
    'May 2024 24B Series B,xAI,5/27/2024,Closed,6000000000,,24000000000,5/27/2024,"A note\n'
    'of ours",Primary,Confident,\n'
)
ECB = b"Date,USD,JPY,CYP,\n2024-06-14,1.0686,167.8,N/A,\n2007-12-31,1.4721,164.93,0.585274,\n"


def test_build_writes_trimmed_snapshots_that_load(tmp_path: Path, capsys) -> None:
    epoch_dir = tmp_path / "epoch"
    epoch_dir.mkdir()
    shutil.copy(FIXTURES / "gpu_clusters_sample.csv", epoch_dir / "gpu_clusters.csv")
    (epoch_dir / "ai_companies_funding_rounds.csv").write_text(ROUNDS, encoding="utf-8")
    ecb_zip = tmp_path / "eurofxref-hist.zip"
    ecb_zip.write_bytes(zip_archive({"eurofxref-hist.csv": ECB}))
    out = tmp_path / "data"

    assert main(["--epoch-dir", str(epoch_dir), "--ecb-zip", str(ecb_zip), "--out", str(out)]) == 0

    printed = capsys.readouterr().out
    assert "epoch_gpu_clusters.csv: 4 rows, 0 quarantined cells" in printed
    assert "fx_rates.csv.gz: 2 rates, 2 currencies, 2024-06-14 to 2024-06-14" in printed
    clusters = pl.read_csv(out / "epoch_gpu_clusters.csv", infer_schema=False)
    assert clusters.columns == list(epoch_gpu_clusters.SNAPSHOT_COLUMNS)
    assert "Note" not in clusters.columns
    rounds = (out / "epoch_funding_rounds.csv").read_text(encoding="utf-8")
    assert "A note" not in rounds
    assert epoch_funding_rounds.parse(rounds.encode()).rows["equity_usd"].to_list() == [6e9]
    packed = (out / "fx_rates.csv.gz").read_bytes()
    assert gzip.decompress(packed).decode().splitlines() == [
        "Date,USD,JPY",
        "2024-06-14,1.0686,167.8",
    ]
    assert fx_rates.parse(packed).height == 2
    attribution = (out / "ATTRIBUTION.md").read_text(encoding="utf-8")
    quoted = attribution.replace("\n> ", " ")
    assert "Epoch AI, 'GPU Clusters' / 'AI Companies' / 'ML Hardware' / 'Frontier" in quoted
    assert "https://epoch.ai/data, CC BY 4.0" in attribution

    # The files are the bundled format: the loader reads a folder of them.
    assert load_table("epoch_gpu_clusters", out).height == 4
    assert load_table("fx_rates", out).height == 2


def test_trimming_the_bundled_snapshot_changes_nothing() -> None:
    # The snapshot is a fixed point of the build: its rows and text are Epoch's, unchanged.
    bundled = snapshot_path("epoch_gpu_clusters").read_bytes()
    assert epoch_gpu_clusters.trim(bundled) == bundled
    rounds = snapshot_path("epoch_funding_rounds").read_bytes()
    assert epoch_funding_rounds.trim(rounds) == rounds
