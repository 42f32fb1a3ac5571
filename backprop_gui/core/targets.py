"""What the output layer predicts: its width and the targets it is trained towards."""

from __future__ import annotations

import numpy as np

CLASSIFICATION = "classification"
REGRESSION = "regression"


def output_width(task: str, n_classes: int, n_targets: int, output_activation: str) -> int:
    """The output layer's width follows the data: one unit for two classes with a
    sigmoid (or any non-softmax) output, one unit per class otherwise, one unit per
    target for regression."""
    if task == REGRESSION:
        return n_targets or 1
    if n_classes == 2 and output_activation != "softmax":
        return 1
    return n_classes


def encode_targets(task: str, labels_or_values: np.ndarray, width: int, dtype) -> np.ndarray:
    """Targets as the loss needs them: 0/1 in one column, one-hot rows, or the values.

    Always ``(rows, width)``, also for no rows at all (an empty test split): the width
    is given, never inferred, since ``reshape(0, -1)`` has no answer.
    """
    if task == REGRESSION:
        values = np.asarray(labels_or_values, dtype=dtype)
        return values.reshape(len(values), width)
    labels = np.asarray(labels_or_values).astype(np.intp, copy=False)  # an empty list is float
    if width == 1:
        return labels.astype(dtype).reshape(-1, 1)
    return np.eye(width, dtype=dtype)[labels]
