"""The engine's maths: gradients, losses, initialisation, batch norm, dropout."""

import itertools

import numpy as np
import pytest

from backprop_gui.core import activations, losses
from backprop_gui.core.gradcheck import check_gradients
from backprop_gui.core.network import Network

HIDDEN = ("sigmoid", "tanh", "relu", "leaky_relu", "linear")
# (loss, output activation) pairs the engine accepts.
LOSS_OUTPUTS = (
    ("mse", "linear"), ("mse", "sigmoid"), ("mse", "tanh"), ("mse", "relu"), ("mse", "leaky_relu"),
    ("mse", "softmax"), ("binary_cross_entropy", "sigmoid"), ("cross_entropy", "softmax"),
)


def make_targets(loss, rng, n, k):
    if loss == "mse":
        return rng.normal(size=(n, k))
    if loss == "cross_entropy":
        return np.eye(k)[rng.integers(0, k, n)]
    return rng.integers(0, 2, (n, k)).astype(float)


def assert_gradients_match(results):
    for r in results:
        if np.linalg.norm(r.numeric) < 1e-7:
            # An exactly-zero gradient (a bias followed by batch norm): compare absolutely.
            assert r.absolute_error < 1e-8, (r.name, r.absolute_error)
        else:
            assert r.relative_error < 1e-6, (r.name, r.relative_error)


@pytest.mark.parametrize("hidden,loss_output,batch_norm", list(itertools.product(HIDDEN, LOSS_OUTPUTS, (False, True))))
def test_gradients_match_finite_differences(hidden, loss_output, batch_norm):
    loss, output = loss_output
    rng = np.random.default_rng(7)
    net = Network.from_config(
        {"hidden": [{"units": 5, "activation": hidden}, {"units": 4, "activation": hidden}],
         "output_activation": output, "batch_norm": batch_norm}, 3, 3, seed=3)
    X = rng.normal(size=(6, 3))
    assert_gradients_match(check_gradients(net, X, make_targets(loss, rng, 6, 3), loss))


@pytest.mark.parametrize("regularization,batch_norm", list(itertools.product(("l1", "l2"), (False, True))))
def test_gradients_with_regularization(regularization, batch_norm):
    rng = np.random.default_rng(1)
    net = Network.from_config({"hidden": [{"units": 6, "activation": "tanh"}], "output_activation": "sigmoid",
                               "batch_norm": batch_norm}, 2, 1, seed=0)
    X, Y = rng.normal(size=(8, 2)), rng.integers(0, 2, (8, 1)).astype(float)
    results = check_gradients(net, X, Y, "binary_cross_entropy", regularization, 0.05)
    assert_gradients_match(results)
    # and the penalty really is part of the loss and gradient
    plain, grads_plain = net.loss_and_gradients(X, Y, "binary_cross_entropy")
    total, grads_total = net.loss_and_gradients(X, Y, "binary_cross_entropy", regularization, 0.05)
    assert total > plain
    W = net.parameters()["layer1.weights"]
    expected = 0.05 * (W if regularization == "l2" else np.sign(W))
    np.testing.assert_allclose(grads_total["layer1.weights"] - grads_plain["layer1.weights"], expected, atol=1e-12)
    np.testing.assert_array_equal(grads_total["layer1.bias"], grads_plain["layer1.bias"])


def test_gradient_check_notices_a_wrong_gradient(monkeypatch):
    """The helper must be able to fail: break tanh's derivative and it must see it."""
    broken = dict(activations.FUNCTIONS)
    broken["tanh"] = (np.tanh, lambda z, a, g: g * (1.0 - a))
    monkeypatch.setattr(activations, "FUNCTIONS", broken)
    net = Network.from_config({"hidden": [{"units": 4, "activation": "tanh"}], "output_activation": "linear"}, 2, 1)
    rng = np.random.default_rng(0)
    results = check_gradients(net, rng.normal(size=(5, 2)), rng.normal(size=(5, 1)), "mse")
    assert max(r.relative_error for r in results) > 1e-2


def test_losses_follow_pytorch_conventions():
    rng = np.random.default_rng(0)
    z = rng.normal(size=(4, 3))
    y = rng.normal(size=(4, 3))
    # mse: mean over all elements
    assert losses.value("mse", z, z, y) == pytest.approx(np.sum((z - y) ** 2) / 12)
    # bce: mean over all elements of −[y log p + (1−y) log(1−p)]
    t = rng.integers(0, 2, (4, 3)).astype(float)
    p = 1 / (1 + np.exp(-z))
    expected_bce = -np.mean(t * np.log(p) + (1 - t) * np.log(1 - p))
    assert losses.value("binary_cross_entropy", z, p, t) == pytest.approx(expected_bce, rel=1e-12)
    # cross entropy: mean over samples of −Σ y log softmax(z)
    onehot = np.eye(3)[[0, 2, 1, 1]]
    sm = np.exp(z) / np.exp(z).sum(axis=1, keepdims=True)
    expected_ce = -np.sum(onehot * np.log(sm)) / 4
    assert losses.value("cross_entropy", z, sm, onehot) == pytest.approx(expected_ce, rel=1e-12)


