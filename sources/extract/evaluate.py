"""Scoring the extractor against the development set (``sources/news/sample_corpus``).

A predicted claim matches a fact of the same article when type, subject (canonical, compared
case-insensitively), chip_model and status agree and the number agrees: the quantity for
sizes, holdings, build durations and power; the round amount (and currency) for funding
rounds; the valuation for valuation claims (in USD, or in the stated currency when the fact
gives a non-USD valuation); each within 1%, or both null (vague amounts). Matching is
one-to-one (greedy, in fact order). The qualifier is scored separately, on matched pairs.
"""

from __future__ import annotations

import json
import random
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from itertools import pairwise
from pathlib import Path
from typing import Any

from sources.extract.agreement import close
from sources.extract.trace import NOTHING_READ_WHY, READ_DROPPED, nothing_read_kind
from sources.registry import CLAIM_TYPES, QUANTITY_CLAIM_TYPES

# Why a fact was missed, judged from the predictions of its type in its article, most
# specific first: it tells a rule writer which part of the reading failed.
MISS_CAUSES = (
    "other status",  # everything agrees but the status (only where status is part of a match)
    "read once for two facts",  # the one agreeing claim matched another fact of the article
    "other chip",  # subject and figure agree, the chip model does not
    "other subject",  # the figure was read and given to another subject or name form
    "other figure",  # the subject was read with another figure
    "other subject and figure",  # a claim of the type was read, neither agrees
    "nothing read",  # no claim of the fact's type in the article
)

DEV_DIR = Path(__file__).resolve().parent.parent / "news" / "sample_corpus"


def _norm(value: Any) -> str:
    return str(value).strip().casefold() if value is not None else ""


def number_agrees(pred: dict[str, Any], fact: dict[str, Any]) -> bool:
    """Whether the main number of a predicted claim agrees with a fact's (see module doc)."""
    ctype = fact["type"]
    if ctype in QUANTITY_CLAIM_TYPES:
        return close(pred.get("quantity"), fact.get("quantity"))
    if ctype == "funding_round":
        if not close(pred.get("amount"), fact.get("amount")):
            return False
        cur_p, cur_f = pred.get("currency"), fact.get("currency")
        return cur_p is None or cur_f is None or cur_p == cur_f
    # valuation
    if fact.get("valuation_usd") is not None:
        if close(pred.get("valuation_usd"), fact["valuation_usd"]):
            return True
        return pred.get("currency") == "USD" and close(pred.get("amount"), fact["valuation_usd"])
    if fact.get("valuation") is not None:
        return pred.get("currency") == fact.get("valuation_currency") and close(
            pred.get("amount"), fact["valuation"]
        )
    return pred.get("valuation_usd") is None and pred.get("amount") is None


def miss_cause(
    fact: dict[str, Any], near: list[dict[str, Any]], *, match_status: bool = True
) -> str:
    """Which of ``MISS_CAUSES`` explains a missed fact, given the article's predictions of the
    fact's type (``near``) and whether the status is part of a match."""
    if not near:
        return "nothing read"
    same_subject = [p for p in near if _norm(p.get("subject")) == _norm(fact.get("subject"))]
    same_figure = [p for p in near if number_agrees(p, fact)]
    same_both = [p for p in same_figure if p in same_subject]
    chip = fact.get("chip_model") or None
    same_chip = [p for p in same_both if (p.get("chip_model") or None) == chip]
    # an exact reading left over was taken by another fact; only a differing status misses
    if same_chip and match_status and all(p.get("status") != fact.get("status") for p in same_chip):
        return "other status"
    if same_chip:
        return "read once for two facts"
    if same_both:
        return "other chip"
    if same_figure:
        return "other subject"
    if same_subject:
        return "other figure"
    return "other subject and figure"


def matches(pred: dict[str, Any], fact: dict[str, Any], *, match_status: bool = True) -> bool:
    """Whether a predicted claim matches a fact (without ``match_status`` the status is not
    compared: the real-news benchmark counts it apart, on matched facts)."""
    return (
        pred.get("type") == fact.get("type")
        and _norm(pred.get("subject")) == _norm(fact.get("subject"))
        and (pred.get("chip_model") or None) == (fact.get("chip_model") or None)
        and (not match_status or pred.get("status") == fact.get("status"))
        and number_agrees(pred, fact)
    )


