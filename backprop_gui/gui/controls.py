"""The control panel: data, network and training settings.

The panel shows an experiment and reports each edit as ``edited(path, value)``, for
example ``("training.learning_rate", 0.1)`` or ``("network.hidden", [...])``. It never
changes the experiment itself: the window decides (apply live, ask before a reset, or
refuse with a message) and then calls :meth:`ControlsPanel.show_experiment`, which
sets every widget without emitting anything.
"""

from __future__ import annotations

import math
from pathlib import PurePath

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QLabel,
    QPushButton, QScrollArea, QToolButton, QVBoxLayout, QWidget,
)

from ..data.datasets import Dataset
from ..schema import settings as schema
from ..schema.fields import in_range
from ..schema.settings import SETTINGS, Setting
from . import colors
from .names import explanation, name
from .numbers import NumberSpinBox, NumberValidator, WholeSpinBox, format_number

BUNDLED_DATASETS = ("iris", "wine", "breast_cancer", "digits")  # resources/experiments/<name>.json
LEARNING_RATES = (0.00001, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0)  # TF Playground's
REGULARIZATION_RATES = (0.0, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0)
MAX_LAYERS_IN_EDITOR = schema.MAX_HIDDEN_LAYERS
SCHEDULE_KEYS = tuple(dict.fromkeys(key for keys in schema.SCHEDULE_FIELDS.values() for key in keys))
"""Every number a schedule kind takes, each once (``gamma`` serves step and exponential)."""
#: Rows a level or a lesson's classroom does not name itself: each is shown with any of
#: the keys it follows (the optimiser's own numbers with the optimiser, the data's
#: "new sample" button with the data's numbers, the output layer with the hidden layers).
FOLLOWS = {
    "momentum": ("optimizer",), "adam_beta1": ("optimizer",), "adam_beta2": ("optimizer",),
    **{f"schedule_{key}": ("schedule",) for key in SCHEDULE_KEYS},
    **{key: ("early_stopping",) for key in ("early_stopping_patience", "early_stopping_min_delta", "early_stopping_restore_best")},
    "regenerate": ("samples", "noise", "data_seed", "classes"),
    "output": ("units", "output_activation"), "add_layer": ("units",),
}


def add_labelled_row(form: QFormLayout, labels: dict[str, QLabel], key: str, widget: QWidget) -> QWidget:
    """Add ``widget`` to ``form`` under an empty label kept as ``labels[key]`` (its text
    is set by ``retranslate_ui``); return the widget."""
    label = QLabel()
    label.setBuddy(widget)
    labels[key] = label
    form.addRow(label, widget)
    return widget


def _format_number(value: float) -> str:
    """A preset or a typed rate as the interface language writes it: ``0,01`` and
    ``0,00001`` in Indonesian (as TensorFlow Playground lists them); below 10⁻¹⁰ ``1 × 10⁻¹²``."""
    return format_number(value, decimals=10, trim_zeros=True)


class WholeSpin(NumberSpinBox):
    """A spin box of whole numbers beyond QSpinBox's 2³¹ − 1 (a seed goes up to 2³² − 1).

    A double holds every whole number up to 2⁵³ exactly; with no decimals the box reads
    whole numbers only (``1.000`` is one thousand in Indonesian). ``value()`` gives an
    ``int`` and ``valueChanged`` a float that the panel turns into one.
    """

    def __init__(self) -> None:
        super().__init__()
        self.setDecimals(0)

    def value(self) -> int:
        return int(super().value())


def setting_spin(path: str) -> WholeSpinBox | NumberSpinBox:
    """A spin box for the setting at ``path``, with its range, step and decimals from
    the schema and the setting's key as its object name. It reads and shows numbers the
    interface language's way and emits ``refused(sentence)`` for a text it cannot take."""
    setting = SETTINGS[path]
    low, high = setting.control_range()
    if setting.kind == "number":
        spin = NumberSpinBox(trim_zeros=setting.decimals > 2)  # β₂ "0,999", not "0,99900"
        spin.setDecimals(setting.decimals)
    elif high > 2**31 - 1:  # QSpinBox holds a C int
        spin = WholeSpin()
    else:
        spin = WholeSpinBox()
        spin.setGroupSeparatorShown(high >= 10_000)  # 12.500 samples, 10.000 epochs
    spin.setRange(low, high)
    spin.setSingleStep(setting.step)
    spin.setKeyboardTracking(False)
    spin.setObjectName(setting.key)
    return spin


class SettingCombo(QComboBox):
    """A combo box that takes the wheel only once clicked into, as the number boxes do:
    scrolling the settings panel once set the initial weights to "all zero" on its way."""

    def __init__(self) -> None:
        super().__init__()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # As wide as the panel gives, but never wider than a short name needs: sized to its
        # longest item ("Kanker payudara (data nyata)"), the data set's box alone made the
        # Settings panel take a third of a 1366-pixel screen. A longer item is elided.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(10)

    def wheelEvent(self, event) -> None:  # noqa: N802 - Qt's
        if not self.hasFocus():
            event.ignore()  # to the scroll area
            return
        super().wheelEvent(event)


def setting_combo(path: str) -> QComboBox:
    """A combo box of the setting's choices (shown by ``name``), object name its key."""
    setting = SETTINGS[path]
    combo = SettingCombo()
    for key in setting.choices:
        combo.addItem(name(key), key)
    combo.setObjectName(setting.key)
    return combo


