"""Practice problems: one training step on one sample, for the student to compute by hand.

:func:`make_problem` makes a small network (2-2-1 or 2-3-2) whose weights, biases,
inputs and target have one or two decimals, so every quantity can be computed with a
school calculator; its :class:`Step`\\ s are the quantities in the order a student
computes them, each with its exact value (the step-through's number, from
:func:`stepthrough.trace_step`), the formula that makes it and the quantities that go
into it. :func:`check` judges a student's answer.

**Names** (as in the step-through, layers count from 1, the first layer of weights;
``i`` is the input and ``j`` the neuron of that layer, both from 0)::

    z[l][j]  a[l][j]  loss  delta[l][j]  dW[l][i][j]  db[l][j]  W_new[l][i][j]  b_new[l][j]

and, as operands, the given numbers ``x[i]``, ``y[j]``, ``W[l][i][j]``, ``b[l][j]``, ``eta``.
``delta[l][j]`` is δ = ∂L/∂z of that neuron, ``dW[l][i][j]`` = ∂L/∂W[l][i][j].

**Which gradients.** Every output-layer gradient (they are the heart of the lesson) and
those of the first hidden neuron (one use of the hidden δ, which is the new idea); all
of them would be 20 to 40 more boxes of the same multiplication. Each gradient asked
for is then used in its update.

**Error carried forward.** :func:`expected` computes a quantity from the student's
accepted earlier answers (``earlier``, name → value) wherever the formula uses one,
and from the exact values otherwise. So a z rounded to two decimals makes the a that
follows from it right, and every later step is judged against what follows from it.

**Tolerance** (:data:`TOLERANCE`): ``|answer − expected| ≤ absolute + relative·scale`` with
``relative`` = 1 %; ``absolute`` = 0.005 in the forward pass and the loss (numbers of
the size of the inputs, written with two decimals: z = 0.4137 written 0.41 is off by
0.0037 ≤ 0.005 + 0.0041) and 0.0005 in the backward pass and the update (gradients are
products of derivatives ≤ 0.25 with weights < 1, ten times smaller: a hidden δ of
−0.0143 written −0.01 would be 30 % off, so they need a third decimal). ``scale`` is
``|expected|``, except for an update, where it is the change ``|η·∂L/∂w|``: a new weight
is about as large as the old one, and 1 % of it would accept the old weight itself.

This module is pure NumPy; it must never import Qt.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

import numpy as np

from . import stepthrough
from .errors import QT_TRANSLATE_NOOP
from .network import Layer, Network

__all__ = [
    "LEVELS", "Level", "Problem", "SEED_MAX", "Step", "TOLERANCE", "Tolerance",
    "allowed_difference", "check", "expected", "make_problem",
]

PHASES = ("forward", "loss", "backward", "update")
FADING = ("worked", "last_phase", "all")
SEED_MAX = 2**32 - 1  # the seeds every other part of the program takes


# ---------------------------------------------------------------------------- levels


@dataclass(frozen=True)
class Level:
    """One practice level: the network's shape, its activations and loss, and how much
    of the step is shown worked (``fading``: "worked" everything, "last_phase" all but
    the update, "all" nothing)."""

    number: int
    title: str  # QT_TRANSLATE_NOOP("practice", ...)
    sizes: tuple[int, ...]  # inputs, hidden units, outputs
    hidden_activation: str
    output_activation: str
    loss: str  # the engine's loss name
    fading: str
    learning_rate: float = 0.5


LEVELS: tuple[Level, ...] = (
    Level(1, QT_TRANSLATE_NOOP("practice", "Worked example: sigmoid and squared error"),
          (2, 2, 1), "sigmoid", "sigmoid", "mse", "worked"),
    Level(2, QT_TRANSLATE_NOOP("practice", "Your turn: the update"),
          (2, 2, 1), "sigmoid", "sigmoid", "mse", "last_phase"),
    Level(3, QT_TRANSLATE_NOOP("practice", "The whole step: sigmoid and squared error"),
          (2, 2, 1), "sigmoid", "sigmoid", "mse", "all"),
    Level(4, QT_TRANSLATE_NOOP("practice", "tanh and squared error"),
          (2, 2, 1), "tanh", "tanh", "mse", "all"),
    Level(5, QT_TRANSLATE_NOOP("practice", "ReLU, a sigmoid output and binary cross-entropy"),
          (2, 2, 1), "relu", "sigmoid", "binary_cross_entropy", "all"),
    Level(6, QT_TRANSLATE_NOOP("practice", "Two classes: softmax and cross-entropy"),
          (2, 3, 2), "tanh", "softmax", "cross_entropy", "all"),
)


# ---------------------------------------------------------------------------- tolerance


@dataclass(frozen=True)
class Tolerance:
    """``|answer − expected| ≤ absolute + relative·scale`` (see the module docstring)."""

    forward_absolute: float = 0.005  # forward pass and loss: two decimals
    backward_absolute: float = 0.0005  # backward pass and update: three decimals
    relative: float = 0.01

    def allowed(self, phase: str, scale: float) -> float:
        absolute = self.forward_absolute if phase in ("forward", "loss") else self.backward_absolute
        return absolute + self.relative * abs(scale)


TOLERANCE = Tolerance()


# ---------------------------------------------------------------------------- steps and problems


@dataclass(frozen=True)
class Step:
    """One quantity the student computes (see the module docstring for the names)."""

    name: str
    value: float  # exact: the step-through's number
    phase: str  # "forward" | "loss" | "backward" | "update"
    given: bool  # the level shows it worked out
    formula: str  # QT_TRANSLATE_NOOP("practice", ...)
    operands: tuple[str, ...]  # what goes into it: earlier steps, x[i], y[j], W[l][i][j], b[l][j], eta


@dataclass(frozen=True, eq=False)
class Problem:
    seed: int
    level: int
    network: Network
    x: np.ndarray  # (1, inputs)
    y: np.ndarray  # (1, outputs)
    loss: str
    learning_rate: float
    steps: tuple[Step, ...]

    def step(self, name: str) -> Step:
        for step in self.steps:
            if step.name == name:
                return step
        raise KeyError(name)

    def given(self) -> tuple[str, ...]:
        return tuple(step.name for step in self.steps if step.given)

    @property
    def spec(self) -> Level:
        return LEVELS[self.level - 1]


# ---------------------------------------------------------------------------- formulas

_Z_FORMULAS = {  # by layer input: the first layer reads x, the others a
    (True, 2): QT_TRANSLATE_NOOP("practice", "z = x₁·w₁ + x₂·w₂ + b"),
    (False, 2): QT_TRANSLATE_NOOP("practice", "z = a₁·w₁ + a₂·w₂ + b"),
    (False, 3): QT_TRANSLATE_NOOP("practice", "z = a₁·w₁ + a₂·w₂ + a₃·w₃ + b"),
}
_A_FORMULAS = {
    "sigmoid": QT_TRANSLATE_NOOP("practice", "a = σ(z) = 1 / (1 + e^(−z))"),
    "tanh": QT_TRANSLATE_NOOP("practice", "a = tanh(z) = (e^z − e^(−z)) / (e^z + e^(−z))"),
    "relu": QT_TRANSLATE_NOOP("practice", "a = max(0, z)"),
    "softmax": QT_TRANSLATE_NOOP("practice", "aₖ = e^(zₖ) / Σₘ e^(zₘ)"),
}
_LOSS_FORMULAS = {
    "mse": QT_TRANSLATE_NOOP("practice", "L = (a − y)²"),
    "binary_cross_entropy": QT_TRANSLATE_NOOP("practice", "L = −[y·ln a + (1 − y)·ln(1 − a)]"),
    "cross_entropy": QT_TRANSLATE_NOOP("practice", "L = −Σₖ yₖ·ln aₖ"),
}
_OUTPUT_DELTA_FORMULAS = {  # by (loss, output activation)
    ("mse", "sigmoid"): QT_TRANSLATE_NOOP("practice", "δ = 2·(a − y)·a·(1 − a)"),
    ("mse", "tanh"): QT_TRANSLATE_NOOP("practice", "δ = 2·(a − y)·(1 − a²)"),
    ("binary_cross_entropy", "sigmoid"): QT_TRANSLATE_NOOP("practice", "δ = a − y"),
    ("cross_entropy", "softmax"): QT_TRANSLATE_NOOP("practice", "δₖ = aₖ − yₖ"),
}
_HIDDEN_DELTA_FORMULAS = {
    "sigmoid": QT_TRANSLATE_NOOP("practice", "δ = a·(1 − a)·Σₖ wₖ·δₖ"),
    "tanh": QT_TRANSLATE_NOOP("practice", "δ = (1 − a²)·Σₖ wₖ·δₖ"),
    "relu": QT_TRANSLATE_NOOP("practice", "δ = Σₖ wₖ·δₖ if z > 0, otherwise δ = 0"),
}
_DW_FORMULAS = {
    True: QT_TRANSLATE_NOOP("practice", "∂L/∂w = x·δ"),
    False: QT_TRANSLATE_NOOP("practice", "∂L/∂w = a·δ"),
}
_DB_FORMULA = QT_TRANSLATE_NOOP("practice", "∂L/∂b = δ")
_W_NEW_FORMULA = QT_TRANSLATE_NOOP("practice", "w ← w − η·∂L/∂w")
_B_NEW_FORMULA = QT_TRANSLATE_NOOP("practice", "b ← b − η·∂L/∂b")


# ---------------------------------------------------------------------------- names

_NAME = re.compile(r"([A-Za-z_]+)((?:\[\d+\])*)")


def _parse(name: str) -> tuple[str, tuple[int, ...]]:
    """"dW[2][1][0]" → ("dW", (2, 1, 0))."""
    match = _NAME.fullmatch(name)
    if match is None:
        raise KeyError(name)
    return match.group(1), tuple(int(k) for k in re.findall(r"\d+", match.group(2)))


def _input_name(layer: int, i: int) -> str:
    """What neuron j of ``layer`` reads as its input i: x[i] for the first layer."""
    return f"x[{i}]" if layer == 1 else f"a[{layer - 1}][{i}]"


# ---------------------------------------------------------------------------- the numbers


def _draw(rng: np.random.Generator, low: int, high: int, scale: int, nonzero: bool = True) -> float:
    """A number k/scale with k drawn from low…high: one decimal for scale 10, two for 100."""
    while True:
        k = int(rng.integers(low, high + 1))
        if k != 0 or not nonzero:
            return k / scale


def _draw_problem(rng: np.random.Generator, spec: Level) -> tuple[list[Layer], np.ndarray, np.ndarray]:
    inputs, *hidden, outputs = spec.sizes
    layers = []
    fan_in = inputs
    for units, activation in [(h, spec.hidden_activation) for h in hidden] + [(outputs, spec.output_activation)]:
        # Weights with two decimals, |w| from 0.10 to 0.90; biases with one decimal.
        weights = np.array([[math.copysign(_draw(rng, 10, 90, 100), _draw(rng, -1, 1, 1)) for _ in range(units)]
                            for _ in range(fan_in)])
        bias = np.array([_draw(rng, -5, 5, 10, nonzero=False) for _ in range(units)])
        layers.append(Layer(weights=weights, bias=bias, activation=activation))
        fan_in = units
    x = np.array([[_draw(rng, -10, 10, 10) for _ in range(inputs)]])  # one decimal, −1.0 … 1.0
    if spec.loss == "cross_entropy":
        y = np.eye(outputs)[[int(rng.integers(outputs))]]  # one-hot
    elif spec.loss == "binary_cross_entropy":
        y = np.array([[float(rng.integers(2)) for _ in range(outputs)]])  # a class, 0 or 1
    elif spec.output_activation == "tanh":
        y = np.array([[_draw(rng, -9, 9, 10) for _ in range(outputs)]])  # inside tanh's range
    else:
        y = np.array([[_draw(rng, 1, 9, 10) for _ in range(outputs)]])  # inside sigmoid's range
    return layers, x, y


def _worth_computing(trace: stepthrough.StepTrace, spec: Level) -> bool:
    """Problems whose numbers teach something: no neuron near a ReLU's kink (a rounded z
    could cross it), a loss that is not already small, and updates that show: every
    gradient asked for moves its weight by at least 0.002, four times the tolerance of
    an update, so writing the old weight again is never accepted."""
    hidden = trace.layers[:-1]
    if spec.hidden_activation == "relu":
        zs = np.concatenate([lt.z for lt in hidden])
        if np.min(np.abs(zs)) < 0.1 or not np.any(zs > 0):
            return False
    if np.max(np.abs(trace.outputs - trace.y)) < 0.2:
        return False
    for l, i, j in _chosen_gradients(trace):
        lt = trace.layers[l - 1]
        gradient = lt.grad_bias[j] if i is None else lt.grad_weights[i, j]
        if spec.learning_rate * abs(gradient) < 0.002:
            return False
    return True


def make_problem(seed: int, level: int) -> Problem:
    """The practice problem of ``level`` (1 … len(LEVELS)) made from ``seed``
    (0 … SEED_MAX): the same numbers for the same seed and level, on every computer."""
    if isinstance(level, bool) or not isinstance(level, (int, np.integer)) or not 1 <= level <= len(LEVELS):
        raise ValueError(f"level must be a whole number from 1 to {len(LEVELS)}, got {level!r}")
    if isinstance(seed, bool) or not isinstance(seed, (int, np.integer)) or not 0 <= seed <= SEED_MAX:
        raise ValueError(f"seed must be a whole number from 0 to {SEED_MAX}, got {seed!r}")
    spec = LEVELS[level - 1]
    rng = np.random.default_rng([int(seed), int(level)])
    while True:  # draw again until the numbers are worth computing
        layers, x, y = _draw_problem(rng, spec)
        network = Network(layers, dtype="float64")
        trace = stepthrough.trace_step(network, x[0], y[0], spec.loss)
        if _worth_computing(trace, spec):
            break
    steps = _steps(network, trace, spec)
    return Problem(int(seed), int(level), network, x, y, spec.loss, spec.learning_rate, steps)


def _steps(network: Network, trace: stepthrough.StepTrace, spec: Level) -> tuple[Step, ...]:
    """The quantities in the order the student computes them, valued by the step-through."""
    depth = len(network.layers)
    eta = spec.learning_rate
    given_phases = {"worked": set(PHASES), "last_phase": {"forward", "loss", "backward"}, "all": set()}[spec.fading]
    steps: list[Step] = []

    def add(name, value, phase, formula, operands):
        steps.append(Step(name, float(value), phase, phase in given_phases, formula, tuple(operands)))

    # Forward: z then a, neuron by neuron, layer by layer; a softmax layer's a needs
    # every z of the layer, so there all its z come first.
    for l, lt in enumerate(trace.layers, start=1):
        softmax = lt.activation == "softmax"
        for j in range(lt.units):
            operands = []
            for i in range(lt.fan_in):
                operands += [_input_name(l, i), f"W[{l}][{i}][{j}]"]
            add(f"z[{l}][{j}]", lt.z[j], "forward", _Z_FORMULAS[(l == 1, lt.fan_in)], operands + [f"b[{l}][{j}]"])
            if not softmax:
                add(f"a[{l}][{j}]", lt.a[j], "forward", _A_FORMULAS[lt.activation], [f"z[{l}][{j}]"])
        if softmax:
            for j in range(lt.units):
                add(f"a[{l}][{j}]", lt.a[j], "forward", _A_FORMULAS[lt.activation],
                    [f"z[{l}][{k}]" for k in range(lt.units)])
    out = trace.output
    add("loss", trace.loss_value, "loss", _LOSS_FORMULAS[spec.loss],
        [n for k in range(out.units) for n in (f"a[{depth}][{k}]", f"y[{k}]")])
    # Backward: the output δ, then each hidden δ (layer by layer towards the input).
    for j in range(out.units):
        add(f"delta[{depth}][{j}]", out.delta[j], "backward", _OUTPUT_DELTA_FORMULAS[(spec.loss, out.activation)],
            [f"a[{depth}][{j}]", f"y[{j}]"])
    for l in range(depth - 1, 0, -1):
        lt, above = trace.layers[l - 1], trace.layers[l]
        for j in range(lt.units):
            own = f"z[{l}][{j}]" if lt.activation == "relu" else f"a[{l}][{j}]"
            sums = [n for k in range(above.units) for n in (f"W[{l + 1}][{j}][{k}]", f"delta[{l + 1}][{k}]")]
            add(f"delta[{l}][{j}]", lt.delta[j], "backward", _HIDDEN_DELTA_FORMULAS[lt.activation], [own] + sums)
    # The gradients asked for: every one of the output layer, then the first hidden neuron's.
    chosen = _chosen_gradients(trace)
    for l, i, j in chosen:
        lt = trace.layers[l - 1]
        if i is None:
            add(f"db[{l}][{j}]", lt.grad_bias[j], "backward", _DB_FORMULA, [f"delta[{l}][{j}]"])
        else:
            add(f"dW[{l}][{i}][{j}]", lt.grad_weights[i, j], "backward", _DW_FORMULAS[l == 1],
                [_input_name(l, i), f"delta[{l}][{j}]"])
    # The update of each: w ← w − η·∂L/∂w (plain gradient descent, as the step-through's).
    for l, i, j in chosen:
        lt = trace.layers[l - 1]
        if i is None:
            add(f"b_new[{l}][{j}]", lt.bias[j] - eta * lt.grad_bias[j], "update", _B_NEW_FORMULA,
                [f"b[{l}][{j}]", "eta", f"db[{l}][{j}]"])
        else:
            add(f"W_new[{l}][{i}][{j}]", lt.weights[i, j] - eta * lt.grad_weights[i, j], "update", _W_NEW_FORMULA,
                [f"W[{l}][{i}][{j}]", "eta", f"dW[{l}][{i}][{j}]"])
    return tuple(steps)


def _chosen_gradients(trace: stepthrough.StepTrace) -> list[tuple[int, int | None, int]]:
    """(layer, input or None for the bias, neuron): the output layer's weights and biases
    neuron by neuron, then those of the first neuron of each hidden layer, going back."""
    chosen = []
    depth = len(trace.layers)
    out = trace.output
    for j in range(out.units):
        chosen += [(depth, i, j) for i in range(out.fan_in)] + [(depth, None, j)]
    for l in range(depth - 1, 0, -1):
        chosen += [(l, i, 0) for i in range(trace.layers[l - 1].fan_in)] + [(l, None, 0)]
    return chosen


# ---------------------------------------------------------------------------- checking


def _lookup(problem: Problem, earlier: Mapping[str, float] | None) -> Callable[[str], float]:
    """name → the number the student works with: an accepted earlier answer if there is
    one, else the exact value; the given numbers (x, y, W, b, η) from the problem."""
    earlier = dict(earlier or {})
    exact = {step.name: step.value for step in problem.steps}

    def value(name: str) -> float:
        if name in earlier and name in exact:
            return float(earlier[name])
        if name in exact:
            return exact[name]
        kind, index = _parse(name)
        if kind == "x":
            return float(problem.x[0, index[0]])
        if kind == "y":
            return float(problem.y[0, index[0]])
        if kind == "W":
            return float(problem.network.layers[index[0] - 1].weights[index[1], index[2]])
        if kind == "b":
            return float(problem.network.layers[index[0] - 1].bias[index[1]])
        if kind == "eta":
            return float(problem.learning_rate)
        raise KeyError(name)

    return value


def expected(problem: Problem, name: str, earlier: Mapping[str, float] | None = None) -> float:
    """The value of ``name`` that follows from the student's accepted ``earlier`` answers
    (exact values for the rest): what :func:`check` compares an answer with."""
    step = problem.step(name)
    v = _lookup(problem, earlier)
    kind, index = _parse(name)
    depth = len(problem.network.layers)
    if kind == "z":
        l, j = index
        fan_in = problem.network.layers[l - 1].fan_in
        # z = Σᵢ aᵢ·wᵢⱼ + bⱼ  (aᵢ = xᵢ in the first layer)
        return sum(v(_input_name(l, i)) * v(f"W[{l}][{i}][{j}]") for i in range(fan_in)) + v(f"b[{l}][{j}]")
    if kind == "a":
        l, j = index
        activation = problem.network.layers[l - 1].activation
        if activation == "softmax":
            zs = np.array([v(f"z[{l}][{k}]") for k in range(problem.network.layers[l - 1].units)])
            e = np.exp(zs - zs.max())  # aⱼ = e^(zⱼ) / Σₘ e^(zₘ), shifted by the maximum (same value)
            return float(e[j] / e.sum())
        z = v(f"z[{l}][{j}]")
        if activation == "sigmoid":
            return 1.0 / (1.0 + math.exp(-z)) if z >= 0 else math.exp(z) / (1.0 + math.exp(z))  # σ(z) = 1/(1 + e^−z)
        if activation == "tanh":
            return math.tanh(z)
        if activation == "relu":
            return max(0.0, z)
        raise ValueError(f"no practice formula for {activation!r}")
    if kind == "loss":
        outputs = problem.network.layers[-1].units
        a = [v(f"a[{depth}][{k}]") for k in range(outputs)]
        y = [v(f"y[{k}]") for k in range(outputs)]
        if problem.loss == "mse":
            return sum((ak - yk) ** 2 for ak, yk in zip(a, y)) / outputs  # mean over the outputs (PyTorch)
        if problem.loss == "binary_cross_entropy":
            # −[y·ln a + (1 − y)·ln(1 − a)], mean over the outputs; ln 0 is never reached
            # by a student's a strictly inside (0, 1), which sigmoid always gives
            return sum(-(yk * _ln(ak) if yk else 0.0) - ((1 - yk) * _ln(1 - ak) if yk != 1 else 0.0)
                       for ak, yk in zip(a, y)) / outputs
        return -sum(yk * _ln(ak) for ak, yk in zip(a, y) if yk != 0)  # −Σₖ yₖ·ln aₖ (one sample)
    if kind == "delta":
        l, j = index
        layer = problem.network.layers[l - 1]
        if l == depth:
            a, y = v(f"a[{l}][{j}]"), v(f"y[{j}]")
            if problem.loss == "mse":
                n = layer.units  # the mean's N: ∂L/∂a = 2·(a − y)/N
                fprime = a * (1 - a) if layer.activation == "sigmoid" else 1 - a * a  # σ' = a(1 − a), tanh' = 1 − a²
                return 2.0 * (a - y) / n * fprime
            # sigmoid + BCE (N outputs) and softmax + CE (one sample): δ = (a − y)/N, fused
            return (a - y) / (layer.units if problem.loss == "binary_cross_entropy" else 1)
        above = problem.network.layers[l]
        # Σₖ wⱼₖ·δₖ: what the next layer sends back to neuron j
        back = sum(v(f"W[{l + 1}][{j}][{k}]") * v(f"delta[{l + 1}][{k}]") for k in range(above.units))
        if layer.activation == "relu":
            return back if v(f"z[{l}][{j}]") > 0 else 0.0  # ReLU' = 1 for z > 0, else 0
        a = v(f"a[{l}][{j}]")
        return (a * (1 - a) if layer.activation == "sigmoid" else 1 - a * a) * back  # δ = f'(z)·Σₖ wₖ·δₖ
    if kind == "dW":
        l, i, j = index
        return v(_input_name(l, i)) * v(f"delta[{l}][{j}]")  # ∂L/∂wᵢⱼ = aᵢ·δⱼ
    if kind == "db":
        l, j = index
        return v(f"delta[{l}][{j}]")  # ∂L/∂bⱼ = δⱼ
    if kind == "W_new":
        l, i, j = index
        return v(f"W[{l}][{i}][{j}]") - v("eta") * v(f"dW[{l}][{i}][{j}]")  # w ← w − η·∂L/∂w
    if kind == "b_new":
        l, j = index
        return v(f"b[{l}][{j}]") - v("eta") * v(f"db[{l}][{j}]")  # b ← b − η·∂L/∂b
    raise KeyError(step.name)


def _ln(value: float) -> float:
    return math.log(value) if value > 0 else -math.inf


def allowed_difference(problem: Problem, name: str, earlier: Mapping[str, float] | None = None) -> float:
    """How far an answer to ``name`` may be from :func:`expected` (see :data:`TOLERANCE`)."""
    step = problem.step(name)
    target = expected(problem, name, earlier)
    scale = target
    if step.phase == "update":  # 1 % of the change η·∂L/∂w, not of the weight itself
        kind, index = _parse(name)
        old = f"W[{index[0]}][{index[1]}][{index[2]}]" if kind == "W_new" else f"b[{index[0]}][{index[1]}]"
        scale = target - _lookup(problem, earlier)(old)
    return TOLERANCE.allowed(step.phase, scale)


def check(problem: Problem, name: str, answer: float, earlier: Mapping[str, float] | None = None) -> bool:
    """Is ``answer`` right for ``name``, given the student's accepted ``earlier`` answers?"""
    try:
        answer = float(answer)
    except (TypeError, ValueError):
        return False
    target = expected(problem, name, earlier)
    if not (math.isfinite(answer) and math.isfinite(target)):
        return False
    return abs(answer - target) <= allowed_difference(problem, name, earlier)
