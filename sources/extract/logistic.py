"""An L2-penalised logistic regression over sparse rows, fitted by Newton's method.

Pure Python on purpose: the environment has no numpy, and with ~1,000 rows of ~15 non-zero
features each a Newton step on ~100 weights takes milliseconds (a library would add a heavy
dependency for a model this small). Used by :mod:`sources.extract.calibration`.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

Row = Sequence[tuple[int, float]]  # the non-zero features of one example, as (index, value)


def sigmoid(z: float) -> float:
    """The logistic function, without overflow for large ``|z|``."""
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def fit_logistic(
    rows: Sequence[Row],
    labels: Sequence[bool],
    width: int,
    *,
    l2: float,
    max_steps: int = 100,
    tolerance: float = 1e-9,
) -> tuple[list[float], float]:
    """The (weights, intercept) maximising the log-likelihood of ``labels`` minus ``l2 / 2``
    times the squared weights (the intercept is not penalised). ``rows`` hold indices below
    ``width``. Starts from zero weights, so equal inputs always give the same result."""
    targets = [1.0 if y else 0.0 for y in labels]
    d = width + 1  # the last weight is the intercept
    w = [0.0] * d
    for _ in range(max_steps):
        grad = [l2 * wi for wi in w]
        grad[-1] = 0.0
        hess = [[0.0] * d for _ in range(d)]
        for i in range(width):
            hess[i][i] = l2
        for row, y in zip(rows, targets, strict=True):
            full = [*row, (width, 1.0)]
            p = sigmoid(sum(w[j] * v for j, v in full))
            r = p * (1.0 - p)
            for j, v in full:
                grad[j] += (p - y) * v
                hj = hess[j]
                for k, u in full:
                    hj[k] += r * v * u
        step = solve_spd(hess, grad)
        w = [wi - si for wi, si in zip(w, step, strict=True)]
        if max(abs(s) for s in step) < tolerance:
            break
    return w[:-1], w[-1]


def solve_spd(a: Sequence[Sequence[float]], b: Sequence[float]) -> list[float]:
    """x with a x = b for a symmetric positive definite ``a`` (Cholesky decomposition)."""
    n = len(b)
    low = [[0.0] * n for _ in range(n)]
    for i in range(n):
        for j in range(i + 1):
            s = a[i][j] - sum(low[i][k] * low[j][k] for k in range(j))
            # a pivot rounded to zero or below is floored: the penalty keeps a definite
            low[i][j] = math.sqrt(max(s, 1e-12)) if i == j else s / low[j][j]
    y = [0.0] * n
    for i in range(n):
        y[i] = (b[i] - sum(low[i][k] * y[k] for k in range(i))) / low[i][i]
    x = [0.0] * n
    for i in reversed(range(n)):
        x[i] = (y[i] - sum(low[k][i] * x[k] for k in range(i + 1, n))) / low[i][i]
    return x
