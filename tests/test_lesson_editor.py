"""Lesson packs in the window and the lesson editor, as a teacher and a student use them:
a pack opened adds its lessons and is remembered; hostile packs change nothing; packs in
the system folders load at start; a lesson made in the editor reopens identically from a
pack; unsaved edits are asked about and autosaved; lessons written in one language."""

import json
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from backprop_gui.content import packs
from backprop_gui.content.lessons import load_lessons
from backprop_gui.gui import lesson_editor, lesson_library
from backprop_gui.gui.app import make_application
from backprop_gui.gui.lesson_editor import LessonEditor, lesson_document, open_editor
from backprop_gui.gui.main_window import MainWindow

LESSONS = Path(__file__).resolve().parent.parent / "resources" / "lessons"


@pytest.fixture
def system_folder(tmp_path, monkeypatch):
    folder = tmp_path / "system" / "backprop-gui" / "lessons"
    monkeypatch.setattr(lesson_library, "system_lesson_folders", lambda: [folder])
    return folder


def make_window(qtbot, settings, tmp_path):
    make_application()
    win = MainWindow(settings=settings, data_dir=tmp_path / "data")
    qtbot.addWidget(win)
    win.show()
    return win


@pytest.fixture
def window(qtbot, settings, answers, system_folder, tmp_path):
    win = make_window(qtbot, settings, tmp_path)
    yield win
    answers["question"] = QMessageBox.StandardButton.Discard
    editor = getattr(win, "lesson_editor", None)
    if editor is not None:
        editor.close()
    win.close()


@pytest.fixture(scope="module")
def built_in_pack(tmp_path_factory):
    out = tmp_path_factory.mktemp("packs") / "built-in.bplesson"
    packs.make_pack(LESSONS, out, {"en": "Built-in again", "id": "Bawaan lagi"})
    return out


BUILT_IN = len(load_lessons(LESSONS))  # the pack of the built-in lessons holds them all


def list_texts(win):
    items = win.lessons.lesson_list
    return [items.item(row).text() for row in range(items.count())]


# --------------------------------------------------------------------------- packs in the window
def test_opening_a_pack_adds_its_lessons_under_its_title_and_remembers_them(window, built_in_pack, qtbot, settings, tmp_path):
    before = len(window.lessons.lessons)
    assert window.open_file(built_in_pack)
    assert len(window.lessons.lessons) == before + BUILT_IN
    assert "Built-in again" in list_texts(window)  # the pack's title, a heading
    heading = window.lessons.lesson_list.item(list_texts(window).index("Built-in again"))
    assert not heading.flags() & Qt.ItemFlag.ItemIsSelectable
    shown = window.lessons.current_lesson()
    assert shown.path.is_relative_to(window.library.scratch())  # the pack's first lesson is shown
    copies = list((tmp_path / "data" / "lesson-packs").glob("*.bplesson"))
    assert len(copies) == 1
    assert window.open_file(built_in_pack)  # the same pack twice is one
    assert len(window.lessons.lessons) == before + BUILT_IN
    assert len(list((tmp_path / "data" / "lesson-packs").glob("*.bplesson"))) == 1
    # Remembered: the next start lists it again, even when the file it came from is gone.
    built_in_copy = tmp_path / "moved.bplesson"
    built_in_copy.write_bytes(built_in_pack.read_bytes())
    window.close()
    second = make_window(qtbot, settings, tmp_path)
    assert len(second.lessons.lessons) == before + BUILT_IN
    assert "Built-in again" in list_texts(second)
    # And removed from the list, its copy with it.
    key = next(iter(second.library.packs))
    assert second.library.remove_pack(key)
    assert len(second.lessons.lessons) == before
    assert not list((tmp_path / "data" / "lesson-packs").glob("*.bplesson"))
    second.close()


def test_the_pack_title_follows_the_interface_language(window, built_in_pack):
    window.open_file(built_in_pack)
    window.set_language("id")
    try:
        assert "Bawaan lagi" in list_texts(window)
    finally:
        window.set_language("en")


def hostile_packs(folder: Path) -> list[Path]:
    lesson = json.loads((LESSONS / "01_one_neuron.json").read_text(encoding="utf-8"))
    manifest = json.dumps({"format": "backprop-gui-lesson-pack", "version": 1, "title": {"en": "Bad"}})
    made = []

    def pack(name, members):
        path = folder / name
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            for member, content in members.items():
                archive.writestr(member, content)
        made.append(path)

    pack("traversal.bplesson", {"manifest.json": manifest, "../evil.json": "{}"})
    pack("pickle.bplesson", {"manifest.json": manifest, "presets/model.pkl": b"\x80\x04K\x01."})
    pack("bad_json.bplesson", {"manifest.json": manifest, "01.json": "{not json"})
    pack("bomb.bplesson", {"manifest.json": manifest, "01.json": " " * 40_000_000})
    pack("bad_lesson.bplesson", {"manifest.json": manifest, "01.json": json.dumps({**lesson, "number": -1})})
    (folder / "not_a_zip.bplesson").write_bytes(b"hello, this is not a zip")
    made.append(folder / "not_a_zip.bplesson")
    return made


