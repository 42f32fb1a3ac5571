"""The lesson editor: a teacher writes a lesson of their own, or changes a copy of one.

Help → Make lessons → New lesson… or Edit a copy of this lesson… opens :class:`LessonEditor`:
the texts in English and Bahasa Indonesia side by side, the "try this" steps (each may
point at a control or view), presets captured from the window's current settings with one
click, predictions and challenges on the measures of :mod:`backprop_gui.content.measures`,
a question with its answer, and the classroom entry (the settings and views the lesson's
students need: ticked, they are all classroom mode shows, see ``gui/levels.py``).

The editor holds the lesson as the JSON document of ``resources/lessons/README.md`` and
its presets' experiments; whatever it writes is first read back by
:func:`backprop_gui.content.lessons.read_lesson`, so what it saves always loads (a lesson
that breaks a rule is not written, and the first problem is shown as one line naming the
field). **Save** writes ``my-lessons/<id>/`` in the user's data folder, laid out as
``resources/lessons/`` (the Lessons panel lists these under "My lessons"); **Save as
pack…** writes a ``.bplesson`` (:func:`backprop_gui.content.packs.make_pack`). **Preview**
shows the lesson in the real Lessons panel, as a student sees it.

*One language.* English is required by the lesson format. A lesson written in English
only has no "id" texts, and the panel says so to an Indonesian class; a lesson written in
Bahasa Indonesia only gives the same texts under "en" and "id", and the panel says so in
English (:func:`.lessons.written_in`).

*Nothing is lost.* Closing with unsaved edits asks; every few seconds the edits are saved
to ``lesson-editor-draft.json`` in the data folder, and the next editor opened after a
crash offers them back.
"""

from __future__ import annotations

import atexit
import json
import logging
import re
import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QFileDialog, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QMessageBox, QPlainTextEdit, QPushButton, QScrollArea, QSpinBox, QTableWidget, QTableWidgetItem,
    QTabWidget, QVBoxLayout, QWidget,
)

from ..content import measures
from ..content.classroom import DOCKS, SETTING_KEYS
from ..content.lessons import LESSON_FORMAT, VERSION, Lesson, LessonError, read_lesson
from ..content.packs import PACK_EXTENSION, PackError
from ..core.errors import BackpropError
from ..io.files import write_atomically
from ..schema import experiment as experiment_module
from . import i18n
from .lesson_tasks import MEASURE_NAMES, TRENDS
from .numbers import format_number, parse_number
from .session import translate_error

log = logging.getLogger(__name__)

MY_LESSONS = "my-lessons"
DRAFT = "lesson-editor-draft.json"
AUTOSAVE_MS = 3000
LANGUAGES = ("en", "id")
CONTEXT = "LessonEditor"

