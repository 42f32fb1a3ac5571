"""Loss functions, with PyTorch's conventions so the numbers match what students meet next.

- ``mse``: mean over all elements of (ŷ − y)²                         (torch.nn.MSELoss)
- ``binary_cross_entropy``: mean over all elements of
  −[y·log ŷ + (1−y)·log(1−ŷ)] with ŷ = σ(z)                            (torch.nn.BCEWithLogitsLoss)
- ``cross_entropy``: mean over samples of −Σ_k y_k·log softmax(z)_k   (torch.nn.CrossEntropyLoss
  with probability targets)

The two cross-entropies are computed from the logits z, never from ŷ, so that
log(0) and overflow cannot happen; their gradients with respect to z are fused:
∂L/∂z = (ŷ − y) / N for both (N = elements for BCE, samples for CE).
"""

from __future__ import annotations

import numpy as np

LOSSES = ("mse", "binary_cross_entropy", "cross_entropy")

# The output activation each cross-entropy needs, and whose gradient it fuses with.
REQUIRED_OUTPUT = {"binary_cross_entropy": "sigmoid", "cross_entropy": "softmax"}


def value(loss: str, logits: np.ndarray, outputs: np.ndarray, targets: np.ndarray) -> float:
    """The mean loss of a batch, from the output layer's logits z and outputs ŷ = f(z)."""
    if loss == "mse":
        diff = outputs - targets
        return float(np.mean(diff * diff))
    if loss == "binary_cross_entropy":
        # −[y log σ(z) + (1−y) log(1−σ(z))] = max(z,0) − z·y + log(1 + e^−|z|)
        z = logits
        return float(np.mean(np.maximum(z, 0.0) - z * targets + np.log1p(np.exp(-np.abs(z)))))
    if loss == "cross_entropy":
        # log softmax(z) = z − max − log Σ e^(z − max)
        shifted = logits - logits.max(axis=1, keepdims=True)
        log_probs = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
        return float(-(targets * log_probs).sum() / len(logits))
    raise ValueError(f"unknown loss {loss!r}")


def gradient(loss: str, outputs: np.ndarray, targets: np.ndarray) -> np.ndarray:
    """∂L/∂ŷ for mse, or the fused ∂L/∂z for the cross-entropies (see module docstring)."""
    if loss == "mse":
        return (outputs - targets) * (2.0 / outputs.size)
    if loss == "binary_cross_entropy":
        return (outputs - targets) * (1.0 / outputs.size)
    if loss == "cross_entropy":
        return (outputs - targets) * (1.0 / len(outputs))
    raise ValueError(f"unknown loss {loss!r}")


def is_fused(loss: str) -> bool:
    """True when ``gradient`` already returns ∂L/∂z (the output activation is folded in)."""
    return loss in REQUIRED_OUTPUT
