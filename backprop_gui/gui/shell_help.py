"""Help: the lessons, the glossary, the teacher's guide, the keyboard shortcuts and About."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from .. import __version__
from . import actions, i18n


class HelpMixin:
    """The Help menu of :class:`~.main_window.MainWindow`."""

    def show_lessons(self, lesson_id: str | None = None) -> None:
        was_hidden = not self.lessons_dock.isVisible()
        self.lessons_dock.show()
        self.lessons_dock.raise_()
        if was_hidden and not self.tabifiedDockWidgets(self.lessons_dock):  # beside the views: a readable column
            self.resizeDocks([self.lessons_dock], [int(0.22 * self.width())], Qt.Orientation.Horizontal)
        if lesson_id:
            self.lessons.select_lesson(lesson_id)

    def show_glossary(self, term_id: str | None = None) -> None:
        from .lessons import GlossaryDialog

        if self.glossary is None:
            self.glossary = GlossaryDialog(language=i18n.current_language, lessons=self.lessons.lessons, parent=self)
            self.glossary.lesson_requested.connect(self.show_lessons)
        if term_id:
            self.glossary.select_term(term_id)
        self.glossary.show()
        self.glossary.raise_()

    def show_guide(self) -> None:
        from .guide import GuideDialog

        if self.guide is None:
            self.guide = GuideDialog(parent=self)
        self.guide.show()
        self.guide.raise_()

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About backprop-gui"), self.tr(
            "<h3>backprop-gui {version}</h3>"
            "<p>Build a neural network, watch it learn by backpropagation, break it on purpose and understand why.</p>"
            "<p>Free software under the MIT licence. It works entirely offline.</p>").format(version=__version__))

    def shortcuts_text(self) -> str:
        """Help → Keyboard shortcuts: every action's shortcut, read from the actions."""
        rows = "".join(f"<tr><td><b>{html.escape(keys)}</b></td><td>&nbsp;&nbsp;{html.escape(what)}</td></tr>"
                       for keys, what in actions.shortcut_rows(self.named_actions))
        return f"<table>{rows}</table>"

    def show_shortcuts(self) -> None:
        QMessageBox.information(self, self.tr("Keyboard shortcuts"), self.shortcuts_text())
