"""Small helpers the live views share: plot colours from the palette, a throttle.

Plots take their background and foreground from the widget's palette (``Base`` and
``Text``), so they are white with dark text in a light theme, which reads best on a
projector, and follow a dark theme when the application uses one. Nothing here
changes pyqtgraph's global configuration, which other parts of the window may use.
"""

from __future__ import annotations

import math
import time

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QGraphicsItem, QWidget

from ..colors import CLASS_COLORS, hex_to_rgb
from ..numbers import LocaleAxisItem

#: Curve colours for series that are not classes (layers, kept runs): the Okabe–Ito
#: colours in an order that puts the pale yellow last.
SERIES_COLORS = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#000000", "#F0E442")

TICK_SCALE = 0.9  # tick labels a little smaller than the application's text


def series_color(index: int) -> str:
    return SERIES_COLORS[index % len(SERIES_COLORS)]


class LiveCurve(pg.PlotCurveItem):
    """A curve that is redrawn many times a second: the whole series is kept, and what
    is drawn is only its visible part (with one point beyond each edge), reduced to one
    lowest/highest pair of points per pixel column, which looks the same as drawing
    every point. ``x`` must be increasing (epochs are).

    This does for a live series what pyqtgraph's ``PlotDataItem`` does with clipping
    and "peak" downsampling, with less work per update (the loss view's update of a
    frame fell from 1.2 to 0.5 ms): every millisecond a frame takes while training is
    a millisecond the training thread waits.

    A two-pixel line (it must read on a projector) is drawn as three one-pixel lines,
    shifted by one device pixel right and down: the same pixels, about four times
    faster than Qt's stroking of a wide pen (0.13 ms against 0.50 ms for 840 points).
    Exports, faint and patterned lines are drawn as usual.
    """

    def __init__(self, color, style=Qt.PenStyle.SolidLine) -> None:
        self._log_y = False
        self._shown_for = None  # what the drawn points were made for: skip making them again
        super().__init__()  # (calls setData)
        self.setPen(pg.mkPen(color, width=2, style=style))
        self.opts["antialias"] = False
        self.opts["connect"] = "finite"  # a gap where a value is missing (log of 0)

    def setData(self, x=(), y=()) -> None:  # noqa: N802 (pyqtgraph's name)
        """Show the series ``y`` over increasing ``x`` (all of it; it is clipped here)."""
        self._series = (np.asarray(x, dtype=float), np.asarray(y, dtype=float))
        self._shown_for = None
        self._show()

    def getOriginalDataset(self) -> tuple[np.ndarray, np.ndarray]:  # noqa: N802 (as PlotDataItem's)
        return self._series

    def setLogMode(self, x_mode: bool, y_mode: bool) -> None:  # noqa: N802 (called by PlotItem)
        self._log_y = bool(y_mode)
        self._shown_for = None
        self._show()

    def viewTransformChanged(self) -> None:  # noqa: N802 (the view's range or size changed)
        super().viewTransformChanged()
        self._show()

    def _show(self) -> None:
        x, y = self._series
        view = self.getViewBox()
        if not isinstance(view, pg.ViewBox):  # not in a plot (yet): no clipping
            view = None
        (left, right), _ = view.viewRange() if view is not None else ((0.0, 0.0), None)
        columns = int(view.width()) if view is not None else 0
        key = (len(x), left, right, columns, self._log_y)
        if key == self._shown_for:
            return
        self._shown_for = key
        if self._log_y:
            with np.errstate(divide="ignore", invalid="ignore"):
                y = np.log10(np.where(y > 0, y, np.nan))
        if len(x) > 2 and columns > 0 and right > left:
            first = max(int(np.searchsorted(x, left, "left")) - 1, 0)
            last = min(int(np.searchsorted(x, right, "right")) + 1, len(x))
            x, y = x[first:last], y[first:last]
            # The pixel column of each point (epochs are measured unevenly, so columns
            # hold different numbers of points); a NaN in a column breaks the line there.
            column = np.floor((x - left) * (columns / (right - left)))
            starts = np.flatnonzero(np.concatenate(([True], column[1:] != column[:-1])))
            if 2 * len(starts) < len(x):
                pairs = np.column_stack((np.minimum.reduceat(y, starts), np.maximum.reduceat(y, starts)))
                x, y = np.repeat(x[starts], 2), pairs.ravel()
        super().setData(x, y)

    def paint(self, painter, option, widget) -> None:
        pen = self.opts["pen"]
        stamp = (
            self._exportOpts is False and pen.widthF() == 2 and pen.style() == Qt.PenStyle.SolidLine
            and pen.color().alpha() == 255 and self.xData is not None and len(self.xData) > 1
        )
        right, down = self.pixelVectors() if stamp else (None, None)
        if right is None or down is None:
            super().paint(painter, option, widget)
            return
        thin = QPen(pen)
        thin.setWidth(1)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(thin)
        path = self.getPath()
        painter.drawPath(path)
        painter.translate(right)
        painter.drawPath(path)
        painter.translate(down - right)
        painter.drawPath(path)
        painter.translate(-down)


