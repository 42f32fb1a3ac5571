"""Changing the weights by hand (issue 14): in the diagram and the weights view, typed or
nudged, undone and redone, during training, saved and trained on."""

import math

import numpy as np
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox

from backprop_gui.core import losses
from backprop_gui.gui import i18n
from backprop_gui.gui.app import make_application
from backprop_gui.gui.hand_edits import Parameter
from backprop_gui.gui.main_window import MainWindow
from backprop_gui.paths import resources_dir

LESSON_1 = resources_dir() / "lessons" / "presets" / "01_one_neuron.json"
W1, W2, B = Parameter(0, 0, 0), Parameter(0, 0, 1), Parameter(0, 0)  # the output neuron's w₁, w₂, b


@pytest.fixture
def window(qtbot, tmp_path, answers):
    app = make_application()
    win = MainWindow(settings=QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat),
                     data_dir=tmp_path / "data")
    qtbot.addWidget(win)
    win.show()
    assert win.open_file(LESSON_1, ask=False)
    yield win
    answers["question"] = QMessageBox.StandardButton.Discard
    win.close()
    i18n.install(app, "en")


def engine_loss(win) -> float:
    """The training loss of the run's network at its weights, computed here from the engine."""
    network, data, loss = win.run.network, win.run.trainer.data, win.run.trainer.loss
    logits, outputs = network.logits_and_outputs(data.X_train)
    return float(losses.value(loss, logits, outputs, data.Y_train))


def type_into(qtbot, box, text: str) -> None:
    """Select all, type, Return: as a student does."""
    box.setFocus()
    line = box.lineEdit()
    line.selectAll()
    qtbot.keyClicks(line, text)
    qtbot.keyClick(line, Qt.Key.Key_Return)


def diagram_box(win, parameter):
    if parameter.is_bias:
        win.diagram.select_neuron(parameter.layer, parameter.unit)
    else:
        win.diagram.select_weight(parameter)
    box = win.diagram.parameter_box(parameter)
    assert box is not None and box.isVisible()
    return box


def test_a_weight_typed_in_the_diagram_is_the_runs_and_the_loss_shown_is_the_engines(window):
    before = window.last_snapshot.metrics.train_loss
    edited = []
    window.session.weights_edited.connect(lambda: edited.append(window.last_snapshot))
    box = diagram_box(window, W1)
    box.setValue(2.5)
    assert window.run.network.layers[0].weights[0, 0] == 2.5
    assert window.last_snapshot.state["layer1.weights"][0, 0] == 2.5  # the frame drawn is the edited one
    assert window.context.network.layers[0].weights[0, 0] == 2.5  # the views' network
    shown = window.last_snapshot.metrics.train_loss
    assert shown != before and shown == pytest.approx(engine_loss(window), rel=1e-12)
    assert window.last_snapshot.epoch == 0 and window.last_snapshot.steps == 0  # no training happened
    assert window.last_snapshot.history["train_loss"][-1] == shown  # the loss curve ends there
    assert len(edited) == 1 and edited[0] is window.last_snapshot  # the signal comes after the frame
    assert window.isWindowModified()
    assert "2,5" in window.diagram.panel.formula.text() or "2.5" in window.diagram.panel.formula.text()
    from backprop_gui.gui.numbers import format_number
    assert format_number(shown, 4) in window.diagram.panel.loss.text()  # the loss beside the boxes


def test_a_square_of_the_weights_view_changes_its_weight(window):
    view = window.weights_view
    view.choose_cell(1, 0)  # w[x2→1]
    assert view.editor_box.isVisible() and view.chosen == W2
    view.editor_box.setValue(-1.25)
    assert window.run.network.layers[0].weights[1, 0] == -1.25
    assert window.last_snapshot.metrics.train_loss == pytest.approx(engine_loss(window), rel=1e-12)
    # and the diagram, drawn from the same frame, shows it
    assert window.diagram.neuron_formula(0, 0).count("1,25") + window.diagram.neuron_formula(0, 0).count("1.25") >= 1


