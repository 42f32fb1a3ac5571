"""The lessons panel and the glossary dialog.

Reading and checking the lessons and the glossary is Qt-free and lives in
:mod:`backprop_gui.content.lessons` and :mod:`backprop_gui.content.glossary`; the names
are imported here too, for the code that read them from this module.

- :class:`LessonsPanel` lists the lessons and shows the selected one: goal,
  explanation, "try this" steps, challenges, a question whose answer is revealed by a
  button, and one button per preset experiment, which emits ``preset_requested(path)``
  (after asking the preset's prediction, if it has one: :mod:`.lesson_tasks`). The window
  feeds it every snapshot it draws (:meth:`LessonsPanel.follow_run`), against which the
  predictions and challenges are checked.
- :class:`GlossaryDialog` is a searchable list of the terms with their explanation and
  a button that emits ``lesson_requested(lesson_id)`` for the lesson that shows it.

Both take ``language``, a callable that returns the language to show ("en", "id", ...),
and show everything again when Qt sends them ``QEvent.LanguageChange``.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFrame, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QMenu, QPushButton, QScrollArea, QSizePolicy, QSplitter, QStyle, QStyleOptionButton, QStylePainter,
    QVBoxLayout, QWidget,
)

from ..content.glossary import Term, load_glossary, search_terms
from ..content.lessons import DEFAULT_LANGUAGE, Lesson, load_lessons, localized, normalise_language
from .lesson_tasks import LessonTasks, wrapped_label

log = logging.getLogger(__name__)

#: Titles are drawn this much larger than the window's font.
TITLE_SCALE = 1.3


def written_in(lesson: Lesson) -> str | None:
    """The one language a lesson is written in, or None when it has several. English is
    required by the format, so a lesson written in Bahasa Indonesia only gives the same
    texts under "en" and "id" (the lesson editor writes it so)."""
    if set(lesson.title) == {DEFAULT_LANGUAGE}:
        return DEFAULT_LANGUAGE
    if set(lesson.title) == {DEFAULT_LANGUAGE, "id"} and all(
            len(set(texts.values())) == 1 for texts in (lesson.title, lesson.goal, lesson.explanation, lesson.try_steps,
                                                        lesson.question, lesson.answer)):
        return "id"
    return None


# =========================================================================== widgets
def _language_of(language: Callable[[], str] | None) -> Callable[[], str]:
    if language is None:
        return lambda: DEFAULT_LANGUAGE

    def safe() -> str:
        try:
            return normalise_language(language())
        except Exception:  # noqa: BLE001 - showing text must not fail over a language callback
            log.exception("the language callback failed; showing English")
            return DEFAULT_LANGUAGE

    return safe


def _bold_font(base: QFont, factor: float = 1.0) -> QFont:
    """Bold, ``factor`` times the size of ``base``. With factor 1 only the weight is set,
    so the size keeps following the window's font (and its zoom)."""
    font = QFont()
    font.setBold(True)
    if factor != 1.0 and base.pointSizeF() > 0:
        font.setPointSizeF(base.pointSizeF() * factor)
    return font


class PresetButton(QPushButton):
    """A preset's button whose label, when the lesson dock is narrower than it, ends in "…"
    instead of being cut at both ends ("nakkan: laju pembelajaran lebih k"); ``text()`` and
    the tooltip keep the whole label."""

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        option = QStyleOptionButton()
        self.initStyleOption(option)
        room = self.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, self).width() - 6
        option.text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, max(room, 0))
        QStylePainter(self).drawControl(QStyle.ControlElement.CE_PushButton, option)

class _Step(QLabel):
    """One "try this" step. One that names controls is a button: a click (or Enter)
    emits ``clicked`` with what it points at, and the window shows them."""

    clicked = Signal(object)

    def __init__(self, number: int, text: str, targets: tuple[str, ...], parent: QWidget) -> None:
        super().__init__(f"{number}. {text}", parent)
        self.setObjectName(f"lesson_step_{number}")
        self.targets = targets
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        if targets:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
            self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            # A blue bar on the left marks the steps that show where to look.
            self.setStyleSheet("QLabel { border: none; border-left: 3px solid #0072B2; padding: 2px 2px 2px 5px; }"
                               "QLabel:hover, QLabel:focus { background: rgba(0, 114, 178, 40); }")
        else:
            self.setStyleSheet("QLabel { padding: 2px 2px 2px 8px; }")

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if self.targets and event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.clicked.emit(self.targets)
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if self.targets and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit(self.targets)
            return
        super().keyPressEvent(event)


