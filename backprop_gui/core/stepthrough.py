"""One training step on one sample, number by number: forward, loss, backward, update.

This is what the step-through panel shows. Every number comes from the engine itself:
the forward pass is :meth:`Network.evaluate_layers`, the loss :func:`losses.value`, and the
backward pass :meth:`Network.backward` fed with :func:`losses.gradient`. For a single
sample the bias gradient the engine returns *is* the layer's δ = ∂L/∂z (∂L/∂b = Σ over
the batch of δ, and the batch has one row), so δ is read back from it, and
∂L/∂W = a_prevᵀ·δ is the engine's weight gradient.

Two simplifications, which the panel explains to the student:

* **Dropout is off.** Its random mask would make the numbers change from click to
  click; the step is shown for the network as it predicts.
* **Batch norm uses its running statistics** (evaluation mode). With one sample the
  batch statistics are degenerate: the mean is the sample itself, the variance 0, so
  every normalised value is 0 and no gradient flows. With the running mean μ and
  variance σ² fixed, batch norm is the per-neuron affine map
  z' = γ·(z − μ)/√(σ² + ε) + β, which the chain rule passes as a factor γ/√(σ² + ε).
  To let the engine's backward do this, the trace runs it on a copy whose batch norm is
  folded into the weights (W·γ/√(σ² + ε)); the forward numbers are the engine's
  evaluation-mode numbers exactly.

Regularisation penalties are not part of the step: the loss is the data loss of the
one sample. The update is plain gradient descent w ← w − η·∂L/∂w, whatever optimiser
the experiment trains with.

Notation (as in :mod:`network`): for layer l with inputs a_prev,
z = a_prev·W + b, with batch norm z' = γ·ẑ + β, then a = f(z') (or f(z)). In
:class:`LayerTrace`, ``z_linear`` is a_prev·W + b and ``z`` the activation's input
(the same array without batch norm); ``delta`` is ∂L/∂z (the activation's input) and
``delta_linear`` is ∂L/∂z_linear, the δ that multiplies aᵢ in ∂L/∂wᵢⱼ.

This module is pure NumPy; it must never import Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

import numpy as np

from . import activations, losses
from .network import BN_EPSILON, Layer, Network

__all__ = [
    "DeltaTerms",
    "ForwardTerms",
    "LayerTrace",
    "LossTerms",
    "StepTrace",
    "WeightGradientTerms",
    "apply_update",
    "copy_network",
    "delta_terms",
    "finite_difference",
    "forward_terms",
    "loss_mean_count",
    "loss_terms",
    "recombine_delta",
    "sample",
    "sample_loss",
    "trace_step",
    "weight_gradient_terms",
]


# ---------------------------------------------------------------------------- results


@dataclass(eq=False)
class LayerTrace:
    """What one layer computed for the sample, and its gradients. 1-D arrays are per
    neuron (``units``), ``inputs`` per input (``fan_in``)."""

    index: int
    activation: str
    weights: np.ndarray  # (fan_in, units), a copy of the weights used
    bias: np.ndarray
    inputs: np.ndarray  # a_prev (fan_in,): the sample's features for the first layer
    z_linear: np.ndarray  # a_prev·W + b
    z: np.ndarray  # the activation's input: z_linear, or after batch norm γ·ẑ + β
    a: np.ndarray  # f(z)
    fprime: np.ndarray  # f'(z); for softmax the diagonal ŷ(1 − ŷ) of its Jacobian
    delta: np.ndarray  # ∂L/∂z (the activation's input)
    delta_linear: np.ndarray  # ∂L/∂z_linear (= delta without batch norm) = ∂L/∂b
    grad_weights: np.ndarray  # ∂L/∂W = outer(a_prev, delta_linear)
    grad_bias: np.ndarray  # ∂L/∂b = delta_linear
    batch_norm: bool = False
    gamma: np.ndarray | None = None
    beta: np.ndarray | None = None
    running_mean: np.ndarray | None = None
    running_var: np.ndarray | None = None
    x_hat: np.ndarray | None = None  # (z_linear − μ)/√(σ² + ε)
    bn_scale: np.ndarray | None = None  # γ/√(σ² + ε): ∂z/∂z_linear
    grad_gamma: np.ndarray | None = None
    grad_beta: np.ndarray | None = None

    @property
    def fan_in(self) -> int:
        return self.weights.shape[0]

    @property
    def units(self) -> int:
        return self.weights.shape[1]


@dataclass(eq=False)
class StepTrace:
    """One sample's forward pass, loss and backward pass."""

    loss: str  # the loss's identifier: "mse", "binary_cross_entropy", "cross_entropy"
    x: np.ndarray  # (d,)
    y: np.ndarray  # (outputs,), the encoded target row
    layers: list[LayerTrace]
    outputs: np.ndarray  # ŷ (outputs,)
    logits: np.ndarray  # the output layer's z
    loss_value: float
    output_gradient: np.ndarray  # losses.gradient: ∂L/∂ŷ (mse) or the fused ∂L/∂z
    fused: bool  # True for the cross-entropies (the gradient is already ∂L/∂z)
    mean_count: int  # N of the loss's mean for this one sample
    uses_running_statistics: bool  # the network has batch norm (evaluation mode used)
    dropout_ignored: bool  # the network has dropout, which the step leaves out
    dtype: np.dtype

    @property
    def output(self) -> LayerTrace:
        return self.layers[-1]


