"""Help → Teacher's guide: installing, a first lesson and saving work, offline.

The guide is Markdown in ``resources/guide/guide_<language>.md``, one file per
language, shown in the window's language and shown again when the language changes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from ..paths import resources_dir
from . import i18n


def guide_path(language: str) -> Path:
    """The guide in ``language``, or the English one when there is none."""
    folder = resources_dir() / "guide"
    path = folder / f"guide_{language}.md"
    return path if path.is_file() else folder / f"guide_{i18n.SOURCE_LANGUAGE}.md"


class GuideDialog(QDialog):
    """A non-modal window with the guide. Object names: ``guide_dialog``, ``guide_text``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guide_dialog")
        self.text = QTextBrowser(self)
        self.text.setObjectName("guide_text")
        self.text.setOpenLinks(False)  # the guide has no links; never leave it
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.retranslate_ui()
        self.resize(760, 620)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Teacher's guide"))
        path = guide_path(i18n.current_language())
        try:
            self.text.setMarkdown(path.read_text(encoding="utf-8"))
        except OSError as error:
            self.text.setPlainText(self.tr("The guide could not be read ({error}). Reinstalling the app restores it.").format(error=error.strerror or error))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
