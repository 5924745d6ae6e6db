"""A calibrated ``confidence`` for every claim: the probability that it is a true fact.

The rules give each claim a hand-set number (0.85, less for a subject taken from the
discourse, ...) whose meaning nobody measured. Here a logistic regression, fitted on the claims
the extractor reads from the hand-annotated real-news sets (a claim is true when it matches a
fact of its article as :func:`sources.extract.evaluate.score` matches them, status apart),
turns what the extractor produced for an article into that probability.

The features come only from the extractor's output for the article (never from annotation):
the claim's type, language, rule, status, qualifier, scope, whether a chip model is named,
whether the subject is a reference entity or a name read from the text, whether its name is
written in the evidence sentence, the hand-set confidence, how many claims share the sentence
and the article, the figure's order of magnitude, ``as_of`` against the published date and the
sentence's position in the article. Categorical values seen fewer than ``MIN_COUNT`` times in
training are pooled into ``other`` so that the model transfers to unseen text.

The model (weights, feature names, vocabularies, what it was trained on) is ``calibration.json``
beside this module, written by ``ledger calibrate`` and loaded once.

**The shift to unseen text.** The model learns from the sets the rules were written against,
where the rules read most of what they were fitted to; on articles the rules were never tuned
on, the same claims are true far less often (on the ninth held-out set, claims the model put at
0.8 to 0.9 were 56% true). A second, two-number fit corrects that: the probability's log-odds
``z`` becomes ``slope * z + offset``, fitted on the claims read from held-out sets by rules
never tuned on them (``ledger calibrate --shift``; by default the sets listed in
``tests/realnews/SHIFT``; the bundled shift's sets are in ``unseen_shift.sets``). A slope
below 1 says how little the model's ranking carries over to new text; the offset, how much its
level falls. The shift is stored in ``calibration.json`` with the sets it was fitted on, and a
refit of the model drops it (it is fitted on that model's log-odds).
"""

from __future__ import annotations

import hashlib
import json
import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from sources.extract.claim import Claim
from sources.extract.gazetteer import Gazetteer
from sources.extract.logistic import fit_logistic, sigmoid

MODEL_PATH = Path(__file__).resolve().parent / "calibration.json"
MIN_COUNT = 20  # a categorical value seen fewer times in training is pooled into "other"
# the penalty on the shift's slope (it pulls the slope towards 0, a constant confidence), in
# units of the summed log-loss: small, since the shift has two numbers and a hundred or more
# claims to fit them on
SHIFT_L2 = 1.0
# the penalty on the weights (not the intercept), in units of the summed log-loss: of 0.3, 1, 3,
# 10, 30 and 100, 10 gave the lowest Brier score on held-out sets (ledger calibrate --held-out)
L2 = 10.0
OTHER = "other"
Tables = tuple[list[tuple[str, dict[str, float]]], list[tuple[str, float]]]

# the categorical features, in the order they are encoded
CATEGORICAL = (
    "type",
    "language",
    "rule",
    "status",
    "qualifier",
    "scope",
    "chip",
    "subject_kind",
    "subject_in_evidence",
    "magnitude",
    "as_of",
)
# the numeric features: each is on a scale of about 0 to 1 (L2 treats them alike)
NUMERIC = ("hand_confidence", "sentence_claims", "article_claims", "position")


def claim_features(
    claims: Sequence[Claim],
    *,
    text_chars: int,
    published: date | None,
    gazetteer: Gazetteer,
) -> list[dict[str, str | float]]:
    """The features of each claim of one article (``claims``: everything the extractor read
    from it, with the hand-set confidence; ``text_chars``: the article's length)."""
    if not claims:
        return []
    per_sentence = Counter(c.start for c in claims)
    kinds = gazetteer.name_kinds()
    low: dict[int, str] = {}  # per evidence start, the sentence case-folded
    out: list[dict[str, str | float]] = []
    # (the article's own values once, not per claim: this runs on every claim extracted)
    article_claims = math.log2(len(claims)) / 5
    month = published.isoformat()[:7] if published is not None else None
    for c in claims:
        rule = c.rule.split(".", 2)[-1].split("#")[0]
        out.append(
            {
                "type": c.type,
                "language": c.language,
                "rule": rule,
                "status": c.status,
                "qualifier": c.qualifier,
                "scope": c.scope or "none",
                "chip": "named" if c.chip_model else "none",
                "subject_kind": kinds.get(c.subject, "read"),
                "subject_in_evidence": _named_in(c, gazetteer, low),
                "magnitude": _magnitude(c),
                "as_of": _as_of(c.as_of, month),
                "hand_confidence": c.confidence,
                # log-scaled: the first few neighbours matter, a long list of rounds less so
                "sentence_claims": math.log2(per_sentence[c.start]) / 4,
                "article_claims": article_claims,
                "position": min(1.0, c.start / text_chars) if text_chars else 0.0,
            }
        )
    return out


