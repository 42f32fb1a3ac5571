"""A lesson's predictions and challenges in the Lessons panel.

*Predict, then reveal.* A preset button whose preset has a prediction first asks the
question (:class:`PredictionBox`: choices as radio buttons, or a number field read in the
interface language) with "Predict" and "Skip". The answer is kept, the preset opens, and
the run it builds is followed: when that run stops after training (paused after Play,
finished, or diverged) :class:`RevealBox` shows the prediction beside what happened,
marks it right or not, and asks the student to explain, in a text box whose text stays
with the prediction (:attr:`LessonTasks.records`) for the whole session. Training on and
stopping again shows the comparison again, with what happened by then.

*Challenges.* Each of the lesson's goals is a row in :class:`ChallengeList`; the run shown
is checked against them as it trains (at most :data:`CHECK_INTERVAL` apart, every
recorded point in between included), whenever it stops, and whenever a snapshot of
weights changed by hand is shown. A challenge met is ticked and announced by a green line
(:attr:`LessonTasks.celebration`), never a dialog, and stays met for the session.

The window feeds every snapshot it draws to :meth:`LessonTasks.follow_run` (through
``LessonsPanel.follow_run``). Measures and judging are Qt-free
(:mod:`backprop_gui.content.measures`); this module words them.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QButtonGroup, QFrame, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QRadioButton, QSizePolicy,
    QVBoxLayout, QWidget,
)

from ..content import measures
from ..content.lessons import Challenge, Lesson, Prediction, localized
from .numbers import NumberValidator, format_fixed, format_number, format_percent

log = logging.getLogger(__name__)

CONTEXT = "LessonTasks"
#: While training runs the challenges are checked this often (seconds); the points
#: recorded in between are checked too, so none is missed.
CHECK_INTERVAL = 0.25

MEASURE_NAMES = {
    "loss_trend": QT_TRANSLATE_NOOP("LessonTasks", "Training loss"),
    "test_loss_trend": QT_TRANSLATE_NOOP("LessonTasks", "Test loss"),
    "loss_settling": QT_TRANSLATE_NOOP("LessonTasks", "Training loss at the end"),
    "epochs_to_bottom": QT_TRANSLATE_NOOP("LessonTasks", "Epochs to come within 1 % of the lowest loss"),
    "initial_train_loss": QT_TRANSLATE_NOOP("LessonTasks", "Training loss at epoch 0"),
    "final_train_loss": QT_TRANSLATE_NOOP("LessonTasks", "Training loss"),
    "final_test_loss": QT_TRANSLATE_NOOP("LessonTasks", "Test loss"),
    "lowest_test_loss": QT_TRANSLATE_NOOP("LessonTasks", "Lowest test loss"),
    "train_accuracy": QT_TRANSLATE_NOOP("LessonTasks", "Training accuracy"),
    "test_accuracy": QT_TRANSLATE_NOOP("LessonTasks", "Test accuracy"),
    "test_r2": QT_TRANSLATE_NOOP("LessonTasks", "Test R²"),
    "hidden_units": QT_TRANSLATE_NOOP("LessonTasks", "Hidden neurons"),
    "hidden_layers": QT_TRANSLATE_NOOP("LessonTasks", "Hidden layers"),
    "parameters": QT_TRANSLATE_NOOP("LessonTasks", "Weights and biases"),
    "learning_rate": QT_TRANSLATE_NOOP("LessonTasks", "Learning rate"),
    "batch_size": QT_TRANSLATE_NOOP("LessonTasks", "Batch size"),
    "epochs": QT_TRANSLATE_NOOP("LessonTasks", "Epochs trained"),
    "updates_per_epoch": QT_TRANSLATE_NOOP("LessonTasks", "Weight updates per epoch"),
    "updates": QT_TRANSLATE_NOOP("LessonTasks", "Weight updates in all"),
}
TRENDS = {
    "falls": QT_TRANSLATE_NOOP("LessonTasks", "fell"),
    "flat": QT_TRANSLATE_NOOP("LessonTasks", "stayed almost flat"),
    "rises": QT_TRANSLATE_NOOP("LessonTasks", "rose"),
    "falls_then_rises": QT_TRANSLATE_NOOP("LessonTasks", "fell, then rose again"),
    "jumps": QT_TRANSLATE_NOOP("LessonTasks", "jumped up and down"),
    "diverges": QT_TRANSLATE_NOOP("LessonTasks", "blew up: training diverged"),
    # How the loss ends (measures.SETTLINGS; "diverges" above).
    "settled": QT_TRANSLATE_NOOP("LessonTasks", "came to rest"),
    "still_falling": QT_TRANSLATE_NOOP("LessonTasks", "was still falling"),
    "rising": QT_TRANSLATE_NOOP("LessonTasks", "was rising"),
    "oscillating": QT_TRANSLATE_NOOP("LessonTasks", "bounced up and down"),
}
NOT_MEASURED = QT_TRANSLATE_NOOP("LessonTasks", "{measure}: not measured in this run")
MEASURED = QT_TRANSLATE_NOOP("LessonTasks", "{measure}: {value}")
GREEN = "#E3F4E8"
GREEN_BORDER = "#009E73"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def measured_text(name: str, value) -> str:
    """What a measure came to, as a sentence part: "Test accuracy: 52.2%", "Training loss: fell"."""
    label = _tr(MEASURE_NAMES.get(name, name))
    if value is None:
        return _tr(NOT_MEASURED).format(measure=label)
    kind = measures.MEASURES[name].kind
    if kind == "trend":
        shown = _tr(TRENDS[value])
    elif kind == "fraction":
        shown = format_percent(value)
    elif kind == "count":
        shown = format_fixed(value, 0)
    else:
        shown = format_number(value, significant=3)
    return _tr(MEASURED).format(measure=label, value=shown)


def first_sentence(text: str) -> str:
    """A goal up to the end of its first sentence (the hints after it are not repeated)."""
    ends = [i for i in (text.find(". "), text.find("? "), text.find("! ")) if i >= 0]
    return text[: min(ends) + 1] if ends else text


def answer_text(prediction: Prediction, answer, language: str) -> str:
    """The student's answer as shown: the choice's text, or the number."""
    if prediction.kind == "choice":
        return localized(prediction.choices[answer], language)
    kind = measures.MEASURES[prediction.measure].kind
    return format_fixed(answer, 0) if kind == "count" else format_number(answer, significant=4)


def wrapped_label(name: str, parent: QWidget | None = None, bold: bool = False, selectable: bool = False) -> QLabel:
    """A plain-text label that wraps to the panel's width (the lessons panel's and its tasks');
    ``selectable``: its text can be selected and copied."""
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if bold:
        font = label.font()
        font.setBold(True)
        label.setFont(font)
    return label


def _frame(name: str, parent: QWidget, background: str = "palette(alternate-base)", border: str = "#0072B2") -> QFrame:
    frame = QFrame(parent)
    frame.setObjectName(name)
    frame.setStyleSheet(f"#{name} {{ background: {background}; border: 1px solid {border}; border-radius: 4px; }}")
    return frame


@dataclass(eq=False)
class PredictionRecord:
    """One prediction a student made, and what came of it (kept for the session)."""

    lesson_id: str
    prediction: Prediction
    answer: object  # the choice's index, or the number typed
    measured: object = None
    right: bool | None = None
    revealed: bool = False
    epochs: int = 0
    explanation: str = ""


# =========================================================================== asking
class PredictionBox(QFrame):
    """The question asked before a preset trains: choices or a number, Predict or Skip.

    Object names: ``prediction_question``, ``prediction_choice_1``, ...,
    ``prediction_number``, ``prediction_refusal``, ``predict``, ``skip_prediction``.
    """

    predicted = Signal(object)  # the choice's index or the number
    skipped = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("prediction_box")
        self.setStyleSheet("#prediction_box { border: 2px solid #0072B2; border-radius: 4px; }")
        self.prediction: Prediction | None = None
        column = QVBoxLayout(self)
        column.setContentsMargins(8, 6, 8, 6)
        column.setSpacing(4)
        self.heading = wrapped_label("prediction_heading", self, bold=True)
        self.question = wrapped_label("prediction_question", self)
        self.choices_box = QVBoxLayout()
        self.choices_box.setSpacing(2)
        self.group = QButtonGroup(self)
        self.group.idToggled.connect(lambda *_: self._update_button())
        self.number = QLineEdit(self)
        self.number.setObjectName("prediction_number")
        self.number.textChanged.connect(lambda *_: self._update_button())
        self.number.returnPressed.connect(self._predict)
        self.refusal = wrapped_label("prediction_refusal", self)
        self.refusal.setStyleSheet("color: #B34700;")
        self.predict_button = QPushButton(self)
        self.predict_button.setObjectName("predict")
        self.predict_button.setDefault(True)
        self.predict_button.clicked.connect(self._predict)
        self.skip_button = QPushButton(self)
        self.skip_button.setObjectName("skip_prediction")
        self.skip_button.clicked.connect(self.skipped)
        buttons = QHBoxLayout()
        buttons.addWidget(self.predict_button)
        buttons.addWidget(self.skip_button)
        buttons.addStretch(1)
        for widget in (self.heading, self.question):
            column.addWidget(widget)
        column.addLayout(self.choices_box)
        column.addWidget(self.number)
        column.addWidget(self.refusal)
        column.addLayout(buttons)
        self.radios: list[QRadioButton] = []
        self.hide()

    def ask(self, prediction: Prediction, language: str) -> None:
        """Show ``prediction``'s question, with nothing chosen yet."""
        self.prediction = prediction
        for radio in self.radios:
            self.group.removeButton(radio)
            self.choices_box.removeWidget(radio)
            radio.setParent(None)
            radio.deleteLater()
        self.radios = []
        for index, choice in enumerate(prediction.choices):
            radio = QRadioButton(localized(choice, language), self)
            radio.setObjectName(f"prediction_choice_{index + 1}")
            self.group.addButton(radio, index)
            self.choices_box.addWidget(radio)
            self.radios.append(radio)
        whole = prediction.kind == "number" and measures.MEASURES[prediction.measure].kind == "count"
        self.number.setValidator(NumberValidator(whole=whole, parent=self.number))
        self.number.clear()
        self.number.setVisible(prediction.kind == "number")
        self.refusal.hide()
        self.retranslate(language)
        self._update_button()
        self.show()
        (self.number if prediction.kind == "number" else self).setFocus()

    def retranslate(self, language: str) -> None:
        self.heading.setText(self.tr("Predict first"))
        if self.prediction is not None:
            self.question.setText(localized(self.prediction.question, language))
            for radio, choice in zip(self.radios, self.prediction.choices):
                radio.setText(localized(choice, language))
        self.number.setPlaceholderText(self.tr("Type your prediction"))
        self.predict_button.setText(self.tr("Predict"))
        self.predict_button.setToolTip(self.tr("Keep your prediction and open the experiment."))
        self.skip_button.setText(self.tr("Skip"))
        self.skip_button.setToolTip(self.tr("Open the experiment without predicting."))

    def answer(self):
        """The choice's index or the number typed; None while there is none."""
        if self.prediction is None:
            return None
        if self.prediction.kind == "choice":
            index = self.group.checkedId()
            return index if index >= 0 else None
        return self.number.validator().reading(self.number.text()).value

    def _update_button(self) -> None:
        if self.prediction is None:
            return
        ready = self.group.checkedId() >= 0 if self.prediction.kind == "choice" else bool(self.number.text().strip())
        self.predict_button.setEnabled(ready)

    def _predict(self) -> None:
        answer = self.answer()
        if answer is None:
            if self.prediction is not None and self.prediction.kind == "number":
                self.refusal.setText(self.number.validator().reading(self.number.text()).reason)
                self.refusal.show()
            return
        self.refusal.hide()
        self.predicted.emit(answer)


