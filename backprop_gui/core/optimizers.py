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
    def __init__(
        self,
        parameters: list[np.ndarray],
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
        self.velocity = [np.zeros_like(p) for p in parameters] if kind == "momentum" else []
        self.first_moment = [np.zeros_like(p) for p in parameters] if kind == "adam" else []
        self.second_moment = [np.zeros_like(p) for p in parameters] if kind == "adam" else []

    def step(self, grads: list[np.ndarray]) -> None:
        """Apply one update from gradients listed in the parameters' order."""
        self.steps += 1
        lr = self.learning_rate
        if self.kind == "sgd":
            for param, grad in zip(self.parameters, grads):
                param -= lr * grad
        elif self.kind == "momentum":
            mu = self.momentum
            for param, grad, velocity in zip(self.parameters, grads, self.velocity):
                velocity *= mu
                velocity += grad
                param -= lr * velocity
        else:
            b1, b2 = self.beta1, self.beta2
            # Fold both bias corrections into one step size: η·√(1−β₂ᵗ)/(1−β₁ᵗ).
            # ε is then scaled by √(1−β₂ᵗ) to stay exactly PyTorch's formula.
            correction2 = np.sqrt(1.0 - b2**self.steps)
            step_size = lr * correction2 / (1.0 - b1**self.steps)
            eps = self.epsilon * correction2
            for param, grad, m, v in zip(self.parameters, grads, self.first_moment, self.second_moment):
                m *= b1
                m += (1.0 - b1) * grad
                v *= b2
                v += (1.0 - b2) * (grad * grad)
                param -= step_size * m / (np.sqrt(v) + eps)

    def state(self) -> dict[str, np.ndarray]:
        """The optimiser's memory as named arrays (for saving a run)."""
        out: dict[str, np.ndarray] = {"steps": np.array(self.steps, dtype=np.int64)}
        for i, v in enumerate(self.velocity):
            out[f"velocity.{i}"] = v.copy()
        for i, (m, v) in enumerate(zip(self.first_moment, self.second_moment)):
            out[f"first_moment.{i}"] = m.copy()
            out[f"second_moment.{i}"] = v.copy()
        return out

    def load_state(self, state: dict[str, np.ndarray]) -> None:
        self.steps = int(state["steps"])
        for prefix, arrays in (("velocity", self.velocity), ("first_moment", self.first_moment), ("second_moment", self.second_moment)):
            for i, array in enumerate(arrays):
                value = np.asarray(state[f"{prefix}.{i}"])
                if value.shape != array.shape:
                    raise ValueError(f"{prefix}.{i} has shape {value.shape}, expected {array.shape}")
                array[...] = value
