"""Before and after on the real-news sets, in counts only (``ledger eval --real --save-claims``
and ``--compare``).

A run writes what it read: one JSON line per article it scored, with its set, its key, the
extractor version and its claims (an article that read nothing has a line with no claim, so it
is told apart from one the run did not score). A later run compares its own reading, set by
set, on the articles both runs scored: the claims added and dropped (a claim is every field
but its confidence), the unchanged claims whose confidence moved, and the F1 of both readings
with the paired interval of the difference
(:func:`sources.extract.evaluate.paired_f1_difference`). It names no claim and no fact, so it
may be run on a set held out as unseen.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sources.extract.evaluate import Report, paired_f1_difference, score

Claims = dict[str, list[dict[str, Any]]]  # per article key, its claims


@dataclass(frozen=True)
class SavedRun:
    """What a ``--save-claims`` run read: per set, per scored article, its claims."""

    path: Path
    sets: dict[str, Claims]
    versions: frozenset[str]


def write_run(rows: list[tuple[str, Report]], path: Path, version: str) -> None:
    """Write the claims of the scored sets ``rows``: a line per scored article."""
    with path.open("w", encoding="utf-8") as fh:
        for name, report in rows:
            for key in sorted(report.predictions):
                line = {"set": name, "key": key, "extractor_version": version}
                line["claims"] = report.predictions[key]
                fh.write(json.dumps(line, ensure_ascii=False) + "\n")


def read_run(path: Path) -> SavedRun:
    """The run saved in ``path``; ValueError, with the line, when it is not such a file."""
    sets: dict[str, Claims] = {}
    versions = set()
    with path.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                sets.setdefault(row["set"], {})[row["key"]] = list(row["claims"])
            except (ValueError, KeyError, TypeError) as exc:
                raise ValueError(
                    f"{path}:{number}: not a line of ledger eval --save-claims ({exc})"
                ) from None
            versions.add(str(row.get("extractor_version")))
    return SavedRun(path, sets, frozenset(versions))


def identity(claim: dict[str, Any]) -> str:
    """A claim as comparable text: every field but its confidence, which a refit of the
    calibration moves while the reading stays the same."""
    return json.dumps({k: v for k, v in claim.items() if k != "confidence"}, sort_keys=True)


def comparison(name: str, report: Report, earlier: SavedRun) -> str:
    """One line: how the claims ``report`` read differ from those ``earlier`` read, on the
    articles both scored."""
    saved = earlier.sets.get(name)
    if saved is None:
        return f"{name}: not scored in {earlier.path}"
    keys = sorted(set(report.predictions) & set(saved))
    before = score(
        {k: saved[k] for k in keys},
        {k: report.facts.get(k, []) for k in keys},
        report.languages,
        match_status=False,
    )
    after = score(
        {k: report.predictions[k] for k in keys},
        {k: report.facts.get(k, []) for k in keys},
        report.languages,
        match_status=False,
    )
    added = dropped = moved = changed = 0
    for key in keys:
        old, new = _by_identity(saved[key]), _by_identity(report.predictions[key])
        added += sum(max(0, len(new[i]) - len(old.get(i, []))) for i in new)
        dropped += sum(max(0, len(old[i]) - len(new.get(i, []))) for i in old)
        changed += Counter({i: len(c) for i, c in old.items()}) != Counter(
            {i: len(c) for i, c in new.items()}
        )
        # the claims read by both runs: the confidences of each identity, in order
        moved += sum(
            a != b for i in old.keys() & new.keys() for a, b in zip(old[i], new[i], strict=False)
        )
    only_now = len(set(report.predictions) - set(saved))
    only_before = len(set(saved) - set(report.predictions))
    text = (
        f"{name} against {earlier.path} (extractor {', '.join(sorted(earlier.versions))}): "
        f"{len(keys)} articles scored by both"
        + (f", {only_now} only now" if only_now else "")
        + (f", {only_before} only before" if only_before else "")
        + f"; claims {before.overall.predicted} -> {after.overall.predicted} ({added} added, "
        f"{dropped} dropped, on {changed} articles; confidence moved on {moved} of the claims "
        "read by both)"
    )
    diff = paired_f1_difference(before, after)
    if diff is not None:
        delta, low, high = diff
        text += (
            f"; F1 {before.overall.f1:.2f} -> {after.overall.f1:.2f}, {delta:+.2f} "
            f"(95% interval {low:+.2f} to {high:+.2f})"
        )
    return text


def _by_identity(claims: list[dict[str, Any]]) -> dict[str, list[float | None]]:
    """Per claim identity, the confidences of the claims that have it, sorted."""
    out: dict[str, list[float | None]] = {}
    for claim in claims:
        out.setdefault(identity(claim), []).append(claim.get("confidence"))
    for values in out.values():
        values.sort(key=lambda v: -1.0 if v is None else v)
    return out
