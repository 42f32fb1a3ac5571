"""The loss landscape: the batched grid equals the loss at each point, one by one."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings, strategies as st

from backprop_gui.core import landscape, losses
from backprop_gui.core.network import Network


def _network(hidden, output, activation="tanh", batch_norm=False, seed=0, inputs=2):
    config = {"hidden": [{"units": u, "activation": activation} for u in hidden], "output_activation": output,
              "init": "xavier", "batch_norm": batch_norm, "dropout": 0.0}
    return Network.from_config(config, inputs, {"softmax": 3}.get(output, 1), seed=seed)


def _data(network, loss, rows=17, seed=1):
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(rows, network.input_dim))
    if loss == "cross_entropy":
        Y = np.eye(network.output_dim)[rng.integers(0, network.output_dim, rows)]
    elif loss == "binary_cross_entropy":
        Y = rng.integers(0, 2, (rows, 1)).astype(float)
    else:
        Y = rng.normal(size=(rows, network.output_dim))
    return X, Y


def _loss_at(network, theta, X, Y, loss):
    """The loss at parameters θ, the plain way: load them, evaluate, put the old ones back."""
    saved = network.state()
    parts = landscape._split(np.asarray(theta, float), network)
    network.load_state({**saved, **parts})
    logits, outputs = network.logits_and_outputs(X)
    value = losses.value(loss, logits, outputs, Y)
    network.load_state(saved)
    return value


def _with_running_statistics(network, rng):
    """Batch norm's running statistics away from 0 and 1, as after training."""
    for layer in network.layers:
        if layer.batch_norm:
            layer.running_mean[...] = rng.normal(size=layer.units)
            layer.running_var[...] = rng.uniform(0.5, 2.0, size=layer.units)
            layer.gamma[...] = rng.uniform(0.5, 1.5, size=layer.units)
            layer.beta[...] = rng.normal(size=layer.units)


CASES = [
    ((), "sigmoid", "binary_cross_entropy", "tanh", False),
    ((4, 2), "sigmoid", "binary_cross_entropy", "tanh", False),
    ((5,), "linear", "mse", "relu", False),
    ((3, 4), "softmax", "cross_entropy", "leaky_relu", False),
    ((4, 3), "sigmoid", "binary_cross_entropy", "tanh", True),
    ((6,), "softmax", "cross_entropy", "sigmoid", True),
    ((3,), "tanh", "mse", "linear", True),
]


@pytest.mark.parametrize("hidden, output, loss, activation, batch_norm", CASES)
def test_grid_equals_the_loss_at_each_point(hidden, output, loss, activation, batch_norm):
    network = _network(hidden, output, activation, batch_norm)
    rng = np.random.default_rng(5)
    _with_running_statistics(network, rng)
    X, Y = _data(network, loss)
    theta = landscape.parameter_vector(network)
    before = network.state()
    # Directions with every parameter moving (biases and batch norm too), not only the paper's.
    a, b = rng.normal(size=theta.size), rng.normal(size=theta.size)
    alphas, betas = np.linspace(-1.0, 1.5, 5), np.linspace(-0.7, 0.9, 4)
    grid = landscape.loss_grid(network, X, Y, loss, a, b, alphas, betas, chunk=3)  # chunks of 3: 20 points in 7 passes
    assert grid.shape == (len(betas), len(alphas))
    for j, beta in enumerate(betas):
        for i, alpha in enumerate(alphas):
            expected = _loss_at(network, theta + alpha * a + beta * b, X, Y, loss)
            assert grid[j, i] == pytest.approx(expected, rel=1e-10, abs=1e-12)
    for name, value in network.state().items():
        np.testing.assert_array_equal(value, before[name])  # the network is unchanged


def test_chunking_does_not_change_the_grid():
    network = _network((4, 2), "sigmoid")
    X, Y = _data(network, "binary_cross_entropy", rows=30)
    a, b = landscape.filter_normalised_directions(network, np.random.default_rng(0))
    axis = np.linspace(-1, 1, 9)
    whole = landscape.loss_grid(network, X, Y, "binary_cross_entropy", a, b, axis, axis, chunk=10_000)
    pieces = landscape.loss_grid(network, X, Y, "binary_cross_entropy", a, b, axis, axis, chunk=7)
    np.testing.assert_allclose(pieces, whole, rtol=1e-13)
    assert landscape.chunk_points(network, 30, budget=1) == 1


