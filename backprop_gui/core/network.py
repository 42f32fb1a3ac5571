"""A fully connected network and its backpropagation, in plain NumPy.

Shapes follow the row-per-sample convention: a batch X is (N, fan_in), a layer's
weights are (fan_in, fan_out) and its bias (fan_out,), so that z = X·W + b.

Per hidden layer the order of operations is

    z = a_prev·W + b  →  [batch norm: ẑ = (z − μ_B)/√(σ²_B + ε), z' = γ·ẑ + β]
      →  a = f(z')  →  [dropout: a ← a·mask/(1 − p)]

and the output layer is z = a_prev·W + b, ŷ = f(z) without batch norm or dropout.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import NamedTuple

import numpy as np

from . import activations, losses

BN_EPSILON = 1e-5
BN_MOMENTUM = 0.1
# A batch of one sample has σ²_B = 0: every normalised value ẑ is 0 and no gradient
# reaches the layers below. So batch norm needs mini-batches of at least 2 samples.
MIN_BATCH_FOR_BATCH_NORM = 2
INITS = ("xavier", "he", "uniform", "zeros")
DTYPES = ("float64", "float32")
REGULARIZATIONS = ("none", "l1", "l2")


@dataclass(eq=False, slots=True)
class Layer:
    """One dense layer with its optional batch norm and dropout, and what the last
    training-mode forward pass left behind for the backward pass."""

    weights: np.ndarray
    bias: np.ndarray
    activation: str
    batch_norm: bool = False
    dropout: float = 0.0
    gamma: np.ndarray | None = None
    beta: np.ndarray | None = None
    running_mean: np.ndarray | None = None
    running_var: np.ndarray | None = None
    # Caches of the last training-mode forward pass.
    inputs: np.ndarray | None = None
    z: np.ndarray | None = None  # the activation's input (after batch norm if present)
    outputs: np.ndarray | None = None  # f(z), before dropout
    x_hat: np.ndarray | None = None
    inv_std: np.ndarray | None = None
    mask: np.ndarray | None = None
    # Views into the network's one flat gradient array, written by backward().
    grad_weights: np.ndarray | None = None
    grad_bias: np.ndarray | None = None
    grad_gamma: np.ndarray | None = None
    grad_beta: np.ndarray | None = None
    activate: object = field(init=False, repr=False)
    activation_backward: object = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.activate, self.activation_backward = activations.FUNCTIONS[self.activation]

    @property
    def fan_in(self) -> int:
        return self.weights.shape[0]

    @property
    def units(self) -> int:
        return self.weights.shape[1]


class LayerPass(NamedTuple):
    """What one layer computed in an evaluation-mode forward pass (see
    :meth:`Network.evaluate_layers`); each array has one row per sample."""

    inputs: np.ndarray  # a_prev: the batch X for the first layer
    z_linear: np.ndarray  # a_prev·W + b
    z: np.ndarray  # the activation's input: after batch norm γ·ẑ + β, else z_linear itself
    a: np.ndarray  # f(z)


def initial_weights(init: str, fan_in: int, fan_out: int, rng: np.random.Generator) -> np.ndarray:
    """Seeded starting weights, drawn in float64 so float32 runs start from the same values.

    xavier: U(±√(6/(fan_in+fan_out)))  (Glorot; torch.nn.init.xavier_uniform_)
    he:     U(±√(6/fan_in))            (torch.nn.init.kaiming_uniform_ for ReLU)
    uniform: U(±0.5)                   (TensorFlow Playground)
    zeros:  all 0, which never breaks the symmetry between neurons of a layer.
    """
    if init == "xavier":
        bound = np.sqrt(6.0 / (fan_in + fan_out))
    elif init == "he":
        bound = np.sqrt(6.0 / fan_in)
    elif init == "uniform":
        bound = 0.5
    elif init == "zeros":
        return np.zeros((fan_in, fan_out))
    else:
        raise ValueError(f"unknown initialisation {init!r}")
    return rng.uniform(-bound, bound, size=(fan_in, fan_out))


class Network:
    """A stack of dense layers. Build one with :meth:`from_config`."""

    def __init__(self, layers: list[Layer], dtype: str = "float64", seed: int = 0) -> None:
        self.layers = layers
        self.dtype = np.dtype(dtype)
        # Dropout masks come from their own seeded generator, so runs are reproducible.
        self.dropout_rng = np.random.default_rng([seed, 1])
        named: list[tuple[str, Layer, str]] = []
        for number, layer in enumerate(layers, start=1):
            for attribute in ("weights", "bias") + (("gamma", "beta") if layer.batch_norm else ()):
                named.append((f"layer{number}.{attribute}", layer, attribute))
        # Every parameter lives in one flat array (and every gradient in another), the
        # weights first. Each layer's arrays are views into them. So the optimiser
        # updates all parameters with a few whole-array operations, and copying or
        # checking all of them is one operation: that matters for the small networks
        # of a classroom, where the number of NumPy calls, not arithmetic, sets the
        # speed. L1/L2 act on the leading ``weight_count`` entries, the weights.
        order = sorted(named, key=lambda entry: entry[2] != "weights")
        total = sum(getattr(layer, attribute).size for _, layer, attribute in named)
        self.flat_parameters = np.empty(total, dtype=self.dtype)
        self.flat_gradients = np.zeros(total, dtype=self.dtype)
        self.weight_count = sum(layer.weights.size for layer in layers)
        offset = 0
        views: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        for name, layer, attribute in order:
            value = np.asarray(getattr(layer, attribute))
            size = value.size
            view = self.flat_parameters[offset : offset + size].reshape(value.shape)
            view[...] = value
            grad = self.flat_gradients[offset : offset + size].reshape(value.shape)
            setattr(layer, attribute, view)
            setattr(layer, f"grad_{attribute}", grad)
            views[name] = (view, grad)
            offset += size
        self._parameters = {name: views[name][0] for name, _, _ in named}
        self._parameter_list = list(self._parameters.values())
        self._gradient_list = [views[name][1] for name, _, _ in named]

    @classmethod
    def from_config(
        cls, network: Mapping, input_dim: int, output_dim: int, seed: int = 0, dtype: str = "float64"
    ) -> "Network":
        """Build the network an experiment's ``network`` section describes.

        ``network`` holds ``hidden`` (a list of ``{"units", "activation"}``),
        ``output_activation``, ``init``, ``batch_norm`` and ``dropout``; missing keys
        take the experiment defaults (xavier, no batch norm, no dropout).
        """
        if dtype not in DTYPES:
            raise ValueError(f"dtype must be one of {DTYPES}, got {dtype!r}")
        rng = np.random.default_rng(seed)
        init = network.get("init", "xavier")
        batch_norm = bool(network.get("batch_norm", False))
        dropout = float(network.get("dropout", 0.0))
        specs = [(int(h["units"]), h.get("activation", "tanh"), batch_norm, dropout) for h in network.get("hidden", [])]
        specs.append((int(output_dim), network.get("output_activation", "sigmoid"), False, 0.0))
        layers = []
        fan_in = int(input_dim)
        for units, activation, use_bn, rate in specs:
            weights = initial_weights(init, fan_in, units, rng).astype(dtype)
            layer = Layer(weights=weights, bias=np.zeros(units, dtype), activation=activation, dropout=rate)
            if use_bn:
                layer.batch_norm = True
                layer.gamma = np.ones(units, dtype)
                layer.beta = np.zeros(units, dtype)
                layer.running_mean = np.zeros(units, dtype)
                layer.running_var = np.ones(units, dtype)
            layers.append(layer)
            fan_in = units
        return cls(layers, dtype=dtype, seed=seed)

    # ------------------------------------------------------------------ inspection
    @property
    def input_dim(self) -> int:
        return self.layers[0].fan_in

    @property
    def output_dim(self) -> int:
        return self.layers[-1].units

    def parameters(self) -> dict[str, np.ndarray]:
        """Name → live array, in forward order: per layer its weights, bias, then γ and β."""
        return dict(self._parameters)

    def buffers(self) -> dict[str, np.ndarray]:
        """Batch norm's running statistics: state that is saved but not trained."""
        out = {}
        for number, layer in enumerate(self.layers, start=1):
            if layer.batch_norm:
                out[f"layer{number}.running_mean"] = layer.running_mean
                out[f"layer{number}.running_var"] = layer.running_var
        return out

    def parameter_count(self) -> int:
        return sum(p.size for p in self._parameter_list)

    # ------------------------------------------------------------------ forward
    def forward(self, X: np.ndarray, training: bool = False) -> np.ndarray:
        """The network's outputs ŷ for a batch X.

        In training mode batch norm uses the batch's statistics (and updates its
        running averages), dropout is applied, and each layer keeps what the
        backward pass needs. In evaluation mode neither happens: that is
        :meth:`evaluate_layers`, whose last activation is returned.
        """
        if not training:
            return self.predict(X)
        a = X
        for layer in self.layers:
            z = a @ layer.weights
            z += layer.bias
            if layer.batch_norm:
                z = self._batch_norm_forward(layer, z, True)
            out = layer.activate(z)
            layer.inputs = a
            layer.z = z
            layer.outputs = out
            layer.mask = None
            if layer.dropout > 0.0:  # (the output layer has none)
                # Inverted dropout: scale the kept units by 1/(1−p) now, so evaluation
                # needs no rescaling.
                keep = 1.0 - layer.dropout
                layer.mask = (self.dropout_rng.random(out.shape) < keep).astype(self.dtype) / self.dtype.type(keep)
                out = out * layer.mask
            a = out
        return a

    def _batch_norm_forward(self, layer: Layer, z: np.ndarray, training: bool) -> np.ndarray:
        if training:
            mean = z.mean(axis=0)
            centred = z - mean
            var = (centred * centred).mean(axis=0)  # the biased batch variance
            inv_std = 1.0 / np.sqrt(var + BN_EPSILON)
            x_hat = centred * inv_std
            layer.x_hat, layer.inv_std = x_hat, inv_std
            n = len(z)
            # PyTorch's convention: normalise with the biased variance, but keep the
            # unbiased one (n/(n−1)) in the running average used for evaluation.
            layer.running_mean *= 1.0 - BN_MOMENTUM
            layer.running_mean += BN_MOMENTUM * mean
            if n > 1:
                layer.running_var *= 1.0 - BN_MOMENTUM
                layer.running_var += (BN_MOMENTUM * n / (n - 1)) * var
        else:
            x_hat = (z - layer.running_mean) / np.sqrt(layer.running_var + BN_EPSILON)
        return layer.gamma * x_hat + layer.beta

    def evaluate_layers(self, X: np.ndarray, last_only: bool = False) -> list[LayerPass]:
        """The evaluation-mode forward pass: one :class:`LayerPass` per layer, in order.

        Evaluation mode: batch norm uses its running statistics, dropout is off, and no
        layer keeps anything for a backward pass. This is the one evaluation-mode pass
        of the package: :meth:`predict` and the trainer's metrics (through
        :meth:`logits_and_outputs`), the diagram's neuron pictures and the step-through
        all read it. With ``last_only`` the list holds the output layer's pass alone,
        and the other layers' arrays are let go as the pass moves on.
        """
        a = np.asarray(X, dtype=self.dtype)
        passes = []
        for layer in self.layers:
            # z = a·W + b. One expression, not += : measured on a 64-128-64-10 network,
            # the in-place form took more page faults per call and ran ~40% slower.
            z_linear = a @ layer.weights + layer.bias
            z = self._batch_norm_forward(layer, z_linear, False) if layer.batch_norm else z_linear
            out = layer.activate(z)  # a = f(z)
            if not last_only:
                passes.append(LayerPass(a, z_linear, z, out))
            inputs, a = a, out
        return passes if not last_only else [LayerPass(inputs, z_linear, z, a)]

    def predict(self, X: np.ndarray) -> np.ndarray:
        """Outputs ŷ in evaluation mode (running batch-norm statistics, no dropout)."""
        return self.evaluate_layers(X, last_only=True)[-1].a

    def logits_and_outputs(self, X: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Evaluation-mode output-layer logits z and outputs ŷ = f(z)."""
        last = self.evaluate_layers(X, last_only=True)[-1]
        return last.z, last.a

    # ------------------------------------------------------------------ backward
    def backward(self, grad: np.ndarray, loss: str) -> list[np.ndarray]:
        """Backpropagate from the loss gradient to every parameter's gradient.

        ``grad`` is what :func:`losses.gradient` returns: ∂L/∂z of the output layer for
        the fused cross-entropies, otherwise ∂L/∂ŷ. Returns the gradients in the
        order of :meth:`parameters`: views into ``flat_gradients``, overwritten by the
        next call (copy them to keep them).
        """
        layers = self.layers
        index = len(layers) - 1
        delta = grad if losses.is_fused(loss) else None  # δ = ∂L/∂z, the activation folded in
        while index >= 0:
            layer = layers[index]
            if delta is None:
                if layer.mask is not None:
                    grad = grad * layer.mask  # back through dropout
                # δ = f'(z) ⊙ ∂L/∂a   (chain rule through the activation)
                delta = layer.activation_backward(layer.z, layer.outputs, grad)
            if layer.batch_norm:
                x_hat = layer.x_hat
                np.add.reduce(delta, axis=0, out=layer.grad_beta)  # ∂L/∂β
                np.add.reduce(delta * x_hat, axis=0, out=layer.grad_gamma)  # ∂L/∂γ
                # Back through ẑ = (z − μ)/σ, where μ and σ depend on every sample:
                # ∂L/∂z = (1/σ)·(g − mean(g) − ẑ·mean(g·ẑ)),  g = γ·∂L/∂z'
                g = delta * layer.gamma
                delta = layer.inv_std * (g - g.mean(axis=0) - x_hat * (g * x_hat).mean(axis=0))
            # ∂L/∂b = Σ_samples δ,  ∂L/∂W = a_prevᵀ·δ,  ∂L/∂a_prev = δ·Wᵀ
            np.add.reduce(delta, axis=0, out=layer.grad_bias)
            np.matmul(layer.inputs.T, delta, out=layer.grad_weights)
            if index > 0:
                grad = delta @ layer.weights.T
            delta = None
            index -= 1
        return self._gradient_list

    def gradient_list(self, X: np.ndarray, Y: np.ndarray, loss: str) -> list[np.ndarray]:
        """The data loss's gradients for a training batch, as a list in parameter order."""
        outputs = self.forward(X, training=True)
        return self.backward(losses.gradient(loss, outputs, Y), loss)

    def loss_and_gradients(
        self,
        X: np.ndarray,
        Y: np.ndarray,
        loss: str,
        regularization: str = "none",
        regularization_rate: float = 0.0,
    ) -> tuple[float, dict[str, np.ndarray]]:
        """The loss of a batch and its gradient for every parameter, in training mode.

        With the default ``regularization="none"`` this is the data loss alone. With
        ``"l2"`` the penalty rate·½·Σw² is added (gradient rate·w, PyTorch's weight
        decay); with ``"l1"`` rate·Σ|w| (gradient rate·sign w). Penalties apply to the
        weights only, never to biases or batch-norm parameters.
        """
        X = np.asarray(X, dtype=self.dtype)
        Y = np.asarray(Y, dtype=self.dtype)
        outputs = self.forward(X, training=True)
        logits = self.layers[-1].z
        value = losses.value(loss, logits, outputs, Y)
        grads = self.backward(losses.gradient(loss, outputs, Y), loss)
        self.add_regularization_gradient(regularization, regularization_rate)
        value += self.regularization_penalty(regularization, regularization_rate)
        return value, {name: grad.copy() for name, grad in zip(self._parameters, grads)}

    def add_regularization_gradient(self, regularization: str, rate: float) -> None:
        """Add the penalty's gradient to the weights' gradients (in ``flat_gradients``)."""
        if regularization == "none" or rate == 0.0:
            return
        weights = self.flat_parameters[: self.weight_count]
        grads = self.flat_gradients[: self.weight_count]
        if regularization == "l2":
            grads += rate * weights  # ∂/∂w of ½·rate·w²
        elif regularization == "l1":
            grads += rate * np.sign(weights)  # ∂/∂w of rate·|w|
        else:
            raise ValueError(f"unknown regularization {regularization!r}")

    def regularization_penalty(self, regularization: str, rate: float) -> float:
        """rate·½·Σw² (l2) or rate·Σ|w| (l1) over the weights; 0 for none."""
        if regularization == "none" or rate == 0.0:
            return 0.0
        weights = self.flat_parameters[: self.weight_count]
        if regularization == "l2":
            return 0.5 * rate * float(np.dot(weights, weights))
        return rate * float(np.abs(weights).sum())

    # ------------------------------------------------------------------ state
    def state(self) -> dict[str, np.ndarray]:
        """Copies of every parameter and buffer, for snapshots and saving."""
        return {name: array.copy() for name, array in {**self._parameters, **self.buffers()}.items()}

    def load_state(self, state: Mapping[str, np.ndarray]) -> None:
        """Copy values into the live arrays (shapes must match)."""
        for name, array in {**self._parameters, **self.buffers()}.items():
            value = np.asarray(state[name])
            if value.shape != array.shape:
                raise ValueError(f"{name} has shape {value.shape}, expected {array.shape}")
            array[...] = value
