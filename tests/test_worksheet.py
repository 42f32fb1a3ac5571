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
from backprop_gui.gui import i18n, numbers, worksheet

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
    for step in problem.steps:
        written = key_number(step.value, language)
        assert re.search(re.escape(step.name) + r"\s*=\s*" + re.escape(written), key), (step.name, written)
        assert ("," in written) == (language == "id") and ("." in written) == (language == "en")
        if not step.given:  # the answers are only in the key
            assert written not in before, (step.name, written)
        else:  # a worked step is shown in its box
            assert written in before, step.name
    # the front page: the level, every given number, and a box for every quantity
    for layer_number, layer in enumerate(problem.network.layers, start=1):
        text = numbers.format_fixed(float(layer.weights[0, 0]), 2, locale=numbers.interface_locale(language), trim_zeros=True)
        assert re.search(rf"W\[{layer_number}\]\[0\]\[0\]\s*=\s*{re.escape(text)}", before)
    for step in problem.steps:
        assert re.search(re.escape(step.name) + r"\s*=", before), step.name
    assert (f"{level} dari {len(practice.LEVELS)}" if language == "id" else f"{level} of {len(practice.LEVELS)}") in pages[0]


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