@dataclass
class Counts:
    tp: int = 0
    predicted: int = 0
    facts: int = 0
    qualifier_ok: int = 0
    status_ok: int = 0

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.facts if self.facts else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    """Scores overall, per claim type and per language, and the errors."""

    overall: Counts = field(default_factory=Counts)
    articles: int = 0  # articles scored
    by_type: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    by_language: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    by_period: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    match_status: bool = True
    misses: list[tuple[str, dict[str, Any], list[dict[str, Any]]]] = field(default_factory=list)
    false_positives: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    # matched facts whose predicted status differs (only when status is scored apart)
    status_errors: list[tuple[str, dict[str, Any], dict[str, Any]]] = field(default_factory=list)
    # per miss, why nothing of its type was read (sources.extract.trace.NOTHING_READ_WHY, or
    # "read, dropped: " and the reason the rules dropped its figure for), when
    # the scorer had the article's trace; None for the other misses
    nothing_read_why: list[str | None] = field(default_factory=list)
    # what was scored, per article key (the reliability table and the F1 intervals rescore
    # subsets of it), and each article's language
    predictions: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    facts: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    languages: dict[str, str] = field(default_factory=dict)


def pair_facts(
    preds: list[dict[str, Any]], gold: list[dict[str, Any]], *, match_status: bool = True
) -> list[int | None]:
    """Per fact of one article, the index of the prediction it is matched to, or None: each
    prediction matches one fact at most, greedily in fact order (the matching ``score`` uses)."""
    used = [False] * len(preds)
    pairs: list[int | None] = []
    for fact in gold:
        found = None
        for i, pred in enumerate(preds):
            if not used[i] and matches(pred, fact, match_status=match_status):
                if found is None:
                    found = i
                if pred.get("status") == fact.get("status"):
                    found = i  # of two equal readings, prefer the one with the right status
                    break
        if found is not None:
            used[found] = True
        pairs.append(found)
    return pairs


def true_claims(
    preds: list[dict[str, Any]], gold: list[dict[str, Any]], *, match_status: bool = False
) -> list[bool]:
    """Per prediction of one article, whether it is a true fact: matched to a fact of the
    article as ``score`` matches them (status apart by default, as on the real-news sets)."""
    labels = [False] * len(preds)
    for found in pair_facts(preds, gold, match_status=match_status):
        if found is not None:
            labels[found] = True
    return labels


def score(
    predictions: dict[str, list[dict[str, Any]]],
    facts: dict[str, list[dict[str, Any]]],
    languages: dict[str, str],
    *,
    match_status: bool = True,
    periods: dict[str, str] | None = None,
) -> Report:
    """Score predicted claims (per article key) against facts (per article key).

    ``periods`` (article key to a label) adds rows per period; without ``match_status`` the
    status is scored apart (``status_ok``), on matched facts."""
    report = Report(
        match_status=match_status,
        articles=len(set(predictions) | set(facts)),
        predictions=predictions,
        facts=facts,
        languages=dict(languages),
    )
    for key in sorted(set(predictions) | set(facts)):
        preds, gold = list(predictions.get(key, [])), facts.get(key, [])
        lang = languages.get(key, "?")
        groups = [report.overall, report.by_language[lang]]
        if periods is not None:
            groups.append(report.by_period[periods.get(key, "?")])
        pairs = pair_facts(preds, gold, match_status=match_status)
        used = [False] * len(preds)
        for fact, found in zip(gold, pairs, strict=True):
            counts = (*groups, report.by_type[fact["type"]])
            for c in counts:
                c.facts += 1
            if found is None:
                near = [p for p in preds if p.get("type") == fact["type"]]
                report.misses.append((key, fact, near))
                continue
            used[found] = True
            for c in counts:
                c.tp += 1
                if preds[found].get("qualifier") == fact.get("qualifier"):
                    c.qualifier_ok += 1
                if preds[found].get("status") == fact.get("status"):
                    c.status_ok += 1
            if preds[found].get("status") != fact.get("status"):
                report.status_errors.append((key, fact, preds[found]))
        for i, pred in enumerate(preds):
            for c in (*groups, report.by_type[pred["type"]]):
                c.predicted += 1
            if not used[i]:
                report.false_positives.append((key, pred))
    return report


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """The objects of a JSON Lines file."""
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def run_dev_set(dev_dir: Path = DEV_DIR, **extract_kwargs: Any) -> Report:
    """Run the extractor on the development articles and score it."""
    from sources.extract.extractor import extract

    articles = read_jsonl(dev_dir / "articles.jsonl")
    facts: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for fact in read_jsonl(dev_dir / "facts.jsonl"):
        facts[fact["key"]].append(fact)
    predictions: dict[str, list[dict[str, Any]]] = {}
    languages: dict[str, str] = {}
    for art in articles:
        published = date.fromisoformat(art["published"]) if art.get("published") else None
        claims = extract(
            art["text"], language=art.get("language"), published=published, **extract_kwargs
        )
        predictions[art["key"]] = [c.to_dict() for c in claims]
        languages[art["key"]] = art.get("language") or "?"
    return score(predictions, facts, languages)