class LessonsPanel(QWidget):
    """The lessons: a numbered list, and the selected lesson's texts and presets.

    Signals:

    ``preset_requested(str)``
        The absolute path of the preset experiment whose button was clicked.
    ``lesson_selected(str)``
        The id of the lesson now shown.
    ``term_requested(str)``
        The id of a glossary term the student clicked under "Words in this lesson".
    ``target_requested(tuple)``
        What a clicked "try this" step points at: settings' keys, docks' and actions'
        names (see ``resources/lessons/README.md``); the window shows them.
    ``challenge_met(str, str)``
        The lesson's and the challenge's id, when the run shown meets a challenge.

    Object names for tests and style sheets: ``lesson_list``, ``lesson_title``,
    ``lesson_goal``, ``lesson_explanation``, ``lesson_try`` (holding ``lesson_step_1``,
    ``lesson_step_2``, ...), ``lesson_question``,
    ``show_answer`` (checkable), ``lesson_answer``, ``preset_1``, ``preset_2``, ...
    (counted from 1, in the lesson's order), ``lesson_terms`` and ``lesson_problems``;
    ``lesson_tasks`` and ``lesson_challenges`` (see :mod:`.lesson_tasks` for theirs).
    """

    preset_requested = Signal(str)
    lesson_selected = Signal(str)
    remove_group_requested = Signal(str)  # the key of a group of lessons (a lesson pack) to remove
    term_requested = Signal(str)
    target_requested = Signal(object)  # the names (tuple) a clicked "try this" step points at
    challenge_met = Signal(str, str)  # lesson id, challenge id

    def __init__(
        self,
        language: Callable[[], str] | None = None,
        lessons: list[Lesson] | None = None,
        glossary: list[Term] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.language = _language_of(language)
        self.problems: list[str] = []
        self.lessons: list[Lesson] = list(lessons) if lessons is not None else load_lessons(problems=self.problems)
        glossary = glossary if glossary is not None else load_glossary(problems=self.problems)
        self.glossary: dict[str, Term] = {term.id: term for term in glossary}
        self.preset_buttons: list[QPushButton] = []
        # Lessons from packs, shown after the built-in ones under their pack's title:
        # (key, title in each language, lessons, removable).
        self.groups: list[tuple[str, dict, list[Lesson], bool]] = []
        self.built_in: list[Lesson] = list(self.lessons)
        self._build()
        self._apply_fonts()
        self._fill_list()
        self.retranslate_ui()
        if self.lessons:
            self._select_index(0)

    # ------------------------------------------------------------------ building
    def _build(self) -> None:
        self.lesson_list = QListWidget(self)
        self.lesson_list.setObjectName("lesson_list")
        self.lesson_list.setWordWrap(True)
        self.lesson_list.currentRowChanged.connect(self._row_changed)
        self.lesson_list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.lesson_list.customContextMenuRequested.connect(self._list_menu)

        self.problems_label = wrapped_label("lesson_problems", self)
        self.problems_label.setStyleSheet("color: #B34700;")
        self.problems_label.setVisible(False)
        self.empty_label = wrapped_label("lesson_empty", self)
        self.empty_label.setVisible(not self.lessons)

        content = QWidget()
        content.setObjectName("lesson_content")
        column = QVBoxLayout(content)
        column.setContentsMargins(8, 6, 8, 8)
        column.setSpacing(4)
        self.title_label = wrapped_label("lesson_title", self, selectable=True)
        self.language_note = wrapped_label("lesson_language_note", self)
        self.language_note.setStyleSheet("color: palette(mid); font-style: italic;")
        self.language_note.setVisible(False)
        self.goal_heading = self._heading(content)
        self.goal_label = wrapped_label("lesson_goal", content, selectable=True)
        self.explanation_heading = self._heading(content)
        self.explanation_label = wrapped_label("lesson_explanation", content, selectable=True)
        self.try_heading = self._heading(content)
        self.try_hint = wrapped_label("lesson_try_hint", content)
        self.try_hint.setStyleSheet("color: palette(mid);")
        self.try_box = QWidget(content)  # one _Step per "try this" step
        self.try_box.setObjectName("lesson_try")
        self.try_column = QVBoxLayout(self.try_box)
        self.try_column.setContentsMargins(0, 0, 0, 0)
        self.try_column.setSpacing(3)
        self.steps: list[_Step] = []
        # Predictions and challenges: the question, the comparison and the celebration stay
        # in sight above the texts; the challenges are listed after "Try this".
        self.tasks = LessonTasks(self.language, self)
        self.tasks.open_preset.connect(self.preset_requested)
        self.tasks.challenge_met.connect(self.challenge_met)
        self.challenges_heading = self._heading(content)
        self.challenges_hint = wrapped_label("lesson_challenges_hint", content)
        self.challenges_hint.setStyleSheet("color: palette(mid);")
        self.question_heading = self._heading(content)
        self.question_label = wrapped_label("lesson_question", content, selectable=True)
        self.answer_button = QPushButton(content)
        self.answer_button.setObjectName("show_answer")
        self.answer_button.setCheckable(True)
        self.answer_button.toggled.connect(self._answer_toggled)
        self.answer_label = wrapped_label("lesson_answer", content, selectable=True)
        self.answer_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.answer_label.setContentsMargins(6, 4, 6, 4)
        self.answer_label.setVisible(False)
        self.presets_heading = self._heading(self)
        self.presets_box = QVBoxLayout()
        self.presets_box.setSpacing(3)
        self.terms_heading = self._heading(content)
        self.terms_label = QLabel(content)
        self.terms_label.setObjectName("lesson_terms")
        self.terms_label.setWordWrap(True)
        self.terms_label.setTextFormat(Qt.TextFormat.RichText)
        self.terms_label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                                 | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.terms_label.linkActivated.connect(self._term_link)

        for heading, body in ((self.goal_heading, self.goal_label), (self.explanation_heading, self.explanation_label),
                              (self.try_heading, self.try_box), (self.challenges_heading, self.tasks.challenge_list),
                              (self.question_heading, self.question_label)):
            column.addSpacing(6)
            column.addWidget(heading)
            if body is self.try_box:
                column.addWidget(self.try_hint)
            if body is self.tasks.challenge_list:
                column.addWidget(self.challenges_hint)
            column.addWidget(body)
        answer_row = QHBoxLayout()
        answer_row.addWidget(self.answer_button)
        answer_row.addStretch(1)
        column.addLayout(answer_row)
        column.addWidget(self.answer_label)
        column.addSpacing(6)
        column.addWidget(self.terms_heading)
        column.addWidget(self.terms_label)
        column.addStretch(1)

        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("lesson_scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(content)
        self.content = content

        top = QWidget(self)
        top_column = QVBoxLayout(top)
        top_column.setContentsMargins(0, 0, 0, 0)
        top_column.addWidget(self.lesson_list, 1)
        top_column.addWidget(self.empty_label)
        top_column.addWidget(self.problems_label)
        # The lesson: its title and presets stay in sight at the top; the texts scroll below.
        lesson = QWidget(self)
        lesson_column = QVBoxLayout(lesson)
        lesson_column.setContentsMargins(8, 4, 8, 0)
        lesson_column.setSpacing(3)
        lesson_column.addWidget(self.title_label)
        lesson_column.addWidget(self.language_note)
        lesson_column.addWidget(self.presets_heading)
        lesson_column.addLayout(self.presets_box)
        lesson_column.addWidget(self.tasks)
        lesson_column.addWidget(self.scroll, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(top)
        self.splitter.addWidget(lesson)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setSizes([120, 550])
        box = QVBoxLayout(self)
        box.setContentsMargins(2, 2, 2, 2)
        box.addWidget(self.splitter)

    def _heading(self, parent: QWidget) -> QLabel:
        label = wrapped_label("", parent)
        label.setFont(_bold_font(self.font()))
        return label

    def _apply_fonts(self) -> None:
        """The title 1.3 times the panel's font, again whenever that changes (zoom)."""
        self.title_label.setFont(_bold_font(self.font(), TITLE_SCALE))

    def _fill_list(self) -> None:
        """The built-in lessons, then each pack's under its title (a heading that cannot be
        chosen). Each lesson's item holds its place in :attr:`lessons`."""
        language = self.language()
        current = self._current_index()
        self.lesson_list.blockSignals(True)
        self.lesson_list.clear()
        index = 0
        for title, lessons in [(None, self.built_in), *((title, lessons) for _key, title, lessons, _r in self.groups)]:
            if title is not None:
                heading = QListWidgetItem(localized(title, language))
                heading.setFlags(Qt.ItemFlag.NoItemFlags)  # a heading, never chosen
                heading.setFont(_bold_font(self.font()))
                heading.setForeground(self.palette().windowText())  # not the grey of a disabled item
                heading.setBackground(self.palette().alternateBase())
                self.lesson_list.addItem(heading)
            for lesson in lessons:
                item = QListWidgetItem(f"{lesson.number}. {lesson.text('title', language)}")
                item.setData(Qt.ItemDataRole.UserRole, index)
                self.lesson_list.addItem(item)
                index += 1
        if current is not None:
            self._select_index(current)
        self.lesson_list.blockSignals(False)

    def _current_index(self) -> int | None:
        item = self.lesson_list.currentItem()
        index = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return index if isinstance(index, int) and 0 <= index < len(self.lessons) else None

    def _select_index(self, index: int) -> bool:
        for row in range(self.lesson_list.count()):
            if self.lesson_list.item(row).data(Qt.ItemDataRole.UserRole) == index:
                self.lesson_list.setCurrentRow(row)
                self.lesson_list.scrollToItem(self.lesson_list.item(row))
                return True
        return False

    def _group_of(self, index: int | None) -> tuple[str, dict, list[Lesson], bool] | None:
        """The pack the lesson at ``index`` of :attr:`lessons` came from (None: built in)."""
        if index is None or index < len(self.built_in):
            return None
        index -= len(self.built_in)
        for group in self.groups:
            if index < len(group[2]):
                return group
            index -= len(group[2])
        return None

    def _list_menu(self, position) -> None:
        """The list's context menu: remove the pack of the lesson clicked (a pack the user opened)."""
        item = self.lesson_list.itemAt(position)
        index = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        group = self._group_of(index if isinstance(index, int) else None)
        if group is None or not group[3]:
            return
        menu = QMenu(self)
        action = menu.addAction(self.tr("Remove the lesson pack “{title}”").format(title=localized(group[1], self.language())))
        action.triggered.connect(lambda _checked=False, key=group[0]: self.remove_group_requested.emit(key))
        menu.exec(self.lesson_list.viewport().mapToGlobal(position))

    # ------------------------------------------------------------------ API
    def current_lesson(self) -> Lesson | None:
        index = self._current_index()
        return self.lessons[index] if index is not None else None

    def current_group(self) -> tuple[str, dict, list[Lesson], bool] | None:
        """The pack the lesson shown comes from: (key, title, lessons, removable), or None."""
        return self._group_of(self._current_index())

    def select_lesson(self, lesson_id: str, lesson: Lesson | None = None) -> bool:
        """Show the lesson with this id (or this very lesson); False if there is none."""
        for index, candidate in enumerate(self.lessons):
            if candidate is lesson or (lesson is None and candidate.id == lesson_id):
                return self._select_index(index)
        return False

    def set_lessons(self, lessons: list[Lesson], glossary: list[Term] | None = None) -> None:
        """Show other lessons (for example after reading a teacher's folder)."""
        self.built_in = list(lessons)
        if glossary is not None:
            self.glossary = {term.id: term for term in glossary}
        self._show_lessons()

    def set_groups(self, groups: list[tuple[str, dict, list[Lesson], bool]]) -> None:
        """Show these packs' lessons after the built-in ones, each under its title:
        (key, title in each language, lessons, whether the user may remove it)."""
        self.groups = [(key, dict(title), list(lessons), removable) for key, title, lessons, removable in groups]
        self._show_lessons()

    def _show_lessons(self) -> None:
        shown = self.current_lesson()
        self.lessons = [*self.built_in, *(lesson for group in self.groups for lesson in group[2])]
        self.lesson_list.setCurrentRow(-1)
        self._fill_list()
        self.empty_label.setVisible(not self.lessons)
        if shown is not None and shown in self.lessons:
            self._select_index(self.lessons.index(shown))
        elif self.lessons:
            self._select_index(0)
        else:
            self._show(None)

    def refresh(self) -> None:
        """Show every text again, in the language ``language()`` now returns."""
        self.retranslate_ui()

    def follow_run(self, run, experiment: dict, snapshot) -> None:
        """The window drew ``snapshot`` of ``run`` (with ``experiment`` in force): check the
        prediction waiting for this run and the lesson's challenges (see
        :meth:`.lesson_tasks.LessonTasks.follow_run`). Weights changed by hand count as soon
        as a snapshot of them is drawn."""
        self.tasks.follow_run(run, experiment, snapshot)

    # ------------------------------------------------------------------ showing
    def _row_changed(self, row: int) -> None:
        lesson = self.current_lesson()
        self.answer_button.setChecked(False)  # every lesson starts with its answer hidden
        self._show(lesson)
        self.scroll.verticalScrollBar().setValue(0)
        if lesson is not None:
            self.lesson_selected.emit(lesson.id)

    def _show(self, lesson: Lesson | None) -> None:
        language = self.language()
        self.content.setVisible(lesson is not None)
        self.title_label.setVisible(lesson is not None)
        for button in self.preset_buttons:
            self.presets_box.removeWidget(button)
            button.hide()
            button.setParent(None)  # gone from findChild and the screen now, not at the next event loop
            button.deleteLater()
        self.preset_buttons = []
        self.tasks.set_lesson(lesson)
        self._show_language_note(lesson)
        if lesson is None:
            return
        self.title_label.setText(f"{lesson.number}. {lesson.text('title', language)}")
        self.goal_label.setText(lesson.text("goal", language))
        self.explanation_label.setText("\n\n".join(lesson.text("explanation", language)))
        self._show_steps(lesson.steps(language))
        self.question_label.setText(lesson.text("question", language))
        self.answer_label.setText(lesson.text("answer", language))
        self.answer_label.setVisible(self.answer_button.isChecked())
        for number, preset in enumerate(lesson.presets, start=1):
            label = localized(preset.label, language)
            button = PresetButton(label, self)
            button.setObjectName(f"preset_{number}")
            button.setMinimumWidth(80)  # a long label must not make the panel (and the window) wider
            if lesson.prediction_for(number - 1) is not None:
                tip = self.tr("First predict what will happen, then open the experiment {file}.")
            else:
                tip = self.tr("Open the experiment {file} in the window.")
            button.setToolTip(f"{label}\n{tip.format(file=preset.path.name)}")  # the whole label, if cut
            button.clicked.connect(lambda _checked=False, index=number - 1: self.tasks.preset_clicked(index))
            self.presets_box.addWidget(button)
            button.show()  # now, not at the next event loop
            self.preset_buttons.append(button)
        self.presets_heading.setVisible(bool(lesson.presets))
        links = []
        for term_id in lesson.terms:
            term = self.glossary.get(term_id)
            if term is not None:
                name = html.escape(localized(term.term, language))
                links.append(f'<a href="term:{html.escape(term_id)}">{name}</a>')
        self.challenges_heading.setVisible(bool(lesson.challenges))
        self.challenges_hint.setVisible(bool(lesson.challenges))
        self.tasks.challenge_list.setVisible(bool(lesson.challenges))
        self.terms_label.setText(", ".join(links))
        self.terms_heading.setVisible(bool(links))
        self.terms_label.setVisible(bool(links))

    def _show_language_note(self, lesson: Lesson | None) -> None:
        """A lesson written in one language says so in the other."""
        only = written_in(lesson) if lesson is not None else None
        if only is None or only == self.language():
            self.language_note.setVisible(False)
            return
        self.language_note.setText(self.tr("This lesson is written in English only.") if only == DEFAULT_LANGUAGE
                                   else self.tr("This lesson is written in Bahasa Indonesia only."))
        self.language_note.setVisible(True)

    def _show_steps(self, steps: list[tuple[str, tuple[str, ...]]]) -> None:
        for step in self.steps:
            self.try_column.removeWidget(step)
            step.hide()
            step.setParent(None)
            step.deleteLater()
        self.steps = []
        for number, (text, targets) in enumerate(steps, start=1):
            step = _Step(number, text, targets, self.try_box)
            step.setToolTip(self.tr("Click to see where this is in the window.") if targets else "")
            step.clicked.connect(self.target_requested)
            self.try_column.addWidget(step)
            step.show()
            self.steps.append(step)
        self.try_hint.setVisible(any(targets for _text, targets in steps))

    def steps_text(self) -> str:
        """The "try this" steps as shown, one per line ("1. ...")."""
        return "\n".join(step.text() for step in self.steps)

    def _answer_toggled(self, shown: bool) -> None:
        self.answer_label.setVisible(shown)
        self.answer_button.setText(self.tr("Hide the answer") if shown else self.tr("Show the answer"))

    def _term_link(self, link: str) -> None:
        if link.startswith("term:"):
            self.term_requested.emit(link[len("term:"):])

    # ------------------------------------------------------------------ language
    def retranslate_ui(self) -> None:
        self.lesson_list.setAccessibleName(self.tr("Lessons"))
        self.lesson_list.setToolTip(
            self.tr("Choose a lesson. Each one explains an idea and lets you try it in the window.")
        )
        self.goal_heading.setText(self.tr("Goal"))
        self.explanation_heading.setText(self.tr("Explanation"))
        self.try_heading.setText(self.tr("Try this"))
        self.try_hint.setText(self.tr("Click a step with a blue bar to see where it is in the window."))
        self.question_heading.setText(self.tr("Question"))
        self.challenges_heading.setText(self.tr("Challenges"))
        self.challenges_hint.setText(self.tr("Reach a goal: the app checks it while you train and ticks it when it is met."))
        self.presets_heading.setText(self.tr("Open an experiment"))
        self.terms_heading.setText(self.tr("Words in this lesson"))
        self.terms_label.setToolTip(self.tr("Click a word to read its explanation in the glossary."))
        shown = self.answer_button.isChecked()
        self.answer_button.setText(self.tr("Hide the answer") if shown else self.tr("Show the answer"))
        self.answer_button.setToolTip(self.tr("Think about the question first, then check your answer."))
        self.empty_label.setText(self.tr("No lessons were found."))
        if self.problems:
            self.problems_label.setText(self.tr("Some lesson files could not be read (point here for details)."))
            self.problems_label.setToolTip("\n".join(self.problems))
            self.problems_label.setVisible(True)
        self._fill_list()
        self._show(self.current_lesson())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.FontChange:
            self._apply_fonts()
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()  # (i18n.current_language() is already the new one)
        super().changeEvent(event)


class GlossaryDialog(QDialog):
    """Help → Glossary: a searchable list of the terms, each with its explanation.

    ``lesson_requested(str)`` carries the id of the lesson that shows the selected
    term, when the student clicks "Open lesson: …". Object names: ``glossary_filter``,
    ``glossary_list``, ``glossary_term``, ``glossary_explanation``, ``open_lesson``,
    ``glossary_empty``.
    """

    lesson_requested = Signal(str)

    def __init__(
        self,
        language: Callable[[], str] | None = None,
        terms: list[Term] | None = None,
        lessons: list[Lesson] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("glossary_dialog")
        self.language = _language_of(language)
        self.problems: list[str] = []
        self.terms: list[Term] = list(terms) if terms is not None else load_glossary(problems=self.problems)
        lessons = lessons if lessons is not None else load_lessons(problems=[])
        self.lessons: dict[str, Lesson] = {lesson.id: lesson for lesson in lessons}
        self._build()
        self.retranslate_ui()
        self.resize(780, 480)

    def _build(self) -> None:
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("glossary_filter")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._refill)
        self.term_list = QListWidget(self)
        self.term_list.setObjectName("glossary_list")
        self.term_list.currentItemChanged.connect(lambda *_: self._show_current())
        self.empty_label = wrapped_label("glossary_empty", self)
        self.empty_label.setVisible(False)

        left = QWidget(self)
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        left_column.addWidget(self.filter_edit)
        left_column.addWidget(self.term_list, 1)
        left_column.addWidget(self.empty_label)

        right = QWidget(self)
        right_column = QVBoxLayout(right)
        right_column.setContentsMargins(8, 0, 0, 0)
        self.term_label = wrapped_label("glossary_term", right, selectable=True)
        self.term_label.setFont(_bold_font(self.font(), TITLE_SCALE))
        self.explanation_label = wrapped_label("glossary_explanation", right, selectable=True)
        self.explanation_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.lesson_button = QPushButton(right)
        self.lesson_button.setObjectName("open_lesson")
        self.lesson_button.clicked.connect(self._open_lesson)
        explanation_scroll = QScrollArea(right)
        explanation_scroll.setWidgetResizable(True)
        explanation_scroll.setFrameShape(QFrame.Shape.NoFrame)
        explanation_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        explanation_scroll.setWidget(self.explanation_label)
        button_row = QHBoxLayout()
        button_row.addWidget(self.lesson_button)
        button_row.addStretch(1)
        right_column.addWidget(self.term_label)
        right_column.addWidget(explanation_scroll, 1)
        right_column.addLayout(button_row)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([280, 480])
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(splitter, 1)
        box.addWidget(self.buttons)

    # ------------------------------------------------------------------ API
    def current_term(self) -> Term | None:
        item = self.term_list.currentItem()
        if item is None:
            return None
        term_id = item.data(Qt.ItemDataRole.UserRole)
        return next((term for term in self.terms if term.id == term_id), None)

    def visible_terms(self) -> list[str]:
        """The ids of the terms the list shows now, in order."""
        return [self.term_list.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.term_list.count())]

    def select_term(self, term_id: str) -> bool:
        """Show this term (clearing the search if it hides it); False if there is none."""
        if term_id not in self.visible_terms() and any(term.id == term_id for term in self.terms):
            self.filter_edit.clear()
        for row, shown in enumerate(self.visible_terms()):
            if shown == term_id:
                self.term_list.setCurrentRow(row)
                return True
        return False

    def refresh(self) -> None:
        self.retranslate_ui()

    # ------------------------------------------------------------------ showing
    def _refill(self) -> None:
        language = self.language()
        current = self.current_term()
        matches = search_terms(self.terms, self.filter_edit.text(), language)
        self.term_list.blockSignals(True)
        self.term_list.clear()
        for term in matches:
            item = QListWidgetItem(localized(term.term, language))
            item.setData(Qt.ItemDataRole.UserRole, term.id)
            self.term_list.addItem(item)
        ids = [term.id for term in matches]
        row = ids.index(current.id) if current is not None and current.id in ids else (0 if ids else -1)
        self.term_list.setCurrentRow(row)
        self.term_list.blockSignals(False)
        text = self.filter_edit.text().strip()
        if not self.terms:
            self.empty_label.setText(self.tr("The glossary could not be read."))
        else:
            self.empty_label.setText(self.tr("No word matches “{text}”.").format(text=text))
        self.empty_label.setVisible(not matches)
        self._show_current()

    def _show_current(self) -> None:
        language = self.language()
        term = self.current_term()
        if term is None:
            self.term_label.clear()
            self.explanation_label.clear()
            self.lesson_button.setVisible(False)
            return
        self.term_label.setText(localized(term.term, language))
        self.explanation_label.setText(localized(term.explanation, language))
        lesson = self.lessons.get(term.lesson) if term.lesson else None
        if lesson is None:
            self.lesson_button.setVisible(False)
            return
        title = f"{lesson.number}. {lesson.text('title', language)}"
        self.lesson_button.setText(self.tr("Open lesson: {title}").format(title=title))
        self.lesson_button.setToolTip(self.tr("Show this lesson in the Lessons panel."))
        self.lesson_button.setVisible(True)

    def _open_lesson(self) -> None:
        term = self.current_term()
        if term is not None and term.lesson in self.lessons:
            self.lesson_requested.emit(term.lesson)

    # ------------------------------------------------------------------ language
    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Glossary"))
        self.filter_edit.setPlaceholderText(self.tr("Search…"))
        self.filter_edit.setToolTip(self.tr("Type part of a word, in either language, to find it."))
        self.term_list.setAccessibleName(self.tr("Terms"))
        self._refill()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.FontChange:
            self.term_label.setFont(_bold_font(self.font(), TITLE_SCALE))
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
