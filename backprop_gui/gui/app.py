"""Starting the window: the QApplication, its look, settings and the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSettings, Qt
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from .. import __version__
from ..paths import APP_ID, resources_dir

ORGANIZATION = "backprop-gui"
APPLICATION = "backprop-gui"
PORTABLE_MARKER = "portable.txt"


def portable_dir() -> Path | None:
    """The folder of the program when a ``portable.txt`` lies beside it (a USB stick, or a
    school whose profiles are wiped at log-off): settings and autosaves then stay there."""
    folder = Path(sys.executable).resolve().parent
    return folder if (folder / PORTABLE_MARKER).is_file() else None


def make_application(argv: list[str] | None = None) -> QApplication:
    """The one QApplication, configured for high-DPI screens and our settings."""
    app = QApplication.instance()
    if app is not None:
        return app
    # Fractional scale factors (125 %, 150 %) as the system asks, not rounded.
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(f"backprop-gui {__version__}")  # window titles end with it
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)  # Wayland matches the window to its menu entry by this name
    icon = resources_dir() / "icons" / "backprop-gui.png"
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    # Settings are INI files everywhere, so they are easy to inspect and reset.
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    portable = portable_dir()
    if portable is not None:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(portable / "settings"))
    return app


class FileOpenHandler(QObject):
    """Opens the files macOS sends as events (a double-clicked .bpexp, a file dropped on
    the Dock icon); Windows and Linux pass them on the command line instead."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.FileOpen and event.file():
            self.window.open_file(Path(event.file()))
            return True
        return False


def run_gui(file: str | None = None, language: str | None = None, reset_settings: bool = False) -> int:
    """Open the main window (on ``file`` if given) and run until it closes.

    The language is ``language`` if given (``--lang``), else the one chosen last time in
    View → Language, else the system's.
    """
    app = make_application()
    from . import i18n
    from .main_window import MainWindow

    settings = QSettings()
    if reset_settings:  # --reset-settings: recover from a broken layout or choice
        settings.clear()
        settings.sync()
    if language is None:
        language = str(settings.value("view/language", "") or i18n.system_language())
    i18n.install(app, language)
    from .levels import first_start

    first_start(settings)  # a first start opens at the level of a first lesson
    portable = portable_dir()
    window = MainWindow(settings=settings, data_dir=portable / "data" if portable else None)
    app.installEventFilter(FileOpenHandler(window))
    window.show()
    if not window.offer_restore() and file:
        window.open_file(Path(file))
    return app.exec()