def test_hostile_packs_through_file_open_give_one_line_and_change_nothing(window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    before = [lesson.path for lesson in window.lessons.lessons]
    experiment = window.current_experiment()
    for path in hostile_packs(tmp_path):
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, p=path, **k: (str(p), ""))
        window.files.open_dialog()
        message = window.message_label.text()
        assert message.startswith(f"Could not open {path.name}: "), message
        assert "\n" not in message and len(message) < 420
        assert [lesson.path for lesson in window.lessons.lessons] == before
        assert window.current_experiment() == experiment
    assert not (tmp_path / "data" / "lesson-packs").exists() or not list((tmp_path / "data" / "lesson-packs").iterdir())
    assert not list(window.library.scratch().iterdir())  # nothing unpacked stays behind


def test_packs_in_the_system_folder_load_at_start_and_a_broken_one_does_not_stop_it(
        qtbot, settings, answers, system_folder, built_in_pack, tmp_path):
    system_folder.mkdir(parents=True)
    (system_folder / "class.bplesson").write_bytes(built_in_pack.read_bytes())
    (system_folder / "broken.bplesson").write_bytes(b"PK\x03\x04 broken")
    win = make_window(qtbot, settings, tmp_path)
    try:
        assert "Built-in again" in list_texts(win)
        assert any(problem.startswith("broken.bplesson: ") for problem in win.library.problems)
        key = next(iter(win.library.packs))
        assert not win.library.remove_pack(key)  # the administrator's packs stay
        assert "broken.bplesson" in win.statusBar().currentMessage()
    finally:
        win.close()


def test_a_pack_dropped_on_the_window_opens(window, built_in_pack):
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(built_in_pack))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    before = len(window.lessons.lessons)
    window.dropEvent(event)
    assert len(window.lessons.lessons) == before + BUILT_IN


# --------------------------------------------------------------------------- the editor
def fields(lesson):
    """Everything of a lesson a student sees, and what its presets train."""
    return {
        "texts": [dict(lesson.title), dict(lesson.goal), {k: list(v) for k, v in lesson.explanation.items()},
                  {k: list(v) for k, v in lesson.try_steps.items()}, dict(lesson.question), dict(lesson.answer)],
        "number": lesson.number, "terms": list(lesson.terms), "targets": [list(t) for t in lesson.targets],
        "presets": [(dict(p.label), json.loads(json.dumps(p.experiment))) for p in lesson.presets],
        "predictions": [(p.preset, dict(p.question), p.kind, p.measure, [dict(c) for c in p.choices],
                         json.loads(json.dumps(p.outcomes)), p.tolerance) for p in lesson.predictions],
        "challenges": [(c.preset, dict(c.goal), json.loads(json.dumps(c.conditions)), c.within_epochs) for c in lesson.challenges],
    }


@pytest.mark.parametrize("lesson", load_lessons(LESSONS), ids=lambda lesson: lesson.id)
def test_a_copy_made_in_the_editor_reopens_identically_from_a_pack(window, lesson, tmp_path):
    document, experiments = lesson_document(lesson)
    editor = LessonEditor(window, document, experiments)
    out = tmp_path / "copy.bplesson"
    assert editor.save_pack(out), editor.message.text()
    (copy,) = packs.read_pack(out, into=tmp_path).lessons
    assert copy.id == f"{lesson.id}_copy"
    assert fields(copy) == fields(lesson)
    editor.mark_clean()
    editor.close()


def write_a_lesson(editor, window, indonesian_only=True):
    column = "id" if indonesian_only else "en"
    editor.fields["title"][column].setText("Laju pembelajaran kecil" if indonesian_only else "A small learning rate")
    editor.fields["goal"][column].setPlainText("Melihat kerugian turun pelan." if indonesian_only else "See the loss fall slowly.")
    editor.fields["explanation"][column].setPlainText("Paragraf satu.\n\nParagraf dua.")
    editor.fields["question"][column].setPlainText("Mengapa?")
    editor.fields["answer"][column].setPlainText("Karena langkahnya kecil.")
    editor.append_step("", "Tekan Jalankan.", "play") if indonesian_only else editor.append_step("Press Play.", "", "play")
    assert editor.capture_preset()
    prediction = editor.add_task("prediction")
    prediction.question[column].setPlainText("Apa yang terjadi pada kerugian?")
    prediction.append_choice("Falls", "Turun", "falls")
    prediction.append_choice("Jumps", "Melompat", ["jumps", "diverges"])
    challenge = editor.add_task("challenge")
    challenge.goal[column].setPlainText("Capai akurasi uji 90 %.")
    challenge.within.setValue(300)


