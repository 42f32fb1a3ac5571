"""The loss over a plane through weight space, and a path of weights projected on it.

A network's parameters, taken in :meth:`Network.parameters` order and flattened one
after another, are one vector θ. Two more vectors of the same length, the directions a
and b, span a plane through θ: the point (α, β) of the plane is the network with
parameters θ + α·a + β·b. :func:`loss_grid` gives the data loss (in evaluation mode:
batch norm's running statistics, no dropout) at every point of a grid of (α, β).

It computes every grid point's forward pass at once, as array computations over a stack
of G weight matrices (one per point): a layer's z for all points is one batched matrix
product (G, N, fan_in)·(G, fan_in, fan_out). The first layer's is cheaper still: there
z = X·(W + α·A + β·B) = X·W + α·X·A + β·X·B, three products of the shared inputs. The
points are taken in chunks of about a cache's size (:data:`CHUNK_BYTES`).

The directions are those of Li et al. 2018, "Visualizing the Loss Landscape of Neural
Nets" (filter normalisation, :func:`filter_normalised_directions`), or, for the smallest
networks, two of the parameters themselves (:func:`parameter_direction`): then the
picture is the true loss surface over those two numbers with every other held still,
and for a single neuron with one input it is the whole surface over (w, b).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from .memory import available_bytes
from .network import BN_EPSILON, Network

CHUNK_BYTES = 1024 * 1024
"""The most a chunk of grid points may hold in activations and weights at once. About a
core's cache: the arrays of a chunk stay in it from one layer to the next, and the
products stay small enough for BLAS to compute on one core. Measured on TF Playground's
2-4-2-1 network (benchmarks/bench_landscape.py, a busy 2-core machine): 41 × 41 points
in chunks of 32 took 30 ms, in one pass 100 ms."""


# ---------------------------------------------------------------------- flat vectors
def parameter_vector(network: Network) -> np.ndarray:
    """θ: every parameter, flattened one after another in :meth:`Network.parameters` order (a copy)."""
    return np.concatenate([p.ravel() for p in network.parameters().values()])


def parameter_names(network: Network) -> list[str]:
    """One name per entry of :func:`parameter_vector`: ``layer1.weights[0][1]``, ``layer2.bias[0]``…"""
    names = []
    for name, array in network.parameters().items():
        for index in np.ndindex(array.shape):
            names.append(name + "".join(f"[{i}]" for i in index))
    return names


def _split(vector: np.ndarray, network: Network) -> dict[str, np.ndarray]:
    """A flat vector cut into arrays shaped as the network's parameters (views)."""
    out, offset = {}, 0
    for name, array in network.parameters().items():
        out[name] = vector[offset : offset + array.size].reshape(array.shape)
        offset += array.size
    return out


def parameter_direction(network: Network, index: int) -> np.ndarray:
    """The unit vector along parameter number ``index`` of :func:`parameter_vector`."""
    direction = np.zeros(network.parameter_count(), dtype=network.dtype)
    direction[index] = 1.0
    return direction