def test_undo_and_redo_put_back_exactly(window):
    start = window.run.network.state()
    start_loss = window.last_snapshot.metrics.train_loss
    diagram_box(window, W1).setValue(3.0)
    diagram_box(window, B).setValue(-0.7)
    edited_loss = window.last_snapshot.metrics.train_loss
    edited = window.run.network.state()
    assert window.undo_action.isEnabled() and not window.redo_action.isEnabled()
    window.undo_action.trigger()
    window.undo_action.trigger()
    for name, array in start.items():
        np.testing.assert_array_equal(window.run.network.state()[name], array)
    assert window.last_snapshot.metrics.train_loss == start_loss
    assert window.last_snapshot.history["train_loss"][-1] == start_loss
    assert not window.undo_action.isEnabled() and window.redo_action.isEnabled()
    window.redo_action.trigger()
    window.redo_action.trigger()
    for name, array in edited.items():
        np.testing.assert_array_equal(window.run.network.state()[name], array)
    assert window.last_snapshot.metrics.train_loss == edited_loss
    assert window.diagram.parameter_box(B).value() == pytest.approx(-0.7)


def test_nudges_of_one_weight_are_one_undo_step(window):
    start = float(window.run.network.layers[0].weights[0, 0])
    box = diagram_box(window, W1)
    for _ in range(3):
        box.stepUp()
    assert window.run.network.layers[0].weights[0, 0] == pytest.approx(round(start, 4) + 0.3)
    assert window.session.undo_stack.count() == 1
    window.undo_action.trigger()
    assert window.run.network.layers[0].weights[0, 0] == start


def test_editing_while_training_pauses_first(window, qtbot):
    window.play_action.trigger()
    qtbot.waitUntil(lambda: window.last_snapshot.epoch >= 2, timeout=20_000)
    assert window.worker.running
    diagram_box(window, W2).setValue(1.5)
    assert not window.play_action.isChecked() and not window.worker.running
    steps = window.run.trainer.steps
    assert window.run.network.layers[0].weights[1, 0] == 1.5
    qtbot.wait(300)  # nothing trains on behind the student's back
    assert window.run.trainer.steps == steps and window.run.network.layers[0].weights[1, 0] == 1.5
    assert window.last_snapshot.state["layer1.weights"][1, 0] == 1.5 and not window.last_snapshot.running


def test_indonesian_decimal_comma_is_read_and_text_is_refused_keeping_the_value(window, qtbot):
    i18n.install(make_application(), "id")
    box = diagram_box(window, W1)
    type_into(qtbot, box, "0,5")
    assert window.run.network.layers[0].weights[0, 0] == 0.5
    count = window.session.undo_stack.count()
    type_into(qtbot, box, "abc")
    box.clearFocus()  # leaving the box: Qt puts the old value back
    assert window.run.network.layers[0].weights[0, 0] == 0.5
    assert window.session.undo_stack.count() == count
    assert window.message_label.isVisible() and "abc" in window.message_label.text()
    assert window.message_label.text().count(".") <= 1 or window.message_label.text().endswith(".")
    assert box.value() == 0.5


def test_play_after_an_edit_trains_from_the_edited_weights(window, qtbot):
    window.weights_view.choose_cell(0, 0)
    window.weights_view.editor_box.setValue(-4.0)  # the line pointing the wrong way
    window.weights_view.choose_cell(1, 0)
    window.weights_view.editor_box.setValue(-4.0)
    edited = window.run.network.state()
    edited_loss = window.last_snapshot.metrics.train_loss
    # What gradient descent does from there, computed apart on a copy of the run's network.
    from backprop_gui.build import build_run
    twin = build_run(window.experiment)
    twin.network.load_state(edited)
    twin.trainer.parameters_edited()
    twin.trainer.step_epoch()
    window.step_epoch_action.trigger()
    qtbot.waitUntil(lambda: window.last_snapshot.epoch == 1, timeout=10_000)
    np.testing.assert_array_equal(window.run.network.state()["layer1.weights"], twin.network.state()["layer1.weights"])
    assert window.last_snapshot.metrics.train_loss < edited_loss
    assert list(window.last_snapshot.history["epoch"]) == [0, 1]
    assert window.last_snapshot.history["train_loss"][0] == edited_loss  # the curve starts at the edit


def test_save_and_open_keep_the_edited_weights(window, tmp_path):
    diagram_box(window, W1).setValue(1.75)
    diagram_box(window, B).setValue(0.25)
    edited = window.run.network.state()
    loss = window.last_snapshot.metrics.train_loss
    target = tmp_path / "by hand.bpexp"
    assert window.files.write(target) and not window.isWindowModified()
    window.reset_action.trigger()  # Reset goes back to a fresh initialisation
    assert window.run.network.layers[0].weights[0, 0] != 1.75
    assert window.session.undo_stack.count() == 0
    assert window.open_file(target, ask=False)
    for name, array in edited.items():
        np.testing.assert_array_equal(window.run.network.state()[name], array)
    assert window.last_snapshot.metrics.train_loss == loss


