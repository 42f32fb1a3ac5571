"""View → Level (Beginner, Intermediate, Full dashboard) and classroom mode: each shows
exactly its table's settings and docks, keeps hidden values, is remembered; classroom
mode hides and locks exactly what the lesson says, and leaving it restores the window."""

import dataclasses
import json
import shutil

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDockWidget, QMessageBox, QWidget

from backprop_gui.content.classroom import DOCKS, SETTING_KEYS, Classroom, parse_classroom
from backprop_gui.content.lessons import lessons_dir, read_lesson
from backprop_gui.content.reading import LessonError
from backprop_gui.gui import levels
from backprop_gui.gui.app import make_application
from backprop_gui.gui.controls import FOLLOWS
from backprop_gui.gui.main_window import MainWindow

NO_FEATURES = QDockWidget.DockWidgetFeature.NoDockWidgetFeatures
ALL_FEATURES = (QDockWidget.DockWidgetFeature.DockWidgetMovable | QDockWidget.DockWidgetFeature.DockWidgetFloatable
                | QDockWidget.DockWidgetFeature.DockWidgetClosable)


@pytest.fixture(autouse=True)
def answers(monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)


def open_window(qtbot, settings, tmp_path, size=(1366, 740)):
    make_application()
    win = MainWindow(settings=settings, data_dir=tmp_path / "data")
    qtbot.addWidget(win)
    win.resize(*size)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def window(qtbot, settings, tmp_path):
    win = open_window(qtbot, settings, tmp_path)
    yield win
    win.close()


def docks_in_view(win) -> set[str]:
    return {dock.objectName() for dock in win.docks() if not dock.isHidden()}


def rows_in_view(win) -> set[str]:
    labels = win.controls._labels
    return {key for key, label in labels.items() if not label.isHidden() and not label.buddy().isHidden()}


EXPECTED_DOCKS = {
    "beginner": {"controls_dock", "decision_dock", "loss_dock"},
    "intermediate": {"controls_dock", "decision_dock", "loss_dock", "weights_dock", "gradients_dock"},
}


@pytest.mark.parametrize("name", ["beginner", "intermediate"])
def test_each_level_shows_exactly_its_settings_docks_and_actions(window, qtbot, name):
    window.controls.add_layer.click()  # a hidden layer: its size and activation
    full_rows, full_docks = rows_in_view(window), docks_in_view(window)
    row = levels.level(name)
    window.levels.set_level(name)
    assert docks_in_view(window) == EXPECTED_DOCKS[name]
    assert EXPECTED_DOCKS[name] <= row.docks
    # Exactly the table's rows (and the rows that follow one of them), of those the experiment shows.
    expected = {key for key in full_rows if key in row.settings or set(FOLLOWS.get(key, ())) & row.settings}
    assert rows_in_view(window) == expected
    assert "learning_rate" in expected and "regularization" not in expected
    layer = window.controls.layer_rows[0]
    assert not layer.units.isHidden() and not window.controls.add_layer.isHidden()
    assert layer.activation.isHidden() == (name == "beginner")
    for action in levels.LEVELLED_ACTIONS:
        assert window.named_actions[action].isVisible() == (action in row.actions), action
    qtbot.wait(1)  # (the tool bar lays its buttons out later)
    assert window.toolbar.widgetForAction(window.step_batch_action).isHidden() == (name == "beginner")
    # Back to the full dashboard: everything as before.
    window.level_full_action.trigger()
    assert rows_in_view(window) == full_rows
    assert docks_in_view(window) == full_docks
    assert all(window.named_actions[action].isVisible() for action in levels.LEVELLED_ACTIONS)


def test_a_hidden_setting_keeps_its_value(window, qtbot):
    window.controls.noise_spin.setValue(0.25)
    window.controls.regularization_combo.setCurrentIndex(window.controls.regularization_combo.findData("l2"))
    assert window.experiment["data"]["noise"] == 0.25
    window.level_beginner_action.trigger()
    assert window.controls.noise_spin.isHidden() and window.controls.regularization_combo.isHidden()
    window.controls.learning_rate.set_value(0.1)
    window.controls.learning_rate.value_chosen.emit(0.1)
    assert window.experiment["data"]["noise"] == 0.25  # never reset by hiding
    assert window.experiment["training"]["regularization"] == "l2"
    window.level_full_action.trigger()
    assert window.controls.noise_spin.value() == 0.25
    assert window.controls.regularization_combo.currentData() == "l2"
    assert window.experiment["training"]["learning_rate"] == 0.1


