"""The practice problem drawn with its numbers: inputs, weights, biases, target and η.

A small painted widget, not the live network diagram: a practice network has a handful
of neurons, and every number a student needs must be readable on the drawing itself,
the inputs x at the left, each weight on its line, each bias under its neuron, the
target y at the right and the learning rate η below.

Lines are drawn in one neutral colour (the numbers carry the signs here). A weight's
number sits a third of the way along its line from the input side, where the lines of
one neuron fan apart, so two numbers do not overlap.

``set_highlight(names)`` marks the quantities that go into the formula (the hint
ladder's second rung): their lines, numbers and neurons turn the highlight colour.
``set_current(name)`` rings the quantity being computed. Names are the practice
core's (``x[0]``, ``W[1][0][1]``, ``a[1][0]``, ``eta``...; see :mod:`.practice_symbols`).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from . import practice_symbols as symbols
from .names import name as display_name
from .stepthrough_panel import format_number

#: The highlight of the numbers that go into a formula: a line colour and a label fill
#: that read on a projector and differ from the app's blue and orange.
HIGHLIGHT_LINE = QColor("#882255")
HIGHLIGHT_FILL = QColor("#FFE680")
CURRENT_LINE = QColor("#0072B2")
#: The drawing's proportions (pixels at the normal font size).
RADIUS = 17.0  # at least; a neuron grows with the font (View → Zoom)
MARGIN = 8.0
#: Where along its line a weight's number may sit (from the input side), in the order
#: tried: the first place where it overlaps no neuron, bias or other number (else the
#: place where it overlaps least).
WEIGHT_AT = (0.25, 0.33, 0.41, 0.17, 0.49, 0.57, 0.65, 0.73)


class ProblemDiagram(QWidget):
    """The problem's network with its numbers (see the module's docstring)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.problem = None
        self.highlighted: set[tuple] = set()
        self.current: tuple | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(220, 160)

    # ------------------------------------------------------------------ API
    def set_problem(self, problem) -> None:
        self.problem = problem
        self.highlighted = set()
        self.current = None
        self._fit_height()
        self.update()

    def _fit_height(self) -> None:
        """Tall enough for the largest column: each neuron with its bias below it."""
        if self.problem is None:
            return
        line = QFontMetricsF(self.font()).height()
        pitch = 2 * self.radius + 1.6 * line + 8  # a neuron, its bias and a gap
        units = max(self._sizes())
        self.setMinimumHeight(int(2 * MARGIN + 2.2 * line + 2 * self.radius + (units - 1) * pitch + 2.7 * line))

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.FontChange:  # View → Zoom
            self._fit_height()
        super().changeEvent(event)

    def set_highlight(self, names) -> None:
        """Mark the quantities ``names`` (practice names) in the drawing; () clears."""
        self.highlighted = {symbols.element(name) for name in names}
        self.update()

    def set_current(self, name: str | None) -> None:
        self.current = None if name is None else symbols.element(name)
        self.update()

    @property
    def radius(self) -> float:
        """A neuron's radius: room for "tanh" or "soft max" in the small font inside."""
        return max(RADIUS, 0.95 * QFontMetricsF(self.font()).height())

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(420, 230)

    # ------------------------------------------------------------------ geometry
    def _sizes(self) -> list[int]:
        layers = self.problem.network.layers
        return [layers[0].weights.shape[0]] + [layer.weights.shape[1] for layer in layers]

    def node_positions(self) -> list[list[QPointF]]:
        """Each column's neuron centres: the inputs, then every layer."""
        metrics = QFontMetricsF(self.font())
        line = metrics.height()
        sizes = self._sizes()
        left = MARGIN + self._side_width(metrics, "left") + self.radius
        right = self.width() - MARGIN - self._side_width(metrics, "right") - self.radius
        top = MARGIN + 2.2 * line + self.radius
        bottom = self.height() - MARGIN - 1.4 * line - self.radius - 1.3 * line  # bias labels and η below
        pitch = (right - left) / max(1, len(sizes) - 1)
        columns = []
        for column, units in enumerate(sizes):
            x = left + column * pitch
            if units == 1:
                ys = [(top + bottom) / 2]
            else:
                step = (bottom - top) / (units - 1)
                ys = [top + k * step for k in range(units)]
            columns.append([QPointF(x, y) for y in ys])
        return columns

    def _side_width(self, metrics: QFontMetricsF, side: str) -> float:
        problem = self.problem
        if side == "left":
            texts = [self._input_text(i) for i in range(problem.x.shape[1])]
        else:
            texts = [self._target_text(j) for j in range(problem.y.shape[1])]
        return max(metrics.horizontalAdvance(text) for text in texts) + 10.0

    def _input_text(self, i: int) -> str:
        return symbols.given(f"x[{i}]", format_number(self.problem.x[0, i]))

    def _target_text(self, j: int) -> str:
        return symbols.given(f"y[{j}]", format_number(self.problem.y[0, j]))

    # ------------------------------------------------------------------ painting
    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        background = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        painter.fillRect(self.rect(), background)
        if self.problem is None:
            return
        network = self.problem.network
        columns = self.node_positions()
        metrics = QFontMetricsF(self.font())
        line = metrics.height()
        faint = QColor(text)
        faint.setAlpha(110)

        # The lines first, then their numbers on top, each where it covers no neuron, no
        # bias and no other number; the marked ones last, on top.
        radius = self.radius
        placed = [QRectF(c.x() - radius, c.y() - radius, 2 * radius, 2 * radius) for centres in columns for c in centres]
        for l, layer in enumerate(network.layers, start=1):
            for unit, centre in enumerate(columns[l]):
                width = metrics.horizontalAdvance(symbols.bias_label(format_number(layer.bias[unit]))) + 6
                placed.append(QRectF(centre.x() - width / 2, centre.y() + radius + 3, width, line + 2))
        labels = []
        for l, layer in enumerate(network.layers, start=1):
            for (i, j), weight in _entries(layer.weights):
                source, target = columns[l - 1][i], columns[l][j]
                key = ("weight", l, i, j)
                marked = key in self.highlighted
                painter.setPen(QPen(HIGHLIGHT_LINE if marked else faint, 3.0 if marked else 1.2))
                painter.drawLine(source, target)
                label = format_number(weight)
                size = QSizeF(metrics.horizontalAdvance(label) + 6, metrics.height() + 2)
                where = _free_place(source, target, size, placed)
                placed.append(QRectF(where - QPointF(size.width() / 2, size.height() / 2), size))
                labels.append((where, label, key))
        for where, label, key in sorted(labels, key=lambda item: item[2] in self.highlighted):
            self._label(painter, where, label, text, background, key)

        # The neurons, the activation inside, the bias below.
        small = QFont(self.font())
        small.setPointSizeF(max(6.5, self.font().pointSizeF() * 0.8))
        for column, centres in enumerate(columns):
            for unit, centre in enumerate(centres):
                key = ("input", unit) if column == 0 else ("neuron", column, unit)
                marked = key in self.highlighted
                painter.setPen(QPen(HIGHLIGHT_LINE if marked else text, 2.6 if marked else 1.3))
                painter.setBrush(HIGHLIGHT_FILL if marked else background)
                painter.drawEllipse(centre, self.radius, self.radius)
                if key == self.current:
                    painter.setPen(QPen(CURRENT_LINE, 2.0, Qt.PenStyle.DashLine))
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                    painter.drawEllipse(centre, self.radius + 4, self.radius + 4)
                painter.setPen(text)
                if column == 0:
                    self._label(painter, QPointF(centre.x() - self.radius - 6, centre.y()), self._input_text(unit), text,
                                background, key, align="right")
                    continue
                layer = network.layers[column - 1]
                painter.setFont(small)
                painter.drawText(QRectF(centre.x() - self.radius, centre.y() - self.radius, 2 * self.radius, 2 * self.radius),
                                 Qt.AlignmentFlag.AlignCenter, symbols.activation_symbol(layer.activation))
                painter.setFont(self.font())
                bias = symbols.bias_label(format_number(layer.bias[unit]))
                self._label(painter, QPointF(centre.x(), centre.y() + self.radius + 4 + line / 2), bias, text, background,
                            ("bias", column, unit))

        # The target at the right of each output, the headings, η and the loss below.
        for unit, centre in enumerate(columns[-1]):
            self._label(painter, QPointF(centre.x() + self.radius + 8, centre.y()), self._target_text(unit), text, background,
                        ("target", unit), align="left")
        for column, centres in enumerate(columns):
            heading = self._heading(column)
            width = metrics.horizontalAdvance(heading)
            x = min(max(centres[0].x() - width / 2, MARGIN), self.width() - MARGIN - width)
            painter.setPen(text)
            painter.drawText(QPointF(x, MARGIN + line), heading)
        bottom = self.height() - MARGIN
        eta = f"η = {format_number(self.problem.learning_rate)}"
        self._label(painter, QPointF(MARGIN, bottom - line / 2), eta, text, background, ("eta",), align="left")
        loss = self.tr("loss: {name}").format(name=display_name(self.problem.loss))
        self._label(painter, QPointF(self.width() - MARGIN, bottom - line / 2), loss, text, background, ("loss",),
                    align="right")
        painter.end()

    def _heading(self, column: int) -> str:
        return symbols.column_heading(column, len(self.problem.network.layers))

    def _label(self, painter: QPainter, at: QPointF, label: str, text: QColor, background: QColor, key: tuple,
               align: str = "centre") -> None:
        """``label`` on a filled box at ``at`` (its centre, or its left or right edge's
        middle), in the highlight colours when ``key`` is highlighted."""
        metrics = QFontMetricsF(painter.font())
        width, height = metrics.horizontalAdvance(label) + 6, metrics.height() + 2
        if align == "left":
            box = QRectF(at.x(), at.y() - height / 2, width, height)
        elif align == "right":
            box = QRectF(at.x() - width, at.y() - height / 2, width, height)
        else:
            box = QRectF(at.x() - width / 2, at.y() - height / 2, width, height)
        marked = key in self.highlighted
        painter.setPen(QPen(HIGHLIGHT_LINE, 2.0) if marked else Qt.PenStyle.NoPen)
        painter.setBrush(HIGHLIGHT_FILL if marked else background)
        painter.drawRoundedRect(box, 4, 4)
        if key == self.current:
            painter.setPen(QPen(CURRENT_LINE, 2.0, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(box.adjusted(-3, -3, 3, 3), 5, 5)
        font = QFont(painter.font())
        font.setBold(marked)
        painter.setFont(font)
        painter.setPen(QColor("#000000") if marked else text)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, label)
        font.setBold(False)
        painter.setFont(font)


def _entries(weights):
    """((i, j), w) for every weight, by input then neuron."""
    fan_in, units = weights.shape
    for i in range(fan_in):
        for j in range(units):
            yield (i, j), float(weights[i, j])


def _free_place(source: QPointF, target: QPointF, size: QSizeF, placed: list[QRectF]) -> QPointF:
    """The centre of a weight's number on its line: the first of :data:`WEIGHT_AT` whose
    box overlaps nothing in ``placed``, else the one that overlaps least."""
    best, least = None, None
    for at in WEIGHT_AT:
        centre = source + (target - source) * at
        box = QRectF(centre - QPointF(size.width() / 2, size.height() / 2), size).adjusted(-2, -1, 2, 1)
        overlap = sum(_area(box.intersected(other)) for other in placed)
        if overlap == 0:
            return centre
        if least is None or overlap < least:
            best, least = centre, overlap
    return best


def _area(rect: QRectF) -> float:
    return max(0.0, rect.width()) * max(0.0, rect.height())
