"""Every number typed into the settings means what the interface language says it means.

Issue 13: with the window in Indonesian, ``0,01`` typed as the learning rate became 1 and
``0,5`` as the dropout became 0, without a word. Here every numeric control of a built
window is typed into, as a user would (select all, type, Return), in both languages, and
the experiment File → Save would write is checked. The reading rule is the one of
``docs/numbers.md``: ``0,01`` and ``0.01`` are one hundredth in either language; ``1.000``
is one thousand in an Indonesian whole-number field and could be 1 or 1000 in a field that
takes fractions (refused, with a sentence); in English ``1.000`` is one and ``1,000`` is
the thousands-like text that a fraction field refuses.
"""

import math
import re

import pytest
from PySide6.QtCore import Qt

from backprop_gui.gui import i18n
from backprop_gui.gui.controls import NumberCombo
from backprop_gui.gui.numbers import NumberSpinBox, WholeSpinBox
from backprop_gui.schema.fields import in_range
from backprop_gui.schema.settings import SETTINGS

REFUSED = None
# (language, typed) -> (value in a field of fractions, value in a field of whole numbers)
MEANING = {
    ("id", "0,01"): (0.01, REFUSED),
    ("id", "0.01"): (0.01, REFUSED),
    ("id", "0,5"): (0.5, REFUSED),
    ("id", "1.000"): (REFUSED, 1000),
    ("en", "0,01"): (0.01, REFUSED),
    ("en", "0.01"): (0.01, REFUSED),
    ("en", "0,5"): (0.5, REFUSED),
    ("en", "1.000"): (1.0, REFUSED),
    ("en", "1,000"): (REFUSED, 1000),
}
PATH_BY_KEY = {s.key: path for path, s in SETTINGS.items()}


def numeric_controls(window) -> list:
    controls = window.controls
    found = controls.findChildren(NumberSpinBox) + controls.findChildren(WholeSpinBox) + controls.findChildren(NumberCombo)
    # (the fields of training.schedule and training.early_stopping are edited as one
    # object, and only while their kind is shown: tests/test_schedule_controls.py)
    return [w for w in found if w.objectName() in PATH_BY_KEY and not PATH_BY_KEY[w.objectName()].startswith(("training.schedule.", "training.early_stopping."))]


def value_of(experiment: dict, path: str):
    section, _, key = path.partition(".")
    if key == "hidden[].units":
        return experiment["network"]["hidden"][0]["units"]
    return experiment[section][key]


def is_whole(widget) -> bool:
    return SETTINGS[PATH_BY_KEY[widget.objectName()]].kind == "whole"


def accepts(widget, value) -> bool:
    """Whether ``value`` lies in the setting's range and fits the control's decimals."""
    setting = SETTINGS[PATH_BY_KEY[widget.objectName()]]
    if isinstance(widget, NumberCombo):
        return in_range(value, setting.low, setting.high, setting.low_open, setting.high_open)
    if isinstance(widget, NumberSpinBox) and not math.isclose(round(value, widget.decimals()), value):
        return False
    return widget.minimum() <= value <= widget.maximum()


def type_into(qtbot, widget, text: str) -> None:
    line = widget.lineEdit()
    widget.setFocus()
    line.selectAll()
    qtbot.keyClicks(line, text)
    qtbot.keyClick(line, Qt.Key.Key_Return)


@pytest.mark.parametrize("language", ["en", "id"])
def test_every_numeric_setting_reads_what_is_typed_the_languages_way(window, qtbot, language):
    controls = window.controls
    controls.regularization_combo.setCurrentIndex(controls.regularization_combo.findData("l2"))  # the rate box opens
    i18n.install(None, language)
    widgets = numeric_controls(window)
    keys = {w.objectName() for w in widgets}
    assert {"learning_rate", "regularization_rate", "noise", "test_fraction", "dropout", "momentum", "adam_beta1",
            "adam_beta2", "samples", "epochs", "batch_size", "seed", "data_seed", "classes", "units"} <= keys
    for widget in widgets:
        assert widget.accessibleName(), widget.objectName()
        path = PATH_BY_KEY[widget.objectName()]
        for (lang, typed), (fraction, whole) in MEANING.items():
            if lang != language:
                continue
            meant = whole if is_whole(widget) else fraction
            window.show_message("")
            before = value_of(window.current_experiment(), path)
            type_into(qtbot, widget, typed)
            after = value_of(window.current_experiment(), path)
            where = f"{language}: {typed!r} in {widget.objectName()}"
            if meant is not REFUSED and accepts(widget, meant):
                assert after == pytest.approx(meant), where
                assert not window.message_label.text(), where
            else:
                assert after == before, where
                sentence = window.message_label.text()
                assert sentence and window.message_label.isVisibleTo(window), where
                assert sentence.count(". ") == 0 and sentence.endswith("."), (where, sentence)


def test_the_learning_rate_box_shows_its_presets_the_languages_way(window):
    combo = window.controls.learning_rate
    combo.set_value(0.25)
    i18n.install(None, "id")
    assert combo.currentText() == "0,25"
    assert [combo.itemText(i) for i in range(3)] == ["0,00001", "0,0001", "0,001"]
    i18n.install(None, "en")
    assert combo.currentText() == "0.25"


