"""One training step on one sample, shown number by number.

The panel walks a student through the four phases of a step of gradient descent for a
single sample, with the engine's own numbers (see :mod:`backprop_gui.core.stepthrough`):

1. **Forward**, one page per layer: every neuron's z and a, and for a chosen neuron the
   weighted sum written out term by term.
2. **Loss**: the loss's formula with the numbers filled in.
3. **Backward**, one page per layer from the output back: every neuron's δ = ∂L/∂z,
   the chain rule for a chosen neuron, and ∂L/∂w = aᵢ·δⱼ for a chosen weight, with a
   finite-difference check.
4. **Update**: w ← w − η·∂L/∂w, and a button that takes the step on the panel's copy.

The panel works on its **own copy** of the network, so exploring never disturbs the
training run; "Use the current weights" copies the newest weights again from the
window's display network.

Signals
    ``highlight(layer_index_or_None, direction)`` on every page change, when the panel
    is shown (the current page again) and when it is hidden (None). ``direction`` is
    "forward" or "backward" (with None it is "forward", so the signal can be connected
    straight to :meth:`DiagramView.highlight_layer`). "Play the flow" sends it layer by
    layer, :data:`FLOW_STEP_MS` apart: forward from the first layer to the output, then
    δ back to the first layer, and then the current page's again.
    ``invalid_input(sentence)`` when the learning rate box refuses a typed text; the
    sentence is shown under the box as well.

Keys: while the focus is in the panel, → and ← turn its pages (the window's → trains
an epoch: the panel takes the keys first, see :meth:`StepThroughPanel.eventFilter`);
in a number box they move its cursor as usual.

Spin boxes count from 1, as the labels do (neuron 1, x₁, sample 1); the methods
(:meth:`set_sample`, :meth:`set_neuron`, :meth:`set_weight`) count from 0, as NumPy does.
"""

from __future__ import annotations

import html
import math

import numpy as np
from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView, QAbstractSpinBox, QComboBox, QFrame, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QScrollArea, QSizePolicy, QSpinBox, QSplitter, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget,
)

from ..core import stepthrough
from ..core.activations import LEAKY_SLOPE
from ..core.network import Network
from . import colors, numbers
from .names import name
from .numbers import SUBSCRIPTS, NumberSpinBox, list_separator
from .views.base import ViewContext

FORWARD, LOSS, BACKWARD, UPDATE = "forward", "loss", "backward", "update"
FD_STEP = 1e-5
#: The check counts as agreement below this relative difference.
AGREEMENT = 1e-4
#: A float32 network's gradient carries about 7 digits, and rounding in its forward pass more.
AGREEMENT_FLOAT32 = 1e-2
#: Formulas and the phase title are drawn this much larger than the application font.
FORMULA_SCALE = 1.45
TITLE_SCALE = 1.3
TABLE_SCALE = 1.1
#: "Play the flow" lights one layer this long: slow enough to follow aloud.
FLOW_STEP_MS = 600
#: The keys that turn pages while the panel has the focus, and which way.
PAGE_KEYS = {Qt.Key.Key_Right: +1, Qt.Key.Key_Left: -1}



# ---------------------------------------------------------------------------- formatting


def format_number(value: float, digits: int = 4) -> str:
    """``digits`` significant digits in the interface language (``0,25`` in Indonesian),
    with a true minus sign; very large or small numbers as ``2,5 × 10⁻⁷``."""
    value = float(value)
    if not math.isfinite(value):  # the formulas' own signs, shorter than the words
        return "∞" if value > 0 else ("−∞" if value < 0 else "NaN")
    return numbers.format_number(value, significant=digits, grouping=False)  # no "12,346" in a list of numbers


def _p(value: float) -> str:
    """A number in parentheses, as the factors of a product are written."""
    return f"({format_number(value)})"


def _sub(base: str, *indices: int | str, layer: int | None = None) -> str:
    """``base`` with a (rich-text) subscript of 1-based indices and, given ``layer``,
    the layer's number as a superscript: a<sub>2</sub><sup>(1)</sup>."""
    text = base
    if indices:
        text += f"<sub>{','.join(str(i) for i in indices)}</sub>"
    if layer is not None:
        text += f"<sup>({layer})</sup>"
    return text


def _pn(value: float) -> str:
    """A number after a minus or plus sign: in parentheses only when negative."""
    return _p(value) if value < 0 else format_number(value)


def _usub(number: int) -> str:
    """A Unicode subscript, for plain text such as table headers."""
    return str(number).translate(SUBSCRIPTS)


def plain_text(rich: str) -> str:
    """The text a rich-text label shows, without its markup (for tests)."""
    document = QTextDocument()
    document.setHtml(rich)
    return document.toPlainText()


def relative_difference(a: float, b: float) -> float:
    scale = max(abs(a), abs(b))
    return abs(a - b) / scale if scale > 0 else 0.0


# ---------------------------------------------------------------------------- the panel