class NumberCombo(SettingCombo):
    """An editable combo box of preset numbers that also accepts a typed value.

    Numbers are read and shown the interface language's way (``0,01`` and ``0.01`` both
    mean one hundredth). Emits ``value_chosen(float)`` for a valid value, and
    ``invalid(text, reason)`` with the typed text and the sentence saying why it was
    refused when it is not a number in range (the previous value is then put back).
    """

    value_chosen = Signal(float)
    invalid = Signal(str, str)

    def __init__(self, presets, setting: Setting) -> None:
        super().__init__()
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setting = setting
        self.setObjectName(setting.key)
        self.presets = tuple(presets)
        for value in presets:
            self.addItem(_format_number(value), value)
        # The validator reads the text; the schema's range (open at 0 for the learning rate)
        # is checked in _commit. It is not installed on the line edit: Qt would then keep
        # quiet about a text it does not accept, where the user must be told why.
        self.validator = NumberValidator(parent=self)
        self._value = presets[0]
        self.activated.connect(self._commit)
        self.lineEdit().editingFinished.connect(self._commit)

    def value(self) -> float:
        return self._value

    def set_value(self, value: float) -> None:
        self._value = value
        self.blockSignals(True)
        index = self.findData(value)
        if index >= 0:
            self.setCurrentIndex(index)
        self.setEditText(_format_number(value))
        self.blockSignals(False)

    def show_numbers(self) -> None:
        """Write the presets and the value again in the interface language."""
        for index, value in enumerate(self.presets):
            self.setItemText(index, _format_number(value))
        self.set_value(self._value)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's
        if event.type() == QEvent.Type.LanguageChange:
            self.show_numbers()
        super().changeEvent(event)

    def _commit(self, *_args) -> None:
        text = self.currentText().strip()
        if text == _format_number(self._value):
            return  # its own display, unchanged
        reading = self.validator.reading(text)
        s = self.setting
        value = reading.value if reading.ok else math.nan
        ok = math.isfinite(value) and in_range(value, s.low, s.high, s.low_open, s.high_open)
        if not ok:
            self.set_value(self._value)
            self.invalid.emit(text, reading.reason)
            return
        if value != self._value:
            self._value = value
            self.value_chosen.emit(value)


PREVIEW_SIDE = 128


class DataPreview(QWidget):
    """A small picture of the training points (class colours, or value colours)."""

    def __init__(self) -> None:
        super().__init__()
        self.dataset: Dataset | None = None
        self.setFixedSize(QSize(PREVIEW_SIDE, PREVIEW_SIDE))  # as tall as the five rows beside it

    def set_dataset(self, dataset: Dataset | None) -> None:
        self.dataset = dataset
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height()) - 4
        box = QRectF((self.width() - side) / 2, 2, side, side)
        painter.fillRect(box, self.palette().base())
        painter.setPen(QPen(self.palette().mid().color()))
        painter.drawRect(box)
        d = self.dataset
        if d is None or d.raw_train is None:
            painter.setPen(self.palette().text().color())
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             self.tr("No preview for this data"))
            return
        points = d.raw_train
        if points.shape[1] == 1:  # 1-D regression: x across, target up
            values = d.y_train[:, 0]
            xs, ys = points[:, 0], values
            y_low, y_high = float(values.min()), float(values.max())
        else:
            xs, ys = points[:, 0], points[:, 1]
            y_low, y_high = -6.0, 6.0
        span_y = (y_high - y_low) or 1.0
        painter.setPen(Qt.PenStyle.NoPen)
        radius = max(1.5, side / 90)
        for i in range(len(xs)):
            if d.task == "classification":
                color = QColor(colors.class_color(int(d.y_train[i])))
            elif points.shape[1] == 1:
                color = QColor(colors.POSITIVE)
            else:
                lut = _DIVERGING
                t = float(d.y_train[i, 0])
                color = QColor(*lut[int(round((max(-1.0, min(1.0, t)) + 1) / 2 * 255))][:3])
            painter.setBrush(color)
            px = box.left() + (float(xs[i]) + 6) / 12 * box.width()
            py = box.bottom() - (float(ys[i]) - y_low) / span_y * box.height()
            painter.drawEllipse(QPointF(px, py), radius, radius)


_DIVERGING = colors.diverging_lut()


class LayerRow(QWidget):
    """One hidden layer in the editor: neurons and activation, and a remove button."""

    changed = Signal()
    remove_requested = Signal(object)

    def __init__(self, number: int, units: int, activation: str) -> None:
        super().__init__()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.units = setting_spin("network.hidden[].units")
        self.units.setValue(units)
        self.activation = setting_combo("network.hidden[].activation")
        self.activation.setCurrentIndex(schema.HIDDEN_ACTIVATIONS.index(activation))
        self.remove = QToolButton()
        self.remove.setText("−")
        layout.addWidget(self.label)
        layout.addWidget(self.units)
        layout.addWidget(self.activation, 1)
        layout.addWidget(self.remove)
        self.units.valueChanged.connect(lambda _v: self.changed.emit())
        self.activation.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self))
        self.set_number(number)

    def set_number(self, number: int) -> None:
        self.number = number
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.label.setText(self.tr("Hidden {n}:").format(n=self.number))
        self.units.setAccessibleName(self.label.text().rstrip(":"))
        self.units.setSuffix(self.tr(" neurons"))
        self.units.setToolTip(self.tr("How many neurons this layer has. More neurons can draw more complicated shapes, but learn slower and overfit sooner."))
        self.activation.setToolTip(self.tr("The activation function bends each neuron's weighted sum. Without it, any stack of layers is just one straight line."))
        for i, key in enumerate(schema.HIDDEN_ACTIVATIONS):
            self.activation.setItemText(i, name(key))
            self.activation.setItemData(i, explanation(key), Qt.ItemDataRole.ToolTipRole)
        self.remove.setToolTip(self.tr("Remove this layer"))
        self.remove.setAccessibleName(self.tr("Remove hidden layer {n}").format(n=self.number))

    def spec(self) -> dict:
        return {"units": self.units.value(), "activation": self.activation.currentData()}