def test_the_level_is_remembered_and_a_first_start_opens_at_beginner(qtbot, settings, tmp_path):
    first = QSettings(str(tmp_path / "first.ini"), QSettings.Format.IniFormat)
    levels.first_start(first)
    assert first.value("view/level") == levels.FIRST_START_LEVEL == "beginner"
    used = QSettings(str(tmp_path / "used.ini"), QSettings.Format.IniFormat)
    used.setValue("window/state", b"old layout")  # an earlier version's user keeps the full dashboard
    levels.first_start(used)
    assert used.value("view/level") is None

    win = open_window(qtbot, first, tmp_path)
    assert win.levels.name == "beginner" and win.level_beginner_action.isChecked()
    assert docks_in_view(win) == EXPECTED_DOCKS["beginner"]
    win.level_intermediate_action.trigger()
    win.close()
    again = open_window(qtbot, QSettings(str(tmp_path / "first.ini"), QSettings.Format.IniFormat), tmp_path)
    assert again.levels.name == "intermediate" and again.level_intermediate_action.isChecked()
    assert docks_in_view(again) == EXPECTED_DOCKS["intermediate"]
    assert not again.controls.noise_spin.isHidden() and again.controls.dropout_spin.isHidden()
    again.close()


def test_a_new_run_keeps_the_level(window, qtbot):
    window.level_beginner_action.trigger()
    window.controls.samples_spin.setValue(300)  # a new data set: the views supported are shown again...
    window.rebuild(window.experiment)
    assert docks_in_view(window) == EXPECTED_DOCKS["beginner"]  # ...within the level
    window.reset_layout()
    assert docks_in_view(window) == EXPECTED_DOCKS["beginner"]


def test_fewer_docks_give_the_views_more_room(qtbot, settings, tmp_path):
    win = open_window(qtbot, settings, tmp_path, (1024, 740))
    full_width = win.decision_dock.width()
    full_height = win.diagram.height()
    win.level_beginner_action.trigger()
    qtbot.wait(20)
    assert win.diagram.height() > full_height + 100  # no row below the diagram
    assert win.decision_dock.width() >= full_width
    win.close()


# ---------------------------------------------------------------------- classroom mode
CLASSROOM = {"settings": ["units", "activation", "learning_rate"], "views": ["controls_dock", "decision_dock", "confusion_dock"]}


def lesson_with_classroom(tmp_path, entry=CLASSROOM):
    """Lesson 2, with this classroom entry."""
    lesson = read_lesson(lessons_dir() / "02_layers_forward.json")
    return dataclasses.replace(lesson, classroom=parse_classroom(entry))


def test_classroom_mode_shows_and_locks_exactly_what_the_lesson_says(window, qtbot, tmp_path):
    window.level_intermediate_action.trigger()
    window.controls.add_layer.click()
    plain = dataclasses.replace(read_lesson(lessons_dir() / "03_loss_functions.json"), classroom=None)
    window.lessons.set_lessons([lesson_with_classroom(tmp_path), plain])
    assert not window.classroom_action.isEnabled()  # no lesson open yet
    window.show_lessons(plain.id)
    assert not window.classroom_action.isEnabled()  # a lesson without a classroom entry
    window.show_lessons("layers_forward")
    assert window.classroom_action.isEnabled() and not window.leave_classroom_action.isEnabled()
    before_docks, before_rows = docks_in_view(window), rows_in_view(window)
    window.classroom_action.trigger()

    assert docks_in_view(window) == {"controls_dock", "decision_dock", "confusion_dock", "lessons_dock"}
    assert rows_in_view(window) == {"learning_rate", "output"}  # (the output layer follows the hidden layers)
    layer = window.controls.layer_rows[0]
    assert not layer.units.isHidden() and not layer.activation.isHidden()
    assert window.controls.data_box.isHidden()  # a group with nothing to show
    for dock in window.docks():  # nothing can be closed, moved or floated, nor brought back
        assert dock.features() == NO_FEATURES, dock.objectName()
        assert not dock.toggleViewAction().isEnabled()
    for name in levels.LOCKED_ACTIONS:
        assert not window.named_actions[name].isEnabled(), name
    assert window.leave_classroom_action.isEnabled()
    assert not window.levels.banner_bar.isHidden()
    assert "View → Leave classroom mode" in window.levels.banner.text()
    # What the lesson hides stays hidden: a click in the decision view, a step pointing at it, a new run.
    window.show_stepthrough()
    assert window.point_at(["weights_dock", "noise"]) == []
    window.rebuild(window.experiment)
    assert docks_in_view(window) == {"controls_dock", "decision_dock", "confusion_dock", "lessons_dock"}
    assert window.point_at(["decision_dock", "learning_rate"]) != []

    window.leave_classroom_action.trigger()
    assert docks_in_view(window) == before_docks
    assert rows_in_view(window) == before_rows
    assert window.levels.name == "intermediate" and window.level_intermediate_action.isChecked()
    for dock in window.docks():
        assert dock.features() == ALL_FEATURES and dock.toggleViewAction().isEnabled()
    for name in levels.LOCKED_ACTIONS[:-1]:  # (the classroom action: while its lesson is open)
        assert window.named_actions[name].isEnabled(), name
    assert window.levels.banner_bar.isHidden() and not window.leave_classroom_action.isEnabled()


