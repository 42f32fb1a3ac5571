"""The CSV import dialog: detection, preview, choices, inline errors, background loading."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import time
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtWidgets import QFileDialog, QProgressBar, QPushButton

from backprop_gui.gui import csv_dialog
from backprop_gui.gui import background
from backprop_gui.gui.csv_dialog import CsvImportDialog

IRIS_LIKE = (
    "sepal_length,sepal_width,species\n"
    "5.1,3.5,setosa\n"
    "4.9,3.0,setosa\n"
    "7.0,3.2,versicolor\n"
    "6.4,3.2,versicolor\n"
    "6.3,3.3,virginica\n"
    "5.8,2.7,virginica\n"
    "5.0,3.4,setosa\n"
    "6.9,3.1,versicolor\n"
    "7.1,3.0,virginica\n"
    "4.6,3.1,setosa\n"
)


@pytest.fixture
def dialog(qtbot):
    d = CsvImportDialog()
    qtbot.addWidget(d)
    d.show()
    yield d
    d.reject()
    assert background.wait_for_all(30_000)


def write(tmp_path: Path, text: str, name: str = "data.csv", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def settle(qtbot, d: CsvImportDialog, timeout: int = 10_000) -> None:
    """Wait until the dialog has read and loaded everything it was asked to."""
    qtbot.waitUntil(lambda: not d.is_busy(), timeout=timeout)


def open_file(qtbot, d: CsvImportDialog, path: Path) -> None:
    d.set_path(path)
    assert d.is_busy()
    settle(qtbot, d)


def use_button(d: CsvImportDialog) -> QPushButton:
    return d.findChild(QPushButton, "use_data")


def preview_headers(d: CsvImportDialog) -> list[str]:
    return [d.preview.horizontalHeaderItem(j).text() for j in range(d.preview.columnCount())]


def preview_cell(d: CsvImportDialog, i: int, j: int) -> str:
    return d.preview.item(i, j).text()


# ---------------------------------------------------------------------------- detection and preview
def test_detects_the_delimiter_and_header_and_shows_a_preview(dialog, qtbot, tmp_path):
    assert not use_button(dialog).isEnabled()  # nothing chosen yet
    open_file(qtbot, dialog, write(tmp_path, IRIS_LIKE))
    assert dialog.detected_delimiter() == "," and dialog.detected_header() is True
    assert dialog.delimiter_combo.currentIndex() == 0 and "comma" in dialog.delimiter_combo.currentText()
    assert dialog.header_combo.currentIndex() == 0 and "yes" in dialog.header_combo.currentText()
    assert preview_headers(dialog) == ["sepal_length", "sepal_width", "species"]
    assert dialog.preview.rowCount() == 10
    assert preview_cell(dialog, 0, 0) == "5.1" and preview_cell(dialog, 2, 2) == "versicolor"
    assert dialog.preview.verticalHeaderItem(0).text() == "2"  # file line numbers, as in messages
    assert dialog.preview.editTriggers() == dialog.preview.EditTrigger.NoEditTriggers
    # defaults: the last column is the target, every other column a feature; the task is inferred
    assert dialog.target() == "species"
    assert dialog.features() == ["sepal_length", "sepal_width"]
    assert dialog.is_ready() and use_button(dialog).isEnabled()
    assert dialog.error_text() == ""
    assert "classification" in dialog.task_combo.currentText().lower()
    assert "3 class" in dialog.summary.text()
    assert dialog.findChild(QProgressBar, "csv_progress").isHidden()


def test_preview_shows_at_most_twenty_rows(dialog, qtbot, tmp_path):
    text = "a,b\n" + "".join(f"{i},{i % 2}\n" for i in range(100))
    open_file(qtbot, dialog, write(tmp_path, text))
    assert dialog.preview.rowCount() == csv_dialog.PREVIEW_ROWS == 20
    assert "100 row" in dialog.file_info.text()


def test_a_file_without_header_gets_numbered_columns_and_the_header_can_be_forced(dialog, qtbot, tmp_path):
    open_file(qtbot, dialog, write(tmp_path, "1,2,0\n3,4,1\n5,6,0\n7,8,1\n9,1,0\n2,3,1\n"))
    assert dialog.detected_header() is False
    assert preview_headers(dialog) == ["column 1", "column 2", "column 3"]
    dialog.header_combo.setCurrentIndex(1)  # "first row is a header"
    settle(qtbot, dialog)
    assert preview_headers(dialog) == ["1", "2", "0"]
    assert dialog.preview.rowCount() == 5
    assert dialog.data_section()["header"] is True


def test_the_delimiter_can_be_overridden(dialog, qtbot, tmp_path):
    open_file(qtbot, dialog, write(tmp_path, IRIS_LIKE))
    dialog.delimiter_combo.setCurrentIndex(csv_dialog.DELIMITER_CHOICES.index(";"))
    settle(qtbot, dialog)
    assert preview_headers(dialog) == ["sepal_length,sepal_width,species"]  # everything in one column
    assert dialog.data_section()["delimiter"] == ";"
    assert dialog.detected_delimiter() == "," and "comma" in dialog.delimiter_combo.itemText(0)
    assert "No feature column" in dialog.error_text()  # one column: it is the target, nothing is left
    dialog.delimiter_combo.setCurrentIndex(0)
    settle(qtbot, dialog)
    assert dialog.columns() == ("sepal_length", "sepal_width", "species") and dialog.is_ready()
    assert dialog.data_section()["delimiter"] is None
    dialog.delimiter_combo.setCurrentIndex(csv_dialog.DELIMITER_CHOICES.index("|"))
    settle(qtbot, dialog)
    open_file(qtbot, dialog, write(tmp_path, IRIS_LIKE.replace(",", ";"), "other.csv"))  # a new file: detect afresh
    assert dialog.delimiter_combo.currentIndex() == 0 and dialog.detected_delimiter() == ";"
    assert dialog.is_ready()


# ---------------------------------------------------------------------------- choices and the result
def test_choices_make_the_data_section_and_accept_gives_the_dataset(dialog, qtbot, tmp_path):
    path = write(tmp_path, "id,x1,x2,price\n" + "".join(f"{i},{i * 0.5},{i % 7},{i * 1.25 + 0.1}\n" for i in range(40)))
    open_file(qtbot, dialog, path)
    assert dialog.target() == "price"
    assert "regression" in dialog.task_combo.currentText().lower()
    dialog.set_features(["x1", "x2"])  # leave the id out
    dialog.test_spin.setValue(0.25)
    dialog.standardize_box.setChecked(False)
    settle(qtbot, dialog)
    assert dialog.data_section() == {
        "source": "csv", "path": str(path.absolute()), "target": "price", "features": ["x1", "x2"],
        "task": None, "test_fraction": 0.25, "standardize": False, "seed": 0, "delimiter": None,
        "header": None, "drop_missing": False,
    }
    assert os.path.isabs(dialog.data_section()["path"])
    # the preview greys the unused column and makes the target bold
    assert dialog.preview.horizontalHeaderItem(3).font().bold()
    assert dialog.preview.item(0, 0).foreground().color() != dialog.preview.item(0, 1).foreground().color()

    dialog.set_target("x2")  # whole numbers 0..6: inferred classification; price becomes a feature
    settle(qtbot, dialog)
    assert dialog.features() == ["x1", "price"]
    assert "7 class" in dialog.summary.text()
    dialog.task_combo.setCurrentIndex(csv_dialog.TASK_CHOICES.index("regression"))
    settle(qtbot, dialog)
    assert dialog.data_section()["task"] == "regression"
    assert dialog.is_ready()

    use_button(dialog).click()
    assert dialog.result() == CsvImportDialog.DialogCode.Accepted
    d = dialog.dataset
    assert d.task == "regression" and d.target_names == ("x2",) and d.feature_names == ("x1", "price")
    assert d.n_test == 10 and d.n_train == 30 and d.mean is None
    assert dialog.data_section()["target"] == "x2"


def test_the_all_and_none_buttons_and_no_feature_is_an_inline_error(dialog, qtbot, tmp_path):
    open_file(qtbot, dialog, write(tmp_path, IRIS_LIKE))
    dialog.no_features.click()
    settle(qtbot, dialog)
    assert dialog.features() == []
    assert "No feature column" in dialog.error_text() and not use_button(dialog).isEnabled()
    dialog.all_features.click()
    settle(qtbot, dialog)
    assert dialog.features() == ["sepal_length", "sepal_width"] and use_button(dialog).isEnabled()


def test_the_choose_file_button_opens_a_file_dialog(dialog, qtbot, tmp_path, monkeypatch):
    path = write(tmp_path, IRIS_LIKE)
    asked = []

    def pick(parent, caption, folder, filters):
        asked.append((caption, filters))
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", pick)
    dialog.findChild(QPushButton, "choose_file").click()
    settle(qtbot, dialog)
    assert asked and "*.csv" in asked[0][1]
    assert dialog.path() == str(path) and dialog.is_ready()


def test_semicolon_and_decimal_comma(dialog, qtbot, tmp_path):
    text = "length;width;kind\n" + "".join(f"{i},5;{i % 3},25;{'ab'[i % 2]}\n" for i in range(12))
    open_file(qtbot, dialog, write(tmp_path, text))
    assert dialog.detected_delimiter() == ";"
    assert "semicolon" in dialog.delimiter_combo.currentText()
    assert "decimal comma" in dialog.file_info.text()
    assert preview_cell(dialog, 1, 0) == "1,5"
    assert dialog.is_ready()
    use_button(dialog).click()
    X = np.concatenate([dialog.dataset.X_train, dialog.dataset.X_test])
    assert dialog.dataset.class_names == ("a", "b") and X.shape == (12, 2)
    assert dialog.data_section()["delimiter"] is None  # detected, so not written


# ---------------------------------------------------------------------------- errors, inline
def assert_inline_error(d: CsvImportDialog, *parts: str) -> None:
    text = d.error_text()
    assert text and d.error_label.isVisible() and d.error_label.objectName() == "csv_error"
    for part in parts:
        assert part in text, text
    assert "Traceback" not in text
    assert not use_button(d).isEnabled()
    use_button(d).click()  # does nothing
    assert d.isVisible() and d.dataset is None


def test_a_bad_value_names_its_line_and_column(dialog, qtbot, tmp_path):
    open_file(qtbot, dialog, write(tmp_path, "a,b,label\n1,2,x\n3,oops,y\n5,6,x\n7,8,y\n"))
    assert_inline_error(dialog, "Line 3", "'b'", "oops")
    assert dialog.preview.item(1, 1).background().color().name() != dialog.preview.item(1, 0).background().color().name()
    dialog.set_features(["a"])  # leaving the column out fixes it
    settle(qtbot, dialog)
    assert dialog.error_text() == "" and use_button(dialog).isEnabled()


def test_a_missing_value_then_dropping_rows_shows_the_count(dialog, qtbot, tmp_path):
    rows = "".join(f"{i},{i % 5},{'yn'[i % 2]}\n" for i in range(20))
    text = "a,b,label\n" + rows + "3,,y\n21,NA,n\n22,2,y\n"
    open_file(qtbot, dialog, write(tmp_path, text))
    assert_inline_error(dialog, "Line 22", "'b'", "missing")
    dialog.drop_missing_box.setChecked(True)
    settle(qtbot, dialog)
    assert dialog.error_text() == "" and use_button(dialog).isEnabled()
    assert "2 row" in dialog.summary.text() and "missing" in dialog.summary.text()
    use_button(dialog).click()
    assert dialog.dataset.dropped_rows == 2
    assert dialog.data_section()["drop_missing"] is True


def test_a_ragged_row(dialog, qtbot, tmp_path):
    open_file(qtbot, dialog, write(tmp_path, "a,b,label\n1,2,x\n3,4\n5,6,y\n"))
    assert_inline_error(dialog, "Line 3", "2 values", "3 columns")
    assert dialog.preview.rowCount() == 0 and dialog.target() is None
    assert dialog.delimiter_combo.isEnabled()  # the reading settings stay available


def test_a_single_class(dialog, qtbot, tmp_path):
    open_file(qtbot, dialog, write(tmp_path, "a,b,label\n1,2,cat\n3,4,cat\n5,6,cat\n7,8,cat\n"))
    assert_inline_error(dialog, "'label'", "only one class", "cat")


def test_latin1_bytes(dialog, qtbot, tmp_path):
    text = "city,temp,label\nKöln,12,a\nMálaga,20,b\nGenève,9,a\n"
    open_file(qtbot, dialog, write(tmp_path, text, encoding="latin-1"))
    assert_inline_error(dialog, "Line 2", "UTF-8")
    assert dialog.preview.rowCount() == 0


def test_a_missing_file_and_a_folder(dialog, qtbot, tmp_path):
    open_file(qtbot, dialog, tmp_path / "nowhere.csv")
    assert_inline_error(dialog, "does not exist")
    open_file(qtbot, dialog, tmp_path)
    assert_inline_error(dialog, "folder")


def test_an_unexpected_os_error_is_one_sentence(dialog, qtbot, tmp_path, monkeypatch):
    def broken(*args, **kwargs):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(csv_dialog, "read_csv_table", broken)
    open_file(qtbot, dialog, write(tmp_path, IRIS_LIKE))
    assert_inline_error(dialog, "Input/output error")
    assert dialog.error_text().count(".") == 1 and dialog.error_text().endswith(".")


def test_an_unexpected_bug_in_the_engine_does_not_crash_the_dialog(dialog, qtbot, tmp_path, monkeypatch):
    def broken(*args, **kwargs):
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(csv_dialog, "load_csv", broken)
    open_file(qtbot, dialog, write(tmp_path, IRIS_LIKE))
    assert_inline_error(dialog, "ZeroDivisionError")


def test_the_error_follows_a_language_change(dialog, qtbot, tmp_path):
    open_file(qtbot, dialog, write(tmp_path, "a,b,label\n1,2,x\n3,oops,y\n"))
    before = dialog.error_text()
    QCoreApplication.sendEvent(dialog, QEvent(QEvent.Type.LanguageChange))
    assert dialog.error_text() == before  # English stays English; the message is rebuilt, not lost
    assert use_button(dialog).text() == "Use this data"


def test_every_control_explains_itself():
    d = CsvImportDialog()
    try:
        controls = [d.choose_button, d.path_edit, d.delimiter_combo, d.header_combo, d.preview, d.target_combo,
                    d.task_combo, d.test_spin, d.standardize_box, d.drop_missing_box, d.features_list,
                    d.all_features, d.no_features, d.cancel_load_button, d.use_button, d.progress]
        for widget in controls:
            assert len(widget.toolTip()) > 15, widget.objectName()
        assert d.test_spin.minimum() == 0 and d.test_spin.maximum() == pytest.approx(0.9)
        assert d.test_spin.value() == pytest.approx(0.3) and d.standardize_box.isChecked()
        assert not d.drop_missing_box.isChecked()
    finally:
        d.deleteLater()


# ---------------------------------------------------------------------------- large files, in the background
@pytest.fixture(scope="module")
def large_csv(tmp_path_factory):
    """100,000 rows x 20 columns (19 features and a label 0..2), about 15 MB."""
    rng = np.random.default_rng(0)
    block = rng.normal(size=(1000, 19))
    labels = rng.integers(0, 3, size=1000)
    lines = "\n".join(",".join(f"{v:.5f}" for v in row) + f",{c}" for row, c in zip(block, labels)) + "\n"
    path = tmp_path_factory.mktemp("large") / "large.csv"
    with open(path, "w", encoding="utf-8") as f:
        f.write(",".join([f"f{j}" for j in range(19)] + ["label"]) + "\n")
        for _ in range(100):
            f.write(lines)
    return path


def test_a_large_file_loads_in_the_background(dialog, qtbot, large_csv):
    ticks = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    start = time.perf_counter()
    dialog.set_path(large_csv)
    assert dialog.is_busy() and not use_button(dialog).isEnabled()
    assert dialog.findChild(QProgressBar, "csv_progress").isVisible()
    assert dialog.findChild(QPushButton, "cancel_load").isVisible()
    qtbot.waitUntil(lambda: dialog.is_ready(), timeout=30_000)
    timer.stop()
    elapsed = time.perf_counter() - start
    during = [t for t in ticks if t < start + elapsed]
    # The event loop kept running while the engine worked in its thread.
    assert len(during) >= 5, (len(during), elapsed)
    assert dialog.columns()[-1] == "label" and len(dialog.columns()) == 20
    assert dialog.loaded_dataset().n_train + dialog.loaded_dataset().n_test == 100_000
    assert "3 class" in dialog.summary.text()
    assert dialog.findChild(QProgressBar, "csv_progress").isHidden()
    assert use_button(dialog).isEnabled()


def test_cancel_abandons_the_load_and_discards_its_result(dialog, qtbot, large_csv):
    dialog.set_path(large_csv)
    qtbot.waitUntil(lambda: background.running() > 0, timeout=5000)  # the thread has started
    cancel = dialog.findChild(QPushButton, "cancel_load")
    start = time.perf_counter()
    cancel.click()
    assert time.perf_counter() - start < 0.1  # no waiting for the thread
    assert not dialog.is_busy() and cancel.isHidden()
    assert dialog.findChild(QProgressBar, "csv_progress").isHidden()
    assert "stopped" in dialog.summary.text().lower()
    # The thread ends by itself; its result is thrown away.
    qtbot.waitUntil(lambda: background.running() == 0, timeout=30_000)
    assert dialog.columns() == () and dialog.loaded_dataset() is None
    assert not use_button(dialog).isEnabled() and dialog.error_text() == ""


def test_changing_a_setting_while_loading_uses_only_the_newest_settings(dialog, qtbot, tmp_path):
    open_file(qtbot, dialog, write(tmp_path, IRIS_LIKE))
    dialog.test_spin.setValue(0.2)
    dialog.test_spin.setValue(0.4)
    dialog.set_features(["sepal_width"])
    settle(qtbot, dialog)
    assert dialog.is_ready()
    d = dialog.loaded_dataset()
    assert d.n_test == 4 and d.feature_names == ("sepal_width",)


def test_closing_or_deleting_the_dialog_while_loading_is_safe(qtbot, large_csv):
    d = CsvImportDialog()
    d.show()
    d.set_path(large_csv)
    qtbot.waitUntil(lambda: background.running() > 0, timeout=5000)
    start = time.perf_counter()
    d.reject()
    assert time.perf_counter() - start < 0.1
    assert not d.is_busy()
    d.deleteLater()
    qtbot.wait(50)  # the dialog is gone; its thread still runs, held by the keeper
    del d
    qtbot.waitUntil(lambda: background.running() == 0, timeout=30_000)


def test_the_window_can_preset_the_file_and_the_dialog_remembers_choices_on_rereading(dialog, qtbot, tmp_path):
    path = write(tmp_path, IRIS_LIKE)
    open_file(qtbot, dialog, path)
    dialog.set_target("sepal_width")
    dialog.set_features(["sepal_length"])
    settle(qtbot, dialog)
    dialog.header_combo.setCurrentIndex(1)  # same columns: choices kept
    settle(qtbot, dialog)
    assert dialog.target() == "sepal_width" and dialog.features() == ["sepal_length"]
    item = dialog.features_list.item(1)
    assert item.text() == "sepal_width" and not item.flags() & Qt.ItemFlag.ItemIsEnabled


def test_showing_the_dialog_again_after_closing_it_while_loading_loads_again(dialog, qtbot, large_csv):
    dialog.set_path(large_csv)
    qtbot.waitUntil(lambda: background.running() > 0, timeout=5000)
    dialog.reject()
    assert not dialog.is_busy()
    dialog.show()
    assert dialog.is_busy()
    qtbot.waitUntil(dialog.is_ready, timeout=30_000)


def test_a_large_file_never_pauses_the_event_loop_for_long(dialog, qtbot, large_csv):
    ticks = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    start = time.perf_counter()
    dialog.set_path(large_csv)
    qtbot.waitUntil(dialog.is_ready, timeout=30_000)
    end = time.perf_counter()
    timer.stop()
    gaps = np.diff([start] + [t for t in ticks if t < end] + [end])
    assert gaps.max() < 0.2, f"the event loop paused for {gaps.max():.2f} s"
