"""Practice (Latihan): the student computes one training step by hand, the app checks.

The panel shows a small problem from :func:`backprop_gui.core.practice.make_problem` (the
network drawn with its numbers, see :mod:`.practice_diagram`) and below it every
quantity of the step in order: each z and a, the loss, each δ, the gradients, the new
weights. The student types each one; it is checked the moment it is entered (Enter, or
leaving the field) with :func:`practice.check`, against the value that follows from the
student's own accepted earlier answers (error carried forward), so one rounding early on
does not make every later answer wrong.

A right answer gets a green tick and the next field. A wrong one climbs the hint
ladder, one rung per wrong answer (or per click on "Hint"):

1. the formula (the step's ``formula``, translated);
2. which numbers go into it: they are listed with their values and highlighted in the
   drawing (the step's ``operands``);
3. the worked value: the field is filled with it and marked as shown.

Every rung shown counts as a hint; the score says how many quantities were right first
time, right with hints, and shown.

Fading: a quantity whose step is ``given`` is shown worked out (read only, with its
value). At the first level every step is given, and "Next" walks through the worked
example one quantity at a time, each with its formula and numbers; at the later levels
the student types the rest. "Back" revisits any quantity already done.

Numbers are read with :func:`.numbers.read_number`: ``0,35`` and ``0.35`` both in
Indonesian; a text that is not a number gets one sentence and keeps its field.
"""

from __future__ import annotations

import random

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox, QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QScrollArea, QSizePolicy, QSplitter,
    QVBoxLayout, QWidget,
)

from ..core import practice
from . import colors, numbers
from . import practice_symbols as symbols
from .practice_diagram import ProblemDiagram
from .practice_worked import substitution
from .stepthrough_panel import format_number

#: The rungs of the hint ladder; the third shows the value.
FORMULA, NUMBERS, VALUE = 1, 2, 3
CORRECT_COLOR = "#009E73"  # Okabe–Ito green
WRONG_COLOR = colors.TEST_COLOR  # vermilion
GIVEN, RIGHT, SHOWN = "given", "right", "shown"  # how a quantity was done