class ForwardTerms(NamedTuple):
    """z = Σᵢ wᵢ·aᵢ + b for one neuron, then (batch norm and) a = f(z)."""

    terms: list[tuple[float, float]]  # (wᵢ, aᵢ) over the layer's inputs
    bias: float
    weighted_sum: float  # Σ wᵢ·aᵢ + b as the engine computed it (z_linear)
    z: float  # the activation's input (= weighted_sum without batch norm)
    a: float
    activation: str
    batch_norm: tuple[float, float, float, float, float] | None  # (μ, σ², γ, β, ẑ)


class DeltaTerms(NamedTuple):
    """How one neuron's δ = ∂L/∂z is made.

    ``kind``:

    * ``"hidden"``: δⱼ = f′(zⱼ)·Σₖ wⱼₖ·δₖ, ``terms`` the (wⱼₖ, δₖ) of the next layer
      (δₖ its ∂L/∂z_linear), ``fprime`` = f′(zⱼ).
    * ``"fused"`` (sigmoid + binary cross-entropy, softmax + cross-entropy):
      δₖ = (ŷₖ − yₖ)/N.
    * ``"mse"``: δₖ = (2/N)(ŷₖ − yₖ)·f′(zₖ).
    * ``"mse_softmax"``: softmax couples the outputs, δₖ = ŷₖ·(gₖ − Σₘ ŷₘ·gₘ) with
      gₘ = (2/N)(ŷₘ − yₘ); ``terms`` are the (ŷₘ, gₘ).

    ``delta`` is the engine's δ (∂L/∂z of the activation's input); with batch norm
    ``bn_scale`` = γ/√(σ² + ε) and ``delta_linear`` = delta·bn_scale, else ``bn_scale``
    is None and ``delta_linear`` = ``delta``.
    """

    kind: str
    delta: float
    fprime: float | None
    terms: list[tuple[float, float]]
    y_hat: float | None
    y: float | None
    mean_count: int | None
    bn_scale: float | None
    delta_linear: float


class WeightGradientTerms(NamedTuple):
    """∂L/∂wᵢⱼ = aᵢ·δⱼ (δⱼ = ∂L/∂z_linear,ⱼ); ``product`` is the engine's ∂L/∂W[i, j]."""

    a: float
    delta: float
    product: float


class LossTerms(NamedTuple):
    """The loss of the sample, output by output: ``pairs`` are the (ŷₖ, yₖ)."""

    kind: str
    pairs: list[tuple[float, float]]
    mean_count: int
    value: float


# ---------------------------------------------------------------------------- helpers


def loss_mean_count(loss: str, outputs: int) -> int:
    """N of the loss's mean for one sample: mse and binary cross-entropy average over
    every output element (PyTorch), cross-entropy over samples (1 here)."""
    if loss == "cross_entropy":
        return 1
    if loss in ("mse", "binary_cross_entropy"):
        return int(outputs)
    raise ValueError(f"unknown loss {loss!r}")