INTERVAL_DRAWS = 2000  # resamples of the articles behind an F1 interval
INTERVAL_LEVEL = 0.95


def f1_interval(
    report: Report, keys: Iterable[str] | None = None, *, draws: int = INTERVAL_DRAWS
) -> tuple[float, float] | None:
    """The 95% interval of the F1 of ``report`` (or of its articles ``keys``): a percentile
    bootstrap that draws the articles with replacement ``draws`` times. The article is what is
    drawn because its facts and claims hang together (one misread name loses all of them). It
    says how far a score on some sixty articles, or six of one language, can move by the
    choice of articles alone: two scores inside each other's interval are not shown to
    differ. Seeded, so a table prints the same twice. None for fewer than two articles."""
    counts = _article_counts(report)
    rows = [counts[k] for k in sorted(counts if keys is None else keys)]
    if len(rows) < 2:
        return None
    rng = random.Random(0)
    f1s = []
    for _ in range(draws):
        tp = claims = facts = 0
        for t, c, f in rng.choices(rows, k=len(rows)):
            tp, claims, facts = tp + t, claims + c, facts + f
        f1s.append(2 * tp / (claims + facts) if claims + facts else 0.0)  # = 2PR / (P + R)
    f1s.sort()
    low = _tail_index(draws)
    return f1s[low], f1s[draws - 1 - low]


def _article_counts(report: Report) -> dict[str, tuple[int, int, int]]:
    """Per article key: true claims, claims, facts (matched as ``score`` matched them)."""
    counts = {}
    for key in set(report.predictions) | set(report.facts):
        preds, gold = report.predictions.get(key, []), report.facts.get(key, [])
        pairs = pair_facts(list(preds), gold, match_status=report.match_status)
        counts[key] = (sum(p is not None for p in pairs), len(preds), len(gold))
    return counts


def paired_f1_difference(
    before: Report, after: Report, *, draws: int = INTERVAL_DRAWS
) -> tuple[float, float, float] | None:
    """The F1 of ``after`` minus that of ``before`` on the articles both scored, with its 95%
    interval: the articles are drawn with replacement, each draw scoring both readings of the
    same articles (a paired percentile bootstrap), so a change is judged against how much the
    choice of articles moves the difference, not each score. None for fewer than two shared
    articles."""
    a, b = _article_counts(before), _article_counts(after)
    rows = [(a[k], b[k]) for k in sorted(set(a) & set(b))]
    if len(rows) < 2:
        return None

    def f1(tp: int, claims: int, facts: int) -> float:
        return 2 * tp / (claims + facts) if claims + facts else 0.0

    def total(pairs, side: int) -> tuple[int, int, int]:
        return tuple(sum(p[side][i] for p in pairs) for i in range(3))  # type: ignore[return-value]

    diff = f1(*total(rows, 1)) - f1(*total(rows, 0))
    rng = random.Random(0)
    diffs = sorted(
        f1(*total(draw, 1)) - f1(*total(draw, 0))
        for draw in (rng.choices(rows, k=len(rows)) for _ in range(draws))
    )
    low = _tail_index(draws)
    return diff, diffs[low], diffs[draws - 1 - low]


def _tail_index(draws: int) -> int:
    """The index of the lower percentile of ``draws`` sorted values (the upper one mirrors it,
    so the interval leaves as many draws out on each side)."""
    if draws < 1:
        raise ValueError("an interval needs one draw or more")
    return int((1 - INTERVAL_LEVEL) / 2 * draws)


