"""Per-layer gradient norms over the epochs, with a warning when they vanish or explode
(:func:`backprop_gui.core.diagnostics.gradient_diagnosis` decides)."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ...core.diagnostics import GROWTH_WINDOW, gradient_diagnosis
from ...core.trainer import Snapshot
from ..numbers import format_count, format_number
from .base import View, ViewContext
from .legend import NAMED_KEPT_RUNS, LegendBelow, add_kept_runs
from .plotstyle import (
    SERIES_COLORS, DecadeAxis, LiveCurve, StableRange, WholeAxis, faint, live_curve, series_color, style_plot_widget,
)

KEPT_ALPHA = 120  # kept runs' lines: faint beside the current run's

#: A deep network's layers take colours along a ramp, first layer (dark blue) to last
#: (orange), instead of the eight series colours: ten lines in repeated colours cannot
#: be told apart, a ramp shows which end of the network a line belongs to.
DEPTH_RAMP = ("#08306B", "#0072B2", "#009E73", "#E69F00", "#D55E00")
MAX_LEGEND_ENTRIES = 4  # a ramp's legend names the first and last layers and a few between


def layer_colors(count: int) -> list[QColor]:
    """A colour for each of ``count`` layers: the series colours, or the depth ramp."""
    if count <= len(SERIES_COLORS):
        return [QColor(series_color(index)) for index in range(count)]
    ramp = pg.ColorMap(np.linspace(0.0, 1.0, len(DEPTH_RAMP)), [QColor(c) for c in DEPTH_RAMP])
    return [ramp.map(index / (count - 1), mode="qcolor") for index in range(count)]


def legend_layers(count: int) -> list[int]:
    """The layers the legend names: all of a few, evenly spaced ones of many."""
    if count <= len(SERIES_COLORS):
        return list(range(count))
    return sorted({round(i * (count - 1) / (MAX_LEGEND_ENTRIES - 1)) for i in range(MAX_LEGEND_ENTRIES)})


def _round_significant(value: float, digits: int = 2) -> float:
    if value <= 0 or not math.isfinite(value):
        return value
    return round(value, digits - 1 - int(math.floor(math.log10(value))))


def _kept_last_epochs(runs: list[tuple[str, dict]]) -> list[float]:
    """The last epoch of each kept run: the x axis shows them whole."""
    return [float(history["epoch"][-1]) for _label, history in runs if len(history.get("epoch", ()))]


class GradientsView(View):
    """‖∂L/∂W‖ of every layer on a log scale, and a plain-language warning."""

    redraw_interval = 0.5  # seconds between redraws while training: its log grid is dear to draw (see shell_frames.py)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.curves: list[LiveCurve] = []
        self._kept_runs: list[tuple[str, dict]] = []
        self.kept_curves: list[list[LiveCurve]] = []  # per kept run, one faint dashed line per layer
        self.diagnosis: tuple[str, float] | None = None
        self._weakest_layer = 0

        self.plot_widget = pg.PlotWidget(self, axisItems={"bottom": WholeAxis("bottom"), "left": DecadeAxis("left")})
        self.plot: pg.PlotItem = self.plot_widget.getPlotItem()
        self.plot.setLogMode(y=True)
        self.plot.setMenuEnabled(False)  # as in the loss view
        self.plot.showGrid(x=True, y=True, alpha=0.15)
        self.legend = LegendBelow(self.plot)  # under the x axis: it never covers the lines

        self.gradient_warning = QLabel(self)
        self.gradient_warning.setObjectName("gradient_warning")
        self.gradient_warning.setWordWrap(True)
        self.gradient_warning.setTextFormat(Qt.TextFormat.PlainText)
        self.gradient_warning.setVisible(False)

        box = QVBoxLayout(self)
        box.setContentsMargins(2, 2, 2, 2)
        box.addWidget(self.plot_widget, 1)
        box.addWidget(self.gradient_warning)

        self.range = StableRange(self.plot, decades=True)
        self._apply_palette()
        self.retranslate_ui()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(320, 260)  # room for the epoch labels and the legend in the default layout

    # ------------------------------------------------------------------ window API
    def set_context(self, context: ViewContext) -> None:
        super().set_context(context)
        for curve in self.curves:
            self.plot.removeItem(curve)
        self.curves = []
        for color in layer_colors(len(context.network.layers)):
            self.curves.append(live_curve(self.plot, color))
        self.range.reset()
        self.diagnosis = None
        self.gradient_warning.setVisible(False)
        self._draw_kept_runs()
        self.retranslate_ui()

    def set_kept_runs(self, runs: list[tuple[str, dict]]) -> None:
        """Draw earlier runs (label, history as in ``Snapshot.history``) faintly and
        dashed, each layer in its colour, so two runs' gradients can be compared; an
        empty list removes them. The warning judges the current run only."""
        self._kept_runs = list(runs)
        self._draw_kept_runs()
        self.retranslate_ui()

    def _draw_kept_runs(self) -> None:
        for items in self.kept_curves:
            for item in items:
                self.plot.removeItem(item)
        self.kept_curves = []
        styles = (Qt.PenStyle.DashLine, Qt.PenStyle.DotLine, Qt.PenStyle.DashDotLine)
        for number, (_label, history) in enumerate(self._kept_runs):
            norms, epochs = history.get("gradient_norms"), history.get("epoch")
            items = []
            if norms is not None and epochs is not None and np.ndim(norms) == 2:
                for index in range(norms.shape[1]):
                    item = live_curve(self.plot, faint(series_color(index), KEPT_ALPHA), styles[number % len(styles)])
                    item.setZValue(-1)  # behind the current run
                    item.setData(epochs, norms[:, index])
                    items.append(item)
            self.kept_curves.append(items)

    def show_snapshot(self, snapshot: Snapshot) -> None:
        history = snapshot.history
        epochs = history["epoch"]
        norms = history["gradient_norms"]
        for index, curve in enumerate(self.curves):
            if index < norms.shape[1]:
                curve.setData(epochs, norms[:, index])
        with np.errstate(divide="ignore", invalid="ignore"):
            logs = np.log10(np.where(norms > 0, norms, np.nan))  # the y axis is logarithmic
        series = [logs[:, i] for i in range(logs.shape[1])]
        for _label, kept in self._kept_runs:  # the kept runs in sight too
            kept_norms = kept.get("gradient_norms")
            if kept_norms is not None and np.ndim(kept_norms) == 2:
                with np.errstate(divide="ignore", invalid="ignore"):
                    series += list(np.log10(np.where(kept_norms > 0, kept_norms, np.nan)).T)
        self.range.update(max([float(epochs[-1]) if len(epochs) else 1.0] + _kept_last_epochs(self._kept_runs)), series)
        recent = norms[-GROWTH_WINDOW:]
        # The whole history: whether small gradients were large before (saturation) counts.
        self.diagnosis = gradient_diagnosis(norms, history.get("train_loss"))
        if self.diagnosis is not None and self.diagnosis[0] in ("vanishing", "saturated"):
            latest = recent[np.isfinite(recent).all(axis=1)][-1]
            self._weakest_layer = int(np.argmin(latest[:-1]))
        self._update_warning()

    def retranslate_ui(self) -> None:
        self.plot.setLabel("left", self.tr("gradient norm ‖∂L/∂W‖"))
        self.plot.setLabel("bottom", self.tr("epoch"))
        self.plot_widget.setToolTip(self.tr(
            "A layer's gradient norm says how strongly the loss pushes on that layer's weights. "
            "Tiny values mean the layer hardly learns; huge values make training jump around. "
            "The scale is logarithmic: each step up is ten times larger."
        ))
        self.gradient_warning.setToolTip(self.tr(
            "Backpropagation multiplies by every layer's derivative on the way back, so the gradient "
            "can shrink (vanish) or grow (explode) from layer to layer."
        ))
        self.legend.clear()
        for index in legend_layers(len(self.curves)):
            self.legend.addItem(self.curves[index], self.tr("Layer {number}").format(number=index + 1))
        entries = [(label, items[0]) for (label, _history), items in zip(self._kept_runs, self.kept_curves) if items]
        earlier = len(entries) - NAMED_KEPT_RUNS
        add_kept_runs(self.legend, entries, self.tr("%n earlier kept run(s)", "", earlier))
        self._update_warning()

    # ------------------------------------------------------------------ warning
    def warning_text(self) -> str:
        """The sentence for the current diagnosis ('' when there is none)."""
        if self.diagnosis is None:
            return ""
        kind, value = self.diagnosis
        if kind == "exploding":
            return self.tr(
                "Gradients are very large ({size}): training is unstable (exploding gradients). "
                "Try a smaller learning rate."
            ).format(size=format_number(value, significant=2))
        if kind == "saturated":
            return self.tr(
                "The learning rate is so large that the neurons saturated: a big step pushed them where "
                "their activation is flat, so their gradient is almost zero. This is not a deep network's "
                "vanishing gradient: lower the learning rate."
            )
        if not math.isfinite(value):
            if self._weakest_layer == 0:
                return self.tr(
                    "The first layer's gradient is zero: the early layers are not learning at all "
                    "(vanishing gradients). Try ReLU or batch normalization."
                )
            return self.tr(
                "Layer {layer}'s gradient is zero: the early layers are not learning at all "
                "(vanishing gradients). Try ReLU or batch normalization."
            ).format(layer=self._weakest_layer + 1)
        shown = format_count(_round_significant(value))  # "3,5 juta" in Indonesian: the template adds ×
        if self._weakest_layer == 0:
            return self.tr(
                "The first layer's gradient is {factor}× smaller than the last layer's: the early layers "
                "are hardly learning (vanishing gradients). Try ReLU or batch normalization."
            ).format(factor=shown)
        return self.tr(
            "Layer {layer}'s gradient is {factor}× smaller than the last layer's: the early layers "
            "are hardly learning (vanishing gradients). Try ReLU or batch normalization."
        ).format(layer=self._weakest_layer + 1, factor=shown)

    def _update_warning(self) -> None:
        text = self.warning_text()
        self.gradient_warning.setText(text)
        self.gradient_warning.setVisible(bool(text))

    def _apply_palette(self) -> None:
        style_plot_widget(self.plot_widget, self, (self.plot,))
        # The warning stands out in a colour that reads on light and dark backgrounds.
        self.gradient_warning.setStyleSheet(
            "QLabel { background: #FCE8D0; color: #5A2A00; border: 1px solid #D55E00; "
            "border-radius: 3px; padding: 4px; }"
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_palette()
        super().changeEvent(event)
