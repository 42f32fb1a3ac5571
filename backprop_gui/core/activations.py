"""Activation functions f(z) and their derivatives f'(z).

Each derivative is written in terms of the activation's own output a = f(z) where
that is cheaper (sigmoid, tanh), because the forward pass has already computed a.
"""

from __future__ import annotations

import numpy as np

LEAKY_SLOPE = 0.01
HIDDEN_ACTIVATIONS = ("sigmoid", "tanh", "relu", "leaky_relu", "linear")
ACTIVATIONS = HIDDEN_ACTIVATIONS + ("softmax",)


def sigmoid(z: np.ndarray) -> np.ndarray:
    # 1 / (1 + e^-z) overflows in e^-z for very negative z; 0.5·(1 + tanh(z/2)) is the
    # same function and never overflows.
    return 0.5 * (1.0 + np.tanh(0.5 * z))


def softmax(z: np.ndarray) -> np.ndarray:
    # Subtracting the row maximum leaves softmax unchanged and keeps exp() ≤ 1.
    e = np.exp(z - z.max(axis=1, keepdims=True))
    e /= e.sum(axis=1, keepdims=True)
    return e


def _relu(z):
    return np.maximum(z, 0.0)


def _leaky_relu(z):
    return np.where(z > 0, z, LEAKY_SLOPE * z)


def _linear(z):
    return z


def _tanh_backward(z, a, grad_a):
    return grad_a * (1.0 - a * a)  # tanh' = 1 − tanh²


def _relu_backward(z, a, grad_a):
    return grad_a * (z > 0)


def _sigmoid_backward(z, a, grad_a):
    return grad_a * (a * (1.0 - a))  # σ' = σ(1 − σ)


def _leaky_relu_backward(z, a, grad_a):
    return grad_a * np.where(z > 0, 1.0, LEAKY_SLOPE).astype(z.dtype, copy=False)


def _linear_backward(z, a, grad_a):
    return grad_a


def _softmax_backward(z, a, grad_a):
    # ∂L/∂z_i = a_i (∂L/∂a_i − Σ_k a_k ∂L/∂a_k)
    return a * (grad_a - (grad_a * a).sum(axis=1, keepdims=True))


# name → (f, backward) where backward(z, a, ∂L/∂a) = ∂L/∂z = f'(z) ⊙ ∂L/∂a.
# Looked up once per layer, not per call: the training loop is hot.
FUNCTIONS = {
    "sigmoid": (sigmoid, _sigmoid_backward),
    "tanh": (np.tanh, _tanh_backward),
    "relu": (_relu, _relu_backward),
    "leaky_relu": (_leaky_relu, _leaky_relu_backward),
    "linear": (_linear, _linear_backward),
    "softmax": (softmax, _softmax_backward),
}


def forward(name: str, z: np.ndarray) -> np.ndarray:
    """a = f(z)."""
    return FUNCTIONS[name][0](z)


def backward(name: str, z: np.ndarray, a: np.ndarray, grad_a: np.ndarray) -> np.ndarray:
    """∂L/∂z = f'(z) · ∂L/∂a, element by element (softmax: through its Jacobian)."""
    return FUNCTIONS[name][1](z, a, grad_a)


def derivative(name: str, z: np.ndarray) -> np.ndarray:
    """f'(z) for element-wise activations, used by the step-through to show numbers."""
    a = forward(name, z)
    return backward(name, z, a, np.ones_like(z))
