"""Where the bundled resources are: installed, in a source checkout, or in a bundle."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def resources_dir() -> Path:
    """The resources folder: ``backprop_gui/resources`` when installed or bundled,
    else the checkout's top-level ``resources/``."""
    for candidate in (_PACKAGE / "resources", _PACKAGE.parent / "resources"):
        if (candidate / "experiments").is_dir():
            return candidate
    raise FileNotFoundError("backprop-gui's resources folder is missing; reinstall the app")