def _interval_text(interval: tuple[float, float] | None) -> str:
    return f"{interval[0]:.2f}-{interval[1]:.2f}" if interval else "-"


def format_table(report: Report) -> str:
    """The score table as fixed-width text."""
    # status is part of a match on the development set; otherwise its accuracy is a column
    status_col = not report.match_status
    head = f"{'':16} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'pred':>5} {'facts':>5} {'qual':>6}"
    # the F1 interval (f1_interval) where a row is a group of articles: by language, overall
    lines = [head + (f" {'status':>6}" if status_col else "") + f" {'F1 95%':>9}"]

    def ratio(part: int, whole: int) -> str:
        return f"{part / whole:.2f}" if whole else "-"

    def row(
        name: str, c: Counts, *, interval: bool = False, keys: Iterable[str] | None = None
    ) -> str:
        """A row; with ``interval``, the F1 interval of the articles ``keys`` (None: all)."""
        text = (
            f"{name:16} {c.precision:6.2f} {c.recall:6.2f} {c.f1:6.2f} {c.tp:5d} "
            f"{c.predicted:5d} {c.facts:5d} {ratio(c.qualifier_ok, c.tp):>6}"
        )
        text += f" {ratio(c.status_ok, c.tp):>6}" if status_col else ""
        return text + (f" {_interval_text(f1_interval(report, keys)):>9}" if interval else "")

    lines.append("by type")
    for ctype in CLAIM_TYPES:
        if ctype in report.by_type:
            lines.append(row("  " + ctype, report.by_type[ctype]))
    lines.append("by language")
    scored = set(report.predictions) | set(report.facts)
    for lang in sorted(report.by_language):
        keys = [k for k in scored if report.languages.get(k, "?") == lang]
        lines.append(row("  " + lang, report.by_language[lang], interval=True, keys=keys))
    if report.by_period:
        lines.append("by published period")
        for period in sorted(report.by_period):
            lines.append(row("  " + period, report.by_period[period]))
    lines.append(row("overall", report.overall, interval=True))
    if report.misses:
        causes = Counter(
            miss_cause(fact, near, match_status=report.match_status)
            for _, fact, near in report.misses
        )
        lines.append(
            f"misses by cause ({len(report.misses)}): "
            + ", ".join(f"{cause} {causes[cause]}" for cause in MISS_CAUSES if causes[cause])
        )
    told = [w for w in report.nothing_read_why if w is not None]
    why = Counter(nothing_read_kind(w) for w in told)
    if why:
        # "read, no claim" split by the reason the rules dropped the figure for, most first
        dropped = Counter(w.removeprefix(READ_DROPPED) for w in told if w.startswith(READ_DROPPED))
        unrecorded = why["read, no claim"] - dropped.total()
        reasons = [f"{r} {n}" for r, n in dropped.most_common()]
        reasons += [f"none recorded {unrecorded}"] if dropped and unrecorded else []
        detail = {"read, no claim": f" (dropped: {', '.join(reasons)})"} if dropped else {}
        lines.append(
            f"nothing read, why ({why.total()}): "
            + ", ".join(f"{w} {why[w]}{detail.get(w, '')}" for w in NOTHING_READ_WHY if why[w])
        )
    return "\n".join(lines)


def format_summary(rows: list[tuple[str, Report]]) -> str:
    """One line per scored set (articles, facts, precision, recall, F1, status accuracy on
    matched facts), and a last line over all of them."""
    lines = [
        f"{'set':16} {'articles':>8} {'facts':>5} {'P':>6} {'R':>6} {'F1':>6} {'status':>6} "
        f"{'F1 95%':>9}"
    ]
    total, articles = Counts(), 0
    for name, report in rows:
        c = report.overall
        lines.append(
            _summary_row(name, report.articles, c) + f" {_interval_text(f1_interval(report)):>9}"
        )
        articles += report.articles
        for attr in ("tp", "predicted", "facts", "qualifier_ok", "status_ok"):
            setattr(total, attr, getattr(total, attr) + getattr(c, attr))
    lines.append(_summary_row("all", articles, total))
    return "\n".join(lines)


def _summary_row(name: str, articles: int, c: Counts) -> str:
    status = f"{c.status_ok / c.tp:.2f}" if c.tp else "-"
    return (
        f"{name:16} {articles:8d} {c.facts:5d} {c.precision:6.2f} {c.recall:6.2f} {c.f1:6.2f} "
        f"{status:>6}"
    )