def live_curve(plot: pg.PlotItem, color, style=Qt.PenStyle.SolidLine) -> LiveCurve:
    """A :class:`LiveCurve` in ``plot``."""
    item = LiveCurve(color, style)
    plot.addItem(item)
    return item


def palette_colors(widget: QWidget) -> tuple[QColor, QColor]:
    """(background, foreground) for plots inside ``widget``."""
    palette = widget.palette()
    return palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text)


def is_dark(color: QColor) -> bool:
    return color.lightnessF() < 0.5


def style_plot(plot: pg.PlotItem, background: QColor, foreground: QColor) -> None:
    """Give a plot's axes (and legend, if any) the foreground colour."""
    # From the application's font, so View → Zoom (which scales that font) scales the
    # plots' labels too; the views re-style on a font change.
    font = QFont(QApplication.font())
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * TICK_SCALE)
    for name in ("left", "bottom", "right", "top"):
        axis = plot.getAxis(name)
        axis.setPen(foreground)
        axis.setTextPen(foreground)
        axis.setTickFont(font)
        if hasattr(axis, "setSIPrefixEnableRanges"):
            # pyqtgraph 0.14 applies the prefix even when disabled, for values in 0…1
            # (a falling loss would read 600, 400, 200); no range means never.
            axis.setSIPrefixEnableRanges(())
        axis.enableAutoSIPrefix(False)  # no "(x0.001)" in the label: students read the numbers as they are
        # Axes (with their grid lines) are the costliest part of a plot to draw. Cached
        # as a picture, they are redrawn only when their range changes, which
        # StableRange below makes rare.
        axis.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
    legend = plot.legend
    if legend is not None:
        style_legend(legend, background, foreground)


def style_legend(legend: pg.LegendItem, background: QColor, foreground: QColor) -> None:
    fill = QColor(background)
    fill.setAlpha(210)
    edge = QColor(foreground)
    edge.setAlpha(90)
    legend.setBrush(fill)
    legend.setPen(edge)
    legend.setLabelTextColor(foreground)


def style_plot_widget(widget: pg.PlotWidget | pg.GraphicsLayoutWidget, owner: QWidget, plots) -> None:
    """Set the background of a pyqtgraph widget and style its plots."""
    background, foreground = palette_colors(owner)
    widget.setBackground(background)
    for plot in plots:
        style_plot(plot, background, foreground)


def faint(color: str, alpha: int) -> QColor:
    q = QColor(color)
    q.setAlpha(alpha)
    return q


def sequential_lut(color: str, size: int = 256) -> np.ndarray:
    """A (size, 4) uint8 table from white to ``color``."""
    return pg.ColorMap([0.0, 1.0], ["#FFFFFF", color]).getLookupTable(0.0, 1.0, size, alpha=True, mode="byte")


def class_rgb_table() -> np.ndarray:
    """(len(CLASS_COLORS), 3) float array of the class colours."""
    return np.array([hex_to_rgb(c) for c in CLASS_COLORS], dtype=float)


def neuron_ticks(count: int, offset: float = 0.5, names=None, most: int = 16) -> list[tuple[float, str]]:
    """Ticks at the centres of ``count`` cells, labelled 1..count (or ``names``);
    no more than about ``most`` labels."""
    step = max(1, int(np.ceil(count / most)))
    labels = names if names is not None else [str(i + 1) for i in range(count)]
    return [(i + offset, str(labels[i])) for i in range(0, count, step)]


def locale_axes(*names: str) -> dict[str, LocaleAxisItem]:
    """Axes whose tick labels follow the interface language (``0,5`` in Indonesian, and
    ``2×10⁵`` rather than ``2e+05``), for a plot's ``axisItems`` (default: left and bottom)."""
    return {name: LocaleAxisItem(name) for name in (names or ("left", "bottom"))}


class WholeAxis(LocaleAxisItem):
    """An axis of whole numbers (epochs): ticks at whole numbers only, so a plot that
    spans less than one epoch (before training) does not read "0,2 0,4 0,6 0,8"."""

    def tickValues(self, minVal, maxVal, size):  # noqa: N802, N803 (pyqtgraph's names)
        levels = [(spacing, values) for spacing, values in super().tickValues(minVal, maxVal, size) if spacing >= 1]
        if levels:
            return levels
        low, high = sorted((minVal, maxVal))
        return [(1.0, [float(v) for v in range(math.ceil(low), math.floor(high) + 1)])]


class DecadeAxis(LocaleAxisItem):
    """An axis that, on a log scale, labels only the powers of ten once two of them are
    visible, so the minor labels (0,02, 0,03 …) do not pile up near each decade; from
    four decades on it draws no minor ticks (2, 3 … 9 × 10ᵏ) at all: their grid lines,
    a few pixels apart, were clutter, and drawing them took some 7 ms each time the
    axis moved (one long frame while training)."""

    _decades = 0
    MINOR_UP_TO_DECADES = 3

    def logTickValues(self, minVal, maxVal, size, stdTicks):  # noqa: N802, N803 (pyqtgraph's names)
        self._decades = math.floor(maxVal) - math.ceil(minVal) + 1
        levels = super().logTickValues(minVal, maxVal, size, stdTicks)
        major = [(spacing, values) for spacing, values in levels if spacing is not None]
        if self._decades > self.MINOR_UP_TO_DECADES and major:
            return major
        return levels

    def logTickStrings(self, values, scale, spacing):  # noqa: N802
        strings = super().logTickStrings(values, scale, spacing)
        if spacing is None and self._decades >= 2:
            # keep 1, 10, 0.1 … (they are in the minor level when no major level is)
            return [text if abs(value - round(value)) < 1e-9 else "" for value, text in zip(values, strings)]
        return strings


