"""A heatmap of one layer's weight matrix, orange for negative and blue for positive.

A click on a square selects that weight: it is framed, and a box below the map changes
it by hand (typed, or nudged with the mouse wheel over the box), sent as
``parameter_edited(Parameter, value)`` for the window to apply (``Session.edit_parameter``).
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QPen
from PySide6.QtWidgets import QComboBox, QGraphicsRectItem, QHBoxLayout, QLabel, QToolTip, QVBoxLayout, QWidget

from ...core.trainer import Snapshot
from .. import colors
from ..hand_edits import Parameter, ParameterBox
from ..names import feature_name
from ..numbers import LocaleAxisItem, format_number
from .base import View, ViewContext
from .plotstyle import locale_axes, neuron_ticks, palette_colors, style_plot, style_plot_widget

#: The colour scale never shrinks below this fraction of its previous size at once,
#: and only shrinks once the weights have fallen below SHRINK_BELOW of it.
SHRINK_FACTOR = 0.7
SHRINK_BELOW = 0.5
SMALLEST_LEVEL = 1e-3


def stable_level(previous: float | None, largest: float) -> float:
    """The colour scale's half-width m for weights whose largest |w| is ``largest``.

    Grows at once so that no weight is out of range; shrinks only when the weights
    have become much smaller, and then by at most 30 % per call, so colours do not
    flicker from one snapshot to the next.
    """
    largest = max(float(largest), SMALLEST_LEVEL) if np.isfinite(largest) else SMALLEST_LEVEL
    if previous is None or largest >= previous:
        return largest
    if largest < SHRINK_BELOW * previous:
        return max(largest, SHRINK_FACTOR * previous)
    return previous


def _localise_color_bar(bar: pg.ColorBarItem) -> None:
    """Give a vertical colour bar an axis that writes ``−0,5`` in Indonesian (pyqtgraph
    makes its own plain axis, which writes ``-0.5`` whatever the language)."""
    axis = LocaleAxisItem("right")
    bar.setAxisItems({"right": axis})
    axis.setZValue(0.5)
    axis.setWidth(45)
    axis.unlinkFromView()  # the bar sets the range itself, from its levels
    axis.setRange(*bar.values)
    bar.axis = axis


class WeightsView(View):
    """The weights W of one layer: row i is the neuron it comes from (input side),
    column j the neuron it goes to, so cell (i, j) is w[i→j]."""

    redraw_interval = 0.33  # seconds between redraws while training (see shell_frames.py)

    parameter_edited = Signal(object, float)  # (Parameter, value): typed or nudged by hand
    invalid_input = Signal(str)  # a value that cannot be read: the sentence to show

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._levels: dict[int, float] = {}  # per layer index, the colour scale's m
        self._weights: np.ndarray | None = None  # the shown matrix (float32)
        self._hover: tuple[int, int] | None = None
        self._hover_screen_pos = None
        self._chosen: tuple[int, int] | None = None  # (row, column) of the weight to change

        self.caption = QLabel(self)
        self.layer_choice = QComboBox(self)
        self.layer_choice.setObjectName("layer_choice")
        # Wide enough for the current texts, also after a switch of language.
        self.layer_choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.layer_choice.currentIndexChanged.connect(self._layer_changed)

        self.plot_widget = pg.PlotWidget(self, axisItems=locale_axes())
        self.plot: pg.PlotItem = self.plot_widget.getPlotItem()
        self.plot.invertY(True)  # row 1 on top, as a matrix is written
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setLookupTable(colors.diverging_lut())
        self.plot.addItem(self.image)
        self.color_bar = pg.ColorBarItem(
            values=(-1.0, 1.0), colorMap=colors.diverging_colormap(),
            interactive=False, colorMapMenu=False, width=18,
        )
        _localise_color_bar(self.color_bar)
        # Drawn next to the plot, but not linked to the image: the view sets the levels.
        self.plot.layout.addItem(self.color_bar, 2, 5)
        self.plot.layout.setColumnFixedWidth(4, 5)
        self.plot_widget.scene().sigMouseMoved.connect(self._mouse_moved)
        self.plot_widget.scene().sigMouseClicked.connect(self._mouse_clicked)
        # The frame around the chosen square.
        self.chosen_frame = QGraphicsRectItem()
        frame_pen = QPen(Qt.GlobalColor.black, 2.5)
        frame_pen.setCosmetic(True)
        self.chosen_frame.setPen(frame_pen)
        self.chosen_frame.setZValue(10)
        self.chosen_frame.hide()
        self.plot.addItem(self.chosen_frame, ignoreBounds=True)

        self.readout = QLabel(self)
        self.readout.setWordWrap(True)  # a long sentence must not widen the dock
        self.chosen_label = QLabel(self)
        self.editor_box = ParameterBox(self)
        self.editor_box.setObjectName("weights_editor")
        self.editor_box.valueChanged.connect(self._edited)
        self.editor_box.refused.connect(self.invalid_input)
        self.chosen_label.hide()
        self.editor_box.hide()

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.caption, 1)
        top.addWidget(self.layer_choice)
        box = QVBoxLayout(self)
        box.setContentsMargins(2, 2, 2, 2)
        box.addLayout(top)
        box.addWidget(self.plot_widget, 1)
        bottom = QHBoxLayout()
        bottom.setContentsMargins(0, 0, 0, 0)
        bottom.addWidget(self.readout, 1)
        bottom.addWidget(self.chosen_label)
        bottom.addWidget(self.editor_box)
        box.addLayout(bottom)

        self._apply_palette()
        self.retranslate_ui()

    # ------------------------------------------------------------------ window API
    def set_context(self, context: ViewContext) -> None:
        super().set_context(context)
        self._levels = {}
        self._weights = None
        self._hover = None
        self._choose(None)
        self.layer_choice.blockSignals(True)
        self.layer_choice.clear()
        for _ in context.network.layers:
            self.layer_choice.addItem("")
        self.layer_choice.setCurrentIndex(0)
        self.layer_choice.blockSignals(False)
        self.retranslate_ui()
        self._show_layer(reset_range=True)

    def show_snapshot(self, snapshot: Snapshot) -> None:
        self._show_layer()

    def retranslate_ui(self) -> None:
        self.caption.setText(self.tr("Weights of"))
        tip = self.tr(
            "Each square is one weight: how strongly a neuron's output is passed on to a neuron of the "
            "next layer. Blue weights are positive, orange ones negative, white ones near zero."
        )
        self.caption.setToolTip(tip)
        self.layer_choice.setToolTip(tip)
        self.readout.setToolTip(tip)
        self.plot.setLabel("left", self.tr("from neuron"))  # short: whole in a 1024×768 dock
        self.plot.setLabel("bottom", self.tr("to neuron"))
        self.color_bar.setToolTip(self.tr("The colour scale: the value each colour stands for."))
        edit_tip = self.tr("Type a value (Return) or turn the mouse wheel over the box: 0.1 a notch, 1 with Ctrl. Edit → Undo puts it back.")
        self.editor_box.setToolTip(edit_tip)
        self.chosen_label.setToolTip(edit_tip)
        if self.context is not None:
            for index, layer in enumerate(self.context.network.layers):
                self.layer_choice.setItemText(index, self.tr("Layer {number} ({inputs} → {outputs})").format(
                    number=index + 1, inputs=layer.fan_in, outputs=layer.units))
        self._update_readout()

    # ------------------------------------------------------------------ drawing
    def _layer_index(self) -> int:
        return max(0, self.layer_choice.currentIndex())

    def _layer_changed(self, _index: int) -> None:
        self._hover = None
        self._choose(None)
        self._show_layer(reset_range=True)

    def _show_layer(self, reset_range: bool = False) -> None:
        if self.context is None or not self.context.network.layers:
            return
        index = self._layer_index()
        weights = self.context.network.layers[index].weights
        if self._weights is None or self._weights.shape != weights.shape:
            self._weights = np.empty(weights.shape, dtype=np.float32)
            reset_range = True
        with np.errstate(over="ignore", invalid="ignore"):  # a diverging run's huge weights become ±inf
            np.copyto(self._weights, weights, casting="unsafe")
        largest = float(np.max(np.abs(self._weights))) if self._weights.size else 0.0
        level = stable_level(self._levels.get(index), largest)
        self._levels[index] = level
        self.image.setImage(self._weights, autoLevels=False, levels=(-level, level))
        self.color_bar.setLevels((-level, level))
        if reset_range:
            rows, columns = self._weights.shape
            self.image.setRect(0.0, 0.0, float(columns), float(rows))
            # Limits first: the previous layer's limits would clamp the new range.
            self.plot.setLimits(xMin=-0.5, xMax=columns + 0.5, yMin=-0.5, yMax=rows + 0.5)
            self.plot.setRange(xRange=(0, columns), yRange=(0, rows), padding=0.02)
            inputs = [feature_name(f) for f in self.context.dataset.feature_names] if index == 0 else None
            if inputs is not None and len(inputs) != rows:
                inputs = None
            self.plot.getAxis("left").setTicks([neuron_ticks(rows, names=inputs)])
            self.plot.getAxis("bottom").setTicks([neuron_ticks(columns)])
        self._update_readout()
        self._update_editor()

    @property
    def level(self) -> float | None:
        """The colour scale's current half-width m (levels are −m … m)."""
        return self._levels.get(self._layer_index())

    def _source_name(self, row: int) -> str:
        names = self.context.dataset.feature_names if self.context is not None else ()
        if self._layer_index() == 0 and self._weights is not None and len(names) == self._weights.shape[0]:
            return feature_name(str(names[row]))
        return str(row + 1)

    def _hover_text(self) -> str | None:
        if self._hover is None or self._weights is None:
            return None
        row, column = self._hover
        return self.tr("w[{source}→{target}] = {value}").format(
            source=self._source_name(row), target=column + 1, value=format_number(float(self._weights[row, column]), 3))

    def _update_readout(self) -> None:
        text = self._hover_text()
        if text is None:
            text = (self.tr("Point at a square to see its weight; click it to change it.") if self._chosen is None
                    else self.tr("Point at a square to see its weight."))
        if self._chosen is not None:
            row, column = self._chosen
            self.chosen_label.setText(self.tr("w[{source}→{target}] =").format(source=self._source_name(row), target=column + 1))
        self.readout.setText(text)
        if text is not None and self._hover_screen_pos is not None and self.plot_widget.underMouse():
            QToolTip.showText(self._hover_screen_pos, text, self.plot_widget)

    def _mouse_moved(self, scene_pos: QPointF) -> None:
        if self._weights is None:
            return
        point = self.plot.vb.mapSceneToView(scene_pos)
        row, column = int(np.floor(point.y())), int(np.floor(point.x()))
        rows, columns = self._weights.shape
        inside = self.plot.vb.sceneBoundingRect().contains(scene_pos) and 0 <= row < rows and 0 <= column < columns
        if not inside:
            if self._hover is not None:
                self._hover = None
                QToolTip.hideText()
                self._update_readout()
            return
        view = self.plot_widget.mapFromScene(scene_pos)
        self._hover_screen_pos = self.plot_widget.viewport().mapToGlobal(view)
        self._hover = (row, column)
        self._update_readout()

    # ------------------------------------------------------------------ changing a weight by hand
    @property
    def chosen(self) -> Parameter | None:
        """The weight the box below the map changes (None: no square chosen)."""
        if self._chosen is None:
            return None
        row, column = self._chosen
        return Parameter(self._layer_index(), column, row)

    def choose_cell(self, row: int, column: int) -> None:
        """What a click on square (row, column) does: frame it and offer its box, ready to type in."""
        self._choose((row, column))
        self.editor_box.setFocus(Qt.FocusReason.MouseFocusReason)
        self.editor_box.selectAll()

    def _choose(self, cell: tuple[int, int] | None) -> None:
        if cell is not None and (self._weights is None or not (0 <= cell[0] < self._weights.shape[0] and 0 <= cell[1] < self._weights.shape[1])):
            cell = None
        self._chosen = cell
        self.chosen_label.setVisible(cell is not None)
        self.editor_box.setVisible(cell is not None)
        if cell is None:
            self.chosen_frame.hide()
            return
        row, column = cell
        self.chosen_frame.setRect(QRectF(column, row, 1.0, 1.0))
        self.chosen_frame.show()
        self._update_readout()
        self._update_editor()

    def _update_editor(self) -> None:
        if self._chosen is not None and self._weights is not None and self.context is not None:
            # the run's own value (float64 or float32), not the map's float32 copy
            weights = self.context.network.layers[self._layer_index()].weights
            self.editor_box.show_value(float(weights[self._chosen]))

    def _edited(self, value: float) -> None:
        parameter = self.chosen
        if parameter is not None:
            self.parameter_edited.emit(parameter, float(value))

    def _mouse_clicked(self, event) -> None:
        if self._weights is None or event.button() != Qt.MouseButton.LeftButton:
            return
        scene_pos = event.scenePos()
        point = self.plot.vb.mapSceneToView(scene_pos)
        row, column = int(np.floor(point.y())), int(np.floor(point.x()))
        rows, columns = self._weights.shape
        if self.plot.vb.sceneBoundingRect().contains(scene_pos) and 0 <= row < rows and 0 <= column < columns:
            self.choose_cell(row, column)

    def _apply_palette(self) -> None:
        style_plot_widget(self.plot_widget, self, (self.plot,))
        background, foreground = palette_colors(self)
        style_plot(self.color_bar, background, foreground)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_palette()
        super().changeEvent(event)