def sample(dataset, split: str, index: int, output_activation: str, dtype="float64") -> tuple[np.ndarray, np.ndarray]:
    """The inputs x (d,) and the encoded target row y of one sample, as the trainer
    sees them (:meth:`Dataset.encode_targets`). ``split`` is "train" or "test"."""
    if split not in ("train", "test"):
        raise ValueError(f"split must be 'train' or 'test', got {split!r}")
    X = dataset.X_train if split == "train" else dataset.X_test
    labels = dataset.y_train if split == "train" else dataset.y_test
    width = dataset.output_width(output_activation)
    x = np.asarray(X[index], dtype=dtype)
    y = dataset.encode_targets(labels[index : index + 1], width, dtype)[0]
    return x, y


def _stepper(network: Network, dtype=None) -> Network:
    """A copy of the network for the step: dropout off, batch norm folded into the
    weights with its running statistics (so the copy has no batch norm)."""
    dtype = network.dtype if dtype is None else np.dtype(dtype)
    layers = []
    for layer in network.layers:
        weights = np.array(layer.weights, dtype=dtype)
        bias = np.array(layer.bias, dtype=dtype)
        if layer.batch_norm:
            scale = (layer.gamma / np.sqrt(layer.running_var + BN_EPSILON)).astype(dtype)
            weights = weights * scale
            bias = ((bias - layer.running_mean) * scale + layer.beta).astype(dtype)
        layers.append(Layer(weights=weights, bias=bias, activation=layer.activation))
    return Network(layers, dtype=str(dtype))


def _fprime(activation: str, z: np.ndarray, a: np.ndarray) -> np.ndarray:
    if activation == "softmax":
        return a * (1.0 - a)  # the diagonal of the Jacobian
    return activations.derivative(activation, z[None, :])[0]


def _as_row(values, dtype) -> np.ndarray:
    return np.asarray(values, dtype=dtype).reshape(1, -1)


# ---------------------------------------------------------------------------- the trace


def trace_step(network: Network, x, y, loss: str) -> StepTrace:
    """Forward pass, loss and backward pass of one sample through ``network``.

    ``x`` (d,) are the sample's inputs, ``y`` its encoded target row (0/1, one-hot or
    values: see :func:`sample`). The network is not changed (the engine runs on a copy,
    with dropout off and batch norm in evaluation mode, see the module docstring).
    """
    if loss not in losses.LOSSES:
        raise ValueError(f"unknown loss {loss!r}")
    dtype = network.dtype
    X = _as_row(x, dtype)
    Y = _as_row(y, dtype)
    if X.shape[1] != network.input_dim:
        raise ValueError(f"x has {X.shape[1]} values, the network {network.input_dim} inputs")
    if Y.shape[1] != network.output_dim:
        raise ValueError(f"y has {Y.shape[1]} values, the network {network.output_dim} outputs")
    uses_running = any(layer.batch_norm for layer in network.layers)
    stepper = _stepper(network)
    # The engine's evaluation-mode numbers, put where its backward pass reads them on
    # the copy (which has no batch norm to redo and no dropout).
    evaluated = network.evaluate_layers(X)
    for folded, step in zip(stepper.layers, evaluated):
        folded.inputs, folded.z, folded.outputs, folded.mask = step.inputs, step.z, step.a, None
    outputs, logits = evaluated[-1].a, evaluated[-1].z
    value = losses.value(loss, logits, outputs, Y)
    output_gradient = losses.gradient(loss, outputs, Y)
    grads = stepper.backward(output_gradient, loss)
    # grads: per layer [∂L/∂W, ∂L/∂b] of the (folded) copy, in parameter order.

    layers = []
    for index, (layer, folded) in enumerate(zip(network.layers, stepper.layers)):
        grad_w_folded, grad_b_folded = grads[2 * index], grads[2 * index + 1]
        delta = np.array(grad_b_folded, copy=True)  # single sample: ∂L/∂b = δ exactly
        inputs = folded.inputs[0].copy()
        z = folded.z[0].copy()
        a = folded.outputs[0].copy()
        trace = LayerTrace(
            index=index,
            activation=layer.activation,
            weights=np.array(layer.weights, copy=True),
            bias=np.array(layer.bias, copy=True),
            inputs=inputs,
            z_linear=z,
            z=z,
            a=a,
            fprime=_fprime(layer.activation, z, a),
            delta=delta,
            delta_linear=delta,
            grad_weights=np.array(grad_w_folded, copy=True),  # the engine's a_prevᵀ·δ
            grad_bias=delta,
        )
        if layer.batch_norm:
            z_linear = evaluated[index].z_linear[0].copy()
            std = np.sqrt(layer.running_var + BN_EPSILON)
            scale = layer.gamma / std
            delta_linear = delta * scale  # chain rule through z' = γ·(z − μ)/σ + β
            trace.batch_norm = True
            trace.z_linear = z_linear
            trace.gamma = layer.gamma.copy()
            trace.beta = layer.beta.copy()
            trace.running_mean = layer.running_mean.copy()
            trace.running_var = layer.running_var.copy()
            trace.x_hat = (z_linear - layer.running_mean) / std
            trace.bn_scale = scale
            trace.delta_linear = delta_linear
            trace.grad_bias = delta_linear
            trace.grad_weights = np.outer(inputs, delta_linear)
            trace.grad_gamma = delta * trace.x_hat
            trace.grad_beta = delta.copy()
        layers.append(trace)

    return StepTrace(
        loss=loss,
        x=X[0].copy(),
        y=Y[0].copy(),
        layers=layers,
        outputs=outputs[0].copy(),
        logits=logits[0].copy(),
        loss_value=float(value),
        output_gradient=output_gradient[0].copy(),
        fused=losses.is_fused(loss),
        mean_count=loss_mean_count(loss, network.output_dim),
        uses_running_statistics=uses_running,
        dropout_ignored=any(layer.dropout > 0.0 for layer in network.layers),
        dtype=dtype,
    )