def test_cross_entropies_are_stable_for_huge_logits():
    z = np.array([[1000.0], [-1000.0]])
    y = np.array([[0.0], [1.0]])
    p = activations.sigmoid(z)
    # each sample is wrong by a logit of 1000, so the loss is exactly 1000
    assert losses.value("binary_cross_entropy", z, p, y) == pytest.approx(1000.0)
    assert np.isfinite(losses.gradient("binary_cross_entropy", p, y)).all()
    z3 = np.array([[1000.0, 0.0, -1000.0]])
    y3 = np.array([[0.0, 0.0, 1.0]])
    assert losses.value("cross_entropy", z3, activations.softmax(z3), y3) == pytest.approx(2000.0)
    assert np.isfinite(activations.softmax(z3)).all()


def test_initialisation_is_seeded_and_matches_its_rule():
    config = {"hidden": [{"units": 50, "activation": "relu"}], "output_activation": "sigmoid"}
    a = Network.from_config({**config, "init": "xavier"}, 40, 1, seed=5)
    b = Network.from_config({**config, "init": "xavier"}, 40, 1, seed=5)
    c = Network.from_config({**config, "init": "xavier"}, 40, 1, seed=6)
    for name, value in a.parameters().items():
        np.testing.assert_array_equal(value, b.parameters()[name])
    assert not np.array_equal(a.parameters()["layer1.weights"], c.parameters()["layer1.weights"])
    W = a.parameters()["layer1.weights"]
    assert np.abs(W).max() <= np.sqrt(6 / 90) and np.abs(W).max() > 0.9 * np.sqrt(6 / 90)
    he = Network.from_config({**config, "init": "he"}, 40, 1).parameters()["layer1.weights"]
    assert np.abs(he).max() <= np.sqrt(6 / 40) and np.abs(he).max() > 0.9 * np.sqrt(6 / 40)
    uniform = Network.from_config({**config, "init": "uniform"}, 40, 1).parameters()["layer1.weights"]
    assert np.abs(uniform).max() <= 0.5 and np.abs(uniform).max() > 0.45
    zeros = Network.from_config({**config, "init": "zeros"}, 40, 1)
    assert all(not p.any() for p in zeros.parameters().values())


def test_float32_starts_from_the_same_weights_and_stays_float32():
    config = {"hidden": [{"units": 8, "activation": "tanh"}], "output_activation": "softmax"}
    n64 = Network.from_config(config, 3, 4, seed=2)
    n32 = Network.from_config(config, 3, 4, seed=2, dtype="float32")
    for name, p in n32.parameters().items():
        assert p.dtype == np.float32
        np.testing.assert_allclose(p, n64.parameters()[name], rtol=1e-6)
    rng = np.random.default_rng(0)
    X = rng.normal(size=(5, 3))
    _, grads = n32.loss_and_gradients(X, np.eye(4)[[0, 1, 2, 3, 0]], "cross_entropy")
    assert all(g.dtype == np.float32 for g in grads.values())
    assert n32.predict(X).dtype == np.float32


def test_parameters_are_named_in_forward_order_and_live():
    net = Network.from_config({"hidden": [{"units": 3, "activation": "relu"}] * 2, "output_activation": "linear",
                               "batch_norm": True}, 2, 1)
    assert list(net.parameters()) == [
        "layer1.weights", "layer1.bias", "layer1.gamma", "layer1.beta",
        "layer2.weights", "layer2.bias", "layer2.gamma", "layer2.beta",
        "layer3.weights", "layer3.bias",
    ]
    assert net.parameters()["layer1.weights"].shape == (2, 3)
    net.parameters()["layer3.bias"][0] = 5.0
    assert net.predict(np.zeros((1, 2)))[0, 0] != 0.0  # the mapping gives the live arrays


def test_batch_norm_uses_batch_statistics_in_training_and_running_ones_in_evaluation():
    net = Network.from_config({"hidden": [{"units": 4, "activation": "linear"}], "output_activation": "linear",
                               "batch_norm": True}, 3, 1, seed=0)
    rng = np.random.default_rng(0)
    X = rng.normal(loc=2.0, size=(16, 3))
    layer = net.layers[0]
    net.forward(X, training=True)
    z = X @ layer.weights + layer.bias
    # training mode: normalised with the biased batch variance and eps 1e-5
    expected = (z - z.mean(0)) / np.sqrt(z.var(0) + 1e-5)
    np.testing.assert_allclose(layer.z, expected, atol=1e-12)
    # running statistics moved by momentum 0.1, the variance kept unbiased (PyTorch)
    np.testing.assert_allclose(layer.running_mean, 0.1 * z.mean(0), atol=1e-12)
    np.testing.assert_allclose(layer.running_var, 0.9 + 0.1 * z.var(0, ddof=1), atol=1e-12)
    # evaluation mode uses them
    out = net.predict(X[:2])
    z2 = X[:2] @ layer.weights + layer.bias
    hidden = (z2 - layer.running_mean) / np.sqrt(layer.running_var + 1e-5)
    np.testing.assert_allclose(out, hidden @ net.layers[1].weights + net.layers[1].bias, atol=1e-12)