def test_a_lesson_written_in_indonesian_only_says_so_in_english(window, tmp_path):
    editor = open_editor(window, None)
    write_a_lesson(editor, window)
    assert editor.mode() == "id"
    out = tmp_path / "mine.bplesson"
    assert editor.save_pack(out), editor.message.text()
    (lesson,) = packs.read_pack(out, into=tmp_path).lessons
    assert lesson.title == {"en": "Laju pembelajaran kecil", "id": "Laju pembelajaran kecil"}
    assert lesson.predictions[0].outcomes == (("falls",), ("jumps", "diverges"))
    assert lesson.challenges[0].within_epochs == 300 and lesson.targets == (("play",),)
    assert window.open_file(out)
    note = window.lessons.findChild(QLabel, "lesson_language_note")
    assert window.lessons.current_lesson().title == lesson.title
    assert note.isVisibleTo(window.lessons) and note.text() == "This lesson is written in Bahasa Indonesia only."
    window.set_language("id")
    try:
        assert not note.isVisibleTo(window.lessons)
    finally:
        window.set_language("en")
    # Reopened in the editor, it is Indonesian again (not written twice).
    document, experiments = lesson_document(lesson)
    again = LessonEditor(window, document, experiments)
    assert again.fields["title"]["en"].text() == "" and again.fields["title"]["id"].text() == "Laju pembelajaran kecil"
    again.close()


def test_a_lesson_in_english_only_says_so_in_indonesian(window, tmp_path):
    editor = open_editor(window, None)
    write_a_lesson(editor, window, indonesian_only=False)
    assert editor.mode() == "en"
    assert editor.save(), editor.message.text()
    shown = window.lessons.current_lesson()  # saved lessons are listed under "My lessons"
    assert shown.title == {"en": "A small learning rate"}
    assert "My lessons" in list_texts(window)
    assert (tmp_path / "data" / "my-lessons" / "a_small_learning_rate" / "a_small_learning_rate.json").is_file()
    window.set_language("id")
    try:
        note = window.lessons.findChild(QLabel, "lesson_language_note")
        assert note.isVisibleTo(window.lessons) and "Inggris" in note.text()
    finally:
        window.set_language("en")


def test_a_bad_lesson_is_not_saved_and_the_line_names_the_field(window, tmp_path):
    editor = open_editor(window, None)
    write_a_lesson(editor, window, indonesian_only=False)
    editor.fields["goal"]["en"].setPlainText("")
    assert not editor.save()
    message = editor.message.text()
    assert "goal" in message and "\n" not in message
    assert not (tmp_path / "data" / "my-lessons").exists()
    editor.mark_clean()


def test_the_preview_is_the_lessons_panel_with_the_edited_lesson(window):
    from backprop_gui.gui.lessons import LessonsPanel

    editor = open_editor(window, window.lessons.current_lesson())
    editor.fields["title"]["en"].setText("Changed title")
    preview = editor.preview()
    panel = preview.findChild(LessonsPanel)
    assert panel.current_lesson().title["en"] == "Changed title"
    assert panel.findChild(QLabel, "lesson_title").text() == "1. Changed title"
    editor.mark_clean()


def test_closing_with_unsaved_edits_asks_and_cancel_keeps_the_editor(window, answers):
    editor = open_editor(window, None)
    editor.fields["title"]["en"].setText("Draft")
    answers["question"] = QMessageBox.StandardButton.Cancel
    editor.close()
    assert editor.isVisible() and answers["asked"]
    answers["question"] = QMessageBox.StandardButton.Discard
    assert editor.close()
    assert not editor.isVisible()


def test_edits_are_autosaved_and_offered_back_after_a_crash(window, answers, tmp_path):
    editor = open_editor(window, None)
    write_a_lesson(editor, window)
    assert editor.autosave()
    draft = tmp_path / "data" / lesson_editor.DRAFT
    assert draft.is_file()
    editor.autosave_timer.stop()
    window.lesson_editor = None  # the app "crashed": the editor never closed
    answers["asked"].clear()
    answers["question"] = QMessageBox.StandardButton.Yes
    restored = open_editor(window, None)
    assert answers["asked"], "the draft was not offered back"
    assert restored.fields["title"]["id"].text() == "Laju pembelajaran kecil"
    assert restored.preset_table.rowCount() == 1 and len(restored.predictions) == 1 and len(restored.challenges) == 1
    assert restored.is_dirty()  # not saved anywhere yet
    answers["question"] = QMessageBox.StandardButton.Discard
    restored.close()
    assert not draft.exists()
    editor.mark_clean()
    editor.close()
