"""What the network answers over the whole plane, with the data points on top.

* Two classes: the probability of class 1, orange (class 0) → white (unsure) → blue (class 1).
* More classes: the colour of the most likely class, paler where the network is unsure.
* Regression on the plane: the predicted value, orange (−1) → white (0) → blue (+1).
* Regression with one input (``sine``): the points and the network's curve.

Other data (CSV files, no raw points) cannot be drawn: :meth:`DecisionView.supported`
is False and the view shows a short explanation instead.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ...core.trainer import Snapshot
from ...data.plane import EXTENT, cell_centres, plane_grid
from .. import colors
from ..names import feature_name
from .base import View, ViewContext
from .plotstyle import Throttle, class_rgb_table, locale_axes, style_plot_widget

GRID = 100  # grid cells per side (the plane and its convention: data/plane.py)
CURVE_POINTS = 300
OUTLINE = "#1A1A1A"  # points' outline: dark on every background colour of the map
#: How strongly a sure multi-class prediction is coloured (1 = the full class colour);
#: below 1 the data points stay visible on top.
MULTICLASS_STRENGTH = 0.75
#: The same for the two-class and regression maps: the LUT is mixed this far with white.
MAP_STRENGTH = 0.8
POINT_SIZE = 9
#: Room around the plane, in its units, so that points on its edge show whole.
PLANE_MARGIN = 0.25

BINARY, MULTICLASS, PLANE, CURVE = "binary", "multiclass", "plane", "curve"
BOUNDARY_COLOR = "#1A1A1A"  # dark on orange, blue and white alike
BOUNDARY_WIDTH = 2.5


def level_segments(values: np.ndarray, centres: np.ndarray) -> np.ndarray:
    """Where ``values`` (rows, columns) over the grid ``centres`` (row 0 at the bottom)
    cross zero, as line segments (n, 2, 2) of (x1, x2) end points: marching squares.

    Each square of four neighbouring cell centres that the zero line crosses gets one
    segment between the crossings on its edges, placed by linear interpolation (two
    segments where opposite corners agree: the centre's sign decides how they pair)."""
    v = np.asarray(values, dtype=float)
    inside = v > 0
    # The four corners of every square: bottom-left, bottom-right, top-right, top-left.
    a, b, c, d = v[:-1, :-1], v[:-1, 1:], v[1:, 1:], v[1:, :-1]
    ia, ib, ic, id_ = inside[:-1, :-1], inside[:-1, 1:], inside[1:, 1:], inside[1:, :-1]
    x0, x1 = centres[None, :-1], centres[None, 1:]
    y0, y1 = centres[:-1, None], centres[1:, None]

    def cut(p, q):  # where the line through (0, p) and (1, q) is zero
        with np.errstate(divide="ignore", invalid="ignore"):
            return np.clip(np.nan_to_num(p / (p - q), nan=0.5, posinf=0.5, neginf=0.5), 0.0, 1.0)

    shape = a.shape
    # The crossing on each edge: bottom, right, top, left.
    xs = np.stack([x0 + cut(a, b) * (x1 - x0), np.broadcast_to(x1, shape), x0 + cut(d, c) * (x1 - x0),
                   np.broadcast_to(x0, shape)], axis=-1)
    ys = np.stack([np.broadcast_to(y0, shape), y0 + cut(b, c) * (y1 - y0), np.broadcast_to(y1, shape),
                   y0 + cut(a, d) * (y1 - y0)], axis=-1)
    crosses = np.stack([ia != ib, ib != ic, id_ != ic, ia != id_], axis=-1)
    count = crosses.sum(axis=-1)
    points = np.stack([xs, ys], axis=-1)  # (rows, columns, edge, xy)
    segments = []
    two = count == 2
    if two.any():
        edges = np.argsort(~crosses[two], axis=-1, kind="stable")[:, :2]  # the two crossed edges, in order
        segments.append(np.take_along_axis(points[two], edges[:, :, None], axis=1))
    four = count == 4
    if four.any():
        corner_kept = (0.25 * (a + b + c + d) > 0)[four] == ia[four]  # the centre sides with corner a
        pairs = np.where(corner_kept[:, None, None], [[0, 1], [2, 3]], [[0, 3], [1, 2]])  # (n, 2 segments, 2 edges)
        quad = points[four]
        for k in range(2):
            segments.append(np.take_along_axis(quad, pairs[:, k, :, None], axis=1))
    return np.concatenate(segments) if segments else np.zeros((0, 2, 2))


def boundary_values(outputs: np.ndarray, mode: str) -> list[np.ndarray]:
    """Fields whose zero line is the decision boundary: p − 0.5 for two classes; for
    several, each class's p minus the largest other p (zero where the argmax changes)."""
    if mode == BINARY:
        return [outputs[:, -1] - 0.5]
    fields = []
    for k in range(outputs.shape[1]):
        others = np.delete(outputs, k, axis=1)
        fields.append(outputs[:, k] - others.max(axis=1))
    return fields


def class_probability_colors(probabilities: np.ndarray, strength: float = MULTICLASS_STRENGTH) -> np.ndarray:
    """(n, 3) uint8 colours: the most likely class's colour, blended with white by
    how sure the network is (white when all K classes are equally likely)."""
    k = probabilities.shape[1]
    winner = probabilities.argmax(axis=1)
    sure = probabilities[np.arange(len(winner)), winner]
    t = np.clip((sure - 1.0 / k) / (1.0 - 1.0 / k), 0.0, 1.0) * strength
    table = class_rgb_table()
    rgb = 255.0 + (table[winner % len(table)] - 255.0) * t[:, None]
    return rgb.round().astype(np.uint8)


class DecisionView(View):
    """The network's answer over the plane (or along the line), with the data on top."""

    redraw_interval = 0.2  # seconds between redraws while training: watched most (see shell_frames.py)

    #: The user clicked a data point: its row in the split, and the split ("train"/"test").
    point_clicked = Signal(int, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode: str | None = None
        self.grid_points = plane_grid(GRID)  # drawn with row 0 at the bottom (x2 up): no flip
        self.curve_x = np.linspace(-EXTENT, EXTENT, CURVE_POINTS)
        self._inputs: np.ndarray | None = None  # the grid (or curve x) featurised
        self._map_lut = colors.diverging_lut(strength=MAP_STRENGTH)
        self._throttle = Throttle(self._evaluate, rate=10.0, parent=self)

        page = QWidget()
        self.plot_widget = pg.PlotWidget(page, axisItems=locale_axes())
        self.plot: pg.PlotItem = self.plot_widget.getPlotItem()
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        # The plane fills a square box centred in the view, so that both axes show just
        # the data's range and circles stay round; the spare width (or height) goes to
        # the plot's margins. Locking the aspect alone widened the x range instead.
        self._base_margins = self.plot.layout.getContentsMargins()
        self._square = False
        self.plot.getViewBox().sigResized.connect(self._keep_square)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setZValue(-10)
        self.plot.addItem(self.image)
        # The decision boundary: p = 0.5 for two classes, where the most likely class
        # changes for several (lesson 2's "one straight line").
        self.boundary = pg.PlotDataItem(connect="pairs", antialias=True,
                                        pen=pg.mkPen(BOUNDARY_COLOR, width=BOUNDARY_WIDTH))
        self.boundary.setZValue(5)
        self.plot.addItem(self.boundary)
        self.boundary_segments = np.zeros((0, 2, 2))
        self.fit_curve = pg.PlotDataItem(antialias=True)
        self.fit_curve.setZValue(5)
        self.plot.addItem(self.fit_curve)
        self.train_points = pg.ScatterPlotItem(symbol="o", size=POINT_SIZE, pen=pg.mkPen(OUTLINE, width=1))
        self.test_points = pg.ScatterPlotItem(symbol="d", size=POINT_SIZE + 3, pen=pg.mkPen(OUTLINE, width=1.2))
        for item, split in ((self.train_points, "train"), (self.test_points, "test")):
            item.setZValue(10)
            item.sigClicked.connect(lambda _item, points, event, split=split: self._clicked(points, event, split))
            self.plot.addItem(item)

        self.legend_label = QLabel(page)
        self.legend_label.setWordWrap(True)  # narrow on a 1024-pixel screen, not wider than the view
        self.legend_label.setTextFormat(Qt.TextFormat.RichText)
        self.show_test = QCheckBox(page)
        self.show_test.setObjectName("show_test")
        self.show_test.setChecked(True)
        self.show_test.toggled.connect(self.test_points.setVisible)
        bottom = QHBoxLayout()
        bottom.setContentsMargins(0, 0, 0, 0)
        bottom.addWidget(self.legend_label, 1)
        bottom.addWidget(self.show_test)
        page_box = QVBoxLayout(page)
        page_box.setContentsMargins(0, 0, 0, 0)
        page_box.addWidget(self.plot_widget, 1)
        page_box.addLayout(bottom)
        self._lay_out_with_message(page)

        self._apply_palette()
        self.retranslate_ui()

    # ------------------------------------------------------------------ window API
    @staticmethod
    def supported(context: ViewContext) -> bool:
        """True for toy data with two raw inputs, or one input for regression."""
        raw = context.dataset.raw_train
        if raw is None or raw.ndim != 2:
            return False
        if raw.shape[1] == 2:
            return True
        return raw.shape[1] == 1 and context.dataset.task == "regression"

    def set_context(self, context: ViewContext) -> None:
        super().set_context(context)
        self._throttle.reset()
        dataset = context.dataset
        if not self.supported(context):
            self.mode = None
            self._inputs = None
            self.stack.setCurrentIndex(1)
            self.retranslate_ui()
            return
        self.stack.setCurrentIndex(0)
        if dataset.raw_train.shape[1] == 1:
            self.mode = CURVE
        elif dataset.task == "regression":
            self.mode = PLANE
        elif context.network.output_dim <= 2 and dataset.n_classes == 2:
            self.mode = BINARY
        else:
            self.mode = MULTICLASS
        curve = self.mode == CURVE
        self._inputs = dataset.transform_raw(self.curve_x[:, None] if curve else self.grid_points)

        self.image.setVisible(not curve)
        self.boundary.setVisible(self.mode in (BINARY, MULTICLASS))
        self._draw_boundary(None)
        self.fit_curve.setVisible(curve)
        self.plot.setAspectLocked(not curve)
        self._square = not curve
        self._keep_square()
        if curve:
            self._set_curve_points(dataset)
        else:
            self._set_plane_points(dataset)
            self.image.setLookupTable(self._map_lut if self.mode != MULTICLASS else None)
        self.test_points.setVisible(self.show_test.isChecked())
        self.retranslate_ui()
        self._throttle.run_now()

    def show_snapshot(self, snapshot: Snapshot) -> None:
        if self.mode is not None:
            self._throttle.request()

    def retranslate_ui(self) -> None:
        self.show_test.setText(self.tr("show test data"))
        self.show_test.setToolTip(self.tr(
            "Test points are not used for training; they show how well the network does on data it has not seen."
        ))
        self.message.setText(self.tr(
            "The decision view needs data with two inputs (x1 and x2), or one input for regression, "
            "such as the built-in data sets. Data loaded from a file cannot be drawn over the plane."
        ))
        self.plot.setLabel("bottom", feature_name("x1"))
        if self.mode == CURVE:
            self.plot.setLabel("left", self.tr("target y"))
            tip = self.tr(
                "The line is the network's prediction for every x1; the dots are the data it should fit. "
                "Click a point to follow it through the network."
            )
        else:
            self.plot.setLabel("left", feature_name("x2"))
            if self.mode == PLANE:
                tip = self.tr(
                    "The background shows the network's prediction at every point of the plane, "
                    "from orange (−1) through white (0) to blue (+1). The dots are the data, coloured by their target. "
                    "Click a point to follow it through the network."
                )
            else:
                tip = self.tr(
                    "The background shows which class the network predicts at every point of the plane; "
                    "pale colours mean it is unsure. Where the colour changes is the decision boundary. "
                    "Click a point to follow it through the network."
                )
        self.plot_widget.setToolTip(tip)
        self._update_legend()

    # ------------------------------------------------------------------ data points
    def _set_plane_points(self, dataset) -> None:
        for item, raw, targets in (
            (self.train_points, dataset.raw_train, dataset.y_train),
            (self.test_points, dataset.raw_test, dataset.y_test),
        ):
            item.setData(pos=raw, brush=self._point_brushes(targets), symbol=item.opts["symbol"],
                         size=item.opts["size"], pen=item.opts["pen"])
        edge = EXTENT + PLANE_MARGIN
        self.plot.setRange(xRange=(-edge, edge), yRange=(-edge, edge), padding=0)

    def _set_curve_points(self, dataset) -> None:
        self.train_points.setData(
            x=dataset.raw_train[:, 0], y=np.asarray(dataset.y_train, float)[:, 0],
            brush=pg.mkBrush(colors.TRAIN_COLOR), symbol="o", size=POINT_SIZE, pen=pg.mkPen(OUTLINE, width=1))
        self.test_points.setData(
            x=dataset.raw_test[:, 0], y=np.asarray(dataset.y_test, float).reshape(len(dataset.raw_test), -1)[:, 0] if len(dataset.raw_test) else (),
            brush=pg.mkBrush(colors.TEST_COLOR), symbol="d", size=POINT_SIZE + 3, pen=pg.mkPen(OUTLINE, width=1.2))
        values = np.concatenate([np.ravel(dataset.y_train), np.ravel(dataset.y_test)])
        low, high = (float(values.min()), float(values.max())) if values.size else (-1.0, 1.0)
        margin = 0.15 * max(high - low, 1e-3)
        self.plot.setRange(xRange=(-EXTENT - 0.3, EXTENT + 0.3), yRange=(low - margin, high + margin), padding=0)

    def _keep_square(self) -> None:
        """Make the plot's box square (on the plane) by widening its margins on the
        longer side; on the line (a curve), the box fills the view."""
        left, top, right, bottom = self._base_margins
        current = self.plot.layout.getContentsMargins()
        box = self.plot.getViewBox()
        # The box's size without the margins added last time.
        width = box.width() + (current[0] - left) + (current[2] - right)
        height = box.height() + (current[1] - top) + (current[3] - bottom)
        spare_x = max(0.0, width - height) / 2 if self._square else 0.0
        spare_y = max(0.0, height - width) / 2 if self._square else 0.0
        wanted = (left + spare_x, top + spare_y, right + spare_x, bottom + spare_y)
        if max(abs(a - b) for a, b in zip(wanted, current)) > 0.5:
            self.plot.layout.setContentsMargins(*wanted)

    def _point_brushes(self, targets: np.ndarray) -> list:
        if self.mode == PLANE:
            values = np.clip(np.asarray(targets, float).reshape(len(targets), -1)[:, 0], -1.0, 1.0)
            lut = colors.diverging_lut()
            rows = np.round((values + 1.0) / 2.0 * (len(lut) - 1)).astype(int)
            cache = {}
            return [cache.setdefault(r, pg.mkBrush(*lut[r])) for r in rows]
        cache = {k: pg.mkBrush(colors.class_color(k)) for k in np.unique(targets)}
        return [cache[k] for k in targets]

    def _clicked(self, points, event, split: str) -> None:
        """Several points may lie under the mouse: take the one nearest to it."""
        if not len(points):
            return
        where = event.pos()
        nearest = min(points, key=lambda p: (p.pos().x() - where.x()) ** 2 + (p.pos().y() - where.y()) ** 2)
        self.point_clicked.emit(int(nearest.index()), split)

    # ------------------------------------------------------------------ the map
    def _evaluate(self) -> None:
        if self.context is None or self.mode is None or self._inputs is None:
            return
        with np.errstate(all="ignore"):
            outputs = self.context.network.predict(self._inputs)
        outputs = np.nan_to_num(outputs, nan=0.0)
        if self.mode == CURVE:
            self.fit_curve.setData(self.curve_x, outputs[:, 0])
            return
        if self.mode in (BINARY, MULTICLASS):
            self._draw_boundary(outputs)
        if self.mode == MULTICLASS:
            image = class_probability_colors(outputs).reshape(GRID, GRID, 3)
            self.image.setImage(image, autoLevels=False, levels=(0, 255))
            self.image.setRect(-EXTENT, -EXTENT, 2 * EXTENT, 2 * EXTENT)  # (needs the image's size)
            return
        if self.mode == BINARY:
            values = outputs[:, -1]  # sigmoid: p(class 1); two-unit softmax: its second unit
            levels = (0.0, 1.0)
        else:
            values = outputs[:, 0]
            levels = (-1.0, 1.0)
        with np.errstate(over="ignore", invalid="ignore"):  # a diverging run's outputs may not fit float32
            image = values.astype(np.float32).reshape(GRID, GRID)
        self.image.setImage(image, autoLevels=False, levels=levels)
        self.image.setRect(-EXTENT, -EXTENT, 2 * EXTENT, 2 * EXTENT)  # (needs the image's size)

    def _draw_boundary(self, outputs: np.ndarray | None) -> None:
        """The boundary's segments over the grid (none for no outputs)."""
        if outputs is None:
            segments = np.zeros((0, 2, 2))
        else:
            centres = cell_centres(GRID, EXTENT)
            parts = [level_segments(field.reshape(GRID, GRID), centres) for field in boundary_values(outputs, self.mode)]
            segments = np.concatenate(parts)
        self.boundary_segments = segments
        flat = segments.reshape(-1, 2)
        self.boundary.setData(flat[:, 0], flat[:, 1], connect="pairs")

    def _update_legend(self) -> None:
        if self.context is None or self.mode is None:
            self.legend_label.setText("")
            return
        training, test = _escape(self.tr("training")), _escape(self.tr("test"))
        marks = f"●&nbsp;{training} &nbsp; ◆&nbsp;{test}"
        if self.mode in (BINARY, MULTICLASS):
            names = self.context.dataset.class_names
            swatches = " &nbsp;".join(
                f"<span style='color:{colors.class_color(k)}'>■</span>&nbsp;{_escape(name)}"
                for k, name in enumerate(names)
            )
            boundary = _escape(self.tr("boundary"))
            self.legend_label.setText(f"{swatches} &nbsp;&nbsp; {marks} &nbsp; ━&nbsp;{boundary}")
        elif self.mode == PLANE:
            self.legend_label.setText(
                f"<span style='color:{colors.NEGATIVE}'>■</span>&nbsp;−1 &nbsp;"
                f"□&nbsp;0 &nbsp;<span style='color:{colors.POSITIVE}'>■</span>&nbsp;+1 &nbsp;&nbsp; {marks}"
            )
        else:
            network = _escape(self.tr("network"))
            self.legend_label.setText(
                f"<span style='color:{colors.TRAIN_COLOR}'>●</span>&nbsp;{training} &nbsp; "
                f"<span style='color:{colors.TEST_COLOR}'>◆</span>&nbsp;{test} &nbsp; ━&nbsp;{network}"
            )

    def _apply_palette(self) -> None:
        style_plot_widget(self.plot_widget, self, (self.plot,))
        foreground = self.palette().color(self.foregroundRole())
        self.fit_curve.setPen(pg.mkPen(foreground, width=3))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_palette()
        super().changeEvent(event)


def _escape(text: str) -> str:
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
