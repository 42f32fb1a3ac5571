"""The timeline bar: scrubbing every view to a kept epoch, Replay, and back to the latest."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from backprop_gui.core.network import Network
from backprop_gui.gui.app import make_application
from backprop_gui.gui.main_window import MainWindow


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Discard)
    make_application()
    win = MainWindow(settings=QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat), data_dir=tmp_path / "data")
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()


def train_epochs(win, qtbot, epochs: int) -> None:
    start = win.last_snapshot.epoch
    for k in range(1, epochs + 1):
        win.step_epoch_action.trigger()
        qtbot.waitUntil(lambda k=k: win.last_snapshot.epoch == start + k, timeout=5000)


def decision_image(win) -> np.ndarray:
    win.decision_view._throttle.run_now()
    return np.array(win.decision_view.image.image, copy=True)


def test_the_slider_scrubs_the_views_to_a_checkpoint_and_back_to_the_latest(window, qtbot):
    train_epochs(window, qtbot, 14)
    timeline, slider = window.timeline, window.timeline.bar.slider
    qtbot.waitUntil(lambda: timeline.epochs == (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 13), timeout=5000)
    assert slider.maximum() == 12 and slider.value() == 12  # the last position: the latest
    latest_weights = window.run.network.state()
    latest_image = decision_image(window)

    slider.setValue(4)  # epoch 4
    kept = window.run.trainer.snapshot_at(4).state
    assert timeline.shown_epoch == 4 and not window.play_action.isChecked()
    for name, value in kept.items():
        np.testing.assert_array_equal(window.context.network.state()[name], value)
        np.testing.assert_array_equal(window.run.network.state()[name], latest_weights[name])  # the run is untouched
    # the diagram draws those weights, the decision view their predictions
    np.testing.assert_array_equal(window.diagram._weights[0], kept["layer1.weights"])
    past = Network.from_config(window.experiment["network"], window.run.network.input_dim, window.run.network.output_dim)
    past.load_state(kept)
    image = decision_image(window)
    assert not np.array_equal(image, latest_image)
    outputs = past.predict(window.decision_view._inputs)
    np.testing.assert_allclose(image.ravel(), outputs[:, -1].astype(np.float32), rtol=0, atol=1e-6)
    # the loss curves stay whole and mark the epoch; the status bar says epoch 4
    assert window.loss_view.timeline_line.isVisible() and window.loss_view.timeline_line.value() == 4
    assert window.epoch_counter.text().endswith("4")
    assert "4" in timeline.bar.where.text() and timeline.bar.latest_button.isEnabled()
    # a live snapshot arriving meanwhile is held back
    window.pull_snapshot()
    assert timeline.shown_epoch == 4 and window.diagram._weights[0] is not None

    timeline.bar.latest_button.click()
    assert timeline.shown_epoch is None and slider.value() == slider.maximum()
    for name, value in latest_weights.items():
        np.testing.assert_array_equal(window.context.network.state()[name], value)
    assert not window.loss_view.timeline_line.isVisible()
    np.testing.assert_array_equal(decision_image(window), latest_image)


def test_replay_steps_through_every_kept_epoch_then_returns_to_the_latest(window, qtbot):
    train_epochs(window, qtbot, 5)
    qtbot.waitUntil(lambda: window.timeline.epochs == (0, 1, 2, 3, 4, 5), timeout=5000)
    shown = []
    window.snapshot_shown.connect(lambda s: shown.append(s.epoch) if s.replay else None)
    window.timeline.replay_timer.setInterval(10)  # (the pace a class sees is REPLAY_PER_SECOND)
    window.timeline.bar.replay_button.click()
    assert window.timeline.bar.replay_button.isChecked()
    qtbot.waitUntil(lambda: not window.timeline.scrubbing, timeout=5000)
    assert shown == [0, 1, 2, 3, 4, 5]
    assert not window.timeline.bar.replay_button.isChecked()
    assert window.last_snapshot.epoch == 5


def test_training_after_scrubbing_continues_from_the_latest_state(window, qtbot):
    train_epochs(window, qtbot, 6)
    qtbot.waitUntil(lambda: len(window.timeline.epochs) == 7, timeout=5000)
    window.timeline.bar.slider.setValue(2)
    assert window.timeline.shown_epoch == 2
    train_epochs(window, qtbot, 1)  # Step epoch goes on from epoch 6, not 2
    assert window.timeline.shown_epoch is None
    assert window.last_snapshot.epoch == 7 and window.run.trainer.epoch == 7
    assert window.epoch_counter.text().endswith("7")
    np.testing.assert_array_equal(window.context.network.state()["layer1.weights"], window.run.network.state()["layer1.weights"])
    # and Play, pressed while the past is shown, trains on from the latest too
    window.timeline.bar.slider.setValue(1)
    window.play_action.setChecked(True)
    qtbot.waitUntil(lambda: window.last_snapshot.epoch > 8, timeout=10_000)
    window.play_action.setChecked(False)
    assert window.timeline.shown_epoch is None


def test_a_new_run_ends_scrubbing(window, qtbot):
    train_epochs(window, qtbot, 3)
    qtbot.waitUntil(lambda: len(window.timeline.epochs) == 4, timeout=5000)
    window.timeline.bar.slider.setValue(1)
    window.reset_action.trigger()
    qtbot.waitUntil(lambda: window.last_snapshot.epoch == 0 and not window.timeline.scrubbing, timeout=5000)
    assert window.timeline.epochs == (0,)


def test_the_landscape_point_follows_the_timeline(window, qtbot):
    from backprop_gui.core import landscape

    view = window.landscape_view
    window.landscape_dock.show()
    window.landscape_dock.raise_()
    train_epochs(window, qtbot, 12)
    path_before = len(view._coords)
    now = view.canvas.paths["run"][2]
    latest = now.getData()
    window.timeline.bar.slider.setValue(0)  # epoch 0: the start
    assert window.timeline.shown_epoch == 0
    start = view._coords_array()[0] + view._offset
    np.testing.assert_allclose(np.column_stack(now.getData())[0], start, atol=1e-9)
    assert len(view._coords) == path_before  # scrubbing adds nothing to the path
    a, b = view._directions
    theta = landscape.parameter_vector(window.context.network)
    np.testing.assert_allclose(view._scrub, landscape.projection(theta, view._origin, a, b)[0])
    window.timeline.back_to_latest()
    np.testing.assert_allclose(np.column_stack(now.getData()), np.column_stack(latest), atol=1e-9)
    assert len(view._coords) == path_before
