"""One training step on one sample: every number the step-through shows is the engine's."""

from pathlib import Path

import numpy as np
import pytest

from backprop_gui.core import losses, stepthrough
from backprop_gui.schema import experiment
from backprop_gui.build import build_run
from backprop_gui.core.network import BN_EPSILON, Network
from backprop_gui.core.stepthrough import (
    apply_update, delta_terms, finite_difference, forward_terms, recombine_delta, sample, sample_loss,
    trace_step, weight_gradient_terms,
)

EXPERIMENTS = Path(__file__).resolve().parents[1] / "resources" / "experiments"

# (hidden activations, output activation, loss, outputs, batch norm)
ARCHITECTURES = [
    (("tanh", "tanh"), "sigmoid", "binary_cross_entropy", 1, False),
    (("relu",), "sigmoid", "binary_cross_entropy", 3, False),
    (("sigmoid", "tanh"), "softmax", "cross_entropy", 4, False),
    (("tanh",), "linear", "mse", 2, False),
    (("leaky_relu", "sigmoid"), "tanh", "mse", 1, False),
    (("relu", "linear"), "softmax", "mse", 3, False),
    ((), "sigmoid", "binary_cross_entropy", 1, False),
    (("tanh", "relu"), "sigmoid", "binary_cross_entropy", 1, True),
    (("sigmoid",), "softmax", "cross_entropy", 3, True),
    (("tanh", "tanh"), "linear", "mse", 2, True),
]
IDS = [f"{'-'.join(h) or 'none'}_{o}_{loss}_{n}{'_bn' if bn else ''}" for h, o, loss, n, bn in ARCHITECTURES]


def make_case(hidden, output, loss, outputs, batch_norm, inputs=3, seed=1):
    rng = np.random.default_rng(seed)
    config = {
        "hidden": [{"units": 4 + k, "activation": act} for k, act in enumerate(hidden)],
        "output_activation": output, "init": "xavier", "batch_norm": batch_norm,
    }
    network = Network.from_config(config, inputs, outputs, seed=seed)
    for layer in network.layers:  # non-zero biases so every term matters
        layer.bias[...] = rng.normal(0.0, 0.3, layer.bias.shape)
        if layer.batch_norm:
            layer.gamma[...] = rng.uniform(0.5, 1.5, layer.units)
            layer.beta[...] = rng.normal(0.0, 0.3, layer.units)
            layer.running_mean[...] = rng.normal(0.0, 0.5, layer.units)
            layer.running_var[...] = rng.uniform(0.3, 2.0, layer.units)
    x = rng.normal(0.0, 1.5, inputs)
    if loss == "mse":
        y = rng.normal(0.0, 1.0, outputs)
    elif loss == "cross_entropy":
        y = np.eye(outputs)[rng.integers(outputs)]
    else:
        y = rng.integers(0, 2, outputs).astype(float)
    return network, x, y


def eval_layers(network, x):
    """(z, a) per layer in evaluation mode, by the engine's formulas."""
    out, a = [], x[None, :]
    for layer in network.layers:
        z = a @ layer.weights + layer.bias
        if layer.batch_norm:
            z = layer.gamma * (z - layer.running_mean) / np.sqrt(layer.running_var + BN_EPSILON) + layer.beta
        a = layer.activate(z)
        out.append((z[0], a[0]))
    return out


@pytest.fixture(params=ARCHITECTURES, ids=IDS)
def case(request):
    network, x, y = make_case(*request.param)
    return network, x, y, request.param[2]


PLAIN = [a for a in ARCHITECTURES if not a[4]]
WITH_BATCH_NORM = [a for a in ARCHITECTURES if a[4]]


@pytest.fixture(params=PLAIN, ids=[i for i, a in zip(IDS, ARCHITECTURES) if not a[4]])
def plain_case(request):
    network, x, y = make_case(*request.param)
    return network, x, y, request.param[2]


