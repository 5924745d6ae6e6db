"""Rebuild the bundled Epoch and ECB snapshots in ``sources/reference/data`` from source files.

    python -m sources.reference.build_snapshots --epoch-dir DIR --ecb-zip PATH [--out DIR]

``DIR`` holds Epoch AI's ``gpu_clusters.csv`` and ``ai_companies_funding_rounds.csv`` (as
downloaded from https://epoch.ai/data); ``PATH`` is the ECB's ``eurofxref-hist.zip``. Each
snapshot is trimmed (free text removed, FX from 2015 on), parsed back with the connector's own
``parse`` as a check, and written; ``ATTRIBUTION.md`` is written beside them.
"""

from __future__ import annotations

import argparse
import gzip
from collections.abc import Sequence
from pathlib import Path

from sources.reference import epoch_funding_rounds, epoch_gpu_clusters, fx_rates
from sources.reference.snapshots import DATA_DIR

ATTRIBUTION = f"""\
# Attribution of the bundled third-party data

## Epoch AI (CC BY 4.0)

`epoch_gpu_clusters.csv` and `epoch_funding_rounds.csv` come from:

> Epoch AI, 'GPU Clusters' / 'AI Companies' / 'ML Hardware' / 'Frontier Data Centers'
> datasets, https://epoch.ai/data, CC BY 4.0
> (https://creativecommons.org/licenses/by/4.0/)

What we changed:

- `epoch_gpu_clusters.csv`: Epoch's `gpu_clusters.csv` with only the columns
  {", ".join(f"`{c}`" for c in epoch_gpu_clusters.SNAPSHOT_COLUMNS)}.
  Free-text and derived columns (Note, Quote, Hardware note, Certainty Note, Cost Quote,
  logarithms, ranks, shares) are removed. Rows and cell text are unchanged.
- `epoch_funding_rounds.csv`: Epoch's `ai_companies_funding_rounds.csv` without its `Notes`
  column. Rows and cell text are unchanged.
- `chips.csv` uses figures from Epoch's `ml_hardware.csv` (rows whose `source_url` is
  https://epoch.ai/data/ml_hardware.csv), with the corrections
  listed in its `notes` column.

## European Central Bank

`fx_rates.csv.gz` holds the ECB's euro foreign exchange reference rates
({fx_rates.DEFAULT_URL}) from {fx_rates.SNAPSHOT_START.isoformat()} on, in the ECB's own
format (currencies without any rate in that period removed). Source: European Central Bank;
the ECB permits reuse of its statistics with the source acknowledged.

## Ours

`chips.csv`, `chip_aliases.csv`, `companies.csv`, `company_aliases.csv`, `clusters.csv` and
`cluster_aliases.csv` are compiled by the AI Compute Ledger from the public sources named in
their `source_url` columns.
"""


def build(epoch_dir: Path | None, ecb_zip: Path | None, out: Path) -> list[str]:
    """Write the snapshots whose inputs are given; return one summary line per file written."""
    out.mkdir(parents=True, exist_ok=True)
    written: list[str] = []
    if epoch_dir is not None:
        for module in (epoch_gpu_clusters, epoch_funding_rounds):
            source = epoch_dir / module.FILE_NAME
            trimmed = module.trim(source.read_bytes(), file_name=source.name)
            checked = module.parse(trimmed, file_name=module.SNAPSHOT_FILE_NAME)
            (out / module.SNAPSHOT_FILE_NAME).write_bytes(trimmed)
            written.append(
                f"{module.SNAPSHOT_FILE_NAME}: {checked.rows.height} rows, "
                f"{checked.quarantine.height} quarantined cells"
            )
        (out / "ATTRIBUTION.md").write_text(ATTRIBUTION, encoding="utf-8")
        written.append("ATTRIBUTION.md")
    if ecb_zip is not None:
        trimmed = fx_rates.trim(ecb_zip.read_bytes(), file_name=ecb_zip.name)
        checked = fx_rates.parse(trimmed, file_name=fx_rates.SNAPSHOT_FILE_NAME)
        # mtime=0 keeps the archive byte-identical when the rates have not changed.
        packed = gzip.compress(trimmed, compresslevel=9, mtime=0)
        (out / f"{fx_rates.SNAPSHOT_FILE_NAME}.gz").write_bytes(packed)
        written.append(
            f"{fx_rates.SNAPSHOT_FILE_NAME}.gz: {checked.height} rates, "
            f"{checked['currency'].n_unique()} currencies, "
            f"{checked['rate_date'].min()} to {checked['rate_date'].max()}"
        )
    return written


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--epoch-dir", type=Path, help="folder with Epoch's CSV files")
    parser.add_argument("--ecb-zip", type=Path, help="the ECB's eurofxref-hist.zip")
    parser.add_argument("--out", type=Path, default=DATA_DIR, help="where to write")
    args = parser.parse_args(argv)
    if args.epoch_dir is None and args.ecb_zip is None:
        parser.error("give --epoch-dir, --ecb-zip or both")
    for line in build(args.epoch_dir, args.ecb_zip, args.out):
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
