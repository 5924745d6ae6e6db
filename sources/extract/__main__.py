"""``python -m sources.extract extract|eval ...``: the extractor's commands without the
``ledger`` console script."""

from __future__ import annotations

import argparse
import sys
from datetime import date

from sources.extract.commands import run_eval, run_extract


def main(argv: list[str] | None = None) -> int:
    """Parse ``argv`` and run the chosen command."""
    parser = argparse.ArgumentParser(prog="python -m sources.extract")
    sub = parser.add_subparsers(dest="command", required=True)
    ext = sub.add_parser("extract", help="print the claims of text files as JSON lines")
    ext.add_argument("--published", type=date.fromisoformat, default=None, help="YYYY-MM-DD")
    ext.add_argument("--lang", default=None, help="ISO 639-1 code (detected when omitted)")
    ext.add_argument("paths", nargs="+", help="files to read; '-' reads stdin")
    ev = sub.add_parser("eval", help="score the extractor on the development set")
    ev.add_argument("--verbose", action="store_true", help="list misses and false positives")
    args = parser.parse_args(argv)
    if args.command == "extract":
        return run_extract(args.paths, args.published, args.lang, sys.stdout, sys.stdin)
    return run_eval(sys.stdout, verbose=args.verbose)


if __name__ == "__main__":
    raise SystemExit(main())
