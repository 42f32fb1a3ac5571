"""The Lessons panel and the glossary dialog, as a student uses them."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import json  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QEvent, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QLabel, QListWidget, QPushButton  # noqa: E402

from backprop_gui.content.glossary import load_glossary  # noqa: E402
from backprop_gui.content.lessons import load_lessons  # noqa: E402
from backprop_gui.gui.lessons import GlossaryDialog, LessonsPanel  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
LESSONS_DIR = ROOT / "resources" / "lessons"
GLOSSARY = ROOT / "resources" / "glossary.json"


def raw_lesson(stem: str) -> dict:
    return json.loads((LESSONS_DIR / f"{stem}.json").read_text(encoding="utf-8"))


def make_panel(qtbot, language="en"):
    holder = [language]
    panel = LessonsPanel(language=lambda: holder[0])
    qtbot.addWidget(panel)
    panel.resize(420, 800)
    panel.show()
    qtbot.waitExposed(panel)
    return panel, holder


def label(widget, name: str) -> QLabel:
    found = widget.findChild(QLabel, name)
    assert found is not None, name
    return found


def button(widget, name: str) -> QPushButton:
    found = widget.findChild(QPushButton, name)
    assert found is not None, name
    return found


def test_the_list_shows_every_lesson_numbered(qtbot):
    panel, _ = make_panel(qtbot)
    items = panel.findChild(QListWidget, "lesson_list")
    texts = [items.item(row).text() for row in range(items.count())]
    assert len(texts) == 12
    assert texts[0] == "1. One neuron: weights, bias and activation"
    assert texts[10] == "11. Why not start all weights at zero?"
    assert texts[11] == "12. Gradient descent on a landscape"
    assert panel.current_lesson().id == "one_neuron"  # the first lesson is shown at the start
    assert panel.select_lesson("no_such_lesson") is False


def test_selecting_a_lesson_shows_its_english_texts(qtbot):
    panel, _ = make_panel(qtbot)
    document = raw_lesson("07_vanishing_gradients")
    with qtbot.waitSignal(panel.lesson_selected) as blocker:
        panel.findChild(QListWidget, "lesson_list").setCurrentRow(6)
    assert blocker.args == ["vanishing_gradients"]
    assert label(panel, "lesson_title").text() == "7. Vanishing gradients"
    assert label(panel, "lesson_goal").text() == document["goal"]["en"]
    explanation = label(panel, "lesson_explanation").text()
    assert all(paragraph in explanation for paragraph in document["explanation"]["en"])
    steps = panel.steps_text()
    assert steps.startswith("1. " + document["try"]["en"][0])
    assert f"{len(document['try']['en'])}. {document['try']['en'][-1]}" in steps
    assert label(panel, "lesson_question").text() == document["question"]["en"]
    assert button(panel, "show_answer").text() == "Show the answer"
    assert [button(panel, f"preset_{n}").text() for n in (1, 2, 3)] == [p["label"]["en"] for p in document["presets"]]
    assert "chain rule" in label(panel, "lesson_terms").text()


def test_with_indonesian_the_panel_shows_the_indonesian_texts(qtbot):
    panel, _ = make_panel(qtbot, "id")
    document = raw_lesson("09_overfitting")
    assert panel.select_lesson("overfitting")
    assert label(panel, "lesson_title").text() == "9. " + document["title"]["id"]
    assert label(panel, "lesson_goal").text() == document["goal"]["id"]
    assert document["explanation"]["id"][0] in label(panel, "lesson_explanation").text()
    assert panel.steps_text().startswith("1. " + document["try"]["id"][0])
    assert label(panel, "lesson_question").text() == document["question"]["id"]
    assert button(panel, "preset_2").text() == "Perbaikan: regularisasi L2"
    assert "data latih" in label(panel, "lesson_terms").text()
    items = panel.findChild(QListWidget, "lesson_list")
    assert items.item(0).text() == "1. Satu neuron: bobot, bias, dan fungsi aktivasi"


def test_the_answer_is_hidden_until_the_button_is_clicked(qtbot):
    panel, _ = make_panel(qtbot)
    panel.select_lesson("learning_rate")
    answer = label(panel, "lesson_answer")
    assert not answer.isVisible()
    qtbot.mouseClick(button(panel, "show_answer"), Qt.MouseButton.LeftButton)
    assert answer.isVisible()
    assert answer.text() == raw_lesson("05_learning_rate")["answer"]["en"]
    assert button(panel, "show_answer").text() == "Hide the answer"
    panel.select_lesson("epochs_minibatches")  # a new lesson starts with its answer hidden again
    assert not answer.isVisible()
    assert button(panel, "show_answer").text() == "Show the answer"


def test_clicking_a_preset_asks_for_its_file(qtbot):
    panel, _ = make_panel(qtbot)
    panel.select_lesson("layers_forward")
    with qtbot.waitSignal(panel.preset_requested) as blocker:
        qtbot.mouseClick(button(panel, "preset_2"), Qt.MouseButton.LeftButton)
    path = Path(blocker.args[0])
    assert path.is_absolute() and path.is_file()
    assert path == (LESSONS_DIR / "presets" / "02_xor_hidden.json").resolve()
    # The buttons of the lesson shown before are gone, not just hidden.
    panel.select_lesson("one_neuron")
    assert panel.findChild(QPushButton, "preset_2") is None
    qtbot.mouseClick(button(panel, "preset_1"), Qt.MouseButton.LeftButton)  # it asks a prediction first
    with qtbot.waitSignal(panel.preset_requested) as blocker:
        qtbot.mouseClick(button(panel, "skip_prediction"), Qt.MouseButton.LeftButton)
    assert Path(blocker.args[0]).name == "01_one_neuron.json"


def test_a_language_change_shows_the_texts_again(qtbot):
    panel, language = make_panel(qtbot)
    panel.select_lesson("batch_normalization")
    qtbot.mouseClick(button(panel, "show_answer"), Qt.MouseButton.LeftButton)
    document = raw_lesson("10_batch_normalization")
    language[0] = "id"
    QApplication.sendEvent(panel, QEvent(QEvent.Type.LanguageChange))
    assert label(panel, "lesson_title").text() == "10. Normalisasi batch"
    assert label(panel, "lesson_answer").text() == document["answer"]["id"]
    assert label(panel, "lesson_answer").isVisible()  # what the student opened stays open
    assert panel.current_lesson().id == "batch_normalization"
    assert button(panel, "preset_1").text() == document["presets"][0]["label"]["id"]


def test_a_missing_language_falls_back_to_english(qtbot):
    panel, _ = make_panel(qtbot, "fr")
    assert label(panel, "lesson_title").text() == "1. One neuron: weights, bias and activation"


def test_clicking_a_word_asks_for_the_glossary(qtbot):
    panel, _ = make_panel(qtbot)
    panel.select_lesson("backprop_chain_rule")
    with qtbot.waitSignal(panel.term_requested) as blocker:
        label(panel, "lesson_terms").linkActivated.emit("term:chain_rule")
    assert blocker.args == ["chain_rule"]


def test_no_lessons_says_so(qtbot):
    panel = LessonsPanel(lessons=[], glossary=[])
    qtbot.addWidget(panel)
    panel.show()
    assert label(panel, "lesson_empty").isVisible()
    assert label(panel, "lesson_empty").text() == "No lessons were found."
    assert panel.current_lesson() is None


def test_unreadable_lesson_files_are_reported_in_the_panel(qtbot, tmp_path, monkeypatch):
    (tmp_path / "broken.json").write_text("{", encoding="utf-8")
    monkeypatch.setattr("backprop_gui.content.lessons.lessons_dir", lambda: tmp_path)
    panel = LessonsPanel()
    qtbot.addWidget(panel)
    panel.show()
    problems = label(panel, "lesson_problems")
    assert problems.isVisible()
    assert "broken.json was skipped" in problems.toolTip()


# =========================================================================== glossary
def make_dialog(qtbot, language="en"):
    dialog = GlossaryDialog(language=lambda: language)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_glossary_lists_every_term_alphabetically(qtbot):
    dialog = make_dialog(qtbot)
    terms = dialog.visible_terms()
    assert len(terms) == len(load_glossary(GLOSSARY)) == 31
    names = [dialog.findChild(QListWidget, "glossary_list").item(row).text() for row in range(len(terms))]
    assert names == sorted(names, key=str.casefold)
    assert label(dialog, "glossary_term").text() == "accuracy"  # the first term is shown


def test_glossary_filter_finds_terms_and_links_to_their_lesson(qtbot):
    dialog = make_dialog(qtbot)
    search = dialog.findChild(type(dialog.filter_edit), "glossary_filter")
    qtbot.keyClicks(search, "chain")
    assert dialog.visible_terms()[0] == "chain_rule"
    assert label(dialog, "glossary_term").text() == "chain rule"
    assert label(dialog, "glossary_explanation").text().startswith("The rule for the derivative of a chain")
    lesson_button = button(dialog, "open_lesson")
    assert lesson_button.text() == "Open lesson: 4. Backward propagation and the chain rule"
    with qtbot.waitSignal(dialog.lesson_requested) as blocker:
        qtbot.mouseClick(lesson_button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["backprop_chain_rule"]
    search.setText("no such word")
    assert dialog.visible_terms() == []
    assert label(dialog, "glossary_empty").isVisible()
    assert not lesson_button.isVisible()
    search.clear()
    assert len(dialog.visible_terms()) == 31


def test_glossary_in_indonesian(qtbot):
    dialog = make_dialog(qtbot, "id")
    dialog.filter_edit.setText("aturan")
    assert dialog.visible_terms()[0] == "chain_rule"
    assert label(dialog, "glossary_term").text() == "aturan rantai"
    assert label(dialog, "glossary_explanation").text().startswith("Aturan untuk menurunkan")
    assert button(dialog, "open_lesson").text() == "Open lesson: 4. Propagasi mundur dan aturan rantai"
    assert dialog.select_term("overfitting")  # clears a search that hides it
    assert dialog.filter_edit.text() == ""
    assert label(dialog, "glossary_term").text() == "overfitting"
    with qtbot.waitSignal(dialog.lesson_requested) as blocker:
        button(dialog, "open_lesson").click()
    assert blocker.args == ["overfitting"]


def test_glossary_term_and_lesson_meet(qtbot):
    """What the window does with the two signals: a word opens the glossary, a lesson link the lesson."""
    panel, _ = make_panel(qtbot)
    dialog = make_dialog(qtbot)
    panel.term_requested.connect(dialog.select_term)
    dialog.lesson_requested.connect(panel.select_lesson)
    panel.select_lesson("overfitting")
    label(panel, "lesson_terms").linkActivated.emit("term:dropout")
    assert label(dialog, "glossary_term").text() == "dropout"
    dialog.select_term("exploding_gradients")
    button(dialog, "open_lesson").click()
    assert panel.current_lesson().id == "exploding_gradients"


def test_an_unreadable_glossary_says_so(qtbot):
    dialog = GlossaryDialog(terms=[], lessons=load_lessons(LESSONS_DIR))
    qtbot.addWidget(dialog)
    dialog.show()
    assert label(dialog, "glossary_empty").isVisible()
    assert label(dialog, "glossary_empty").text() == "The glossary could not be read."


@pytest.mark.parametrize("language", ["en", "id"])
def test_panel_and_dialog_can_be_drawn(qtbot, language):
    panel, _ = make_panel(qtbot, language)
    panel.select_lesson("exploding_gradients")
    assert not panel.grab().isNull()
    dialog = make_dialog(qtbot, language)
    assert not dialog.grab().isNull()