# ---------------------------------------------------------------------- directions
def filter_normalised_directions(network: Network, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Two random directions, filter-normalised as in Li et al. 2018.

    Each is drawn from a standard Gaussian; then, per neuron (a dense layer's "filter":
    the column W[:, j] of weights into neuron j), it is rescaled to the norm of that
    neuron's weights: d[:, j] ← d[:, j] · ‖W[:, j]‖ / ‖d[:, j]‖. So a step of 1 along it
    changes every neuron by as much as it weighs, whatever the scale of its layer
    (a ReLU network's loss does not change when a layer is scaled up and the next down).
    A neuron whose weights are all zero (the zeros initialisation) has no scale: its
    direction is given norm 1. Biases and batch norm's γ and β get 0 in both
    directions, the paper's default: the picture moves the weights only.
    """
    directions = []
    for _ in range(2):
        vector = np.zeros(network.parameter_count(), dtype=network.dtype)
        parts = _split(vector, network)
        for layer, name in zip(network.layers, (f"layer{n}.weights" for n in range(1, len(network.layers) + 1))):
            random = rng.standard_normal(layer.weights.shape)
            weight_norms = np.linalg.norm(layer.weights, axis=0)  # ‖W[:, j]‖ per neuron j
            weight_norms = np.where(weight_norms > 0, weight_norms, 1.0)
            random_norms = np.linalg.norm(random, axis=0)
            parts[name][...] = random * (weight_norms / np.where(random_norms > 0, random_norms, 1.0))
        directions.append(vector)
    return directions[0], directions[1]


def projection(path: np.ndarray, origin: np.ndarray, direction_a: np.ndarray, direction_b: np.ndarray) -> np.ndarray:
    """(n, 2) coordinates (α, β) of each parameter vector of ``path`` (n, P) in the plane:
    the least-squares solution of origin + α·a + β·b ≈ θ, that is the orthogonal
    projection of θ − origin onto the span of a and b (which need not be orthogonal)."""
    path = np.atleast_2d(np.asarray(path, dtype=float))
    basis = np.stack([direction_a, direction_b], axis=1).astype(float)  # (P, 2)
    coordinates, *_ = np.linalg.lstsq(basis, (path - origin).T, rcond=None)
    return coordinates.T


# ---------------------------------------------------------------------- the grid
def bytes_per_point(network: Network, rows: int) -> int:
    """What one grid point costs in a chunk: its weights, and per layer its rows'
    activations with the temporaries alive at once (a_prev, z, z', f(z))."""
    widest = max(max(layer.fan_in, layer.units) for layer in network.layers)
    return network.dtype.itemsize * (network.parameter_count() + 4 * rows * widest)


def chunk_points(network: Network, rows: int, budget: int | None = None) -> int:
    """How many grid points one batched pass takes: within ``budget`` bytes (by default
    the smaller of :data:`CHUNK_BYTES` and a quarter of the free memory)."""
    if budget is None:
        budget = min(CHUNK_BYTES, available_bytes() // 4)
    return max(1, int(budget // bytes_per_point(network, rows)))


def loss_grid(
    network: Network,
    X: np.ndarray,
    Y: np.ndarray,
    loss: str,
    direction_a: np.ndarray,
    direction_b: np.ndarray,
    alphas: Sequence[float],
    betas: Sequence[float],
    *,
    chunk: int | None = None,
) -> np.ndarray:
    """The data loss over the plane: an array of shape (len(betas), len(alphas)) whose
    [j, i] entry is the loss, in evaluation mode, at θ + alphas[i]·a + betas[j]·b.

    θ and the directions are flat vectors in :meth:`Network.parameters` order. The
    network is only read: its parameters are the same afterwards (and another thread
    may read it meanwhile). ``chunk`` bounds the grid points of one batched pass
    (:func:`chunk_points` by default).
    """
    alphas = np.asarray(alphas, dtype=network.dtype).ravel()
    betas = np.asarray(betas, dtype=network.dtype).ravel()
    X = np.asarray(X, dtype=network.dtype)
    Y = np.asarray(Y, dtype=network.dtype)
    a_parts = _split(np.asarray(direction_a, dtype=network.dtype), network)
    b_parts = _split(np.asarray(direction_b, dtype=network.dtype), network)
    # Every grid point, row by row of betas: point k is (alphas[k % n], betas[k // n]).
    grid_a = np.tile(alphas, len(betas))
    grid_b = np.repeat(betas, len(alphas))
    step = chunk or chunk_points(network, len(X))
    values = np.empty(len(grid_a), dtype=float)
    params = network.parameters()
    # Each parameter p at point g is p + α_g·A + β_g·B = [1, α_g, β_g]·[p; A; B]: for all
    # the points of a chunk, one matrix product (G, 3)·(3, p.size). The first layer's
    # pre-activation is linear in its parameters too, z = X·W + b, so it is the same
    # product of [X·W + b; X·A + b_A; X·B + b_B], made once for all points.
    stacks = {name: np.stack([params[name].ravel(), a_parts[name].ravel(), b_parts[name].ravel()]) for name in params}
    first_z = np.stack([
        X @ params["layer1.weights"] + params["layer1.bias"],
        X @ a_parts["layer1.weights"] + a_parts["layer1.bias"],
        X @ b_parts["layer1.weights"] + b_parts["layer1.bias"],
    ]).reshape(3, -1)
    with np.errstate(all="ignore"):  # a far point may overflow: its loss is inf or nan, not a warning
        for begin in range(0, len(grid_a), step):
            alpha, beta = grid_a[begin : begin + step], grid_b[begin : begin + step]
            coefficients = np.stack([np.ones_like(alpha), alpha, beta], axis=1)  # (G, 3)
            values[begin : begin + step] = _losses(network, coefficients, stacks, first_z, len(X), Y, loss)
    return values.reshape(len(betas), len(alphas))


def _losses(network, coefficients, stacks, first_z, rows, Y, loss) -> np.ndarray:
    """The loss at each of the G points whose [1, α, β] are the rows of ``coefficients``:
    one batched forward pass."""
    points = len(coefficients)

    def at_points(name):  # the parameter ``name`` at every point: (G, *shape)
        return (coefficients @ stacks[name]).reshape(points, *network.parameters()[name].shape)

    z = (coefficients @ first_z).reshape(points, rows, -1)  # (G, N, units): X·W_g + b_g
    for number, layer in enumerate(network.layers, start=1):
        if number > 1:
            z = np.matmul(a, at_points(f"layer{number}.weights"))  # (G, N, units): one product per point, batched
            z += at_points(f"layer{number}.bias")[:, None, :]
        if layer.batch_norm:  # evaluation mode: the running statistics; γ and β per point
            x_hat = (z - layer.running_mean) / np.sqrt(layer.running_var + BN_EPSILON)
            z = at_points(f"layer{number}.gamma")[:, None, :] * x_hat + at_points(f"layer{number}.beta")[:, None, :]
        # f acts on each row (softmax along its last axis): apply it to the rows of all points.
        a = layer.activate(z.reshape(-1, z.shape[-1])).reshape(z.shape)
    return _batched_value(loss, z, a, Y)


def _batched_value(loss: str, logits: np.ndarray, outputs: np.ndarray, targets: np.ndarray) -> np.ndarray:
    """:func:`losses.value` for each point g of (G, N, K) logits and outputs: a (G,) array."""
    if loss == "mse":
        diff = outputs - targets
        return (diff * diff).mean(axis=(1, 2))
    if loss == "binary_cross_entropy":
        # −[y log σ(z) + (1−y) log(1−σ(z))] = max(z,0) − z·y + log(1 + e^−|z|)
        z = logits
        return (np.maximum(z, 0.0) - z * targets + np.log1p(np.exp(-np.abs(z)))).mean(axis=(1, 2))
    if loss == "cross_entropy":
        # log softmax(z) = z − max − log Σ e^(z − max)
        shifted = logits - logits.max(axis=2, keepdims=True)
        log_probs = shifted - np.log(np.exp(shifted).sum(axis=2, keepdims=True))
        return -(targets * log_probs).sum(axis=(1, 2)) / logits.shape[1]
    raise ValueError(f"unknown loss {loss!r}")