def test_closing_in_classroom_mode_remembers_the_layout_before_it(qtbot, settings, tmp_path):
    win = open_window(qtbot, settings, tmp_path)
    win.lessons.set_lessons([lesson_with_classroom(tmp_path)])
    win.show_lessons("layers_forward")
    win.classroom_action.trigger()
    win.close()
    again = open_window(qtbot, QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat), tmp_path)
    assert again.levels.classroom is None
    assert {"weights_dock", "loss_dock"} <= docks_in_view(again)
    assert again.controls_dock.features() == ALL_FEATURES
    again.close()


# ---------------------------------------------------------------------- the lesson's field
def test_every_key_and_dock_a_classroom_may_name_is_in_the_window(window):
    window.controls.add_layer.click()
    for key in SETTING_KEYS:
        assert window.controls.findChild(QWidget, key) is not None, key
    assert set(DOCKS) == {dock.objectName() for dock in window.docks()}


def test_the_classroom_field_is_checked():
    assert parse_classroom(CLASSROOM) == Classroom(("units", "activation", "learning_rate"),
                                                   ("controls_dock", "decision_dock", "confusion_dock"))
    assert parse_classroom({"settings": [], "views": []}) == Classroom((), ())
    for entry, words in (
        (["learning_rate"], "classroom must be"),
        ({"settings": ["learning_rate"]}, "views"),
        ({"settings": [], "views": [], "actions": []}, "actions"),
        ({"settings": ["lerning_rate"], "views": []}, "classroom.settings[0] is 'lerning_rate', which is not a setting's key"),
        ({"settings": ["title"], "views": []}, "not a setting's key"),
        ({"settings": [3], "views": []}, "classroom.settings[0]"),
        ({"settings": [], "views": ["race_dock"]}, "classroom.views[0] is 'race_dock', which is not a view's dock"),
        ({"settings": ["noise", "noise"], "views": []}, "classroom.settings[1] names 'noise' a second time"),
        ({"settings": "noise", "views": []}, "classroom.settings"),
    ):
        with pytest.raises(LessonError) as caught:
            parse_classroom(entry)
        message = str(caught.value)
        assert words in message and "\n" not in message and len(message) < 400, message
    assert parse_classroom({"settings": [], "views": ["landscape_dock"]}).views == ("landscape_dock",)
    # A list of docks of its own (a window with other docks).
    assert parse_classroom({"settings": [], "views": ["extra_dock"]}, docks=(*DOCKS, "extra_dock")).views == ("extra_dock",)


def test_a_lesson_file_without_the_field_has_no_classroom(tmp_path):
    document = json.loads((lessons_dir() / "01_one_neuron.json").read_text(encoding="utf-8"))
    shutil.copytree(lessons_dir() / "presets", tmp_path / "presets")  # its presets, beside it
    del document["classroom"]
    plain = tmp_path / "plain.json"
    plain.write_text(json.dumps(document), encoding="utf-8")
    assert read_lesson(plain).classroom is None
    document["classroom"] = {"settings": ["x"], "views": []}
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(LessonError, match="classroom.settings"):
        read_lesson(bad)


def test_reset_all_settings_keeps_the_level(window, settings, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.level_beginner_action.trigger()
    window.weights_dock.show()
    window.reset_settings_action.trigger()
    assert settings.value("view/level") == "beginner" and window.levels.name == "beginner"
    assert docks_in_view(window) == EXPECTED_DOCKS["beginner"]


def test_every_lesson_says_what_its_class_needs(window, qtbot):
    from backprop_gui.content.lessons import load_lessons

    problems = []
    lessons = load_lessons(problems=problems)
    assert problems == [] and len(lessons) >= 12
    for lesson in lessons:
        assert lesson.classroom is not None, lesson.id
        assert "loss_dock" in lesson.classroom.views or "stepthrough_dock" in lesson.classroom.views, lesson.id
        # Every control and view a "try this" step points at is in the classroom's view.
        window.show_lessons(lesson.id)
        window.classroom_action.trigger()
        assert window.levels.classroom == lesson.classroom
        for target in {name for step in lesson.targets for name in step}:
            assert window.levels.allows(target), (lesson.id, target)
        window.leave_classroom_action.trigger()