@pytest.fixture(params=WITH_BATCH_NORM, ids=[i for i, a in zip(IDS, ARCHITECTURES) if a[4]])
def batch_norm_case(request):
    network, x, y = make_case(*request.param)
    return network, x, y, request.param[2]


def test_forward_numbers_are_the_engines(case):
    network, x, y, loss = case
    before = network.state()
    trace = trace_step(network, x, y, loss)
    for name, value in network.state().items():
        np.testing.assert_array_equal(value, before[name])  # the network is untouched
    has_bn = any(layer.batch_norm for layer in network.layers)
    assert trace.uses_running_statistics == has_bn
    if not has_bn:
        copy = Network.from_config(_config(network), network.input_dim, network.output_dim)
        copy.load_state(network.state())
        copy.forward(x[None], training=True)
        for lt, layer in zip(trace.layers, copy.layers):
            np.testing.assert_array_equal(lt.inputs, layer.inputs[0])
            np.testing.assert_array_equal(lt.z, layer.z[0])
            np.testing.assert_array_equal(lt.a, layer.outputs[0])
    for lt, (z, a) in zip(trace.layers, eval_layers(network, x)):
        np.testing.assert_allclose(lt.z, z, rtol=1e-12, atol=1e-14)
        np.testing.assert_allclose(lt.a, a, rtol=1e-12, atol=1e-14)
    logits, outputs = network.logits_and_outputs(x[None])
    np.testing.assert_array_equal(trace.outputs, outputs[0])
    np.testing.assert_array_equal(trace.logits, logits[0])
    assert trace.loss_value == losses.value(loss, logits, outputs, y[None])
    for index, lt in enumerate(trace.layers):
        np.testing.assert_array_equal(lt.a, network.layers[index].activate(lt.z[None])[0])
        if lt.activation != "softmax":
            f = network.layers[index].activate
            slope = (f(lt.z[None] + 1e-6) - f(lt.z[None] - 1e-6))[0] / 2e-6
            np.testing.assert_allclose(lt.fprime, slope, rtol=1e-6, atol=1e-9)


def test_forward_terms_recombine_to_z(case):
    network, x, y, loss = case
    trace = trace_step(network, x, y, loss)
    for index, lt in enumerate(trace.layers):
        for unit in range(lt.units):
            terms = forward_terms(trace, index, unit)
            assert len(terms.terms) == lt.fan_in
            total = sum(w * a for w, a in terms.terms) + terms.bias
            assert total == pytest.approx(terms.weighted_sum, rel=1e-12, abs=1e-14)
            if terms.batch_norm is None:
                assert terms.z == terms.weighted_sum
            else:
                mean, var, gamma, beta, x_hat = terms.batch_norm
                assert x_hat == pytest.approx((terms.weighted_sum - mean) / np.sqrt(var + BN_EPSILON), rel=1e-12)
                assert terms.z == pytest.approx(gamma * x_hat + beta, rel=1e-12, abs=1e-14)
            assert terms.a == lt.a[unit]


def test_gradients_are_the_engines_for_networks_without_batch_norm(plain_case):
    # (batch norm with one sample is degenerate in training mode: see the next tests)
    network, x, y, loss = plain_case
    trace = trace_step(network, x, y, loss)
    copy = Network.from_config(_config(network), network.input_dim, network.output_dim)
    copy.load_state(network.state())
    value, grads = copy.loss_and_gradients(x[None], y[None], loss)
    assert trace.loss_value == value
    for number, lt in enumerate(trace.layers, start=1):
        np.testing.assert_array_equal(lt.grad_weights, grads[f"layer{number}.weights"])
        np.testing.assert_array_equal(lt.delta, grads[f"layer{number}.bias"])
        np.testing.assert_array_equal(lt.grad_bias, grads[f"layer{number}.bias"])
        for i in range(lt.fan_in):
            for j in range(lt.units):
                a, delta, product = weight_gradient_terms(trace, number - 1, i, j)
                assert a == lt.inputs[i] and delta == lt.delta[j]
                assert product == grads[f"layer{number}.weights"][i, j]
                assert a * delta == pytest.approx(product, rel=1e-15, abs=0.0)