def _named_in(claim: Claim, gazetteer: Gazetteer, low: dict[int, str]) -> str:
    """ "yes" when the evidence sentence writes the subject's name or an alias of it (or of a
    cluster it owns), "no" when the subject was taken from the story around it. ``low``
    caches the case-folded sentences (claims of one sentence share it)."""
    evidence = low.get(claim.start)
    if evidence is None:
        evidence = low[claim.start] = claim.evidence.casefold()
    # substring tests, not a gazetteer scan: this runs on every claim the extractor makes
    forms = gazetteer.name_forms().get(claim.subject)
    if forms is None:
        forms = (claim.subject.casefold(),)  # a name read from the text
    for form in forms:  # (a loop, not any() over a generator: a third cheaper per claim)
        if form in evidence:
            return "yes"
    return "no"


def _magnitude(claim: Claim) -> str:
    """The type and the figure's order of magnitude ("funding_round:9"), "vague" without one."""
    if claim.type in ("funding_round", "valuation"):
        value = claim.amount_usd if claim.amount_usd is not None else claim.amount
        if claim.type == "valuation" and claim.valuation_usd is not None:
            value = claim.valuation_usd
        if value is not None and claim.currency not in (None, "USD", "EUR", "GBP", "CHF"):
            # yen, yuan, won, rupiah figures are not on the dollar's scale
            return f"{claim.type}:foreign"
    else:
        value = claim.quantity
    if value is None or not math.isfinite(value) or value <= 0:
        return f"{claim.type}:vague"  # no usable figure: infinity has no order of magnitude
    return f"{claim.type}:{math.floor(math.log10(value))}"


def _as_of(as_of: str | None, month: str | None) -> str:
    """Where the claim's date lies against the article's month (``YYYY-MM``, None when the
    article is undated): none, dated, before, same, after."""
    if as_of is None:
        return "none"
    if month is None:
        return "dated"
    head = as_of[:7]
    if len(head) < 7:  # a year only
        head, month = head[:4], month[:4]
    return "before" if head < month else "same" if head == month else "after"


# --- the model ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Shift:
    """The move of the model's log-odds to unseen text: ``slope * z + offset``."""

    slope: float
    offset: float
    meta: dict[str, Any]  # what it was fitted on (sets, claims, true, extractor version, date)

    def apply(self, z: float) -> float:
        return self.slope * z + self.offset


@dataclass(frozen=True, eq=False)
class Model:
    """A fitted logistic regression over encoded claim features, and its shift to unseen text
    (None until ``ledger calibrate --shift`` has fitted one)."""

    vocabulary: dict[str, list[str]]  # per categorical feature, the values kept (and "other")
    names: list[str]  # the encoded feature names, in weight order
    weights: list[float]
    intercept: float
    meta: dict[str, Any]
    shift: Shift | None = None
    # the weights by feature and value (categorical) and by feature (numeric), built once and
    # kept on the model (a cache keyed on the model would keep every fitted model alive)
    _tables: Tables = field(init=False, repr=False)

    def __post_init__(self) -> None:
        weights = dict(zip(self.names, self.weights, strict=True))
        categorical = [
            (name, {v: weights[f"{name}={v}"] for v in self.vocabulary[name]})
            for name in CATEGORICAL
        ]
        numeric = [(name, weights[name]) for name in NUMERIC]
        object.__setattr__(self, "_tables", (categorical, numeric))  # (frozen)

    def log_odds(self, features: dict[str, str | float]) -> float:
        """The model's log-odds that the claim with these features is a true fact, before
        the shift to unseen text."""
        # per feature, a value's weight by dict lookup: the extractor calls this per claim
        tables, numeric = self._tables
        z = self.intercept
        for name, table in tables:
            value = str(features[name])
            z += table[value] if value in table else table[OTHER]
        for name, weight in numeric:
            z += weight * float(features[name])
        return z

    def probability(self, features: dict[str, str | float]) -> float:
        """The probability that the claim with these features is a true fact (on unseen text,
        when the model has its shift)."""
        z = self.log_odds(features)
        return sigmoid(self.shift.apply(z) if self.shift is not None else z)

    def with_shift(self, shift: Shift | None) -> Model:
        """The same model with another shift (or none)."""
        return Model(self.vocabulary, self.names, self.weights, self.intercept, self.meta, shift)

    def to_json(self) -> dict[str, Any]:
        """The model as a JSON-ready dict."""
        data = {
            **self.meta,
            "intercept": self.intercept,
            "vocabulary": self.vocabulary,
            "weights": dict(zip(self.names, self.weights, strict=True)),
        }
        if self.shift is not None:
            data[SHIFT_KEY] = {
                "slope": self.shift.slope,
                "offset": self.shift.offset,
                **self.shift.meta,
            }
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Model:
        """A model from :meth:`to_json`'s dict."""
        weights = data["weights"]
        skip = ("intercept", "vocabulary", "weights", SHIFT_KEY)
        meta = {k: v for k, v in data.items() if k not in skip}
        shift = None
        if SHIFT_KEY in data:
            fitted = dict(data[SHIFT_KEY])
            shift = Shift(float(fitted.pop("slope")), float(fitted.pop("offset")), fitted)
        return cls(
            data["vocabulary"],
            list(weights),
            list(weights.values()),
            data["intercept"],
            meta,
            shift,
        )


