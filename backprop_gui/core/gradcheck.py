"""Check backpropagation against central finite differences.

For each parameter entry w the numerical gradient is

    ∂L/∂w ≈ (L(w + h) − L(w − h)) / 2h

whose error shrinks like h², so with h = 1e-5 in float64 it agrees with a correct
analytic gradient to about 1e-9 relative error.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .network import Network


@dataclass(frozen=True)
class GradientCheck:
    name: str
    analytic: np.ndarray
    numeric: np.ndarray

    @property
    def relative_error(self) -> float:
        """‖a − n‖ / (‖a‖ + ‖n‖); 0 when both gradients are exactly zero."""
        scale = np.linalg.norm(self.analytic) + np.linalg.norm(self.numeric)
        return float(np.linalg.norm(self.analytic - self.numeric) / scale) if scale > 0 else 0.0

    @property
    def absolute_error(self) -> float:
        return float(np.max(np.abs(self.analytic - self.numeric), initial=0.0))


def numerical_gradient(loss_of, param: np.ndarray, step: float = 1e-5) -> np.ndarray:
    """Central differences of ``loss_of()`` with respect to every entry of ``param``."""
    grad = np.zeros_like(param, dtype=np.float64)
    flat = param.reshape(-1)
    for i in range(flat.size):
        original = flat[i]
        flat[i] = original + step
        plus = loss_of()
        flat[i] = original - step
        minus = loss_of()
        flat[i] = original
        grad.reshape(-1)[i] = (plus - minus) / (2.0 * step)
    return grad


def check_gradients(
    network: Network,
    X: np.ndarray,
    Y: np.ndarray,
    loss: str,
    regularization: str = "none",
    regularization_rate: float = 0.0,
    step: float = 1e-5,
) -> list[GradientCheck]:
    """Compare :meth:`Network.loss_and_gradients` with finite differences, per parameter.

    Batch norm's running averages are restored afterwards, so the check leaves the
    network as it found it. Use dropout 0: random masks make the loss non-smooth.
    """
    saved = {name: array.copy() for name, array in network.buffers().items()}
    _, analytic = network.loss_and_gradients(X, Y, loss, regularization, regularization_rate)

    def loss_of() -> float:
        value, _ = network.loss_and_gradients(X, Y, loss, regularization, regularization_rate)
        return value

    results = [
        GradientCheck(name, analytic[name].astype(np.float64), numerical_gradient(loss_of, param, step))
        for name, param in network.parameters().items()
    ]
    for name, array in network.buffers().items():
        array[...] = saved[name]
    return results