def test_delta_terms_recombine_to_delta(case):
    network, x, y, loss = case
    trace = trace_step(network, x, y, loss)
    last = len(trace.layers) - 1
    for index, lt in enumerate(trace.layers):
        for unit in range(lt.units):
            terms = delta_terms(trace, index, unit)
            assert terms.delta == lt.delta[unit]
            assert terms.delta_linear == lt.delta_linear[unit]
            assert recombine_delta(terms) == pytest.approx(terms.delta, rel=1e-10, abs=1e-15)
            if index < last:
                assert terms.kind == "hidden"
                assert len(terms.terms) == trace.layers[index + 1].units
                if lt.batch_norm:
                    assert terms.delta_linear == pytest.approx(terms.delta * terms.bn_scale, rel=1e-15)
            elif loss == "mse":
                assert terms.kind == ("mse_softmax" if lt.activation == "softmax" else "mse")
                assert terms.mean_count == lt.units
            else:
                assert terms.kind == "fused"
                assert terms.mean_count == (1 if loss == "cross_entropy" else lt.units)


def test_finite_differences_match_the_gradients(case):
    network, x, y, loss = case
    before = network.state()
    trace = trace_step(network, x, y, loss)
    for index, lt in enumerate(trace.layers):
        for i in range(lt.fan_in):
            for j in range(lt.units):
                numeric = finite_difference(network, x, y, loss, index, i, j)
                analytic = lt.grad_weights[i, j]
                assert abs(numeric - analytic) <= 1e-6 * abs(analytic) + 1e-10, (index, i, j)
        for j in range(lt.units):
            numeric = finite_difference(network, x, y, loss, index, None, j, parameter="bias")
            assert abs(numeric - lt.grad_bias[j]) <= 1e-6 * abs(lt.grad_bias[j]) + 1e-10
    for name, value in network.state().items():
        np.testing.assert_array_equal(value, before[name])


def test_batch_norm_gradients_of_gamma_and_beta(batch_norm_case):
    network, x, y, loss = batch_norm_case
    trace = trace_step(network, x, y, loss)
    for index, (layer, lt) in enumerate(zip(network.layers, trace.layers)):
        if not layer.batch_norm:
            continue
        for name, grad in (("gamma", lt.grad_gamma), ("beta", lt.grad_beta)):
            array = getattr(layer, name)
            for j in range(layer.units):
                original = array[j]
                array[j] = original + 1e-5
                plus = sample_loss(network, x, y, loss)
                array[j] = original - 1e-5
                minus = sample_loss(network, x, y, loss)
                array[j] = original
                assert (plus - minus) / 2e-5 == pytest.approx(grad[j], rel=1e-6, abs=1e-10)


def test_apply_update_moves_every_parameter_by_minus_eta_times_its_gradient(case):
    network, x, y, loss = case
    trace = trace_step(network, x, y, loss)
    before = network.state()
    eta = 0.05
    new_loss = apply_update(network, trace, eta)
    for number, lt in enumerate(trace.layers, start=1):
        np.testing.assert_array_equal(network.layers[number - 1].weights, before[f"layer{number}.weights"] - eta * lt.grad_weights)
        np.testing.assert_array_equal(network.layers[number - 1].bias, before[f"layer{number}.bias"] - eta * lt.grad_bias)
        if lt.batch_norm:
            np.testing.assert_array_equal(network.layers[number - 1].gamma, before[f"layer{number}.gamma"] - eta * lt.grad_gamma)
            np.testing.assert_array_equal(network.layers[number - 1].running_mean, before[f"layer{number}.running_mean"])
    logits, outputs = network.logits_and_outputs(x[None])
    assert new_loss == losses.value(loss, logits, outputs, y[None])
    assert new_loss == trace_step(network, x, y, loss).loss_value
    # A small enough step lowers the loss of this sample.
    network.load_state(before)
    assert apply_update(network, trace, 1e-3) < trace.loss_value or trace.loss_value < 1e-12


