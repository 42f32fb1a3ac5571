"""The Lessons panel's predictions and challenges, in the window, as a student uses them:
asked before the preset trains, compared after it stops, explained; challenges checked
as the run goes and celebrated without a dialog (issue 14)."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMessageBox, QPlainTextEdit, QPushButton, QRadioButton, QWidget

from backprop_gui.gui.app import make_application
from backprop_gui.gui.lessons import LessonsPanel
from backprop_gui.gui.main_window import MainWindow


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes)
    make_application()
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(settings=settings, data_dir=tmp_path / "data")
    qtbot.addWidget(win)
    win.resize(1366, 740)
    win.show()
    qtbot.waitExposed(win)
    win.show_lessons()
    yield win
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Discard)
    win.close()


def child(window, kind, name):
    found = window.lessons.findChild(kind, name)
    assert found is not None, name
    return found


def shown(window, kind, name) -> bool:
    found = window.lessons.findChild(kind, name)
    return found is not None and found.isVisibleTo(window.lessons)


def open_lesson(window, number: int):
    lesson = next(lesson for lesson in window.lessons.lessons if lesson.number == number)
    assert window.lessons.select_lesson(lesson.id)
    return lesson


def play_to_the_end(window, qtbot, fast: bool = True) -> None:
    if fast and not window.fast_button.isChecked():
        window.fast_button.click()
    window.play_action.trigger()
    # Play released too: the worker's "stopped" has reached the window (a late one would
    # pause the next run, see the lead's note on RunMixin._training_stopped).
    qtbot.waitUntil(lambda: window.last_snapshot.stop_reason is not None and not window.worker.running
                    and not window.play_action.isChecked(), timeout=60_000)


def test_a_prediction_is_asked_before_the_preset_trains_and_shown_beside_what_happened(window, qtbot):
    open_lesson(window, 5)
    before = window.experiment
    child(window, QPushButton, "preset_3").click()  # learning rate 10
    assert shown(window, QWidget, "prediction_box")
    assert window.experiment is before  # nothing opened yet
    question = child(window, QLabel, "prediction_question").text()
    assert "learning rate 10" in question
    predict = child(window, QPushButton, "predict")
    assert not predict.isEnabled()  # nothing chosen yet
    choices = [child(window, QRadioButton, f"prediction_choice_{n}") for n in (1, 2, 3, 4)]
    assert [c.text() for c in choices] == ["Fall quickly to a low value", "Hardly move", "Jump up and down",
                                           "Blow up to infinity"]
    choices[2].click()
    predict.click()
    # Kept; the preset is open and waits to be trained.
    assert window.experiment["training"]["learning_rate"] == 10
    assert window.last_snapshot.steps == 0
    assert not shown(window, QWidget, "prediction_box")
    assert shown(window, QLabel, "prediction_pending")
    assert not shown(window, QWidget, "reveal_box")
    [record] = window.lessons.tasks.records
    assert record.answer == 2 and not record.revealed

    play_to_the_end(window, qtbot)
    assert shown(window, QWidget, "reveal_box") and not shown(window, QLabel, "prediction_pending")
    assert child(window, QLabel, "you_predicted_heading").text() == "You predicted"
    assert child(window, QLabel, "you_predicted").text() == "Jump up and down"
    assert child(window, QLabel, "what_happened_heading").text() == "What happened"
    assert child(window, QLabel, "what_happened").text() == "Jump up and down\n(Training loss: jumped up and down; after 100 epochs)"
    assert child(window, QLabel, "prediction_mark").text() == "✔ Your prediction was right."
    assert child(window, QLabel, "explain_heading").text() == "Explain why it happened:"
    assert record.revealed and record.right is True and record.measured == "jumps"
    # The explanation stays with the prediction.
    child(window, QPlainTextEdit, "explanation_edit").setPlainText("Each step jumps past the bottom of the valley.")
    assert window.lessons.tasks.records[0].explanation == "Each step jumps past the bottom of the valley."
    assert QApplication.activeModalWidget() is None


def test_a_wrong_prediction_is_revealed_when_the_student_pauses(window, qtbot):
    open_lesson(window, 5)
    child(window, QPushButton, "preset_1").click()  # learning rate 0.0001
    child(window, QRadioButton, "prediction_choice_1").click()  # "fall quickly": wrong
    child(window, QPushButton, "predict").click()
    window.play_action.trigger()  # at the watching speed
    qtbot.waitUntil(lambda: window.last_snapshot.epoch >= 5, timeout=20_000)
    assert not shown(window, QWidget, "reveal_box")  # not while it trains
    window.play_action.trigger()  # pause
    qtbot.waitUntil(lambda: shown(window, QWidget, "reveal_box"), timeout=20_000)
    assert child(window, QLabel, "prediction_mark").text() == "✘ Not what happened."
    assert child(window, QLabel, "explain_heading").text() == "Explain the difference:"
    assert child(window, QLabel, "what_happened").text().startswith("Hardly move\n(Training loss: stayed almost flat; after ")
    assert window.lessons.tasks.records[0].right is False


def test_stepping_does_not_reveal_until_the_run_is_finished_and_a_number_is_read(window, qtbot):
    open_lesson(window, 6)
    child(window, QPushButton, "preset_2").click()  # batch size 10
    field = child(window, QLineEdit, "prediction_number")
    assert field.isVisibleTo(window.lessons)
    field.setText("twenty")
    child(window, QPushButton, "predict").click()
    refusal = child(window, QLabel, "prediction_refusal")
    assert refusal.isVisibleTo(window.lessons) and "twenty" in refusal.text()
    assert window.lessons.tasks.records == []
    field.setText("20")
    child(window, QPushButton, "predict").click()
    for _ in range(3):
        window.step_epoch()
    qtbot.waitUntil(lambda: window.last_snapshot.epoch >= 3 and not window.worker.running, timeout=20_000)
    assert not shown(window, QWidget, "reveal_box")
    play_to_the_end(window, qtbot)
    assert shown(window, QWidget, "reveal_box")
    assert child(window, QLabel, "you_predicted").text() == "20"
    assert child(window, QLabel, "what_happened").text() == "Weight updates per epoch: 20\n(after 100 epochs)"
    assert window.lessons.tasks.records[0].right is True


def test_in_indonesian_a_number_is_typed_with_a_decimal_comma(window, qtbot):
    window.set_language("id")
    try:
        open_lesson(window, 3)
        child(window, QPushButton, "preset_2").click()  # cross-entropy
        assert child(window, QPushButton, "predict").text() == "Simpan prediksi"
        child(window, QLineEdit, "prediction_number").setText("0,69")
        child(window, QPushButton, "predict").click()
        play_to_the_end(window, qtbot)
        assert child(window, QLabel, "you_predicted").text() == "0,69"
        assert child(window, QLabel, "what_happened").text() == "Kerugian latih pada epoch 0: 0,7\n(setelah 100 epoch)"
        assert child(window, QLabel, "prediction_mark").text() == "✔ Prediksi Anda benar."
    finally:
        window.set_language("en")


def test_skip_opens_the_preset_without_a_prediction(window, qtbot):
    open_lesson(window, 1)
    child(window, QPushButton, "preset_1").click()
    child(window, QPushButton, "skip_prediction").click()
    assert window.experiment_path.name == "01_one_neuron.json"
    assert window.lessons.tasks.records == [] and not shown(window, QLabel, "prediction_pending")
    play_to_the_end(window, qtbot)
    assert not shown(window, QWidget, "reveal_box")


def test_a_preset_that_did_not_open_keeps_no_prediction(qtbot):
    panel = LessonsPanel()
    qtbot.addWidget(panel)
    panel.select_lesson("learning_rate")
    panel.findChild(QPushButton, "preset_3").click()
    panel.findChild(QRadioButton, "prediction_choice_3").click()
    with qtbot.waitSignal(panel.preset_requested):  # nobody opens it: no run follows
        panel.findChild(QPushButton, "predict").click()
    assert panel.tasks.records == []
    assert not panel.findChild(QLabel, "prediction_pending").isVisibleTo(panel)


def test_a_challenge_is_met_only_by_a_run_that_meets_it(window, qtbot):
    lesson = open_lesson(window, 5)
    goal = child(window, QLabel, "challenge_1")
    assert goal.text().startswith("☐ Bring the training loss below 0.1 within 30 epochs")
    child(window, QPushButton, "start_challenge_1").click()  # learning rate 0.1, no question asked
    assert not shown(window, QWidget, "prediction_box")
    assert window.experiment["training"]["learning_rate"] == pytest.approx(0.1)
    play_to_the_end(window, qtbot)  # below 0.1 only at about epoch 64
    assert window.lessons.tasks.met == set()
    assert not shown(window, QWidget, "challenge_celebration")
    window.apply_edit("training.learning_rate", 0.3)
    window.reset_weights()
    with qtbot.waitSignal(window.lessons.challenge_met, timeout=60_000) as blocker:
        play_to_the_end(window, qtbot)
    assert blocker.args == ["learning_rate", lesson.challenges[0].id]
    assert window.lessons.tasks.met == {("learning_rate", "loss_below_0_1_fast")}
    assert shown(window, QWidget, "challenge_celebration")
    assert child(window, QLabel, "challenge_celebration_text").text().startswith("✔ Challenge met: Bring the training loss")
    assert child(window, QLabel, "challenge_1").text().startswith("✔ ")
    assert QApplication.activeModalWidget() is None  # a line, not a dialog
    # Remembered for the session: another lesson and back, still ticked.
    open_lesson(window, 6)
    open_lesson(window, 5)
    assert child(window, QLabel, "challenge_1").text().startswith("✔ ")


def test_fit_it_yourself_is_met_when_weights_set_by_hand_are_shown(window, qtbot):
    open_lesson(window, 1)
    child(window, QPushButton, "start_challenge_1").click()
    run = window.run
    assert run.trainer.steps == 0 and window.lessons.tasks.met == set()
    # What editing a weight in the diagram does: the weights change, the window shows them.
    run.network.layers[0].weights[:, 0] = (0.5, 0.5)
    run.network.layers[0].bias[:] = 0.0
    window.show_snapshot(run.trainer.snapshot(generation=window.generation))
    assert window.lessons.tasks.met == {("one_neuron", "fit_by_hand")}
    assert shown(window, QWidget, "challenge_celebration")


def test_training_does_not_meet_fit_it_yourself(window, qtbot):
    open_lesson(window, 1)
    child(window, QPushButton, "start_challenge_1").click()
    play_to_the_end(window, qtbot)
    assert window.run.trainer.last_metrics.train_accuracy >= 0.95  # gradient descent did fit it ...
    assert window.lessons.tasks.met == set()  # ... but not by hand


def test_the_panel_binds_the_prediction_to_the_run_its_preset_built(qtbot):
    """Without the window: the panel is given the runs its presets build, as the window gives them."""
    from pathlib import Path

    from backprop_gui.build import build_run
    from backprop_gui.schema import experiment

    language = ["en"]
    panel = LessonsPanel(language=lambda: language[0])
    qtbot.addWidget(panel)
    panel.show()
    runs = []

    def open_preset(path):
        run = build_run(experiment.load(path), base_dir=Path(path).parent)
        runs.append(run)
        panel.follow_run(run, run.experiment, run.trainer.snapshot())

    panel.preset_requested.connect(open_preset)
    panel.select_lesson("epochs_minibatches")
    panel.findChild(QPushButton, "preset_1").click()  # batch size 1
    question = panel.findChild(QLabel, "prediction_question")
    assert question.text().startswith("There are 199 training points. With batch size 1")
    language[0] = "id"
    panel.refresh()  # the question follows a switch of language while it is asked
    assert question.text().startswith("Ada 199 titik data latih. Dengan ukuran batch 1")
    panel.findChild(QLineEdit, "prediction_number").setText("199")
    panel.findChild(QPushButton, "predict").click()
    [run] = runs
    assert panel.findChild(QLabel, "prediction_pending").isVisibleTo(panel)
    run.trainer.step_epoch()
    panel.follow_run(run, run.experiment, run.trainer.snapshot())  # one step: not yet
    assert not panel.findChild(QWidget, "reveal_box").isVisibleTo(panel)
    run.trainer.run()
    panel.follow_run(run, run.experiment, run.trainer.snapshot())  # finished
    reveal = panel.findChild(QWidget, "reveal_box")
    assert reveal.isVisibleTo(panel) and panel.tasks.records[0].right is True
    # Another lesson, then back: the comparison is there again.
    panel.select_lesson("learning_rate")
    assert not reveal.isVisibleTo(panel)
    panel.select_lesson("epochs_minibatches")
    assert reveal.isVisibleTo(panel) and panel.findChild(QLabel, "you_predicted").text() == "199"
