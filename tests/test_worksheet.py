"""Printable worksheets (issue 14): a PDF in both languages whose answer key holds the practice
problem's numbers as the language writes them; the command line and File → Print worksheet…."""

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from backprop_gui.core import practice
from backprop_gui.gui import i18n, numbers, practice_symbols, worksheet

HAS_PDFTOTEXT = shutil.which("pdftotext") is not None


@pytest.fixture
def app(qapp):
    yield qapp
    i18n.install(qapp, "en")


def page_count(data: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?!s)", data))


def pdf_pages_text(path: Path) -> list[str]:
    """The text of each page, as pdftotext reads it (form feeds part the pages)."""
    result = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True)
    return result.stdout.decode("utf-8").split("\f")[:-1]


SUPERSCRIPT = {1: "⁽¹⁾", 2: "⁽²⁾"}


def key_number(value: float, language: str) -> str:
    return numbers.format_fixed(value, worksheet.KEY_DECIMALS, locale=numbers.interface_locale(language), grouping=False)


@pytest.mark.parametrize("language", ["en", "id"])
@pytest.mark.parametrize("level", [1, 3, 6])
def test_a_pdf_is_written_in_both_languages(app, tmp_path, language, level):
    assert i18n.install(app, language) == language
    path = tmp_path / f"sheet_{language}.pdf"
    worksheet.write_worksheet(practice.make_problem(12, level), path, language)
    data = path.read_bytes()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    assert page_count(data) >= 3  # the problem, the boxes, the key on its own page


@pytest.mark.skipif(not HAS_PDFTOTEXT, reason="pdftotext (poppler-utils) is not installed")
@pytest.mark.parametrize("language", ["en", "id"])
@pytest.mark.parametrize("level", [l.number for l in practice.LEVELS])
def test_the_key_on_the_last_page_holds_every_value_as_the_language_writes_it(app, tmp_path, language, level):
    i18n.install(app, language)
    seed = 31 + level
    problem = practice.make_problem(seed, level)
    path = tmp_path / "sheet.pdf"
    worksheet.write_worksheet(problem, path, language)
    pages = pdf_pages_text(path)
    key, before = pages[-1], "\n".join(pages[:-1])
    assert ("Kunci jawaban" if language == "id" else "Answer key") in key
    for step in problem.steps:  # each named as the panel names it: z₁⁽¹⁾, ∂L/∂w₁,₂⁽¹⁾, "w₁,₁⁽²⁾ baru"
        written = key_number(step.value, language)
        shown = practice_symbols.plain(step.name)
        assert re.search(re.escape(shown) + r"\s*=\s*" + re.escape(written), key), (shown, written)
        assert ("," in written) == (language == "id") and ("." in written) == (language == "en")
        if not step.given:  # the answers are only in the key
            assert written not in before, (step.name, written)
        else:  # a worked step is shown in its box
            assert written in before, step.name
    # the front page: the level, every given number, and a box for every quantity
    for layer_number, layer in enumerate(problem.network.layers, start=1):
        text = numbers.format_fixed(float(layer.weights[0, 0]), 2, locale=numbers.interface_locale(language), trim_zeros=True)
        assert re.search(re.escape(f"w₁,₁{SUPERSCRIPT[layer_number]}") + rf"\s*=\s*{re.escape(text)}", before)
    for step in problem.steps:
        assert re.search(re.escape(practice_symbols.plain(step.name)) + r"\s*=", before), step.name
    assert not re.search(r"\w\[\d", "\n".join(pages)), "an engine name (z[1][0]) on the paper"
    assert (f"{level} dari {len(practice.LEVELS)}" if language == "id" else f"{level} of {len(practice.LEVELS)}") in pages[0]


