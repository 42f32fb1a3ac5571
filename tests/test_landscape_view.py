"""The loss landscape view and the optimiser race window, driven as a user would."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np  # noqa: E402
import pytest  # noqa: E402

from backprop_gui.build import build_run  # noqa: E402
from backprop_gui.core import landscape  # noqa: E402
from backprop_gui.core.network import Network  # noqa: E402
from backprop_gui.gui.race_window import RaceWindow  # noqa: E402
from backprop_gui.gui.views.base import ViewContext  # noqa: E402
from backprop_gui.gui.views.landscape_view import (  # noqa: E402
    LandscapeView, PlaneExtent, grid_size, parameter_label, upsample,
)
from backprop_gui.schema.experiment import default_experiment  # noqa: E402


def _experiment(hidden=((4, "tanh"), (2, "tanh")), features=("x1", "x2"), name="circle", **training):
    experiment = default_experiment()
    experiment["data"].update(name=name, features=list(features), samples=200)
    experiment["network"]["hidden"] = [{"units": u, "activation": a} for u, a in hidden]
    experiment["training"].update({"optimizer": "sgd", "learning_rate": 0.1, "epochs": 100, **training})
    return experiment


def _view_on(qtbot, experiment):
    run = build_run(experiment)
    display = Network.from_config(experiment["network"], run.network.input_dim, run.network.output_dim,
                                  seed=experiment["training"]["seed"])
    view = LandscapeView()
    qtbot.addWidget(view)
    view.resize(480, 480)
    view.show()
    view.set_context(ViewContext(experiment, run.dataset, display))
    return run, display, view


def _train_and_show(run, display, view, epochs, running=False):
    for _ in range(epochs):
        run.trainer.step_epoch()
        snapshot = run.trainer.snapshot()
        display.load_state(snapshot.state)
        view.show_snapshot(snapshot)


def test_random_directions_path_and_surface(qtbot):
    run, display, view = _view_on(qtbot, _experiment())
    assert view.mode == "random" and view.axes_choice.isEnabled()  # 25 parameters: both choices offered
    _train_and_show(run, display, view, 12)
    assert len(view._coords) == 13  # the start, and one point per shown snapshot
    a, b = view._directions
    expected = landscape.projection(landscape.parameter_vector(run.network), view._origin, a, b)[0]
    np.testing.assert_allclose(view._coords[-1], expected)
    line, _start, now = view.canvas.paths["run"]
    np.testing.assert_allclose(now.data["x"][0], expected[0])
    assert view.canvas.image.image is not None and view.canvas.loss_range is not None
    low, high = view.canvas.loss_range
    assert 0 < low < high
    # The current point is on the slice: the grid's loss there is the network's own loss.
    X, Y = view._X, view._Y
    at_current = landscape.loss_grid(display, X, Y, view._loss, a, b, [0.0], [0.0])[0, 0]
    logits, outputs = display.logits_and_outputs(X)
    from backprop_gui.core import losses
    assert at_current == pytest.approx(losses.value(view._loss, logits, outputs, Y))


def test_a_single_neuron_with_one_input_shows_the_true_surface_over_w_and_b(qtbot):
    experiment = _experiment(hidden=(), features=("x1",), name="gauss")
    run, display, view = _view_on(qtbot, experiment)
    assert view.mode == "parameters"
    assert [view.parameter_a.currentText(), view.parameter_b.currentText()] == ["w₁[x₁→1]", "b₁[1]"]
    assert view.canvas.plot.getAxis("bottom").labelText == "w₁[x₁→1]"
    _train_and_show(run, display, view, 5)
    w, b = landscape.parameter_vector(run.network)
    _line, _start, now = view.canvas.paths["run"]
    assert (now.data["x"][0], now.data["y"][0]) == pytest.approx((w, b))  # the axes are w and b themselves


def test_choosing_two_parameters_projects_the_path_again(qtbot):
    run, display, view = _view_on(qtbot, _experiment())
    _train_and_show(run, display, view, 6)
    view.axes_choice.setCurrentIndex(1)
    view.parameter_a.setCurrentIndex(2)
    view.parameter_b.setCurrentIndex(5)
    assert view.parameter_a.isVisible()
    theta = landscape.parameter_vector(run.network)
    np.testing.assert_allclose(view._coords[-1] + view._offset, theta[[2, 5]])
    assert len(view._coords) == 7  # the whole path, from its kept weights
    assert view.canvas.plot.getAxis("left").labelText == parameter_label(landscape.parameter_names(run.network)[5], ("x1", "x2"))


def test_large_networks_get_a_coarser_grid():
    small = Network.from_config({"hidden": [{"units": 4}, {"units": 2}]}, 2, 1)
    large = Network.from_config({"hidden": [{"units": 128}, {"units": 64}]}, 64, 10)
    assert grid_size(small, 250) == (41, 250)
    assert grid_size(large, 500) == (11, 32)  # the coarsest grid on the fewest rows
    medium = Network.from_config({"hidden": [{"units": 16}, {"units": 16}]}, 2, 1)
    size, rows = grid_size(medium, 500)
    assert 21 < size < 41 and rows == 128 and size * size * rows * (3 * 16 + 16 * 16 + 16) <= 4e7


def test_the_extent_grows_to_hold_the_path_and_keeps_still_otherwise():
    extent = PlaneExtent(0.5)
    assert not extent.cover(np.array([[0.1, -0.2]]))
    assert extent.cover(np.array([[0.0, 0.0], [2.0, 1.0]]))
    assert extent.fits(np.array([[0.0, 0.0], [2.0, 1.0]]))
    assert not extent.cover(np.array([[0.0, 0.0], [1.9, 1.0]]))
    assert upsample(np.array([[0.0, 1.0], [2.0, 3.0]]), 2)[1, 1] == pytest.approx(1.5)


def test_the_race_runs_three_optimisers_from_one_start(qtbot):
    experiment = _experiment()
    run = build_run(experiment)
    window = RaceWindow()
    qtbot.addWidget(window)
    window.show()
    window.set_experiment(experiment, run.dataset)
    assert [e["optimizer"] for e in window.entries()] == ["sgd", "momentum", "adam"]
    window.step_epochs(5)
    assert sorted(window.canvas.paths) == ["0", "1", "2"]
    for k, curve in enumerate(window.curves):
        x, y = curve.getOriginalDataset()
        assert list(x) == [0, 1, 2, 3, 4, 5]
    starts = {tuple(items[1].data["x"]) + tuple(items[1].data["y"]) for items in window.canvas.paths.values()}
    assert len(starts) == 1  # one start for all
    assert window.canvas.loss_range is not None
    # Two racers only: one path less, and the race starts again.
    window.rows[1][0].setChecked(False)
    assert len(window.race.racers) == 2 and window.race.epoch == 0
    # Start races on its own timer; Pause stops it.
    window.start_button.click()
    qtbot.waitUntil(lambda: window.race.epoch >= 3, timeout=10_000)
    window.start_button.click()
    assert not window.timer.isActive()
    assert window.start_button.text() == "Start"


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QMessageBox

    from backprop_gui.gui.app import make_application
    from backprop_gui.gui.main_window import MainWindow

    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Discard)
    make_application()
    win = MainWindow(settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), data_dir=tmp_path / "data")
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()


def test_the_window_opens_the_race_and_has_the_landscape_dock(window, qtbot):
    assert window.landscape_dock in window.docks()
    window.landscape_dock.raise_()
    qtbot.waitUntil(lambda: not window.landscape_view.visibleRegion().isEmpty(), timeout=5_000)
    window.step_epoch_action.trigger()
    assert len(window.landscape_view._coords) == 1  # the start, from the run's seed
    qtbot.waitUntil(lambda: len(window.landscape_view._coords) == 2, timeout=10_000)  # and the epoch
    qtbot.waitUntil(lambda: window.landscape_view.canvas.loss_range is not None, timeout=10_000)
    window.race_action.trigger()
    assert window.race_window.isVisible() and window.race_window.race is not None
    assert not window.play_action.isChecked()
    window.race_window.close()
