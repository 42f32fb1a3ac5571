"""Where things are: the bundled resources, and the system folders an administrator
fills for every user of a computer."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath

_PACKAGE = Path(__file__).resolve().parent

# The application's id (reverse DNS, as AppStream and the desktop entry specification
# ask): the name of the Linux desktop entry (<id>.desktop) and of the AppStream
# metainfo file (<id>.metainfo.xml); the window should give it to
# QGuiApplication.setDesktopFileName so that Wayland matches windows to the entry.
APP_ID = "org.backprop_gui.BackpropGui"

# The system lesson-pack folder's place under each platform's shared-data folder.
_LESSONS = ("backprop-gui", "lessons")


def resources_dir() -> Path:
    """The resources folder: ``backprop_gui/resources`` when installed or bundled,
    else the checkout's top-level ``resources/``."""
    for candidate in (_PACKAGE / "resources", _PACKAGE.parent / "resources"):
        if (candidate / "experiments").is_dir():
            return candidate
    raise FileNotFoundError("backprop-gui's resources folder is missing; reinstall the app")


def system_lesson_folders(platform: str = sys.platform, environ: Mapping[str, str] = os.environ) -> list[PurePath]:
    """The folders where an administrator installs lesson packs (``.bplesson``) for
    every user of the computer, most important first. They may not exist; the reader
    (``gui/lesson_library.py``, at every start) skips those.

    - Linux and other Unix: ``backprop-gui/lessons`` under each folder of
      ``$XDG_DATA_DIRS`` (by default ``/usr/local/share`` and ``/usr/share``, the one
      the .deb makes). Relative entries are ignored, as the XDG specification says.
    - Windows: ``%ProgramData%\\backprop-gui\\lessons`` (``C:\\ProgramData`` when unset).
    - macOS: ``/Library/Application Support/backprop-gui/lessons``.

    ``platform`` and ``environ`` are parameters so that every platform can be tested
    anywhere; the paths are of that platform's kind (pure paths when it is not this
    machine's)."""
    if platform == "win32":
        kind = Path if sys.platform == "win32" else PureWindowsPath
        return [kind(environ.get("ProgramData") or environ.get("PROGRAMDATA") or r"C:\ProgramData", *_LESSONS)]
    kind = Path if sys.platform != "win32" else PurePosixPath
    if platform == "darwin":
        return [kind("/Library/Application Support", *_LESSONS)]
    data_dirs = environ.get("XDG_DATA_DIRS") or "/usr/local/share:/usr/share"
    folders: list[PurePath] = []
    for entry in data_dirs.split(":"):
        folder = kind(entry, *_LESSONS)
        if entry.startswith("/") and folder not in folders:
            folders.append(folder)
    return folders
