"""One schema of settings: the control panel, the command line, the experiment checker
and the trainer all agree with ``schema/settings.py``, and the disagreements they once
had are settled (see docs/experiment-format.md, "One table of settings")."""

from __future__ import annotations

import json
import math

import pytest
from PySide6.QtWidgets import QAbstractSpinBox, QCheckBox, QComboBox, QDoubleSpinBox, QSpinBox

from backprop_gui.cli import main as cli_main
from backprop_gui.core import activations, losses, network, optimizers, trainer
from backprop_gui.core.errors import ExperimentError
from backprop_gui.data import datasets
from backprop_gui.gui import controls
from backprop_gui.gui.controls import ControlsPanel, NumberCombo, WholeSpin
from backprop_gui.schema import experiment, fields, rules, settings
from backprop_gui.schema.settings import LIVE_PATHS, SETTINGS

SPINS = (QSpinBox, QDoubleSpinBox)


@pytest.fixture
def panel(qtbot):
    panel = ControlsPanel()
    qtbot.addWidget(panel)
    panel.show_experiment(experiment.default_experiment())
    return panel


def controls_of(panel: ControlsPanel, key: str) -> list:
    return [w for w in panel.findChildren(QAbstractSpinBox) + panel.findChildren(QComboBox) + panel.findChildren(QCheckBox)
            if w.objectName() == key]


def with_setting(path: str, value) -> dict:
    document = experiment.default_experiment()
    section, key = path.split(".", 1)
    if path.startswith("training.schedule."):  # a field of the schedule kind that takes it
        key = key.split(".", 1)[1]
        kind = value if key == "kind" else next(k for k, takes in settings.SCHEDULE_FIELDS.items() if key in takes)
        document["training"]["schedule"] = {"kind": kind} if key == "kind" else {"kind": kind, key: value}
        if kind == "cyclic" and key in ("base_lr", "max_lr"):  # base_lr ≤ max_lr
            document["training"]["schedule"].update(base_lr=value, max_lr=value)
    elif path.startswith("training.early_stopping."):
        document["training"]["early_stopping"] = {key.split(".", 1)[1]: value}
        document["data"]["validation_fraction"] = 0.2
    else:
        document[section][key] = value
    return document


def value_at(document: dict, path: str):
    """The value at a dotted path, as ``with_setting`` puts it there."""
    for part in path.split("."):
        document = document[part]
    return document


# --------------------------------------------------------------------------- the panel


def test_every_setting_control_follows_the_schema(panel):
    """Walk the panel: each setting's control has the setting's key as its object name,
    and its range, decimals and choices are the schema's."""
    checked = set()
    for setting in SETTINGS.values():
        found = controls_of(panel, setting.key)
        if not found:
            continue
        for widget in found:
            if isinstance(widget, NumberCombo):
                assert widget.setting is setting
            elif isinstance(widget, SPINS):
                low, high = setting.control_range()
                if setting.path == "data.classes":  # each data set has its own part of the range
                    low_, high_, _ = settings.CLASS_RANGES[panel.experiment["data"]["name"]]
                    assert low <= low_ <= high_ <= high
                    low, high = low_, high_
                assert (widget.minimum(), widget.maximum()) == (low, high), setting.path
                assert widget.singleStep() == setting.step, setting.path
                if isinstance(widget, QDoubleSpinBox):
                    assert widget.decimals() == setting.decimals, setting.path
            elif isinstance(widget, QComboBox):
                data = [widget.itemData(i) for i in range(widget.count())]
                assert tuple(data[: len(setting.choices)]) == setting.choices, setting.path
            else:
                assert setting.kind == "bool"
        checked.add(setting.path)
    # every setting the panel edits was found by its key
    assert checked >= {
        "data.name", "data.classes", "data.samples", "data.noise", "data.test_fraction", "data.seed",
        "network.hidden[].units", "network.hidden[].activation", "network.output_activation", "network.init",
        "network.batch_norm", "network.dropout", "training.loss", "training.optimizer", "training.learning_rate",
        "training.momentum", "training.adam_beta1", "training.adam_beta2", "training.batch_size",
        "training.epochs", "training.regularization", "training.regularization_rate", "training.seed",
        "training.dtype",
    }  # fmt: skip


