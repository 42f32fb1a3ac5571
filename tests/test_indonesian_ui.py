"""The window in Bahasa Indonesia shows no English and no raw identifier.

A window is built and switched to Indonesian; every text a user can see is gathered —
the window title, actions (text, tooltip, status tip and shortcut as the menus show it),
menus, dock titles, labels, buttons, group boxes, combo box items and their tooltips,
every widget's tooltip, tabs, and the plots' axis labels and tick labels (the weights
view's row labels are the input features) — and checked for identifiers such as
``sin_x1`` or ``leaky_relu`` and for English words.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import pyqtgraph as pg
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QComboBox, QDockWidget, QGroupBox, QLabel, QMenu, QTabBar, QWidget

from backprop_gui.gui import i18n, names

ROOT = Path(__file__).resolve().parents[1]
IDENTIFIER = re.compile(r"\b[a-z]+_[a-z0-9_]+\b(?!\()")  # build_model() is the exported code's function
# English words that have no place in the Indonesian window (matched as whole words,
# case-sensitive where the capital matters).
ENGLISH = re.compile(
    r"\b(Right|Left|Up|Down|Space|Export|Save|Open|Settings|Weights|Loss|Training|Play|Step|Reset|Keep|"
    r"Clear|Hidden|Lesson|Decision|Gradient|Confusion|Untitled|Uniform|Double|Single|Exclusive|"
    r"spiral arm|Two-arm|real data|activation|layer|weights|the|and|of|with|for|to|is)\b")
# English terms the Indonesian texts give on purpose, after their Indonesian name.
GLOSSES = ("(confusion matrix)",)


def visible_texts(window) -> list[tuple[str, str]]:
    """(where, text) for every text of the window a user can see or hover."""
    texts = [("window title", window.windowTitle())]
    for action in window.findChildren(QAction):
        if not isinstance(action.parent(), QWidget):
            continue  # pyqtgraph's scene menu, which the views switch off
        shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        texts += [("action", action.text()), ("action tooltip", action.toolTip()),
                  ("status tip", action.statusTip()), ("shortcut", shortcut)]
    texts += [("menu", m.title()) for m in window.findChildren(QMenu)]
    texts += [("dock", d.windowTitle()) for d in window.findChildren(QDockWidget)]
    texts += [("button", b.text()) for b in window.findChildren(QAbstractButton)]
    texts += [("label", label.text()) for label in window.findChildren(QLabel)]
    texts += [("group", g.title()) for g in window.findChildren(QGroupBox)]
    texts += [("tooltip", w.toolTip()) for w in window.findChildren(QWidget)]
    for combo in window.findChildren(QComboBox):
        for i in range(combo.count()):
            texts += [("combo item", combo.itemText(i)),
                      ("combo tooltip", combo.itemData(i, Qt.ItemDataRole.ToolTipRole) or "")]
    texts += [("tab", t.tabText(i)) for t in window.findChildren(QTabBar) for i in range(t.count())]
    for plot in window.findChildren(pg.PlotWidget):
        for axis_name in ("left", "bottom"):
            axis = plot.getPlotItem().getAxis(axis_name)
            texts.append(("axis label", axis.labelText or ""))
            for level in axis._tickLevels or []:  # ticks set with setTicks, e.g. the weights view's rows
                texts += [("axis tick", str(label)) for _position, label in level]
    # The diagram's texts: column headings, and the tooltips of an input and of each layer's first neuron.
    diagram = window.diagram
    for column in diagram._columns:
        texts += [("diagram heading", column.header.text()), ("diagram heading", column.subheader.text())]
    texts.append(("diagram tooltip", diagram.neuron_tooltip(-1, 0)))
    texts += [("diagram tooltip", diagram.neuron_tooltip(layer, 0))
              for layer in range(len(diagram.context.network.layers))]
    return [(where, text) for where, text in texts if text]


def problems_in(texts) -> list[str]:
    found = []
    for where, text in texts:
        plain = re.sub(r"<[^>]+>", " ", text)  # HTML tags are not shown
        for gloss in GLOSSES:
            plain = plain.replace(gloss, "")
        if IDENTIFIER.search(plain):
            found.append(f"raw identifier in {where}: {text!r}")
        elif ENGLISH.search(plain):
            found.append(f"English in {where}: {text!r} ({ENGLISH.search(plain).group()!r})")
    return sorted(set(found))


@pytest.fixture
def window(qapp, qtbot, tmp_path):
    from backprop_gui.gui.main_window import MainWindow

    window = MainWindow(settings=QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    yield window
    i18n.install(qapp, "en")
    window.close()


def test_the_indonesian_window_shows_no_english_and_no_identifier(qapp, window):
    assert i18n.install(qapp, "id") == "id"
    texts = visible_texts(window)
    assert len(texts) > 300
    problems = problems_in(texts)
    assert not problems, f"{len(problems)} texts of the Indonesian window:\n" + "\n".join(problems)


def test_the_weights_view_names_its_inputs_as_the_settings_do(qapp, window):
    """The default spiral uses sin(x₁) and sin(x₂): one name in settings, diagram and weights."""
    assert i18n.install(qapp, "id") == "id"
    features = window.experiment["data"]["features"]
    assert "sin_x1" in features
    rows = [label for level in window.weights_view.plot.getAxis("left")._tickLevels for _p, label in level]
    assert [names.feature_name(f) for f in features] == rows[:len(features)]
    assert "sin(x₁)" in rows
    assert window.controls.feature_boxes["sin_x1"].text() == "sin(x₁)"


def test_key_names_are_indonesian_in_the_menus(qapp, window):
    assert i18n.install(qapp, "id") == "id"
    assert window.step_epoch_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText) == "Kanan"
    assert window.step_batch_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText) == "Shift+Kanan"
    assert window.play_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText) == "Spasi"


def shipped_titles() -> set[str]:
    files = sorted((ROOT / "resources" / "experiments").glob("*.json"))
    files += sorted((ROOT / "resources" / "lessons" / "presets").glob("*.json"))
    return {json.loads(path.read_text(encoding="utf-8"))["title"] for path in files}


def test_every_shipped_experiment_title_is_translated(qapp):
    titles = shipped_titles()
    assert titles <= names.EXPERIMENT_TITLES, "add these titles to names.EXPERIMENT_TITLES: " + ", ".join(
        sorted(titles - names.EXPERIMENT_TITLES))
    try:
        assert i18n.install(qapp, "id") == "id"
        untranslated = sorted(t for t in titles if names.experiment_title(t) == t and t != "XOR")
        assert not untranslated, untranslated
        assert names.experiment_title("Two-arm spiral") == "Spiral dua lengan"
        assert names.experiment_title("My own spiral") == "My own spiral"
    finally:
        i18n.install(qapp, "en")
    assert names.experiment_title("Two-arm spiral") == "Two-arm spiral"


def test_the_check_finds_what_the_teacher_found():
    samples = [("window title", "Two-arm spiral — backprop-gui"), ("axis tick", "sin_x1"),
               ("shortcut", "Shift+Right"), ("tooltip", "aktivasi: leaky_relu"),
               ("combo item", "Breast cancer diagnosis (real data)")]
    assert len(problems_in(samples)) == len(samples)
    assert not problems_in([("dock", "Matriks konfusi (confusion matrix)"), ("tooltip", "aktivasi: Sigmoid"),
                            ("shortcut", "Shift+Kanan"), ("axis tick", "sin(x₁)")])


def test_the_diagram_names_activations_by_their_display_names(qapp, window):
    """The tooltip said "aktivasi: tanh", the raw identifier; it says the settings' name."""
    assert i18n.install(qapp, "id") == "id"
    diagram = window.diagram
    activations = [layer.activation for layer in diagram.context.network.layers]
    assert any(names.name(a) != a for a in activations), activations  # the check can tell them apart
    for layer_index, activation in enumerate(activations):
        assert f"aktivasi: {names.name(activation)}\n" in diagram.neuron_tooltip(layer_index, 0)