def test_hand_edits_are_work_that_a_new_network_asks_about(window, answers):
    diagram_box(window, W1).setValue(2.0)
    answers["question"] = QMessageBox.StandardButton.Cancel
    window.controls.add_layer.click()  # needs a new network: asked, and cancelled
    assert len(window.run.network.layers) == 1 and window.run.network.layers[0].weights[0, 0] == 2.0
    assert len(answers["asked"]) == 1 and "by hand" in answers["asked"][0]


def test_batch_norm_and_dropout_networks_can_be_edited(window, qtbot):
    window.apply_edit("network.hidden", [{"units": 3, "activation": "relu"}])
    window.apply_edit("network.batch_norm", True)
    window.apply_edit("network.dropout", 0.2)
    assert window.run.network.layers[0].batch_norm
    running = {k: v.copy() for k, v in window.run.network.buffers().items()}
    hidden = Parameter(0, 2, 1)
    box = diagram_box(window, hidden)
    box.setValue(0.9)
    assert window.run.network.layers[0].weights[1, 2] == 0.9
    assert window.last_snapshot.metrics.train_loss == pytest.approx(engine_loss(window), rel=1e-12)
    for name, array in running.items():  # batch norm's running statistics stay as they were
        np.testing.assert_array_equal(window.run.network.buffers()[name], array)
    output_bias = Parameter(1, 0)
    diagram_box(window, output_bias).setValue(-0.3)
    assert window.run.network.layers[1].bias[0] == -0.3
    assert math.isfinite(window.last_snapshot.metrics.train_loss)


def test_clicks_on_a_line_and_a_square_select_their_weight(window, qtbot):
    diagram = window.diagram
    line = diagram.edge_item(0, 1, 0)
    centre = diagram.view.mapFromScene(line.line().center())
    qtbot.mouseClick(diagram.view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert diagram.selected_neuron == (0, 0)
    box = diagram.parameter_box(W2)
    assert box is not None and box.hasFocus()
    view = window.weights_view
    window.weights_dock.show()
    window.weights_dock.raise_()
    qtbot.waitExposed(view)
    scene_point = view.plot.vb.mapViewToScene(__import__("PySide6.QtCore", fromlist=["QPointF"]).QPointF(0.5, 1.5))
    widget_point = view.plot_widget.mapFromScene(scene_point)
    qtbot.mouseClick(view.plot_widget.viewport(), Qt.MouseButton.LeftButton, pos=widget_point)
    assert view.chosen == W2 and view.editor_box.isVisible()


def test_ctrl_z_in_the_box_undoes_the_weight(window, qtbot):
    start = float(window.run.network.layers[0].bias[0])
    box = diagram_box(window, B)
    type_into(qtbot, box, "0.5")
    assert window.run.network.layers[0].bias[0] == 0.5 and box.hasFocus()
    qtbot.keyClick(box, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.run.network.layers[0].bias[0] == start
    assert box.value() == start
    qtbot.keyClick(box, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.run.network.layers[0].bias[0] == 0.5


# ---------------------------------------------------------------------------- the engine's side
def test_the_trainer_measures_weights_set_by_hand_and_the_curve_ends_there():
    from backprop_gui.build import build_run
    from backprop_gui.schema import experiment as experiment_module

    run = build_run(experiment_module.load(LESSON_1))
    trainer = run.trainer
    trainer.step_epoch()
    trainer.step_epoch()
    run.network.layers[0].weights[:, 0] = [2.0, 2.0]
    metrics = trainer.parameters_edited()
    logits, outputs = run.network.logits_and_outputs(trainer.data.X_train)
    assert metrics.train_loss == pytest.approx(float(losses.value(trainer.loss, logits, outputs, trainer.data.Y_train)), rel=1e-12)
    assert trainer.last_metrics is metrics and trainer.epoch == 2 and trainer.steps == 40
    history = trainer.history.as_arrays()
    assert list(history["epoch"]) == [0, 1, 2] and history["train_loss"][-1] == metrics.train_loss
    trainer.step_batch()  # mid-epoch: no point on the curves, the loss shown is still measured
    run.network.layers[0].bias[0] = -1.0
    assert trainer.parameters_edited().train_loss == trainer.last_metrics.train_loss
    assert list(trainer.history.as_arrays()["epoch"]) == [0, 1, 2]
