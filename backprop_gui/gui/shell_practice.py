"""The Practice dock (View → Practice): where it goes, how big, and opening it."""

from __future__ import annotations

from PySide6.QtCore import Qt


class PracticeMixin:
    """The practice dock of :class:`~.main_window.MainWindow`."""

    def _build_practice_dock(self) -> None:
        """At the right edge, from top to bottom, where the lesson goes (a tab beside it):
        the drawing above and the list of quantities below both need height. Hidden until
        View → Practice."""
        from .practice_panel import PracticePanel

        self.practice = PracticePanel()
        self.practice_dock = self._dock("practice_dock", self.practice, Qt.DockWidgetArea.RightDockWidgetArea)
        self.tabifyDockWidget(self.lessons_dock, self.practice_dock)
        self.practice_dock.hide()

    def show_practice(self) -> None:
        """Show the practice dock with a problem in it, wide enough for the drawing."""
        self.practice.ensure_problem()
        was_hidden = not self.practice_dock.isVisible()
        self.practice_dock.show()
        self.practice_dock.raise_()
        if was_hidden and not self.practice_dock.isFloating():
            self.resizeDocks([self.practice_dock], [int(0.36 * self.width())], Qt.Orientation.Horizontal)
