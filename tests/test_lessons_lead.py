"""Lessons that lead the class: the lesson beside the views, steps that point at what they
name, presets switched without needless questions, a speed a class can watch, and the
views showing what the lessons speak of (project issue 13, part 3)."""

from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDockWidget, QMessageBox, QPushButton, QWidget

from backprop_gui.content.lessons import LessonError, load_lessons, parse_lesson
from backprop_gui.gui.app import make_application
from backprop_gui.gui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


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