@settings(max_examples=25, deadline=None)
@given(
    hidden=st.lists(st.integers(1, 5), max_size=3),
    seed=st.integers(0, 2**16),
    alpha=st.floats(-3, 3),
    beta=st.floats(-3, 3),
    loss=st.sampled_from(["mse", "binary_cross_entropy", "cross_entropy"]),
    batch_norm=st.booleans(),
)
def test_any_point_of_any_small_network(hidden, seed, alpha, beta, loss, batch_norm):
    output = {"mse": "linear", "binary_cross_entropy": "sigmoid", "cross_entropy": "softmax"}[loss]
    network = _network(hidden, output, "tanh", batch_norm and bool(hidden), seed=seed)
    rng = np.random.default_rng(seed)
    _with_running_statistics(network, rng)
    X, Y = _data(network, loss, rows=7, seed=seed)
    theta = landscape.parameter_vector(network)
    a, b = rng.normal(size=theta.size), rng.normal(size=theta.size)
    grid = landscape.loss_grid(network, X, Y, loss, a, b, [alpha], [beta])
    assert grid[0, 0] == pytest.approx(_loss_at(network, theta + alpha * a + beta * b, X, Y, loss), rel=1e-9, abs=1e-12)


def test_single_neuron_axes_are_w_and_b():
    """One input, one neuron: the parameters are w and b, and the grid is the true surface."""
    network = _network((), "sigmoid", inputs=1)
    assert landscape.parameter_names(network) == ["layer1.weights[0][0]", "layer1.bias[0]"]
    X, Y = _data(network, "binary_cross_entropy")
    a, b = landscape.parameter_direction(network, 0), landscape.parameter_direction(network, 1)
    w0, b0 = landscape.parameter_vector(network)
    grid = landscape.loss_grid(network, X, Y, "binary_cross_entropy", a, b, [0.0, 1.0], [0.0, -2.0])
    z = X[:, 0] * (w0 + 1.0) + (b0 - 2.0)
    p = 1 / (1 + np.exp(-z))
    expected = -np.mean(Y[:, 0] * np.log(p) + (1 - Y[:, 0]) * np.log(1 - p))
    assert grid[1, 1] == pytest.approx(expected, rel=1e-10)


def test_directions_are_filter_normalised():
    network = _network((5, 3), "softmax", "relu", batch_norm=True)
    network.layers[1].weights[:, 0] = 0.0  # a neuron without weights: norm 1
    a, b = landscape.filter_normalised_directions(network, np.random.default_rng(3))
    assert not np.allclose(a, b)
    for direction in (a, b):
        parts = landscape._split(direction, network)
        for number, layer in enumerate(network.layers, start=1):
            weights = np.linalg.norm(layer.weights, axis=0)
            expected = np.where(weights > 0, weights, 1.0)
            np.testing.assert_allclose(np.linalg.norm(parts[f"layer{number}.weights"], axis=0), expected, rtol=1e-12)
            for other in ("bias", "gamma", "beta"):
                if f"layer{number}.{other}" in parts:
                    assert not parts[f"layer{number}.{other}"].any()  # the paper's default: 0
    # Fixed by the seed.
    again = landscape.filter_normalised_directions(network, np.random.default_rng(3))
    np.testing.assert_array_equal(again[0], a)


def test_projection_recovers_plane_coordinates():
    rng = np.random.default_rng(0)
    origin, a, b = rng.normal(size=(3, 12))
    coordinates = rng.normal(size=(6, 2))
    off_plane = rng.normal(size=12)
    off_plane -= np.stack([a, b], 1) @ np.linalg.lstsq(np.stack([a, b], 1), off_plane, rcond=None)[0]  # orthogonal to the plane
    path = origin + coordinates[:, :1] * a + coordinates[:, 1:] * b + off_plane
    np.testing.assert_allclose(landscape.projection(path, origin, a, b), coordinates, atol=1e-10)
    # Along two parameters, the coordinates are those parameters' changes.
    network = _network((2,), "sigmoid")
    theta = landscape.parameter_vector(network)
    moved = theta.copy()
    moved[[1, 4]] += [0.5, -0.25]
    moved[0] += 9.0  # another parameter: off the plane
    pa, pb = landscape.parameter_direction(network, 1), landscape.parameter_direction(network, 4)
    np.testing.assert_allclose(landscape.projection(moved, theta, pa, pb), [[0.5, -0.25]])


def test_parameter_vector_follows_parameters_order():
    network = _network((3,), "sigmoid", batch_norm=True)
    theta = landscape.parameter_vector(network)
    np.testing.assert_array_equal(theta, np.concatenate([p.ravel() for p in network.parameters().values()]))
    assert len(landscape.parameter_names(network)) == theta.size == network.parameter_count()