def test_every_spin_and_combo_box_is_a_named_setting(panel):
    keys = {setting.key for setting in SETTINGS.values()}
    for widget in panel.findChildren(QAbstractSpinBox) + panel.findChildren(QComboBox):
        if widget.parent() is not None and isinstance(widget.parent(), QComboBox):
            continue  # an editable combo box's own line edit
        assert widget.objectName() in keys, widget


def test_every_value_a_control_can_show_is_a_valid_experiment(panel):
    for setting in SETTINGS.values():
        if setting.kind not in ("whole", "number") or setting.high is None or "[" in setting.path:
            continue
        if setting.path == "data.classes":
            continue  # checked per data set below
        for end in setting.control_range():
            value = int(end) if setting.kind == "whole" else end
            assert setting.check(value) == value, setting.path
            if setting.path.startswith(("network.", "training.")):
                experiment.validate(with_setting(setting.path, value))
    for name, (low, high, _) in settings.CLASS_RANGES.items():
        for classes in (low, high):
            document = experiment.default_experiment()
            document["data"] = {"source": "builtin", "name": name, "classes": classes}
            assert experiment.validate(document)["data"]["classes"] == classes


def test_the_preset_rates_are_in_the_range_of_their_setting(panel):
    for combo in (panel.learning_rate, panel.regularization_rate):
        for i in range(combo.count()):
            assert combo.setting.check(combo.itemData(i)) == combo.itemData(i)


def test_a_typed_rate_is_refused_exactly_where_the_format_refuses_it(panel):
    refused, chosen = [], []
    panel.invalid_input.connect(refused.append)
    panel.learning_rate.value_chosen.connect(chosen.append)
    for text in ("0", "100.5", "1e-9", "100"):
        panel.learning_rate.setEditText(text)
        panel.learning_rate.lineEdit().editingFinished.emit()
    assert chosen == [1e-9, 100.0]
    assert len(refused) == 2 and "greater than 0 and at most 100" in refused[0]


def test_the_classes_box_takes_the_range_of_the_data_set(panel):
    document = experiment.default_experiment()
    document["data"] = {"source": "builtin", "name": "blobs", "classes": 5}
    panel.show_experiment(experiment.validate(document))
    assert panel.classes_spin.value() == 5
    assert (panel.classes_spin.minimum(), panel.classes_spin.maximum()) == settings.CLASS_RANGES["blobs"][:2]


# --------------------------------------------------------------------------- the table


def test_choices_come_from_the_modules_that_implement_them():
    assert SETTINGS["network.hidden[].activation"].choices is activations.HIDDEN_ACTIVATIONS
    assert SETTINGS["network.output_activation"].choices is activations.ACTIVATIONS
    assert set(activations.ACTIVATIONS) == set(activations.FUNCTIONS)
    assert SETTINGS["network.init"].choices is network.INITS
    assert SETTINGS["training.dtype"].choices is network.DTYPES
    assert SETTINGS["training.regularization"].choices is network.REGULARIZATIONS
    assert SETTINGS["training.loss"].choices is losses.LOSSES
    assert settings.LOSS_NEEDS_OUTPUT is losses.REQUIRED_OUTPUT
    assert SETTINGS["training.optimizer"].choices is optimizers.OPTIMIZERS
    assert SETTINGS["data.name"].choices == tuple(datasets.TOY_DATASETS)
    assert SETTINGS["data.noise"].high == datasets.MAX_NOISE
    assert SETTINGS["data.test_fraction"].high == datasets.MAX_TEST_FRACTION
    assert settings.SINE_FEATURES is datasets.FEATURES_1D
    # the old names the rest of the program reads are the table's
    assert experiment.HIDDEN_ACTIVATIONS is activations.HIDDEN_ACTIVATIONS
    assert experiment.MAX_SEED == SETTINGS["training.seed"].high


