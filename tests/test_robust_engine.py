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
from backprop_gui.io import runfile  # noqa: E402
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
    runfile.save_run(tmp_path / "sine.bpexp", run)
    reopened = runfile.load_run(tmp_path / "sine.bpexp")
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
