"""The lesson editor's Classroom tab: the settings and views a lesson's students need, ticked,
become the lesson's ``classroom`` field; a lesson made so and shared as a pack opens in
classroom mode showing exactly those (issue 16)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QCheckBox, QGroupBox, QMessageBox

from backprop_gui.content import packs
from backprop_gui.content.classroom import DOCKS, SETTING_KEYS, Classroom
from backprop_gui.content.lessons import load_lessons
from backprop_gui.gui import lesson_library
from backprop_gui.gui.app import make_application
from backprop_gui.gui.lesson_editor import LessonEditor, lesson_document, open_editor
from backprop_gui.gui.main_window import MainWindow

from test_lesson_editor import LESSONS, write_a_lesson


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(lesson_library, "system_lesson_folders", lambda: [tmp_path / "system"])
    make_application()
    win = MainWindow(settings=QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat),
                     data_dir=tmp_path / "data")
    qtbot.addWidget(win)
    win.resize(1366, 740)
    win.show()
    qtbot.waitExposed(win)
    yield win
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    if getattr(win, "lesson_editor", None) is not None:
        win.lesson_editor.close()
    if win.levels.classroom is not None:
        win.leave_classroom_action.trigger()
    win.close()


def test_the_tab_offers_every_setting_and_view_by_its_label_on_screen(window):
    editor = open_editor(window, None)
    group = editor.findChild(QGroupBox, "classroom")
    assert group is not None and not group.isChecked()  # a new lesson has no classroom entry
    assert "classroom" not in editor.document()
    labels = {key: editor.findChild(QCheckBox, f"classroom_setting_{key}").text() for key in SETTING_KEYS}
    assert labels["learning_rate"] == "Learning rate" and labels["optimizer"] == "Optimizer"
    views = {dock: editor.findChild(QCheckBox, f"classroom_view_{dock}") for dock in DOCKS}
    assert views["lessons_dock"] is None  # always shown
    assert views["loss_dock"].text() == window.loss_dock.windowTitle() == "Loss curves"
    editor.mark_clean()


def test_a_lesson_made_with_a_classroom_entry_opens_from_its_pack_in_classroom_mode(window, tmp_path):
    editor = open_editor(window, None)
    write_a_lesson(editor, window, indonesian_only=False)
    editor.findChild(QGroupBox, "classroom").setChecked(True)
    for key in ("learning_rate", "units"):
        editor.findChild(QCheckBox, f"classroom_setting_{key}").click()
    for dock in ("loss_dock", "decision_dock"):
        editor.findChild(QCheckBox, f"classroom_view_{dock}").click()
    assert editor.document()["classroom"] == {"settings": ["units", "learning_rate"],
                                              "views": ["decision_dock", "loss_dock"]}
    out = tmp_path / "classroom.bplesson"
    assert editor.save_pack(out), editor.message.text()
    editor.mark_clean()
    editor.close()

    assert window.open_file(out)
    lesson = window.lessons.current_lesson()
    assert lesson.title["en"] == "A small learning rate"
    # (settings the students may change bring the Settings panel, though the teacher did not tick it)
    assert lesson.classroom == Classroom(("units", "learning_rate"), ("controls_dock", "decision_dock", "loss_dock"))
    assert window.classroom_action.isEnabled()
    window.classroom_action.trigger()
    shown = {dock.objectName() for dock in window.docks() if dock.isVisible()}
    assert shown == {"controls_dock", "decision_dock", "loss_dock", "lessons_dock"}
    assert window.controls.shows("learning_rate") and not window.controls.shows("optimizer")
    # Reopened in the editor, the same boxes are ticked.
    document, experiments = lesson_document(lesson)
    again = LessonEditor(window, document, experiments)
    assert again.classroom_document() == {"settings": ["units", "learning_rate"], "views": ["decision_dock", "loss_dock"]}
    again.close()


@pytest.mark.parametrize("lesson", [lesson for lesson in load_lessons(LESSONS) if lesson.classroom is not None] or [None],
                         ids=lambda lesson: getattr(lesson, "id", "none"))
def test_a_built_in_classroom_entry_survives_a_copy_in_the_editor(window, lesson, tmp_path):
    if lesson is None:
        pytest.skip("no built-in lesson has a classroom entry")
    document, experiments = lesson_document(lesson)
    editor = LessonEditor(window, document, experiments)
    out = tmp_path / "copy.bplesson"
    assert editor.save_pack(out), editor.message.text()
    (copy,) = packs.read_pack(out, into=tmp_path).lessons
    assert set(copy.classroom.settings) == set(lesson.classroom.settings)
    assert set(copy.classroom.views) == set(lesson.classroom.views)
    editor.mark_clean()
    editor.close()
