"""Robustness of the engine: empty test splits, memory the experiment needs, batch
norm with one-sample mini-batches, and what measuring costs (project issue 12)."""

import json
import os
import subprocess
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np  # noqa: E402
import pytest  # noqa: E402

from backprop_gui.build import build_run  # noqa: E402
from backprop_gui.core import targets  # noqa: E402
from backprop_gui.io import run_reader, run_writer, runformat  # noqa: E402
from backprop_gui.schema import experiment as experiment_module  # noqa: E402

EXPERIMENTS = Path(__file__).resolve().parents[1] / "resources" / "experiments"


def load(name: str, **changes) -> dict:
    """A bundled experiment with ``section__key=value`` changes."""
    exp = experiment_module.load(EXPERIMENTS / f"{name}.json")
    for path, value in changes.items():
        section, key = path.split("__", 1)
        exp[section][key] = value
    return experiment_module.validate(exp)


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "backprop_gui", *args], capture_output=True, text=True, timeout=120)


# --------------------------------------------------------------------------- 1. an empty test split


@pytest.mark.parametrize("task, width", [("regression", 1), ("regression", 3), ("classification", 1), ("classification", 4)])
def test_targets_of_no_rows_have_the_output_width(task, width):
    encoded = targets.encode_targets(task, np.array([]), width, "float64")
    assert encoded.shape == (0, width)


def test_a_regression_without_test_rows_trains_measures_saves_and_reopens(tmp_path):
    run = build_run(load("sine", data__test_fraction=0.0))
    assert len(run.trainer.data.X_test) == 0 and run.trainer.data.Y_test.shape == (0, 1)
    run.trainer.run(max_epochs=3)
    metrics = run.trainer.last_metrics
    assert metrics.test_loss is None and metrics.test_r2 is None and np.isfinite(metrics.train_r2)
    history = run.trainer.history.as_arrays()
    assert np.isnan(history["test_loss"]).all() and np.isfinite(history["train_loss"]).all()
    run_writer.save_run(tmp_path / "sine.bpexp", run)
    reopened = run_reader.load_run(tmp_path / "sine.bpexp")
    assert reopened.trainer.epoch == 3 and reopened.trainer.last_metrics.test_loss is None
    reopened.trainer.run(max_epochs=1)
    assert reopened.trainer.epoch == 4


def test_a_one_row_regression_csv_trains_saves_and_predicts_from_the_command_line(tmp_path):
    (tmp_path / "one.csv").write_text("x,y\n1.0,2.0\n", encoding="utf-8")
    exp = experiment_module.validate({
        "format": "backprop-gui-experiment", "version": 1,
        "data": {"source": "csv", "path": "one.csv", "target": "y", "task": "regression", "test_fraction": 0.3},
        "network": {"hidden": [{"units": 3, "activation": "tanh"}], "output_activation": "linear"},
        "training": {"loss": "mse", "epochs": 3, "batch_size": 4},
    })
    experiment_module.save(exp, tmp_path / "one.json")
    trained = run_cli("train", str(tmp_path / "one.json"), "--json", "--save", str(tmp_path / "one.bpexp"))
    assert trained.returncode == 0, trained.stderr
    result = json.loads(trained.stdout)
    assert result["epochs"] == 3 and result["test_loss"] is None and result["test_r2"] is None
    predicted = run_cli("predict", str(tmp_path / "one.bpexp"), str(tmp_path / "one.csv"), "-o", str(tmp_path / "out.csv"))
    assert predicted.returncode == 0, predicted.stderr
    assert len((tmp_path / "out.csv").read_text(encoding="utf-8").splitlines()) == 2


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QMessageBox

    from backprop_gui.gui.app import make_application
    from backprop_gui.gui.main_window import MainWindow

    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes)
    make_application()
    win = MainWindow(settings=QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat), data_dir=tmp_path / "data")
    qtbot.addWidget(win)
    win.show()
    yield win
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Discard)
    win.close()


