"""The network diagram: neurons as circles, weights as lines between them.

Columns run from the inputs on the left through the hidden layers to the outputs on
the right. A line's colour is the sign of its weight (blue positive, orange negative,
as everywhere in the app) and its thickness is |w| divided by the largest |w| in the
whole network. The small square at each neuron's lower left is its bias, coloured the
same way (its shade grows with |b| relative to the largest bias).

Drawing stays cheap while training: the scene is built once per run (``set_context``)
and a snapshot only changes the pens of lines whose colour or (quantised) width
changed. Tooltips are worked out when asked for, from the newest weights, so no text
is formatted per snapshot.

Wide layers are collapsed: a column with more than ``COLLAPSE_LEVELS[0][0]`` neurons
shows its first and last few neurons (first and last by index, so a neuron keeps its
place while training) around a "⋮ N more" marker; the hidden neurons' lines are not
drawn. If the drawing would still hold more than ``EDGE_BUDGET`` lines (many layers),
every column is collapsed further.

For data in the plane (toy data sets with two raw coordinates) a click on a neuron
shows, in a panel beside the diagram, what it computes over [−6, 6]²; small networks
(at most ``MAX_THUMBNAIL_UNITS`` neurons per column) also get such a picture inside
every neuron, as TensorFlow Playground draws them.

The same panel changes the weights by hand: a click on a hidden or output neuron shows a
box for each weight coming into it (at most ``MAX_EDIT_ROWS``) and for its bias; a click
on a line shows its neuron with that weight's box ready to type in. A value typed (or
nudged with the wheel) is sent as ``parameter_edited(Parameter, value)``; the window
applies it to the run (see ``Session.edit_parameter``) and the next frame shows it.
"""

from __future__ import annotations

import time

import numpy as np
from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush, QColor, QFont, QFontInfo, QImage, QMouseEvent, QPainter, QPainterPath, QPalette, QPen, QPixmap,
    QResizeEvent, QTransform,
)
from PySide6.QtWidgets import (
    QFrame, QGraphicsEllipseItem, QGridLayout, QGraphicsItem, QGraphicsLineItem, QGraphicsPathItem,
    QGraphicsPixmapItem, QGraphicsRectItem, QGraphicsScene, QGraphicsSimpleTextItem, QGraphicsView,
    QHBoxLayout, QLabel, QScrollArea, QSizePolicy, QToolButton, QToolTip, QVBoxLayout, QWidget,
)

from ...core.network import Network
from ...core.trainer import Snapshot
from ...data.plane import picture_rows, plane_grid
from .. import colors, names
from ..hand_edits import Parameter, ParameterBox
from ..numbers import SUBSCRIPTS, format_number
from .base import View, ViewContext

# ---------------------------------------------------------------------------- constants

#: The picture's resolution in the panel (cells per side of the plane, data/plane.py).
GRID_SIZE = 60
#: Pictures inside the neurons are smaller, and only drawn for small networks.
THUMBNAIL_SIZE = 32
MAX_THUMBNAIL_UNITS = 8
#: While training runs, pictures are redrawn at most this often (seconds).
THUMBNAIL_INTERVAL = 1.0  # seconds between neuron pictures while training runs
PANEL_INTERVAL = 0.1

#: The panel offers at most this many incoming weights to change by hand (and the one clicked).
MAX_EDIT_ROWS = 8

#: At most this many weight lines are drawn.
EDGE_BUDGET = 600
#: (show every neuron of a column up to this many, otherwise show this many at each end).
#: The first level that keeps the lines within EDGE_BUDGET is used for every column.
COLLAPSE_LEVELS = ((12, 5), (8, 4), (6, 3), (4, 2), (2, 1))

MIN_EDGE_WIDTH = 0.5  # device pixels
MAX_EDGE_WIDTH = 6.0
_WIDTH_STEPS = 4  # line widths are rounded to quarter pixels, so pens can be shared
_DIMMED = 10_000  # added to a line's pen key when a highlight dims it
_BIAS_LEVELS = 32  # bias squares take one of this many shades on each side of zero

# Scene geometry (scene units; the view scales the scene to fit, up to MAX_SCALE).
NODE_RADIUS = 18.0
ROW_PITCH = 50.0
COLUMN_PITCH = 190.0
BIAS_SIZE = 11.0
MAX_SCALE = 1.6
_LABEL_GAP = 14.0
_HEADER_GAP = 16.0
_BOTTOM_RESERVE = 34.0  # room below the columns for the highlight's direction label
_MAX_LABEL_CHARS = 18
# Text follows the application's font (View → Zoom) on screen, whatever the scene's
# scale: its size in the scene is the font's on-screen size divided by the scale.
MIN_TEXT_PX = 11.0  # the smallest text the diagram shows, in screen pixels
_TEXT_BASE_PX = 13.0  # the size the scene's text sizes are given for (a label's)
_TEXT_GROWTH = (0.6, 3.0)  # how far text may shrink or grow in the scene
_MAX_ZOOM_RADIUS = 2.0  # neurons grow with the zoom up to twice their size

# Z order: the highlight band, then lines, then neurons and their decorations, then text.
_Z_BAND, _Z_EDGE, _Z_NODE, _Z_BIAS, _Z_TEXT = -10.0, 0.0, 10.0, 11.0, 12.0


# ---------------------------------------------------------------------------- maths


def neuron_outputs(network: Network, X: np.ndarray, layer_index: int) -> np.ndarray:
    """The evaluation-mode activations (n, units) of ``network.layers[layer_index]``.

    ``layer_index`` 0 is the first hidden layer; the last index is the output layer.
    """
    if not 0 <= layer_index < len(network.layers):
        raise IndexError(f"layer_index must be in 0..{len(network.layers) - 1}, got {layer_index}")
    return network.evaluate_layers(X)[layer_index].a


def activation_scale(activation: str, values: np.ndarray) -> tuple[float, float, bool]:
    """How to colour a neuron's outputs: (low, high, half).

    Values from low to high run over the whole orange–white–blue map, or with ``half``
    over its white–blue half. tanh uses its range −1..1; sigmoid 0..1 (so 0.5, the
    decision boundary, is white, and class 0 is orange, class 1 blue, as the data's
    colours); linear and leaky ReLU are symmetric around 0 (white = 0). ReLU never goes
    below 0, so 0..max runs from white to blue, and a softmax output (the probability
    of one class among several) 0..1 the same way.
    """
    finite = values[np.isfinite(values)]
    biggest = float(np.max(np.abs(finite))) if finite.size else 0.0
    biggest = biggest if biggest > 1e-12 else 1.0
    if activation == "tanh":
        return -1.0, 1.0, False
    if activation == "sigmoid":
        return 0.0, 1.0, False
    if activation == "softmax":
        return 0.0, 1.0, True
    if activation == "relu":
        return 0.0, biggest, True
    return -biggest, biggest, False


def values_to_rgba(values: np.ndarray, low: float, high: float, half: bool = False) -> np.ndarray:
    """Colours (…, 4) uint8 for values through ``colors.diverging_lut()``."""
    lut = _LUT
    span = high - low if high > low else 1.0
    t = np.clip((np.nan_to_num(values, nan=0.5 * (low + high)) - low) / span, 0.0, 1.0)
    last = len(lut) - 1
    index = (last / 2.0 + t * last / 2.0) if half else t * last
    return lut[np.rint(index).astype(np.intp)]


def columns_to_rgba(activation: str, block: np.ndarray) -> np.ndarray:
    """Colours (n, k, 4) for k neurons' values (n, k), each column on its own scale
    as :func:`activation_scale` chooses it."""
    block = np.where(np.isfinite(block), block, 0.0)
    biggest = np.abs(block).max(axis=0)
    biggest[biggest <= 1e-12] = 1.0
    low, high, half = activation_scale(activation, np.zeros(1))
    if activation in ("relu", "linear", "leaky_relu"):
        high = biggest
        low = 0.0 * biggest if half else -biggest
    span = np.asarray(high - low, dtype=float)
    t = np.clip((block - low) / span, 0.0, 1.0)
    last = len(_LUT) - 1
    index = (last / 2.0 + t * (last / 2.0)) if half else t * last
    return _LUT[np.rint(index).astype(np.intp)]


