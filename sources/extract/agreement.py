"""When two figures agree: the one tolerance the scorer (:mod:`sources.extract.evaluate`) and
the trace of a miss (:mod:`sources.extract.trace`) both use."""

from __future__ import annotations

TOLERANCE = 0.01  # relative: a figure rounded in the text still agrees


def close(a: float | None, b: float | None, tolerance: float = TOLERANCE) -> bool:
    """Both None, or both numbers within ``tolerance`` (relative)."""
    if a is None or b is None:
        return a is None and b is None
    if a == b:
        return True
    return abs(a - b) <= tolerance * max(abs(a), abs(b))