def test_defaults_are_valid_and_are_what_validate_fills_in():
    filled = experiment.validate({"format": experiment.FORMAT, "version": 1, "data": {"source": "builtin"}})
    for setting in SETTINGS.values():
        assert setting.check() == setting.default, setting.path
        if "[" in setting.path:
            continue
        if setting.path.count(".") > 1:  # a field of an object setting, filled in when the object is given
            object_path, _, key = setting.path.rpartition(".")
            given = experiment.validate(with_setting(setting.path, setting.default))
            assert value_at(given, object_path)[key] == setting.default, setting.path
            continue
        section, _, key = setting.path.rpartition(".")
        assert (filled[section][key] if section else filled[key]) == setting.default, setting.path


def test_live_paths_are_the_trainers_live_settings():
    """The window's LIVE_PATHS and the trainer's LIVE_SETTINGS were two copies; the
    schema's list must be exactly what the trainer accepts (the core cannot import it)."""
    assert LIVE_PATHS == {f"training.{key}" for key in trainer.LIVE_SETTINGS}
    assert experiment.LIVE_PATHS is LIVE_PATHS
    assert isinstance(LIVE_PATHS, frozenset)


# --------------------------------------------------------------------------- settled: dropout


def test_dropout_the_panel_and_the_format_agree(panel):
    """Dropout is p ∈ [0, 1): the panel went to 0.9, now to 0.99, the largest value below 1
    that two decimals show."""
    assert panel.dropout_spin.maximum() == 0.99
    assert experiment.validate(with_setting("network.dropout", 0.99))["network"]["dropout"] == 0.99
    with pytest.raises(ExperimentError) as info:
        experiment.validate(with_setting("network.dropout", 1.0))
    assert info.value.params["field"] == "network.dropout"
    assert "< 1" in str(info.value)


# --------------------------------------------------------------------------- settled: seeds


@pytest.mark.parametrize("path", ["training.seed", "data.seed"])
def test_seed_box_reaches_the_largest_seed_of_the_format(panel, path):
    """Seeds are 0..2³²−1 in the format; a QSpinBox stops at 2³¹−1, so the seed boxes are
    whole-number double spin boxes that show and emit every seed a file can hold."""
    box = panel.findChild(QAbstractSpinBox, SETTINGS[path].key)
    assert isinstance(box, WholeSpin)
    assert box.maximum() == 2**32 - 1 == settings.MAX_SEED
    edits = []
    panel.edited.connect(lambda p, v: edits.append((p, v)))
    box.setValue(2**32 - 1)
    assert edits == [(path, 2**32 - 1)] and type(edits[0][1]) is int
    assert box.value() == 2**32 - 1 and type(box.value()) is int
    document = with_setting(path, 2**32 - 1) if path == "training.seed" else experiment.default_experiment()
    if path == "data.seed":
        document["data"]["seed"] = 2**32 - 1
    panel.show_experiment(experiment.validate(document))  # an old file with the largest seed opens and shows it
    assert box.value() == 2**32 - 1


def test_seed_beyond_the_format_is_refused_everywhere(capsys):
    with pytest.raises(ExperimentError):
        experiment.validate(with_setting("training.seed", 2**32))
    assert cli_main(["train", "no_such_file.json", "--seed", str(2**32)]) == 2
    assert f"from 0 to {2**32 - 1}" in capsys.readouterr().err


# --------------------------------------------------------------------------- settled: whole numbers


