"""PyInstaller runtime hook: stand-ins for PySide6.QtOpenGL and QtOpenGLWidgets.

pyqtgraph imports both when it starts (for its optional OpenGL drawing) although the
app never draws with OpenGL: no view turns on ``useOpenGL`` or ``enableGL``. The real
modules would add about 11 MB to the bundle, so the bundle leaves them out and these
stand-ins satisfy the imports, the way pyqtgraph itself does on Qt 5 (where
``QOpenGLWidget`` is stood in for by a plain widget). Anything that did try to use
OpenGL gets a clear error instead of a crash.
"""

import sys
import types

from PySide6 import QtWidgets

MESSAGE = "OpenGL drawing is not included in this build of backprop-gui"


class QOpenGLWidget(QtWidgets.QWidget):
    def __init__(self, *args, **kwargs):
        raise RuntimeError(MESSAGE)


def _missing(name):
    raise AttributeError(f"{MESSAGE} (PySide6 OpenGL class {name!r})")


for _name in ("PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets"):
    if _name not in sys.modules:
        _module = types.ModuleType(_name, MESSAGE)
        _module.__getattr__ = _missing
        if _name.endswith("Widgets"):
            _module.QOpenGLWidget = QOpenGLWidget
        sys.modules[_name] = _module