class Throttle(QObject):
    """Run an expensive update at most ``rate`` times a second, but only once it is
    measured to be expensive; the last request always runs (a moment later).

    An update that takes long (a large network over a grid) waits ``busy_factor`` times
    its own duration before the next, so it never takes more than about a fifth of the
    GUI thread's time.

    It is a QObject (a child of ``parent``) so that its timer calls a QObject's method:
    connecting Qt signals to methods of plain Python objects has crashed PySide6
    (dropped references), and this way the timer also dies with its view.
    """

    busy_factor = 4.0

    def __init__(self, callback, rate: float = 10.0, cheap_seconds: float = 0.005, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._callback = callback
        self._interval = 1.0 / rate
        self._cheap = cheap_seconds
        self.cost = 0.0  # seconds the last run took
        self._last_run = -1e9
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.run_now)

    def request(self) -> None:
        if self.cost < self._cheap:
            self.run_now()
            return
        wait = self._last_run + max(self._interval, self.busy_factor * self.cost) - time.perf_counter()
        if wait <= 0:
            self.run_now()
        elif not self._timer.isActive():
            self._timer.start(max(1, int(wait * 1000)))

    def run_now(self) -> None:
        self._timer.stop()
        started = time.perf_counter()
        self._callback()
        finished = time.perf_counter()
        self.cost = finished - started
        self._last_run = finished

    def reset(self) -> None:
        self._timer.stop()
        self.cost = 0.0
        self._last_run = -1e9


def nice_ceiling(value: float) -> float:
    """The smallest of 1, 2, 5 × 10ᵏ that is ≥ value (for axis ends that change rarely)."""
    if value <= 0 or not math.isfinite(value):
        return 1.0
    power = 10.0 ** math.floor(math.log10(value))
    for step in (1.0, 2.0, 5.0, 10.0):
        if step * power >= value * (1 - 1e-12):
            return step * power
    return 10.0 * power


class StableRange:
    """Keeps a live plot's range still while the data grows, so its axes are not
    redrawn every frame: x runs from 0 to a "nice" number of epochs that grows in steps
    (100, 200, 500 …); y is widened when the data leaves it and narrowed only when the
    data fills less than half of it. Once the user pans or zooms, it lets go until the
    plot's "A" (auto-range) button is pressed or the view is reset.

    With ``decades`` (a log axis: y values are log10), y runs between whole decades with
    a spare decade below, so noisy values such as gradient norms that keep setting new
    lows move the axis (and make it redraw) a few times, not at every new low.
    """

    def __init__(self, plot: pg.PlotItem, manage_y: bool = True, decades: bool = False) -> None:
        self.plot = plot
        self.manage_y = manage_y
        self.decades = decades
        self.manual = False
        self._x_end = None
        self._y = None
        plot.vb.sigRangeChangedManually.connect(self._user_moved)
        plot.autoBtn.clicked.connect(self.reset)
        plot.enableAutoRange(axis="x", enable=False)
        if manage_y:
            plot.enableAutoRange(axis="y", enable=False)

    def _user_moved(self, *_args) -> None:
        self.manual = True

    def reset(self, *_args) -> None:
        self.manual = False
        self._x_end = None
        self._y = None
        self.plot.enableAutoRange(axis="x", enable=False)
        if self.manage_y:
            self.plot.enableAutoRange(axis="y", enable=False)

    def update(self, last_x: float, y_values: list[np.ndarray] | None = None) -> None:
        if self.manual:
            return
        x_end = nice_ceiling(max(last_x, 1.0))
        if x_end != self._x_end:
            self._x_end = x_end
            self.plot.setXRange(0, x_end, padding=0.02)
        if not self.manage_y or not y_values:
            return
        finite = [v[np.isfinite(v)] for v in y_values]
        finite = [v for v in finite if v.size]
        if not finite:
            return
        low = min(float(v.min()) for v in finite)
        high = max(float(v.max()) for v in finite)
        span = (high - low) or max(abs(high), 1e-12)
        if self._y is not None:
            y_low, y_high = self._y
            inside = y_low <= low and high <= y_high
            if inside and span >= 0.5 * (y_high - y_low):
                return
        if self.decades:
            y = (math.floor(low) - 1.0, max(math.ceil(high), math.floor(low) + 1.0))
        else:
            pad = 0.08 * span
            y = (low - pad, high + pad)
        if y != self._y:
            self._y = y
            self.plot.setYRange(*y, padding=0)
