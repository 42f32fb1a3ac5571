"""A heatmap of one layer's weight matrix, orange for negative and blue for positive."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPointF
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QToolTip, QVBoxLayout, QWidget

from ...core.trainer import Snapshot
from .. import colors
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

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._levels: dict[int, float] = {}  # per layer index, the colour scale's m
        self._weights: np.ndarray | None = None  # the shown matrix (float32)
        self._hover: tuple[int, int] | None = None
        self._hover_screen_pos = None

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

        self.readout = QLabel(self)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.caption, 1)
        top.addWidget(self.layer_choice)
        box = QVBoxLayout(self)
        box.setContentsMargins(2, 2, 2, 2)
        box.addLayout(top)
        box.addWidget(self.plot_widget, 1)
        box.addWidget(self.readout)

        self._apply_palette()
        self.retranslate_ui()

    # ------------------------------------------------------------------ window API
    def set_context(self, context: ViewContext) -> None:
        super().set_context(context)
        self._levels = {}
        self._weights = None
        self._hover = None
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
        self.readout.setText(text if text is not None else self.tr("Point at a square to see its weight."))
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

    def _apply_palette(self) -> None:
        style_plot_widget(self.plot_widget, self, (self.plot,))
        background, foreground = palette_colors(self)
        style_plot(self.color_bar, background, foreground)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_palette()
        super().changeEvent(event)
