"""A practice quantity worked out with its numbers: z₁⁽¹⁾ = (−1)·0,2 + 1·0,66 + 0 = 0,46.

The practice core gives each step its formula in symbols and the quantities that go into
it (``operands``, in the formula's order: for z the pairs (aᵢ, wᵢ) then b; for a hidden δ
the a (or for ReLU the z), then the pairs (w, δ) of the next layer; for the loss and the
output δ the pairs (a, y)). :func:`substitution` writes the formula again with those
numbers in place, as a worked example and the last rung of the hint ladder show it.
Numbers are the interface language's (:func:`.stepthrough_panel.format_number`); a negative
factor stands in parentheses, as the step-through writes it.
"""

from __future__ import annotations

from collections.abc import Callable

from . import practice_symbols as symbols
from .numbers import list_separator
from .stepthrough_panel import format_number


def _n(value: float) -> str:
    return format_number(value)


def _p(value: float) -> str:
    """A factor of a product: in parentheses when negative."""
    return f"({_n(value)})" if value < 0 else _n(value)


def _products(pairs) -> str:
    return " + ".join(f"{_p(a)}·{_p(b)}" for a, b in pairs)


def substitution(problem, name: str, value_of: Callable[[str], float]) -> str:
    """The right-hand side of ``name``'s formula with the numbers in (rich text), or ""
    for a formula this module does not know; ``value_of(operand)`` gives each number."""
    step = problem.step(name)
    kind, indices = symbols.parse(name)
    values = [value_of(operand) for operand in step.operands]
    layers = problem.network.layers
    outputs = layers[-1].weights.shape[1]
    if kind == "z":  # Σ aᵢ·wᵢ + b
        pairs = list(zip(values[:-1:2], values[1:-1:2]))
        return f"{_products(pairs)} + {_p(values[-1])}"
    if kind == "a":
        activation = layers[indices[0] - 1].activation
        if activation == "softmax":
            j = indices[1]
            total = " + ".join(f"e<sup>{_n(z)}</sup>" for z in values)
            return f"e<sup>{_n(values[j])}</sup> / ({total})"
        z = values[0]
        return {"sigmoid": f"1 / (1 + e<sup>−{_p(z)}</sup>)", "tanh": f"tanh({_n(z)})",
                "relu": f"max(0{list_separator()}{_n(z)})"}.get(activation, "")
    if kind == "loss":
        pairs = list(zip(values[::2], values[1::2]))  # (a, y)
        if problem.loss == "mse":
            squares = " + ".join(f"({_n(a)} − {_p(y)})²" for a, y in pairs)
            return squares if len(pairs) == 1 else f"({squares}) / {len(pairs)}"
        if problem.loss == "binary_cross_entropy" and len(pairs) == 1:
            a, y = pairs[0]
            return f"−[{_n(y)}·ln {_n(a)} + (1 − {_n(y)})·ln(1 − {_n(a)})]"
        if problem.loss == "cross_entropy":
            return "−(" + " + ".join(f"{_n(y)}·ln {_n(a)}" for a, y in pairs) + ")"
        return ""
    if kind == "delta":
        layer = layers[indices[0] - 1]
        if indices[0] == len(layers):  # the output: from (a, y)
            a, y = values[0], values[1]
            difference = f"({_n(a)} − {_p(y)})"
            if problem.loss == "mse":
                factor = "2" if outputs == 1 else f"(2/{outputs})"
                slope = {"sigmoid": f"{_n(a)}·(1 − {_n(a)})", "tanh": f"(1 − {_p(a)}²)"}.get(layer.activation)
                return f"{factor}·{difference}·{slope}" if slope else ""
            if problem.loss == "binary_cross_entropy" and outputs > 1:
                return f"{difference} / {outputs}"
            return f"{_n(a)} − {_p(y)}"
        first, pairs = values[0], list(zip(values[1::2], values[2::2]))  # a (z for ReLU), then (w, δ)
        back = _products(pairs) if len(pairs) == 1 else f"[{_products(pairs)}]"
        if layer.activation == "sigmoid":
            return f"{_n(first)}·(1 − {_n(first)})·{back}"
        if layer.activation == "tanh":
            return f"(1 − {_p(first)}²)·{back}"
        if layer.activation == "relu":
            return f"{back}  (z = {_n(first)} > 0)" if first > 0 else f"0  (z = {_n(first)} ≤ 0)"
        return ""
    if kind == "dW":
        return f"{_p(values[0])}·{_p(values[1])}"
    if kind == "db":
        return _n(values[0])
    if kind in ("W_new", "b_new"):
        old, eta, gradient = values
        return f"{_n(old)} − {_n(eta)}·{_p(gradient)}"
    return ""