class _Row(QWidget):
    """One quantity: its name, the answer field and a mark (✓, ✗, shown)."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setMinimumWidth(96)
        self.field = QLineEdit()
        self.field.setObjectName(f"answer {name}")
        self.field.setMinimumWidth(70)
        self.field.setMaximumWidth(150)
        self.mark = QLabel()
        self.mark.setObjectName(f"mark {name}")
        self.mark.setMinimumWidth(24)
        row = QHBoxLayout(self)
        row.setContentsMargins(2, 1, 2, 1)
        row.addWidget(self.label)
        row.addWidget(self.field, 1)
        row.addWidget(self.mark, 1)


class PracticePanel(QWidget):
    """Practice problems, checked quantity by quantity with a hint ladder.

    Public API: :meth:`new_problem`, :meth:`set_level`, :meth:`enter`, :meth:`hint`,
    :meth:`next_step`, :meth:`previous_step`, :meth:`score`, :meth:`field`;
    attributes ``problem``, ``current`` (the name of the quantity in view), ``done``
    (name → GIVEN, RIGHT or SHOWN), ``rungs`` (name → hints shown), ``values`` (name →
    the value carried forward: the student's accepted answer, a given or shown value).
    :meth:`worked` lists the session's problems the student worked on, with their scores
    (File → Export my results writes them).
    """

    finished = Signal()  # the last quantity of a problem is done

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.problem = None
        self.level = practice.LEVELS[0].number
        self.seed = 0
        self.rows: dict[str, _Row] = {}
        self.order: list[str] = []
        self.current: str | None = None
        self.done: dict[str, str] = {}
        self.rungs: dict[str, int] = {}
        self.values: dict[str, float] = {}
        self.wrong: dict[str, int] = {}
        self.refusal = ""  # the sentence about a text that is not a number
        self._checked_text: dict[str, str] = {}  # the last text checked in each field
        self._headers: dict[str, QLabel] = {}
        self._earlier: list[dict] = []  # the session's earlier problems worked on (see worked())
        self._build_ui()
        self.retranslate_ui()

    # ------------------------------------------------------------------ building
    def _build_ui(self) -> None:
        self.level_caption = QLabel()
        self.level_choice = QComboBox()
        self.level_choice.setObjectName("practice_level")
        self.level_choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.level_choice.setMinimumContentsLength(12)
        self.level_choice.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        for level in practice.LEVELS:
            self.level_choice.addItem("", level.number)
        # The list shows whole titles, however narrow the box (which elides them).
        self.level_choice.view().setTextElideMode(Qt.TextElideMode.ElideNone)
        self.new_button = QPushButton()
        self.new_button.setObjectName("practice_new")
        top = QHBoxLayout()
        top.addWidget(self.level_caption)
        top.addWidget(self.level_choice, 1)
        top.addWidget(self.new_button)

        self.score_label = QLabel()
        self.score_label.setObjectName("practice_score")
        self.score_label.setWordWrap(True)

        self.diagram = ProblemDiagram()
        self.diagram.setObjectName("practice_diagram")

        # The feedback under the quantity in view: what to do, the hints, the buttons.
        self.feedback = QFrame()
        self.feedback.setObjectName("practice_feedback")
        self.feedback.setFrameShape(QFrame.Shape.StyledPanel)
        self.feedback_label = QLabel()
        self.feedback_label.setObjectName("practice_hints")
        self.feedback_label.setWordWrap(True)
        self.feedback_label.setTextFormat(Qt.TextFormat.RichText)
        self.feedback_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.back_button = QPushButton()
        self.back_button.setObjectName("practice_back")
        self.hint_button = QPushButton()
        self.hint_button.setObjectName("practice_hint")
        self.next_button = QPushButton()
        self.next_button.setObjectName("practice_next")
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.hint_button)
        buttons.addWidget(self.next_button)
        box = QVBoxLayout(self.feedback)
        box.setContentsMargins(6, 4, 6, 4)
        box.addWidget(self.feedback_label)
        box.addLayout(buttons)

        self.list = QWidget()
        self.list_layout = QVBoxLayout(self.list)
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        self.list_layout.setSpacing(1)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("practice_quantities")
        self.scroll.setWidget(self.list)
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._fit_list_height()

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.diagram)
        splitter.addWidget(self.scroll)
        splitter.setStretchFactor(0, 2)  # the drawing as tall as it asks, the list the rest
        splitter.setStretchFactor(1, 5)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([230, 400])  # (in proportion: the list gets the rest)
        self.splitter = splitter

        column = QVBoxLayout(self)
        column.setContentsMargins(4, 4, 4, 4)
        column.addLayout(top)
        column.addWidget(self.score_label)
        column.addWidget(splitter, 1)

        self.level_choice.currentIndexChanged.connect(self._level_chosen)
        self.new_button.clicked.connect(lambda: self.new_problem())
        self.back_button.clicked.connect(self.previous_step)
        self.next_button.clicked.connect(self.next_step)
        self.hint_button.clicked.connect(self.hint)

    # ------------------------------------------------------------------ problems
    def set_level(self, level: int) -> None:
        """Choose the level (its number) and start a new problem of it."""
        index = self.level_choice.findData(level)
        if index < 0:
            raise ValueError(f"no practice level {level}")
        if index == self.level_choice.currentIndex():
            self.new_problem()
        else:
            self.level_choice.setCurrentIndex(index)  # (starts a new problem)

    def _level_chosen(self, index: int) -> None:
        self.level = self.level_choice.itemData(index)
        self.new_problem()

    def new_problem(self, seed: int | None = None) -> None:
        """A new problem of the chosen level (a new random seed unless ``seed`` is given)."""
        if self.problem is not None and self._started():
            self._earlier.append(self._worked_entry())
        self.seed = random.randrange(1_000_000) if seed is None else int(seed)
        self.problem = practice.make_problem(self.seed, self.level)
        self.order = [step.name for step in self.problem.steps]
        self.done, self.rungs, self.values, self.wrong = {}, {}, {}, {}
        self._checked_text = {}
        self.refusal = ""
        for step in self.problem.steps:
            if step.given:
                self.done[step.name] = GIVEN
                self.values[step.name] = float(step.value)
        self._fill_list()
        self.diagram.set_problem(self.problem)
        # The worked example starts at its first quantity; otherwise at the first to type.
        first = self._frontier()
        self.current = self.order[0] if first is None else first
        self._show_current(focus=False)
        self._show_score()

    def ensure_problem(self) -> None:
        """A first problem, when the panel is first shown."""
        if self.problem is None:
            self.new_problem()

    def _fill_list(self) -> None:
        self.rows = {}  # first: an old field losing the focus below must find no row of its own
        while self.list_layout.count():
            item = self.list_layout.takeAt(0)
            widget = item.widget()
            if widget is not None and widget is not self.feedback:
                widget.hide()  # gone now: deleteLater alone leaves it drawn under the new rows
                widget.setParent(None)
                widget.deleteLater()
        self._headers = {}
        phase = None
        for step in self.problem.steps:
            if step.phase != phase:
                phase = step.phase
                header = QLabel()
                header.setObjectName(f"phase {phase}")
                font = header.font()
                font.setBold(True)
                header.setFont(font)
                self._headers[phase] = header
                self.list_layout.addWidget(header)
            row = _Row(step.name)
            row.label.setText(symbols.html(step.name))
            # (a field of the problem before, losing the focus as it goes, is not judged)
            row.field.returnPressed.connect(lambda row=row: self._entered(row.name, row))
            row.field.editingFinished.connect(lambda row=row: self._entered(row.name, row))
            self.rows[step.name] = row
            self.list_layout.addWidget(row)
        self.list_layout.addStretch(1)
        self._retranslate_headers()
        for name in self.order:
            self._show_row(name)

    # ------------------------------------------------------------------ the student's moves
    def field(self, name: str) -> QLineEdit:
        """The answer field of quantity ``name``."""
        return self.rows[name].field

    def enter(self, name: str, text: str) -> bool | None:
        """Type ``text`` into ``name``'s field and check it, as pressing Enter does;
        returns True (right), False (wrong) or None (not a number, or not its turn)."""
        field = self.field(name)
        field.setText(text)
        return self._entered(name)

    def _entered(self, name: str, row: _Row | None = None) -> bool | None:
        if row is not None and self.rows.get(name) is not row:
            return None  # a row of an earlier problem
        if self.problem is None or name != self._frontier() or name != self.current:
            return None
        text = self.field(name).text()
        if not text.strip() or self._checked_text.get(name) == text:
            return None  # nothing typed, or this text was judged already (Enter, then leaving the field)
        self._checked_text[name] = text
        reading = numbers.read_number(text)
        if not reading.ok:
            self.refusal = reading.reason
            self._show_current(focus=False)
            return None
        self.refusal = ""
        answer = reading.value
        if practice.check(self.problem, name, answer, dict(self.values)):
            self.values[name] = answer
            self.done[name] = RIGHT
            self._show_row(name)
            self._show_score()
            self._advance()
            return True
        self.wrong[name] = self.wrong.get(name, 0) + 1
        self._climb(name)
        return False

    def hint(self) -> None:
        """The next rung of the hint ladder for the quantity to type now."""
        name = self.current
        if name is None or name in self.done:
            return
        self._climb(name)

    def _climb(self, name: str) -> None:
        rung = min(VALUE, self.rungs.get(name, 0) + 1)
        self.rungs[name] = rung
        if rung == VALUE:  # the worked value: filled in, marked as shown
            value = practice.expected(self.problem, name, dict(self.values))
            self.values[name] = float(value)
            self.done[name] = SHOWN
        self._show_row(name)
        self._show_current(focus=rung < VALUE)
        self._show_score()
        if rung == VALUE and self._frontier() is None:
            self.finished.emit()

    def next_step(self) -> None:
        """On to the next quantity, once the one in view is done."""
        if self.current is None or self.current not in self.done:
            return
        index = self.order.index(self.current)
        if index + 1 < len(self.order):
            self.current = self.order[index + 1]
            self.refusal = ""
            self._show_current()

    def previous_step(self) -> None:
        """Back to the quantity before (to read how it was worked out)."""
        if self.current is None:
            return
        index = self.order.index(self.current)
        if index > 0:
            self.current = self.order[index - 1]
            self.refusal = ""
            self._show_current()

    def _advance(self) -> None:
        """After a right answer: the next quantity to type, or the end."""
        following = self._frontier()
        index = self.order.index(self.current)
        if index + 1 < len(self.order):
            self.current = self.order[index + 1]
        self._show_current()
        if following is None:
            self.finished.emit()

    def _frontier(self) -> str | None:
        """The first quantity not done yet (None when the problem is finished)."""
        return next((name for name in self.order if name not in self.done), None)

    def score(self) -> dict[str, int]:
        """right first time, right with hints, shown, and the hints used."""
        first = sum(1 for name, how in self.done.items() if how == RIGHT and not self.rungs.get(name))
        hinted = sum(1 for name, how in self.done.items() if how == RIGHT and self.rungs.get(name))
        shown = sum(1 for how in self.done.values() if how == SHOWN)
        return {"first_try": first, "with_hints": hinted, "shown": shown, "hints": sum(self.rungs.values())}

    def _started(self) -> bool:
        """Whether the student did anything in this problem: an answer, right or wrong, or a hint."""
        return any(how != GIVEN for how in self.done.values()) or any(self.wrong.values()) or any(self.rungs.values())

    def _worked_entry(self) -> dict:
        """This problem as the session's list keeps it: level, seed, the quantities to compute, the score."""
        to_compute = sum(1 for step in self.problem.steps if not step.given)
        return {"level": self.problem.level, "seed": self.seed, "quantities": to_compute,
                "finished": self._frontier() is None, **self.score()}

    def worked(self) -> list[dict]:
        """Every problem of the session the student worked on, the one in view last (if started):
        dicts with ``level``, ``seed``, ``quantities`` (to compute), ``finished`` and the
        :meth:`score` (``first_try``, ``with_hints``, ``shown``, ``hints``)."""
        current = [self._worked_entry()] if self.problem is not None and self._started() else []
        return [*self._earlier, *current]

    # ------------------------------------------------------------------ showing
    def _show_row(self, name: str) -> None:
        row = self.rows[name]
        how = self.done.get(name)
        field, mark = row.field, row.mark
        frontier = self._frontier()
        field.setReadOnly(how is not None)
        field.setEnabled(how is not None or name == frontier)
        if how is not None:
            field.setText(format_number(self.values[name]))
            self._checked_text[name] = field.text()
        style = ""
        if how == RIGHT:
            mark.setText(f"<span style='color:{CORRECT_COLOR}'>✓</span>")
            style = f"QLineEdit {{ border: 2px solid {CORRECT_COLOR}; }}"
        elif how == SHOWN:
            word = self.tr("shown")
            mark.setText(f"<span style='color:gray'>{word}</span>")
        elif how == GIVEN:
            word = self.tr("worked")
            mark.setText(f"<span style='color:gray'>{word}</span>")
        elif self.wrong.get(name) and field.text():
            mark.setText(f"<span style='color:{WRONG_COLOR}'>✗</span>")
            style = f"QLineEdit {{ border: 2px solid {WRONG_COLOR}; }}"
        else:
            mark.setText("")
        field.setStyleSheet(style)
        # The quantity in view on a band of the highlight colour, faint.
        row.setAutoFillBackground(name == self.current)
        row.setBackgroundRole(QPalette.ColorRole.AlternateBase)

    def _show_current(self, focus: bool = True) -> None:
        """The feedback under the quantity in view, its highlight in the drawing, the buttons."""
        name = self.current
        if name is None:
            return
        for other in self.order:
            self._show_row(other)
        row = self.rows[name]
        self.list_layout.removeWidget(self.feedback)
        self.list_layout.insertWidget(self.list_layout.indexOf(row) + 1, self.feedback)
        self.feedback.show()
        step = self.problem.step(name)
        how = self.done.get(name)
        rung = VALUE if how in (GIVEN, SHOWN) or (how == RIGHT) else self.rungs.get(name, 0)
        self.feedback_label.setText(self._feedback_text(step, how, rung))
        self.diagram.set_current(name)
        self.diagram.set_highlight(step.operands if rung >= NUMBERS else ())
        index = self.order.index(name)
        self.back_button.setEnabled(index > 0)
        self.next_button.setEnabled(how is not None and index + 1 < len(self.order))
        self.hint_button.setEnabled(how is None)
        self.hint_button.setVisible(how is None)
        # once the list has its new height (the scroll area resizes it on an event of its own)
        QTimer.singleShot(0, lambda: QTimer.singleShot(0, self._scroll_to_feedback))
        if focus:
            if how is None:
                row.field.setFocus()
                row.field.selectAll()
            elif self.next_button.isEnabled():
                self.next_button.setFocus()

    def _scroll_to_feedback(self) -> None:
        """The quantity in view and its feedback, buttons included, inside the list's view."""
        self.list_layout.activate()  # the feedback's new height first
        row = self.rows.get(self.current)
        if row is not None:
            self.scroll.ensureWidgetVisible(row, 0, 4)
        self.scroll.ensureWidgetVisible(self.feedback, 0, 4)
        if row is not None:  # the quantity's own row wins over the feedback's foot
            self.scroll.ensureWidgetVisible(row, 0, 4)

    def _feedback_text(self, step, how: str | None, rung: int) -> str:
        symbol = symbols.html(step.name)
        lines = []
        if self.refusal:
            lines.append(f"<span style='color:{WRONG_COLOR}'>{self.refusal}</span>")
        if how is None:
            if self.wrong.get(step.name):
                lines.append(f"<b style='color:{WRONG_COLOR}'>" + self.tr("Not quite: try again.") + "</b>")
            else:
                if step.phase in ("forward", "loss"):
                    prompt = self.tr("Work out {symbol} and type it with at least two decimals, then press Enter.")
                else:
                    prompt = self.tr("Work out {symbol} and type it with four decimals, then press Enter.")
                lines.append(prompt.format(symbol=symbol))
        elif how == RIGHT:
            lines.append(f"<b style='color:{CORRECT_COLOR}'>✓ " + self.tr("Right.") + "</b>")
        if rung >= FORMULA:
            formula = QCoreApplication.translate("practice", step.formula)
            lines.append(self.tr("Formula: {formula}").format(formula=formula))
        if rung >= NUMBERS:
            used = numbers.list_separator().join(f"{symbols.html(name)} = {format_number(self._operand_value(name))}" for name in step.operands)
            lines.append(self.tr("The numbers that go into it (marked in the drawing): {numbers}").format(numbers=used))
        if rung >= VALUE:
            value = format_number(self.values[step.name])
            worked = substitution(self.problem, step.name, self._operand_value)
            line = f"{symbol} = {worked} = <b>{value}</b>" if worked else f"{symbol} = <b>{value}</b>"
            if how == SHOWN:
                line += "<br>" + self.tr("Read how it follows, then go on with Next.")
            lines.append(line)
        if self._frontier() is None and step.name == self.order[-1]:
            lines.append("<b>" + self.tr("Problem finished.") + "</b> " + self._score_text() + ". "
                         + self.tr("Press “New problem” for another one."))
        return "".join(f"<p style='margin:0 0 4px 0'>{line}</p>" for line in lines)

    def _operand_value(self, name: str) -> float:
        """The number an operand stands for: the problem's, or a value carried forward."""
        problem = self.problem
        kind, indices = symbols.parse(name)
        if name == "eta":
            return float(problem.learning_rate)
        if kind == "x":
            return float(problem.x[0, indices[0]])
        if kind == "y":
            return float(problem.y[0, indices[0]])
        if kind == "W":
            layer, i, j = indices
            return float(problem.network.layers[layer - 1].weights[i, j])
        if kind == "b":
            layer, j = indices
            return float(problem.network.layers[layer - 1].bias[j])
        if name in self.values:
            return self.values[name]
        return float(practice.expected(problem, name, dict(self.values)))

    def _score_text(self) -> str:
        score = self.score()
        return self.tr("Right first time {first} · with hints {hinted} · shown {shown} · hints used {hints}").format(
            first=score["first_try"], hinted=score["with_hints"], shown=score["shown"], hints=score["hints"])

    def _show_score(self) -> None:
        """A worked example says what to do; otherwise the score so far."""
        worked = self.problem is not None and all(step.given for step in self.problem.steps)
        self.score_label.setText(
            "" if self.problem is None else
            self.tr("A worked example: read how each quantity is computed, then press Next.") if worked else
            self._score_text())
        self.score_label.setToolTip(self.tr(
            "Each answer is judged from your own earlier answers, so a rounding early on is not counted again. "
            "Hints: a wrong answer, or the Hint button, shows first the formula, then the numbers that go into "
            "it, then the value."))

    # ------------------------------------------------------------------ texts
    def _fit_list_height(self) -> None:
        """The list never shorter than a quantity and its feedback: when the dock is too
        short for it and the drawing (zoomed in), the dock scrolls instead."""
        self.scroll.setMinimumHeight(int(7 * self.fontMetrics().height()))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif event.type() == QEvent.Type.FontChange:  # View → Zoom
            self._fit_list_height()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.level_caption.setText(self.tr("Level:"))
        for index, level in enumerate(practice.LEVELS):
            title = f"{level.number}. {QCoreApplication.translate('practice', level.title)}"
            self.level_choice.setItemText(index, title)
            self.level_choice.setItemData(index, title, Qt.ItemDataRole.ToolTipRole)
        widest = max(self.level_choice.fontMetrics().horizontalAdvance(self.level_choice.itemText(i))
                     for i in range(self.level_choice.count()))
        self.level_choice.view().setMinimumWidth(widest + 30)
        self.level_choice.setToolTip(self.tr(
            "Level 1 is a worked example to read; level 2 leaves the update to you; from level 3 on you "
            "compute everything, then with other activations and losses and a larger network."))
        self.new_button.setText(self.tr("New problem"))
        self.new_button.setToolTip(self.tr("A new problem of this level, with new numbers."))
        self._show_score()
        self.back_button.setText(self.tr("◀ Back"))
        self.back_button.setToolTip(self.tr("The quantity before, as it was worked out."))
        self.next_button.setText(self.tr("Next ▶"))
        self.next_button.setToolTip(self.tr("On to the next quantity."))
        self.hint_button.setText(self.tr("Hint"))
        self.hint_button.setToolTip(self.tr(
            "First the formula, then the numbers that go into it, then the value. Each hint is counted."))
        self._retranslate_headers()
        if self.problem is not None:
            for name, row in self.rows.items():
                row.label.setText(symbols.html(name))
            self._show_current(focus=False)

    def _retranslate_headers(self) -> None:
        titles = {"forward": self.tr("Forward pass"), "loss": self.tr("Loss"), "backward": self.tr("Backward pass"),
                  "update": self.tr("Update")}
        for phase, header in self._headers.items():
            header.setText(titles.get(phase, phase))