def sample_loss(network: Network, x, y, loss: str, dtype=None) -> float:
    """The loss of one sample as the step-through computes it: no dropout, batch norm
    with its running statistics (``dtype`` defaults to the network's)."""
    if dtype is not None and np.dtype(dtype) != network.dtype:
        network = copy_network(network, dtype)
    X = _as_row(x, network.dtype)
    Y = _as_row(y, network.dtype)
    logits, outputs = network.logits_and_outputs(X)  # evaluation mode: exactly that
    return losses.value(loss, logits, outputs, Y)


# ---------------------------------------------------------------------------- decompositions


def forward_terms(trace: StepTrace, layer: int, unit: int) -> ForwardTerms:
    """The weighted sum of one neuron written out: zⱼ = Σᵢ wᵢⱼ·aᵢ + bⱼ, then aⱼ = f(zⱼ)."""
    lt = trace.layers[layer]
    terms = [(float(w), float(a)) for w, a in zip(lt.weights[:, unit], lt.inputs)]
    bn = None
    if lt.batch_norm:
        bn = (
            float(lt.running_mean[unit]), float(lt.running_var[unit]), float(lt.gamma[unit]),
            float(lt.beta[unit]), float(lt.x_hat[unit]),
        )
    return ForwardTerms(
        terms=terms,
        bias=float(lt.bias[unit]),
        weighted_sum=float(lt.z_linear[unit]),
        z=float(lt.z[unit]),
        a=float(lt.a[unit]),
        activation=lt.activation,
        batch_norm=bn,
    )


def delta_terms(trace: StepTrace, layer: int, unit: int) -> DeltaTerms:
    """The chain rule for one neuron's δ (see :class:`DeltaTerms`)."""
    lt = trace.layers[layer]
    delta = float(lt.delta[unit])
    scale = float(lt.bn_scale[unit]) if lt.batch_norm else None
    delta_linear = float(lt.delta_linear[unit])
    if layer < len(trace.layers) - 1:
        nxt = trace.layers[layer + 1]
        terms = [(float(w), float(d)) for w, d in zip(nxt.weights[unit, :], nxt.delta_linear)]
        return DeltaTerms("hidden", delta, float(lt.fprime[unit]), terms, None, None, None, scale, delta_linear)
    y_hat, y, n = float(trace.outputs[unit]), float(trace.y[unit]), trace.mean_count
    if trace.fused:
        return DeltaTerms("fused", delta, None, [], y_hat, y, n, None, delta_linear)
    if lt.activation == "softmax":
        g = trace.output_gradient
        terms = [(float(p), float(gm)) for p, gm in zip(trace.outputs, g)]
        return DeltaTerms("mse_softmax", delta, float(lt.fprime[unit]), terms, y_hat, y, n, None, delta_linear)
    return DeltaTerms("mse", delta, float(lt.fprime[unit]), [], y_hat, y, n, None, delta_linear)


