"""File → Export my results…: one CSV file of a student's session for the teacher (issue 16)."""

from __future__ import annotations

import csv
import io
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from backprop_gui.gui import i18n
from backprop_gui.gui.app import make_application
from backprop_gui.gui.lesson_tasks import PredictionRecord
from backprop_gui.gui.main_window import MainWindow
from backprop_gui.gui.results import MAX_NAME_IN_FILE, csv_bytes, escape_cell, safe_file_part

WHEN = datetime(2026, 12, 5, 9, 30, 0)


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    app = make_application()
    win = MainWindow(settings=QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat),
                     data_dir=tmp_path / "data")
    qtbot.addWidget(win)
    yield win
    i18n.install(app, "en")
    win.close()


def read_csv(path: Path, separator: str) -> list[list[str]]:
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # a byte-order mark: Excel reads UTF-8 right
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=separator))


def a_session(window):
    """A practice problem worked (one hint, one wrong answer, one right), a prediction
    answered, revealed and explained, and a challenge met, as the panels keep them."""
    window.show_practice()
    panel = window.practice
    panel.set_level(3)
    panel.new_problem(seed=4321)
    first = panel.current
    panel.hint()
    assert panel.enter(first, "123456") is False
    step = next(s for s in panel.problem.steps if s.name == first)
    assert panel.enter(first, str(step.value)) is True
    lesson = next(lesson for lesson in window.lessons.lessons if lesson.number == 5)
    prediction = lesson.predictions[0]
    record = PredictionRecord(lesson.id, prediction, answer=2, measured="jumps", right=True, revealed=True,
                              epochs=100, explanation="=1+1 each step jumps past the bottom")
    window.lessons.tasks.records.append(record)
    challenge = lesson.challenges[0]
    window.lessons.tasks.met.add((lesson.id, challenge.id))
    return lesson, prediction, challenge


def export(window, monkeypatch, tmp_path, names=("Siti Rahma",), file_name="out.csv"):
    asked, offered = [], []

    def get_text(parent, title, label, *args):
        asked.append(label)
        return (names[len(asked) - 1], True) if len(asked) <= len(names) else ("", False)

    def get_save(parent, title, suggested, filters):
        offered.append(suggested)
        return str(tmp_path / file_name), ""

    monkeypatch.setattr(QInputDialog, "getText", get_text)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", get_save)
    window.export_results_action.trigger()
    return asked, offered


def test_a_session_exports_exactly_its_practice_prediction_and_challenge(window, monkeypatch, tmp_path):
    lesson, prediction, challenge = a_session(window)
    assert window.export_results_action in window.file_menu.actions()
    asked, offered = export(window, monkeypatch, tmp_path)
    today = datetime.now().strftime("%Y-%m-%d")
    assert Path(offered[0]).name == f"results-Siti-Rahma-{today}.csv"
    header, *rows = read_csv(tmp_path / "out.csv", ",")
    assert header == ["Student", "Date and time", "Kind", "Lesson or level", "Item", "Answer", "What happened",
                      "Outcome", "Hints used", "Explanation"]
    assert [row[2] for row in rows] == ["practice", "prediction", "challenge"]
    assert all(row[0] == "Siti Rahma" and datetime.fromisoformat(row[1]) for row in rows)
    practice_row, prediction_row, challenge_row = rows
    quantities = sum(1 for s in window.practice.problem.steps if not s.given)
    assert practice_row[3].startswith("Level 3. ")
    assert practice_row[4] == f"Problem 4321: {quantities} quantities to compute"
    assert practice_row[5] == "right first time 0, with hints 1, shown 0"
    assert practice_row[7:] == ["not finished", "2", ""]  # the hint asked, and the one a wrong answer gives
    assert prediction_row[3] == f"5. {lesson.title['en']}"
    assert prediction_row[4] == f"{prediction.id}: {prediction.question['en']}"
    assert prediction_row[5:8] == ["Jump up and down", "Jump up and down (Training loss: jumped up and down) after 100 epochs",
                                   "right"]
    assert prediction_row[9] == "'=1+1 each step jumps past the bottom"  # no formula
    assert challenge_row[3] == f"5. {lesson.title['en']}"
    assert challenge_row[4].startswith(f"{challenge.id}: Bring the training loss below 0.1")
    assert challenge_row[7] == "met"


