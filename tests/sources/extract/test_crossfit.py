"""Leave one set out (sources/extract/crossfit.py)."""

import pytest

from sources.extract.crossfit import (
    Article,
    brier,
    format_held_out,
    leave_one_set_out,
)

FEATURES = {
    "type": "funding_round", "language": "en", "rule": "money_raise", "status": "closed",
    "qualifier": "exact", "scope": "none", "chip": "none", "subject_kind": "company",
    "subject_in_evidence": "yes", "magnitude": "funding_round:9", "as_of": "same",
    "hand_confidence": 0.85, "sentence_claims": 0.0, "article_claims": 0.0, "position": 0.0,
}  # fmt: skip


def _article(i: int, status: str, true: bool) -> Article:
    """One article with one round claim of ``status``; a fact for it when ``true``."""
    claim = {"type": "funding_round", "subject": f"Co{i}", "amount": 1e9, "currency": "USD",
             "status": status, "qualifier": "exact", "chip_model": None}  # fmt: skip
    facts = [dict(claim)] if true else []
    return Article([claim], facts, [({**FEATURES, "status": status}, true)])


def _set(offset: int) -> list[Article]:
    """Closed rounds true 9 times in 10, reported ones once in 10."""
    out = []
    for i in range(40):
        closed = i % 2 == 0
        flipped = (i // 2) % 10 == 0
        out.append(_article(offset + i, "closed" if closed else "reported", closed != flipped))
    return out


def test_brier():
    assert brier([(1.0, True), (0.0, False)]) == 0.0
    assert brier([(0.5, True), (0.5, False)]) == 0.25
    assert brier([]) == 0.0


def test_each_set_is_scored_by_the_model_fitted_on_the_others():
    sets = [("a", _set(0)), ("b", _set(100)), ("c", _set(200))]
    rows = leave_one_set_out(sets, l2=0.1, min_count=5)
    assert [r.name for r in rows] == ["a", "b", "c"]
    for r in rows:
        assert (r.claims, r.true) == (40, 20)
        assert r.all_claims.f1 == pytest.approx(2 * 0.5 / 1.5)  # P 0.5, R 1
        # dropping the reported rounds keeps 18 true of 20
        assert r.threshold > 0 and r.at_threshold.precision == pytest.approx(0.9)
        assert r.at_threshold.recall == pytest.approx(0.9)
        assert r.brier_model < r.brier_constant == pytest.approx(0.25)
        assert r.brier_hand == pytest.approx(brier((0.85, y) for _, y in _pairs(sets, r.name)))
    table = format_held_out(rows)
    lines = table.splitlines()
    assert lines[0].split()[:3] == ["held", "out", "claims"]
    assert lines[1].split()[:3] == ["a", "40", "20"] and lines[4].startswith("mean")
    assert "pooled held-out: 120 claims" in table and "confidence >= 0.7: 60 claims" in table
    assert "confidence < 0.5: 60 claims" in table


def _pairs(sets, name):
    return [e for n, articles in sets if n == name for a in articles for e in a.examples]


def test_a_held_out_set_never_reaches_its_own_model():
    # set "b" says the opposite of "a" and "c": fitted without it, the model is wrong on it
    flipped = [
        Article(a.claims, [] if a.facts else list(a.claims), [(f, not y) for f, y in a.examples])
        for a in _set(100)
    ]
    sets = [("a", _set(0)), ("b", flipped), ("c", _set(200))]
    rows = leave_one_set_out(sets, l2=0.1, min_count=5)
    assert rows[1].brier_model > 0.5 > rows[0].brier_model