@pytest.mark.parametrize("name, task", [("sine", "regression"), ("digits", "classification")])
def test_the_window_trains_without_a_test_set_and_every_view_draws_it(window, qtbot, name, task):
    if name == "sine":
        window.apply_edit("data.name", "sine")
    else:
        assert window.open_file(EXPERIMENTS / f"{name}.json", ask=False)
    assert window.run.dataset.task == task
    window.apply_edit("data.test_fraction", 0.0)
    assert not window.message_label.isVisible(), window.message_label.text()
    assert window.experiment["data"]["test_fraction"] == 0.0
    assert window.run.dataset.n_test == 0
    for _ in range(3):
        epoch = window.last_snapshot.epoch
        window.step_epoch_action.trigger()
        qtbot.waitUntil(lambda: window.last_snapshot.epoch == epoch + 1, timeout=5000)
    snapshot = window.last_snapshot
    assert snapshot.metrics.test_loss is None
    for view, _dock in window.views:  # hidden docks included: each must draw an empty split
        view.show_snapshot(snapshot)
    window._fill_status(snapshot)


# --------------------------------------------------------------------------- 9. batch norm and batches of one


def batch_norm_xor(batch_size=10, samples=200, test_fraction=0.5):
    exp = load("xor", network__batch_norm=True, training__batch_size=batch_size)
    exp["data"].update(samples=samples, test_fraction=test_fraction)
    return experiment_module.validate(exp)


def test_a_live_batch_size_of_one_is_refused_with_batch_norm_as_when_building():
    from backprop_gui.core.errors import ExperimentError
    from backprop_gui.core.network import MIN_BATCH_FOR_BATCH_NORM

    assert MIN_BATCH_FOR_BATCH_NORM == 2
    with pytest.raises(ExperimentError) as built:
        build_run(batch_norm_xor(batch_size=1))
    run = build_run(batch_norm_xor(batch_size=10))
    with pytest.raises(ExperimentError) as changed:
        run.trainer.change_settings(batch_size=1)
    assert str(changed.value) == str(built.value)
    assert "batch_size to 2 or more" in str(changed.value)
    run.trainer.step_epoch()
    assert run.trainer.settings["batch_size"] == 10
    run.trainer.change_settings(batch_size=2)  # the smallest allowed
    without = build_run(load("xor", training__batch_size=10))
    without.trainer.change_settings(batch_size=1)  # no batch norm: one sample is fine


def test_with_batch_norm_a_last_batch_of_one_sample_joins_the_one_before():
    run = build_run(batch_norm_xor(batch_size=10, samples=101, test_fraction=0.0))  # 101 training rows: 10 × 10 + 1
    trainer = run.trainer
    assert len(trainer.data.X_train) == 101
    sizes = []
    real = run.network.gradient_list
    run.network.gradient_list = lambda X, Y, loss: sizes.append(len(X)) or real(X, Y, loss)
    trainer.step_epoch()
    assert trainer.batches_per_epoch == 10
    assert sizes == [10] * 9 + [11] and trainer.samples_seen == 101
    for layer in run.network.layers[:-1]:  # every batch-normalised layer learned something
        assert np.linalg.norm(layer.grad_weights) > 0
    plain = build_run(load("xor", training__batch_size=10, data__samples=101, data__test_fraction=0.0))
    assert plain.trainer.batches_per_epoch == 11  # without batch norm a batch of one is kept