# the confidence is shifted to unseen text (calibration.Shift): claims run about 0.2 to 0.8
RELIABILITY_BINS = (0.0, 0.3, 0.4, 0.5, 0.6, 0.7, 1.0)
THRESHOLDS = (0.4, 0.5, 0.6)


def format_reliability(report: Report) -> str:
    """How far the claims' ``confidence`` can be trusted, on what ``report`` scored: the claims
    binned by confidence with the share of them that are true facts (a calibrated confidence
    has a share close to the bin's mean confidence), then precision, recall and F1 keeping only
    the claims at or above a few thresholds."""
    predictions, facts, match_status = report.predictions, report.facts, report.match_status
    pairs: list[tuple[float, bool]] = []
    for key, preds in predictions.items():
        labels = true_claims(preds, facts.get(key, []), match_status=match_status)
        confidences = [float(p.get("confidence") or 0.0) for p in preds]
        pairs += zip(confidences, labels, strict=True)
    lines = [f"{'confidence':16} {'claims':>6} {'mean':>6} {'true':>6}"]
    edges = RELIABILITY_BINS
    for lo, hi in pairwise(edges):
        inside = [(p, y) for p, y in pairs if lo <= p < hi or (hi == edges[-1] and p == hi)]
        if not inside:
            lines.append(f"{f'[{lo:.1f}, {hi:.1f})':16} {0:6d} {'-':>6} {'-':>6}")
            continue
        mean = sum(p for p, _ in inside) / len(inside)
        share = sum(1 for _, y in inside if y) / len(inside)
        lines.append(f"{f'[{lo:.1f}, {hi:.1f})':16} {len(inside):6d} {mean:6.2f} {share:6.2f}")
    lines.append(f"{'keeping':16} {'P':>6} {'R':>6} {'F1':>6} {'pred':>6}")
    for threshold in (0.0, *THRESHOLDS):
        kept = {
            key: [p for p in preds if float(p.get("confidence") or 0.0) >= threshold]
            for key, preds in predictions.items()
        }
        c = score(kept, facts, {}, match_status=match_status).overall
        name = "all claims" if threshold == 0.0 else f"conf >= {threshold:.1f}"
        lines.append(f"{name:16} {c.precision:6.2f} {c.recall:6.2f} {c.f1:6.2f} {c.predicted:6d}")
    return "\n".join(lines)


def _brief(claim: dict[str, Any]) -> str:
    num = claim.get("quantity")
    if claim["type"] == "funding_round":
        num = f"{claim.get('amount')} {claim.get('currency')}"
    elif claim["type"] == "valuation":
        num = (
            claim.get("valuation_usd")
            or f"{claim.get('valuation')} {claim.get('valuation_currency')}"
        )
        if num is None or num == "None None":
            num = f"{claim.get('amount')} {claim.get('currency')}"
    return (
        f"{claim['type']} | {claim.get('subject')} | {claim.get('chip_model')} | "
        f"{claim.get('status')} | {num} | {claim.get('qualifier')}"
    )


def format_errors(report: Report) -> Iterable[str]:
    """Lines listing misses (with same-type predictions) and false positives."""
    yield f"misses ({len(report.misses)}):"
    why = report.nothing_read_why or [None] * len(report.misses)
    for (key, fact, near), nothing_read in zip(report.misses, why, strict=True):
        cause = miss_cause(fact, near, match_status=report.match_status)
        if nothing_read is not None:
            cause = f"{cause}: {nothing_read}"
        yield f"  [{key}] {_brief(fact)}  ({cause})"
        yield f"      evidence: {(fact.get('evidence') or fact.get('note') or '')[:160]}"
        for pred in near:
            yield f"      got: {_brief(pred)}"
    if not report.match_status:
        yield f"wrong status on matched facts ({len(report.status_errors)}):"
        for key, fact, pred in report.status_errors:
            yield f"  [{key}] {_brief(fact)}"
            yield f"      got: {pred.get('status')} ({pred.get('rule')})"
            yield f"      evidence: {pred.get('evidence', '')[:160]}"
    yield f"false positives ({len(report.false_positives)}):"
    for key, pred in report.false_positives:
        yield f"  [{key}] {_brief(pred)}  ({pred.get('rule')})"
        yield f"      evidence: {pred.get('evidence', '')[:160]}"