def test_whole_numbers_written_with_a_point_are_whole_numbers():
    """``8.0`` is the whole number 8 for every reader (JSON writers often write it so);
    ``8.5`` and ``true`` are not."""
    assert fields.whole(8.0, "x", 1, 10) == 8 and type(fields.whole(8.0, "x", 1, 10)) is int
    assert fields.whole(float(2**53), "x", 0, 2**60) == 2**53
    for bad in (8.5, True, "8", math.inf, math.nan, float(2**53) * 2):  # past 2⁵³ a float is not exact
        with pytest.raises(ExperimentError):
            fields.whole(bad, "x", 1, 10)
    assert experiment.validate(with_setting("training.epochs", 20.0))["training"]["epochs"] == 20
    assert datasets.load_toy("circle", samples=20.0, seed=3.0).n_train + datasets.load_toy("circle", samples=20).n_test == 20


# --------------------------------------------------------------------------- settled: big integers


def test_one_rule_for_integers_with_many_digits():
    """Up to MAX_INT_DIGITS digits a JSON integer is an int; longer ones are read as a float
    (infinite past ~308 digits) and then refused by the range of their field."""
    digits = fields.MAX_INT_DIGITS
    assert fields.parse_json("1" * digits) == int("1" * digits)
    assert fields.parse_json("-" + "1" * digits) == -int("1" * digits)
    assert isinstance(fields.parse_json("1" * (digits + 1)), float)
    assert fields.parse_json("9" * 5000) == math.inf  # int() refuses more than 4300 digits
    text = experiment.dumps(experiment.default_experiment()).replace('"seed": 0', '"seed": ' + "9" * 5000, 1)
    with pytest.raises(ExperimentError) as info:
        experiment.loads(text)
    assert info.value.params["field"] == "data.seed"
    assert fields.MAX_INT_DIGITS >= len(str(2**128 - 1))  # a run file's PCG64 state still reads exactly


# --------------------------------------------------------------------------- rules


def test_harmonise_lives_in_the_schema():
    document = experiment.default_experiment()
    assert rules.harmonise(document, "data.name", "regression") == ["training.loss", "network.output_activation"]
    assert document["training"]["loss"] == "mse" and document["network"]["output_activation"] == "linear"


# --------------------------------------------------------------------------- the checkers


@pytest.mark.parametrize(
    ("low_open", "high_open", "inside", "outside", "words"),
    [
        (False, False, (0, 1), (-0.1, 1.1), "between 0 and 1"),
        (False, True, (0, 0.5), (1, -0.1), "≥ 0 and < 1"),
        (True, False, (1, 0.5), (0, 1.1), "> 0 and ≤ 1"),
        (True, True, (0.5,), (0, 1), "> 0 and < 1"),
    ],
)
def test_number_ends_open_and_closed(low_open, high_open, inside, outside, words):
    for value in inside:
        assert fields.number(value, "f", 0, 1, low_open=low_open, high_open=high_open) == value
    for value in outside:
        with pytest.raises(ExperimentError, match=words):
            fields.number(value, "f", 0, 1, low_open=low_open, high_open=high_open)


def test_checkers_raise_the_error_class_they_are_given():
    class Mine(Exception):
        def __init__(self, template, **params):
            super().__init__(template.format(**params))

    with pytest.raises(Mine, match="x must be true or false, got 1"):
        fields.boolean(1, "x", error=Mine)
    with pytest.raises(Mine, match=r"o\.b is not a field we know"):
        fields.obj({"a": 1, "b": 2}, "o", ("a",), error=Mine)
    with pytest.raises(Mine, match=r"o\.a is missing"):
        fields.obj({}, "o", ("a",), ("a",), error=Mine)


def test_duplicate_keys_are_refused():
    with pytest.raises(fields.DuplicateKeyError):
        fields.parse_json('{"a": 1, "a": 2}')
    assert experiment.reject_duplicate_keys is fields.reject_duplicate_keys
    with pytest.raises(ValueError):
        fields.parse_json("NaN", allow_constants=False)
    assert math.isnan(fields.parse_json("NaN"))
    assert json.loads("[1]") == fields.parse_json("[1]")