def test_the_one_evaluation_pass_reports_every_layer_as_computed_by_hand():
    """evaluate_layers gives per layer (a_prev, a_prev·W + b, z after batch norm, f(z)),
    with running statistics and no dropout; predict, logits_and_outputs and
    forward(training=False) are its last layer, which last_only gives alone."""
    net = Network.from_config({"hidden": [{"units": 6, "activation": "tanh"}, {"units": 4, "activation": "relu"}],
                               "output_activation": "softmax", "batch_norm": True, "dropout": 0.5}, 3, 3, seed=2)
    rng = np.random.default_rng(3)
    for _ in range(3):  # running statistics away from 0 and 1
        net.forward(rng.normal(loc=1.0, size=(8, 3)), training=True)
    X = rng.normal(size=(5, 3))
    passes = net.evaluate_layers(X)
    assert len(passes) == len(net.layers)
    a = X
    for layer, step in zip(net.layers, passes):
        np.testing.assert_array_equal(step.inputs, a)
        z_linear = a @ layer.weights + layer.bias
        np.testing.assert_allclose(step.z_linear, z_linear, rtol=1e-12)
        if layer.batch_norm:
            z = layer.gamma * (z_linear - layer.running_mean) / np.sqrt(layer.running_var + 1e-5) + layer.beta
        else:
            z = z_linear
        np.testing.assert_allclose(step.z, z, rtol=1e-12, atol=1e-15)
        a = activations.FUNCTIONS[layer.activation][0](z)
        np.testing.assert_allclose(step.a, a, rtol=1e-12, atol=1e-15)
    assert not np.array_equal(passes[0].z, passes[0].z_linear)  # batch norm did something
    logits, outputs = net.logits_and_outputs(X)
    np.testing.assert_array_equal(logits, passes[-1].z)
    np.testing.assert_array_equal(outputs, passes[-1].a)
    np.testing.assert_array_equal(net.predict(X), passes[-1].a)
    np.testing.assert_array_equal(net.forward(X, training=False), passes[-1].a)
    (last,) = net.evaluate_layers(X, last_only=True)
    for got, expected in zip(last, passes[-1]):
        np.testing.assert_array_equal(got, expected)
    assert net.evaluate_layers(X.astype(np.float32))[0].inputs.dtype == np.float64  # the network's dtype


def test_inverted_dropout_keeps_the_expected_activation_and_is_off_in_evaluation():
    net = Network.from_config({"hidden": [{"units": 2000, "activation": "sigmoid"}], "output_activation": "linear",
                               "dropout": 0.5, "init": "zeros"}, 1, 1, seed=0)
    net.forward(np.zeros((4, 1)), training=True)
    layer = net.layers[0]
    kept = layer.mask > 0
    assert 0.45 < kept.mean() < 0.55
    np.testing.assert_allclose(layer.mask[kept], 2.0)  # kept units are scaled by 1/(1−p)
    # E[a·mask] = a: the mean activation is preserved
    assert abs((layer.outputs * layer.mask).mean() - 0.5) < 0.02
    # evaluation: deterministic, no dropout
    np.testing.assert_array_equal(net.predict(np.ones((3, 1))), net.predict(np.ones((3, 1))))


def test_loss_and_gradients_is_deterministic_without_dropout():
    net = Network.from_config({"hidden": [{"units": 5, "activation": "relu"}], "output_activation": "softmax",
                               "batch_norm": True}, 2, 3, seed=1)
    rng = np.random.default_rng(0)
    X, Y = rng.normal(size=(7, 2)), np.eye(3)[rng.integers(0, 3, 7)]
    first = net.loss_and_gradients(X, Y, "cross_entropy")
    second = net.loss_and_gradients(X, Y, "cross_entropy")
    assert first[0] == second[0]
    assert list(first[1]) == list(net.parameters())
    for name in first[1]:
        np.testing.assert_array_equal(first[1][name], second[1][name])


def test_wide_and_deep_networks_build_and_train():
    net = Network.from_config({"hidden": [{"units": 1024, "activation": "relu"}] * 3 + [{"units": 3, "activation": "tanh"}] * 10,
                               "output_activation": "softmax", "init": "he"}, 784, 10)
    assert len(net.layers) == 14
    rng = np.random.default_rng(0)
    loss, grads = net.loss_and_gradients(rng.normal(size=(4, 784)), np.eye(10)[[1, 2, 3, 4]], "cross_entropy")
    assert np.isfinite(loss) and grads["layer1.weights"].shape == (784, 1024)