# =========================================================================== revealing
class RevealBox(QFrame):
    """The prediction beside what happened, the verdict, and the student's explanation.

    Object names: ``you_predicted``, ``what_happened``, ``prediction_mark``,
    ``explain_heading``, ``explanation_edit``, ``close_reveal``.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reveal_box")
        self.setStyleSheet("#reveal_box { border: 2px solid #0072B2; border-radius: 4px; }")
        self.record: PredictionRecord | None = None
        column = QVBoxLayout(self)
        column.setContentsMargins(8, 6, 8, 6)
        column.setSpacing(4)
        self.question = wrapped_label("reveal_question", self)
        sides = QHBoxLayout()
        sides.setSpacing(10)
        self.predicted_heading = wrapped_label("you_predicted_heading", self, bold=True)
        self.predicted = wrapped_label("you_predicted", self)
        self.happened_heading = wrapped_label("what_happened_heading", self, bold=True)
        self.happened = wrapped_label("what_happened", self)
        for heading, body in ((self.predicted_heading, self.predicted), (self.happened_heading, self.happened)):
            side = QVBoxLayout()
            side.setSpacing(2)
            side.addWidget(heading)
            side.addWidget(body)
            side.addStretch(1)
            sides.addLayout(side, 1)
        self.mark = wrapped_label("prediction_mark", self, bold=True)
        self.explain_heading = wrapped_label("explain_heading", self)
        self.explanation = QPlainTextEdit(self)
        self.explanation.setObjectName("explanation_edit")
        self.explanation.setTabChangesFocus(True)
        self.explanation.setMinimumHeight(50)
        self.explanation.setMaximumHeight(90)
        self.explanation.textChanged.connect(self._explained)
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("close_reveal")
        self.close_button.clicked.connect(self.hide)
        row = QHBoxLayout()
        row.addWidget(self.mark, 1)
        row.addWidget(self.close_button)
        column.addWidget(self.question)
        column.addLayout(sides)
        column.addLayout(row)
        column.addWidget(self.explain_heading)
        column.addWidget(self.explanation)
        self.hide()

    def show_record(self, record: PredictionRecord, language: str) -> None:
        """Show ``record`` (its explanation too, in the text box) and keep what is typed there."""
        same = record is self.record
        self.record = record
        if not same:
            self.explanation.blockSignals(True)
            self.explanation.setPlainText(record.explanation)
            self.explanation.blockSignals(False)
        self.retranslate(language)
        self.show()

    def retranslate(self, language: str) -> None:
        record = self.record
        self.predicted_heading.setText(self.tr("You predicted"))
        self.happened_heading.setText(self.tr("What happened"))
        self.close_button.setText(self.tr("Close"))
        self.close_button.setToolTip(self.tr("Put the comparison away; your explanation is kept."))
        self.explanation.setPlaceholderText(self.tr("Write your explanation here."))
        if record is None:
            return
        prediction = record.prediction
        self.question.setText(localized(prediction.question, language))
        self.predicted.setText(answer_text(prediction, record.answer, language))
        measured = measured_text(prediction.measure, record.measured)
        epochs = format_fixed(record.epochs, 0)
        index = prediction.right_choice(record.measured) if prediction.kind == "choice" and record.measured is not None else None
        if index is not None:  # in the words of the choices, then the measurement
            self.happened.setText(self.tr("{choice}\n({measured}; after {epochs} epochs)").format(
                choice=localized(prediction.choices[index], language), measured=measured, epochs=epochs))
        else:
            self.happened.setText(self.tr("{measured}\n(after {epochs} epochs)").format(measured=measured, epochs=epochs))
            if prediction.kind == "choice" and record.measured is not None:
                self.happened.setText(self.happened.text() + "\n" + self.tr("None of the choices says this."))
        if record.right is None:
            self.mark.setText(self.tr("This run could not measure it."))
            self.mark.setStyleSheet("color: palette(mid);")
        elif record.right:
            self.mark.setText(self.tr("✔ Your prediction was right."))
            self.mark.setStyleSheet(f"color: {GREEN_BORDER};")
        else:
            self.mark.setText(self.tr("✘ Not what happened."))
            self.mark.setStyleSheet("color: #B34700;")
        self.explain_heading.setText(self.tr("Explain why it happened:") if record.right
                                     else self.tr("Explain the difference:"))

    def _explained(self) -> None:
        if self.record is not None:
            self.record.explanation = self.explanation.toPlainText()


# =========================================================================== challenges
class ChallengeList(QWidget):
    """The lesson's challenges, one row each: a box ticked when met, the goal, and Start
    when the challenge names a preset. Object names: ``challenge_1``, ... (the goals) and
    ``start_challenge_1``, ..."""

    start_requested = Signal(int)  # the preset's index

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lesson_challenges")
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(3)
        self.rows: list[tuple[QLabel, QPushButton | None]] = []
        self.row_widgets: list[QWidget] = []

    def show_challenges(self, challenges: tuple[Challenge, ...], met: Callable[[Challenge], bool], language: str) -> None:
        for row in self.row_widgets:
            self.column.removeWidget(row)
            row.hide()
            row.setParent(None)  # gone from findChild now, not at the next event loop
            row.deleteLater()
        self.row_widgets, self.rows = [], []
        for number, challenge in enumerate(challenges, start=1):
            row_widget = QWidget(self)
            row = QHBoxLayout(row_widget)
            row.setContentsMargins(0, 0, 0, 0)
            goal = wrapped_label(f"challenge_{number}", row_widget)
            row.addWidget(goal, 1)
            start = None
            if challenge.preset is not None:
                start = QPushButton(self.tr("Start"), row_widget)
                start.setObjectName(f"start_challenge_{number}")
                start.setToolTip(self.tr("Open the experiment this challenge starts from."))
                start.clicked.connect(lambda _checked=False, index=challenge.preset: self.start_requested.emit(index))
                row.addWidget(start, 0, Qt.AlignmentFlag.AlignTop)
            self.column.addWidget(row_widget)
            row_widget.show()
            self.row_widgets.append(row_widget)
            self.rows.append((goal, start))
            self.mark(number - 1, challenge, met(challenge), language)

    def mark(self, index: int, challenge: Challenge, done: bool, language: str) -> None:
        goal, _start = self.rows[index]
        goal.setText(("✔ " if done else "☐ ") + localized(challenge.goal, language))
        goal.setStyleSheet(f"color: {GREEN_BORDER}; font-weight: bold;" if done else "")
        goal.setToolTip(self.tr("Met in this session.") if done else self.tr("Not met yet: the app checks it as you train."))


# =========================================================================== following the run
class LessonTasks(QWidget):
    """The task area at the top of a lesson: the celebration line, the question asked
    before a preset, the note that a prediction waits for its run, and the comparison.

    ``open_preset(str)`` asks the window to open a preset (the panel passes it on as its
    ``preset_requested``). The records of the session: :attr:`records` (every prediction
    made, with its outcome and explanation) and :attr:`met` ((lesson id, challenge id)).
    """

    open_preset = Signal(str)
    challenge_met = Signal(str, str)  # lesson id, challenge id

    def __init__(self, language: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lesson_tasks")
        self.language = language
        self.lesson: Lesson | None = None
        self.records: list[PredictionRecord] = []
        self.met: set[tuple[str, str]] = set()
        self.challenge_list = ChallengeList()
        self.challenge_list.start_requested.connect(self._start_challenge)
        self._asking: int | None = None  # the preset whose question is shown
        self._opening: PredictionRecord | None = None  # while its preset opens
        self._waiting: PredictionRecord | None = None  # bound to self._run, not revealed yet (or to update)
        self._run = None  # the run the waiting record watches
        self._run_experiment: dict | None = None
        self._saw_running = False
        self._last_run = None
        self._checked_at = 0.0
        self._checked_epoch: dict[tuple[int, str], int] = {}  # (id(run), challenge id) -> last point checked
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        self.celebration = _frame("challenge_celebration", self, GREEN, GREEN_BORDER)
        line = QHBoxLayout(self.celebration)
        line.setContentsMargins(6, 3, 3, 3)
        self.celebration_text = wrapped_label("challenge_celebration_text", self.celebration, bold=True)
        self.celebration_close = QPushButton("×", self.celebration)
        self.celebration_close.setObjectName("close_celebration")
        self.celebration_close.setFlat(True)
        self.celebration_close.setFixedWidth(28)
        self.celebration_close.clicked.connect(self.celebration.hide)
        line.addWidget(self.celebration_text, 1)
        line.addWidget(self.celebration_close, 0, Qt.AlignmentFlag.AlignTop)
        self.celebration.hide()
        self._celebrated: Challenge | None = None
        self.box = PredictionBox(self)
        self.box.predicted.connect(self._predicted)
        self.box.skipped.connect(self._skipped)
        self.pending = wrapped_label("prediction_pending", self)
        self.pending.setStyleSheet("color: #0072B2;")
        self.pending.hide()
        self.reveal = RevealBox(self)
        for widget in (self.celebration, self.box, self.pending, self.reveal):
            column.addWidget(widget)

    # ------------------------------------------------------------------ the lesson
    def set_lesson(self, lesson: Lesson | None) -> None:
        """Show ``lesson``'s tasks (a new lesson: no question open, its own comparison)."""
        if lesson is not self.lesson:
            self.lesson = lesson
            self._asking = None
            self.box.hide()
            self.celebration.hide()
            self._celebrated = None
            # The lesson's last prediction compared, or the one still waiting for its run.
            revealed = [r for r in self.records if lesson is not None and r.lesson_id == lesson.id and r.revealed]
            if revealed:
                self.reveal.show_record(revealed[-1], self.language())
            else:
                self.reveal.hide()
            waiting = self._waiting
            self.pending.setVisible(waiting is not None and lesson is not None and waiting.lesson_id == lesson.id
                                    and not waiting.revealed)
        self.retranslate()

    def retranslate(self) -> None:
        language = self.language()
        lesson = self.lesson
        if not self.box.isHidden() and self.box.prediction is not None:
            self.box.retranslate(language)
        if self.reveal.record is not None:
            self.reveal.retranslate(language)
        self.pending.setText(self.tr("Your prediction is kept. Train the network (“Play”); when it stops, "
                                     "your prediction is shown beside what happened."))
        if self._celebrated is not None:
            self.celebration_text.setText(self.tr("✔ Challenge met: {goal}").format(
                goal=first_sentence(localized(self._celebrated.goal, language))))
        self.celebration_close.setToolTip(self.tr("Dismiss"))
        self.challenge_list.show_challenges(lesson.challenges if lesson else (), self._is_met, language)

    def _is_met(self, challenge: Challenge) -> bool:
        return self.lesson is not None and (self.lesson.id, challenge.id) in self.met

    # ------------------------------------------------------------------ asking
    def preset_clicked(self, index: int) -> None:
        """A preset button: ask its question first, or open it at once."""
        lesson = self.lesson
        prediction = lesson.prediction_for(index) if lesson else None
        if prediction is None:
            self._asking = None
            self.box.hide()
            self.open_preset.emit(str(lesson.presets[index].path))
            return
        self._asking = index
        self.reveal.hide()
        self.box.ask(prediction, self.language())

    def _predicted(self, answer) -> None:
        lesson, index = self.lesson, self._asking
        if lesson is None or index is None:
            return
        record = PredictionRecord(lesson.id, lesson.prediction_for(index), answer)
        self._open(index, record)

    def _skipped(self) -> None:
        if self.lesson is not None and self._asking is not None:
            self._open(self._asking, None)

    def _start_challenge(self, index: int) -> None:
        if self.lesson is not None:
            self.box.hide()
            self._asking = None
            self.open_preset.emit(str(self.lesson.presets[index].path))

    def _open(self, index: int, record: PredictionRecord | None) -> None:
        """Open the preset; a prediction is bound to the run that opening shows (the window
        shows it before the signal returns). Nothing shown: the opening was cancelled."""
        self.box.hide()
        self._asking = None
        self._opening = record
        try:
            self.open_preset.emit(str(self.lesson.presets[index].path))
        finally:
            opened, self._opening = self._opening, None
        if record is None:
            return
        bound = opened is None  # follow_run took it for the run the window showed
        if bound:
            self.records.append(record)
        self.pending.setVisible(bound)

    # ------------------------------------------------------------------ following the run
    def follow_run(self, run, experiment: dict, snapshot) -> None:
        """Every snapshot the window draws, with the run it belongs to and the experiment
        in force: binds a prediction to the run its preset built, reveals it when that
        run stops, and checks the challenges."""
        if run is None or snapshot is None:
            return
        try:
            self._follow(run, experiment, snapshot)
        except Exception:  # noqa: BLE001 - a lesson's check must never stop the window drawing
            log.exception("checking the lesson's prediction or challenges failed")

    def _follow(self, run, experiment: dict, snapshot) -> None:
        new_run = run is not self._last_run
        self._last_run = run
        if new_run:
            self._new_run(run, experiment)
        if self._waiting is not None and run is self._run:
            self._watch(run, experiment, snapshot)
        self._check_challenges(run, experiment, snapshot, new_run)

    def _new_run(self, run, experiment: dict) -> None:
        if self._opening is not None:  # the preset just asked about
            self._waiting, self._opening = self._opening, None
        elif self._waiting is None:
            return
        elif self._waiting.revealed or experiment != self._run_experiment:
            # Another experiment, or a second run after the comparison: the prediction is done.
            self._waiting = None
            self.pending.hide()
            return
        # The same experiment built again (Reset weights): the prediction follows it.
        self._run, self._run_experiment, self._saw_running = run, experiment, False

    def _watch(self, run, experiment: dict, snapshot) -> None:
        if snapshot.running:
            self._saw_running = True
            return
        stopped = snapshot.stop_reason is not None or self._saw_running
        if not stopped or snapshot.steps == 0:
            return
        self._saw_running = False
        record = self._waiting
        observation = measures.Observation.of_snapshot(experiment, snapshot, run.network.parameter_count())
        record.measured = measures.measure(record.prediction.measure, observation)
        record.right = measures.prediction_right(record.prediction.kind, record.answer, record.measured,
                                                 None if record.prediction.kind == "number"
                                                 else record.prediction.outcomes[record.answer],
                                                 record.prediction.tolerance)
        record.revealed = True
        record.epochs = snapshot.epoch
        self.pending.hide()
        if self.lesson is not None and self.lesson.id == record.lesson_id:
            self.box.hide()
            self.reveal.show_record(record, self.language())

    # ------------------------------------------------------------------ challenges
    def _check_challenges(self, run, experiment: dict, snapshot, new_run: bool) -> None:
        lesson = self.lesson
        if lesson is None:
            return
        open_challenges = [c for c in lesson.challenges if (lesson.id, c.id) not in self.met
                           and self._same_problem(c, experiment)]
        if not open_challenges:
            return
        now = time.monotonic()
        if snapshot.running and now - self._checked_at < CHECK_INTERVAL:
            return
        self._checked_at = now
        # Stopped: the weights as they are now (they may have been set by hand since the
        # trainer last measured them).
        metrics = None if snapshot.running else measures.metrics_of_weights(run, snapshot.state, snapshot.settings)
        observation = measures.Observation.of_snapshot(experiment, snapshot, run.network.parameter_count(), metrics)
        for challenge in open_challenges:
            key = (id(run), challenge.id)
            since = -1 if new_run else self._checked_epoch.get(key, -1)
            self._checked_epoch[key] = snapshot.epoch
            if measures.challenge_met(challenge.conditions, observation, challenge.within_epochs, since):
                self._celebrate(challenge)

    def _same_problem(self, challenge: Challenge, experiment: dict) -> bool:
        """A challenge with a preset counts on that preset's data only."""
        if challenge.preset is None:
            return True
        preset = self.lesson.presets[challenge.preset].experiment
        return preset is None or preset.get("data") == experiment.get("data")

    def _celebrate(self, challenge: Challenge) -> None:
        self.met.add((self.lesson.id, challenge.id))
        self._celebrated = challenge
        self.celebration.show()
        self.retranslate()
        self.challenge_met.emit(self.lesson.id, challenge.id)