def test_output_delta_formulas_match_pytorch_conventions():
    network, x, y = make_case(("tanh",), "sigmoid", "binary_cross_entropy", 3, False)
    trace = trace_step(network, x, y, "binary_cross_entropy")
    np.testing.assert_allclose(trace.output.delta, (trace.outputs - y) / 3, rtol=1e-15)
    network, x, y = make_case(("tanh",), "softmax", "cross_entropy", 3, False)
    trace = trace_step(network, x, y, "cross_entropy")
    np.testing.assert_allclose(trace.output.delta, trace.outputs - y, rtol=1e-15)
    network, x, y = make_case(("tanh",), "tanh", "mse", 2, False)
    trace = trace_step(network, x, y, "mse")
    np.testing.assert_allclose(trace.output.delta, (2 / 2) * (trace.outputs - y) * (1 - trace.outputs**2), rtol=1e-14)


def test_dropout_is_off_and_reported():
    network, x, y = make_case(("tanh",), "sigmoid", "binary_cross_entropy", 1, False)
    network.layers[0].dropout = 0.5
    first = trace_step(network, x, y, "binary_cross_entropy")
    second = trace_step(network, x, y, "binary_cross_entropy")
    assert first.dropout_ignored
    np.testing.assert_array_equal(first.output.grad_weights, second.output.grad_weights)
    assert first.loss_value == sample_loss(network, x, y, "binary_cross_entropy")


def test_sample_encodes_targets_as_the_trainer_does():
    run = build_run(experiment.validate(experiment.load(EXPERIMENTS / "spiral_5.json")))
    x, y = sample(run.dataset, "test", 7, "softmax")
    np.testing.assert_array_equal(x, run.dataset.X_test[7])
    np.testing.assert_array_equal(y, run.dataset.encode_targets(run.dataset.y_test, 5, "float64")[7])
    np.testing.assert_array_equal(y, run.trainer.data.Y_test[7])
    run = build_run(experiment.validate(experiment.load(EXPERIMENTS / "xor.json")))
    x, y = sample(run.dataset, "train", 3, "sigmoid")
    assert y.shape == (1,) and y[0] == run.dataset.y_train[3]
    trace = trace_step(run.network, x, y, "binary_cross_entropy")
    assert trace.mean_count == 1
    with pytest.raises(ValueError):
        sample(run.dataset, "validation", 0, "sigmoid")


def test_float32_networks_work():
    network, x, y = make_case(("tanh",), "sigmoid", "binary_cross_entropy", 1, False)
    config = _config(network)
    net32 = Network.from_config(config, network.input_dim, 1, dtype="float32")
    net32.load_state(network.state())
    trace = trace_step(net32, x, y, "binary_cross_entropy")
    assert trace.output.grad_weights.dtype == np.float32
    numeric = finite_difference(net32, x, y, "binary_cross_entropy", 0, 1, 2)
    assert numeric == pytest.approx(float(trace.layers[0].grad_weights[1, 2]), rel=1e-3, abs=1e-6)


def test_stepthrough_module_does_not_import_qt():
    import sys
    import subprocess

    code = "import sys, backprop_gui.core.stepthrough\nprint(any(m.startswith('PySide6') for m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
    assert stepthrough.__name__ == "backprop_gui.core.stepthrough"


# ---------------------------------------------------------------------------- helpers


def _config(network):
    return {
        "hidden": [{"units": layer.units, "activation": layer.activation} for layer in network.layers[:-1]],
        "output_activation": network.layers[-1].activation,
        "batch_norm": any(layer.batch_norm for layer in network.layers),
    }