class ControlsPanel(QScrollArea):
    edited = Signal(str, object)
    invalid_input = Signal(str)  # a sentence explaining a refused value
    regenerate_requested = Signal()
    preset_requested = Signal(str)  # path of a bundled data set's experiment

    def __init__(self) -> None:
        super().__init__()
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        self.setWidget(body)
        column = QVBoxLayout(body)
        self.data_box = QGroupBox()
        self.network_box = QGroupBox()
        self.training_box = QGroupBox()
        for box in (self.data_box, self.network_box, self.training_box):
            column.addWidget(box)
        column.addStretch(1)
        self._labels: dict[str, QLabel] = {}
        self._shown_keys: frozenset[str] | None = None  # what a level shows (None: every row)
        self._wanted: dict[str, bool] = {}  # each row as the experiment wants it (a CSV file has no noise)
        self._build_data()
        self._build_network()
        self._build_training()
        self.experiment: dict | None = None
        for spin in self._number_spins():
            spin.refused.connect(self.invalid_input)
        self.retranslate_ui()
        self._fit_width()

    def _fit_width(self) -> None:
        """Wide enough for every field: the panel scrolls up and down, never sideways."""
        self.setMinimumWidth(self.widget().sizeHint().width() + self.verticalScrollBar().sizeHint().width() + 4)

    # ------------------------------------------------------------------ building
    def _row(self, form: QFormLayout, key: str, widget: QWidget) -> QWidget:
        return add_labelled_row(form, self._labels, key, widget)

    def _build_data(self) -> None:
        form = QFormLayout(self.data_box)
        self.dataset_combo = self._row(form, "dataset", setting_combo("data.name"))
        # As wide as the column, not as its longest name (a CSV file's): at the Beginner
        # level it is the widest row, and the diagram beside it needs the room.
        self.dataset_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.dataset_combo.setMinimumContentsLength(16)
        self.dataset_combo.insertSeparator(self.dataset_combo.count())
        for key in BUNDLED_DATASETS:
            self.dataset_combo.addItem(name(key), f"bundled:{key}")
        self.dataset_combo.addItem("", "csv")  # the CSV file in use, when it is not a bundled one
        self.csv_info = QLabel()
        self.csv_info.setWordWrap(True)
        self.csv_info.setObjectName("csv_info")
        form.addRow(self.csv_info)
        # The numbers of the data beside its picture: below them, the picture was cut in
        # half on a first start at 1366×768 (the settings panel shows about 350 pixels).
        numbers = QFormLayout()
        numbers.setContentsMargins(0, 0, 0, 0)
        self.classes_spin = self._row(numbers, "classes", setting_spin("data.classes"))
        self.samples_spin = self._row(numbers, "samples", setting_spin("data.samples"))
        self.noise_spin = self._row(numbers, "noise", setting_spin("data.noise"))
        self.test_spin = self._row(numbers, "test_fraction", setting_spin("data.test_fraction"))
        self.validation_spin = self._row(numbers, "validation_fraction", setting_spin("data.validation_fraction"))
        self.data_seed_spin = self._row(numbers, "data_seed", setting_spin("data.seed"))
        self.preview = DataPreview()
        beside = QHBoxLayout()
        beside.addLayout(numbers, 1)
        beside.addWidget(self.preview, 0, Qt.AlignmentFlag.AlignTop)
        form.addRow(beside)
        features = QWidget()
        features.setObjectName("features")
        grid = QGridLayout(features)
        grid.setContentsMargins(0, 0, 0, 0)
        self.feature_boxes: dict[str, QCheckBox] = {}
        for i, key in enumerate(schema.FEATURES):
            box = QCheckBox(name(key))
            box.setObjectName(f"feature_{key}")
            self.feature_boxes[key] = box
            grid.addWidget(box, i // 2, i % 2)
            box.toggled.connect(self._features_changed)
        self._row(form, "features", features)
        self.regenerate = QPushButton()
        self.regenerate.setObjectName("regenerate")
        form.addRow(self.regenerate)
        self.dataset_combo.currentIndexChanged.connect(self._dataset_chosen)
        self.classes_spin.valueChanged.connect(lambda v: self.edited.emit("data.classes", v))
        self.samples_spin.valueChanged.connect(lambda v: self.edited.emit("data.samples", v))
        self.noise_spin.valueChanged.connect(lambda v: self.edited.emit("data.noise", round(v, 4)))
        self.test_spin.valueChanged.connect(lambda v: self.edited.emit("data.test_fraction", round(v, 4)))
        self.validation_spin.valueChanged.connect(lambda v: self.edited.emit("data.validation_fraction", round(v, 4)))
        self.data_seed_spin.valueChanged.connect(lambda v: self.edited.emit("data.seed", int(v)))
        self.regenerate.clicked.connect(self.regenerate_requested)

    def _build_network(self) -> None:
        column = QVBoxLayout(self.network_box)
        self.layers_box = QVBoxLayout()
        column.addLayout(self.layers_box)
        buttons = QHBoxLayout()
        self.add_layer = QPushButton()
        self.add_layer.setObjectName("add_layer")
        buttons.addWidget(self.add_layer)
        buttons.addStretch(1)
        column.addLayout(buttons)
        self.layer_rows: list[LayerRow] = []
        form = QFormLayout()
        column.addLayout(form)
        self.output_label = self._row(form, "output", QLabel())
        # Wraps: "1 neuron, satu untuk setiap nilai yang diprediksi" on one line made the
        # panel wider than it was sized, so it scrolled sideways (lesson 8).
        self.output_label.setWordWrap(True)
        self.output_combo = self._row(form, "output_activation", setting_combo("network.output_activation"))
        self.init_combo = self._row(form, "init", setting_combo("network.init"))
        self.batch_norm_box = self._row(form, "batch_norm", QCheckBox())
        self.batch_norm_box.setObjectName(SETTINGS["network.batch_norm"].key)
        self.dropout_spin = self._row(form, "dropout", setting_spin("network.dropout"))
        self.add_layer.clicked.connect(self._add_layer)
        self.output_combo.currentIndexChanged.connect(lambda _i: self.edited.emit("network.output_activation", self.output_combo.currentData()))
        self.init_combo.currentIndexChanged.connect(lambda _i: self.edited.emit("network.init", self.init_combo.currentData()))
        self.batch_norm_box.toggled.connect(lambda v: self.edited.emit("network.batch_norm", v))
        self.dropout_spin.valueChanged.connect(lambda v: self.edited.emit("network.dropout", round(v, 4)))

    def _build_training(self) -> None:
        form = QFormLayout(self.training_box)
        self.loss_combo = self._row(form, "loss", setting_combo("training.loss"))
        self.optimizer_combo = self._row(form, "optimizer", setting_combo("training.optimizer"))
        self.momentum_spin = self._row(form, "momentum", setting_spin("training.momentum"))
        self.beta1_spin = self._row(form, "adam_beta1", setting_spin("training.adam_beta1"))
        self.beta2_spin = self._row(form, "adam_beta2", setting_spin("training.adam_beta2"))
        self.learning_rate = self._row(form, "learning_rate", NumberCombo(LEARNING_RATES, SETTINGS["training.learning_rate"]))
        # The schedule: its kind, then only the numbers that kind takes (the others hidden).
        self.schedule_combo = self._row(form, "schedule", setting_combo("training.schedule.kind"))
        self.schedule_spins = {
            key: self._row(form, f"schedule_{key}", setting_spin(f"training.schedule.{key}"))
            for key in SCHEDULE_KEYS
        }
        self.batch_spin = self._row(form, "batch_size", setting_spin("training.batch_size"))
        self.regularization_combo = self._row(form, "regularization", setting_combo("training.regularization"))
        self.regularization_rate = self._row(form, "regularization_rate", NumberCombo(REGULARIZATION_RATES, SETTINGS["training.regularization_rate"]))
        self.epochs_spin = self._row(form, "epochs", setting_spin("training.epochs"))
        # Early stopping: a check box, and its three settings while it is on.
        self.early_stopping_box = self._row(form, "early_stopping", QCheckBox())
        self.early_stopping_box.setObjectName("early_stopping")
        self.patience_spin = self._row(form, "early_stopping_patience", setting_spin("training.early_stopping.patience"))
        self.min_delta_spin = self._row(form, "early_stopping_min_delta", setting_spin("training.early_stopping.min_delta"))
        self.restore_best_box = self._row(form, "early_stopping_restore_best", QCheckBox())
        self.restore_best_box.setObjectName(SETTINGS["training.early_stopping.restore_best"].key)
        for path, widget in ((f"training.schedule.{key}", spin) for key, spin in self.schedule_spins.items()):
            widget.setValue(SETTINGS[path].default)  # what a kind starts with when it is chosen
        self.patience_spin.setValue(SETTINGS["training.early_stopping.patience"].default)
        self.min_delta_spin.setValue(SETTINGS["training.early_stopping.min_delta"].default)
        self.restore_best_box.setChecked(SETTINGS["training.early_stopping.restore_best"].default)
        self.seed_spin = self._row(form, "seed", setting_spin("training.seed"))
        self.dtype_combo = self._row(form, "dtype", setting_combo("training.dtype"))
        self.loss_combo.currentIndexChanged.connect(lambda _i: self.edited.emit("training.loss", self.loss_combo.currentData()))
        self.optimizer_combo.currentIndexChanged.connect(self._optimizer_changed)
        self.momentum_spin.valueChanged.connect(lambda v: self.edited.emit("training.momentum", round(v, 6)))
        self.beta1_spin.valueChanged.connect(lambda v: self.edited.emit("training.adam_beta1", round(v, 6)))
        self.beta2_spin.valueChanged.connect(lambda v: self.edited.emit("training.adam_beta2", round(v, 8)))
        self.learning_rate.value_chosen.connect(lambda v: self.edited.emit("training.learning_rate", v))
        self.learning_rate.invalid.connect(lambda text, reason: self.invalid_input.emit(reason or
            self.tr("“{text}” is not a learning rate we can use: type a number greater than {low} and at most {high}, for example {example}.").format(
                text=text, low=_format_number(self.learning_rate.setting.low), high=_format_number(self.learning_rate.setting.high),
                example=_format_number(0.03))))
        self.batch_spin.valueChanged.connect(lambda v: self.edited.emit("training.batch_size", v))
        self.regularization_combo.currentIndexChanged.connect(lambda _i: self.edited.emit("training.regularization", self.regularization_combo.currentData()))
        self.regularization_rate.value_chosen.connect(lambda v: self.edited.emit("training.regularization_rate", v))
        self.regularization_rate.invalid.connect(lambda text, reason: self.invalid_input.emit(reason or
            self.tr("“{text}” is not a regularization rate we can use: type a number from {low} to {high}, for example {example}.").format(
                text=text, low=_format_number(self.regularization_rate.setting.low), high=_format_number(self.regularization_rate.setting.high),
                example=_format_number(0.001))))
        self.epochs_spin.valueChanged.connect(lambda v: self.edited.emit("training.epochs", v))
        self.schedule_combo.currentIndexChanged.connect(self._schedule_kind_changed)
        for spin in self.schedule_spins.values():
            spin.valueChanged.connect(lambda _v: self.edited.emit("training.schedule", self._schedule_spec()))
        self.early_stopping_box.toggled.connect(self._early_stopping_toggled)
        for widget in (self.patience_spin, self.min_delta_spin):
            widget.valueChanged.connect(lambda _v: self.edited.emit("training.early_stopping", self._early_stopping_spec()))
        self.restore_best_box.toggled.connect(lambda _v: self.edited.emit("training.early_stopping", self._early_stopping_spec()))
        self.seed_spin.valueChanged.connect(lambda v: self.edited.emit("training.seed", int(v)))
        self.dtype_combo.currentIndexChanged.connect(lambda _i: self.edited.emit("training.dtype", self.dtype_combo.currentData()))

    def _number_spins(self) -> list:
        """Every spin box of the panel but the layers' (each row connects its own)."""
        return [self.classes_spin, self.samples_spin, self.noise_spin, self.test_spin, self.validation_spin,
                self.data_seed_spin, self.dropout_spin, self.momentum_spin, self.beta1_spin, self.beta2_spin,
                self.batch_spin, self.epochs_spin, self.seed_spin, *self.schedule_spins.values(),
                self.patience_spin, self.min_delta_spin]

    # ------------------------------------------------------------------ edits
    def _dataset_chosen(self, _index: int) -> None:
        choice = self.dataset_combo.currentData()
        if choice == "csv":
            return  # the file in use: nothing to change
        if choice.startswith("bundled:"):
            from ..paths import resources_dir

            self.preset_requested.emit(str(resources_dir() / "experiments" / f"{choice.split(':', 1)[1]}.json"))
            return
        self.edited.emit("data.name", choice)

    def _features_changed(self, _checked: bool) -> None:
        chosen = [key for key, box in self.feature_boxes.items() if box.isChecked()]
        self.edited.emit("data.features", chosen)

    def _optimizer_changed(self, _index: int) -> None:
        self._show_optimizer_rows(self.optimizer_combo.currentData())
        self.edited.emit("training.optimizer", self.optimizer_combo.currentData())

    def _show_optimizer_rows(self, optimizer: str) -> None:
        for key, widget, visible in (("momentum", self.momentum_spin, optimizer == "momentum"),
                                     ("adam_beta1", self.beta1_spin, optimizer == "adam"),
                                     ("adam_beta2", self.beta2_spin, optimizer == "adam")):
            self._set_row(key, visible)

    def _schedule_spec(self) -> dict:
        """``training.schedule`` as the controls show it: the kind and its numbers."""
        kind = self.schedule_combo.currentData()
        spec = {"kind": kind}
        for key in schema.SCHEDULE_FIELDS[kind]:
            value = self.schedule_spins[key].value()
            spec[key] = int(value) if SETTINGS[f"training.schedule.{key}"].kind == "whole" else round(value, 10)
        return spec

    def _schedule_kind_changed(self, _index: int) -> None:
        self._show_schedule_rows(self.schedule_combo.currentData())
        self.edited.emit("training.schedule", self._schedule_spec())

    def _show_schedule_rows(self, kind: str) -> None:
        for key, spin in self.schedule_spins.items():
            self._set_row(f"schedule_{key}", key in schema.SCHEDULE_FIELDS[kind])

    def _early_stopping_spec(self) -> dict | None:
        """``training.early_stopping`` as the controls show it (None when it is off)."""
        if not self.early_stopping_box.isChecked():
            return None
        return {"patience": int(self.patience_spin.value()), "min_delta": round(self.min_delta_spin.value(), 10),
                "restore_best": self.restore_best_box.isChecked()}

    def _early_stopping_toggled(self, on: bool) -> None:
        self._show_early_stopping_rows(on)
        self.edited.emit("training.early_stopping", self._early_stopping_spec())

    def _show_early_stopping_rows(self, on: bool) -> None:
        for key, widget in (("early_stopping_patience", self.patience_spin), ("early_stopping_min_delta", self.min_delta_spin),
                            ("early_stopping_restore_best", self.restore_best_box)):
            self._set_row(key, on)

    def _hidden_spec(self) -> list[dict]:
        return [row.spec() for row in self.layer_rows]

    def _add_layer(self) -> None:
        hidden = self._hidden_spec()
        if len(hidden) >= MAX_LAYERS_IN_EDITOR:
            return
        last = hidden[-1] if hidden else {"units": 4, "activation": "tanh"}
        self.edited.emit("network.hidden", hidden + [dict(last)])

    def _remove_layer(self, row: LayerRow) -> None:
        hidden = self._hidden_spec()
        del hidden[self.layer_rows.index(row)]
        self.edited.emit("network.hidden", hidden)

    def _layer_changed(self) -> None:
        self.edited.emit("network.hidden", self._hidden_spec())

    # ------------------------------------------------------------------ showing an experiment
    def show_experiment(self, experiment: dict, dataset: Dataset | None = None, output_width: int | None = None) -> None:
        """Set every widget from ``experiment`` without emitting ``edited``."""
        self.experiment = experiment
        widgets = self.findChildren(QWidget)
        for w in widgets:
            w.blockSignals(True)
        try:
            self._show(experiment, dataset, output_width)
        finally:
            for w in widgets:
                w.blockSignals(False)

    def _show(self, e: dict, dataset: Dataset | None, output_width: int | None) -> None:
        data, network, training = e["data"], e["network"], e["training"]
        builtin = data["source"] == "builtin"
        csv_index = self.dataset_combo.findData("csv")
        if builtin:
            self.dataset_combo.setCurrentIndex(schema.BUILTIN_DATASETS.index(data["name"]))
            self.samples_spin.setValue(data["samples"])
            self.noise_spin.setValue(data["noise"])
            self.data_seed_spin.setValue(data["seed"])
            takes_classes = data["name"] in schema.CLASS_RANGES
            if takes_classes:
                low, high, default = schema.CLASS_RANGES[data["name"]]
                self.classes_spin.setRange(low, high)  # within the setting's range: each set has its own
                self.classes_spin.setValue(data.get("classes") or default)
            one_d = data["name"] == "sine"
            for key, box in self.feature_boxes.items():
                box.setChecked(key in data["features"])
                box.setEnabled(not one_d or key in schema.SINE_FEATURES)
        else:
            stem = PurePath(data["path"]).stem
            bundled = self.dataset_combo.findData(f"bundled:{stem}")
            self.dataset_combo.setItemText(csv_index, self.tr("CSV file: {file}").format(file=PurePath(data["path"]).name))
            self.dataset_combo.setCurrentIndex(bundled if bundled >= 0 else csv_index)
            takes_classes = False
        # Rows that only toy data has are hidden for a CSV file, which shows what it holds instead.
        for key in ("samples", "noise", "data_seed", "features", "regenerate"):
            self._set_row(key, builtin)
        self._set_row("classes", takes_classes)
        self.csv_info.setVisible(not builtin and dataset is not None)
        if not builtin and dataset is not None:
            self.csv_info.setText(self.tr("{file}: {rows} rows, {inputs} input columns, predicting “{target}” ({task}).").format(
                file=PurePath(data["path"]).name, rows=dataset.n_train + dataset.n_test, inputs=dataset.input_dim,
                target=", ".join(dataset.target_names), task=self._task_text(dataset)))
        self.test_spin.setValue(data["test_fraction"])
        self.validation_spin.setValue(data["validation_fraction"])
        self.preview.set_dataset(dataset)
        self.preview.setVisible(dataset is None or dataset.raw_train is not None)

        while len(self.layer_rows) > len(network["hidden"]):
            row = self.layer_rows.pop()
            self.layers_box.removeWidget(row)
            row.hide()  # deleteLater only acts once control returns to the event loop
            row.deleteLater()
        for i, spec in enumerate(network["hidden"]):
            if i < len(self.layer_rows):
                row = self.layer_rows[i]
                row.units.setValue(spec["units"])
                row.activation.setCurrentIndex(schema.HIDDEN_ACTIVATIONS.index(spec["activation"]))
            else:
                row = LayerRow(i + 1, spec["units"], spec["activation"])
                row.changed.connect(self._layer_changed)
                row.remove_requested.connect(self._remove_layer)
                row.units.refused.connect(self.invalid_input)
                self.layers_box.addWidget(row)
                self.layer_rows.append(row)
        self.add_layer.setEnabled(len(self.layer_rows) < MAX_LAYERS_IN_EDITOR)
        self._show_layer_rows()
        self.output_combo.setCurrentIndex(schema.ACTIVATIONS.index(network["output_activation"]))
        self.init_combo.setCurrentIndex(schema.INITS.index(network["init"]))
        self.batch_norm_box.setChecked(network["batch_norm"])
        self.dropout_spin.setValue(network["dropout"])
        self._output_width = output_width
        self._dataset = dataset
        self._show_output_label()

        self.loss_combo.setCurrentIndex(schema.LOSSES.index(training["loss"]))
        self.optimizer_combo.setCurrentIndex(schema.OPTIMIZERS.index(training["optimizer"]))
        self._show_optimizer_rows(training["optimizer"])
        self.momentum_spin.setValue(training["momentum"])
        self.beta1_spin.setValue(training["adam_beta1"])
        self.beta2_spin.setValue(training["adam_beta2"])
        self.learning_rate.set_value(training["learning_rate"])
        self.batch_spin.setValue(training["batch_size"])
        self.regularization_combo.setCurrentIndex(schema.REGULARIZATIONS.index(training["regularization"]))
        self.regularization_rate.set_value(training["regularization_rate"])
        self.regularization_rate.setEnabled(training["regularization"] != "none")
        self.epochs_spin.setValue(training["epochs"])
        schedule = training["schedule"]
        self.schedule_combo.setCurrentIndex(schema.SCHEDULES.index(schedule["kind"]))
        for key, spin in self.schedule_spins.items():  # a field of another kind keeps what it showed
            if key in schedule:
                spin.setValue(schedule[key])
        self._show_schedule_rows(schedule["kind"])
        stopping = training["early_stopping"]
        self.early_stopping_box.setChecked(stopping is not None)
        if stopping is not None:
            self.patience_spin.setValue(stopping["patience"])
            self.min_delta_spin.setValue(stopping["min_delta"])
            self.restore_best_box.setChecked(stopping["restore_best"])
        self._show_early_stopping_rows(stopping is not None)
        self.seed_spin.setValue(training["seed"])
        self.dtype_combo.setCurrentIndex(schema.DTYPES.index(training["dtype"]))

    # ------------------------------------------------------------------ the rows a level shows
    def show_only(self, keys) -> None:
        """Show only the rows of the settings ``keys`` (control keys, see ``FOLLOWS``; None:
        every row). A hidden setting keeps its value: only its row is put away."""
        self._shown_keys = None if keys is None else frozenset(keys)
        for key in (*self._labels, "regenerate"):
            self._set_row(key, self._wanted.get(key, True))
        self._show_layer_rows()
        for box in (self.data_box, self.network_box, self.training_box):
            box.setVisible(any(self.shows(key) for key, label in self._labels.items() if box.isAncestorOf(label))
                           or (box is self.network_box and (self.shows("units") or self.shows("activation"))))
        self._fit_width()  # fewer rows may need less width

    def shows(self, key: str) -> bool:
        """Whether the level lets the row ``key`` be seen (the experiment may still hide it)."""
        keys = self._shown_keys
        return keys is None or key in keys or any(parent in keys for parent in FOLLOWS.get(key, ()))

    def _set_row(self, key: str, visible: bool) -> None:
        """The row ``key`` (its label and field) as the experiment wants it, if the level shows it."""
        self._wanted[key] = visible
        shown = visible and self.shows(key)
        if key == "regenerate":
            self.regenerate.setVisible(shown)
            return
        self._labels[key].setVisible(shown)
        self._labels[key].buddy().setVisible(shown)

    def _show_layer_rows(self) -> None:
        """The hidden layers' editor: their sizes (``units``), their activations (``activation``)."""
        units, activation = self.shows("units"), self.shows("activation")
        for row in self.layer_rows:
            row.setVisible(units or activation)
            row.units.setVisible(units)
            row.remove.setVisible(units)
            row.activation.setVisible(activation)
        self.add_layer.setVisible(units)

    def _task_text(self, dataset: Dataset) -> str:
        if dataset.task == "classification":
            return self.tr("%n class(es)", "", dataset.n_classes)
        return self.tr("regression")

    def _show_output_label(self) -> None:
        width, dataset = getattr(self, "_output_width", None), getattr(self, "_dataset", None)
        if width is None or dataset is None:
            self.output_label.setText("")
        elif dataset.task == "classification":
            self.output_label.setText(self.tr("%n neuron(s), for %1 classes", "", width).replace("%1", str(dataset.n_classes)))
        else:
            self.output_label.setText(self.tr("%n neuron(s), one per value to predict", "", width))

    # ------------------------------------------------------------------ language
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self._fit_width()
        elif event.type() == QEvent.Type.FontChange:
            self._fit_width()  # View → Zoom
        super().changeEvent(event)

    def label_of(self, key: str) -> str | None:
        """The label the panel shows for the setting ``key``, without its colon (None: no label)."""
        label = self._labels.get(key)
        return label.text().rstrip(":：").replace("&", "") if label is not None else None

    def retranslate_ui(self) -> None:
        self.data_box.setTitle(self.tr("Data"))
        self.network_box.setTitle(self.tr("Network"))
        self.training_box.setTitle(self.tr("Training"))
        text = {
            "dataset": (self.tr("Data set:"), self.tr("The examples the network learns from. Each point has inputs (its position) and a label (its colour) the network must predict.")),
            "classes": (self.tr("Classes:"), self.tr("How many groups (colours) the points come in.")),
            "samples": (self.tr("Samples:"), self.tr("How many example points to make. More data makes it harder to overfit.")),
            "noise": (self.tr("Noise:"), self.tr("How much the points are scattered across the true boundary (0 = clean, 0.5 = very noisy).")),
            "test_fraction": (self.tr("Test fraction:"), self.tr("The share of points kept aside as test data. The network never trains on them, so they show how well it generalises.")),
            "validation_fraction": (self.tr("Validation fraction:"), self.tr("The share of the training points set aside to watch while training (never the test points). Early stopping decides from their loss when to stop.")),
            "data_seed": (self.tr("Data seed:"), self.tr("The random seed that places the points. The same seed always gives the same data.")),
            "features": (self.tr("Input features:"), self.tr("What the network is given about each point. Extra features such as x₁² can make a problem easy for a tiny network.")),
            "output": (self.tr("Output layer:"), self.tr("The output layer's size follows from the data: one neuron for two classes with sigmoid, one per class with softmax, one per value for regression.")),
            "output_activation": (self.tr("Output activation:"), self.tr("The function applied to the output layer: sigmoid for two classes, softmax for several, linear for numbers.")),
            "init": (self.tr("Initial weights:"), self.tr("How the weights are set before training starts.")),
            "batch_norm": (self.tr("Batch normalization:"), self.tr("Re-centres and re-scales each hidden layer's sums over every mini-batch. It keeps deep networks trainable.")),
            "dropout": (self.tr("Dropout:"), self.tr("During training, switch off this share of hidden neurons at random in every step. It fights overfitting.")),
            "loss": (self.tr("Loss function:"), self.tr("The number training tries to make small: how wrong the predictions are.")),
            "optimizer": (self.tr("Optimizer:"), self.tr("The rule that turns gradients into weight changes.")),
            "momentum": (self.tr("Momentum:"), self.tr("How much of the previous step is kept (0 = none, 0.9 = a lot).")),
            "adam_beta1": (self.tr("Adam β₁:"), self.tr("How fast Adam forgets old gradients (the average of their direction).")),
            "adam_beta2": (self.tr("Adam β₂:"), self.tr("How fast Adam forgets old gradient sizes.")),
            "learning_rate": (self.tr("Learning rate:"), self.tr("η, the size of each step downhill. Too small learns slowly; too large jumps around or blows up. Pick one or type your own.")),
            "schedule": (self.tr("Learning-rate schedule:"), self.tr("How the learning rate changes from epoch to epoch, as PyTorch's schedulers do. The status bar shows the rate in use.")),
            "schedule_step_size": (self.tr("Every (epochs):"), self.tr("Multiply the learning rate by γ after this many epochs, again and again.")),
            "schedule_gamma": (self.tr("Factor γ:"), self.tr("What the learning rate is multiplied by each time: 0.9 keeps 90 % of it.")),
            "schedule_t_max": (self.tr("Epochs to the minimum:"), self.tr("T: after this many epochs the learning rate reaches its minimum; after that it climbs again.")),
            "schedule_eta_min": (self.tr("Minimum rate:"), self.tr("The lowest learning rate the cosine reaches.")),
            "schedule_base_lr": (self.tr("Low rate:"), self.tr("The learning rate at the bottom of each cycle (the first epoch uses it).")),
            "schedule_max_lr": (self.tr("High rate:"), self.tr("The learning rate at the top of each cycle.")),
            "schedule_step_size_up": (self.tr("Epochs up:"), self.tr("How many epochs the learning rate takes to climb from low to high; it comes down in as many.")),
            "batch_size": (self.tr("Batch size:"), self.tr("How many examples are averaged for each weight update. 1 is noisy but quick; the whole set is smooth but slow.")),
            "regularization": (self.tr("Regularization:"), self.tr("A penalty on large weights. L2 makes weights small; L1 pushes many of them to exactly zero.")),
            "regularization_rate": (self.tr("Regularization rate:"), self.tr("How strong the penalty on large weights is.")),
            "epochs": (self.tr("Maximum epochs:"), self.tr("Training stops after this many passes over the training data.")),
            "early_stopping": (self.tr("Stop early:"), self.tr("Stop when the loss on the validation data has not improved for a while. The test data must never decide when to stop, or it no longer tells how well the network does on new data.")),
            "early_stopping_patience": (self.tr("Patience (epochs):"), self.tr("How many epochs in a row without improvement before training stops.")),
            "early_stopping_min_delta": (self.tr("Smallest improvement:"), self.tr("A drop of the validation loss counts as an improvement only if it is larger than this.")),
            "early_stopping_restore_best": (self.tr("Best weights:"), self.tr("When training stops, put back the weights of the epoch where the validation loss was lowest.")),
            "seed": (self.tr("Seed:"), self.tr("The random seed for the starting weights, the shuffling and dropout. The same seed gives the same run.")),
            "dtype": (self.tr("Precision:"), self.tr("How many digits the computer keeps for each number. Single precision is faster, double more exact.")),
        }
        widgets = {
            "dataset": self.dataset_combo, "classes": self.classes_spin, "samples": self.samples_spin, "noise": self.noise_spin,
            "test_fraction": self.test_spin, "validation_fraction": self.validation_spin, "data_seed": self.data_seed_spin, "output": self.output_label,
            "output_activation": self.output_combo, "init": self.init_combo, "batch_norm": self.batch_norm_box,
            "dropout": self.dropout_spin, "loss": self.loss_combo, "optimizer": self.optimizer_combo,
            "momentum": self.momentum_spin, "adam_beta1": self.beta1_spin, "adam_beta2": self.beta2_spin,
            "learning_rate": self.learning_rate, "batch_size": self.batch_spin, "regularization": self.regularization_combo,
            "regularization_rate": self.regularization_rate, "epochs": self.epochs_spin, "seed": self.seed_spin,
            "dtype": self.dtype_combo, "schedule": self.schedule_combo, "early_stopping": self.early_stopping_box,
            "early_stopping_patience": self.patience_spin, "early_stopping_min_delta": self.min_delta_spin,
            "early_stopping_restore_best": self.restore_best_box,
            **{f"schedule_{key}": spin for key, spin in self.schedule_spins.items()},
        }
        for key, (label, tip) in text.items():
            self._labels[key].setText(label)
            self._labels[key].setToolTip(tip)
            if key in widgets:
                widgets[key].setToolTip(tip)
                widgets[key].setAccessibleName(label.rstrip(":"))
        for box in self.feature_boxes.values():
            box.setToolTip(text["features"][1])
        self.batch_norm_box.setText(self.tr("on hidden layers"))
        self.early_stopping_box.setText(self.tr("when the validation loss stops falling"))
        self.restore_best_box.setText(self.tr("put back when stopping"))
        self.samples_spin.setSuffix("")
        self.regenerate.setText(self.tr("Regenerate data"))
        self.regenerate.setToolTip(self.tr("Draw a new random set of points with a new seed."))
        self.add_layer.setText(self.tr("+ Add hidden layer"))
        self.add_layer.setToolTip(self.tr("Add another hidden layer. Deeper networks can learn more complicated shapes, but are harder to train."))
        self.preview.setToolTip(self.tr("The training points: each colour is a class."))
        for combo, keys in ((self.dataset_combo, schema.BUILTIN_DATASETS), (self.output_combo, schema.ACTIVATIONS),
                            (self.init_combo, schema.INITS), (self.loss_combo, schema.LOSSES),
                            (self.optimizer_combo, schema.OPTIMIZERS), (self.regularization_combo, schema.REGULARIZATIONS),
                            (self.dtype_combo, schema.DTYPES), (self.schedule_combo, schema.SCHEDULES)):
            for i, key in enumerate(keys):
                combo.setItemText(i, name(key))
                if explanation(key):
                    combo.setItemData(i, explanation(key), Qt.ItemDataRole.ToolTipRole)
        for i in range(self.dataset_combo.count()):  # the real data sets shipped as CSV
            choice = self.dataset_combo.itemData(i)
            if isinstance(choice, str) and choice.startswith("bundled:"):
                self.dataset_combo.setItemText(i, name(choice.removeprefix("bundled:")))
        for key, box in self.feature_boxes.items():
            box.setText(name(key))
        for row in self.layer_rows:
            row.retranslate_ui()
        self._show_output_label()