@pytest.mark.skipif(not HAS_PDFTOTEXT, reason="pdftotext (poppler-utils) is not installed")
@pytest.mark.parametrize("language, words", [
    ("en", ("How to read the names", "from 1", "inputs", "layer 1", "output", "new w₁,₁⁽²⁾ =")),
    ("id", ("Cara membaca nama", "mulai dari 1", "input", "lapisan 1", "output", "w₁,₁⁽²⁾ baru =")),
])
def test_the_front_page_reads_the_names_and_draws_the_network_as_the_panel_does(app, tmp_path, language, words):
    i18n.install(app, language)
    problem = practice.make_problem(2026, 3)
    path = tmp_path / "sheet.pdf"
    worksheet.write_worksheet(problem, path, language)
    pages = pdf_pages_text(path)
    flat = " ".join(" ".join(pages).split())
    for word in words:
        assert word in flat, word
    assert "z₁⁽¹⁾" in " ".join(pages[0].split())  # the example in the paragraph, as the panel writes it
    locale = numbers.interface_locale(language)
    # the drawing's labels are the panel drawing's: "x₁ = 0,5" twice (drawing and list), "b = …" under a neuron
    x1 = practice_symbols.given("x[0]", numbers.format_fixed(float(problem.x[0, 0]), 2, locale=locale, trim_zeros=True))
    assert len(re.findall(re.escape(x1), pages[0])) == 2, x1
    bias = practice_symbols.bias_label(numbers.format_fixed(float(problem.network.layers[1].bias[0]), 2, locale=locale,
                                                            trim_zeros=True))
    assert bias in pages[0]


def test_the_indonesian_practice_and_worksheet_texts_say_anda():
    import xml.etree.ElementTree as ET

    root = ET.parse(Path(__file__).resolve().parents[1] / "resources" / "translations" / "backprop_gui_id.ts").getroot()
    texts = [message.findtext("translation") or "" for context in root.iter("context")
             if context.findtext("name") in ("practice", "worksheet", "PracticePanel", "ProblemDiagram", "PracticeWorked")
             for message in context.iter("message")]
    assert any("Giliran Anda: pembaruan bobot" == text for text in texts)
    words = {word.lower() for text in texts for word in re.findall(r"\w+", text)}
    informal = {word for word in words if word == "kamu" or word.endswith("mu")} - {"ilmu", "temu", "tamu", "jamu"}
    assert informal == set()


# ---------------------------------------------------------------------------- the command line


def run_worksheet(*args, env=None):
    return subprocess.run([sys.executable, "-m", "backprop_gui", "worksheet", *map(str, args)],
                          capture_output=True, text=True, env=env, timeout=120)


def no_screen_environment():
    env = dict(os.environ)
    env.pop("QT_QPA_PLATFORM", None)  # the command must not need it, nor a display
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    return env


@pytest.mark.skipif(not HAS_PDFTOTEXT, reason="pdftotext (poppler-utils) is not installed")
@pytest.mark.parametrize("language", ["id", "en"])
def test_the_command_writes_the_problem_of_its_seed_and_level(tmp_path, language):
    path = tmp_path / "SHEET.pdf"
    result = run_worksheet("--seed", 77, "--level", 4, "--lang", language, "-o", path, env=no_screen_environment())
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert "seed 77" in result.stdout and "level 4" in result.stdout
    key = pdf_pages_text(path)[-1]
    for step in practice.make_problem(77, 4).steps:
        assert key_number(step.value, language) in key, step.name


def test_without_a_seed_the_command_picks_one_and_says_which(tmp_path):
    path = tmp_path / "sheet.pdf"
    result = run_worksheet("--level", 2, "--lang", "en", "-o", path)
    assert result.returncode == 0, result.stderr
    seed = int(re.search(r"seed (\d+)", result.stdout).group(1))
    assert 0 <= seed <= practice.SEED_MAX
    assert path.read_bytes().startswith(b"%PDF-")


@pytest.mark.parametrize("args, words", [
    (["--level", "0"], "--level must be a whole number from 1 to 6"),
    (["--level", "7"], "--level must be a whole number from 1 to 6"),
    (["--level", "two"], "--level"),
    (["--seed", "-1"], "--seed must be a whole number from 0 to 4294967295"),
    (["--seed", str(2**32)], "--seed must be a whole number from 0 to 4294967295"),
    (["--lang", "fr"], "--lang"),
])
def test_bad_levels_seeds_and_languages_exit_2_with_one_line(tmp_path, args, words):
    path = tmp_path / "sheet.pdf"
    result = run_worksheet(*args, "-o", path)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error:") and words in lines[0], result.stderr
    assert not path.exists()