def rgba_image(rgba: np.ndarray) -> QImage:
    """A QImage owning a copy of an (h, w, 4) uint8 array."""
    rgba = np.asarray(rgba, dtype=np.uint8)
    height, width = rgba.shape[:2]
    # Filled through bits() rather than built on the array's buffer: QImage's buffer
    # constructor mis-counts references in PySide6 and crashes after many calls.
    image = QImage(width, height, QImage.Format.Format_RGBA8888)
    pixels = np.frombuffer(image.bits(), dtype=np.uint8).reshape(height, image.bytesPerLine())
    pixels[:, : 4 * width] = rgba.reshape(height, 4 * width)
    return image


_LUT = colors.diverging_lut()


def _number(value: float) -> str:
    """Three significant digits with a true minus sign, in the interface language:
    0,532, −0,12, 1230, 2,8 × 10⁵ (never 2.8e+05)."""
    return format_number(float(value), significant=3)


#: The weighted sum writes out this many terms; a wider layer's ends in "+ …".
MAX_FORMULA_TERMS = 4


def weighted_sum_text(weights: np.ndarray, bias: float, inputs: list[str]) -> str:
    """z = w₁·x₁ + w₂·x₂ + b with the numbers filled in: "z = 1.2·x1 − 0.35·x2 + 0.1"."""
    terms = []
    for number, (weight, name) in enumerate(zip(weights, inputs)):
        if number == MAX_FORMULA_TERMS and len(inputs) > MAX_FORMULA_TERMS + 1:
            terms.append(("+", "…"))
            break
        terms.append(("−" if weight < 0 else "+", f"{_number(abs(weight))}·{name}"))
    terms.append(("−" if bias < 0 else "+", _number(abs(bias))))
    sign, first = terms[0]
    text = "z = " + ("−" if sign == "−" else "") + first
    return text + "".join(f" {sign} {term}" for sign, term in terms[1:])


def _blend(color: QColor, background: QColor, share: float) -> QColor:
    """``share`` of ``color`` over ``background``, as an opaque colour."""
    keep = 1.0 - share
    return QColor(
        round(color.red() * share + background.red() * keep),
        round(color.green() * share + background.green() * keep),
        round(color.blue() * share + background.blue() * keep),
    )


def _elide(text: str, limit: int = _MAX_LABEL_CHARS) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


# ---------------------------------------------------------------------------- layout


def _column_slots(units: int, limit: int, side: int) -> list[int | None]:
    """The neurons a column shows, in order; None marks the "more" marker."""
    if units <= limit:
        return list(range(units))
    return list(range(side)) + [None] + list(range(units - side, units))


def plan_columns(sizes: list[int], budget: int = EDGE_BUDGET) -> list[list[int | None]]:
    """Slots for columns of these sizes, collapsed just enough to draw ≤ budget lines."""
    slots: list[list[int | None]] = []
    for limit, side in COLLAPSE_LEVELS:
        slots = [_column_slots(n, limit, side) for n in sizes]
        shown = [sum(unit is not None for unit in column) for column in slots]
        if sum(a * b for a, b in zip(shown, shown[1:])) <= budget:
            break
    return slots


class _Column:
    """One column of the diagram and its scene items."""

    def __init__(self, kind: str, layer_index: int, units: int, slots: list[int | None], x: float) -> None:
        self.kind = kind  # "input", "hidden" or "output"
        self.layer_index = layer_index  # −1 for the inputs, else the index in network.layers
        self.units = units
        self.slots = slots
        self.x = x
        self.shown = np.array([u for u in slots if u is not None], dtype=np.intp)
        self.positions: dict[int, QPointF] = {}
        self.nodes: dict[int, QGraphicsEllipseItem] = {}
        self.biases: dict[int, QGraphicsRectItem] = {}
        self.thumbnails: dict[int, QGraphicsPixmapItem] = {}
        self.labels: dict[int, QGraphicsSimpleTextItem] = {}
        self.swatches: list[QGraphicsEllipseItem] = []
        self.marker: QGraphicsPathItem | None = None
        self.marker_text: QGraphicsSimpleTextItem | None = None
        self.header: QGraphicsSimpleTextItem | None = None
        self.subheader: QGraphicsSimpleTextItem | None = None

    @property
    def hidden_count(self) -> int:
        return self.units - len(self.shown)


# ---------------------------------------------------------------------------- widgets


class _DiagramGraphicsView(QGraphicsView):
    """Scales the scene to fit and hands tooltips and clicks to the diagram."""

    def __init__(self, owner: "DiagramView") -> None:
        super().__init__(owner)
        self._owner = owner
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState, True)
        self.setMinimumSize(120, 80)
        self.setMouseTracking(True)

    def fit(self) -> None:
        rect = self.sceneRect()
        view = self.viewport().rect()
        if rect.isEmpty() or view.isEmpty():
            return
        self._owner.fit_text(view.width() - 8, view.height() - 8)
        rect = self.sceneRect()
        scale = self._owner.scale_for(view.width() - 8, view.height() - 8)
        self.setTransform(QTransform.fromScale(scale, scale))
        self.centerOn(rect.center())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self.fit()

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.ToolTip:
            text = self._owner.tooltip_at(self.mapToScene(event.pos()))
            if not text:
                text = self._owner.toolTip()
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        if event.button() == Qt.MouseButton.LeftButton:
            point = self.mapToScene(event.position().toPoint())
            hit = self._owner.neuron_at(point)
            if hit is not None:
                self._owner.select_neuron(*hit)
                event.accept()
                return
            weight = self._owner.weight_at(point)
            if weight is not None:
                self._owner.select_weight(weight)
                event.accept()
                return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        point = self.mapToScene(event.position().toPoint())
        hit = self._owner.neuron_at(point)
        clickable = (hit is not None and (hit[0] >= 0 or self._owner.plane_available)) or (
            hit is None and self._owner.weight_at(point) is not None)
        self.viewport().setCursor(Qt.CursorShape.PointingHandCursor if clickable else Qt.CursorShape.ArrowCursor)
        super().mouseMoveEvent(event)


class _NeuronPanel(QFrame):
    """What one neuron computes over the plane: a picture, its colour scale, a caption."""

    IMAGE_SIZE = 164  # with the panel's scroll bar, as wide as the panel was with a picture of 180

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(self)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.close_button = QToolButton(self)
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.image = QLabel(self)
        self.image.setFixedSize(self.IMAGE_SIZE, self.IMAGE_SIZE)
        self.image.setScaledContents(True)
        self.bar = QLabel(self)
        self.bar.setFixedSize(self.IMAGE_SIZE, 12)
        self.bar.setScaledContents(True)
        self.low = QLabel(self)
        self.middle = QLabel(self)
        self.middle.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.high = QLabel(self)
        self.high.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.caption = QLabel(self)
        self.caption.setWordWrap(True)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        # What the neuron computes, with its live weights and bias: z = w₁·x₁ + w₂·x₂ + b.
        self.formula = QLabel(self)
        self.formula.setObjectName("neuron_formula")
        self.formula.setWordWrap(True)
        self.formula.setTextFormat(Qt.TextFormat.PlainText)
        self.formula.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # The neuron's incoming weights and bias, to change by hand: a label and a box each.
        self.editor = QWidget(self)
        self.editor.setObjectName("parameter_editor")
        self.editor_grid = QGridLayout(self.editor)
        self.editor_grid.setContentsMargins(0, 0, 0, 0)
        self.editor_grid.setHorizontalSpacing(6)
        self.editor_grid.setVerticalSpacing(2)
        self.editor_grid.setColumnStretch(1, 1)
        self.editor_hint = QLabel(self)
        self.editor_hint.setWordWrap(True)
        # The loss at these weights, beside the boxes that change them (fit it yourself).
        self.loss = QLabel(self)
        self.loss.setObjectName("panel_loss")
        self.loss.setWordWrap(True)
        self.boxes: dict[Parameter, ParameterBox] = {}
        self.box_labels: dict[Parameter, QLabel] = {}

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.title, 1)
        top.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        scale = QHBoxLayout()
        scale.setContentsMargins(0, 0, 0, 0)
        scale.addWidget(self.low)
        scale.addWidget(self.middle, 1)
        scale.addWidget(self.high)
        box = QVBoxLayout(self)
        box.setContentsMargins(8, 6, 8, 8)
        box.setSpacing(4)
        box.addLayout(top)
        box.addWidget(self.editor)
        box.addWidget(self.loss)
        box.addWidget(self.editor_hint)
        box.addWidget(self.formula)
        box.addWidget(self.image, 0, Qt.AlignmentFlag.AlignHCenter)
        box.addWidget(self.bar, 0, Qt.AlignmentFlag.AlignHCenter)
        box.addLayout(scale)
        box.addWidget(self.caption, 1)
        self.setFixedWidth(self.IMAGE_SIZE + 24)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)