def test_a_run_saved_in_an_epoch_with_a_merged_last_batch_resumes_exactly(tmp_path):
    straight = build_run(batch_norm_xor(batch_size=10, samples=101, test_fraction=0.0))
    straight.trainer.run(max_epochs=2)
    resumed = build_run(batch_norm_xor(batch_size=10, samples=101, test_fraction=0.0))
    resumed.trainer.step_epoch()
    for _ in range(5):
        resumed.trainer.step_batch()
    run_writer.save_run(tmp_path / "mid.bpexp", resumed)
    reopened = run_reader.load_run(tmp_path / "mid.bpexp")
    reopened.trainer.run(max_epochs=1)
    assert reopened.trainer.epoch == 2 and reopened.trainer.samples_seen == straight.trainer.samples_seen
    for name, value in straight.network.state().items():
        np.testing.assert_array_equal(reopened.network.state()[name], value)


def test_the_window_refuses_a_live_batch_size_of_one_with_batch_norm(window, qtbot):
    window.apply_edit("network.batch_norm", True)
    assert window.run.network.layers[0].batch_norm
    before = window.experiment["training"]["batch_size"]
    window.controls.batch_spin.setValue(1)
    assert window.message_label.isVisible()
    assert "2 or more" in window.message_label.text()
    assert window.experiment["training"]["batch_size"] == before == window.controls.batch_spin.value()
    assert window.run.trainer.effective_settings()["batch_size"] == before


# --------------------------------------------------------------------------- 5. memory an experiment needs

from hypothesis import HealthCheck, given, settings, strategies as st  # noqa: E402

from backprop_gui.build import load_dataset  # noqa: E402
from backprop_gui.core import memory  # noqa: E402
from backprop_gui.core.errors import ExperimentError  # noqa: E402
from backprop_gui.core.network import Network  # noqa: E402


def xor_with(hidden, *, batch_size=10, samples=200, test_fraction=0.5, dtype="float64", optimizer="sgd",
             batch_norm=False, dropout=0.0, activation="relu"):
    exp = load("xor")
    exp["data"].update(samples=samples, test_fraction=test_fraction)
    exp["network"].update(hidden=[{"units": u, "activation": activation} for u in hidden], batch_norm=batch_norm, dropout=dropout)
    exp["training"].update(batch_size=batch_size, dtype=dtype, optimizer=optimizer)
    return experiment_module.validate(exp)


def test_the_743_byte_experiment_of_32_layers_of_4096_units_is_refused_before_anything_is_allocated():
    import tracemalloc

    exp = xor_with([4096] * 32, optimizer="adam")
    dataset = load_dataset(exp)
    tracemalloc.start()
    try:
        with pytest.raises(ExperimentError) as refused:
            build_run(exp, dataset=dataset)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 5_000_000  # nothing of the network's 4 GB was allocated
    message = str(refused.value)
    assert "520237057 parameters" in message and "fewer or smaller hidden layers" in message and "\n" not in message


def test_a_network_too_large_to_save_is_refused_at_build_time_not_after_training():
    # 8 × 4,096 float64 units with SGD: 940 MB of weights, more than a run file's 512 MiB.
    with pytest.raises(ExperimentError, match=r"more than the 536 MB a run file may hold"):
        build_run(xor_with([4096] * 8))
    # One rule: the limit build checks is the one the run file reader and writer apply.
    assert runformat.MAX_FILE_BYTES == memory.MAX_RUN_FILE_BYTES
    sizes = [2, 1024, 1024, 1]
    adam = memory.run_file_bytes(sizes, dtype="float64", optimizer="adam", batch_norm=False, n_train=100)
    assert adam > 3 * memory.parameter_count(sizes, False)[0] * 8


def test_an_experiment_larger_than_the_free_memory_is_refused_with_its_size_and_the_advice(monkeypatch):
    monkeypatch.setattr(memory, "available_bytes", lambda: 200_000_000)
    with pytest.raises(ExperimentError) as refused:
        build_run(xor_with([1024, 1024], batch_size=1000, samples=2000, optimizer="adam"))
    message = str(refused.value)
    assert "but only 200 MB is free" in message and "a smaller batch size" in message
    needed = int(message.split("about ")[1].split(" MB")[0])
    assert needed > 200
    build_run(xor_with([64, 64], batch_size=32, samples=2000, optimizer="adam"))  # a classroom network fits


