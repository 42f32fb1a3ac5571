"""The loss landscape: the loss over a plane of weight space, with the optimiser's path.

The plane is spanned by two directions fixed for the run (core/landscape.py): two random
filter-normalised directions (Li et al. 2018), or, for the smallest networks, two of the
parameters themselves, chosen by name (for a single neuron with one input, w and b: the
true surface). Its coordinates (α, β) are measured from the run's first weights θ₀; the
path is each drawn snapshot's weights projected onto it (least squares), and the current
point is marked.

The picture is the slice through the *current* weights θ: the point (α, β) is the
network at θ₀ + r + α·a + β·b, where r is the part of θ − θ₀ the plane does not hold, so
the current point sits on the surface at its own loss. It is recomputed about once a
second while training (and at once when paused), on a seeded sample of the training
rows, on a grid made coarser for large networks so that one grid stays cheap
(benchmarks/bench_landscape.py).

:class:`LandscapePlot` (the filled contour map, its isolines, paths and legend) is also
drawn by the optimiser race's window.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...core import landscape
from ...core.trainer import Snapshot
from ..names import feature_name
from ..numbers import SUBSCRIPTS, format_number
from .base import View, ViewContext
from .decision_view import level_segments
from .plotstyle import Throttle, locale_axes, nice_ceiling, style_plot_widget

GRID = 41  # grid points per side, at most
MID_GRID, MIN_GRID = 21, 11  # … and at least (see grid_size)
MAX_ROWS = 500  # training rows the loss is measured on (a seeded sample)
MID_ROWS, MIN_ROWS = 128, 32
WORK_BUDGET = 4e7  # multiply-adds of one grid: well under a tenth of a second
PARAMETER_CHOICE_LIMIT = 64  # networks with at most this many parameters may use two of them as axes
KEEP_WEIGHTS_LIMIT = 4096  # … and up to this many, the path's weights are kept (to project them again)
PATH_CAPACITY = 1000
UPSAMPLE = 4  # the grid is interpolated this much finer before it is cut into bands
BANDS = 12  # filled contour bands, equal steps of log10(loss)
GRID_RATE = 1.0  # grids per second while training
MIN_HALF_WIDTH = {"random": 0.5, "parameters": 0.5}  # the smallest plane shown: ±this around the path
LOW_COLOR, HIGH_COLOR = "#FFFFFF", "#7D93B2"  # low loss pale, high loss slate: paths stay visible on both
PATH_COLOR = "#D55E00"
OUTLINE = "#1A1A1A"
RANDOM, PARAMETERS = "random", "parameters"


def upsample(values: np.ndarray, factor: int) -> np.ndarray:
    """Bilinear interpolation of an (n, m) grid to ((n−1)·factor + 1, (m−1)·factor + 1)."""
    def along_rows(v):
        n = v.shape[0]
        if n < 2:
            return v
        x = np.linspace(0.0, n - 1.0, (n - 1) * factor + 1)
        low = np.minimum(np.floor(x).astype(int), n - 2)
        t = (x - low)[:, None]
        return v[low] * (1.0 - t) + v[low + 1] * t

    return along_rows(along_rows(values).T).T


def band_levels(low: float, high: float) -> np.ndarray:
    """The BANDS + 1 band edges of log10(loss) from ``low`` to ``high``."""
    if not high > low:
        high = low + 1e-6
    return np.linspace(low, high, BANDS + 1)


def parameter_label(name: str, feature_names) -> str:
    """``layer1.weights[0][1]`` as ``w₁[x₁→2]``: the layer as a subscript, the source (an
    input's name in the first layer) and the neuron counted from 1; ``b₂[1]``, ``γ₁[3]``."""
    head, _, index = name.partition("[")
    layer, kind = head.split(".")
    number = layer.removeprefix("layer").translate(SUBSCRIPTS)
    indices = [int(part) for part in index.rstrip("]").split("][")] if index else []
    symbol = {"weights": "w", "bias": "b", "gamma": "γ", "beta": "β"}[kind]
    if kind == "weights":
        source = feature_name(feature_names[indices[0]]) if layer == "layer1" and indices[0] < len(feature_names) else str(indices[0] + 1)
        return f"{symbol}{number}[{source}→{indices[1] + 1}]"
    return f"{symbol}{number}[{indices[0] + 1}]"


class PlaneExtent:
    """The part of the plane in view: a square around the paths that grows (and moves) in
    steps only when a path comes near its edge, so the picture does not jump every frame."""

    def __init__(self, minimum: float) -> None:
        self.minimum = minimum
        self.centre = (0.0, 0.0)
        self.half = minimum

    def fits(self, points: np.ndarray) -> bool:
        """True when every point lies inside the inner 85 % of the square."""
        if not len(points):
            return True
        inner = 0.85 * self.half
        return bool((np.abs(points[:, 0] - self.centre[0]) <= inner).all() and (np.abs(points[:, 1] - self.centre[1]) <= inner).all())

    def cover(self, points: np.ndarray) -> bool:
        """Make the square hold ``points``; True if it changed."""
        points = points[np.isfinite(points).all(axis=1)] if len(points) else points
        if self.fits(points):
            return False
        low, high = points.min(axis=0), points.max(axis=0)
        centre = 0.5 * (low + high)
        half = nice_ceiling(max(self.minimum, 0.7 * float((high - low).max()) + 1e-12))
        step = half / 4  # the centre on a coarse grid, so small moves of the path keep it
        self.centre = (round(centre[0] / step) * step, round(centre[1] / step) * step)
        self.half = half
        if not self.fits(points):  # rounding the centre left a point near an edge
            self.half = nice_ceiling(1.01 * half)
        return True

    def axes(self, points: int) -> tuple[np.ndarray, np.ndarray]:
        return (np.linspace(self.centre[0] - self.half, self.centre[0] + self.half, points),
                np.linspace(self.centre[1] - self.half, self.centre[1] + self.half, points))


class LandscapePlot(QWidget):
    """A filled contour map of log10(loss) with isolines, paths on it and a legend row below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot_widget = pg.PlotWidget(self, axisItems=locale_axes())
        self.plot: pg.PlotItem = self.plot_widget.getPlotItem()
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        # Not locked to equal scales: the computed square then fills the plot, whatever its shape.
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setZValue(-10)
        self.image.setLookupTable(pg.ColorMap([0.0, 1.0], [LOW_COLOR, HIGH_COLOR]).getLookupTable(0.0, 1.0, BANDS, mode="byte"))
        self.plot.addItem(self.image)
        self.isolines = pg.PlotDataItem(connect="pairs", pen=pg.mkPen((40, 40, 40, 110), width=1))
        self.isolines.setZValue(-5)
        self.plot.addItem(self.isolines)
        self.paths: dict[str, tuple[pg.PlotDataItem, pg.ScatterPlotItem, pg.ScatterPlotItem]] = {}
        self.loss_range: tuple[float, float] | None = None
        self.legend_label = QLabel(self)
        self.legend_label.setTextFormat(Qt.TextFormat.RichText)
        self.legend_label.setWordWrap(True)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.plot_widget, 1)
        box.addWidget(self.legend_label)
        self._apply_palette()

    def set_surface(self, losses: np.ndarray | None, x: np.ndarray, y: np.ndarray) -> None:
        """Draw the loss ``losses`` (len(y), len(x)) over the grid x × y (None clears it)."""
        if losses is None or not np.isfinite(losses).any():
            self.image.clear()
            self.isolines.setData([], [])
            self.loss_range = None
            return
        finite = losses[np.isfinite(losses)]
        # log10 of the loss: a landscape spans decades. Points beyond float range count as the highest.
        logs = np.log10(np.clip(np.where(np.isfinite(losses), losses, finite.max()), 1e-12, None))
        fine = upsample(logs, UPSAMPLE)
        edges = band_levels(float(fine.min()), float(fine.max()))
        bands = np.clip(np.searchsorted(edges, fine, side="right") - 1, 0, BANDS - 1)
        self.image.setImage(bands.astype(np.uint8), autoLevels=False, levels=(0, BANDS - 1))
        dx, dy = (x[-1] - x[0]) / (fine.shape[1] - 1), (y[-1] - y[0]) / (fine.shape[0] - 1)
        self.image.setRect(x[0] - dx / 2, y[0] - dy / 2, dx * fine.shape[1], dy * fine.shape[0])
        # The isolines at the band edges, found on the fine grid's cell centres (index units).
        index = np.arange(fine.shape[0], dtype=float)
        segments = [level_segments(fine - level, index) for level in edges[1:-1]]
        flat = np.concatenate(segments).reshape(-1, 2) if segments else np.zeros((0, 2))
        self.isolines.setData(x[0] + flat[:, 0] * dx, y[0] + flat[:, 1] * dy, connect="pairs")
        self.loss_range = (float(finite.min()), float(finite.max()))
        self.plot.setRange(xRange=(x[0], x[-1]), yRange=(y[0], y[-1]), padding=0)

    def set_path(self, key: str, points: np.ndarray, color: str, width: float = 2.5, layer: int = 0) -> None:
        """The path ``points`` (n, 2) in ``color``: a line, a hollow circle at its start and a
        filled one at its end (the current point). Paths of a higher ``layer`` lie on top
        (drawn thinner, the ones below still show beside them where they overlap)."""
        if key not in self.paths:
            line = pg.PlotDataItem(pen=pg.mkPen(color, width=width), antialias=True)
            start = pg.ScatterPlotItem(symbol="o", size=10, pen=pg.mkPen(color, width=2), brush=pg.mkBrush(255, 255, 255, 200))
            now = pg.ScatterPlotItem(symbol="o", size=15, pen=pg.mkPen(OUTLINE, width=1.5), brush=pg.mkBrush(color))
            for z, item in enumerate((line, start, now)):
                item.setZValue(5 + 3 * layer + z if item is line else 20 + 3 * layer + z)
                self.plot.addItem(item)
            self.paths[key] = (line, start, now)
        line, start, now = self.paths[key]
        points = np.asarray(points, dtype=float).reshape(-1, 2)
        line.setData(points[:, 0], points[:, 1])
        start.setData(pos=points[:1])
        now.setData(pos=points[-1:])

    def clear_paths(self) -> None:
        for items in self.paths.values():
            for item in items:
                self.plot.removeItem(item)
        self.paths = {}

    def set_axis_labels(self, x: str, y: str) -> None:
        self.plot.setLabel("bottom", x)
        self.plot.setLabel("left", y)

    def range_text(self) -> str:
        """"loss 0,12 (pale) … 3,4 (dark)" in the interface language."""
        if self.loss_range is None:
            return ""
        low, high = self.loss_range
        return self.tr("loss from {low} (pale) to {high} (dark)").format(
            low=format_number(low, significant=3), high=format_number(high, significant=3))

    def _apply_palette(self) -> None:
        style_plot_widget(self.plot_widget, self, (self.plot,))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self._apply_palette()
        super().changeEvent(event)


def grid_size(network, rows: int) -> tuple[int, int]:
    """(grid points per side, rows) for a grid of at most WORK_BUDGET multiply-adds: first
    fewer rows (down to MID_ROWS), then fewer points (to MID_GRID), then both to their least."""
    layers = network.layers
    # The first layer's products X·W, X·A, X·B are shared by all points (core/landscape.py):
    # per point it adds three rows of its width; every later layer is a product per point.
    per_row = 3 * layers[0].units + sum(layer.fan_in * layer.units for layer in layers[1:])
    size = GRID

    def too_much():
        return size * size * rows * per_row > WORK_BUDGET

    for least_rows, least_size in ((MID_ROWS, MID_GRID), (MIN_ROWS, MIN_GRID)):
        while too_much() and rows > least_rows:
            rows = max(least_rows, rows // 2)
        while too_much() and size > least_size:
            size -= 2
    return size, rows


def loss_sample(dataset, network, seed: int) -> tuple[np.ndarray, np.ndarray, int]:
    """(X, Y, grid points per side): a seeded sample of the training rows, in the network's
    dtype with the targets as the loss needs them, and a grid size, both chosen by
    :func:`grid_size` so that one grid stays cheap."""
    size, rows = grid_size(network, min(dataset.n_train, MAX_ROWS))
    sample = np.sort(np.random.default_rng([seed, 8]).choice(dataset.n_train, size=rows, replace=False))
    X = np.ascontiguousarray(dataset.X_train[sample], dtype=network.dtype)
    Y = dataset.encode_targets(dataset.y_train[sample], network.output_dim, network.dtype)
    return X, Y, size


class LandscapeView(View):
    """The loss over a plane through the current weights, and the path that led there."""

    redraw_interval = 0.1  # seconds between redraws while training: the path is cheap; the grid has its own pace

    #: The user asked for the optimiser race (the window opens it).
    race_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode = RANDOM
        self._throttle = Throttle(self._compute_grid, rate=GRID_RATE, cheap_seconds=0.0, parent=self)
        self._reset_path()

        page = QWidget()
        self.axes_label = QLabel(page)
        self.axes_choice = QComboBox(page)
        self.axes_choice.setObjectName("landscape_axes")
        self.axes_choice.addItems(["", ""])
        self.axes_choice.currentIndexChanged.connect(self._axes_changed)
        self.parameter_a = QComboBox(page)
        self.parameter_a.setObjectName("landscape_parameter_a")
        self.parameter_b = QComboBox(page)
        self.parameter_b.setObjectName("landscape_parameter_b")
        for combo in (self.parameter_a, self.parameter_b):
            combo.currentIndexChanged.connect(self._parameters_changed)
        for combo in (self.axes_choice, self.parameter_a, self.parameter_b):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.race_button = QPushButton(page)
        self.race_button.setObjectName("race_button")
        self.race_button.clicked.connect(self.race_requested)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.axes_label)
        top.addWidget(self.axes_choice)
        top.addStretch(1)
        top.addWidget(self.race_button)
        # The two parameters, in a row of their own (shown only when they are the axes).
        self.parameter_row = QWidget(page)
        chosen = QHBoxLayout(self.parameter_row)
        chosen.setContentsMargins(0, 0, 0, 0)
        self.across_label, self.up_label = QLabel(page), QLabel(page)
        for widget in (self.across_label, self.parameter_a, self.up_label, self.parameter_b):
            chosen.addWidget(widget)
        chosen.addStretch(1)
        self.canvas = LandscapePlot(page)
        page_box = QVBoxLayout(page)
        page_box.setContentsMargins(0, 0, 0, 0)
        page_box.addLayout(top)
        page_box.addWidget(self.parameter_row)
        page_box.addWidget(self.canvas, 1)
        self._lay_out_with_message(page)
        self.retranslate_ui()

    # ------------------------------------------------------------------ window API
    def set_context(self, context: ViewContext) -> None:
        super().set_context(context)
        self._throttle.reset()
        network, dataset = context.network, context.dataset
        seed = int(context.experiment["training"].get("seed", 0))
        self._X, self._Y, self.grid_points = loss_sample(dataset, network, seed)
        self._loss = context.experiment["training"]["loss"]
        self._seed = seed
        count = network.parameter_count()
        self._keep_weights = count <= KEEP_WEIGHTS_LIMIT
        names = landscape.parameter_names(network)
        choosable = count <= PARAMETER_CHOICE_LIMIT
        for combo in (self.parameter_a, self.parameter_b):
            combo.blockSignals(True)
            combo.clear()
            if choosable:
                combo.addItems([parameter_label(name, dataset.feature_names) for name in names])
            combo.blockSignals(False)
        if choosable:
            # The first two weights; for a single neuron with one input: w and b, the whole surface.
            self.parameter_a.setCurrentIndex(0)
            self.parameter_b.setCurrentIndex(1 if count > 1 else 0)
        self.axes_choice.blockSignals(True)
        self.axes_choice.setEnabled(choosable and count > 1)
        self.axes_choice.setCurrentIndex(1 if choosable and count == 2 else 0)
        self.axes_choice.blockSignals(False)
        self.mode = PARAMETERS if self.axes_choice.currentIndex() == 1 else RANDOM
        self._reset_path()
        self.canvas.clear_paths()
        self.canvas.set_surface(None, np.zeros(1), np.zeros(1))
        self._show_parameter_choice()
        self.retranslate_ui()
        # The run's starting weights: the display network is built from the run's seed, as the
        # trained one was. So the path starts where training did, even if this view was out
        # of sight (and not drawn) for the first epochs.
        self._start_at(landscape.parameter_vector(network))

    def show_snapshot(self, snapshot: Snapshot) -> None:
        if self.context is None:
            return
        if snapshot.replay:  # a kept epoch of the timeline: the point goes back along the path
            self._show_kept_epoch()
            return
        self._scrub = None
        if snapshot.steps != self._last_steps or self._origin is None:
            theta = landscape.parameter_vector(self.context.network)
            if not np.isfinite(theta).all():
                return  # a diverged run: nothing to place on the plane
            if self._origin is None:
                self._start_at(theta)
            if snapshot.steps != self._last_steps:
                self._add_point(theta)
            self._last_steps = snapshot.steps
        self._draw_path()
        if self.extent.cover(self._coords_array()) or not snapshot.running:
            self._throttle.run_now()
        else:
            self._throttle.request()

    def retranslate_ui(self) -> None:
        self.axes_label.setText(self.tr("Axes:"))
        self.across_label.setText(self.tr("across:"))
        self.up_label.setText(self.tr("up:"))
        self.race_button.setText(self.tr("Optimiser race…"))
        self.race_button.setToolTip(self.tr("Race two or three optimisers from the same starting weights on this landscape."))
        self.axes_choice.setItemText(0, self.tr("two random directions"))
        self.axes_choice.setItemText(1, self.tr("two parameters"))
        self.axes_choice.setToolTip(self.tr(
            "Random directions work for any network: each neuron's weights move by as much as they weigh "
            "(filter normalisation, Li et al. 2018). For a small network you can pick two weights or biases instead."
        ))
        self.message.setText("")
        self.canvas.plot_widget.setToolTip(self.tr(
            "The loss over a flat slice of weight space through the current weights: pale is low, dark is high, "
            "and the lines join points of equal loss. The line is the path training took, seen from above; "
            "the filled dot is where the weights are now, the hollow dot where they started."
        ))
        if self.mode == PARAMETERS and self.parameter_a.count():
            self.canvas.set_axis_labels(self.parameter_a.currentText(), self.parameter_b.currentText())
        else:
            self.canvas.set_axis_labels(self.tr("direction 1"), self.tr("direction 2"))
        self._update_legend()

    # ------------------------------------------------------------------ the plane
    def _reset_path(self) -> None:
        self._origin: np.ndarray | None = None
        self._directions: tuple[np.ndarray, np.ndarray] | None = None
        self._offset = np.zeros(2)
        self._weights: list[np.ndarray] = []
        self._coords: list[np.ndarray] = []
        self._scrub: np.ndarray | None = None  # where a kept epoch shown by the timeline lies on the plane
        self._last_steps = -1
        self.extent = PlaneExtent(MIN_HALF_WIDTH[getattr(self, "mode", RANDOM)])

    def _start_at(self, theta: np.ndarray) -> None:
        """The plane's origin θ₀ and the path's first point."""
        if not np.isfinite(theta).all():
            return
        self._origin = theta
        self._make_directions()
        self._add_point(theta)
        self._last_steps = 0

    def _make_directions(self) -> None:
        network = self.context.network
        if self.mode == PARAMETERS:
            i, j = self.parameter_a.currentIndex(), self.parameter_b.currentIndex()
            self._directions = (landscape.parameter_direction(network, i), landscape.parameter_direction(network, j))
            self._offset = np.array([self._origin[i], self._origin[j]])  # the axes show the parameters' values
        else:
            rng = np.random.default_rng([self._seed, 7])  # fixed per run
            self._directions = landscape.filter_normalised_directions(network, rng)
            self._offset = np.zeros(2)
        self.extent = PlaneExtent(MIN_HALF_WIDTH[self.mode])

    def _add_point(self, theta: np.ndarray) -> None:
        a, b = self._directions
        self._coords.append(landscape.projection(theta, self._origin, a, b)[0])
        if self._keep_weights:
            self._weights.append(theta)
        if len(self._coords) > PATH_CAPACITY:  # every other point, keeping the first and the newest
            keep = list(range(0, len(self._coords) - 1, 2)) + [len(self._coords) - 1]
            self._coords = [self._coords[k] for k in keep]
            if self._keep_weights:
                self._weights = [self._weights[k] for k in keep]

    def _coords_array(self) -> np.ndarray:
        return np.asarray(self._coords, dtype=float).reshape(-1, 2)

    def _show_kept_epoch(self) -> None:
        """The weights of a kept epoch (the window has put them in the view's network): the
        current point there, the path drawn up to its nearest point, the slice through them."""
        theta = landscape.parameter_vector(self.context.network)
        if self._origin is None or not np.isfinite(theta).all():
            return
        a, b = self._directions
        self._scrub = landscape.projection(theta, self._origin, a, b)[0]
        self._draw_path()
        self._throttle.run_now()

    def _draw_path(self) -> None:
        coords = self._coords_array()
        if self._scrub is not None and len(coords):  # scrubbed back: the path as far as that epoch
            nearest = int(np.argmin(np.linalg.norm(coords - self._scrub, axis=1)))
            coords = np.vstack([coords[: nearest + 1], self._scrub])
        self.canvas.set_path("run", coords + self._offset, PATH_COLOR)

    def _compute_grid(self) -> None:
        if self.context is None or self._directions is None or not self._coords:
            return
        a, b = self._directions
        alphas, betas = self.extent.axes(self.grid_points)
        current = self._coords[-1] if self._scrub is None else self._scrub
        # The slice through the current weights θ: the point (α, β) is θ + (α − α_θ)·a + (β − β_θ)·b.
        losses = landscape.loss_grid(self.context.network, self._X, self._Y, self._loss, a, b,
                                     alphas - current[0], betas - current[1])
        self.canvas.set_surface(losses, alphas + self._offset[0], betas + self._offset[1])
        self._update_legend()

    def _update_legend(self) -> None:
        path, start = _escape(self.tr("path and the weights now")), _escape(self.tr("start"))
        parts = [f"<span style='color:{PATH_COLOR}'>━ ●</span> {path}", f"<span style='color:{PATH_COLOR}'>○</span> {start}"]
        text = self.canvas.range_text()
        if text:
            parts.append(_escape(text))
        self.canvas.legend_label.setText(" &nbsp;&nbsp; ".join(parts))

    # ------------------------------------------------------------------ the axes chooser
    def _show_parameter_choice(self) -> None:
        self.parameter_row.setVisible(self.mode == PARAMETERS)

    def _axes_changed(self, index: int) -> None:
        self.mode = PARAMETERS if index == 1 else RANDOM
        self._show_parameter_choice()
        self._replot()

    def _parameters_changed(self, _index: int) -> None:
        if self.mode == PARAMETERS:
            self._replot()

    def _replot(self) -> None:
        """New axes: the path projected again (from its kept weights), the grid recomputed."""
        self.retranslate_ui()
        if self.context is None or self._origin is None:
            return
        weights = self._weights if self._keep_weights else [landscape.parameter_vector(self.context.network)]
        self._make_directions()
        self._coords, self._weights = [], []
        for theta in weights:
            self._add_point(theta)
        self._draw_path()
        self.extent.cover(self._coords_array())
        self._throttle.run_now()


def _escape(text: str) -> str:
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