class StepThroughPanel(QWidget):
    """Forward pass, loss, backward pass and update of one sample, page by page.

    Public API: :meth:`set_context`, :meth:`set_sample`, :meth:`sync_weights`,
    :meth:`next_page`, :meth:`previous_page`, :meth:`go_to_page`, :meth:`set_neuron`,
    :meth:`set_weight`, :meth:`check_gradient`, :meth:`apply_step`,
    :meth:`retranslate_ui`; attributes ``network`` (the panel's copy), ``trace``
    (:class:`stepthrough.StepTrace` of the current sample), ``pages`` (the list of
    (kind, layer_index) of every page), ``page`` (the current one) and ``shown_values``
    (the numbers the current page shows, as floats, for tests and curious code).
    """

    highlight = Signal(object, str)
    invalid_input = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context: ViewContext | None = None
        self.experiment: dict | None = None
        self.network: Network | None = None
        self.trace: stepthrough.StepTrace | None = None
        self.loss = "binary_cross_entropy"
        self.split = "train"
        self.index = 0
        self.x: np.ndarray | None = None
        self.y: np.ndarray | None = None
        self.pages: list[tuple[str, int | None]] = []
        self.page = 0
        self.shown_values: dict = {}
        self.last_check: tuple[float, float, float] | None = None  # (numeric, analytic, relative)
        self.last_update: dict | None = None
        self._neuron: dict[int, int] = {}  # layer → chosen neuron
        self._weight: dict[int, tuple[int, int]] = {}  # layer → chosen (i, j)
        self._update_layer = 0
        self._building = False
        self._flow: list[tuple[int | None, str]] = []  # the flow's highlights still to show
        self.flow_timer = QTimer(self)
        self.flow_timer.setInterval(FLOW_STEP_MS)
        self.flow_timer.timeout.connect(self._flow_step)
        self._build_ui()
        self.retranslate_ui()
        self._set_enabled(False)

    # ------------------------------------------------------------------ building
    def _build_ui(self) -> None:
        base = self.font()
        size = base.pointSizeF() if base.pointSizeF() > 0 else 10.0
        self._formula_font = QFont(base)
        self._formula_font.setPointSizeF(max(size * FORMULA_SCALE, 14.0))
        title_font = QFont(base)
        title_font.setPointSizeF(max(size * TITLE_SCALE, 13.0))
        title_font.setBold(True)
        table_font = QFont(base)
        table_font.setPointSizeF(max(size * TABLE_SCALE, 11.0))

        # Sample row.
        self.sample_caption = QLabel()
        self.split_choice = QComboBox()
        self.split_choice.setObjectName("sample_split")
        self.split_choice.addItem("", "train")
        self.split_choice.addItem("", "test")
        self.sample_index = QSpinBox()
        self.sample_index.setObjectName("sample_index")
        self.sample_index.setRange(1, 1)
        self.sample_index.setMinimumWidth(80)
        self.sync_button = QPushButton()
        self.sync_button.setObjectName("sync_weights")
        self.sample_label = QLabel()
        self.sample_label.setObjectName("sample_label")
        self.sample_label.setTextFormat(Qt.TextFormat.RichText)
        self.sample_label.setWordWrap(True)
        self.sample_label.setFont(table_font)
        top = QHBoxLayout()
        top.addWidget(self.sample_caption)
        top.addWidget(self.split_choice)
        top.addWidget(self.sample_index)
        top.addStretch(1)
        top.addWidget(self.sync_button)

        # Navigation row.
        self.previous_button = QPushButton()
        self.previous_button.setObjectName("previous_phase")
        self.next_button = QPushButton()
        self.next_button.setObjectName("next_phase")
        self.phase_label = QLabel()
        self.phase_label.setObjectName("phase_label")
        self.phase_label.setFont(title_font)
        self.phase_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.phase_label.setWordWrap(True)
        self.page_counter = QLabel()
        self.page_counter.setObjectName("page_counter")
        self.flow_button = QPushButton()
        self.flow_button.setObjectName("play_flow")
        self.flow_button.setCheckable(True)
        nav = QHBoxLayout()
        nav.addWidget(self.previous_button)
        nav.addWidget(self.flow_button)
        nav.addStretch(1)
        nav.addWidget(self.page_counter)
        nav.addWidget(self.next_button)

        self.notes_label = QLabel()
        self.notes_label.setObjectName("notes_label")
        self.notes_label.setWordWrap(True)
        self.notes_label.setTextFormat(Qt.TextFormat.RichText)
        self.notes_label.setFont(table_font)

        self.intro_label = QLabel()
        self.intro_label.setObjectName("intro_label")
        self.intro_label.setWordWrap(True)
        self.intro_label.setTextFormat(Qt.TextFormat.RichText)
        self.intro_label.setFont(table_font)

        # The table of every neuron (or output, or weight).
        self.table = QTableWidget()
        self.table.setObjectName("values_table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setFont(table_font)
        self.table.setMinimumWidth(240)
        self.table.cellClicked.connect(self._table_clicked)

        # The chosen neuron.
        self.neuron_caption = QLabel()
        self.neuron_choice = QSpinBox()
        self.neuron_choice.setObjectName("neuron_choice")
        self.neuron_choice.setRange(1, 1)
        self.neuron_choice.setMinimumWidth(70)
        neuron_row = QHBoxLayout()
        neuron_row.addWidget(self.neuron_caption)
        neuron_row.addWidget(self.neuron_choice)
        neuron_row.addStretch(1)
        self.neuron_row = QWidget()
        self.neuron_row.setLayout(neuron_row)
        neuron_row.setContentsMargins(0, 0, 0, 0)

        self.formula_label = self._formula_label("formula_label")

        # One weight: its gradient and the finite-difference check.
        self.weight_box = QGroupBox()
        self.weight_box.setObjectName("weight_box")
        self.weight_layer_caption = QLabel()
        self.weight_layer = QComboBox()
        self.weight_layer.setObjectName("weight_layer")
        self.weight_from_caption = QLabel()
        self.weight_from = QSpinBox()
        self.weight_from.setObjectName("weight_from")
        self.weight_to_caption = QLabel()
        self.weight_to = QSpinBox()
        self.weight_to.setObjectName("weight_to")
        for spin in (self.weight_from, self.weight_to):
            spin.setRange(1, 1)
            spin.setMinimumWidth(70)
        chooser = QHBoxLayout()
        chooser.addWidget(self.weight_layer_caption)
        chooser.addWidget(self.weight_layer)
        chooser.addWidget(self.weight_from_caption)
        chooser.addWidget(self.weight_from)
        chooser.addWidget(self.weight_to_caption)
        chooser.addWidget(self.weight_to)
        chooser.addStretch(1)
        self.gradient_label = self._formula_label("gradient_label")
        self.check_button = QPushButton()
        self.check_button.setObjectName("check_gradient")
        self.check_label = QLabel()
        self.check_label.setObjectName("check_label")
        self.check_label.setWordWrap(True)
        self.check_label.setTextFormat(Qt.TextFormat.RichText)
        self.check_label.setFont(table_font)
        check_row = QHBoxLayout()
        check_row.addWidget(self.check_button, 0, Qt.AlignmentFlag.AlignTop)
        check_row.addWidget(self.check_label, 1)
        self.check_row = QWidget()
        self.check_row.setLayout(check_row)
        check_row.setContentsMargins(0, 0, 0, 0)

        # The update.
        self.rate_caption = QLabel()
        self.learning_rate = NumberSpinBox(trim_zeros=True)  # "0,03" in Indonesian
        self.learning_rate.setKeyboardTracking(False)  # typing "1.000" must not make the rate 1 on the way
        self.learning_rate.setObjectName("learning_rate")
        self.learning_rate.setDecimals(5)
        self.learning_rate.setRange(0.00001, 10.0)
        self.learning_rate.setSingleStep(0.01)
        self.learning_rate.setValue(0.03)
        self.apply_button = QPushButton()
        self.apply_button.setObjectName("apply_step")
        self.result_label = QLabel()
        self.result_label.setObjectName("result_label")
        self.result_label.setWordWrap(True)
        self.result_label.setTextFormat(Qt.TextFormat.RichText)
        self.result_label.setFont(self._formula_font)
        rate_row = QHBoxLayout()
        rate_row.addWidget(self.rate_caption)
        rate_row.addWidget(self.learning_rate)
        rate_row.addWidget(self.apply_button)
        rate_row.addStretch(1)
        self.update_row = QWidget()
        self.update_row.setLayout(rate_row)
        rate_row.setContentsMargins(0, 0, 0, 0)

        weight_layout = QVBoxLayout(self.weight_box)
        weight_layout.addLayout(chooser)
        weight_layout.addWidget(self.gradient_label)
        weight_layout.addWidget(self.check_row)
        weight_layout.addWidget(self.update_row)
        weight_layout.addWidget(self.result_label)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(4, 0, 4, 0)
        right_layout.addWidget(self.neuron_row)
        right_layout.addWidget(self.formula_label)
        right_layout.addWidget(self.weight_box)
        right_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(right)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.details = scroll

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter

        # The sample's numbers and the page's title take whole rows: beside the buttons
        # they were squeezed into a column a few words wide.
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addWidget(self.sample_label)
        box.addLayout(nav)
        box.addWidget(self.phase_label)
        box.addWidget(self.notes_label)
        box.addWidget(self.intro_label)
        box.addWidget(splitter, 1)

        self.split_choice.currentIndexChanged.connect(self._split_changed)
        self.sample_index.valueChanged.connect(self._sample_changed)
        self.sync_button.clicked.connect(self.sync_weights)
        self.previous_button.clicked.connect(self.previous_page)
        self.next_button.clicked.connect(self.next_page)
        self.flow_button.toggled.connect(self.play_flow)
        # → and ← turn pages wherever the focus is in the panel (see eventFilter).
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        for widget in (self, *self.findChildren(QWidget)):
            widget.installEventFilter(self)
        self.neuron_choice.valueChanged.connect(self._neuron_changed)
        self.weight_layer.currentIndexChanged.connect(self._weight_layer_changed)
        self.weight_from.valueChanged.connect(self._weight_changed)
        self.weight_to.valueChanged.connect(self._weight_changed)
        self.check_button.clicked.connect(self.check_gradient)
        self.apply_button.clicked.connect(self.apply_step)
        self.learning_rate.valueChanged.connect(self._rate_changed)
        self.learning_rate.refused.connect(self._rate_refused)

    def _formula_label(self, object_name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(object_name)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        label.setFont(self._formula_font)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        return label

    def _set_enabled(self, on: bool) -> None:
        for widget in (
            self.split_choice, self.sample_index, self.sync_button, self.previous_button, self.next_button,
            self.neuron_choice, self.weight_layer, self.weight_from, self.weight_to, self.check_button,
            self.learning_rate, self.apply_button, self.flow_button,
        ):
            widget.setEnabled(on)

    # ------------------------------------------------------------------ window API
    def set_context(self, context: ViewContext, experiment: dict | None = None) -> None:
        """Start over with a run: copy its network and weights, show sample 1 of the
        training set on the first page."""
        experiment = context.experiment if experiment is None else experiment
        self.context, self.experiment = context, experiment
        self.loss = experiment["training"]["loss"]
        source = context.network
        try:
            network = Network.from_config(
                experiment["network"], source.input_dim, source.output_dim, dtype=str(source.dtype)
            )
            network.load_state(source.state())
        except (KeyError, ValueError):
            # The settings were edited and the run not rebuilt yet: copy the run's layers.
            network = stepthrough.copy_network(source)
        self.network = network
        self._neuron.clear()
        self._weight.clear()
        self._update_layer = len(network.layers) - 1
        self.last_check = self.last_update = None
        self.pages = (
            [(FORWARD, k) for k in range(len(network.layers))]
            + [(LOSS, None)]
            + [(BACKWARD, k) for k in reversed(range(len(network.layers)))]
            + [(UPDATE, None)]
        )
        self.page = 0
        self._building = True
        self.learning_rate.setValue(float(experiment["training"].get("learning_rate", 0.03)))
        self.split_choice.setCurrentIndex(0)
        self.weight_layer.clear()
        for k in range(len(network.layers)):
            self.weight_layer.addItem("", k)
        self._building = False
        self._set_enabled(True)
        dataset = context.dataset
        self.split_choice.model().item(1).setEnabled(dataset.n_test > 0)
        self._set_labels_of_layers()
        self._load_sample("train", 0)
        if self.isVisible():
            self._emit_highlight()

    def set_sample(self, split: str, index: int) -> None:
        """Show sample ``index`` (from 0) of the "train" or "test" split (the window
        connects the decision view's ``point_clicked(index, split)`` here)."""
        if self.context is None:
            return
        if split not in ("train", "test"):
            raise ValueError(f"split must be 'train' or 'test', got {split!r}")
        count = self._split_size(split)
        if not 0 <= index < count:
            raise IndexError(f"sample {index} is not in the {split} split of {count} samples")
        self._load_sample(split, index)

    def sync_weights(self) -> None:
        """Copy the newest weights of the window's network into the panel's copy."""
        if self.context is None:
            return
        try:
            self.network.load_state(self.context.network.state())
        except (KeyError, ValueError):
            self.set_context(self.context, self.experiment)
            return
        self.last_check = self.last_update = None
        self._retrace()

    def next_page(self) -> None:
        self.go_to_page(self.page + 1)

    def previous_page(self) -> None:
        self.go_to_page(self.page - 1)

    def go_to_page(self, page: int) -> None:
        if not self.pages:
            return
        page = max(0, min(page, len(self.pages) - 1))
        if page == self.page and self.shown_values:
            return
        self.page = page
        self.last_check = None
        self._render()
        self._emit_highlight()

    @property
    def page_kind(self) -> tuple[str, int | None]:
        return self.pages[self.page] if self.pages else (FORWARD, None)

    @property
    def page_count(self) -> int:
        return len(self.pages)

    def set_neuron(self, unit: int) -> None:
        """Choose the neuron (from 0) the current forward or backward page writes out."""
        kind, layer = self.page_kind
        if layer is None:
            return
        units = self.network.layers[layer].units
        if not 0 <= unit < units:
            raise IndexError(f"neuron {unit} is not in a layer of {units}")
        self.neuron_choice.setValue(unit + 1)

    def set_weight(self, i: int, j: int, layer: int | None = None) -> None:
        """Choose the weight from input ``i`` to neuron ``j`` (from 0) of ``layer``
        (the current backward page's layer, or on the update page any layer)."""
        kind, page_layer = self.page_kind
        if kind == UPDATE and layer is not None:
            self.weight_layer.setCurrentIndex(layer)
        target = self._weight_layer_index()
        if target is None:
            return
        lt = self.network.layers[target]
        if not (0 <= i < lt.fan_in and 0 <= j < lt.units):
            raise IndexError(f"weight ({i}, {j}) is not in a layer of shape {lt.weights.shape}")
        self._weight[target] = (i, j)
        if kind == BACKWARD:
            self._neuron[target] = j
        self.last_check = None
        self._render()

    def check_gradient(self) -> tuple[float, float, float] | None:
        """Compare the chosen weight's backprop gradient with central differences;
        returns (numeric, analytic, relative difference) and shows them."""
        target = self._weight_layer_index()
        if target is None or self.trace is None:
            return None
        i, j = self._chosen_weight(target)
        numeric = stepthrough.finite_difference(self.network, self.x, self.y, self.loss, target, i, j, FD_STEP)
        analytic = float(self.trace.layers[target].grad_weights[i, j])
        self.last_check = (numeric, analytic, relative_difference(numeric, analytic))
        self._render()
        return self.last_check

    def apply_step(self) -> tuple[float, float] | None:
        """Take the step w ← w − η·∂L/∂w on the panel's copy; returns (old, new) loss."""
        if self.trace is None:
            return None
        target = self._weight_layer_index()
        if target is None:
            target = len(self.network.layers) - 1
        i, j = self._chosen_weight(target)
        eta = self.learning_rate.value()
        old_weight = float(self.network.layers[target].weights[i, j])
        old_loss = self.trace.loss_value
        gradient = float(self.trace.layers[target].grad_weights[i, j])
        new_loss = stepthrough.apply_update(self.network, self.trace, eta)
        new_weight = float(self.network.layers[target].weights[i, j])
        self.last_update = {
            "layer": target, "i": i, "j": j, "learning_rate": eta, "gradient": gradient,
            "old_weight": old_weight, "new_weight": new_weight, "old_loss": old_loss, "new_loss": new_loss,
        }
        self.last_check = None
        self._retrace(keep_update=True)
        return old_loss, new_loss

    # ------------------------------------------------------------------ the flow
    def play_flow(self, on: bool = True) -> None:
        """Light the diagram layer by layer, forward to the output and δ back to the first
        layer, :data:`FLOW_STEP_MS` a layer; ``on`` False stops it (the page's highlight again)."""
        self.flow_timer.stop()
        self._flow = []
        if on and self.network is not None:
            layers = range(len(self.network.layers))
            self._flow = [(k, FORWARD) for k in layers] + [(k, BACKWARD) for k in reversed(layers)]
            self._flow_step()
            self.flow_timer.start()
        elif self.pages:
            self._emit_highlight()
        if self.flow_button.isChecked() != self.flow_playing:
            self.flow_button.setChecked(self.flow_playing)

    @property
    def flow_playing(self) -> bool:
        return self.flow_timer.isActive()

    def _flow_step(self) -> None:
        if not self._flow:
            self.play_flow(False)  # done: back to the page's own highlight
            return
        layer, direction = self._flow.pop(0)
        self.highlight.emit(layer, direction)

    def refresh_highlight(self) -> None:
        """Send the current page's highlight again (the window, once the panel is in view)."""
        if self.pages and not self._flow:
            self._emit_highlight()

    # ------------------------------------------------------------------ keys
    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        """→ and ← turn pages while the focus is in the panel, and never reach the
        window, whose → trains an epoch: the panel claims them (ShortcutOverride) before
        the window's shortcut sees them. A number box keeps them for its cursor."""
        kind = event.type()
        if kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) and event.key() in PAGE_KEYS \
                and event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier):
            if kind == QEvent.Type.ShortcutOverride:
                event.accept()  # a key press for the panel, not the window's shortcut
                return not isinstance(watched, (QAbstractSpinBox, QLineEdit))  # (editors see it too)
            if isinstance(watched, (QAbstractSpinBox, QLineEdit)):
                return False  # the editor moves its cursor
            if self.pages:
                self.play_flow(False)
                self.go_to_page(self.page + PAGE_KEYS[event.key()])
            return True
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------------ Qt events
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self.pages:
            self._emit_highlight()

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().hideEvent(event)
        if self.pages:
            self.highlight.emit(None, FORWARD)

    # ------------------------------------------------------------------ texts
    def retranslate_ui(self) -> None:
        self.sample_caption.setText(self.tr("Sample:"))
        self.split_choice.setItemText(0, self.tr("training set"))
        self.split_choice.setItemText(1, self.tr("test set"))
        self.split_choice.setToolTip(self.tr("Take the sample from the training set or from the test set."))
        self.sample_index.setToolTip(self.tr(
            "Which sample (data point) to follow through one training step. You can also click a point "
            "in the decision map."
        ))
        self.sync_button.setText(self.tr("Use the current weights"))
        self.sync_button.setToolTip(self.tr(
            "The step-through works on its own copy of the network, so trying things here never "
            "disturbs training. Click to copy the network's newest weights into it."
        ))
        self.previous_button.setText(self.tr("◀ Back"))
        self.previous_button.setToolTip(self.tr("Go back one page."))
        self.next_button.setText(self.tr("Next ▶"))
        self.flow_button.setText(self.tr("Play the flow"))
        self.flow_button.setToolTip(self.tr(
            "Light up the diagram layer by layer: the signal forward to the output, then the "
            "error δ back to the first layer."
        ))
        self.next_button.setToolTip(self.tr(
            "Go on: forward through the layers, then the loss, then backward through the layers, "
            "then the update."
        ))
        self.phase_label.setToolTip(self.tr(
            "One training step has four phases: the forward pass computes the prediction, the loss "
            "measures how wrong it is, the backward pass finds how each weight changes the loss, and "
            "the update moves every weight a little downhill."
        ))
        self.neuron_caption.setText(self.tr("Neuron:"))
        self.neuron_choice.setToolTip(self.tr(
            "The neuron whose computation is written out below. You can also click its row in the table."
        ))
        self.table.setToolTip(self.tr("Every neuron of this layer. Click a row to write out its numbers."))
        self.weight_layer_caption.setText(self.tr("Layer:"))
        self.weight_layer.setToolTip(self.tr("The layer the weight leads into."))
        self.weight_from_caption.setText(self.tr("Weight from input i ="))
        self.weight_from.setToolTip(self.tr(
            "The neuron (or input feature) of the previous layer the weight comes from."
        ))
        self.weight_to_caption.setText(self.tr("to neuron j ="))
        self.weight_to.setToolTip(self.tr("The neuron of this layer the weight leads to."))
        self.check_button.setText(self.tr("Check with finite differences"))
        self.check_button.setToolTip(self.tr(
            "Nudge this one weight up and down by a tiny h, measure how the loss changes, and compare "
            "the slope (L(w + h) − L(w − h))/2h with the gradient backpropagation found. They should agree."
        ))
        self.rate_caption.setText(self.tr("Learning rate η ="))
        self.learning_rate.setToolTip(self.tr(
            "How big a step to take downhill. Only for this step-through: the training settings stay as they are."
        ))
        self.apply_button.setText(self.tr("Apply this step"))
        self.apply_button.setToolTip(self.tr(
            "Move every weight and bias of the panel's copy by −η·∂L/∂w, then compute this sample's "
            "loss again. For a small η it falls."
        ))
        self.formula_label.setToolTip(self.tr("The computation written out with this sample's numbers."))
        self.gradient_label.setToolTip(self.tr(
            "How much the loss changes when this one weight is nudged: the chain rule gives it as a product."
        ))
        self._set_labels_of_layers()
        if self.trace is not None:
            self._show_sample()
            self._show_notes()  # the notes too speak the new language
            self._render()
        else:
            self.phase_label.setText(self.tr("No network yet"))

    def _set_labels_of_layers(self) -> None:
        if self.network is None:
            return
        for k in range(self.weight_layer.count()):
            self.weight_layer.setItemText(k, self._layer_name(k))

    def _layer_name(self, layer: int) -> str:
        if layer == len(self.network.layers) - 1:
            return self.tr("output layer")
        return self.tr("hidden layer {number}").format(number=layer + 1)

    def _feature_name(self, i: int) -> str:
        names = self.context.dataset.feature_names
        return name(names[i]) if i < len(names) else f"x{_usub(i + 1)}"

    def _output_name(self, k: int) -> str:
        dataset = self.context.dataset
        if dataset.task == "classification":
            classes = dataset.class_names
            if self.network.output_dim == 1 and len(classes) == 2:
                return self.tr("P({name})").format(name=self._class_name(1))
            if k < len(classes):
                return self.tr("P({name})").format(name=self._class_name(k))
        elif k < len(dataset.target_names):
            return dataset.target_names[k]
        return self.tr("output {number}").format(number=k + 1)

    def _class_name(self, label: int) -> str:
        classes = self.context.dataset.class_names
        text = classes[label] if label < len(classes) else str(label)
        return self.tr("class {name}").format(name=text) if text.isdigit() else text

    # ------------------------------------------------------------------ sample and trace
    def _split_size(self, split: str) -> int:
        dataset = self.context.dataset
        return dataset.n_train if split == "train" else dataset.n_test

    def _load_sample(self, split: str, index: int) -> None:
        self.split, self.index = split, index
        self._building = True
        self.split_choice.setCurrentIndex(0 if split == "train" else 1)
        self.sample_index.setRange(1, max(1, self._split_size(split)))
        self.sample_index.setValue(index + 1)
        self._building = False
        dataset = self.context.dataset
        X = dataset.X_train if split == "train" else dataset.X_test
        labels = dataset.y_train if split == "train" else dataset.y_test
        dtype = self.network.dtype
        self.x = np.asarray(X[index], dtype=dtype)
        self.y = dataset.encode_targets(labels[index : index + 1], self.network.output_dim, dtype)[0]
        self.last_check = self.last_update = None
        self._show_sample()
        self._retrace()

    def _retrace(self, keep_update: bool = False) -> None:
        if not keep_update:
            self.last_update = None
        self.trace = stepthrough.trace_step(self.network, self.x, self.y, self.loss)
        self._show_notes()
        self._render()

    def _show_sample(self) -> None:
        dataset = self.context.dataset
        inputs = list_separator().join(
            f"{self._feature_name(i)} = {format_number(v)}" for i, v in enumerate(self.x)
        )
        labels = dataset.y_train if self.split == "train" else dataset.y_test
        if dataset.task == "classification":
            label = int(labels[self.index])
            color = colors.class_color(label)
            y = format_number(self.y[0]) if len(self.y) == 1 else "[" + list_separator().join(format_number(v) for v in self.y) + "]"
            target = self.tr("{name}, so y = {y}").format(
                name=f"<b style='color:{color}'>{self._class_name(label)}</b>", y=y
            )
        else:
            target = list_separator().join(f"y = {format_number(v)}" for v in self.y)
        self.sample_label.setText(self.tr("inputs {inputs} · target: {target}").format(inputs=inputs, target=target))
        self.sample_label.setToolTip(self.tr(
            "The sample's input features (what the network sees) and its target (the right answer, "
            "encoded as the loss needs it)."
        ))

    def _show_notes(self) -> None:
        notes = []
        trace, experiment = self.trace, self.experiment
        if trace.uses_running_statistics:
            notes.append(self.tr(
                "This network uses batch normalization. With a single sample a batch's mean is that sample "
                "and its variance 0, so every neuron would be normalised to 0. The step-through therefore "
                "uses batch norm's running mean μ and variance σ² (as when predicting): it then scales and "
                "shifts each neuron, z′ = γ·(z − μ)/√(σ² + ε) + β."
            ))
        if trace.dropout_ignored:
            notes.append(self.tr(
                "Dropout is off in the step-through: its random choice of neurons would change the "
                "numbers at every click."
            ))
        if trace.dtype == np.float32:
            notes.append(self.tr(
                "This network computes in single precision (float32, about 7 digits), so the "
                "finite-difference check, which computes in float64, agrees only to about 3 or 4 digits."
            ))
        training = experiment.get("training", {})
        if training.get("regularization", "none") != "none" and training.get("regularization_rate", 0.0) > 0:
            notes.append(self.tr(
                "The {name} penalty on the weights is left out: the loss here is this one sample's error."
            ).format(name=name(training["regularization"])))
        if training.get("optimizer", "sgd") != "sgd":
            notes.append(self.tr(
                "Training uses {name}; this step is plain gradient descent, w ← w − η·∂L/∂w, so every "
                "number can be followed."
            ).format(name=name(training["optimizer"])))
        label = self.tr("Note:")
        self.notes_label.setText("<br>".join(f"<b>{label}</b> <i>{note}</i>" for note in notes))
        self.notes_label.setVisible(bool(notes))

    # ------------------------------------------------------------------ user input
    def _split_changed(self, _index: int) -> None:
        if self._building or self.context is None:
            return
        split = self.split_choice.currentData()
        if self._split_size(split) == 0:
            return
        self._load_sample(split, 0)

    def _sample_changed(self, value: int) -> None:
        if self._building or self.context is None:
            return
        self._load_sample(self.split, value - 1)

    def _neuron_changed(self, value: int) -> None:
        if self._building:
            return
        kind, layer = self.page_kind
        if layer is None:
            return
        self._neuron[layer] = value - 1
        if kind == BACKWARD:
            i, _ = self._chosen_weight(layer)
            self._weight[layer] = (i, value - 1)
            self.last_check = None
        self._render()

    def _weight_layer_changed(self, index: int) -> None:
        if self._building or index < 0:
            return
        self._update_layer = index
        self.last_check = None
        self._render()

    def _weight_changed(self, _value: int) -> None:
        if self._building:
            return
        target = self._weight_layer_index()
        if target is None:
            return
        self._weight[target] = (self.weight_from.value() - 1, self.weight_to.value() - 1)
        kind, _layer = self.page_kind
        if kind == BACKWARD:
            self._neuron[target] = self.weight_to.value() - 1
        self.last_check = None
        self._render()

    def _rate_refused(self, sentence: str) -> None:
        self.result_label.setText(html.escape(sentence))
        self.invalid_input.emit(sentence)

    def _rate_changed(self, _value: float) -> None:
        if not self._building and self.page_kind[0] == UPDATE:
            self._render()

    def _table_clicked(self, row: int, _column: int) -> None:
        kind, layer = self.page_kind
        if kind in (FORWARD, BACKWARD):
            self.neuron_choice.setValue(row + 1)
        elif kind == UPDATE:
            self.weight_from.setValue(row + 1)

    def _weight_layer_index(self) -> int | None:
        kind, layer = self.page_kind
        if kind == BACKWARD:
            return layer
        if kind == UPDATE:
            return self._update_layer
        return None

    def _chosen_weight(self, layer: int) -> tuple[int, int]:
        if layer not in self._weight:
            self._weight[layer] = (0, self._neuron.get(layer, 0))
        return self._weight[layer]

    def _emit_highlight(self) -> None:
        kind, layer = self.page_kind
        if kind == FORWARD:
            self.highlight.emit(layer, FORWARD)
        elif kind == BACKWARD:
            self.highlight.emit(layer, BACKWARD)
        else:
            self.highlight.emit(None, FORWARD)

    # ------------------------------------------------------------------ rendering
    def _render(self) -> None:
        if self.trace is None or not self.pages:
            return
        self.shown_values = {}
        kind, layer = self.page_kind
        phase = {FORWARD: 1, LOSS: 2, BACKWARD: 3, UPDATE: 4}[kind]
        phase_name = {
            FORWARD: self.tr("Forward pass"), LOSS: self.tr("Loss"), BACKWARD: self.tr("Backward pass"),
            UPDATE: self.tr("Update"),
        }[kind]
        title = self.tr("Step {number} of 4: {phase}").format(number=phase, phase=phase_name)
        if layer is not None:
            title += " — " + self._layer_title(layer)
        self.phase_label.setText(title)
        self.page_counter.setText(self.tr("page {page} of {count}").format(page=self.page + 1, count=len(self.pages)))
        self.previous_button.setEnabled(self.page > 0)
        self.next_button.setEnabled(self.page < len(self.pages) - 1)
        self.neuron_row.setVisible(kind in (FORWARD, BACKWARD))
        self.weight_box.setVisible(kind in (BACKWARD, UPDATE))
        self.weight_layer_caption.setVisible(kind == UPDATE)
        self.weight_layer.setVisible(kind == UPDATE)
        self.check_row.setVisible(kind == BACKWARD)
        self.gradient_label.setVisible(kind == BACKWARD)
        self.update_row.setVisible(kind == UPDATE)
        self.result_label.setVisible(kind == UPDATE and self.last_update is not None)
        if kind in (FORWARD, BACKWARD):
            units = self.network.layers[layer].units
            unit = min(self._neuron.get(layer, 0), units - 1)
            self._neuron[layer] = unit
            self._building = True
            self.neuron_choice.setRange(1, units)
            self.neuron_choice.setValue(unit + 1)
            self._building = False
        if kind == FORWARD:
            self._render_forward(layer, self._neuron[layer])
        elif kind == LOSS:
            self._render_loss()
        elif kind == BACKWARD:
            self._render_backward(layer, self._neuron[layer])
            self._render_weight(layer)
        else:
            self._render_update()

    def _layer_title(self, layer: int) -> str:
        lt = self.network.layers[layer]
        activation = name(lt.activation) + (self.tr(" + batch norm") if lt.batch_norm else "")
        return self.tr("layer {number} of {count}: {layer} ({units}, {activation})").format(
            number=layer + 1, count=len(self.network.layers), layer=self._layer_name(layer),
            units=self.tr("%n neuron(s)", "", lt.units), activation=activation,
        )

    def _fill_table(self, headers: list[str], rows: list[list[str]], row_names: list[str], current: int | None) -> None:
        table = self.table
        table.clear()
        table.setColumnCount(len(headers) + 1)
        table.setRowCount(len(rows))
        table.setHorizontalHeaderLabels([""] + headers)
        for r, (row_name, row) in enumerate(zip(row_names, rows)):
            item = QTableWidgetItem(row_name)
            table.setItem(r, 0, item)
            for c, text in enumerate(row, start=1):
                cell = QTableWidgetItem(text)
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(r, c, cell)
        if current is not None and 0 <= current < len(rows):
            table.selectRow(current)
            table.scrollToItem(table.item(current, 0))
        # Wide enough for every column: the numbers are the point of the table.
        table.resizeColumnsToContents()
        width = sum(table.columnWidth(c) for c in range(table.columnCount()))
        width += table.verticalScrollBar().sizeHint().width() + 2 * table.frameWidth() + 6
        table.setMinimumWidth(min(max(width, 200), 620))

    def _input_name(self, layer: int, i: int) -> str:
        if layer == 0:
            symbol, feature = f"x{_usub(i + 1)}", self._feature_name(i)
            return symbol if feature == symbol else f"{symbol} ({feature})"
        return self.tr("neuron {number}").format(number=i + 1)

    def _unit_names(self, layer: int) -> list[str]:
        units = self.network.layers[layer].units
        if layer == len(self.network.layers) - 1:
            return [f"{k + 1}: {self._output_name(k)}" for k in range(units)]
        return [self.tr("neuron {number}").format(number=k + 1) for k in range(units)]

    # .................................................................. forward
    def _a_symbol(self, number: int, i: int | str) -> str:
        """aᵢ of layer ``number`` (0 the inputs x, the last the outputs ŷ), with the
        layer as superscript for hidden layers."""
        if number == 0:
            return _sub("x", i)
        if number == len(self.network.layers):
            return _sub("ŷ", i)
        return _sub("a", i, layer=number)

    def _input_symbol(self, layer: int, i: int | str) -> str:
        return self._a_symbol(layer, i)

    def _output_symbol(self, layer: int, j: int | str) -> str:
        return self._a_symbol(layer + 1, j)

    def _delta_symbol(self, layer: int, j: int | str, prime: bool = False) -> str:
        return _sub("δ′" if prime else "δ", j, layer=layer + 1)

    def _render_forward(self, layer: int, unit: int) -> None:
        trace = self.trace
        lt = trace.layers[layer]
        last = layer == len(trace.layers) - 1
        a_name = "ŷ" if last else "a"
        if lt.batch_norm:
            headers = ["z = Σ w·a + b", "z′ (batch norm)", f"{a_name} = {self._f_name(lt.activation)}(z′)"]
            rows = [[format_number(lt.z_linear[k]), format_number(lt.z[k]), format_number(lt.a[k])] for k in range(lt.units)]
        else:
            headers = ["z = Σ w·a + b", f"{a_name} = {self._f_name(lt.activation)}(z)"]
            rows = [[format_number(lt.z[k]), format_number(lt.a[k])] for k in range(lt.units)]
        self._fill_table(headers, rows, self._unit_names(layer), unit)
        source = self.tr("the inputs x of the sample") if layer == 0 else self.tr(
            "the outputs a of the previous layer")
        self.intro_label.setText(self.tr(
            "Each neuron multiplies {source} by its weights, adds them up with its bias b, and passes "
            "the sum z through its activation function."
        ).format(source=source))

        terms = stepthrough.forward_terms(trace, layer, unit)
        n = unit + 1
        z_sym = _sub("z", n)
        products = [f"{_sub('w', i + 1, n)}·{self._input_symbol(layer, i + 1)}" for i in range(lt.fan_in)]
        if len(products) > 4:
            products = products[:2] + ["…"] + products[-1:]
        lines = [f"{z_sym} = " + " + ".join(products + [_sub("b", n)])]
        numbers = " + ".join(f"{_p(w)}·{_p(a)}" for w, a in terms.terms)
        lines.append(f"{z_sym} = {numbers} + {_p(terms.bias)} = <b>{format_number(terms.weighted_sum)}</b>")
        act_in = z_sym
        if terms.batch_norm is not None:
            mean, var, gamma, beta, x_hat = terms.batch_norm
            hat = _sub("ẑ", n)
            lines.append(
                f"{hat} = ({z_sym} − {_sub('μ', n)})/√({_sub('σ', n)}² + ε) = "
                f"({format_number(terms.weighted_sum)} − {_pn(mean)})/√({format_number(var)} + ε) = "
                f"{format_number(x_hat)}"
            )
            act_in = _sub("z′", n)
            lines.append(
                f"{act_in} = {_sub('γ', n)}·{hat} + {_sub('β', n)} = {_p(gamma)}·{_p(x_hat)} + {_p(beta)} = "
                f"<b>{format_number(terms.z)}</b>"
            )
        lines.append(self._activation_line(layer, unit, act_in, terms.z, terms.a))
        self.formula_label.setText("".join(f"<p style='margin:0 0 6px 0'>{line}</p>" for line in lines) + self._legend(layer))
        self.shown_values = {
            "kind": FORWARD, "layer": layer, "unit": unit, "terms": terms.terms, "bias": terms.bias,
            "z": terms.weighted_sum, "activation_input": terms.z, "a": terms.a,
        }

    def _legend(self, layer: int, backward: bool = False) -> str:
        """A small line saying what the symbols mean."""
        parts = []
        if layer == 0 and not backward:
            pairs = [(f"x{_usub(i + 1)}", self._feature_name(i)) for i in range(self.network.input_dim)]
            if any(symbol != feature for symbol, feature in pairs):
                parts.append(", ".join(f"{symbol} = {feature}" for symbol, feature in pairs))
        parts.append(self.tr("{w} is the weight from {i} (previous layer) to neuron {j} (this layer).").format(
            w=_sub("w", "i,j"), i="i", j="j"))
        if len(self.network.layers) > 1:
            parts.append(self.tr(
                "A superscript tells the layer: {a} is neuron 2 of hidden layer 1; x are the inputs and ŷ "
                "the outputs."
            ).format(a=_sub("a", 2, layer=1)))
        return "<p style='font-size:small'>" + "<br>".join(parts) + "</p>"

    @staticmethod
    def _f_name(activation: str) -> str:
        return {"sigmoid": "σ", "relu": "ReLU", "leaky_relu": "LeakyReLU", "linear": "f"}.get(activation, activation)

    def _activation_line(self, layer: int, unit: int, z_sym: str, z: float, a: float) -> str:
        lt = self.trace.layers[layer]
        n = unit + 1
        a_sym = self._output_symbol(layer, n)
        act = lt.activation
        result = f"<b>{format_number(a)}</b>"
        if act == "tanh":
            return f"{a_sym} = tanh({z_sym}) = tanh({format_number(z)}) = {result}"
        if act == "sigmoid":
            return f"{a_sym} = σ({z_sym}) = 1/(1 + e<sup>{format_number(-z)}</sup>) = {result}"
        if act == "relu":
            return f"{a_sym} = max(0, {z_sym}) = max(0, {format_number(z)}) = {result}"
        if act == "leaky_relu":
            if z > 0:
                return f"{a_sym} = {z_sym} = {result}  " + self.tr("(because {z} > 0)").format(z=z_sym)
            slope = format_number(LEAKY_SLOPE)  # "0,01" in Indonesian
            return f"{a_sym} = {slope}·{z_sym} = {slope}·{_p(z)} = {result}  " + self.tr("(because {z} ≤ 0)").format(z=z_sym)
        if act == "linear":
            return f"{a_sym} = {z_sym} = {result}"
        if act == "softmax":
            exps = " + ".join(f"e<sup>{format_number(v)}</sup>" for v in lt.z)
            return (
                f"{a_sym} = e<sup>{z_sym}</sup> / Σ<sub>k</sub> e<sup>z<sub>k</sub></sup> = "
                f"e<sup>{format_number(z)}</sup> / ({exps}) = {result}"
            )
        return f"{a_sym} = {act}({z_sym}) = {result}"

    # .................................................................. loss
    def _render_loss(self) -> None:
        trace = self.trace
        terms = stepthrough.loss_terms(trace)
        k_count = len(terms.pairs)
        logits = trace.logits
        loss = trace.loss
        rows = []
        for k, (p, t) in enumerate(terms.pairs):
            if loss == "mse":
                term = (p - t) ** 2
            elif loss == "cross_entropy":
                term = -t * math.log(p) if t != 0 else 0.0
            else:
                term = float(np.logaddexp(0.0, logits[k]) - logits[k] * t)  # −[y log ŷ + (1−y) log(1−ŷ)]
            rows.append([format_number(p), format_number(t), format_number(term)])
        self._fill_table(["ŷ", "y", self.tr("loss term")], rows, self._unit_names(len(trace.layers) - 1), None)
        value = f"<b>{format_number(terms.value)}</b>"
        n = terms.mean_count
        lines = []
        if loss == "mse":
            self.intro_label.setText(self.tr(
                "The mean squared error compares each output ŷ with its target y: the squared "
                "differences, averaged over the {count} output(s)."
            ).format(count=k_count))
            squares = [f"({format_number(p)} − {_pn(t)})²" for p, t in terms.pairs]
            if k_count == 1:
                lines.append("L = (ŷ − y)²")
                lines.append(f"L = {squares[0]} = {value}")
            else:
                lines.append(f"L = (1/N)·Σ<sub>k</sub> (ŷ<sub>k</sub> − y<sub>k</sub>)²,  N = {n}")
                lines.append(f"L = (1/{n})·[{' + '.join(squares)}] = {value}")
        elif loss == "binary_cross_entropy":
            self.intro_label.setText(self.tr(
                "Binary cross-entropy: −ln of the probability the network gave to the right answer. "
                "It is small when ŷ is close to y and grows without bound for confident mistakes."
            ))
            brackets = []
            for k, (p, t) in enumerate(terms.pairs):
                q = float(0.5 * (1.0 + np.tanh(-0.5 * logits[k])))  # 1 − ŷ, accurately
                brackets.append(f"[{format_number(t)}·ln({format_number(p)}) + {format_number(1 - t)}·ln({format_number(q)})]")
            if k_count == 1:
                lines.append("L = −[y·ln ŷ + (1 − y)·ln(1 − ŷ)]")
                lines.append(f"L = −{brackets[0]} = {value}")
            else:
                lines.append(
                    f"L = −(1/N)·Σ<sub>k</sub> [y<sub>k</sub>·ln ŷ<sub>k</sub> + (1 − y<sub>k</sub>)·"
                    f"ln(1 − ŷ<sub>k</sub>)],  N = {n}"
                )
                lines.append(f"L = −(1/{n})·({' + '.join(brackets)}) = {value}")
        else:
            self.intro_label.setText(self.tr(
                "Cross-entropy: −ln of the probability the softmax gave to the right class. Only the "
                "target class counts, because the other targets are 0."
            ))
            parts = [f"{format_number(t)}·ln({format_number(p)})" for p, t in terms.pairs]
            lines.append("L = −Σ<sub>k</sub> y<sub>k</sub>·ln ŷ<sub>k</sub>")
            lines.append(f"L = −[{' + '.join(parts)}] = {value}")
            hot = [k for k, (_p_, t) in enumerate(terms.pairs) if t == 1.0]
            if len(hot) == 1 and all(t in (0.0, 1.0) for _p_, t in terms.pairs):
                k = hot[0]
                lines.append(f"L = −ln {_sub('ŷ', k + 1)} = −ln({format_number(terms.pairs[k][0])}) = {value}")
        self.formula_label.setText("".join(f"<p style='margin:0 0 6px 0'>{line}</p>" for line in lines))
        self.shown_values = {"kind": LOSS, "loss": terms.value, "pairs": terms.pairs, "mean_count": n}

    # .................................................................. backward
    def _render_backward(self, layer: int, unit: int) -> None:
        trace = self.trace
        lt = trace.layers[layer]
        last = layer == len(trace.layers) - 1
        n = unit + 1
        if last:
            if trace.fused:
                headers = ["ŷ", "y", "δ = ∂L/∂z"]
                rows = [[format_number(trace.outputs[k]), format_number(trace.y[k]), format_number(lt.delta[k])]
                        for k in range(lt.units)]
            else:
                headers = ["ŷ", "y", "ŷ(1 − ŷ)" if lt.activation == "softmax" else "f′(z)", "δ = ∂L/∂z"]
                rows = [[format_number(trace.outputs[k]), format_number(trace.y[k]), format_number(lt.fprime[k]),
                         format_number(lt.delta[k])] for k in range(lt.units)]
            self.intro_label.setText(self.tr(
                "Backpropagation starts at the output: δ = ∂L/∂z says how much the loss changes when an "
                "output neuron's z is nudged. Negative δ: increasing z lowers the loss."
            ))
        else:
            nxt = trace.layers[layer + 1]
            sums = nxt.weights @ nxt.delta_linear
            if lt.batch_norm:
                headers = ["f′(z′)", "Σₖ wⱼₖ·δₖ", "δ′ = ∂L/∂z′", "δ = ∂L/∂z"]
                rows = [[format_number(lt.fprime[k]), format_number(sums[k]), format_number(lt.delta[k]),
                         format_number(lt.delta_linear[k])] for k in range(lt.units)]
            else:
                headers = ["f′(z)", "Σₖ wⱼₖ·δₖ", "δ = ∂L/∂z"]
                rows = [[format_number(lt.fprime[k]), format_number(sums[k]), format_number(lt.delta[k])]
                        for k in range(lt.units)]
            self.intro_label.setText(self.tr(
                "A hidden neuron affects the loss only through the neurons of the next layer. Its δ "
                "collects their δs, each weighted by the connecting weight, times the slope of its own activation."
            ))
        self._fill_table(headers, rows, self._unit_names(layer), unit)

        terms = stepthrough.delta_terms(trace, layer, unit)
        d_sym = self._delta_symbol(layer, n)
        z_sym = _sub("z", n)
        lines = []
        if terms.kind == "fused":
            y_hat, y, count = terms.y_hat, terms.y, terms.mean_count
            if count == 1:
                sym = _sub("δ", layer=layer + 1) if lt.units == 1 else d_sym
                yh, yy = ("ŷ", "y") if lt.units == 1 else (_sub("ŷ", n), _sub("y", n))
                lines.append(f"{sym} = ∂L/∂{'z' if lt.units == 1 else z_sym} = {yh} − {yy} = "
                             f"{format_number(y_hat)} − {_pn(y)} = <b>{format_number(terms.delta)}</b>")
            else:
                lines.append(f"{d_sym} = ∂L/∂{z_sym} = ({_sub('ŷ', n)} − {_sub('y', n)})/N = "
                             f"({format_number(y_hat)} − {_pn(y)})/{count} = <b>{format_number(terms.delta)}</b>")
            if trace.loss == "binary_cross_entropy":
                why = self.tr(
                    "Why so simple? By the chain rule ∂L/∂z = ∂L/∂ŷ·∂ŷ/∂z = (ŷ − y)/(ŷ(1 − ŷ))·ŷ(1 − ŷ): "
                    "the sigmoid's slope ŷ(1 − ŷ) cancels, leaving prediction minus target."
                )
            else:
                why = self.tr(
                    "Why so simple? The slopes of the softmax and of −ln cancel when the chain rule "
                    "multiplies them, leaving predicted probability minus target."
                )
            if terms.mean_count > 1:
                why += " " + self.tr("The loss is the mean over the N = {count} outputs, hence the /N.").format(
                    count=terms.mean_count)
            lines.append(f"<span style='font-size:small'>{why}</span>")
        elif terms.kind == "mse":
            count = terms.mean_count
            lines.append(f"{d_sym} = ∂L/∂{z_sym} = ∂L/∂{_sub('ŷ', n)}·f′({z_sym}) = (2/N)·({_sub('ŷ', n)} − {_sub('y', n)})·f′({z_sym})")
            lines.append(self._fprime_line(layer, unit))
            lines.append(f"{d_sym} = (2/{count})·({format_number(terms.y_hat)} − {_pn(terms.y)})·"
                         f"{_p(terms.fprime)} = <b>{format_number(terms.delta)}</b>")
            lines.append("<span style='font-size:small'>" + self.tr(
                "The squared error's slope is (2/N)·(ŷ − y); the chain rule multiplies it by the slope of "
                "the output activation."
            ) + "</span>")
        elif terms.kind == "mse_softmax":
            count = terms.mean_count
            lines.append(f"g<sub>k</sub> = ∂L/∂ŷ<sub>k</sub> = (2/N)·(ŷ<sub>k</sub> − y<sub>k</sub>),  N = {count}")
            lines.append(f"{d_sym} = {_sub('ŷ', n)}·({_sub('g', n)} − Σ<sub>m</sub> ŷ<sub>m</sub>·g<sub>m</sub>)")
            g_n = (2.0 / count) * (terms.y_hat - terms.y)
            parts = " + ".join(f"{_p(p)}·{_p(g)}" for p, g in terms.terms)
            lines.append(f"{d_sym} = {_p(terms.y_hat)}·({format_number(g_n)} − [{parts}]) = <b>{format_number(terms.delta)}</b>")
            lines.append("<span style='font-size:small'>" + self.tr(
                "Every softmax output depends on every z, so the chain rule sums over all outputs."
            ) + "</span>")
        else:
            z_act = _sub("z′", n) if lt.batch_norm else z_sym
            d_act = self._delta_symbol(layer, n, prime=True) if lt.batch_norm else d_sym
            ks = [k + 1 for k in range(len(terms.terms))]
            up = layer + 2
            nxt_symbol = [f"{_sub('w', n, k, layer=up)}·{_sub('δ', k, layer=up)}" for k in ks]
            if len(nxt_symbol) > 4:
                nxt_symbol = nxt_symbol[:2] + ["…"] + nxt_symbol[-1:]
            lines.append(f"{d_act} = ∂L/∂{z_act} = f′({z_act})·Σ<sub>k</sub> {_sub('w', n, 'k', layer=up)}·"
                         f"{_sub('δ', 'k', layer=up)} = f′({z_act})·({' + '.join(nxt_symbol)})")
            lines.append(self._fprime_line(layer, unit))
            total = sum(w * d for w, d in terms.terms)
            parts = " + ".join(f"{_p(w)}·{_p(d)}" for w, d in terms.terms)
            lines.append(f"{d_act} = {_p(terms.fprime)}·[{parts}]")
            lines.append(f"{d_act} = {_p(terms.fprime)}·{_p(total)} = <b>{format_number(terms.delta)}</b>")
            if lt.batch_norm:
                lines.append(
                    f"{d_sym} = ∂L/∂{z_sym} = {d_act}·{_sub('γ', n)}/√({_sub('σ', n)}² + ε) = "
                    f"{_p(terms.delta)}·{_p(terms.bn_scale)} = <b>{format_number(terms.delta_linear)}</b>"
                )
                lines.append("<span style='font-size:small'>" + self.tr(
                    "With the running statistics fixed, batch norm just multiplies z by γ/√(σ² + ε), so the "
                    "chain rule multiplies δ by the same factor."
                ) + "</span>")
            lines.append("<span style='font-size:small'>" + self.tr(
                "{delta} are the δs of the next layer ({layer}), found on the previous page."
            ).format(delta=_sub("δ", "k", layer=layer + 2), layer=self._layer_name(layer + 1)) + "</span>")
        self.formula_label.setText(
            "".join(f"<p style='margin:0 0 6px 0'>{line}</p>" for line in lines) + self._legend(layer, True))
        self.shown_values = {
            "kind": BACKWARD, "layer": layer, "unit": unit, "delta": terms.delta, "delta_linear": terms.delta_linear,
            "delta_kind": terms.kind, "fprime": terms.fprime, "terms": terms.terms,
        }

    def _fprime_line(self, layer: int, unit: int) -> str:
        lt = self.trace.layers[layer]
        n = unit + 1
        z_sym = _sub("z′" if lt.batch_norm else "z", n)
        a_sym = self._output_symbol(layer, n)
        z, a, d = float(lt.z[unit]), float(lt.a[unit]), float(lt.fprime[unit])
        act = lt.activation
        result = format_number(d)
        if act == "tanh":
            return f"f′({z_sym}) = 1 − ({a_sym})² = 1 − {_p(a)}² = {result}"
        if act == "sigmoid":
            return f"f′({z_sym}) = {a_sym}·(1 − {a_sym}) = {_p(a)}·(1 − {format_number(a)}) = {result}"
        if act in ("relu", "leaky_relu"):
            if z > 0:
                return f"f′({z_sym}) = 1  " + self.tr("because {z} = {value} > 0").format(z=z_sym, value=format_number(z))
            low = "0" if act == "relu" else "0.01"
            return f"f′({z_sym}) = {low}  " + self.tr("because {z} = {value} ≤ 0").format(z=z_sym, value=format_number(z))
        if act == "linear":
            return f"f′({z_sym}) = 1"
        return f"f′({z_sym}) = {result}"

    def _render_weight(self, layer: int) -> None:
        lt = self.trace.layers[layer]
        self._render_weight_chooser_only(layer)
        i, j = self._weight[layer]
        self.weight_box.setTitle(self.tr("The gradient of one weight of this layer"))
        a, delta, product = stepthrough.weight_gradient_terms(self.trace, layer, i, j)
        ni, nj = i + 1, j + 1
        w = _sub("w", ni, nj)
        a_sym = self._input_symbol(layer, ni)
        lines = [
            f"∂L/∂{w} = ∂L/∂{_sub('z', nj)} · ∂{_sub('z', nj)}/∂{w} = {self._delta_symbol(layer, nj)} · {a_sym} = "
            f"{_p(delta)}·{_p(a)} = <b>{format_number(product)}</b>",
            f"∂L/∂{_sub('b', nj)} = {self._delta_symbol(layer, nj)} · 1 = {format_number(lt.grad_bias[j])}",
            "<span style='font-size:small'>" + self.tr(
                "{z} contains the term {w}·{a}, so nudging {w} changes {z} by {a} times the nudge: "
                "∂{z}/∂{w} = {a}. The bias is added with factor 1."
            ).format(z=_sub("z", nj), w=w, a=a_sym) + "</span>",
        ]
        if layer == 0 and self._feature_name(i) != f"x{_usub(i + 1)}":
            lines[-1] = lines[-1].replace("</span>", " " + self.tr("Here {a} is the input {name}.").format(
                a=a_sym, name=self._feature_name(i)) + "</span>")
        self.gradient_label.setText("".join(f"<p style='margin:0 0 6px 0'>{line}</p>" for line in lines))
        self.shown_values.update({
            "gradient.layer": layer, "gradient.i": i, "gradient.j": j, "gradient.a": a, "gradient.delta": delta,
            "gradient": product, "gradient.bias": float(lt.grad_bias[j]),
        })
        if self.last_check is not None:
            numeric, analytic, relative = self.last_check
            tolerance = AGREEMENT if self.network.dtype == np.float64 else AGREEMENT_FLOAT32
            agree = relative < tolerance or abs(numeric - analytic) < 1e-9
            verdict = self.tr("they agree ✓") if agree else self.tr("they differ ✗")
            color = colors.POSITIVE if agree else colors.TEST_COLOR
            self.check_label.setText(self.tr(
                "finite differences (L(w + h) − L(w − h))/2h with h = {h}: <b>{numeric}</b><br>"
                "backpropagation: <b>{analytic}</b><br>relative difference: {relative} — "
                "<b style='color:{color}'>{verdict}</b>"
            ).format(
                h=format_number(FD_STEP), numeric=format_number(numeric, 7), analytic=format_number(analytic, 7),
                relative=format_number(relative, 2), color=color, verdict=verdict,
            ))
            self.shown_values.update({"check.numeric": numeric, "check.analytic": analytic, "check.relative": relative})
        else:
            self.check_label.setText("")

    # .................................................................. update
    def _render_update(self) -> None:
        target = self._update_layer
        lt = self.trace.layers[target]
        self._building = True
        self.weight_layer.setCurrentIndex(target)
        self._building = False
        self._render_weight_chooser_only(target)
        i, j = self._weight[target]
        eta = self.learning_rate.value()
        self.weight_box.setTitle(self.tr("Gradient descent: every weight takes a small step downhill"))
        self.intro_label.setText(self.tr(
            "Each weight moves against its gradient: if the loss grows when w grows (∂L/∂w > 0), w "
            "shrinks, and the other way round. All weights and biases move at the same time, each by "
            "−η times its own gradient. The table shows the weights into neuron {j} of the {layer}."
        ).format(j=j + 1, layer=self._layer_name(target)))
        rows = []
        for r in range(lt.fan_in):
            w, g = float(lt.weights[r, j]), float(lt.grad_weights[r, j])
            rows.append([format_number(w), format_number(g), format_number(w - eta * g)])
        names = [self.tr("from {source}").format(source=self._input_name(target, r)) for r in range(lt.fan_in)]
        self._fill_table([self.tr("w now"), "∂L/∂w", self.tr("w after")], rows, names, i)
        w, g = float(lt.weights[i, j]), float(lt.grad_weights[i, j])
        new = w - eta * g
        ws = _sub("w", i + 1, j + 1)
        b, gb = float(lt.bias[j]), float(lt.grad_bias[j])
        lines = [
            f"{ws} ← {ws} − η·∂L/∂{ws}",
            f"{ws} ← {_p(w)} − {_p(eta)}·{_p(g)} = <b>{format_number(new)}</b>",
            f"{_sub('b', j + 1)} ← {_p(b)} − {_p(eta)}·{_p(gb)} = {format_number(b - eta * gb)}",
        ]
        self.formula_label.setText("".join(f"<p style='margin:0 0 6px 0'>{line}</p>" for line in lines))
        self.shown_values = {
            "kind": UPDATE, "layer": target, "i": i, "j": j, "weight": w, "gradient": g, "learning_rate": eta,
            "new_weight": new, "loss": self.trace.loss_value,
        }
        update = self.last_update
        if update is not None:
            lower = update["new_loss"] < update["old_loss"]
            verdict = self.tr("it fell ✓") if lower else self.tr("it did not fall: try a smaller η")
            color = colors.POSITIVE if lower else colors.TEST_COLOR
            wu = _sub("w", update["i"] + 1, update["j"] + 1)
            self.result_label.setText(self.tr(
                "Step taken ({layer}). {w}: {old_w} → <b>{new_w}</b><br>"
                "loss on this sample: {old_l} → <b>{new_l}</b> — <b style='color:{color}'>{verdict}</b><br>"
                "<span style='font-size:small'>Every page now shows the new weights: press again for "
                "another step.</span>"
            ).format(
                layer=self._layer_name(update["layer"]), w=wu, old_w=format_number(update["old_weight"]),
                new_w=format_number(update["new_weight"]), old_l=format_number(update["old_loss"]),
                new_l=format_number(update["new_loss"]), color=color, verdict=verdict,
            ))
            self.shown_values.update({f"applied.{key}": value for key, value in update.items()})
        else:
            self.result_label.setText("")

    def _render_weight_chooser_only(self, layer: int) -> None:
        lt = self.trace.layers[layer]
        i, j = self._chosen_weight(layer)
        i, j = min(i, lt.fan_in - 1), min(j, lt.units - 1)
        self._weight[layer] = (i, j)
        self._building = True
        self.weight_from.setRange(1, lt.fan_in)
        self.weight_to.setRange(1, lt.units)
        self.weight_from.setValue(i + 1)
        self.weight_to.setValue(j + 1)
        self._building = False