def test_a_new_problem_keeps_the_one_before_in_the_sessions_list(window):
    window.show_practice()
    panel = window.practice
    panel.set_level(3)
    panel.new_problem(seed=1)
    assert panel.worked() == []  # nothing done yet: not listed
    panel.hint()
    panel.new_problem(seed=2)
    panel.new_problem(seed=3)  # untouched: not listed
    assert [(p["seed"], p["hints"], p["finished"]) for p in panel.worked()] == [(1, 1, False)]


def test_the_name_is_asked_once_per_session_and_never_empty(window, monkeypatch, tmp_path):
    a_session(window)
    asked, _ = export(window, monkeypatch, tmp_path, names=("", "   ", "  Budi  "))
    assert len(asked) == 3
    assert "cannot be empty" in asked[1] and "cannot be empty" in asked[2]
    assert read_csv(tmp_path / "out.csv", ",")[1][0] == "Budi"
    asked, _ = export(window, monkeypatch, tmp_path, names=(), file_name="again.csv")
    assert asked == []  # remembered
    assert read_csv(tmp_path / "again.csv", ",")[1][0] == "Budi"


def test_cancelling_the_name_writes_nothing(window, monkeypatch, tmp_path):
    _, offered = export(window, monkeypatch, tmp_path, names=())
    assert offered == [] and not (tmp_path / "out.csv").exists()


@pytest.mark.parametrize("name", ["../../etc/passwd", "a/b\\c:d", "..", "x" * 500, "／..／evil", "\u202e\x00\n"])
def test_a_hostile_name_still_gives_a_safe_file_name(name):
    part = safe_file_part(name, "student")
    assert part and len(part) <= MAX_NAME_IN_FILE
    assert not any(c in part for c in "/\\:.\x00\n\u202e")
    assert Path(f"results-{part}-2026-12-05.csv").name == f"results-{part}-2026-12-05.csv"


def test_a_hostile_name_is_offered_in_the_documents_folder(window, monkeypatch, tmp_path):
    _, offered = export(window, monkeypatch, tmp_path, names=("../../" + "x" * 300,))
    suggested = Path(offered[0])
    assert suggested.parent == Path(window.files.documents_dir())
    assert suggested.name.startswith("results-x") and len(suggested.name) < 70


@pytest.mark.parametrize("text", ["=HYPERLINK(\"http://x\")", "+1", "-2+3", "@SUM(A1)", "\tx", "\r=1"])
def test_formulas_from_a_student_are_written_as_text(text):
    assert escape_cell(text) == "'" + text
    assert escape_cell("-0,25") == "-0,25" and escape_cell("ok = fine") == "ok = fine"
    [row] = list(csv.reader(io.StringIO(csv_bytes([[text]], "en").decode("utf-8-sig"), newline="")))
    assert row == ["'" + text]


def test_in_indonesian_everything_is_translated_with_semicolons_and_a_decimal_comma(window, monkeypatch, tmp_path):
    i18n.install(make_application(), "id")
    lesson, prediction, _ = a_session(window)
    number = next(p for lesson in window.lessons.lessons for p in lesson.predictions if p.kind == "number")
    window.lessons.tasks.records.append(PredictionRecord(lesson.id, number, answer=0.25, revealed=False))
    export(window, monkeypatch, tmp_path)
    header, *rows = read_csv(tmp_path / "out.csv", ";")
    assert header == ["Siswa", "Tanggal dan waktu", "Jenis", "Pelajaran atau tingkat", "Butir", "Jawaban",
                      "Yang terjadi", "Hasil", "Petunjuk dipakai", "Penjelasan"]
    assert [row[2] for row in rows] == ["latihan", "prediksi", "prediksi", "tantangan"]
    assert rows[0][3].startswith("Tingkat 3. ") and rows[0][7] == "belum selesai"
    assert rows[1][3] == f"5. {lesson.title['id']}" and rows[1][7] == "benar"
    assert rows[2][5] == "0,25" and rows[2][7] == "menunggu hasil pelatihan"
    assert rows[3][7] == "tercapai"