def test_an_unwritable_path_exits_2_and_leaves_no_file(tmp_path):
    for target in (tmp_path / "no such folder" / "sheet.pdf", tmp_path):
        result = run_worksheet("--seed", 1, "-o", target)
        assert result.returncode == 2
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("error:"), result.stderr
    assert list(tmp_path.iterdir()) == []  # no temporary file left behind


def test_the_command_line_imports_no_qt_until_the_worksheet_command():
    code = ("import sys, backprop_gui.cli\n"
            "print(any(m.startswith(('PySide6', 'backprop_gui.gui')) for m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


# ---------------------------------------------------------------------------- the window


def test_file_print_worksheet_writes_the_chosen_level(qtbot, tmp_path, monkeypatch):
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

    from backprop_gui.gui.app import make_application
    from backprop_gui.gui.main_window import MainWindow

    make_application()
    window = MainWindow(settings=QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat),
                        data_dir=tmp_path / "data")
    qtbot.addWidget(window)
    asked = {}

    def choose_level(parent, title, label, items, current, editable):
        asked["items"] = items
        return items[4], True  # level 5

    monkeypatch.setattr(QInputDialog, "getItem", choose_level)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "homework"), ""))
    monkeypatch.setattr(worksheet, "random_seed", lambda: 1234)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    assert window.print_worksheet_action in window.file_menu.actions()
    window.print_worksheet_action.trigger()
    assert len(asked["items"]) == len(practice.LEVELS)
    written = tmp_path / "homework.pdf"
    data = written.read_bytes()
    assert data.startswith(b"%PDF-") and page_count(data) >= 3
    if HAS_PDFTOTEXT:
        key = pdf_pages_text(written)[-1]
        assert all(key_number(step.value, "en") in key for step in practice.make_problem(1234, 5).steps)
    window.close()


def _window(qtbot, tmp_path):
    from PySide6.QtCore import QSettings

    from backprop_gui.gui.app import make_application
    from backprop_gui.gui.main_window import MainWindow

    make_application()
    window = MainWindow(settings=QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat),
                        data_dir=tmp_path / "data")
    qtbot.addWidget(window)
    return window


@pytest.mark.parametrize("choice", ["the panel's level", "another level"])
def test_file_print_worksheet_prints_the_practice_panels_problem_by_default(qtbot, tmp_path, monkeypatch, choice):
    from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

    window = _window(qtbot, tmp_path)
    window.show_practice()
    window.practice.set_level(3)
    window.practice.new_problem(seed=2026)
    offered = {}

    def choose_level(parent, title, label, items, current, editable):
        offered["current"] = current
        return items[current if choice == "the panel's level" else 5], True

    monkeypatch.setattr(QInputDialog, "getItem", choose_level)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "sheet.pdf"), ""))
    monkeypatch.setattr(worksheet, "random_seed", lambda: 99)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    window.print_worksheet_action.trigger()
    assert offered["current"] == 2  # level 3 offered first
    expected = practice.make_problem(2026, 3) if choice == "the panel's level" else practice.make_problem(99, 6)
    text = " ".join(pdf_pages_text(tmp_path / "sheet.pdf")) if HAS_PDFTOTEXT else ""
    if HAS_PDFTOTEXT:
        assert f"--seed {expected.seed} --level {expected.level}" in " ".join(text.split())
        assert all(key_number(step.value, "en") in text for step in expected.steps)
    window.close()


def test_practising_is_none_without_a_panel_or_a_problem(qtbot, tmp_path):
    assert worksheet.practising(object()) is None
    window = _window(qtbot, tmp_path)
    assert window.practice.problem is None and worksheet.practising(window) is None
    window.practice.new_problem(seed=5)
    assert worksheet.practising(window) == (window.practice.level, 5)
    window.close()
