"""Optimisers that update parameters in place, with PyTorch's update rules.

- sgd:      w ← w − η·g
- momentum: v ← μ·v + g;  w ← w − η·v                      (torch.optim.SGD, momentum=μ)
- adam:     m ← β₁m + (1−β₁)g;  v ← β₂v + (1−β₂)g²;
            w ← w − η·m̂/(√v̂ + ε), with m̂ = m/(1−β₁ᵗ), v̂ = v/(1−β₂ᵗ)   (torch.optim.Adam)

The settings (η, μ, β₁, β₂, ε) are plain attributes, so the window can change them
while training runs; the state (v, m, t) is kept.
"""

from __future__ import annotations

import numpy as np

OPTIMIZERS = ("sgd", "momentum", "adam")


class Optimizer:
    """Updates one flat parameter array in place from a flat gradient array.

    The network keeps all its parameters in one array (``Network.flat_parameters``),
    so each rule below is a handful of whole-array operations per step.
    """

    def __init__(
        self,
        parameters: np.ndarray,
        kind: str = "sgd",
        learning_rate: float = 0.03,
        momentum: float = 0.9,
        beta1: float = 0.9,
        beta2: float = 0.999,
        epsilon: float = 1e-8,
    ) -> None:
        if kind not in OPTIMIZERS:
            raise ValueError(f"unknown optimizer {kind!r}")
        self.kind = kind
        self.parameters = parameters
        self.learning_rate = learning_rate
        self.momentum = momentum
        self.beta1, self.beta2, self.epsilon = beta1, beta2, epsilon
        self.steps = 0
        self.velocity = np.zeros_like(parameters) if kind == "momentum" else None
        self.first_moment = np.zeros_like(parameters) if kind == "adam" else None
        self.second_moment = np.zeros_like(parameters) if kind == "adam" else None

    def step(self, grad: np.ndarray) -> None:
        """Apply one update from the flat gradient ``grad``."""
        self.steps += 1
        param = self.parameters
        if self.kind == "sgd":
            param -= self.learning_rate * grad
        elif self.kind == "momentum":
            velocity = self.velocity
            velocity *= self.momentum
            velocity += grad
            param -= self.learning_rate * velocity
        else:
            b1, b2 = self.beta1, self.beta2
            # Fold both bias corrections into one step size: η·√(1−β₂ᵗ)/(1−β₁ᵗ).
            # ε is then scaled by √(1−β₂ᵗ) to stay exactly PyTorch's formula.
            correction2 = np.sqrt(1.0 - b2**self.steps)
            step_size = self.learning_rate * correction2 / (1.0 - b1**self.steps)
            m, v = self.first_moment, self.second_moment
            m *= b1
            m += (1.0 - b1) * grad
            v *= b2
            v += (1.0 - b2) * (grad * grad)
            param -= step_size * m / (np.sqrt(v) + self.epsilon * correction2)

    def memory(self) -> list[np.ndarray]:
        """The arrays the optimiser remembers between steps (none for sgd)."""
        return [a for a in (self.velocity, self.first_moment, self.second_moment) if a is not None]

    def state(self) -> dict[str, np.ndarray]:
        """The optimiser's memory as named arrays (for saving a run)."""
        out: dict[str, np.ndarray] = {"steps": np.array(self.steps, dtype=np.int64)}
        for name in ("velocity", "first_moment", "second_moment"):
            array = getattr(self, name)
            if array is not None:
                out[name] = array.copy()
        return out

    def load_state(self, state: dict[str, np.ndarray]) -> None:
        self.steps = int(state["steps"])
        for name in ("velocity", "first_moment", "second_moment"):
            array = getattr(self, name)
            if array is None:
                continue
            value = np.asarray(state[name])
            if value.shape != array.shape:
                raise ValueError(f"{name} has shape {value.shape}, expected {array.shape}")
            array[...] = value