def test_the_free_memory_comes_from_the_system_or_a_safe_default(monkeypatch):
    assert memory.available_bytes() > 0
    monkeypatch.setattr("builtins.open", lambda *args, **kwargs: (_ for _ in ()).throw(OSError("no /proc")))
    monkeypatch.delattr(os, "sysconf", raising=False)
    assert memory.available_bytes() == memory.DEFAULT_AVAILABLE_BYTES


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    hidden=st.lists(st.integers(1, 600), min_size=0, max_size=3),
    batch_size=st.integers(1, 400),
    samples=st.integers(40, 1200),
    dtype=st.sampled_from(["float64", "float32"]),
    optimizer=st.sampled_from(["sgd", "momentum", "adam"]),
    batch_norm=st.booleans(),
    dropout=st.sampled_from([0.0, 0.3]),
)
def test_the_estimate_is_an_upper_bound_of_what_training_and_saving_allocate(
    tmp_path_factory, hidden, batch_size, samples, dtype, optimizer, batch_norm, dropout
):
    """Fuzz: NumPy's allocations (traced) while a run is built, trained, measured,
    drawn (snapshots and a display network) and saved stay under the estimate."""
    import tracemalloc

    batch_size = max(batch_size, 2) if batch_norm else batch_size
    exp = xor_with(hidden, batch_size=batch_size, samples=samples, dtype=dtype, optimizer=optimizer,
                   batch_norm=batch_norm, dropout=dropout)
    dataset = load_dataset(exp)
    tracemalloc.start()
    try:
        run = build_run(exp, dataset=dataset)
        run.trainer.run(max_epochs=2)
        held = [run.trainer.snapshot(), run.trainer.snapshot()]
        display = Network.from_config(exp["network"], run.network.input_dim, run.network.output_dim, dtype=dtype)
        display.load_state(held[0].state)
        run_writer.save_run(tmp_path_factory.mktemp("run") / "run.bpexp", run)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    sizes = [dataset.input_dim, *hidden, run.network.output_dim]
    estimate = memory.estimate_bytes(
        sizes, batch_size=batch_size, n_train=dataset.n_train, n_test=dataset.n_test,
        eval_rows=max(dataset.n_train, dataset.n_test), dtype=dtype, optimizer=optimizer,
        batch_norm=batch_norm, dropout=dropout)
    # Without its fixed allowance for the interpreter, the estimate must still hold
    # the arrays, give or take the history and Python's small objects (4 MB).
    assert peak <= estimate - memory.BASE_BYTES + 4_000_000


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(
    hidden=st.lists(st.integers(512, 4096), min_size=1, max_size=32),
    batch_size=st.integers(1, 1_000_000),
    dtype=st.sampled_from(["float64", "float32"]),
    optimizer=st.sampled_from(["sgd", "momentum", "adam"]),
    batch_norm=st.booleans(),
)
def test_an_oversized_network_is_refused_in_a_sentence_or_fits(monkeypatch, hidden, batch_size, dtype, optimizer, batch_norm):
    """Fuzz within the format's limits, on a machine with 300 MB free: either a plain
    sentence and no network, or a network whose estimate fits."""
    monkeypatch.setattr(memory, "available_bytes", lambda: 300_000_000)
    batch_size = max(batch_size, 2) if batch_norm else batch_size
    exp = xor_with(hidden, batch_size=batch_size, samples=500, dtype=dtype, optimizer=optimizer, batch_norm=batch_norm)
    dataset = load_dataset(exp)
    sizes = [dataset.input_dim, *hidden, 1]
    saved = memory.run_file_bytes(sizes, dtype=dtype, optimizer=optimizer, batch_norm=batch_norm, n_train=dataset.n_train)
    try:
        run = build_run(exp, dataset=dataset)
    except ExperimentError as error:
        message = str(error)
        assert "\n" not in message and message.endswith(("hidden layers", "a smaller batch size"))
        return
    assert saved <= memory.MAX_RUN_FILE_BYTES
    assert run.network.parameter_count() == memory.parameter_count(sizes, batch_norm)[0] < 300_000_000 // 8


