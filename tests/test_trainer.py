"""The training loop: stepping, stopping, live settings, divergence, bounded history."""

import threading

import numpy as np
import pytest

from backprop_gui.core.history import History
from backprop_gui.core.network import Network
from backprop_gui.core.trainer import Trainer, TrainingData

TRAINING = {"loss": "binary_cross_entropy", "optimizer": "sgd", "learning_rate": 0.1, "momentum": 0.9,
            "batch_size": 10, "epochs": 200, "regularization": "none", "regularization_rate": 0.0, "seed": 0}


def xor_data(n=200, seed=0):
    rng = np.random.default_rng(seed)
    X = rng.uniform(-5, 5, (n, 2))
    labels = (X[:, 0] * X[:, 1] >= 0).astype(np.int64)
    Y = labels.reshape(-1, 1).astype(float)
    half = n // 2
    return TrainingData("classification", X[:half], Y[:half], X[half:], Y[half:], labels[:half], labels[half:])


def make_trainer(training=None, hidden=("tanh", "tanh"), output="sigmoid", data=None, **network):
    config = {"hidden": [{"units": 8, "activation": a} for a in hidden], "output_activation": output, **network}
    data = data or xor_data()
    net = Network.from_config(config, data.X_train.shape[1], data.Y_train.shape[1], seed=0)
    return Trainer(net, data, {**TRAINING, **(training or {})})


def test_training_lowers_the_loss_and_records_every_epoch():
    trainer = make_trainer()
    first = trainer.last_metrics.train_loss
    assert trainer.run() == "max_epochs"
    assert trainer.epoch == 200
    assert trainer.last_metrics.train_loss < first / 3
    assert trainer.last_metrics.test_accuracy > 0.9
    h = trainer.history.as_arrays()
    assert h["epoch"][0] == 0 and h["epoch"][-1] == 200
    assert h["gradient_norms"].shape[1] == 3 and np.isfinite(h["gradient_norms"][1:]).all()
    assert (h["update_ratios"][1:] > 0).all()


def test_same_seed_same_run_and_different_seed_different_run():
    a, b, c = make_trainer(), make_trainer(), make_trainer({"seed": 1})
    for t in (a, b, c):
        t.run(max_epochs=5)
    assert a.last_metrics.train_loss == b.last_metrics.train_loss
    assert a.last_metrics.train_loss != c.last_metrics.train_loss


def test_step_batch_and_step_epoch():
    trainer = make_trainer()
    assert trainer.batches_per_epoch == 10
    before = trainer.network.state()["layer1.weights"]
    assert trainer.step_batch() is False
    assert trainer.epoch == 0 and trainer.batch_index == 1 and trainer.steps == 1
    assert not np.array_equal(before, trainer.network.parameters()["layer1.weights"])
    trainer.step_epoch()  # finishes the started epoch
    assert trainer.epoch == 1 and trainer.batch_index == 0 and trainer.steps == 10
    trainer.step_epoch()
    assert trainer.epoch == 2 and trainer.steps == 20


def test_batch_size_one_and_full_batch():
    trainer = make_trainer({"batch_size": 1})
    trainer.step_epoch()
    assert trainer.steps == 100
    trainer = make_trainer({"batch_size": 10_000})
    trainer.step_epoch()
    assert trainer.steps == 1 and trainer.batches_per_epoch == 1


def test_should_stop_pauses_between_mini_batches_and_run_continues():
    trainer = make_trainer()
    calls = {"n": 0}

    def stop_after_three_batches():
        calls["n"] += 1
        return calls["n"] > 3

    assert trainer.run(should_stop=stop_after_three_batches) == "stopped"
    assert trainer.steps == 3 and trainer.batch_index == 3
    assert trainer.run(max_epochs=1) == "epochs"
    assert trainer.epoch == 1 and trainer.steps == 10


def test_a_flag_set_from_another_thread_stops_the_run():
    trainer = make_trainer({"epochs": 10**9})
    stop = threading.Event()
    worker = threading.Thread(target=lambda: trainer.run(should_stop=stop.is_set))
    worker.start()
    threading.Timer(0.2, stop.set).start()
    worker.join(timeout=5)
    assert not worker.is_alive() and trainer.epoch > 0


def test_settings_change_while_training_apply_before_the_next_batch():
    trainer = make_trainer()
    trainer.step_batch()
    trainer.change_settings(learning_rate=0.5, regularization="l2", regularization_rate=0.01, optimizer="momentum")
    assert trainer.optimizer.learning_rate == 0.1  # not yet: the training thread applies it
    trainer.step_batch()
    assert trainer.optimizer.learning_rate == 0.5 and trainer.optimizer.kind == "momentum"
    assert trainer.settings["regularization"] == "l2"
    with pytest.raises(ValueError):
        trainer.change_settings(loss="mse")


def test_divergence_stops_with_a_reason_and_keeps_finite_weights():
    data = xor_data()
    trainer = make_trainer({"learning_rate": 100.0, "optimizer": "momentum", "loss": "mse"},
                           hidden=("relu", "relu"), output="linear", data=data)
    assert trainer.run() == "diverged"
    message = str(trainer.diverged)
    assert "epoch" in message and "smaller learning rate" in message
    assert all(np.isfinite(p).all() for p in trainer.network.parameters().values())
    assert np.isfinite(trainer.network.predict(data.X_test)).all()
    assert trainer.run() == "diverged"  # stays stopped until reset


def test_target_loss_stops_early():
    trainer = make_trainer({"target_loss": 0.3, "epochs": 10_000})
    assert trainer.run() == "target_loss"
    assert trainer.last_metrics.train_loss <= 0.3 and trainer.epoch < 10_000


def test_regression_reports_r2_and_no_accuracy():
    rng = np.random.default_rng(0)
    X = rng.uniform(-1, 1, (100, 1))
    Y = 2 * X + 0.5
    data = TrainingData("regression", X[:80], Y[:80], X[80:], Y[80:])
    trainer = make_trainer({"loss": "mse", "epochs": 100}, hidden=("tanh",), output="linear", data=data)
    trainer.run()
    m = trainer.last_metrics
    assert m.train_accuracy is None and m.test_accuracy is None
    assert m.train_r2 > 0.98 and m.test_r2 > 0.95


def test_history_memory_is_bounded_and_spans_the_whole_run():
    history = History(layer_count=2, capacity=64)
    for epoch in range(0, 100_001):
        history.record(epoch, {"train_loss": 1.0 / (epoch + 1)}, (1.0, 2.0), (0.1, 0.2))
    arrays = history.as_arrays()
    assert history.size <= 64
    assert arrays["epoch"][0] == 0 and arrays["epoch"][-1] > 90_000
    assert np.all(np.diff(arrays["epoch"]) > 0)
    np.testing.assert_allclose(arrays["train_loss"], 1.0 / (arrays["epoch"] + 1))


def test_a_long_run_keeps_a_bounded_history():
    trainer = make_trainer({"epochs": 3000, "batch_size": 100})
    trainer.history = History(3, capacity=256)
    trainer.run()
    assert trainer.history.size <= 256 and trainer.history.as_arrays()["epoch"][-1] >= 2900
