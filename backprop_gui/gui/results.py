"""File → Export my results…: one CSV file of a student's work in this session, for the teacher.

The student gives a name once per session (remembered until the app closes), chooses a file
(``results-<name>-<date>.csv`` in the documents folder by default) and gets one file with a
header and one row per item: every practice problem worked (its level, seed and score), every
prediction made in a lesson (the answer, what happened, right or not, the explanation typed)
and every challenge met. Nothing goes over a network.

The file is for a spreadsheet opened in the interface language: every text, the header too,
is in that language; where the language writes a decimal comma (Indonesian) the columns are
separated by ``;`` and numbers have a decimal comma, as an Indonesian spreadsheet expects;
otherwise ``,`` and a decimal point. It is UTF-8 with a byte-order mark, so that Excel reads
the accents right. A text cell that a spreadsheet would read as a formula (it starts with
``=``, ``+``, ``-``, ``@``, a tab or a carriage return) gets a leading ``'``: a name or an
explanation such as ``=HYPERLINK(...)`` stays text. The file is written atomically
(:func:`backprop_gui.io.files.write_atomically`).
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit

from ..content.lessons import localized
from ..core import practice
from ..io.files import write_atomically
from . import i18n
from .lesson_tasks import first_sentence, measured_text
from .numbers import format_fixed, format_number, interface_locale

# The longest name part of a suggested file name (the name in the file is kept whole).
MAX_NAME_IN_FILE = 40
# Starts of a cell a spreadsheet would take for a formula (OWASP's list).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# A number as this module writes it (digits, one sign, decimal comma or point): never escaped.
_NUMBER = re.compile(r"-?\d+(?:[.,]\d+)?")


def escape_cell(text: str) -> str:
    """``text`` safe in a spreadsheet: a leading ``'`` when it would start a formula."""
    if text.startswith(FORMULA_STARTS) and not _NUMBER.fullmatch(text):
        return "'" + text
    return text


def safe_file_part(name: str, fallback: str) -> str:
    """``name`` as part of a file name: letters, digits, ``-`` and ``_`` only (no path
    separators, no ``..``), at most :data:`MAX_NAME_IN_FILE` characters; ``fallback`` when
    nothing is left."""
    text = unicodedata.normalize("NFKC", name)
    text = "".join(c if c.isalnum() or c in "-_" else "-" for c in text)
    text = re.sub(r"-{2,}", "-", text).strip("-_")[:MAX_NAME_IN_FILE].strip("-_")
    return text or fallback


def delimiter(language: str) -> str:
    """``;`` where the language writes a decimal comma (a spreadsheet there expects it), else ``,``."""
    return ";" if interface_locale(language).decimalPoint() == "," else ","


def csv_bytes(rows: list[list[str]], language: str) -> bytes:
    """``rows`` as a CSV file for a spreadsheet in ``language`` (UTF-8 with a byte-order mark)."""
    text = io.StringIO()
    writer = csv.writer(text, delimiter=delimiter(language), lineterminator="\r\n")
    for row in rows:
        writer.writerow([escape_cell(cell) for cell in row])
    return text.getvalue().encode("utf-8-sig")