SHIFT_KEY = "unseen_shift"  # the shift's entry in calibration.json


def fit_shift(
    pairs: Sequence[tuple[float, bool]], *, l2: float = SHIFT_L2, meta: dict[str, Any] | None = None
) -> Shift:
    """The shift fitted on (the model's log-odds, is a true fact) pairs of claims read from
    sets the rules were not tuned on: a logistic regression of the outcome on ``z``
    (deterministic)."""
    weights, offset = fit_logistic([[(0, z)] for z, _ in pairs], [y for _, y in pairs], 1, l2=l2)
    info = dict(meta or {})
    info.update(claims=len(pairs), true=sum(1 for _, y in pairs if y), l2=l2)
    return Shift(round(weights[0], 6), round(offset, 6), info)


def _encode(
    features: dict[str, str | float], vocabulary: dict[str, list[str]], index: dict[str, int]
) -> list[tuple[int, float]]:
    row: list[tuple[int, float]] = []
    for name in CATEGORICAL:
        value = str(features[name])
        if value not in vocabulary[name]:
            value = OTHER
        row.append((index[f"{name}={value}"], 1.0))
    for name in NUMERIC:
        value = float(features[name])
        if value:
            row.append((index[name], value))
    return row


def fit(
    examples: Sequence[tuple[dict[str, str | float], bool]],
    *,
    l2: float = L2,
    min_count: int = MIN_COUNT,
    meta: dict[str, Any] | None = None,
) -> Model:
    """Fit the model on (features, is a true fact) pairs: the categorical values seen at least
    ``min_count`` times, one-hot, and the numeric features, in an L2-penalised logistic
    regression (:func:`sources.extract.logistic.fit_logistic`; deterministic)."""
    vocabulary: dict[str, list[str]] = {}
    for name in CATEGORICAL:
        seen = Counter(str(f[name]) for f, _ in examples)
        vocabulary[name] = sorted(v for v, n in seen.items() if n >= min_count and v != OTHER)
        vocabulary[name].append(OTHER)
    names = [f"{name}={v}" for name in CATEGORICAL for v in vocabulary[name]] + list(NUMERIC)
    index = {name: i for i, name in enumerate(names)}
    rows = [_encode(f, vocabulary, index) for f, _ in examples]
    labels = [y for _, y in examples]
    weights, intercept = fit_logistic(rows, labels, len(names), l2=l2)
    info = dict(meta or {})
    info.update(l2=l2, min_count=min_count, examples=len(examples), true=sum(labels))
    return Model(vocabulary, names, [round(x, 6) for x in weights], round(intercept, 6), info)


def save_model(model: Model, path: Path = MODEL_PATH) -> None:
    """Write the model as indented JSON (small, and readable in a diff)."""
    path.write_text(json.dumps(model.to_json(), indent=1, ensure_ascii=False) + "\n")


@cache
def bundled_model() -> Model:
    """The model shipped beside this module (loaded once per process)."""
    return load_model(MODEL_PATH)


def load_model(path: Path) -> Model:
    """The model written to ``path`` by :func:`save_model`."""
    return Model.from_json(json.loads(path.read_text(encoding="utf-8")))


@cache
def bundled_fingerprint() -> str:
    """A short hash of the bundled model's file (computed once per process): part of the
    extractor's version key, so a refit re-reads the articles read with the old model."""
    return hashlib.sha256(MODEL_PATH.read_bytes()).hexdigest()[:12]


def calibrate(
    claims: list[Claim],
    *,
    text_chars: int,
    published: date | None,
    gazetteer: Gazetteer,
    model: Model | None = None,
) -> list[Claim]:
    """Set each claim's ``confidence`` to the model's probability that it is a true fact
    (rounded to 3 decimals); returns the same list."""
    if not claims:
        return claims
    model = model if model is not None else bundled_model()
    features = claim_features(
        claims, text_chars=text_chars, published=published, gazetteer=gazetteer
    )
    for claim, f in zip(claims, features, strict=True):
        claim.confidence = round(model.probability(f), 3)
    return claims


# --- training data ------------------------------------------------------------------------


def labelled_examples(
    claims: Sequence[Claim],
    facts: list[dict[str, Any]],
    *,
    text_chars: int,
    published: date | None,
    gazetteer: Gazetteer,
) -> list[tuple[dict[str, str | float], bool]]:
    """The (features, is a true fact) pairs of one annotated article's claims."""
    from sources.extract.evaluate import true_claims

    labels = true_claims([c.to_dict() for c in claims], facts)
    features = claim_features(
        claims, text_chars=text_chars, published=published, gazetteer=gazetteer
    )
    return list(zip(features, labels, strict=True))


def brier(pairs: Iterable[tuple[float, bool]]) -> float:
    """The mean squared gap between a confidence and the outcome (0 is perfect)."""
    gaps = [(p - (1.0 if y else 0.0)) ** 2 for p, y in pairs]
    return sum(gaps) / len(gaps) if gaps else 0.0
