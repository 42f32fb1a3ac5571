"""The window's side of schedules and early stopping: the settings panel, the rate in
the status bar, the validation curve and the stop in the loss view, the banner."""

from __future__ import annotations

import re

import numpy as np
import pytest
from PySide6.QtCore import Qt

from backprop_gui.build import build_run
from backprop_gui.gui import i18n
from backprop_gui.gui.controls import ControlsPanel
from backprop_gui.gui.views.base import ViewContext
from backprop_gui.gui.views.loss_view import LossView
from backprop_gui.schema import experiment
from backprop_gui.schema.settings import SCHEDULE_FIELDS

STOPPING = {"patience": 3, "min_delta": 0.0, "restore_best": True}


def overfitting(**training) -> dict:
    return experiment.validate({
        "format": "backprop-gui-experiment", "version": 1,
        "data": {"source": "builtin", "name": "circle", "samples": 80, "noise": 0.35, "validation_fraction": 0.25},
        "network": {"hidden": [{"units": 16, "activation": "relu"}, {"units": 16, "activation": "relu"}]},
        "training": {"optimizer": "adam", "learning_rate": 0.01, "epochs": 300, "seed": 1, **training},
    })  # fmt: skip


@pytest.fixture
def panel(qtbot):
    panel = ControlsPanel()
    qtbot.addWidget(panel)
    panel.show_experiment(experiment.default_experiment())
    panel.show()
    return panel


def test_a_schedule_kind_shows_only_its_own_numbers_and_edits_the_whole_schedule(panel):
    edits = []
    panel.edited.connect(lambda path, value: edits.append((path, value)))
    for kind, fields in [*list(SCHEDULE_FIELDS.items())[1:], ("constant", ())]:
        panel.schedule_combo.setCurrentIndex(panel.schedule_combo.findData(kind))
        shown = {key for key, spin in panel.schedule_spins.items() if spin.isVisibleTo(panel)}
        assert shown == set(fields), kind
        assert edits[-1][0] == "training.schedule" and edits[-1][1]["kind"] == kind
        assert experiment.validate({**panel.experiment, "training": {**panel.experiment["training"], "schedule": edits[-1][1]}})
    panel.schedule_combo.setCurrentIndex(panel.schedule_combo.findData("step"))
    panel.schedule_spins["gamma"].setValue(0.5)
    assert edits[-1] == ("training.schedule", {"kind": "step", "step_size": 10, "gamma": 0.5})


def test_the_early_stopping_box_opens_its_settings_with_their_defaults(panel):
    edits = []
    panel.edited.connect(lambda path, value: edits.append((path, value)))
    assert not panel.patience_spin.isVisibleTo(panel)
    panel.early_stopping_box.setChecked(True)
    assert panel.patience_spin.isVisibleTo(panel) and panel.restore_best_box.isVisibleTo(panel)
    assert edits[-1] == ("training.early_stopping", {"patience": 10, "min_delta": 0.0, "restore_best": True})
    panel.patience_spin.setValue(4)
    assert edits[-1][1]["patience"] == 4
    panel.early_stopping_box.setChecked(False)
    assert edits[-1] == ("training.early_stopping", None) and not panel.patience_spin.isVisibleTo(panel)


def test_turning_early_stopping_on_carves_a_validation_split_and_off_again(window):
    controls = window.controls
    assert window.experiment["data"]["validation_fraction"] == 0
    controls.early_stopping_box.setChecked(True)  # refused without a split? no: one is made
    assert window.experiment["training"]["early_stopping"] == {"patience": 10, "min_delta": 0.0, "restore_best": True}
    assert window.experiment["data"]["validation_fraction"] == 0.2 and controls.validation_spin.value() == 0.2
    assert window.run.trainer.data.has_validation
    controls.validation_spin.setValue(0)  # no split left to watch: early stopping goes off
    assert window.experiment["training"]["early_stopping"] is None and not controls.early_stopping_box.isChecked()


def test_a_typed_schedule_number_is_read_the_languages_way(window, qtbot):
    controls = window.controls
    controls.schedule_combo.setCurrentIndex(controls.schedule_combo.findData("exponential"))
    i18n.install(None, "id")
    spin = controls.schedule_spins["gamma"]
    line = spin.lineEdit()
    spin.setFocus()
    line.selectAll()
    qtbot.keyClicks(line, "0,95")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert window.experiment["training"]["schedule"] == {"kind": "exponential", "gamma": 0.95}


def test_the_status_bar_shows_the_scheduled_rate_with_a_decimal_comma(window, qtbot):
    window.controls.schedule_combo.setCurrentIndex(window.controls.schedule_combo.findData("exponential"))
    field = window.status_fields["learning_rate"]
    window.step_epoch()
    qtbot.waitUntil(lambda: window.last_snapshot is not None and window.last_snapshot.epoch >= 1, timeout=10_000)
    window._show_status(window.last_snapshot)
    rate = window.run.trainer.optimizer.learning_rate
    assert rate == pytest.approx(0.01 * 0.9) and field.isVisibleTo(window)
    i18n.install(None, "id")
    window._show_status(window.last_snapshot)
    assert re.search(r"0,009\b", field.text()), field.text()
    window.controls.schedule_combo.setCurrentIndex(window.controls.schedule_combo.findData("constant"))
    window._show_status(window.run.trainer.snapshot())
    assert not field.isVisibleTo(window)  # a constant rate is the one in the settings


def test_the_loss_view_draws_the_validation_curve_and_marks_the_stop(qtbot):
    run = build_run(overfitting(early_stopping=STOPPING))
    view = LossView()
    qtbot.addWidget(view)
    view.set_context(ViewContext(run.experiment, run.dataset, run.network))
    view.show_snapshot(run.trainer.snapshot())
    assert view.validation_curve.isVisible() and not view.stop_line.isVisible()
    assert run.trainer.run() == "early_stopping"
    snapshot = run.trainer.snapshot()
    view.show_snapshot(snapshot)
    x, y = view.validation_curve.getOriginalDataset()
    np.testing.assert_array_equal(y, snapshot.history["validation_loss"])
    np.testing.assert_array_equal(x, snapshot.history["epoch"])
    assert view.stop_line.isVisible() and view.stop_line.value() == run.trainer.epoch
    assert view.best_marker.isVisible()
    best_x, best_y = view.best_marker.getData()
    assert best_x[0] == snapshot.best_epoch and best_y[0] == pytest.approx(run.trainer.early_stopping.best_loss)
    plain = build_run(overfitting())
    view.set_context(ViewContext(plain.experiment, plain.dataset, plain.network))
    view.show_snapshot(plain.trainer.snapshot())
    assert not view.stop_line.isVisible() and not view.best_marker.isVisible()


def test_the_banner_says_training_stopped_early_and_play_does_not_restart_it(window, qtbot):
    window.session.rebuild(overfitting(early_stopping=STOPPING))
    window.play_action.trigger()
    qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=30_000)
    trainer = window.run.trainer
    text = window.banner.message.text()
    assert f"epoch {trainer.epoch}" in text and f"epoch {trainer.early_stopping.best_epoch}," in text
    assert "validation" in text and not window.banner.fix.isVisible()
    assert not window.play_action.isChecked()
    window.play_action.trigger()  # stopped for good: Play says so again instead of training
    assert not window.play_action.isChecked() and window.banner.isVisible()
    window.set_language("id")
    assert "validasi" in window.banner.message.text()