# ---------------------------------------------------------------------------- the view


class DiagramView(View):
    """The network as a diagram whose lines follow the weights while it trains.

    Signals: ``neuron_clicked(layer_index, unit)`` when a hidden or output neuron is
    clicked (``layer_index`` 0 is the first hidden layer, the last is the output layer;
    ``unit`` counts from 0; input neurons do not emit it).

    Methods besides the :class:`View` ones: ``select_neuron(layer_index, unit)`` (what a
    click does; −1 selects an input feature), ``clear_selection()``,
    ``highlight_layer(index, direction)``, and for tests and other code
    ``edge_item(layer_index, source, target)``, ``neuron_item(layer_index, unit)``,
    ``bias_item(layer_index, unit)``, ``header_item(layer_index)``, ``marker_items()``,
    ``tooltip_at(scene_point)`` and ``neuron_outputs`` (a module function).
    """

    redraw_interval = 0.2  # seconds between redraws while training: watched most (see shell_frames.py)

    neuron_clicked = Signal(int, int)
    parameter_edited = Signal(object, float)  # (Parameter, value): typed or nudged by hand
    invalid_input = Signal(str)  # a value that cannot be read: the sentence to show

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scene = QGraphicsScene(self)
        # Items change their pens, not their places: no spatial index to keep up to date.
        self.scene.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self.view = _DiagramGraphicsView(self)
        self.view.setScene(self.scene)
        self.panel = _NeuronPanel(self)
        self.panel.close_button.clicked.connect(self.clear_selection)
        self.panel.hide()
        # The panel scrolls when the diagram is lower than the panel's content (1366×768
        # with the lesson open); it is shown and hidden with the panel.
        self.panel_scroll = QScrollArea(self)
        self.panel_scroll.setWidget(self.panel)
        self.panel_scroll.setWidgetResizable(True)
        self.panel_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.panel_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.panel_scroll.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        self.panel_scroll.hide()
        self.panel.installEventFilter(self)
        box = QHBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(4)
        box.addWidget(self.view, 1)
        box.addWidget(self.panel_scroll, 0)

        self._columns: list[_Column] = []
        self._edge_items: list[QGraphicsLineItem] = []
        self._edge_groups: list[tuple[int, np.ndarray, int, int]] = []  # (layer, flat indices, start, stop)
        self._edge_segments = np.zeros((0, 4))
        self._edge_lookup: dict[tuple[int, int, int], int] = {}
        self._edge_keys = np.zeros(0, dtype=np.int64)
        self._edge_dimmed = np.zeros(0, dtype=np.int64)  # _DIMMED for lines outside a highlight
        self._bias_keys: dict[tuple[int, int], int] = {}
        self._pens: dict[int, QPen] = {}
        self._bias_brushes: dict[int, QBrush] = {}
        self._weights: list[np.ndarray] = []
        self._biases: list[np.ndarray] = []
        self._metrics = None  # the newest snapshot's EpochMetrics (the loss in the panel)
        self._header_top = 0.0
        self._nodes_top = 0.0
        self.zoom = 1.0  # View → Zoom: neurons grow with it (the text follows the font)
        self._radius = NODE_RADIUS
        self._text_scale = 1.0  # scene pixels per pixel of the text sizes below
        self._fitted_for: tuple | None = None  # what the text was last sized for (see fit_text)
        self._text_items: list[tuple[QGraphicsSimpleTextItem, int, bool]] = []  # (item, size, bold)
        self._columns_bottom = 0.0
        self._band: QGraphicsRectItem | None = None
        self._selection_ring: QGraphicsEllipseItem | None = None
        self._band_label: QGraphicsSimpleTextItem | None = None
        self._highlight: tuple[int, str] | None = None
        self._selected: tuple[int, int] | None = None
        self._plane_inputs: np.ndarray | None = None  # the 60×60 grid, featurised
        self._thumbnail_inputs: np.ndarray | None = None
        self._thumbnails_on = False
        self._last_thumbnails = -np.inf
        self._last_panel = -np.inf
        self.panel_values: np.ndarray | None = None  # the panel's (GRID_SIZE, GRID_SIZE) values
        self.panel_image: QImage | None = None  # and their colours, one pixel per value
        self.panel_scale: tuple[float, float, bool] | None = None
        self.retranslate_ui()

    # ------------------------------------------------------------------ window API
    def set_context(self, context: ViewContext) -> None:
        super().set_context(context)
        self._selected = None
        self._highlight = None
        self._build_editor()
        self.panel.hide()
        self.panel_values = self.panel_image = self.panel_scale = None
        dataset = context.dataset
        raw = dataset.raw_train
        if raw is not None and raw.ndim == 2 and raw.shape[1] == 2:
            self._plane_inputs = dataset.transform_raw(plane_grid(GRID_SIZE))
            self._thumbnail_inputs = dataset.transform_raw(plane_grid(THUMBNAIL_SIZE))
        else:
            self._plane_inputs = self._thumbnail_inputs = None
        network = context.network
        sizes = [network.input_dim] + [layer.units for layer in network.layers]
        self._thumbnails_on = self._thumbnail_inputs is not None and max(sizes) <= MAX_THUMBNAIL_UNITS
        self._weights = [layer.weights.copy() for layer in network.layers]
        self._biases = [layer.bias.copy() for layer in network.layers]
        self._build_scene(sizes)
        self._update_edges(self._weights)
        self._update_biases(self._biases)
        if self._thumbnails_on:
            self._update_thumbnails()
        self.view.fit()

    def show_snapshot(self, snapshot: Snapshot) -> None:
        context = self.context
        if context is None:
            return
        state = snapshot.state
        weights, biases = [], []
        for number, layer in enumerate(context.network.layers, start=1):
            w = state.get(f"layer{number}.weights")
            b = state.get(f"layer{number}.bias")
            if w is None or b is None or w.shape != layer.weights.shape or b.shape != layer.bias.shape:
                return  # a snapshot of another network (an older run): nothing to show
            weights.append(w)
            biases.append(b)
        self._weights, self._biases = weights, biases
        self._metrics = snapshot.metrics
        self._update_edges(weights)
        self._update_biases(biases)
        now = time.perf_counter()
        if self._thumbnails_on and (not snapshot.running or now - self._last_thumbnails >= THUMBNAIL_INTERVAL):
            self._update_thumbnails()
        if self._selected is not None and (not snapshot.running or now - self._last_panel >= PANEL_INTERVAL):
            self._update_panel()
            self._update_editor()
            self._show_loss()

    def retranslate_ui(self) -> None:
        self.setToolTip(self.tr(
            "Each circle is a neuron and each line a weight: blue lines are positive weights, orange "
            "negative, and thicker lines are larger. Hover over a neuron or line to read its value."
        ))
        self.panel.close_button.setToolTip(self.tr("Close"))
        self._retranslate_editor()
        self._set_texts()
        if self._selected is not None:
            self._update_panel()
        self._place_band_label()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_palette()
        elif event.type() == QEvent.Type.FontChange:  # View → Zoom: the text follows the font
            self.view.fit()
        super().changeEvent(event)

    def eventFilter(self, watched, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.panel and event.type() in (QEvent.Type.ShowToParent, QEvent.Type.HideToParent):
            shown = event.type() == QEvent.Type.ShowToParent
            self.panel_scroll.setVisible(shown)
            if shown:  # as wide as the panel and its scroll bar
                self.panel_scroll.setFixedWidth(self.panel.width() + self.panel_scroll.verticalScrollBar().sizeHint().width())
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------------ public helpers
    @property
    def plane_available(self) -> bool:
        """True when neurons can be drawn over the plane (toy data in two coordinates)."""
        return self._plane_inputs is not None

    @property
    def selected_neuron(self) -> tuple[int, int] | None:
        return self._selected

    @property
    def edge_count(self) -> int:
        return len(self._edge_items)

    def edge_items(self) -> list[QGraphicsLineItem]:
        return list(self._edge_items)

    def edge_item(self, layer_index: int, source: int, target: int) -> QGraphicsLineItem | None:
        """The line of weight ``network.layers[layer_index].weights[source, target]``, if drawn."""
        index = self._edge_lookup.get((layer_index, source, target))
        return None if index is None else self._edge_items[index]

    def neuron_item(self, layer_index: int, unit: int) -> QGraphicsEllipseItem | None:
        """A neuron's circle; ``layer_index`` −1 for the inputs. None when collapsed away."""
        return self._column(layer_index).nodes.get(unit)

    def bias_item(self, layer_index: int, unit: int) -> QGraphicsRectItem | None:
        return self._column(layer_index).biases.get(unit)

    def header_item(self, layer_index: int) -> QGraphicsSimpleTextItem | None:
        """The bold column title ("Input", "Hidden 1", "Output"); −1 for the inputs."""
        return self._column(layer_index).header if self._columns else None

    def marker_items(self) -> list[QGraphicsPathItem]:
        return [column.marker for column in self._columns if column.marker is not None]

    def thumbnails_shown(self) -> bool:
        return self._thumbnails_on

    def _column(self, layer_index: int) -> _Column:
        return self._columns[layer_index + 1]

    # ------------------------------------------------------------------ selection
    def select_neuron(self, layer_index: int, unit: int, weight: Parameter | None = None) -> None:
        """Select a neuron as a click does: ring it, show its picture over the plane
        (for data in the plane) and, for hidden and output neurons, the boxes that change
        its weights and bias by hand (with ``weight``'s box among them, ready to type
        in); emit ``neuron_clicked`` (not for inputs)."""
        if not self._columns or unit not in self._column(layer_index).nodes:
            return
        self._selected = (layer_index, unit)
        self._restyle_nodes()
        self._build_editor(weight)
        if self._plane_inputs is not None or layer_index >= 0:
            self._update_panel()
            self.panel.show()
        if weight is not None and weight in self.panel.boxes:
            box = self.panel.boxes[weight]
            box.setFocus(Qt.FocusReason.MouseFocusReason)
            box.selectAll()
        if layer_index >= 0:
            self.neuron_clicked.emit(layer_index, unit)

    def select_weight(self, weight: Parameter) -> None:
        """What a click on a line does: the neuron it goes into, with this weight's box ready."""
        self.select_neuron(weight.layer, weight.unit, weight)

    def parameter_box(self, parameter: Parameter) -> ParameterBox | None:
        """The box that changes ``parameter`` by hand, while its neuron is selected."""
        return self.panel.boxes.get(parameter)

    def _build_editor(self, weight: Parameter | None = None) -> None:
        """A label and a box for each incoming weight (the first ``MAX_EDIT_ROWS`` and the
        one clicked) and the bias of the selected neuron."""
        panel = self.panel
        for widget in (*panel.boxes.values(), *panel.box_labels.values()):
            panel.editor_grid.removeWidget(widget)
            widget.deleteLater()
        panel.boxes, panel.box_labels = {}, {}
        selected = self._selected
        if selected is None or selected[0] < 0 or self.context is None:
            panel.editor.hide()
            panel.editor_hint.hide()
            panel.loss.hide()
            return
        layer_index, unit = selected
        fan_in = self.context.network.layers[layer_index].fan_in
        sources = list(range(min(fan_in, MAX_EDIT_ROWS)))
        if weight is not None and weight.source is not None and weight.source not in sources:
            sources.append(weight.source)
        parameters = [Parameter(layer_index, unit, source) for source in sources] + [Parameter(layer_index, unit)]
        for row, parameter in enumerate(parameters):
            label = QLabel(panel.editor)
            label.setText("b" if parameter.is_bias else f"w{parameter.source + 1}".translate(SUBSCRIPTS))
            box = ParameterBox(panel.editor)
            box.setObjectName(f"edit_{parameter.state_name()}_{'_'.join(map(str, parameter.index()))}")
            box.valueChanged.connect(lambda value, p=parameter: self.parameter_edited.emit(p, float(value)))
            box.refused.connect(self.invalid_input)
            panel.editor_grid.addWidget(label, row, 0)
            panel.editor_grid.addWidget(box, row, 1)
            label.show()  # at once (Qt shows widgets added to a shown panel only later)
            box.show()
            panel.boxes[parameter] = box
            panel.box_labels[parameter] = label
        panel.editor.show()
        panel.editor_hint.show()
        panel.loss.show()
        self._retranslate_editor()
        self._update_editor()

    def _retranslate_editor(self) -> None:
        panel = self.panel
        panel.editor_hint.setText(self.tr("Type a value, or turn the mouse wheel over a box."))
        self._show_loss()
        if self._selected is None or self.context is None:
            return
        for parameter, label in panel.box_labels.items():
            if parameter.is_bias:
                tip = self.tr("The bias of {neuron}").format(neuron=self._unit_name(parameter.layer, parameter.unit))
            else:
                tip = self.tr("The weight from {source} to {target}").format(
                    source=self._unit_name(parameter.layer - 1, parameter.source),
                    target=self._unit_name(parameter.layer, parameter.unit))
            tip += "\n" + self.tr("Type a value (Return) or turn the mouse wheel over the box: 0.1 a notch, 1 with Ctrl. Edit → Undo puts it back.")
            label.setToolTip(tip)
            panel.boxes[parameter].setToolTip(tip)

    def _show_loss(self) -> None:
        metrics = self._metrics
        if metrics is None or not self.panel.boxes:
            return
        text = self.tr("Training loss {loss}").format(loss=format_number(metrics.train_loss, 4))
        if metrics.test_loss is not None:
            text += ", " + self.tr("test {loss}").format(loss=format_number(metrics.test_loss, 4))
        self.panel.loss.setText(text)

    def _update_editor(self) -> None:
        """The boxes show the newest weights (not a box being typed into)."""
        for parameter, box in self.panel.boxes.items():
            values = self._biases if parameter.is_bias else self._weights
            if parameter.layer < len(values):
                box.show_value(float(values[parameter.layer][parameter.index()]))

    def clear_selection(self) -> None:
        self._selected = None
        self._build_editor()
        self.panel.hide()
        self.panel_values = self.panel_image = self.panel_scale = None
        self._restyle_nodes()

    # ------------------------------------------------------------------ highlight
    def highlight_layer(self, index: int | None, direction: str = "forward") -> None:
        """Mark ``network.layers[index]`` (0 = first hidden layer, the last = output) and
        the weights coming into it; dim every other line. ``direction`` "forward" or
        "backward" labels the band with the way the signal flows. None removes it."""
        if direction not in ("forward", "backward"):
            raise ValueError(f"direction must be 'forward' or 'backward', got {direction!r}")
        if index is not None and not 0 <= index < len(self._columns) - 1:
            raise IndexError(f"layer index {index} is not a layer of the network")
        self._highlight = None if index is None else (index, direction)
        if self._band is None:
            return
        self._edge_dimmed[:] = 0
        if index is None:
            self._band.hide()
            self._band_label.hide()
        else:
            previous, column = self._columns[index], self._columns[index + 1]
            left = previous.x + self._radius + 4.0
            header = max(column.header.boundingRect().width(), column.subheader.boundingRect().width())
            right = column.x + max(self._radius + 12.0, header / 2 + 8.0)
            top = self._header_top - 6.0
            bottom = self._columns_bottom + _BOTTOM_RESERVE * self._text_scale
            self._band.setRect(QRectF(left, top, right - left, bottom - top))
            self._band.show()
            self._band_label.show()
            for layer, _, start, stop in self._edge_groups:
                if layer != index:
                    self._edge_dimmed[start:stop] = _DIMMED
        self._update_edges(self._weights)
        self._place_band_label()
        self._restyle_nodes()

    @property
    def highlighted_layer(self) -> tuple[int, str] | None:
        return self._highlight

    # ------------------------------------------------------------------ building
    def _build_scene(self, sizes: list[int], column_pitch: float = COLUMN_PITCH) -> None:
        self.scene.clear()
        self._columns = []
        self._edge_items = []
        self._edge_groups = []
        self._edge_lookup = {}
        self._bias_keys = {}
        self._text_items = []
        network = self.context.network
        slots = plan_columns(sizes)
        tallest = max(len(s) for s in slots)
        # Neurons grow with the zoom; the rows part to keep them apart.
        r = self._radius = NODE_RADIUS * max(0.8, min(_MAX_ZOOM_RADIUS, self.zoom))
        pitch = max(ROW_PITCH, 2.1 * r, 1.5 * _TEXT_BASE_PX * self._text_scale)  # rows apart, and their labels
        self._nodes_top = -(tallest - 1) / 2.0 * pitch - r
        self._columns_bottom = (tallest - 1) / 2.0 * pitch + r
        count = len(sizes)
        for position, (units, column_slots) in enumerate(zip(sizes, slots)):
            kind = "input" if position == 0 else ("output" if position == count - 1 else "hidden")
            column = _Column(kind, position - 1, units, column_slots, position * column_pitch)
            top = -(len(column_slots) - 1) / 2.0 * pitch
            for row, unit in enumerate(column_slots):
                centre = QPointF(column.x, top + row * pitch)
                if unit is None:
                    self._add_marker(column, centre)
                else:
                    column.positions[unit] = centre
                    self._add_neuron(column, unit, centre)
            column.header = self._text_item(bold=True, pixel_size=15)
            column.subheader = self._text_item(pixel_size=12)
            if kind != "hidden":  # inputs and outputs are named beside their neurons
                for unit in column.shown:
                    column.labels[int(unit)] = self._text_item(pixel_size=13)
            self._columns.append(column)

        # Lines: each layer's weights from the shown neurons of one column to the next.
        segments = []
        for layer_index, layer in enumerate(network.layers):
            source, target = self._columns[layer_index], self._columns[layer_index + 1]
            start = len(self._edge_items)
            for i in source.shown:
                p = source.positions[int(i)]
                for j in target.shown:
                    q = target.positions[int(j)]
                    item = QGraphicsLineItem(p.x(), p.y(), q.x(), q.y())
                    item.setZValue(_Z_EDGE)
                    self.scene.addItem(item)
                    self._edge_lookup[(layer_index, int(i), int(j))] = len(self._edge_items)
                    self._edge_items.append(item)
                    segments.append((p.x(), p.y(), q.x(), q.y()))
            # The same order as the loops above: row-major over (source, target).
            flat = (source.shown[:, None] * layer.units + target.shown[None, :]).ravel()
            self._edge_groups.append((layer_index, flat, start, len(self._edge_items)))
        self._edge_segments = np.array(segments, dtype=float).reshape(-1, 4)
        self._edge_keys = np.full(len(self._edge_items), -1, dtype=np.int64)
        self._edge_dimmed = np.zeros(len(self._edge_items), dtype=np.int64)

        self._band = QGraphicsRectItem()
        self._band.setZValue(_Z_BAND)
        self._band.setPen(QPen(Qt.PenStyle.NoPen))
        self._band.hide()
        self.scene.addItem(self._band)
        self._band_label = self._text_item(bold=True, pixel_size=13)
        self._band_label.hide()
        ring = self._radius + 6.0
        self._selection_ring = QGraphicsEllipseItem(QRectF(-ring, -ring, 2 * ring, 2 * ring))
        self._selection_ring.setZValue(_Z_NODE + 0.5)
        self._selection_ring.hide()
        self.scene.addItem(self._selection_ring)

        self._set_texts()  # places the labels, so it comes before measuring the scene
        # Columns far enough apart for their titles (large text, long translations).
        widest = max(max(c.header.boundingRect().width(), c.subheader.boundingRect().width()) for c in self._columns)
        if widest + 16.0 > column_pitch:
            self._build_scene(sizes, widest + 16.0)
            return
        self._apply_palette()
        self._fit_scene_rect()

    def _redraw_scene(self) -> None:
        """Build the scene again for a new text size or zoom, keeping what it shows."""
        network = self.context.network
        self._build_scene([network.input_dim] + [layer.units for layer in network.layers])
        self._update_edges(self._weights)
        self._update_biases(self._biases)
        if self._thumbnails_on:
            self._update_thumbnails()
        if self._highlight is not None:
            self.highlight_layer(*self._highlight)

    def _fit_scene_rect(self) -> None:
        self.scene.setSceneRect(QRectF())  # measure the items, not the last rectangle
        rect = self.scene.itemsBoundingRect()
        rect.setTop(min(rect.top(), self._header_top - 10.0))
        rect.setBottom(max(rect.bottom(), self._columns_bottom + (_BOTTOM_RESERVE + 6.0) * self._text_scale))
        self.scene.setSceneRect(rect.adjusted(-12.0, -4.0, 12.0, 4.0))

    def _text_item(self, bold: bool = False, pixel_size: int = 13) -> QGraphicsSimpleTextItem:
        item = QGraphicsSimpleTextItem()
        item.setFont(self._scene_font(pixel_size, bold))
        item.setZValue(_Z_TEXT)
        self.scene.addItem(item)
        self._text_items.append((item, pixel_size, bold))
        return item

    def _scene_font(self, pixel_size: int, bold: bool) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(max(1, round(pixel_size * self._text_scale)))
        font.setBold(bold)
        return font

    # ------------------------------------------------------------------ zoom
    def text_pixels(self) -> float:
        """How tall a label's text is meant to be on screen: the window's font, at least
        :data:`MIN_TEXT_PX`."""
        return max(MIN_TEXT_PX, float(QFontInfo(self.font()).pixelSize()))

    def scale_for(self, width: float, height: float) -> float:
        """The view's scale that fits the scene into ``width`` × ``height`` pixels."""
        rect = self.scene.sceneRect()
        if rect.isEmpty():
            return 1.0
        return max(0.05, min(width / rect.width(), height / rect.height(), MAX_SCALE * self.zoom))

    def fit_text(self, width: float, height: float) -> None:
        """Size the scene's text so that it shows at :meth:`text_pixels` on screen once
        the scene is scaled to fit ``width`` × ``height``. Larger text widens the scene (its
        labels, the columns' spacing for their titles), so the scale falls as the text
        grows: the smallest text size that reads is found by halving the interval, and
        where none does (a very narrow view), the largest allowed."""
        if not self._text_items:
            return
        wanted = self.text_pixels() / _TEXT_BASE_PX  # text scale × view scale
        key = (width, height, wanted, self.zoom, id(self.context), len(self._edge_items))
        if key == self._fitted_for:
            return

        def shown(text_scale: float) -> float:  # the text's size on screen, relative
            if text_scale != self._text_scale:
                self._text_scale = text_scale
                self._redraw_scene()
            return text_scale * self.scale_for(width, height)

        now = shown(self._text_scale)
        if not wanted <= now <= 1.08 * wanted:
            low, high = _TEXT_GROWTH
            if shown(low) >= wanted:
                pass
            elif shown(high) < wanted:
                pass
            else:
                for _ in range(6):  # low is too small, high large enough
                    middle = (low + high) / 2
                    if shown(middle) >= wanted:
                        high = middle
                    else:
                        low = middle
                shown(high)
        self._fitted_for = (width, height, wanted, self.zoom, id(self.context), len(self._edge_items))

    def set_zoom(self, factor: float) -> None:
        """View → Zoom: the neurons grow with ``factor`` (the text follows the font)."""
        if factor == self.zoom:
            return
        self.zoom = factor
        if self.context is not None and self._columns:
            self._redraw_scene()
        self.view.fit()

    def _add_neuron(self, column: _Column, unit: int, centre: QPointF) -> None:
        r = self._radius
        node = QGraphicsEllipseItem(QRectF(-r, -r, 2 * r, 2 * r))
        node.setPos(centre)
        node.setZValue(_Z_NODE)
        self.scene.addItem(node)
        column.nodes[unit] = node
        if self._thumbnails_on:
            # The picture sits inside the circle, clipped to it, behind the outline.
            node.setFlag(QGraphicsItem.GraphicsItemFlag.ItemClipsChildrenToShape, True)
            picture = QGraphicsPixmapItem(node)
            picture.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
            picture.setFlag(QGraphicsItem.GraphicsItemFlag.ItemStacksBehindParent, True)
            picture.setScale(2 * r / THUMBNAIL_SIZE)
            picture.setPos(-r, -r)
            column.thumbnails[unit] = picture
        if column.kind != "input":
            size = BIAS_SIZE
            offset = r * 0.72
            square = QGraphicsRectItem(QRectF(-size / 2, -size / 2, size, size))
            square.setPos(centre.x() - offset, centre.y() + offset)
            square.setZValue(_Z_BIAS)
            self.scene.addItem(square)
            column.biases[unit] = square

    def _add_marker(self, column: _Column, centre: QPointF) -> None:
        width, height = 96.0, 26.0
        path = QPainterPath()
        path.addRoundedRect(QRectF(-width / 2, -height / 2, width, height), 8.0, 8.0)
        marker = QGraphicsPathItem(path)
        marker.setPos(centre)
        marker.setZValue(_Z_NODE)
        self.scene.addItem(marker)
        column.marker = marker
        column.marker_text = self._text_item(pixel_size=12)
        column.marker_text.setData(0, (centre.x(), centre.y()))

    # ------------------------------------------------------------------ texts and colours
    def _layer_name(self, layer_index: int) -> str:
        """"Input", "Hidden 2" or "Output" for a column."""
        if layer_index < 0:
            return self.tr("Input")
        if self.context is not None and layer_index == len(self.context.network.layers) - 1:
            return self.tr("Output")
        return self.tr("Hidden {number}").format(number=layer_index + 1)

    def _feature_label(self, unit: int) -> str:
        dataset = self.context.dataset
        name = dataset.feature_names[unit] if unit < len(dataset.feature_names) else f"x{unit + 1}"
        if dataset.raw_train is not None:
            name = names.feature_name(name)
        return name

    def _class_label(self, name: str) -> str:
        return self.tr("class {name}").format(name=name) if name.isdigit() else name

    def _output_label(self, unit: int) -> str:
        dataset = self.context.dataset
        layer = self.context.network.layers[-1]
        if dataset.task == "classification":
            names = dataset.class_names
            if layer.units == 1 and len(names) == 2:
                return self.tr("P({name})").format(name=self._class_label(names[1]))
            if unit < len(names):
                return self.tr("P({name})").format(name=self._class_label(names[unit]))
        elif unit < len(dataset.target_names):
            return dataset.target_names[unit]
        return self.tr("output {number}").format(number=unit + 1)

    def _unit_name(self, layer_index: int, unit: int) -> str:
        """How tooltips name a neuron: "x1", "Hidden 1, neuron 3", "Output, neuron 1"."""
        if layer_index < 0:
            return self._feature_label(unit)
        return self.tr("{layer}, neuron {number}").format(layer=self._layer_name(layer_index), number=unit + 1)

    def _set_texts(self) -> None:
        if self.context is None or not self._columns:
            return
        network = self.context.network
        for column in self._columns:
            column.header.setText(self._layer_name(column.layer_index))
            if column.kind == "input":
                sub = self.tr("%n feature(s)", "", column.units)
            else:
                layer = network.layers[column.layer_index]
                activation = names.name(layer.activation) + (self.tr(" + BN") if layer.batch_norm else "")
                if column.kind == "output":
                    sub = activation
                else:
                    sub = self.tr("{activation}, %n neuron(s)", "", column.units).format(activation=activation)
            if self._text_scale > 1.0:  # large text: the activation above the count, for narrow columns
                sub = sub.replace(", ", "\n", 1)
            column.subheader.setText(sub)
            for unit, label in column.labels.items():
                centre = column.positions[unit]
                if column.kind == "input":
                    label.setText(_elide(self._feature_label(unit)))
                    box = label.boundingRect()
                    label.setPos(centre.x() - self._radius - _LABEL_GAP - box.width(), centre.y() - box.height() / 2)
                else:
                    label.setText(_elide(self._output_label(unit)))
                    box = label.boundingRect()
                    swatch = 14.0 if self.context.dataset.task == "classification" else 0.0
                    label.setPos(centre.x() + self._radius + _LABEL_GAP + swatch, centre.y() - box.height() / 2)
            if column.marker_text is not None:
                column.marker_text.setText(self.tr("⋮ %n more", "", column.hidden_count))
                x, y = column.marker_text.data(0)
                box = column.marker_text.boundingRect()
                column.marker_text.setPos(x - box.width() / 2, y - box.height() / 2)
                path = QPainterPath()
                width = max(box.width() + 18.0, 2 * self._radius)
                height = max(26.0, box.height() + 8.0)
                path.addRoundedRect(QRectF(-width / 2, -height / 2, width, height), 8.0, 8.0)
                column.marker.setPath(path)
        # The titles in one row above the tallest column, as tall as their text.
        header_height = max(column.header.boundingRect().height() for column in self._columns)
        subheader_height = max(column.subheader.boundingRect().height() for column in self._columns)
        self._header_top = self._nodes_top - _HEADER_GAP - header_height - subheader_height
        for column in self._columns:
            for item, y in ((column.header, self._header_top), (column.subheader, self._header_top + header_height)):
                item.setPos(column.x - item.boundingRect().width() / 2, y)
        self._add_class_swatches()

    def _add_class_swatches(self) -> None:
        """A dot in the class colour before each classification output's label."""
        column = self._columns[-1]
        for swatch in column.swatches:
            self.scene.removeItem(swatch)
        column.swatches = []
        dataset = self.context.dataset
        if dataset.task != "classification":
            return
        single = self.context.network.layers[-1].units == 1
        for unit, label in column.labels.items():
            index = 1 if single else unit
            centre = column.positions[unit]
            swatch = QGraphicsEllipseItem(QRectF(-5, -5, 10, 10))
            swatch.setPos(centre.x() + self._radius + _LABEL_GAP + 4.0, centre.y())
            swatch.setBrush(QColor(colors.class_color(index)))
            swatch.setPen(QPen(Qt.PenStyle.NoPen))
            swatch.setZValue(_Z_TEXT)
            self.scene.addItem(swatch)
            column.swatches.append(swatch)

    def _palette_colors(self) -> tuple[QColor, QColor, QColor]:
        palette = self.palette()
        return (
            palette.color(QPalette.ColorRole.Base),
            palette.color(QPalette.ColorRole.Text),
            palette.color(QPalette.ColorRole.Highlight),
        )

    def _apply_palette(self) -> None:
        background, text, _ = self._palette_colors()
        self.view.setBackgroundBrush(background)
        self._pens = {}  # zero weights are drawn in a faint text colour
        self._bias_brushes = {}
        text_brush = QBrush(text)
        faint = QColor(text)
        faint.setAlpha(150)
        for column in self._columns:
            for item in (column.header, column.subheader, column.marker_text, *column.labels.values()):
                if item is not None:
                    item.setBrush(text_brush)
            if column.marker is not None:
                pen = QPen(faint, 1.0, Qt.PenStyle.DashLine)
                pen.setCosmetic(True)
                column.marker.setPen(pen)
                column.marker.setBrush(background)
            for node in column.nodes.values():
                node.setBrush(Qt.BrushStyle.NoBrush if column.thumbnails else QBrush(background))
            for square in column.biases.values():
                pen = QPen(faint, 1.0)
                pen.setCosmetic(True)
                square.setPen(pen)
        if self._band is not None:
            self._band.setBrush(_blend(text, background, 0.09))
            self._band_label.setBrush(text_brush)
        self._restyle_nodes()
        if self._edge_items:
            self._edge_keys[:] = -1  # redraw every line with the new pens
            self._bias_keys = {}
            self._update_edges(self._weights)
            self._update_biases(self._biases)

    def _restyle_nodes(self) -> None:
        _, text, highlight = self._palette_colors()
        normal = QPen(text, 1.3)
        normal.setCosmetic(True)
        marked = QPen(highlight, 2.6)
        marked.setCosmetic(True)
        highlighted = None if self._highlight is None else self._highlight[0]
        for column in self._columns:
            for node in column.nodes.values():
                node.setPen(marked if highlighted is not None and column.layer_index == highlighted else normal)
        ring = self._selection_ring
        if ring is not None:
            # A ring around the selected neuron, in the text colour: it stands apart from
            # the blue and orange of the weights and of the pictures.
            pen = QPen(text, 2.5)
            pen.setCosmetic(True)
            ring.setPen(pen)
            if self._selected is None:
                ring.hide()
            else:
                layer_index, unit = self._selected
                ring.setPos(self._column(layer_index).positions[unit])
                ring.show()

    def _place_band_label(self) -> None:
        if self._band_label is None or self._highlight is None:
            return
        index, direction = self._highlight
        text = self.tr("forward →") if direction == "forward" else self.tr("← backward")
        self._band_label.setText(text)
        rect = self._band.rect()
        box = self._band_label.boundingRect()
        self._band_label.setPos(rect.center().x() - box.width() / 2, rect.bottom() - box.height() - 6.0 * self._text_scale)

    # ------------------------------------------------------------------ live updates
    def _pen(self, key: int) -> QPen:
        """The pen of a line key: dimmed·_DIMMED + (sign + 1)·1000 + width in quarter pixels."""
        pen = self._pens.get(key)
        if pen is None:
            dimmed, rest = divmod(key, _DIMMED)
            sign, steps = divmod(rest, 1000)
            width = steps / _WIDTH_STEPS
            background, text, _ = self._palette_colors()
            if sign == 1:
                color, share = text, 0.4
            else:
                color = QColor(colors.POSITIVE if sign == 2 else colors.NEGATIVE)
                # Thin lines are also paler, so the big weights stand out.
                share = 0.45 + 0.55 * (width - MIN_EDGE_WIDTH) / (MAX_EDGE_WIDTH - MIN_EDGE_WIDTH)
            if dimmed:
                share *= 0.3
            # Opaque colours mixed with the background look like translucent ones but
            # paint several times faster (translucent antialiased lines are slow).
            pen = QPen(_blend(color, background, share), width)
            pen.setCosmetic(True)  # widths in screen pixels, whatever the zoom
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)  # round caps cost as much as the line
            self._pens[key] = pen
        return pen

    def _update_edges(self, weights: list[np.ndarray]) -> None:
        if not self._edge_items:
            return
        values = np.concatenate([np.take(weights[layer], flat) for layer, flat, _, _ in self._edge_groups])
        values = np.nan_to_num(values.astype(float, copy=False), nan=0.0, posinf=0.0, neginf=0.0)
        largest = max((float(np.max(np.abs(w))) for w in weights if w.size), default=0.0)
        if not np.isfinite(largest) or largest <= 0.0:
            largest = 1.0
        width = np.clip(MAX_EDGE_WIDTH * np.abs(values) / largest, MIN_EDGE_WIDTH, MAX_EDGE_WIDTH)
        keys = (np.sign(values).astype(np.int64) + 1) * 1000 + np.rint(width * _WIDTH_STEPS).astype(np.int64)
        keys += self._edge_dimmed
        changed = np.flatnonzero(keys != self._edge_keys)
        items, pen = self._edge_items, self._pen
        for index in changed.tolist():
            items[index].setPen(pen(int(keys[index])))
        self._edge_keys = keys

    def _bias_brush(self, level: int) -> QBrush:
        brush = self._bias_brushes.get(level)
        if brush is None:
            rgba = values_to_rgba(np.array([level / _BIAS_LEVELS]), -1.0, 1.0)[0]
            brush = QBrush(QColor(int(rgba[0]), int(rgba[1]), int(rgba[2])))
            self._bias_brushes[level] = brush
        return brush

    def _update_biases(self, biases: list[np.ndarray]) -> None:
        finite = [np.nan_to_num(b.astype(float, copy=False), nan=0.0, posinf=0.0, neginf=0.0) for b in biases]
        largest = max((float(np.max(np.abs(b))) for b in finite if b.size), default=0.0)
        largest = largest if largest > 0.0 else 1.0
        for column in self._columns[1:]:
            bias = finite[column.layer_index]
            levels = np.rint(bias[column.shown] / largest * _BIAS_LEVELS).astype(np.int64)
            for unit, level in zip(column.shown.tolist(), levels.tolist()):
                key = (column.layer_index, unit)
                if self._bias_keys.get(key) != level:
                    self._bias_keys[key] = level
                    column.biases[unit].setBrush(self._bias_brush(level))

    def _update_thumbnails(self) -> None:
        self._last_thumbnails = time.perf_counter()
        network = self.context.network
        X = self._thumbnail_inputs
        outputs = [np.asarray(X)] + [step.a for step in network.evaluate_layers(X)]
        for column, values in zip(self._columns, outputs):
            units = list(column.thumbnails)
            if not units:
                continue
            activation = "linear" if column.kind == "input" else network.layers[column.layer_index].activation
            # All of a column's pictures at once: one colour lookup for the whole block.
            rgba = picture_rows(columns_to_rgba(activation, values[:, units]), THUMBNAIL_SIZE)
            for j, unit in enumerate(units):
                image = rgba_image(rgba[:, :, j])
                column.thumbnails[unit].setPixmap(QPixmap.fromImage(image))

    def _update_panel(self) -> None:
        if self._selected is None or self.context is None:
            return
        self._last_panel = time.perf_counter()
        layer_index, unit = self._selected
        network = self.context.network
        panel = self.panel
        title = self._unit_name(layer_index, unit)
        if layer_index == len(network.layers) - 1:
            title += f" — {self._output_label(unit)}"
        panel.title.setText(title)
        panel.formula.setText(self.neuron_formula(layer_index, unit))
        panel.formula.setVisible(layer_index >= 0)
        plane = self._plane_inputs is not None
        for widget in (panel.image, panel.bar, panel.low, panel.middle, panel.high, panel.caption):
            widget.setVisible(plane)
        if not plane:
            return
        if layer_index < 0:
            values = self._plane_inputs[:, unit]
            activation = "linear"
        else:
            values = neuron_outputs(network, self._plane_inputs, layer_index)[:, unit]
            activation = network.layers[layer_index].activation
        values = picture_rows(values, GRID_SIZE)  # top row first, as the image stores it
        low, high, half = activation_scale(activation, values)
        image = rgba_image(values_to_rgba(values, low, high, half))
        self.panel_values, self.panel_image, self.panel_scale = values, image, (low, high, half)
        panel.image.setPixmap(QPixmap.fromImage(image))
        bar = np.linspace(low, high, 256)[None, :].repeat(2, axis=0)
        panel.bar.setPixmap(QPixmap.fromImage(rgba_image(values_to_rgba(bar, low, high, half))))
        panel.low.setText(_number(low))
        panel.middle.setText(_number(0.5 * (low + high)))
        panel.high.setText(_number(high))
        if layer_index < 0:
            panel.caption.setText(self.tr(
                "The input {feature} at each point (x1, x2) of the plane: x1 grows to the right and x2 "
                "upwards, both from −6 to 6."
            ).format(feature=self._feature_label(unit)))
        else:
            formula = "a = z" if activation == "linear" else f"a = {activation}(z)"
            panel.caption.setText(self.tr(
                "What this neuron outputs, {formula}, at each point (x1, x2) of the plane: "
                "x1 grows to the right and x2 upwards, both from −6 to 6."
            ).format(formula=formula))

    def neuron_formula(self, layer_index: int, unit: int) -> str:
        """The neuron's weights, bias and weighted sum with the newest numbers, and its
        activation: what lesson 1 asks the student to look at."""
        if layer_index < 0 or self.context is None:
            return ""
        layer = self.context.network.layers[layer_index]
        weights = (self._weights[layer_index] if self._weights else layer.weights)[:, unit]
        bias = float((self._biases[layer_index] if self._biases else layer.bias)[unit])
        if layer_index == 0:
            inputs = [self._feature_label(i) for i in range(len(weights))]
        else:  # the previous layer's outputs a₁, a₂, ...
            inputs = [f"a{i + 1}".translate(SUBSCRIPTS) for i in range(len(weights))]
        lines = []
        if len(weights) <= MAX_FORMULA_TERMS:
            lines.append(", ".join(f"w{i + 1}".translate(SUBSCRIPTS) + f" = {_number(w)}" for i, w in enumerate(weights))
                         + f", b = {_number(bias)}")
        lines.append(weighted_sum_text(weights, bias, inputs))
        if layer.batch_norm:
            lines.append(self.tr("then batch normalization: γ·ẑ + β"))
        lines.append("a = z" if layer.activation == "linear" else f"a = {layer.activation}(z)")
        return "\n".join(lines)

    # ------------------------------------------------------------------ hit tests and tooltips
    def neuron_at(self, point: QPointF) -> tuple[int, int] | None:
        """(layer_index, unit) of the neuron (or its bias square) under a scene point."""
        for column in self._columns:
            if abs(point.x() - column.x) > self._radius + BIAS_SIZE:
                continue
            for unit, centre in column.positions.items():
                dx, dy = point.x() - centre.x(), point.y() - centre.y()
                if dx * dx + dy * dy <= (self._radius + 2.0) ** 2:
                    return column.layer_index, unit
                square = column.biases.get(unit)
                if square is not None and square.sceneBoundingRect().contains(point):
                    return column.layer_index, unit
        return None

    def edge_at(self, point: QPointF, tolerance: float) -> int | None:
        """The index of the line nearest to a scene point, if within ``tolerance``."""
        segments = self._edge_segments
        if not len(segments):
            return None
        p = np.array([point.x(), point.y()])
        a, b = segments[:, :2], segments[:, 2:]
        ab = b - a
        t = np.clip(np.einsum("ij,ij->i", p - a, ab) / np.maximum(np.einsum("ij,ij->i", ab, ab), 1e-12), 0.0, 1.0)
        distance = np.hypot(*(a + t[:, None] * ab - p).T)
        # Where lines overlap, prefer the thickest (the one a student sees).
        widths = (self._edge_keys % _DIMMED % 1000) / _WIDTH_STEPS / max(self.view.transform().m11(), 1e-6)
        reach = np.maximum(tolerance, widths / 2)
        hits = np.flatnonzero(distance <= reach)
        if not len(hits):
            return None
        return int(hits[np.argmin(distance[hits] - reach[hits])])

    def tooltip_at(self, point: QPointF) -> str:
        """The text shown when hovering at a scene point ("" when nothing is there)."""
        if self.context is None:
            return ""
        for column in self._columns:
            if column.marker is not None and column.marker.sceneBoundingRect().contains(point):
                return self.tr(
                    "{count} more neurons of {layer} are not drawn, nor their lines, to keep the diagram "
                    "readable. They are trained like the others."
                ).format(count=column.hidden_count, layer=self._layer_name(column.layer_index))
        hit = self.neuron_at(point)
        if hit is not None:
            return self.neuron_tooltip(*hit)
        scale = max(self.view.transform().m11(), 1e-6)
        edge = self.edge_at(point, 4.0 / scale)
        if edge is not None:
            return self.edge_tooltip(edge)
        return ""

    def neuron_tooltip(self, layer_index: int, unit: int) -> str:
        lines = [self._unit_name(layer_index, unit)]
        network = self.context.network
        if layer_index < 0:
            lines[0] = self.tr("Input {name}").format(name=self._feature_label(unit))
            if self._plane_inputs is not None:
                lines.append(self.tr("Click to see this input over the plane."))
            return "\n".join(lines)
        layer = network.layers[layer_index]
        if layer_index == len(network.layers) - 1:
            lines[0] += f" — {self._output_label(unit)}"
        lines.append(self.tr("activation: {name}").format(name=names.name(layer.activation)))
        bias = self._biases[layer_index] if self._biases else layer.bias
        lines.append(f"b = {_number(bias[unit])}")
        if layer.batch_norm:
            lines.append(self.tr("batch norm: γ = {gamma}, β = {beta}").format(
                gamma=_number(layer.gamma[unit]), beta=_number(layer.beta[unit])))
        if self._plane_inputs is not None:
            lines.append(self.tr("Click to see what it computes over the plane and to change its weights and bias."))
        else:
            lines.append(self.tr("Click to change its weights and bias."))
        return "\n".join(lines)

    def edge_parameter(self, index: int) -> Parameter | None:
        """The weight a line stands for."""
        for layer_index, flat, start, stop in self._edge_groups:
            if start <= index < stop:
                source, target = divmod(int(flat[index - start]), self._weights[layer_index].shape[1])
                return Parameter(layer_index, target, source)
        return None

    def weight_at(self, point: QPointF) -> Parameter | None:
        """The weight whose line is under a scene point (within a few screen pixels)."""
        scale = max(self.view.transform().m11(), 1e-6)
        edge = self.edge_at(point, 4.0 / scale)
        return None if edge is None else self.edge_parameter(edge)

    def edge_tooltip(self, index: int) -> str:
        for layer_index, flat, start, stop in self._edge_groups:
            if start <= index < stop:
                weights = self._weights[layer_index]
                position = int(flat[index - start])
                source, target = divmod(position, weights.shape[1])
                return "w = {value} ({source} → {target})".format(
                    value=_number(weights.flat[position]),
                    source=self._unit_name(layer_index - 1, source),
                    target=self._unit_name(layer_index, target),
                ) + "\n" + self.tr("Click to change it.")
        return ""

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(700, 420)


__all__ = [
    "DiagramView", "activation_scale", "neuron_outputs", "values_to_rgba",
]
