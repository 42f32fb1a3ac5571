"""The confusion matrix: for each true class, how often the network predicts each class."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ...core.predictions import confusion_matrix, predicted_classes
from ...core.trainer import Snapshot
from .. import colors
from ..numbers import format_fixed
from .base import View, ViewContext
from .plotstyle import Throttle, locale_axes, neuron_ticks, sequential_lut, style_plot_widget

#: Colour strength above which a cell's count is written in white.
LIGHT_TEXT_FROM = 0.55


class ConfusionView(View):
    """Counts of (true class, predicted class) on the test set (the training set if the
    test set is empty), coloured by the share of each true class."""

    redraw_interval = 0.5  # seconds between redraws while training (see shell_frames.py)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.matrix: np.ndarray | None = None
        self.split = "test"
        self._cells: list[list[pg.TextItem]] = []
        self._fraction: np.ndarray | None = None
        self._throttle = Throttle(self._evaluate, rate=10.0, parent=self)

        page = QWidget()
        self.plot_widget = pg.PlotWidget(page, axisItems=locale_axes())
        self.plot: pg.PlotItem = self.plot_widget.getPlotItem()
        self.plot.invertY(True)  # the first true class on top, as a table is read
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setLookupTable(sequential_lut(colors.POSITIVE))
        self.plot.addItem(self.image)
        self.caption = QLabel(page)
        self.caption.setWordWrap(True)  # a narrow dock is not held wide by one line of text
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        page_box = QVBoxLayout(page)
        page_box.setContentsMargins(0, 0, 0, 0)
        page_box.addWidget(self.plot_widget, 1)
        page_box.addWidget(self.caption)
        self._lay_out_with_message(page)

        self._apply_palette()
        self.retranslate_ui()

    # ------------------------------------------------------------------ window API
    @staticmethod
    def supported(context: ViewContext) -> bool:
        return context.dataset.task == "classification" and context.dataset.n_classes >= 2

    def set_context(self, context: ViewContext) -> None:
        super().set_context(context)
        self._throttle.reset()
        self.matrix = None
        self._fraction = None
        for row in self._cells:
            for item in row:
                self.plot.removeItem(item)
        self._cells = []
        if not self.supported(context):
            self.stack.setCurrentIndex(1)
            self.retranslate_ui()
            return
        self.stack.setCurrentIndex(0)
        dataset = context.dataset
        self.split = "test" if dataset.n_test > 0 else "train"
        k = dataset.n_classes
        font = QFont()
        font.setPointSize(13 if k <= 4 else 11 if k <= 8 else 9)
        font.setBold(True)
        for row in range(k):
            cells = []
            for column in range(k):
                item = pg.TextItem("", anchor=(0.5, 0.5))
                item.setFont(font)
                item.setPos(column + 0.5, row + 0.5)
                self.plot.addItem(item)
                cells.append(item)
            self._cells.append(cells)
        self.plot.setRange(xRange=(0, k), yRange=(0, k), padding=0.02)
        names = [str(name) for name in dataset.class_names]
        self.plot.getAxis("left").setTicks([neuron_ticks(k, names=names, most=20)])
        self.plot.getAxis("bottom").setTicks([neuron_ticks(k, names=names, most=20)])
        self.retranslate_ui()
        self._throttle.run_now()

    def show_snapshot(self, snapshot: Snapshot) -> None:
        if self._cells:
            self._throttle.request()

    def retranslate_ui(self) -> None:
        self.plot.setLabel("left", self.tr("true class"))
        self.plot.setLabel("bottom", self.tr("predicted class"))
        self.message.setText(self.tr(
            "The confusion matrix applies to classification only; this data set is a regression task."
        ))
        self.plot_widget.setToolTip(self.tr(
            "Each row is the class a point really has, each column the class the network predicts. "
            "Correct answers lie on the diagonal; any other cell counts one kind of mistake."
        ))
        self._update_caption()

    # ------------------------------------------------------------------ drawing
    def split_data(self) -> tuple[np.ndarray, np.ndarray]:
        """(inputs, true classes) of the split the matrix counts."""
        dataset = self.context.dataset
        if self.split == "test":
            return dataset.X_test, dataset.y_test
        return dataset.X_train, dataset.y_train

    def _evaluate(self) -> None:
        if self.context is None or not self._cells:
            return
        X, true = self.split_data()
        with np.errstate(all="ignore"):
            outputs = self.context.network.predict(X)
        k = len(self._cells)
        matrix = confusion_matrix(true, np.clip(predicted_classes(outputs), 0, k - 1), k)
        self.matrix = matrix
        totals = matrix.sum(axis=1, keepdims=True)
        fraction = np.divide(matrix, totals, out=np.zeros(matrix.shape), where=totals > 0).astype(np.float32)
        self._fraction = fraction
        self.image.setImage(fraction, autoLevels=False, levels=(0.0, 1.0))
        self.image.setRect(0.0, 0.0, float(k), float(k))  # (needs the image's size)
        for row in range(k):
            for column in range(k):
                item = self._cells[row][column]
                item.setText(format_fixed(int(matrix[row, column]), 0))
                item.setColor("#FFFFFF" if fraction[row, column] > LIGHT_TEXT_FROM else "#1A1A1A")
        self._update_caption()

    def _update_caption(self) -> None:
        if self.matrix is None:
            self.caption.setText("")
            return
        total = int(self.matrix.sum())
        correct = int(np.trace(self.matrix))
        percent = format_fixed(100.0 * correct / total if total else 0.0, 1)  # "92,5" in Indonesian
        if self.split == "test":
            text = self.tr("Accuracy on the test set: {percent} % ({correct} of {total} correct)")
        else:
            text = self.tr("Accuracy on the training set (there is no test set): {percent} % ({correct} of {total} correct)")
        # A line break never parts a number from its per cent sign in a narrow dock.
        self.caption.setText(text.format(percent=percent, correct=format_fixed(correct, 0), total=format_fixed(total, 0)).replace(" %", "\u00a0%"))

    def _apply_palette(self) -> None:
        style_plot_widget(self.plot_widget, self, (self.plot,))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_palette()
        super().changeEvent(event)
