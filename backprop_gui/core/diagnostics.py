"""Diagnoses of a training run from what it records: do the gradients vanish or explode?

Pure NumPy, so that the gradients view and the command line judge a run the same way.
The thresholds are rules of thumb for the small networks of a classroom, chosen so that
the lessons' examples (a deep sigmoid network, a too-large learning rate) are caught and
healthy runs are not (``tests/test_lessons.py``).
"""

from __future__ import annotations

import math

import numpy as np

#: The first layer's gradient this many times smaller than the last's means vanishing.
VANISHING_RATIO = 1e4
#: Below this a gradient is practically zero (vanishing if the last layer's is 100× larger).
TINY_NORM = 1e-7
#: Above this a gradient norm is exploding.
HUGE_NORM = 1e3
#: Growth of the largest norm by this factor within GROWTH_WINDOW recorded points
#: (to above GROWTH_FLOOR) also counts as exploding.
GROWTH_FACTOR = 100.0
GROWTH_WINDOW = 10
GROWTH_FLOOR = 10.0


def gradient_diagnosis(norms: np.ndarray) -> tuple[str, float] | None:
    """Say whether gradients vanish or explode.

    ``norms`` is one value per layer (the latest epoch) or a history of shape
    (points, layers); rows with a NaN (not measured) are skipped. Returns
    ``("exploding", size)`` with the largest latest norm, ``("vanishing", factor)``
    with how many times smaller the smallest non-last layer's norm is than the last
    layer's (``inf`` when it is exactly zero), or None when the gradients look healthy.
    """
    norms = np.asarray(norms, dtype=float)
    if norms.ndim == 1:
        norms = norms[None, :]
    if norms.ndim != 2 or norms.size == 0:
        return None
    finite_rows = np.isfinite(norms).all(axis=1)
    if not finite_rows.any():
        return None
    recent = norms[finite_rows][-GROWTH_WINDOW:]
    latest = recent[-1]
    largest = float(latest.max())
    if largest > HUGE_NORM:
        return "exploding", largest
    peaks = recent.max(axis=1)
    earliest_peak = float(peaks.min())
    if largest > GROWTH_FLOOR and earliest_peak > 0 and largest / earliest_peak >= GROWTH_FACTOR:
        return "exploding", largest
    if latest.size < 2:
        return None
    last = float(latest[-1])
    smallest = float(latest[:-1].min())
    if last <= 0:
        return None
    factor = math.inf if smallest <= 0 else last / smallest
    if factor >= VANISHING_RATIO or (smallest < TINY_NORM and factor >= 100.0):
        return "vanishing", factor
    return None
