"""What every live view has in common."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from ...data.datasets import Dataset
from ...core.network import Network
from ...core.trainer import Snapshot


@dataclass(eq=False)
class ViewContext:
    """What stays fixed while one run trains: its settings, data and a display network.

    ``network`` has the run's architecture. The window loads each snapshot's
    ``state`` into it (in the GUI thread) before calling ``show_snapshot``, so a view
    may call ``network.predict`` or read ``network.layers`` for the newest weights.
    It is never the network the worker trains.
    """

    experiment: dict
    dataset: Dataset
    network: Network


class View(QWidget):
    """A live view. The window calls ``set_context`` when a run is (re)built and
    ``show_snapshot`` at most 30 times a second while it trains."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context: ViewContext | None = None

    def set_context(self, context: ViewContext) -> None:
        self.context = context

    def show_snapshot(self, snapshot: Snapshot) -> None:
        raise NotImplementedError

    def retranslate_ui(self) -> None:
        """Set every visible text again in the current language."""

    def _lay_out_with_message(self, page: QWidget) -> None:
        """Fill the view with ``page``, and behind it (``self.stack`` index 1) a centred
        ``self.message`` for data the view cannot show."""
        self.stack = QStackedWidget(self)
        self.stack.addWidget(page)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.message)
        box = QVBoxLayout(self)
        box.setContentsMargins(2, 2, 2, 2)
        box.addWidget(self.stack)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif event.type() == QEvent.Type.FontChange and hasattr(self, "_apply_palette"):
            self._apply_palette()  # re-style the plots: their labels follow the zoomed font
        super().changeEvent(event)
