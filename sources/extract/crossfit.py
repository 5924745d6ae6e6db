"""Leave one set out: how the calibration model does on an annotated set it was not fitted on.

For each annotated real-news set, the model is fitted on the claims of the others and scored
on this set's: F1 of all its claims and of those at or above the threshold that gave the best
F1 on the training sets, and the Brier score of the rules' hand-set confidence, of the model,
and of a constant (the training sets' share of true claims). ``ledger calibrate --held-out``
prints it (:func:`format_held_out`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sources.extract.calibration import L2, MIN_COUNT, Model, fit
from sources.extract.evaluate import Counts, score

# the thresholds tried on the training sets, 0 (keep every claim) to 0.9
THRESHOLDS = tuple(round(0.05 * i, 2) for i in range(19))
BANDS = (0.5, 0.7, 0.8)  # the pooled report: share true under the first, at or above each


@dataclass(frozen=True)
class Article:
    """One annotated article: the claims the rules read (hand-set confidence), its facts, and
    the claims' (features, is a true fact) pairs."""

    claims: list[dict[str, Any]]
    facts: list[dict[str, Any]]
    examples: list[tuple[dict[str, str | float], bool]]


@dataclass(frozen=True)
class HeldOut:
    """One set scored by the model fitted on the others."""

    name: str
    claims: int
    true: int
    threshold: float  # chosen on the training sets
    all_claims: Counts  # every claim scored against the set's facts
    at_threshold: Counts  # the claims at or above the threshold
    brier_hand: float
    brier_model: float
    brier_constant: float
    pairs: list[tuple[float, bool]]  # per claim, the model's probability and the truth


def brier(pairs: Iterable[tuple[float, bool]]) -> float:
    """The mean squared gap between a confidence and the outcome (0 is perfect)."""
    gaps = [(p - (1.0 if y else 0.0)) ** 2 for p, y in pairs]
    return sum(gaps) / len(gaps) if gaps else 0.0


def leave_one_set_out(
    sets: Sequence[tuple[str, Sequence[Article]]],
    *,
    l2: float = L2,
    min_count: int = MIN_COUNT,
) -> list[HeldOut]:
    """Per set (of at least two), the model fitted on the other sets scored on it."""
    rows = []
    for name, held in sets:
        train = [a for other, articles in sets if other != name for a in articles]
        model = fit([e for a in train for e in a.examples], l2=l2, min_count=min_count)
        threshold = max(THRESHOLDS, key=lambda t: (round(_kept(train, model, t).f1, 6), -t))
        pairs = [(model.probability(f), y) for a in held for f, y in a.examples]
        labels = [y for a in train for _, y in a.examples]
        rate = sum(labels) / len(labels) if labels else 0.0
        rows.append(
            HeldOut(
                name=name,
                claims=len(pairs),
                true=sum(1 for _, y in pairs if y),
                threshold=threshold,
                all_claims=_kept(held, model, 0.0),
                at_threshold=_kept(held, model, threshold),
                brier_hand=brier((f["hand_confidence"], y) for a in held for f, y in a.examples),
                brier_model=brier(pairs),
                brier_constant=brier((rate, y) for _, y in pairs),
                pairs=pairs,
            )
        )
    return rows


def _kept(articles: Sequence[Article], model: Model, threshold: float) -> Counts:
    """The scores of the articles' claims whose probability is at least ``threshold``."""
    preds, facts = {}, {}
    for i, a in enumerate(articles):
        keep = [model.probability(f) >= threshold for f, _ in a.examples]
        preds[str(i)] = [c for c, k in zip(a.claims, keep, strict=True) if k]
        facts[str(i)] = a.facts
    return score(preds, facts, {}, match_status=False).overall


def format_held_out(rows: Sequence[HeldOut]) -> str:
    """The table: one line per held-out set, their mean, and the pooled held-out claims."""
    lines = [
        f"{'held out':18} {'claims':>6} {'true':>5} {'F1 all':>6} {'thr':>5} {'F1 thr':>6}"
        f" {'Brier hand':>10} {'model':>6} {'const':>6}"
    ]
    for r in rows:
        lines.append(
            f"{r.name:18} {r.claims:6d} {r.true:5d} {r.all_claims.f1:6.3f} {r.threshold:5.2f}"
            f" {r.at_threshold.f1:6.3f} {r.brier_hand:10.3f} {r.brier_model:6.3f}"
            f" {r.brier_constant:6.3f}"
        )
    if not rows:
        return "\n".join(lines)
    n = len(rows)
    lines.append(
        f"{'mean':18} {'':6} {'':5} {sum(r.all_claims.f1 for r in rows) / n:6.3f} {'':5}"
        f" {sum(r.at_threshold.f1 for r in rows) / n:6.3f}"
        f" {sum(r.brier_hand for r in rows) / n:10.3f} {sum(r.brier_model for r in rows) / n:6.3f}"
        f" {sum(r.brier_constant for r in rows) / n:6.3f}"
    )
    pooled = [p for r in rows for p in r.pairs]
    total = max(1, len(pooled))
    lines.append(
        f"pooled held-out: {len(pooled)} claims, Brier hand"
        f" {sum(r.brier_hand * r.claims for r in rows) / total:.3f},"
        f" model {sum(r.brier_model * r.claims for r in rows) / total:.3f},"
        f" constant {sum(r.brier_constant * r.claims for r in rows) / total:.3f}"
    )
    below = [y for p, y in pooled if p < BANDS[0]]
    share = sum(below) / len(below) if below else 0.0
    lines.append(f"  confidence < {BANDS[0]}: {len(below)} claims, {share:.0%} true")
    for cut in BANDS:
        above = [y for p, y in pooled if p >= cut]
        share = sum(above) / len(above) if above else 0.0
        lines.append(f"  confidence >= {cut}: {len(above)} claims, {share:.0%} true")
    return "\n".join(lines)
