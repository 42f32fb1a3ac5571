"""The Practice dock (Run → Practice): where it goes, how big, and opening it.

The practice needs height (the drawing above, the list of quantities below) and a
column's width, and the window has no column to spare on a 1024-pixel screen: every dock
is already at its narrowest. So it is a tab over the decision view, at the right from
top to bottom: while it is in view, the loss curves below it give it most of their
height (Qt does not resize a dock that shares a tab group, so the loss curves are made
smaller instead), and get it back when the practice is put away.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFrame, QScrollArea

#: While the practice is in view, the loss curves keep this share of the window's height.
LOSS_SHARE_WHILE_PRACTISING = 0.12


class PracticeMixin:
    """The practice dock of :class:`~.main_window.MainWindow`."""

    def _build_practice_dock(self) -> None:
        """A tab over the decision view; hidden until Run → Practice."""
        from .practice_panel import PracticePanel

        self.practice = PracticePanel()
        # In a scroll area, up and down only: zoomed in on a short screen the drawing and
        # the list need more height than the column has.
        scroll = QScrollArea()
        scroll.setWidget(self.practice)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.practice_dock = self._dock("practice_dock", scroll, Qt.DockWidgetArea.RightDockWidgetArea)
        self.tabifyDockWidget(self.decision_dock, self.practice_dock)
        self.decision_dock.raise_()
        self.practice_dock.hide()
        self._shrunk_for_practice = False
        self.practice_dock.visibilityChanged.connect(self._practice_visibility)

    def show_practice(self) -> None:
        """Show the practice with a problem in it, most of the right-hand column's height."""
        self.practice.ensure_problem()
        self.practice_dock.show()
        self.practice_dock.raise_()
        if not self.practice_dock.isFloating() and self.loss_dock.isVisible() and not self._shrunk_for_practice:
            self._loss_height = self.loss_dock.height()  # given back when the practice is put away
            self.resizeDocks([self.loss_dock], [int(LOSS_SHARE_WHILE_PRACTISING * self.height())],
                             Qt.Orientation.Vertical)
            self._shrunk_for_practice = True
        QTimer.singleShot(0, self._hide_stale_tab_bars)

    def _practice_visibility(self, visible: bool) -> None:
        if not visible and self._shrunk_for_practice:
            self._shrunk_for_practice = False
            # once the tab bar has gone and the column is laid out again
            QTimer.singleShot(0, lambda: self.resizeDocks([self.loss_dock], [self._loss_height], Qt.Orientation.Vertical))
