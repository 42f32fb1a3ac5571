"""Test setup: Qt runs offscreen, so the suite needs no screen."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def _normal_font_afterwards():
    """View → Zoom sets the application's font; a later test must not start zoomed in."""
    yield
    from PySide6.QtGui import QFontDatabase
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is not None:
        app.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont))


@pytest.fixture
def settings(tmp_path):
    """The window's settings, in a file of the test's own."""
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def answers(monkeypatch):
    """Answers the window's questions as a user would, and keeps the text of each one asked;
    a test sets ``answers["question"]`` to answer otherwise."""
    from PySide6.QtWidgets import QMessageBox

    state = {"question": QMessageBox.StandardButton.Yes, "asked": []}

    def question(parent, title, text, *args, **kwargs):
        state["asked"].append(text)
        return state["question"]

    monkeypatch.setattr(QMessageBox, "question", question)
    return state


@pytest.fixture
def window(qtbot, settings, answers, tmp_path):
    """The main window, shown, with its own settings and data folder; afterwards closed
    without questions and the interface back in English."""
    from PySide6.QtWidgets import QMessageBox

    from backprop_gui.gui import i18n
    from backprop_gui.gui.app import make_application
    from backprop_gui.gui.main_window import MainWindow

    make_application()
    win = MainWindow(settings=settings, data_dir=tmp_path / "data")
    qtbot.addWidget(win)
    win.show()
    yield win
    i18n.install(None, "en")
    answers["question"] = QMessageBox.StandardButton.Discard
    win.close()
