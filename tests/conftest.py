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