class ResultsExport(QObject):
    """The export, for one window: remembers the student's name for the session.

    ``window`` must have ``practice`` (the Practice panel) and ``lessons`` (the Lessons
    panel, with its ``tasks`` and ``lessons``), ``files`` (for the documents folder) and
    ``tell``/``show_message``.
    """

    def __init__(self, window, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.window = window
        self.student = ""  # the name given, for the whole session

    # ------------------------------------------------------------------ asking
    def ask_name(self) -> str | None:
        """The student's name: asked the first time only; empty or blank is refused. None: cancelled."""
        if self.student:
            return self.student
        prompt = self.tr("Your name, as your teacher should see it:")
        label = prompt
        while True:
            name, ok = QInputDialog.getText(self.window, self.tr("Export my results"), label, QLineEdit.EchoMode.Normal, "")
            if not ok:
                return None
            name = " ".join(name.split())
            if name:
                self.student = name
                return name
            label = self.tr("Please type your name: it cannot be empty.") + "\n" + prompt

    def export(self) -> Path | None:
        """Ask the name and the file, and write the results; the file written, or None."""
        name = self.ask_name()
        if name is None:
            return None
        now = datetime.now()
        file_name = "{results}-{name}-{date}.csv".format(
            results=self.tr("results"), name=safe_file_part(name, self.tr("student")), date=now.strftime("%Y-%m-%d"))
        suggested = str(Path(self.window.files.documents_dir()) / file_name)
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Export my results"), suggested, self.tr("CSV files (*.csv)"))
        if not path:
            return None
        return self.write(Path(path), now)

    # ------------------------------------------------------------------ writing
    def write(self, path: Path, when: datetime | None = None) -> Path | None:
        """Write the session's results to ``path``; one sentence in the window if it cannot."""
        language = i18n.current_language()
        data = csv_bytes(self.rows(when or datetime.now(), language), language)
        try:
            write_atomically(path, lambda file: file.write(data))
        except OSError as error:
            self.window.show_message(self.tr("Could not write {file}: {reason}").format(
                file=path.name, reason=error.strerror or str(error)))
            return None
        self.window.tell(lambda: self.tr("Your results are saved in {file}").format(file=path.name), 8000)
        return path

    def header(self) -> list[str]:
        return [self.tr("Student"), self.tr("Date and time"), self.tr("Kind"), self.tr("Lesson or level"),
                self.tr("Item"), self.tr("Answer"), self.tr("What happened"), self.tr("Outcome"),
                self.tr("Hints used"), self.tr("Explanation")]

    def rows(self, when: datetime, language: str) -> list[list[str]]:
        """The header and one row per item: practice problems, predictions, challenges met."""
        stamp = when.isoformat(timespec="seconds")
        start = [self.student, stamp]
        rows = [self.header()]
        rows += [start + row for row in self.practice_rows()]
        rows += [start + row for row in self.prediction_rows(language)]
        rows += [start + row for row in self.challenge_rows(language)]
        return rows

    def practice_rows(self) -> list[list[str]]:
        panel = getattr(self.window, "practice", None)
        rows = []
        for problem in panel.worked() if panel is not None else []:
            level = practice.LEVELS[problem["level"] - 1]
            rows.append([
                self.tr("practice"),
                self.tr("Level {number}. {title}").format(
                    number=problem["level"], title=QCoreApplication.translate("practice", level.title)),
                self.tr("Problem {seed}: {quantities} quantities to compute").format(
                    seed=problem["seed"], quantities=problem["quantities"]),
                self.tr("right first time {first}, with hints {hinted}, shown {shown}").format(
                    first=problem["first_try"], hinted=problem["with_hints"], shown=problem["shown"]),
                "",
                self.tr("finished") if problem["finished"] else self.tr("not finished"),
                str(problem["hints"]),
                "",
            ])
        return rows

    def _lessons(self) -> dict:
        panel = getattr(self.window, "lessons", None)
        return {lesson.id: lesson for lesson in getattr(panel, "lessons", [])}

    def _lesson_name(self, lesson_id: str, lesson, language: str) -> str:
        if lesson is None:
            return lesson_id
        return f"{lesson.number}. {localized(lesson.title, language)}"

    def prediction_rows(self, language: str) -> list[list[str]]:
        panel = getattr(self.window, "lessons", None)
        lessons = self._lessons()
        rows = []
        for record in panel.tasks.records if panel is not None else []:
            prediction = record.prediction
            if prediction.kind == "choice":
                answer = localized(prediction.choices[record.answer], language)
            else:  # a number, as the language writes it, without thousands separators
                answer = format_number(record.answer, significant=6, grouping=False)
            happened, outcome = "", self.tr("waiting for the run")
            if record.revealed:
                happened = measured_text(prediction.measure, record.measured)
                index = (prediction.right_choice(record.measured)
                         if prediction.kind == "choice" and record.measured is not None else None)
                if index is not None:
                    happened = localized(prediction.choices[index], language) + " (" + happened + ")"
                happened += " " + self.tr("after {epochs} epochs").format(epochs=format_fixed(record.epochs, 0))
                outcome = (self.tr("not measured") if record.right is None
                           else self.tr("right") if record.right else self.tr("wrong"))
            rows.append([
                self.tr("prediction"),
                self._lesson_name(record.lesson_id, lessons.get(record.lesson_id), language),
                f"{prediction.id}: {localized(prediction.question, language)}",
                answer, happened, outcome, "", record.explanation.strip(),
            ])
        return rows

    def challenge_rows(self, language: str) -> list[list[str]]:
        panel = getattr(self.window, "lessons", None)
        met = panel.tasks.met if panel is not None else set()
        lessons = self._lessons()
        order = {lesson_id: number for number, lesson_id in enumerate(lessons)}
        rows = []
        for lesson_id, challenge_id in sorted(met, key=lambda pair: (order.get(pair[0], len(order)), pair)):
            lesson = lessons.get(lesson_id)
            challenge = next((c for c in lesson.challenges if c.id == challenge_id), None) if lesson else None
            goal = first_sentence(localized(challenge.goal, language)) if challenge else ""
            rows.append([
                self.tr("challenge"),
                self._lesson_name(lesson_id, lesson, language),
                f"{challenge_id}: {goal}" if goal else challenge_id,
                "", "", self.tr("met"), "", "",
            ])
        return rows