# --------------------------------------------------------------------------- 13. what measuring costs


def digits_like_trainer(epochs=40, n_train=1617, n_test=404):
    """The shape of `train --json` on digits: 64-128-64-10 ReLU, batch 32, SGD."""
    from backprop_gui.core.trainer import Trainer, TrainingData

    rng = np.random.default_rng(0)
    X = rng.normal(size=(n_train + n_test, 64))
    labels = np.argmax(X @ rng.normal(size=(64, 10)), axis=1)
    Y = np.eye(10)[labels]
    config = {"hidden": [{"units": 128, "activation": "relu"}, {"units": 64, "activation": "relu"}],
              "output_activation": "softmax", "init": "he"}
    network = Network.from_config(config, 64, 10)
    training = {"loss": "cross_entropy", "optimizer": "sgd", "learning_rate": 0.01, "batch_size": 32, "epochs": epochs,
                "regularization": "none", "regularization_rate": 0.0, "seed": 0}
    data = TrainingData("classification", X[:n_train], Y[:n_train], X[n_train:], Y[n_train:], labels[:n_train], labels[n_train:])
    return Trainer(network, data, training)


def test_a_short_run_keeps_a_point_per_epoch_and_measures_a_sixth_of_its_training_rows_in_small_pieces():
    trainer = digits_like_trainer()
    measured = []
    real = trainer.network.logits_and_outputs
    trainer.network.logits_and_outputs = lambda X: measured.append(len(X)) or real(X)
    trainer.run()
    assert trainer.epoch == 40
    assert list(trainer.history.as_arrays()["epoch"]) == list(range(41))  # the full curve
    # 40 measurements of the same rows, in pieces whose largest product
    # (rows × 64 × 128) stays on one core.
    assert len(measured) % 40 == 0 and max(measured) * 64 * 128 <= 1 << 18
    assert sum(measured) // 40 <= 1617 // 6  # within a tenth of the training time


def test_the_measuring_sample_is_fixed_and_classroom_data_is_measured_whole():
    from backprop_gui.core.trainer import measured_rows, measuring_piece

    toy = build_run(load("xor")).trainer
    assert measuring_piece(toy.network) >= 500
    assert measured_rows(250, 250, measuring_piece(toy.network)) == (250, 250)  # a toy data set: every row
    assert measured_rows(300, 0, 32) == (50, 0)
    for n_train, n_test in [(1617, 404), (100, 900), (10_000, 2500), (100_000, 10), (1, 0)]:
        train, test = measured_rows(n_train, n_test, 32)
        assert 0 < train <= n_train and test <= n_test
        assert train + test <= max(32, n_train // 6)
    first, second = digits_like_trainer(), digits_like_trainer()
    first.run(max_epochs=2)
    second.run(max_epochs=2)
    assert first.last_metrics == second.last_metrics  # the same rows each time


def test_the_window_refuses_an_oversized_network_in_a_sentence_and_keeps_its_run(window):
    before = window.run
    assert not window.rebuild(xor_with([4096] * 8))
    assert window.message_label.isVisible() and "run file may hold" in window.message_label.text()
    assert window.run is before


def test_whole_metrics_measure_every_row_for_a_final_report():
    trainer = digits_like_trainer(epochs=2)
    trainer.run()
    whole = trainer.whole_metrics()
    labels = trainer.data.labels_test
    predicted = trainer.network.predict(trainer.data.X_test).argmax(axis=1)
    assert whole.test_accuracy == pytest.approx(np.mean(predicted == labels))
    assert whole.epoch == trainer.epoch and trainer.history.size == 3  # not recorded
