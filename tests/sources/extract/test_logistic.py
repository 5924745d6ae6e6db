"""The L2 logistic regression fitter (sources/extract/logistic.py)."""

import math

import pytest

from sources.extract.logistic import fit_logistic, sigmoid, solve_spd


def test_sigmoid_is_symmetric_and_does_not_overflow():
    assert sigmoid(0.0) == 0.5
    assert sigmoid(2.0) == pytest.approx(1 - sigmoid(-2.0))
    assert sigmoid(1000.0) == 1.0 and sigmoid(-1000.0) == 0.0


def test_cholesky_solves_a_symmetric_positive_definite_system():
    a = [[4.0, 2.0, 0.6], [2.0, 5.0, 1.0], [0.6, 1.0, 3.0]]
    x = solve_spd(a, [1.0, 2.0, 3.0])
    for row, b in zip(a, [1.0, 2.0, 3.0], strict=True):
        assert sum(r * xi for r, xi in zip(row, x, strict=True)) == pytest.approx(b)


def _one_feature(on_true: int, on_false: int, off_true: int, off_false: int):
    """Rows with feature 0 on or off, and their labels, in the given counts."""
    rows = [[(0, 1.0)]] * (on_true + on_false) + [[]] * (off_true + off_false)
    labels = [True] * on_true + [False] * on_false + [True] * off_true + [False] * off_false
    return rows, labels


def test_an_unpenalised_fit_recovers_the_log_odds():
    # feature on: 80% true (log-odds ln 4); off: 25% true (log-odds -ln 3)
    rows, labels = _one_feature(80, 20, 25, 75)
    (w,), b = fit_logistic(rows, labels, 1, l2=1e-9)
    assert b == pytest.approx(-math.log(3), abs=1e-4)
    assert w + b == pytest.approx(math.log(4), abs=1e-4)


def test_the_penalty_shrinks_the_weights_not_the_intercept_and_is_deterministic():
    rows, labels = _one_feature(80, 20, 25, 75)
    (loose,), _ = fit_logistic(rows, labels, 1, l2=0.1)
    (tight,), _ = fit_logistic(rows, labels, 1, l2=100.0)
    assert 0 < tight < loose
    # with every weight pinned at zero the intercept still gives the base rate (105 of 200)
    (_,), b = fit_logistic(rows, labels, 1, l2=1e9)
    assert sigmoid(b) == pytest.approx(105 / 200, abs=1e-3)
    assert fit_logistic(rows, labels, 1, l2=1.0) == fit_logistic(rows, labels, 1, l2=1.0)


def test_separable_data_stay_finite_with_a_penalty():
    rows, labels = _one_feature(50, 0, 0, 50)
    (w,), b = fit_logistic(rows, labels, 1, l2=1.0)
    assert math.isfinite(w) and math.isfinite(b) and w > 0