def test_a_number_spin_box_shows_a_decimal_comma_in_indonesian(window):
    i18n.install(None, "id")
    assert window.controls.test_spin.text() == "0,50"
    window.controls.samples_spin.setValue(12500)
    assert window.controls.samples_spin.text() == "12.500"


def test_the_step_through_learning_rate_reads_a_decimal_comma(window, qtbot):
    box = window.stepthrough.learning_rate
    i18n.install(None, "id")
    type_into(qtbot, box, "0,01")
    assert box.value() == pytest.approx(0.01)
    assert box.text() == "0,01"
    refusals = []
    window.stepthrough.invalid_input.connect(refusals.append)
    type_into(qtbot, box, "1.000")  # 1 or 1000? refused, said, and the old rate kept
    assert box.value() == pytest.approx(0.01)
    assert len(refusals) == 1 and "1.000" in refusals[0]
    assert window.stepthrough.result_label.text()


def test_the_status_bar_writes_numbers_the_languages_way(window, qtbot):
    window.step_epoch()
    qtbot.waitUntil(lambda: window.last_snapshot is not None and window.last_snapshot.epoch >= 1, timeout=10_000)
    i18n.install(None, "id")
    loss = window.status_fields["train_loss"].text()
    accuracy = window.status_fields["accuracy"].text()
    assert re.search(r"\d,\d{4}$", loss), loss
    assert "." not in loss.split()[-1]
    assert re.search(r"\d+,\d\u00a0?%", accuracy), accuracy
    i18n.install(None, "en")
    assert re.search(r"\d\.\d{4}$", window.status_fields["train_loss"].text())


def test_the_confusion_caption_and_the_axes_write_a_decimal_comma(window, qtbot):
    view = window.confusion_view
    view.show_snapshot(window.last_snapshot)
    qtbot.waitUntil(lambda: view.matrix is not None, timeout=10_000)
    i18n.install(None, "id")
    assert re.search(r"\d+,\d\u00a0%", view.caption.text()), view.caption.text()
    axis = window.decision_view.plot.getAxis("bottom")
    assert axis.tickStrings([-0.5, 0.0, 0.5], 1.0, 0.5) == ["−0,5", "0,0", "0,5"]
    loss_axis = window.loss_view.loss_plot.getAxis("left")
    loss_axis.setLogMode(True)
    assert loss_axis.tickStrings([239.0], 1.0, 1.0) == ["10²³⁹"]  # never 2e+239
    assert window.loss_view.metric_plot.getAxis("left").tickStrings([0.25, 0.5], 1.0, 0.25) == ["0,25", "0,50"]
    i18n.install(None, "en")
    assert axis.tickStrings([-0.5, 0.0, 0.5], 1.0, 0.5) == ["−0.5", "0.0", "0.5"]


def test_the_weights_colour_bar_and_the_epoch_axes_read_well(window):
    i18n.install(None, "id")
    assert window.weights_view.color_bar.axis.tickStrings([-0.5, 0.5], 1.0, 0.5) == ["−0,5", "0,5"]
    epochs = window.loss_view.loss_plot.getAxis("bottom")
    ticks = [value for _spacing, values in epochs.tickValues(0.0, 1.0, 400) for value in values]
    assert ticks and all(value == int(value) for value in ticks)  # no epoch 0,2 before training


def test_scrolling_the_settings_changes_no_setting(window):
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication, QComboBox

    before = window.current_experiment()
    controls = window.controls
    boxes = [w for w in controls.findChildren(QComboBox) + numeric_controls(window) if w.isVisibleTo(controls)]
    assert controls.init_combo in boxes and controls.learning_rate in boxes
    for box in boxes:
        box.clearFocus()
        centre = QPointF(box.rect().center())
        for delta in (-120, 120, -120):
            QApplication.sendEvent(box, QWheelEvent(
                centre, QPointF(box.mapToGlobal(centre.toPoint())), QPoint(), QPoint(0, delta), Qt.MouseButton.NoButton,
                Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False))
    assert window.current_experiment() == before


def test_a_kept_runs_label_and_an_error_sentence_write_a_decimal_comma(window):
    from backprop_gui.core.errors import BackpropError
    from backprop_gui.gui.session import translate_error

    import copy

    session = window.session
    current = window.current_experiment()
    kept = copy.deepcopy(current)
    kept["training"]["learning_rate"] = 0.25
    kept["data"]["samples"] = 12500
    i18n.install(None, "id")
    label = session.describe_difference(kept, current, 1)
    assert "0,25" in label and "12.500" in label, label
    assert "0,5" in translate_error(BackpropError("{field} must be at most {maximum}.", field="x", maximum=0.5))


def test_a_kept_run_without_hidden_layers_says_so_in_words(window):
    import copy

    current = window.current_experiment()
    kept = copy.deepcopy(current)
    kept["network"]["hidden"] = []
    assert window.session.describe_difference(kept, current, 1) == "no hidden layer"
    kept["network"]["hidden"] = [{"units": 4, "activation": "relu"}]
    assert window.session.describe_difference(kept, current, 1).startswith("hidden layers 4 ")
