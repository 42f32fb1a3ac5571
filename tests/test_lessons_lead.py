"""Lessons that lead the class: the lesson beside the views, steps that point at what they
name, presets switched without needless questions, a speed a class can watch, and the
views showing what the lessons speak of (project issue 13, part 3)."""

from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from backprop_gui.content.lessons import LessonError, load_lessons, parse_lesson
from backprop_gui.gui.app import make_application
from backprop_gui.gui.main_window import MainWindow
from tests.window_steps import click_preset

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def answers(monkeypatch):
    """Every question the window asks, answered Yes (or as a test sets)."""
    state = {"question": QMessageBox.StandardButton.Yes, "asked": []}

    def question(parent, title, text, *args, **kwargs):
        state["asked"].append(title)
        return state["question"]

    monkeypatch.setattr(QMessageBox, "question", question)
    return state


@pytest.fixture
def window(qtbot, settings, answers, tmp_path):
    make_application()
    win = MainWindow(settings=settings, data_dir=tmp_path / "data")
    qtbot.addWidget(win)
    win.resize(1366, 740)
    win.show()
    qtbot.waitExposed(win)
    yield win
    answers["question"] = QMessageBox.StandardButton.Discard
    win.close()


def open_lesson(window, number: int):
    lesson = next(lesson for lesson in window.lessons.lessons if lesson.number == number)
    assert window.lessons.select_lesson(lesson.id)
    return lesson


def train(window, qtbot, epochs: int) -> None:
    for _ in range(epochs):
        window.step_epoch()
    qtbot.waitUntil(lambda: window.last_snapshot is not None and window.last_snapshot.epoch >= epochs
                    and not window.worker.running, timeout=20_000)


# ------------------------------------------------------------------ 1. the lesson beside the views
def test_the_lesson_is_its_own_dock_beside_the_settings(window, qtbot):
    assert not window.lessons_dock.isVisible()  # the dashboard starts without it: room for the diagram
    window.show_lessons()
    qtbot.waitUntil(lambda: not window.lessons_dock.visibleRegion().isEmpty(), timeout=3000)
    assert window.lessons_dock.isVisible() and window.controls_dock.isVisible()
    assert window.lessons_dock not in window.tabifiedDockWidgets(window.controls_dock)  # not a tab hiding the settings
    assert not window.lessons_dock.visibleRegion().isEmpty() and not window.controls_dock.visibleRegion().isEmpty()
    lessons, controls = window.lessons_dock.geometry(), window.controls_dock.geometry()
    assert not lessons.intersects(controls)
    # The presets at the top, above the texts that scroll.
    open_lesson(window, 5)
    preset = window.lessons.findChild(QPushButton, "preset_1")
    assert preset.isVisible()
    assert not window.lessons.scroll.isAncestorOf(preset)
    assert preset.mapTo(window.lessons, preset.rect().topLeft()).y() < window.lessons.scroll.mapTo(window.lessons, window.lessons.scroll.rect().topLeft()).y()
    assert window.lessons.scroll.isAncestorOf(window.lessons.findChild(QWidget, "lesson_try"))


# ------------------------------------------------------------------ 2. steps that point at what they name
def test_a_lesson_file_may_give_each_step_a_target(tmp_path):
    document = {
        "format": "backprop-gui-lesson", "version": 1, "id": "t", "number": 1, "title": {"en": "T"}, "goal": {"en": "G"},
        "explanation": {"en": ["E"]}, "try": {"en": ["one", "two", "three"], "id": ["satu", "dua"]},
        "targets": [None, "learning_rate", ["play", "loss_dock"]], "question": {"en": "Q"}, "answer": {"en": "A"},
    }
    lesson = parse_lesson(document, tmp_path / "t.json")
    assert lesson.steps("en") == [("one", ()), ("two", ("learning_rate",)), ("three", ("play", "loss_dock"))]
    assert lesson.steps("id") == [("satu", ()), ("dua", ())]  # another number of steps: no targets rather than wrong ones
    del document["targets"]
    assert parse_lesson(document, tmp_path / "t.json").steps("en")[1] == ("two", ())  # old files stay valid
    for bad in ([None, "play"], [None, "Play!", None], [None, 3, None]):
        with pytest.raises(LessonError):
            parse_lesson({**document, "targets": bad}, tmp_path / "t.json")


