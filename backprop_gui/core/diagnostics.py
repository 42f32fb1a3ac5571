"""Diagnoses of a training run from what it records: do the gradients vanish or explode,
or did a too-large learning rate saturate the neurons?

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
#: Small early gradients that stay small are vanishing; gradients that were healthy
#: (above HEALTHY_NORM) and fell this many times are neurons a too-large step pushed
#: into their flat part (saturated). So is a training loss that jumped above
#: LOSS_JUMP times where it started: only a too-large step makes the loss climb so.
COLLAPSE_FACTOR = 1e3
HEALTHY_NORM = 1e-3
LOSS_JUMP = 1.5
#: A loss still above this share of where it started has not been helped by training.
STUCK_LOSS = 0.8


def gradient_diagnosis(norms: np.ndarray, losses: np.ndarray | None = None) -> tuple[str, float] | None:
    """Say whether gradients vanish or explode, or the neurons saturated.

    ``norms`` is one value per layer (the latest epoch) or a history of shape
    (points, layers); rows with a NaN (not measured) are skipped, and the growth and
    vanishing checks look at the last :data:`GROWTH_WINDOW` rows. ``losses``, the
    training loss at the same points, is optional. Returns ``("exploding", size)``
    with the largest latest norm, ``("vanishing", factor)`` with how many times smaller
    the smallest non-last layer's norm is than the last layer's (``inf`` when it is
    exactly zero), ``("saturated", factor)`` when those small gradients come from a
    too-large learning rate (:func:`saturated_by_large_steps`), or None when the
    gradients look healthy.
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
        weakest = int(np.argmin(latest[:-1]))
        if saturated_by_large_steps(norms[finite_rows][:, weakest], losses):
            return "saturated", factor
        return "vanishing", factor
    return None


def saturated_by_large_steps(weakest_layer: np.ndarray, losses: np.ndarray | None) -> bool:
    """Small gradients caused by too-large steps rather than by depth: the weakest
    layer's gradient was healthy and collapsed (a step threw its neurons' inputs so far
    that the activation is flat there: σ′ or tanh′ ≈ 0), or the loss jumped up."""
    history = np.asarray(weakest_layer, dtype=float)
    history = history[np.isfinite(history)]
    collapsed = history.size >= 2 and float(history.max()) >= max(HEALTHY_NORM, COLLAPSE_FACTOR * float(history[-1]))
    if losses is None:
        return collapsed
    losses = np.asarray(losses, dtype=float).ravel()
    losses = losses[np.isfinite(losses)]
    if losses.size < 2 or losses[0] <= 0:
        return collapsed
    if float(losses[1:].max()) > LOSS_JUMP * float(losses[0]):
        return True
    # A collapse while the loss fell well is a network that learnt (and whose early
    # layers then fell quiet), not one thrown off by its steps.
    return collapsed and float(losses[-1]) >= STUCK_LOSS * float(losses[0])
