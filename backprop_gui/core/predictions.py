"""From a network's outputs to the classes it predicts, and how often it is right."""

from __future__ import annotations

import numpy as np


def predicted_classes(outputs: np.ndarray) -> np.ndarray:
    """Class numbers (n,) int64 from outputs ŷ (n, k), as the trainer counts accuracy.

    One output (sigmoid: ŷ = p(class 1)) predicts class 1 when ŷ > 0.5; several outputs
    (softmax: one probability per class) predict the most probable class, the first
    one on ties (argmax).
    """
    outputs = np.asarray(outputs)
    if outputs.shape[1] == 1:
        return (outputs[:, 0] > 0.5).astype(np.int64)
    return outputs.argmax(axis=1).astype(np.int64, copy=False)


def confusion_matrix(true: np.ndarray, predicted: np.ndarray, classes: int) -> np.ndarray:
    """(classes, classes) int64 counts: row = true class, column = predicted class."""
    # Each (true, predicted) pair is one cell number true·classes + predicted: one bincount.
    flat = np.asarray(true, np.int64) * classes + np.asarray(predicted, np.int64)
    return np.bincount(flat, minlength=classes * classes).reshape(classes, classes)