def test_every_shipped_lesson_points_its_steps_at_real_controls(window, qtbot):
    lessons = load_lessons()
    assert len(lessons) == 12
    for lesson in lessons:
        assert len(lesson.targets) == len(lesson.text("try", "en")) == len(lesson.text("try", "id")), lesson.id
        assert sum(bool(targets) for targets in lesson.targets) >= len(lesson.targets) - 1, lesson.id
        names = {name for targets in lesson.targets for name in targets}
        found = set()
        for preset in lesson.presets:
            assert window.files.open_preset(preset.path)
            found |= {name for name in names if window.point_at((name,))}
        assert found == names, (lesson.id, names - found)
    window.stepthrough_dock.hide()


def test_clicking_a_step_frames_the_control_it_names(window, qtbot):
    open_lesson(window, 5)
    click_preset(window.lessons, 2)
    step = window.lessons.findChild(QWidget, "lesson_step_5")  # "type your own values into the Learning rate field ..."
    assert step.targets == ("learning_rate", "reset", "play")
    window.controls.verticalScrollBar().setValue(0)  # the field is out of sight, far down the Settings panel
    qtbot.mouseClick(step, Qt.MouseButton.LeftButton)
    assert [pointer.target.objectName() for pointer in window.pointers] == ["learning_rate", "reset_button", "play_button"]
    frame = window.pointers[0]
    assert frame.isVisible()
    field = window.controls.learning_rate
    assert not field.visibleRegion().isEmpty()  # scrolled into view
    assert frame.geometry().contains(field.mapTo(window, field.rect().center()))
    qtbot.waitUntil(lambda: not window.pointers[0].isVisible() if _alive(window.pointers[0]) else True, timeout=5000)


def _alive(widget) -> bool:
    from shiboken6 import isValid

    return isValid(widget)


def test_a_step_brings_a_hidden_view_to_the_front(window, qtbot):
    window.show_stepthrough()
    window.stepthrough_dock.raise_()
    assert window.weights_dock.visibleRegion().isEmpty()  # under the step-through's tab
    open_lesson(window, 11)
    window.lessons.findChild(QWidget, "lesson_step_1").setFocus()
    qtbot.keyClick(window.lessons.findChild(QWidget, "lesson_step_1"), Qt.Key.Key_Return)
    assert window.weights_dock in [pointer.target for pointer in window.pointers]
    qtbot.waitUntil(lambda: not window.weights_dock.visibleRegion().isEmpty(), timeout=2000)


# ------------------------------------------------------------------ 3. switching presets
def test_switching_between_a_lessons_presets_asks_nothing_and_keeps_the_run(window, qtbot, answers):
    open_lesson(window, 5)
    click_preset(window.lessons, 2)  # learning rate 0.1
    train(window, qtbot, 3)
    click_preset(window.lessons, 1)  # 0.0001
    assert answers["asked"] == []
    assert window.experiment["training"]["learning_rate"] == pytest.approx(1e-4)
    assert len(window.kept_runs) == 1 and window.kept_runs[0][0]["training"]["learning_rate"] == pytest.approx(0.1)
    # Kept by hand first (as the lesson says): not kept twice.
    train(window, qtbot, 2)
    window.keep_run_action.trigger()
    click_preset(window.lessons, 3)
    assert answers["asked"] == [] and len(window.kept_runs) == 2
    # Untrained: nothing to keep.
    click_preset(window.lessons, 2)
    assert answers["asked"] == [] and len(window.kept_runs) == 2


def test_a_run_on_other_data_is_not_kept_when_the_next_lesson_opens(window, qtbot, answers):
    open_lesson(window, 1)  # two Gaussian clouds
    window.lessons.findChild(QPushButton, "preset_1").click()
    train(window, qtbot, 3)
    open_lesson(window, 2)  # XOR: lesson 1's curves would say nothing of it
    window.lessons.findChild(QPushButton, "preset_1").click()
    assert answers["asked"] == [] and window.kept_runs == []


def test_a_preset_is_titled_by_its_title_not_its_file_name(window):
    open_lesson(window, 5)
    window.lessons.findChild(QPushButton, "preset_2").click()
    assert window.windowTitle().startswith("Lesson 5: learning rate 0.1 (about right)[*]")


def test_the_users_own_edits_are_still_asked_about(window, qtbot, answers):
    open_lesson(window, 5)
    click_preset(window.lessons, 2)
    window.controls.learning_rate.set_value(0.3)
    window.controls.learning_rate.value_chosen.emit(0.3)  # the student's own learning rate
    assert window.experiment["training"]["learning_rate"] == pytest.approx(0.3)
    answers["question"] = QMessageBox.StandardButton.Cancel
    click_preset(window.lessons, 1)
    assert answers["asked"] == ["Unsaved changes"]
    assert window.experiment["training"]["learning_rate"] == pytest.approx(0.3)  # nothing lost
    # The user's own new experiment, trained: asked too.
    answers["question"] = QMessageBox.StandardButton.Discard
    window.files.new_experiment()
    train(window, qtbot, 1)
    answers["asked"].clear()
    answers["question"] = QMessageBox.StandardButton.Cancel
    click_preset(window.lessons, 1)
    assert answers["asked"] == ["Unsaved changes"] and window.experiment_path is None


