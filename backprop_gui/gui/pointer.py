"""Pointing at a control: a lesson's "try this" step shows where its button, setting or view is.

A step names what it points at (``resources/lessons/README.md``): a dock
(``decision_dock``), an action of the tool bar (``play``, ``keep_run``), a setting's
key (``learning_rate``, the object name of its field in the Settings panel), or any
other named widget of the window (``log_scale``, ``diagram``, the step-through's
``next_phase``). :func:`find_target` finds the widget, bringing its dock into view and
scrolling to it; :class:`Pointer` draws a blinking orange frame around it for a moment,
over everything, without taking a click.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QDockWidget, QMainWindow, QScrollArea, QWidget

#: How long the frame stays, and how often it blinks meanwhile (milliseconds).
SHOW_MS = 2400
BLINK_MS = 300
COLOR = QColor("#D55E00")  # the colour-blind-safe orange of the warnings


def _dock_of(widget: QWidget) -> QDockWidget | None:
    while widget is not None and not isinstance(widget, QDockWidget):
        widget = widget.parentWidget()
    return widget


def _bring_into_view(window: QMainWindow, widget: QWidget) -> None:
    """Show and raise the dock that holds ``widget``, and scroll to it."""
    dock = _dock_of(widget)
    if dock is not None:
        if dock is getattr(window, "stepthrough_dock", None) and not dock.isVisible():
            window.show_stepthrough()  # (it copies the current weights in first)
        dock.show()
        dock.raise_()
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea) and parent.widget() is not None and parent.widget().isAncestorOf(widget):
            parent.ensureWidgetVisible(widget, 10, 10)
        parent = parent.parentWidget()


def find_target(window: QMainWindow, name: str) -> QWidget | None:
    """The widget ``name`` points at (brought into view), or None if the window has none in use."""
    docks = {dock.objectName(): dock for dock in window.docks()}
    widget: QWidget | None = None
    if name in docks:
        widget = docks[name]
        if widget is getattr(window, "stepthrough_dock", None):
            window.show_stepthrough()
    elif name in window.named_actions and window.toolbar.widgetForAction(window.named_actions[name]) is not None:
        widget = window.toolbar.widgetForAction(window.named_actions[name])
    elif name == "diagram":
        widget = window.diagram
    else:
        # The Settings panel first: the step-through has a learning-rate field of its own.
        widget = window.controls.findChild(QWidget, name) or window.findChild(QWidget, name)
    if widget is None:
        return None
    if isinstance(widget, QDockWidget):
        widget.show()
        widget.raise_()
    else:
        _bring_into_view(window, widget)
    return widget


class Pointer(QWidget):
    """A blinking frame around one widget of ``window``, for :data:`SHOW_MS`."""

    def __init__(self, window: QMainWindow, target: QWidget) -> None:
        super().__init__(window)
        self.target = target
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._ticks = 0
        self._on = True
        self._timer = QTimer(self)
        self._timer.setInterval(BLINK_MS)
        self._timer.timeout.connect(self._tick)
        self._place()
        self.show()
        self.raise_()
        self._timer.start()

    def _place(self) -> None:
        """Over the target where it is now (its dock may just have been laid out)."""
        window = self.parentWidget()
        target = self.target
        if target is None or not target.isVisible():
            self.setGeometry(QRect())
            return
        corner = target.mapTo(window, target.rect().topLeft())
        self.setGeometry(QRect(corner, target.size()).adjusted(-4, -4, 4, 4).intersected(window.rect()))

    def _tick(self) -> None:
        self._ticks += 1
        if self._ticks * BLINK_MS >= SHOW_MS:
            self._timer.stop()
            self.close()
            return
        self._on = not self._on if self._ticks < 6 else True  # three blinks, then it stays until it goes
        self._place()
        self.raise_()
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt's name)
        if not self._on:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fill = QColor(COLOR)
        fill.setAlpha(40)
        painter.setBrush(fill)
        painter.setPen(QPen(COLOR, 4))
        painter.drawRoundedRect(self.rect().adjusted(2, 2, -2, -2), 6, 6)