# What a "try this" step may point at (resources/lessons/README.md, "Steps that point"),
# with the words the editor shows for the docks and tool-bar actions.
TARGETS = {
    "controls_dock": QT_TRANSLATE_NOOP("LessonEditor", "Settings panel"),
    "diagram": QT_TRANSLATE_NOOP("LessonEditor", "Network diagram"),
    "decision_dock": QT_TRANSLATE_NOOP("LessonEditor", "Decision view"),
    "loss_dock": QT_TRANSLATE_NOOP("LessonEditor", "Loss curves"),
    "weights_dock": QT_TRANSLATE_NOOP("LessonEditor", "Weights"),
    "gradients_dock": QT_TRANSLATE_NOOP("LessonEditor", "Gradient norms"),
    "confusion_dock": QT_TRANSLATE_NOOP("LessonEditor", "Confusion matrix"),
    "stepthrough_dock": QT_TRANSLATE_NOOP("LessonEditor", "Step-through"),
    "digits_dock": QT_TRANSLATE_NOOP("LessonEditor", "Digit images"),
    "play": QT_TRANSLATE_NOOP("LessonEditor", "Play button"),
    "step_epoch": QT_TRANSLATE_NOOP("LessonEditor", "Step epoch button"),
    "step_batch": QT_TRANSLATE_NOOP("LessonEditor", "Step mini-batch button"),
    "reset": QT_TRANSLATE_NOOP("LessonEditor", "Reset weights button"),
    "keep_run": QT_TRANSLATE_NOOP("LessonEditor", "Keep this run button"),
    "speed": QT_TRANSLATE_NOOP("LessonEditor", "Speed list"),
}
SETTING_TARGETS = (
    "dataset", "classes", "samples", "noise", "test_fraction", "data_seed", "add_layer", "units", "activation",
    "output_activation", "init", "batch_norm", "dropout", "loss", "optimizer", "learning_rate", "batch_size",
    "regularization", "regularization_rate", "epochs", "seed", "dtype",
    "log_scale", "show_test", "layer_choice", "sample_index", "next_phase", "neuron_choice", "weight_box",
    "check_gradient", "apply_step", "sync_weights",
)
# A condition's comparisons, in the order the combo lists them.
BOUNDS = {
    "at_least": QT_TRANSLATE_NOOP("LessonEditor", "at least"),
    "at_most": QT_TRANSLATE_NOOP("LessonEditor", "at most"),
    "above": QT_TRANSLATE_NOOP("LessonEditor", "above"),
    "below": QT_TRANSLATE_NOOP("LessonEditor", "below"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _tasks_tr(text: str) -> str:
    return QCoreApplication.translate("LessonTasks", text)


def measure_label(name: str) -> str:
    kind = measures.MEASURES[name].kind
    what = _tasks_tr(MEASURE_NAMES.get(name, name))
    return what + (QCoreApplication.translate("LessonEditor", " (how it changes)") if kind == "trend" else "")


def slug(text: str) -> str:
    """A lesson id from its title: lowercase letters, digits and _."""
    import unicodedata

    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "_", plain).strip("_")[:60] or "my_lesson"


# =========================================================================== small widgets
def _edit(name: str, lines: int = 1) -> QLineEdit | QPlainTextEdit:
    if lines == 1:
        widget = QLineEdit()
    else:
        widget = QPlainTextEdit()
        widget.setTabChangesFocus(True)
        widget.setFixedHeight(widget.fontMetrics().lineSpacing() * lines + 14)
    widget.setObjectName(name)
    return widget


def _text(widget) -> str:
    return (widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()).strip()


def _set(widget, value: str) -> None:
    if isinstance(widget, QLineEdit):
        widget.setText(value)
    else:
        widget.setPlainText(value)


def _paragraphs(text: str) -> list[str]:
    """Paragraphs are separated by an empty line."""
    return [part.strip() for part in re.split(r"\n\s*\n", text) if part.strip()]


class _Table(QTableWidget):
    """A table of texts, one row per item, with English and Indonesian columns first."""

    def __init__(self, name: str, columns: int, parent: QWidget | None = None) -> None:
        super().__init__(0, columns, parent)
        self.setObjectName(name)
        self.verticalHeader().setVisible(True)
        self.horizontalHeader().setStretchLastSection(False)
        for column in range(columns):
            self.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.setWordWrap(True)

    def cell_text(self, row: int, column: int) -> str:
        item = self.item(row, column)
        return item.text().strip() if item is not None else ""

    def set_cell(self, row: int, column: int, text: str) -> None:
        self.setItem(row, column, QTableWidgetItem(text))


def _combo(name: str, items: list[tuple[str, object]]) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    for text, data in items:
        combo.addItem(text, data)
    return combo


def _button_row(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row


def _choose(combo: QComboBox, data) -> None:
    index = combo.findData(data)
    combo.setCurrentIndex(max(index, 0))


def _choose_names(combo: QComboBox, value, label) -> None:
    """Choose a name, or a list of names (added as one item when it has several)."""
    if isinstance(value, (list, tuple)) and len(value) == 1:
        value = value[0]
    if isinstance(value, (list, tuple)):
        value = list(value)
        if combo.findData(value) < 0:
            combo.addItem(", ".join(label(name) for name in value), value)
    _choose(combo, value)


def _lower_text(bounds: dict) -> str:
    if "above" in bounds:
        return "> " + _shown(bounds["above"])
    return _shown(bounds["at_least"]) if "at_least" in bounds else ""


def _upper_text(bounds: dict) -> str:
    if "at_most" in bounds:
        return "≤ " + _shown(bounds["at_most"])
    return _shown(bounds["below"]) if "below" in bounds else ""


def _bounds(lower: str, upper: str) -> dict:
    """A range typed in two cells: "0,9" is at least 0,9 ("> 0,9" above it); "0,9" in the
    second is below 0,9 ("≤ 0,9" at most)."""
    bounds = {}
    if lower:
        strict = lower.startswith(">")
        bounds["above" if strict else "at_least"] = _number(lower.lstrip(">≥= ").strip())
    if upper:
        inclusive = upper.startswith(("≤", "<="))
        bounds["at_most" if inclusive else "below"] = _number(upper.lstrip("<≤= ").strip())
    return bounds


# =========================================================================== predictions and challenges
class PredictionForm(QGroupBox):
    """One prediction: the preset that asks it, its question, what is measured, and the
    choices with the outcome that makes each right (or a number and its tolerance)."""

    def __init__(self, editor: "LessonEditor", number: int) -> None:
        super().__init__(editor)
        self.editor = editor
        self.setObjectName(f"prediction_{number}")
        form = QFormLayout(self)
        self.preset = _combo("prediction_preset", [])
        self.kind = _combo("prediction_kind", [(self.tr("Choose one of several answers"), "choice"),
                                               (self.tr("Type a number"), "number")])
        self.measure = _combo("prediction_measure", [])
        question_row = QHBoxLayout()
        self.question = {language: _edit(f"prediction_question_{language}", 2) for language in LANGUAGES}
        for language in LANGUAGES:
            question_row.addWidget(self.question[language])
        self.choices = _Table("prediction_choices", 4)
        self.choices.setMinimumHeight(120)
        self.add_choice = QPushButton(self.tr("Add a choice"))
        self.add_choice.setObjectName("add_choice")
        self.add_choice.clicked.connect(lambda: self.append_choice("", "", None))
        self.tolerance = _edit("prediction_tolerance")
        self.remove = QPushButton(self.tr("Remove this prediction"))
        self.remove.setObjectName("remove_prediction")
        self.remove.clicked.connect(lambda: editor.remove_task(self))
        form.addRow(self.tr("Asked before this preset trains:"), self.preset)
        form.addRow(self.tr("Question (English | Bahasa Indonesia):"), question_row)
        form.addRow(self.tr("The student:"), self.kind)
        form.addRow(self.tr("Checked against:"), self.measure)
        self.choices_label = QLabel(self.tr("Choices, and what the run must do for each to be right:"))
        form.addRow(self.choices_label)
        form.addRow(self.choices)
        self.tolerance_label = QLabel(self.tr("Right within ± (leave empty for exactly):"))
        form.addRow(self.tolerance_label, self.tolerance)
        form.addRow(_button_row(self.add_choice, self.remove))
        self.choices.setHorizontalHeaderLabels([self.tr("English"), self.tr("Bahasa Indonesia"), self.tr("Right if"), self.tr("and")])
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.measure.currentIndexChanged.connect(self._measure_changed)
        self.fill_presets()
        self._kind_changed()

    def fill_presets(self) -> None:
        chosen = self.preset.currentData()
        self.preset.clear()
        for index, label in enumerate(self.editor.preset_labels()):
            self.preset.addItem(label, index)
        _choose(self.preset, chosen if chosen is not None else 0)

    def _kind_changed(self) -> None:
        choice = self.kind.currentData() == "choice"
        chosen = self.measure.currentData()
        self.measure.blockSignals(True)
        self.measure.clear()
        for name, found in measures.MEASURES.items():
            if choice or found.kind in ("count", "loss", "number"):
                self.measure.addItem(measure_label(name), name)
        _choose(self.measure, chosen)
        self.measure.blockSignals(False)
        for widget in (self.choices_label, self.choices, self.add_choice):
            widget.setVisible(choice)
        self.tolerance.setVisible(not choice)
        self.tolerance_label.setVisible(not choice)
        self._measure_changed()

    def _is_trend(self) -> bool:
        name = self.measure.currentData()
        return name is not None and measures.MEASURES[name].kind == "trend"

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self.choices.setColumnHidden(3, self._is_trend())
        super().showEvent(event)

    def _measure_changed(self) -> None:
        """A trend's choice is right for one way the curve goes; any other's for a range."""
        self.choices.setHorizontalHeaderLabels(
            [self.tr("English"), self.tr("Bahasa Indonesia"), self.tr("Right if the run") if self._is_trend() else self.tr("Right from (> x: above)"),
             "" if self._is_trend() else self.tr("up to, not included (≤ x: included)")])
        self.choices.setColumnHidden(3, self._is_trend())  # a trend needs one column, a range two
        for row in range(self.choices.rowCount()):
            self._outcome_cells(row, None)

    def _outcome_cells(self, row: int, outcome) -> None:
        if self._is_trend():
            combo = self.choices.cellWidget(row, 2)
            if not isinstance(combo, QComboBox):
                combo = _combo("choice_trend", [(_tasks_tr(text), name) for name, text in TRENDS.items()])
                self.choices.setCellWidget(row, 2, combo)
            if outcome is not None:
                _choose_names(combo, outcome, lambda name: _tasks_tr(TRENDS[name]))
            self.choices.removeCellWidget(row, 3)
            self.choices.set_cell(row, 3, "")
            self.choices.item(row, 3).setFlags(Qt.ItemFlag.NoItemFlags)
            return
        self.choices.removeCellWidget(row, 2)
        if isinstance(outcome, dict):
            self.choices.set_cell(row, 2, _lower_text(outcome))
            self.choices.set_cell(row, 3, _upper_text(outcome))
        elif self.choices.item(row, 3) is not None and not self.choices.item(row, 3).flags() & Qt.ItemFlag.ItemIsEditable:
            self.choices.set_cell(row, 3, "")

    def append_choice(self, english: str, indonesian: str, outcome) -> None:
        row = self.choices.rowCount()
        self.choices.insertRow(row)
        self.choices.set_cell(row, 0, english)
        self.choices.set_cell(row, 1, indonesian)
        self._outcome_cells(row, outcome)

    def load(self, prediction: dict, mode: str) -> None:
        _choose(self.kind, prediction.get("kind", "choice"))
        _choose(self.preset, prediction.get("preset", 0))
        _choose(self.measure, prediction.get("measure"))
        self._kind_changed()
        _choose(self.measure, prediction.get("measure"))
        self.editor.fill_pair(self.question, prediction.get("question", {}), mode)
        for index, choice in enumerate(prediction.get("choices", [])):
            english, indonesian = self.editor.pair(choice, mode)
            outcomes = prediction.get("outcomes", [])
            self.append_choice(english, indonesian, outcomes[index] if index < len(outcomes) else None)
        if "tolerance" in prediction:
            _set(self.tolerance, _shown(prediction["tolerance"]))

    def document(self, task_id: str, mode: str) -> dict:
        found = {"id": task_id, "preset": self.preset.currentData() if self.preset.currentData() is not None else 0,
                 "question": self.editor.texts(self.question, mode), "kind": self.kind.currentData(),
                 "measure": self.measure.currentData()}
        if found["kind"] == "number":
            if _text(self.tolerance):
                found["tolerance"] = _number(_text(self.tolerance))
            return found
        choices, outcomes = [], []
        for row in range(self.choices.rowCount()):
            choices.append(self.editor.texts_of(self.choices.cell_text(row, 0), self.choices.cell_text(row, 1), mode))
            if self._is_trend():
                combo = self.choices.cellWidget(row, 2)
                outcomes.append(combo.currentData() if isinstance(combo, QComboBox) else "falls")
            else:
                outcomes.append(_bounds(self.choices.cell_text(row, 2), self.choices.cell_text(row, 3)))
        found["choices"], found["outcomes"] = choices, outcomes
        return found


class ChallengeForm(QGroupBox):
    """One challenge: its goal, the preset it starts from (or any run), a limit of
    epochs, and its conditions on the measures."""

    def __init__(self, editor: "LessonEditor", number: int) -> None:
        super().__init__(editor)
        self.editor = editor
        self.setObjectName(f"challenge_{number}")
        form = QFormLayout(self)
        goal_row = QHBoxLayout()
        self.goal = {language: _edit(f"challenge_goal_{language}", 2) for language in LANGUAGES}
        for language in LANGUAGES:
            goal_row.addWidget(self.goal[language])
        self.preset = _combo("challenge_preset", [])
        self.within = QSpinBox()
        self.within.setObjectName("challenge_within")
        self.within.setRange(0, 1_000_000)
        self.within.setSpecialValueText(self.tr("no limit"))
        self.conditions = _Table("challenge_conditions", 3)
        self.conditions.setMinimumHeight(100)
        self.conditions.setHorizontalHeaderLabels([self.tr("Measure"), self.tr("must be"), self.tr("Value")])
        self.add_condition = QPushButton(self.tr("Add a condition"))
        self.add_condition.setObjectName("add_condition")
        self.add_condition.clicked.connect(lambda: self.append_condition({"measure": "test_accuracy", "at_least": 0.9}))
        self.remove = QPushButton(self.tr("Remove this challenge"))
        self.remove.setObjectName("remove_challenge")
        self.remove.clicked.connect(lambda: editor.remove_task(self))
        form.addRow(self.tr("Goal (English | Bahasa Indonesia):"), goal_row)
        form.addRow(self.tr("Starts from:"), self.preset)
        self.within.setMaximumWidth(160)
        form.addRow(self.tr("Within epochs:"), self.within)
        form.addRow(QLabel(self.tr("Met when all of these hold at the same moment:")))
        form.addRow(self.conditions)
        form.addRow(_button_row(self.add_condition, self.remove))
        self.fill_presets()

    def fill_presets(self) -> None:
        chosen = self.preset.currentData() if self.preset.count() else None
        self.preset.clear()
        self.preset.addItem(self.tr("any run (no preset)"), None)
        for index, label in enumerate(self.editor.preset_labels()):
            self.preset.addItem(label, index)
        _choose(self.preset, chosen)

    def append_condition(self, condition: dict) -> None:
        row = self.conditions.rowCount()
        self.conditions.insertRow(row)
        measure = _combo("condition_measure", [(measure_label(name), name) for name in measures.MEASURES])
        _choose(measure, condition.get("measure"))
        self.conditions.setCellWidget(row, 0, measure)
        measure.currentIndexChanged.connect(lambda _i, m=measure: self._measure_changed(m, {}))
        self._measure_changed(measure, condition)

    def _row_of(self, widget) -> int:
        for row in range(self.conditions.rowCount()):
            if self.conditions.cellWidget(row, 0) is widget:
                return row
        return -1

    def _measure_changed(self, measure: QComboBox, condition: dict) -> None:
        row = self._row_of(measure)
        name = measure.currentData()
        if measures.MEASURES[name].kind == "trend":
            self.conditions.setCellWidget(row, 1, QLabel(self.tr("going this way:")))
            trend = _combo("condition_trend", [(_tasks_tr(text), key) for key, text in TRENDS.items()])
            if condition.get("is") is not None:
                _choose_names(trend, condition["is"], lambda key: _tasks_tr(TRENDS[key]))
            self.conditions.setCellWidget(row, 2, trend)
            return
        bound = next((key for key in BOUNDS if key in condition), "at_least")
        compare = _combo("condition_bound", [(_tr(text), key) for key, text in BOUNDS.items()])
        _choose(compare, bound)
        self.conditions.setCellWidget(row, 1, compare)
        value = QLineEdit(_shown(condition[bound]) if bound in condition else "")
        value.setObjectName("condition_value")
        self.conditions.setCellWidget(row, 2, value)

    def load(self, challenge: dict, mode: str) -> None:
        self.editor.fill_pair(self.goal, challenge.get("goal", {}), mode)
        _choose(self.preset, challenge.get("preset"))
        self.within.setValue(int(challenge.get("within_epochs") or 0))
        for condition in challenge.get("all", []):
            self.append_condition(condition)

    def document(self, task_id: str, mode: str) -> dict:
        conditions = []
        for row in range(self.conditions.rowCount()):
            name = self.conditions.cellWidget(row, 0).currentData()
            second, third = self.conditions.cellWidget(row, 1), self.conditions.cellWidget(row, 2)
            if isinstance(second, QComboBox):
                conditions.append({"measure": name, second.currentData(): _number(third.text())})
            else:
                conditions.append({"measure": name, "is": third.currentData()})
        found = {"id": task_id, "goal": self.editor.texts(self.goal, mode), "all": conditions}
        if self.preset.currentData() is not None:
            found["preset"] = self.preset.currentData()
        if self.within.value():
            found["within_epochs"] = self.within.value()
        return found


def _shown(value) -> str:
    return format_number(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else str(value)


def _number(text: str):
    """A number typed the interface language's way; what cannot be read stays text, and
    the lesson's check names the field."""
    value = parse_number(text)
    if value is None:
        return text
    return int(value) if float(value).is_integer() and abs(value) < 2**53 else value


# =========================================================================== the editor
class LessonEditor(QDialog):
    """The lesson editor (a window of its own; see the module's docstring).

    Object names for tests: ``lesson_id``, ``lesson_number``, ``title_en``/``title_id``,
    ``goal_*``, ``explanation_*``, ``question_*``, ``answer_*``, ``try_table``,
    ``preset_table``, ``capture_preset``, ``add_prediction``, ``add_challenge``,
    ``classroom`` (the group, ticked: the lesson has a classroom entry), ``classroom_setting_<key>``
    and ``classroom_view_<dock>`` (its tick boxes), ``preview``, ``save_lesson``, ``save_pack``, ``editor_message``."""

    def __init__(self, window, document: dict | None = None, experiments: dict | None = None) -> None:
        super().__init__(window)
        self.setObjectName("lesson_editor")
        self.setWindowFlag(Qt.WindowType.Window)
        self.window_ = window
        self.experiments: dict[str, dict] = {}  # a preset's file (presets/x.json) -> its experiment
        self.predictions: list[PredictionForm] = []
        self.challenges: list[ChallengeForm] = []
        self.preview_dialog = None
        self._scratch = Path(tempfile.mkdtemp(prefix="backprop-gui-editor-"))  # checked copies, previews
        atexit.register(shutil.rmtree, self._scratch, True)  # also when the editor is never closed
        self._build()
        self.load(document or self.blank(), experiments or {})
        self.mark_clean()
        self._draft_state = self.state()
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setInterval(AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self.autosave)
        self.autosave_timer.start()
        self.resize(1100, 700)

    # ------------------------------------------------------------------ places
    def data_dir(self) -> Path:
        return Path(self.window_.data_dir)

    def draft_path(self) -> Path:
        return self.data_dir() / DRAFT

    # ------------------------------------------------------------------ building
    def _build(self) -> None:
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("editor_tabs")
        self.tabs.addTab(self._texts_page(), self.tr("Texts"))
        self.tabs.addTab(self._steps_page(), self.tr("Try this"))
        self.tabs.addTab(self._presets_page(), self.tr("Presets"))
        self.tabs.addTab(self._tasks_page("prediction"), self.tr("Predictions"))
        self.tabs.addTab(self._tasks_page("challenge"), self.tr("Challenges"))
        self.tabs.addTab(self._classroom_page(), self.tr("Classroom"))
        self.message = QLabel(self)
        self.message.setObjectName("editor_message")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setStyleSheet("color: #B34700;")
        buttons = QHBoxLayout()
        for name, text, tip, slot in (
                ("preview", self.tr("Preview"), self.tr("See the lesson exactly as a student will see it."), self.preview),
                ("save_lesson", self.tr("Save"), self.tr("Save the lesson among your own: the Lessons panel lists it under “My lessons”."), self.save),
                ("save_pack", self.tr("Save as lesson pack…"), self.tr("Write the lesson and its presets as one .bplesson file to share, by USB for example."), self.save_pack_dialog),
                ("close_editor", self.tr("Close"), "", self.close)):
            button = QPushButton(text, self)
            button.setObjectName(name)
            button.setToolTip(tip)
            button.clicked.connect(slot)
            buttons.addWidget(button)
            if name == "save_pack":
                buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.addWidget(self.tabs, 1)
        column.addWidget(self.message)
        column.addLayout(buttons)

    def _texts_page(self) -> QWidget:
        page = QWidget()
        grid = QGridLayout(page)
        self.lesson_id = _edit("lesson_id")
        self.lesson_id.setToolTip(self.tr("A short name of lowercase letters, digits and _; made from the title if left empty."))
        self.number = QSpinBox()
        self.number.setObjectName("lesson_number")
        self.number.setRange(1, 9999)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Short name:")))
        top.addWidget(self.lesson_id, 1)
        top.addWidget(QLabel(self.tr("Number in the list:")))
        top.addWidget(self.number)
        grid.addLayout(top, 0, 0, 1, 3)
        note = QLabel(self.tr("Write in English, in Bahasa Indonesia, or both. A lesson written in one language "
                          "only is shown in it, with a note saying so, in the other."))
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(mid);")
        grid.addWidget(note, 1, 0, 1, 3)
        grid.addWidget(QLabel("<b>" + self.tr("English") + "</b>"), 2, 1)
        grid.addWidget(QLabel("<b>Bahasa Indonesia</b>"), 2, 2)  # (its own name in every language)
        self.fields: dict[str, dict[str, QLineEdit | QPlainTextEdit]] = {}
        rows = (("title", self.tr("Title:"), 1), ("goal", self.tr("Goal:"), 2),
                ("explanation", self.tr("Explanation\n(an empty line\nbetween paragraphs):"), 7),
                ("question", self.tr("Question:"), 2), ("answer", self.tr("Answer:"), 3))
        for row, (field, label, lines) in enumerate(rows, start=3):
            grid.addWidget(QLabel(label), row, 0, Qt.AlignmentFlag.AlignTop)
            self.fields[field] = {language: _edit(f"{field}_{language}", lines) for language in LANGUAGES}
            for column, language in enumerate(LANGUAGES, start=1):
                grid.addWidget(self.fields[field][language], row, column)
        for language in LANGUAGES:
            self.fields["title"][language].textChanged.connect(
                lambda _typed: self.lesson_id.setPlaceholderText(self.lesson_id_text() if not _text(self.lesson_id) else ""))
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.setRowStretch(len(rows) + 3, 1)
        return page

    def _steps_page(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        hint = QLabel(self.tr("One step per row, in both languages. A step may point at a control or view: "
                          "the student clicks it and the window shows where it is."))
        hint.setWordWrap(True)
        column.addWidget(hint)
        self.try_table = _Table("try_table", 3)
        self.try_table.setHorizontalHeaderLabels([self.tr("English"), self.tr("Bahasa Indonesia"), self.tr("Points at")])
        column.addWidget(self.try_table, 1)
        row = QHBoxLayout()
        add = QPushButton(self.tr("Add a step"))
        add.setObjectName("add_step")
        add.clicked.connect(lambda: self.append_step("", "", ()))
        remove = QPushButton(self.tr("Remove the selected step"))
        remove.setObjectName("remove_step")
        remove.clicked.connect(lambda: self._remove_row(self.try_table))
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        column.addLayout(row)
        return page

    def _presets_page(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        hint = QLabel(self.tr("A preset is an experiment the lesson opens with one button. Set up the window as the "
                          "students should start, then add its settings here, with a label."))
        hint.setWordWrap(True)
        column.addWidget(hint)
        self.preset_table = _Table("preset_table", 3)
        self.preset_table.setHorizontalHeaderLabels([self.tr("Label (English)"), self.tr("Label (Bahasa Indonesia)"), self.tr("Settings")])
        self.preset_table.itemChanged.connect(lambda _item: self._presets_changed())
        column.addWidget(self.preset_table, 1)
        row = QHBoxLayout()
        capture = QPushButton(self.tr("Add the current settings as a preset"))
        capture.setObjectName("capture_preset")
        capture.clicked.connect(self.capture_preset)
        remove = QPushButton(self.tr("Remove the selected preset"))
        remove.setObjectName("remove_preset")
        remove.clicked.connect(self._remove_preset)
        row.addWidget(capture)
        row.addWidget(remove)
        row.addStretch(1)
        column.addLayout(row)
        return page

    def _tasks_page(self, kind: str) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        hint = QLabel(self.tr("A prediction is asked before a preset trains and compared with what the run did.")
                      if kind == "prediction" else
                      self.tr("A challenge is a goal the app checks while the student trains, and ticks when it is met."))
        hint.setWordWrap(True)
        column.addWidget(hint)
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        column.addWidget(scroll, 1)
        add = QPushButton(self.tr("Add a prediction") if kind == "prediction" else self.tr("Add a challenge"))
        add.setObjectName(f"add_{kind}")
        add.clicked.connect(lambda: self.add_task(kind))
        row = QHBoxLayout()
        row.addWidget(add)
        row.addStretch(1)
        column.addLayout(row)
        setattr(self, f"{kind}_box", box)
        return page

    def _classroom_page(self) -> QWidget:
        """Tick boxes for the settings and views the lesson's students need, with the labels
        the window shows them by; the group unticked: the lesson has no classroom entry."""
        page = QWidget()
        column = QVBoxLayout(page)
        hint = QLabel(self.tr("In classroom mode the window shows only the lesson, the network diagram and what "
                              "you tick here, and the students cannot change that (View → Classroom mode for the open lesson)."))
        hint.setWordWrap(True)
        column.addWidget(hint)
        self.classroom_group = QGroupBox(self.tr("This lesson can be used in classroom mode"))
        self.classroom_group.setObjectName("classroom")
        self.classroom_group.setCheckable(True)
        self.classroom_group.setChecked(False)
        grid = QGridLayout(self.classroom_group)
        settings_heading, views_heading = QLabel(), QLabel()
        settings_heading.setText("<b>" + self.tr("Settings the students may change") + "</b>")
        views_heading.setText("<b>" + self.tr("Views shown") + "</b>")
        grid.addWidget(settings_heading, 0, 0, 1, 2)
        grid.addWidget(views_heading, 0, 2)
        self.classroom_settings: dict[str, QCheckBox] = {}
        half = (len(SETTING_KEYS) + 1) // 2
        for index, key in enumerate(SETTING_KEYS):
            box = QCheckBox(self._setting_label(key))
            box.setObjectName(f"classroom_setting_{key}")
            box.setToolTip(key)
            self.classroom_settings[key] = box
            grid.addWidget(box, 1 + index % half, index // half)
        self.classroom_views: dict[str, QCheckBox] = {}
        for index, dock in enumerate(d for d in DOCKS if d != "lessons_dock"):  # (the lesson is always shown)
            box = QCheckBox(self._dock_title(dock))
            box.setObjectName(f"classroom_view_{dock}")
            self.classroom_views[dock] = box
            grid.addWidget(box, 1 + index, 2, Qt.AlignmentFlag.AlignTop)
        grid.setRowStretch(1 + half, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.classroom_group)
        column.addWidget(scroll, 1)
        return page

    def _setting_label(self, key: str) -> str:
        """The label the Settings panel shows for ``key`` (without its colon)."""
        if key == "units":
            return self.tr("Hidden layers (their neurons)")
        if key == "activation":
            return self.tr("Activation of the hidden layers")
        controls = getattr(self.window_, "controls", None)
        return (controls.label_of(key) if controls is not None else None) or key

    def _dock_title(self, dock: str) -> str:
        widget = getattr(self.window_, dock, None)
        return widget.windowTitle() if widget is not None else dock

    def classroom_document(self) -> dict | None:
        """The ``classroom`` field: the ticked settings and views, in the window's order (None: none)."""
        if not self.classroom_group.isChecked():
            return None
        return {"settings": [key for key, box in self.classroom_settings.items() if box.isChecked()],
                "views": [dock for dock, box in self.classroom_views.items() if box.isChecked()]}

    def load_classroom(self, entry) -> None:
        entry = entry if isinstance(entry, dict) else None
        self.classroom_group.setChecked(entry is not None)
        settings, views = (set(entry.get("settings", ())), set(entry.get("views", ()))) if entry else (set(), set())
        for key, box in self.classroom_settings.items():
            box.setChecked(key in settings)
        for dock, box in self.classroom_views.items():
            box.setChecked(dock in views)

    # ------------------------------------------------------------------ rows
    def append_step(self, english: str, indonesian: str, targets) -> None:
        row = self.try_table.rowCount()
        self.try_table.insertRow(row)
        self.try_table.set_cell(row, 0, english)
        self.try_table.set_cell(row, 1, indonesian)
        combo = _combo("step_target", [(self.tr("(nothing)"), None), *((_tr(text), name) for name, text in TARGETS.items()),
                                       *((self.tr("Setting or control: {name}").format(name=name), name) for name in SETTING_TARGETS)])
        if targets:
            names = [targets] if isinstance(targets, str) else list(targets)
            for name in names:
                if combo.findData(name) < 0:
                    combo.addItem(name, name)
            _choose_names(combo, names, lambda name: _tr(TARGETS[name]) if name in TARGETS else name)
        self.try_table.setCellWidget(row, 2, combo)

    def _remove_row(self, table: QTableWidget) -> None:
        row = table.currentRow()
        if row < 0:
            row = table.rowCount() - 1
        if row >= 0:
            table.removeRow(row)

    def preset_labels(self) -> list[str]:
        language = i18n.current_language()
        labels = []
        for row in range(self.preset_table.rowCount()):
            english, indonesian = self.preset_table.cell_text(row, 0), self.preset_table.cell_text(row, 1)
            label = (indonesian or english) if language == "id" else (english or indonesian)
            labels.append(self.tr("{number}. {label}").format(number=row + 1, label=label))
        return labels

    def _presets_changed(self) -> None:
        for form in [*self.predictions, *self.challenges]:
            form.fill_presets()

    def append_preset(self, file: str, experiment: dict, english: str, indonesian: str) -> None:
        self.experiments[file] = experiment
        self.preset_table.blockSignals(True)
        row = self.preset_table.rowCount()
        self.preset_table.insertRow(row)
        self.preset_table.set_cell(row, 0, english)
        self.preset_table.set_cell(row, 1, indonesian)
        summary = QTableWidgetItem(self._summary(experiment))
        summary.setFlags(Qt.ItemFlag.ItemIsEnabled)
        summary.setData(Qt.ItemDataRole.UserRole, file)
        self.preset_table.setItem(row, 2, summary)
        self.preset_table.blockSignals(False)
        self._presets_changed()

    def _summary(self, experiment: dict) -> str:
        from .names import name

        data, network, training = experiment["data"], experiment["network"], experiment["training"]
        hidden = "-".join(str(layer["units"]) for layer in network["hidden"]) or "0"
        return self.tr("{data}, hidden {hidden}, learning rate {rate}").format(
            data=name(data.get("name", data.get("source", ""))), hidden=hidden, rate=format_number(training["learning_rate"]))

    def capture_preset(self) -> bool:
        """The window's current settings as a new preset (one click)."""
        experiment = self.window_.session.current_experiment()
        if experiment["data"]["source"] != "builtin":
            self.show_message(self.tr("Only experiments on the app's own data sets can be presets: "
                                  "a CSV file would not travel with the lesson."))
            return False
        number = self.preset_table.rowCount() + 1
        file = f"presets/{self.lesson_id_text()}_{number}.json"
        while file in self.experiments:
            number += 1
            file = f"presets/{self.lesson_id_text()}_{number}.json"
        shown = self.preset_table.rowCount() + 1  # the labels are the lesson's texts, in its languages
        mode = self.mode()
        self.append_preset(file, experiment, f"Preset {shown}" if mode != "id" else "",
                           f"Percobaan {shown}" if mode != "en" else "")
        self.preset_table.setCurrentCell(self.preset_table.rowCount() - 1, 0)
        self.preset_table.editItem(self.preset_table.item(self.preset_table.rowCount() - 1, 0 if self.mode() != "id" else 1))
        self.show_message("")
        self.tabs.setCurrentIndex(2)
        return True

    def _remove_preset(self) -> None:
        row = self.preset_table.currentRow()
        if row < 0:
            row = self.preset_table.rowCount() - 1
        if row < 0:
            return
        item = self.preset_table.item(row, 2)
        self.experiments.pop(item.data(Qt.ItemDataRole.UserRole), None)
        self.preset_table.removeRow(row)
        self._presets_changed()

    def add_task(self, kind: str):
        forms = self.predictions if kind == "prediction" else self.challenges
        form = (PredictionForm if kind == "prediction" else ChallengeForm)(self, len(forms) + 1)
        box = getattr(self, f"{kind}_box")
        box.insertWidget(box.count() - 1, form)
        forms.append(form)
        if kind == "challenge" and not form.conditions.rowCount():
            form.append_condition({"measure": "test_accuracy", "at_least": 0.9})
        return form

    def remove_task(self, form) -> None:
        for forms in (self.predictions, self.challenges):
            if form in forms:
                forms.remove(form)
        form.hide()
        form.setParent(None)
        form.deleteLater()

    # ------------------------------------------------------------------ languages
    def mode(self) -> str:
        """"both", "en" or "id": the languages written, read from the titles."""
        english, indonesian = (bool(_text(self.fields["title"][language])) for language in LANGUAGES)
        if indonesian and not english:
            return "id"
        return "both" if indonesian else "en"

    def texts_of(self, english: str, indonesian: str, mode: str) -> dict:
        """A text in the lesson's languages (see the module's docstring for one language)."""
        if mode == "id":
            return {"en": indonesian, "id": indonesian} if indonesian else {}
        found = {"en": english} if english else {}
        if mode == "both" and indonesian:
            found["id"] = indonesian
        return found

    def texts(self, pair: dict, mode: str) -> dict:
        return self.texts_of(_text(pair["en"]), _text(pair["id"]), mode)

    @staticmethod
    def pair(texts, mode: str) -> tuple[str, str]:
        """(English, Indonesian) to show for a text of the document."""
        if not isinstance(texts, dict):
            return "", ""
        if mode == "id":
            return "", str(texts.get("id", ""))
        return str(texts.get("en", "")), str(texts.get("id", ""))

    def fill_pair(self, pair: dict, texts, mode: str) -> None:
        english, indonesian = self.pair(texts, mode)
        _set(pair["en"], english)
        _set(pair["id"], indonesian)

    @staticmethod
    def document_mode(document: dict) -> str:
        title = document.get("title", {})
        if isinstance(title, dict) and set(title) == {"en", "id"} and title["en"] == title["id"]:
            return "id"
        return "both" if isinstance(title, dict) and "id" in title else "en"

    # ------------------------------------------------------------------ the document
    def lesson_id_text(self) -> str:
        typed = _text(self.lesson_id)
        if typed:
            return typed
        title = _text(self.fields["title"]["en"]) or _text(self.fields["title"]["id"])
        return slug(title)

    @staticmethod
    def blank() -> dict:
        return {"format": LESSON_FORMAT, "version": VERSION, "id": "", "number": 1, "title": {}, "goal": {},
                "explanation": {}, "try": {}, "question": {}, "answer": {}}

    def document(self) -> dict:
        """The lesson as its JSON document, from what the editor shows (not yet checked)."""
        mode = self.mode()
        doc = {"format": LESSON_FORMAT, "version": VERSION, "id": self.lesson_id_text(), "number": self.number.value()}
        for field in ("title", "goal", "question", "answer"):
            doc[field] = self.texts(self.fields[field], mode)
        for field in ("explanation",):
            english, indonesian = (_paragraphs(self.fields[field][language].toPlainText()) for language in LANGUAGES)
            doc[field] = self._lists(english, indonesian, mode)
        steps = [(self.try_table.cell_text(row, 0), self.try_table.cell_text(row, 1), self.try_table.cellWidget(row, 2).currentData())
                 for row in range(self.try_table.rowCount())]
        steps = [step for step in steps if step[0] or step[1]]
        doc["try"] = self._lists([s[0] for s in steps if s[0]], [s[1] for s in steps if s[1]], mode)
        if any(target for *_texts, target in steps):
            doc["targets"] = [target for *_texts, target in steps]
        presets = []
        for row in range(self.preset_table.rowCount()):
            presets.append({"file": self.preset_table.item(row, 2).data(Qt.ItemDataRole.UserRole),
                            "label": self.texts_of(self.preset_table.cell_text(row, 0), self.preset_table.cell_text(row, 1), mode)})
        if presets:
            doc["presets"] = presets
        if self.terms:
            doc["terms"] = list(self.terms)
        ids = iter(range(1, 10_000))
        if self.predictions:
            doc["predictions"] = [form.document(f"prediction_{next(ids)}", mode) for form in self.predictions]
        if self.challenges:
            doc["challenges"] = [form.document(f"challenge_{next(ids)}", mode) for form in self.challenges]
        classroom = self.classroom_document()
        if classroom is not None:
            doc["classroom"] = classroom
        return doc

    @staticmethod
    def _lists(english: list[str], indonesian: list[str], mode: str) -> dict:
        if mode == "id":
            return {"en": indonesian, "id": indonesian} if indonesian else {}
        found = {"en": english} if english else {}
        if mode == "both" and indonesian:
            found["id"] = indonesian
        return found

    def used_experiments(self) -> dict[str, dict]:
        files = {self.preset_table.item(row, 2).data(Qt.ItemDataRole.UserRole) for row in range(self.preset_table.rowCount())}
        return {file: experiment for file, experiment in self.experiments.items() if file in files}

    def load(self, document: dict, experiments: dict[str, dict]) -> None:
        """Show a lesson document and its presets' experiments (by file)."""
        mode = self.document_mode(document)
        _set(self.lesson_id, str(document.get("id", "")))
        self.number.setValue(int(document.get("number", 1) or 1))
        for field in ("title", "goal", "question", "answer"):
            self.fill_pair(self.fields[field], document.get(field, {}), mode)
        explanation = document.get("explanation", {})
        for language in LANGUAGES:
            paragraphs = explanation.get(language, []) if isinstance(explanation, dict) else []
            shown = paragraphs if (language == "id" or mode != "id") else []
            self.fields["explanation"][language].setPlainText("\n\n".join(map(str, shown)))
        self.try_table.setRowCount(0)
        steps = document.get("try", {})
        english = [] if mode == "id" else list(steps.get("en", []))
        indonesian = list(steps.get("id", []))
        targets = list(document.get("targets", []))
        for index in range(max(len(english), len(indonesian))):
            self.append_step(english[index] if index < len(english) else "",
                             indonesian[index] if index < len(indonesian) else "",
                             targets[index] if index < len(targets) else None)
        self.preset_table.setRowCount(0)
        self.experiments = {}
        for preset in document.get("presets", []):
            file = preset["file"]
            if file in experiments:
                english_label, indonesian_label = self.pair(preset.get("label", {}), mode)
                self.append_preset(file, experiments[file], english_label, indonesian_label)
        self.terms = list(document.get("terms", []))
        for form in [*self.predictions, *self.challenges]:
            self.remove_task(form)
        for prediction in document.get("predictions", []):
            self.add_task("prediction").load(prediction, mode)
        for challenge in document.get("challenges", []):
            form = self.add_task("challenge")
            form.conditions.setRowCount(0)
            form.load(challenge, mode)
        self.load_classroom(document.get("classroom"))

    def state(self) -> str:
        """Everything the editor holds, as one string (unsaved edits: it changed)."""
        return json.dumps({"document": self.document(), "experiments": self.used_experiments()}, sort_keys=True, ensure_ascii=False)

    def mark_clean(self) -> None:
        self._clean_state = self.state()

    def is_dirty(self) -> bool:
        return self.state() != self._clean_state

    # ------------------------------------------------------------------ checking and writing
    def show_message(self, text: str) -> None:
        self.message.setText(text)

    def write_folder(self, folder: Path) -> Lesson:
        """Write the lesson and its presets into ``folder`` (laid out as resources/lessons/)
        and read it back; raises LessonError, BackpropError or OSError."""
        document = self.document()
        folder.mkdir(parents=True, exist_ok=True)
        for file, experiment in self.used_experiments().items():
            path = folder / file
            path.parent.mkdir(parents=True, exist_ok=True)
            experiment_module.save(experiment, path)
        lesson_file = folder / f"{slug(str(document['id']))}.json"
        text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
        write_atomically(lesson_file, lambda file: file.write(text.encode("utf-8")))
        return read_lesson(lesson_file)

    def check(self) -> tuple[Lesson, Path] | None:
        """The lesson written to a fresh scratch folder and read back, or None with the
        first problem shown as one line."""
        folder = Path(tempfile.mkdtemp(prefix="lesson-", dir=self._scratch))
        try:
            return self.write_folder(folder), folder
        except LessonError as error:
            self.show_message(self.tr("The lesson cannot be used yet: {problem}").format(problem=_plain(str(error))))
        except BackpropError as error:
            self.show_message(self.tr("The lesson cannot be used yet: {problem}").format(problem=translate_error(error)))
        except OSError as error:
            self.show_message(self.tr("The lesson could not be written: {reason}").format(reason=error.strerror or str(error)))
        shutil.rmtree(folder, ignore_errors=True)
        return None

    def save(self) -> bool:
        """Save the lesson as ``my-lessons/<id>/`` in the data folder; the Lessons panel lists it."""
        checked = self.check()
        if checked is None:
            return False
        lesson, scratch = checked
        target = self.data_dir() / MY_LESSONS / lesson.id
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            old = target.with_name(target.name + ".old")
            shutil.rmtree(old, ignore_errors=True)
            if target.exists():
                target.rename(old)
            shutil.copytree(scratch, target)
            shutil.rmtree(old, ignore_errors=True)
        except OSError as error:
            self.show_message(self.tr("The lesson could not be written: {reason}").format(reason=error.strerror or str(error)))
            return False
        self.mark_clean()
        self.discard_draft()
        self.show_message("")
        library = getattr(self.window_, "library", None)
        if library is not None:
            library.load_my_lessons(select=lesson.id)
        self.window_.tell(lambda: self.tr("Lesson saved: {title}").format(
            title=lesson.text("title", i18n.current_language())), 6000)
        return True

    def save_pack(self, out: Path) -> bool:
        """Write the lesson and its presets as a lesson pack (.bplesson)."""
        from ..content.packs import make_pack

        checked = self.check()
        if checked is None:
            return False
        lesson, folder = checked
        try:
            make_pack(folder, out, dict(lesson.title))
        except PackError as error:
            self.show_message(translate_error(error))
            return False
        self.show_message("")
        self.window_.tell(lambda: self.tr("Lesson pack saved: {file}").format(file=out.name), 6000)
        return True

    def save_pack_dialog(self) -> bool:
        documents = self.window_.files.documents_dir()
        suggested = str(Path(documents) / (self.lesson_id_text() + PACK_EXTENSION))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save as lesson pack"), suggested, self.tr("Lesson packs (*.bplesson)"))
        if not path:
            return False
        path = Path(path)
        if path.suffix.lower() != PACK_EXTENSION:
            path = path.with_name(path.name + PACK_EXTENSION)
        return self.save_pack(path)

    # ------------------------------------------------------------------ preview
    def preview(self):
        """The lesson in the real Lessons panel, as a student sees it (in either language)."""
        from .lessons import LessonsPanel

        checked = self.check()
        if checked is None:
            return None
        lesson, _folder = checked
        self.show_message("")
        if self.preview_dialog is not None:
            self.preview_dialog.close()
        dialog = QDialog(self)
        dialog.setObjectName("lesson_preview")
        dialog.setWindowTitle(self.tr("Preview: {title}").format(title=lesson.text("title", i18n.current_language())))
        language = [i18n.current_language()]
        choose = _combo("preview_language", [("English", "en"), ("Bahasa Indonesia", "id")])
        _choose(choose, language[0])
        panel = LessonsPanel(language=lambda: language[0], lessons=[lesson], parent=dialog)
        panel.setObjectName("preview_panel")
        panel.preset_requested.connect(lambda path: self.window_.files.open_preset(Path(path)))
        panel.target_requested.connect(self.window_.point_at)

        def switch(_index: int) -> None:
            language[0] = choose.currentData()
            panel.refresh()

        choose.currentIndexChanged.connect(switch)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Language:")))
        row.addWidget(choose)
        row.addStretch(1)
        column = QVBoxLayout(dialog)
        column.addLayout(row)
        column.addWidget(panel, 1)
        dialog.resize(420, 660)
        dialog.show()
        self.preview_dialog = dialog
        return dialog

    # ------------------------------------------------------------------ autosave and closing
    def autosave(self) -> bool:
        """Keep the edits in the data folder, so a crash loses at most a few seconds."""
        state = self.state()
        if state == self._draft_state:
            return False
        self._draft_state = state
        if state == self._clean_state:
            self.discard_draft()
            return False
        try:
            self.data_dir().mkdir(parents=True, exist_ok=True)
            write_atomically(self.draft_path(), lambda file: file.write(state.encode("utf-8")))
        except OSError as error:  # an autosave that fails must not interrupt the teacher
            log.warning("the lesson editor's draft could not be saved: %s", error)
            return False
        return True

    def discard_draft(self) -> None:
        try:
            self.draft_path().unlink(missing_ok=True)
        except OSError:
            pass

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if self.is_dirty():
            answer = QMessageBox.question(
                self, self.tr("Unsaved lesson"), self.tr("The lesson has changes that are not saved. Save them first?"),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save)
            if answer == QMessageBox.StandardButton.Cancel or (answer == QMessageBox.StandardButton.Save and not self.save()):
                event.ignore()
                return
        self.autosave_timer.stop()
        self.discard_draft()
        if self.preview_dialog is not None:
            self.preview_dialog.close()
        shutil.rmtree(self._scratch, ignore_errors=True)
        if getattr(self.window_, "lesson_editor", None) is self:
            self.window_.lesson_editor = None
        event.accept()


def _plain(text: str) -> str:
    return " ".join(text.split())


# =========================================================================== opening
def lesson_document(lesson: Lesson) -> tuple[dict, dict[str, dict]]:
    """A lesson's document and its presets' experiments, as the editor edits them: the
    file as written, with a new id so the copy does not replace the original."""
    from ..content.reading import read_json
    from ..content.lessons import MAX_LESSON_BYTES

    document = read_json(lesson.path, MAX_LESSON_BYTES)
    experiments: dict[str, dict] = {}
    presets, kept = [], {}  # kept: the preset's place in the original -> in the copy
    for index, preset in enumerate(lesson.presets):
        file = f"presets/{Path(preset.file).name}"
        # A preset on a CSV file is left out: the file would not travel with the lesson.
        if preset.experiment is not None and preset.experiment["data"]["source"] == "builtin" and file not in experiments:
            experiments[file] = json.loads(experiment_module.dumps(preset.experiment))
            kept[index] = len(presets)
            presets.append({**document["presets"][index], "file": file})
    document["presets"] = presets
    # The predictions and challenges of the presets left out go with them.
    document["predictions"] = [{**p, "preset": kept[p["preset"]]} for p in document.get("predictions", []) if p.get("preset") in kept]
    document["challenges"] = [{**c, **({"preset": kept[c["preset"]]} if c.get("preset") is not None else {})}
                              for c in document.get("challenges", []) if c.get("preset") is None or c.get("preset") in kept]
    document["id"] = f"{lesson.id}_copy"[:90]
    document.pop("version", None)
    document["version"] = VERSION
    return document, experiments


def open_editor(window, lesson: Lesson | None) -> LessonEditor:
    """Help → Make lessons: a new lesson or a copy of ``lesson``; after a crash, the
    edits saved automatically are offered back first."""
    existing = getattr(window, "lesson_editor", None)
    if existing is not None and existing.isVisible():
        existing.raise_()
        existing.activateWindow()
        return existing
    document, experiments = (None, None) if lesson is None else lesson_document(lesson)
    restored = False
    draft = Path(window.data_dir) / DRAFT
    if draft.is_file():
        answer = QMessageBox.question(
            window, QCoreApplication.translate("LessonEditor", "Restore your lesson?"),
            QCoreApplication.translate("LessonEditor", "The lesson editor did not close properly last time. Restore the lesson you were writing?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
        if answer == QMessageBox.StandardButton.Yes:
            try:
                saved = json.loads(draft.read_text(encoding="utf-8"))
                document, experiments = saved["document"], saved["experiments"]
                restored = True
            except (OSError, ValueError, KeyError, TypeError) as error:
                log.warning("the lesson editor's draft could not be read: %s", error)
        else:
            draft.unlink(missing_ok=True)
    editor = LessonEditor(window, document, experiments)
    if restored:  # unsaved until saved
        editor._clean_state = ""
    editor.setWindowTitle(QCoreApplication.translate("LessonEditor", "Lesson editor"))
    window.lesson_editor = editor
    editor.show()
    return editor