# ------------------------------------------------------------------ 4. a speed a class can watch
def test_the_default_speed_lets_a_class_watch_and_fast_is_one_click(qtbot, settings, answers, tmp_path):
    make_application()
    first = MainWindow(settings=settings, data_dir=tmp_path / "data")
    qtbot.addWidget(first)
    assert first.worker.epochs_per_second_limit == 30  # about one epoch per frame, as TF Playground
    assert "30" in first.speed_combo.currentText()
    first.fast_button.click()
    assert first.worker.epochs_per_second_limit is None and first.fast_button.isChecked()
    first.fast_button.click()
    assert first.worker.epochs_per_second_limit == 30
    first.speed_combo.setCurrentIndex(first.speed_combo.findData(5))
    first.fast_button.click()
    first.fast_button.click()
    assert first.worker.epochs_per_second_limit == 5  # back to the speed chosen before
    first.fast_button.click()
    first.shutdown()
    # Remembered.
    second = MainWindow(settings=settings, data_dir=tmp_path / "data")
    qtbot.addWidget(second)
    assert second.worker.epochs_per_second_limit is None and second.fast_button.isChecked()
    second.speed_combo.setCurrentIndex(second.speed_combo.findData(20))
    second.shutdown()
    third = MainWindow(settings=settings, data_dir=tmp_path / "data")
    qtbot.addWidget(third)
    assert third.worker.epochs_per_second_limit == 20 and not third.fast_button.isChecked()
    third.shutdown()


# ------------------------------------------------------------------ 5. what the lessons speak of
def test_clicking_the_output_neuron_shows_its_weights_bias_and_weighted_sum(window, qtbot):
    open_lesson(window, 1)
    click_preset(window.lessons, 1)
    train(window, qtbot, 2)
    window.diagram.select_neuron(0, 0)  # the one output neuron
    formula = window.diagram.findChild(QWidget, "neuron_formula")
    assert formula.isVisible()
    w = window.run.network.layers[0].weights[:, 0]
    b = window.run.network.layers[0].bias[0]
    text = formula.text()
    shown = lambda v: f"{abs(v):.3g}"  # noqa: E731
    assert f"w₁ = {'−' if w[0] < 0 else ''}{shown(w[0])}" in text and f"b = {'−' if b < 0 else ''}{shown(b)}" in text
    assert text.splitlines()[1].startswith("z = ") and f"{shown(w[1])}·x₂" in text and "a = sigmoid(z)" in text
    before = text
    train(window, qtbot, 6)
    assert formula.text() != before  # live numbers


def test_the_decision_view_draws_one_neurons_boundary_as_one_straight_line(window, qtbot):
    from backprop_gui.gui.views.decision_view import level_segments

    # Marching squares on a plane z = x − 0.3 y + 0.2: its zero line exactly.
    centres = np.linspace(-1, 1, 21)
    x, y = np.meshgrid(centres, centres)
    segments = level_segments(x - 0.3 * y + 0.2, centres).reshape(-1, 2)
    assert len(segments) >= 20
    assert np.allclose(segments[:, 0] - 0.3 * segments[:, 1] + 0.2, 0, atol=1e-9)
    assert len(level_segments(np.ones((5, 5)), np.arange(5.0))) == 0

    open_lesson(window, 1)
    click_preset(window.lessons, 1)
    train(window, qtbot, 5)
    view = window.decision_view
    view._throttle.run_now()
    points = view.boundary_segments.reshape(-1, 2)
    assert view.boundary.isVisible() and len(points) > 20
    # On the line w₁x₁ + w₂x₂ + b = 0 of the one neuron (the line the lesson speaks of).
    layer = window.run.network.layers[0]
    w, b = layer.weights[:, 0], layer.bias[0]
    z = points @ w + b
    assert np.abs(z).max() < 0.05 * np.abs(w).sum()
    # Several classes: the boundary where the most likely class changes.
    outputs = np.zeros((100 * 100, 3))
    grid = view.grid_points
    outputs[np.arange(len(grid)), (grid[:, 0] > 0).astype(int) + (grid[:, 1] > 2).astype(int)] = 1.0
    view.mode = "multiclass"
    view._draw_boundary(outputs)
    assert len(view.boundary_segments) > 50


