"""Loss over the epochs, and accuracy (classification) or R² (regression) below it.

With a validation split (``data.validation_fraction``) its loss is a third curve, and
when early stopping ends training a dashed line marks the epoch it stopped at and a dot
the best epoch, whose weights it put back.
"""

from __future__ import annotations

import time

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QVBoxLayout, QWidget

from ...core.trainer import Snapshot
from ..colors import TEST_COLOR, TRAIN_COLOR
from ..numbers import format_fixed
from .base import View, ViewContext
from .legend import NAMED_KEPT_RUNS, LegendBelow, add_kept_runs
from .plotstyle import (
    DecadeAxis, LiveCurve, StableRange, WholeAxis, faint, live_curve, locale_axes, nice_ceiling, series_color,
    style_plot_widget,
)

METRIC_INTERVAL = 0.1  # seconds between redraws of the accuracy curves while training runs
VALIDATION_COLOR = "#009E73"  # Okabe–Ito bluish green, beside the train blue and test vermilion

# Kept runs take the palette's colours after blue and orange (today's train and test).
_KEPT_FIRST_COLOR = 2
# Strong enough to read on a projector (lesson 3 compares two runs' accuracy in the
# strip below the loss), yet behind the current run.
_KEPT_ALPHA = 210


class LossView(View):
    """Train and test loss curves, a log-scale switch, and accuracy or R² below.

    ``set_kept_runs`` overlays faint dashed curves of earlier runs' histories; they stay
    across ``set_context`` until the window sets another list.
    """

    redraw_interval = 0.0  # seconds between redraws while training: the curves must move smoothly (see shell_frames.py)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._has_test = True
        self._metric_drawn_at = 0.0
        self._last: Snapshot | None = None
        self._metric = "accuracy"  # or "r2"
        self._kept_runs: list[tuple[str, dict]] = []
        self._kept_items: list[tuple[LiveCurve, LiveCurve, LiveCurve, LiveCurve]] = []

        self.log_scale = QCheckBox(self)
        self.log_scale.setObjectName("log_scale")
        self.log_scale.toggled.connect(self._set_log_scale)

        self.graphics = pg.GraphicsLayoutWidget(self)
        self.loss_plot: pg.PlotItem = self.graphics.addPlot(row=0, col=0, axisItems={"bottom": WholeAxis("bottom"), "left": DecadeAxis("left")})
        self.metric_plot: pg.PlotItem = self.graphics.addPlot(row=1, col=0, axisItems={**locale_axes("left"), "bottom": WholeAxis("bottom")})
        layout = self.graphics.ci.layout
        layout.setRowStretchFactor(0, 1)  # the accuracy as tall as the loss: lessons compare it
        layout.setRowStretchFactor(1, 1)
        self.metric_plot.setXLink(self.loss_plot)
        for plot in (self.loss_plot, self.metric_plot):
            # No right-click menu, as in the other views: pyqtgraph's is English only, and
            # its plot options (FFT, downsampling …) are not for live curves. The log-scale
            # box, File → Export, wheel zoom, drag and the "A" button remain.
            plot.setMenuEnabled(False)
            plot.showGrid(x=True, y=True, alpha=0.15)
            plot.getAxis("left").setWidth(58)  # the same width keeps the two x axes aligned
        self.legend = LegendBelow(self.loss_plot)  # under the x axis: it never covers the curves

        self.train_curve = live_curve(self.loss_plot, TRAIN_COLOR)
        self.test_curve = live_curve(self.loss_plot, TEST_COLOR)
        self.validation_curve = live_curve(self.loss_plot, VALIDATION_COLOR)
        self.validation_curve.setVisible(False)
        self._has_validation = False
        stop_pen = pg.mkPen(VALIDATION_COLOR, width=2, style=Qt.PenStyle.DashLine)
        self.stop_line = pg.InfiniteLine(angle=90, movable=False, pen=stop_pen,
                                         label="", labelOpts={"position": 0.9, "color": VALIDATION_COLOR})
        self.loss_plot.addItem(self.stop_line, ignoreBounds=True)
        self.stop_line.setVisible(False)
        # The timeline's epoch (gui/timeline.py): the curves stay whole, a line marks where it is.
        self.timeline_line = pg.InfiniteLine(angle=90, movable=False, pen=pg.mkPen((120, 120, 120), width=2),
                                             label="", labelOpts={"position": 0.95, "color": (90, 90, 90)})
        self.loss_plot.addItem(self.timeline_line, ignoreBounds=True)
        self.timeline_line.setVisible(False)
        self.best_marker = pg.ScatterPlotItem(size=11, pen=pg.mkPen("w", width=1), brush=pg.mkBrush(VALIDATION_COLOR))
        self.loss_plot.addItem(self.best_marker)
        self.best_marker.setVisible(False)
        self.train_metric_curve = live_curve(self.metric_plot, TRAIN_COLOR)
        self.test_metric_curve = live_curve(self.metric_plot, TEST_COLOR)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addStretch(1)
        top.addWidget(self.log_scale)
        box = QVBoxLayout(self)
        box.setContentsMargins(2, 2, 2, 2)
        box.addLayout(top)
        box.addWidget(self.graphics, 1)

        self.loss_range = StableRange(self.loss_plot)
        self.metric_range = StableRange(self.metric_plot)  # x follows the loss plot (linked)
        self._configure_metric_axis()
        self._apply_palette()
        self.retranslate_ui()

    # ------------------------------------------------------------------ window API
    def set_context(self, context: ViewContext) -> None:
        super().set_context(context)
        self._has_test = context.dataset.n_test > 0
        self._metric = "accuracy" if context.dataset.task == "classification" else "r2"
        for item in (self.train_curve, self.test_curve, self.validation_curve, self.train_metric_curve, self.test_metric_curve):
            item.setData([], [])
        self._has_validation = False
        self.validation_curve.setVisible(False)
        self.stop_line.setVisible(False)
        self.best_marker.setVisible(False)
        self.test_curve.setVisible(self._has_test)
        self.test_metric_curve.setVisible(self._has_test)
        self._configure_metric_axis()
        self._draw_kept_runs()
        self.loss_range.reset()
        self.metric_range.reset()
        self._configure_metric_axis()
        self.retranslate_ui()

    def show_snapshot(self, snapshot: Snapshot) -> None:
        self._last = snapshot
        history = snapshot.history
        epochs = history["epoch"]
        self.train_curve.setData(epochs, history["train_loss"])
        if self._has_test:
            self.test_curve.setData(epochs, history["test_loss"])
        validation = history.get("validation_loss")
        has_validation = validation is not None and bool(np.isfinite(validation).any())
        if has_validation != self._has_validation:
            self._has_validation = has_validation
            self.validation_curve.setVisible(has_validation)
            self._fill_legend()
        if has_validation:
            self.validation_curve.setData(epochs, validation)
        self._mark_stop(snapshot)
        self.timeline_line.setVisible(snapshot.replay)
        if snapshot.replay:
            self.timeline_line.setValue(snapshot.epoch)
            self.timeline_line.label.setFormat(self.tr("epoch {epoch}").format(epoch=format_fixed(snapshot.epoch, 0)))
        # The accuracy (or R²) curves change slowly and the status bar shows their latest
        # value; while training runs they are redrawn 10 times a second, the loss 30.
        now = time.perf_counter()
        if not snapshot.running or now - self._metric_drawn_at >= METRIC_INTERVAL:
            self._metric_drawn_at = now
            self.train_metric_curve.setData(epochs, history[f"train_{self._metric}"])
            if self._has_test:
                self.test_metric_curve.setData(epochs, history[f"test_{self._metric}"])
        last_epoch = float(epochs[-1]) if len(epochs) else 1.0
        losses = [history["train_loss"]] + ([history["test_loss"]] if self._has_test else [])
        if has_validation:
            losses.append(validation)
        # The kept runs' curves (over the epochs in view) stay inside the plot too.
        in_view = nice_ceiling(max(last_epoch, 1.0))
        for _label, kept in self._kept_runs:
            if "epoch" in kept:
                shown = np.asarray(kept["epoch"]) <= in_view
                losses += [np.asarray(kept[key], dtype=float)[shown] for key in ("train_loss", "test_loss") if key in kept]
        if self.log_scale.isChecked():
            losses = [np.log10(np.where(v > 0, v, np.nan)) for v in losses]
        # The x axis shows the kept runs whole, to compare with from the first epoch.
        last_epoch = max([float(epochs[-1]) if len(epochs) else 1.0]
                         + [float(h["epoch"][-1]) for _label, h in self._kept_runs if len(h.get("epoch", ()))])
        self.loss_range.update(last_epoch, losses)
        if self._metric == "r2":  # accuracy keeps its fixed 0 … 100 % axis
            metric = [np.clip(history["train_r2"], -1.0, 1.0)] + ([np.clip(history["test_r2"], -1.0, 1.0)] if self._has_test else [])
            self.metric_range.update(last_epoch, metric)

    def _mark_stop(self, snapshot: Snapshot) -> None:
        """The stop line and the best epoch's dot, once early stopping has ended training."""
        stopped = snapshot.stop_reason == "early_stopping"
        self.stop_line.setVisible(stopped)
        best = snapshot.best_epoch
        history = snapshot.history
        shown = stopped and best is not None
        if shown:
            self.stop_line.setValue(snapshot.epoch)
            at = np.flatnonzero(history["epoch"] == best)
            shown = len(at) > 0 and bool(np.isfinite(history["validation_loss"][at[0]]))
            if shown:
                value = float(history["validation_loss"][at[0]])
                self.best_marker.setData([float(best)], [np.log10(value) if self.log_scale.isChecked() and value > 0 else value])
        self.best_marker.setVisible(shown)
        if stopped:
            self.stop_line.label.setFormat(self.tr("stopped early"))
            self.best_marker.setToolTip(self.tr("Lowest validation loss: epoch {epoch}").format(epoch=format_fixed(best, 0)))

    def set_kept_runs(self, runs: list[tuple[str, dict]]) -> None:
        """Draw earlier runs (label, history as in ``Snapshot.history``) as faint dashed
        curves: train loss dashed, test loss dotted; an empty list removes them."""
        self._kept_runs = list(runs)
        self._draw_kept_runs()
        if self.context is not None and self._last is not None:
            self.loss_range.reset()
            self.show_snapshot(self._last)  # the loss axis takes them in

    def retranslate_ui(self) -> None:
        self.log_scale.setText(self.tr("log scale"))
        self.log_scale.setToolTip(self.tr(
            "A logarithmic scale shows every tenfold drop of the loss as an equal step, "
            "so progress late in training stays visible."
        ))
        self.graphics.setToolTip(self.tr(
            "The loss measures how wrong the network's answers are; training tries to make it small. "
            "If the test curve rises while the training curve keeps falling, the network is memorising "
            "the training data (overfitting). Drag to pan, scroll to zoom."
        ))
        self.loss_plot.setLabel("left", self.tr("loss"))
        self.metric_plot.setLabel("bottom", self.tr("epoch"))
        if self._metric == "accuracy":
            self.metric_plot.setLabel("left", self.tr("accuracy (%)"))
        else:
            self.metric_plot.setLabel("left", self.tr("R²"))
        self._fill_legend()

    # ------------------------------------------------------------------ drawing
    def _configure_metric_axis(self) -> None:
        plot = self.metric_plot
        axis = plot.getAxis("left")
        if self._metric == "accuracy":
            axis.setScale(100.0)  # accuracy is stored as a fraction; show per cent
            # Fixed ticks: a short plot would otherwise label only 50 %.
            axis.setTicks([[(0.0, "0"), (0.5, "50"), (1.0, "100")]])  # at data values, labelled in per cent
            axis.setStyle(hideOverlappingLabels=False)  # a short plot would hide 0 and 100
            plot.setLimits(yMin=None, yMax=None)
            plot.setYRange(-0.2, 1.2, padding=0)  # room to label 0 % and 100 % even in a short plot
            plot.enableAutoRange(axis="y", enable=False)
        else:
            axis.setScale(1.0)
            axis.setTicks(None)
            # R² can start far below zero; the interesting part is −1 … 1.
            plot.setLimits(yMin=-1.05, yMax=1.05)

    def _draw_kept_runs(self) -> None:
        for items in self._kept_items:
            for item, plot in zip(items, (self.loss_plot, self.loss_plot, self.metric_plot, self.metric_plot)):
                plot.removeItem(item)
        self._kept_items = []
        for number, (label, history) in enumerate(self._kept_runs):
            color = faint(series_color(_KEPT_FIRST_COLOR + number), _KEPT_ALPHA)
            dashed, dotted = Qt.PenStyle.DashLine, Qt.PenStyle.DotLine
            items = []
            for key, style, plot in (
                ("train_loss", dashed, self.loss_plot), ("test_loss", dotted, self.loss_plot),
                (f"train_{self._metric}", dashed, self.metric_plot), (f"test_{self._metric}", dotted, self.metric_plot),
            ):
                item = live_curve(plot, color, style)  # (added before setData: clipping needs the view)
                item.setZValue(-1)  # behind the current run
                if key in history and "epoch" in history:
                    item.setData(history["epoch"], history[key])
                items.append(item)
            self._kept_items.append(tuple(items))
        self._fill_legend()

    def _fill_legend(self) -> None:
        self.legend.clear()
        self.legend.addItem(self.train_curve, self.tr("training set"))
        if self._has_test:
            self.legend.addItem(self.test_curve, self.tr("test set"))
        if self._has_validation:
            self.legend.addItem(self.validation_curve, self.tr("validation set"))
        entries = [(label, items[0]) for (label, _), items in zip(self._kept_runs, self._kept_items)]
        earlier = len(entries) - NAMED_KEPT_RUNS
        add_kept_runs(self.legend, entries, self.tr("%n earlier kept run(s)", "", earlier))

    def _set_log_scale(self, on: bool) -> None:
        self.loss_plot.setLogMode(y=on)
        self.loss_range.decades = on
        self.loss_range.reset()
        if self.context is not None and self._last is not None:
            self.show_snapshot(self._last)

    def _apply_palette(self) -> None:
        style_plot_widget(self.graphics, self, (self.loss_plot, self.metric_plot))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_palette()
        super().changeEvent(event)