def recombine_delta(terms: DeltaTerms) -> float:
    """δ computed again from its parts (for tests and for the panel's consistency)."""
    if terms.kind == "hidden":
        return terms.fprime * sum(w * d for w, d in terms.terms)
    if terms.kind == "fused":
        return (terms.y_hat - terms.y) / terms.mean_count
    if terms.kind == "mse":
        return (2.0 / terms.mean_count) * (terms.y_hat - terms.y) * terms.fprime
    if terms.kind == "mse_softmax":
        g = (2.0 / terms.mean_count) * (terms.y_hat - terms.y)
        return terms.y_hat * (g - sum(p * gm for p, gm in terms.terms))
    raise ValueError(f"unknown kind {terms.kind!r}")


def weight_gradient_terms(trace: StepTrace, layer: int, i: int, j: int) -> WeightGradientTerms:
    """∂L/∂wᵢⱼ = aᵢ·δⱼ for the weight from input i to neuron j of ``layer``."""
    lt = trace.layers[layer]
    return WeightGradientTerms(float(lt.inputs[i]), float(lt.delta_linear[j]), float(lt.grad_weights[i, j]))


def loss_terms(trace: StepTrace) -> LossTerms:
    """The outputs and targets the loss compares, with its N and value."""
    pairs = [(float(p), float(t)) for p, t in zip(trace.outputs, trace.y)]
    return LossTerms(trace.loss, pairs, trace.mean_count, trace.loss_value)


# ---------------------------------------------------------------------------- checks and the step


def finite_difference(
    network: Network, x, y, loss: str, layer: int, i: int | None, j: int, h: float = 1e-5,
    parameter: str = "weights",
) -> float:
    """(L(w + h) − L(w − h)) / 2h for ``network.layers[layer].weights[i, j]`` (or, with
    ``parameter="bias"``, ``bias[j]``; ``i`` is then ignored), on a float64 copy, with
    the loss of :func:`sample_loss`. The network is left unchanged."""
    probe = copy_network(network, "float64")
    target = probe.layers[layer]
    if parameter == "weights":
        array, position = target.weights, (i, j)
    elif parameter == "bias":
        array, position = target.bias, (j,)
    else:
        raise ValueError(f"parameter must be 'weights' or 'bias', got {parameter!r}")
    original = float(array[position])
    array[position] = original + h
    plus = sample_loss(probe, x, y, loss)
    array[position] = original - h
    minus = sample_loss(probe, x, y, loss)
    return (plus - minus) / (2.0 * h)


def copy_network(network: Network, dtype=None) -> Network:
    """An independent copy with the same layers, parameters and running statistics."""
    dtype = network.dtype if dtype is None else np.dtype(dtype)
    layers = []
    for layer in network.layers:
        copy = Layer(
            weights=np.array(layer.weights, dtype=dtype), bias=np.array(layer.bias, dtype=dtype),
            activation=layer.activation, dropout=layer.dropout,
        )
        if layer.batch_norm:
            copy.batch_norm = True
            copy.gamma = np.array(layer.gamma, dtype=dtype)
            copy.beta = np.array(layer.beta, dtype=dtype)
            copy.running_mean = np.array(layer.running_mean, dtype=dtype)
            copy.running_var = np.array(layer.running_var, dtype=dtype)
        layers.append(copy)
    return Network(layers, dtype=str(dtype))


def apply_update(network: Network, trace: StepTrace, learning_rate: float) -> float:
    """One plain gradient-descent step on this sample: every weight and bias (and batch
    norm's γ and β) moves by −η·∂L/∂w, in place on ``network`` (give it a copy). The
    running statistics stay. Returns the sample's loss afterwards (:func:`sample_loss`)."""
    if len(trace.layers) != len(network.layers):
        raise ValueError("the trace is of another network")
    for layer, lt in zip(network.layers, trace.layers):
        if layer.weights.shape != lt.grad_weights.shape:
            raise ValueError("the trace is of another network")
        layer.weights -= learning_rate * lt.grad_weights
        layer.bias -= learning_rate * lt.grad_bias
        if layer.batch_norm:
            layer.gamma -= learning_rate * lt.grad_gamma
            layer.beta -= learning_rate * lt.grad_beta
    return sample_loss(network, trace.x, trace.y, trace.loss)