def test_kept_runs_appear_in_every_time_plot(window, qtbot):
    open_lesson(window, 10)
    click_preset(window.lessons, 1)  # without batch normalization
    train(window, qtbot, 4)
    window.keep_run_action.trigger()
    kept_norms = window.kept_runs[0][1]["gradient_norms"]
    click_preset(window.lessons, 2)  # with
    train(window, qtbot, 2)
    gradients = window.gradients_view
    assert len(gradients.kept_curves) == 1 and len(gradients.kept_curves[0]) == kept_norms.shape[1]
    _x, y = gradients.kept_curves[0][0].getData()  # (log10: the axis is logarithmic)
    assert np.allclose(y, np.log10(kept_norms[:, 0]), equal_nan=True)
    legend = [label.text for _sample, label in gradients.legend.items]
    assert any("batch normalization" in text for text in legend)  # labelled with what differed
    assert gradients.plot.viewRange()[0][1] >= 4  # the kept run shown whole
    loss = window.loss_view
    assert len(loss._kept_items) == 1  # loss and accuracy, as before
    window.clear_kept_action.trigger()
    assert gradients.kept_curves == [] and loss._kept_items == []


def test_the_accuracy_strip_is_as_tall_as_the_loss_plot(window, qtbot):
    loss = window.loss_view
    qtbot.waitUntil(lambda: loss.metric_plot.height() > 0)
    assert loss.metric_plot.height() >= 0.8 * loss.loss_plot.height()


# ------------------------------------------------------------------ 6. saturation is not vanishing
def _trained_history(preset: str):
    from backprop_gui.build import build_run
    from backprop_gui.schema import experiment

    trainer = build_run(experiment.load(ROOT / "resources" / "lessons" / "presets" / preset)).trainer
    trainer.run()
    return trainer.snapshot().history


def test_a_too_large_learning_rate_is_diagnosed_as_saturation_not_vanishing():
    from backprop_gui.core.diagnostics import gradient_diagnosis

    too_large = _trained_history("05_lr_too_large.json")  # lesson 5, η = 10
    assert gradient_diagnosis(too_large["gradient_norms"][-10:])[0] == "vanishing"  # what the old warning said
    assert gradient_diagnosis(too_large["gradient_norms"], too_large["train_loss"])[0] == "saturated"
    assert gradient_diagnosis(too_large["gradient_norms"])[0] == "saturated"  # the norms' collapse alone tells
    deep = _trained_history("07_deep_sigmoid.json")  # lesson 7: really vanishing
    assert gradient_diagnosis(deep["gradient_norms"], deep["train_loss"])[0] == "vanishing"
    # The loss jumping up alone tells too.
    norms = np.array([[1e-9, 0.3]] * 5)
    assert gradient_diagnosis(norms, np.array([0.7, 0.6, 0.5, 0.5, 0.5]))[0] == "vanishing"
    assert gradient_diagnosis(norms, np.array([0.7, 3.9, 1.2, 0.9, 0.8]))[0] == "saturated"


def test_the_gradient_view_tells_lesson_5_to_lower_the_learning_rate(window, qtbot):
    open_lesson(window, 5)
    click_preset(window.lessons, 3)  # η = 10
    window.fast_button.click()
    window.play_action.trigger()
    qtbot.waitUntil(lambda: window.last_snapshot.stop_reason is not None and not window.worker.running, timeout=30_000)
    window.gradients_view.show_snapshot(window.last_snapshot)
    text = window.gradients_view.gradient_warning.text()
    assert window.gradients_view.diagnosis[0] == "saturated"
    assert "learning rate" in text and "lower" in text and "ReLU" not in text


def test_on_a_narrow_projector_the_lesson_is_a_tab_beside_the_settings(qtbot, settings, answers, tmp_path):
    make_application()
    win = MainWindow(settings=settings, data_dir=tmp_path / "data")
    qtbot.addWidget(win)
    win.resize(1024, 700)
    win.show()
    qtbot.waitUntil(lambda: win._sized, timeout=3000)
    qtbot.wait(100)  # the first layout is made after the window is shown
    win.show_lessons()
    qtbot.waitUntil(lambda: win.lessons_dock in win.tabifiedDockWidgets(win.controls_dock), timeout=3000)
    assert win.width() < 1200
    win.point_at(("lessons_dock",))
    assert not win.lessons_dock.visibleRegion().isEmpty()  # a step's frame (or Help → Lessons) brings it up
    answers["question"] = QMessageBox.StandardButton.Discard
    win.close()
