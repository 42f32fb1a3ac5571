"""For the handwritten digits: one 8×8 input image, the predicted digit and the
probability the network gives each class."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from ...core.trainer import Snapshot
from .. import colors
from ..numbers import format_percent
from .base import View, ViewContext
from .plotstyle import locale_axes, style_plot_widget

PIXELS = 8  # the digits are 8×8 images
IMAGE_SIZE = 160  # pixels on screen


def is_image_data(context: ViewContext) -> bool:
    """True for data whose inputs are the 64 pixels ``pixel_<row>_<column>`` of an 8×8 image."""
    names = context.dataset.feature_names
    expected = tuple(f"pixel_{r}_{c}" for r in range(PIXELS) for c in range(PIXELS))
    return context.dataset.task == "classification" and tuple(names) == expected


class DigitsView(View):
    """Pick a sample; see its image (as the network receives it), the predicted class
    and the probabilities."""

    redraw_interval = 0.5  # seconds between redraws while training (see shell_frames.py)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.split = QComboBox()
        self.split.setObjectName("digit_split")
        self.split.addItem("", "test")
        self.split.addItem("", "train")
        self.index = QSpinBox()
        self.index.setObjectName("digit_index")
        self.index.setRange(1, 1)
        self.image = QLabel()
        self.image.setObjectName("digit_image")
        self.image.setFixedSize(IMAGE_SIZE, IMAGE_SIZE)
        self.verdict = QLabel()
        self.verdict.setObjectName("digit_verdict")
        self.verdict.setWordWrap(True)
        font = self.verdict.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.verdict.setFont(font)
        self.plot_widget = pg.PlotWidget(axisItems=locale_axes())
        self.plot = self.plot_widget.getPlotItem()
        self.plot.setMouseEnabled(False, False)
        self.plot.setYRange(0, 1, padding=0.02)
        self.bars = pg.BarGraphItem(x=np.arange(10), height=np.zeros(10), width=0.7, brush=colors.POSITIVE)
        self.plot.addItem(self.bars)

        top = QHBoxLayout()
        self.sample_label = QLabel()
        top.addWidget(self.sample_label)
        top.addWidget(self.split)
        top.addWidget(self.index)
        top.addStretch(1)
        middle = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self.image)
        left.addWidget(self.verdict)
        left.addStretch(1)
        middle.addLayout(left)
        middle.addWidget(self.plot_widget, 1)
        box = QVBoxLayout(self)
        box.setContentsMargins(2, 2, 2, 2)
        box.addLayout(top)
        box.addLayout(middle, 1)
        self.split.currentIndexChanged.connect(self._sample_changed)
        self.index.valueChanged.connect(self._sample_changed)
        self.probabilities = np.zeros(0)
        style_plot_widget(self.plot_widget, self, (self.plot,))
        self.retranslate_ui()

    supported = staticmethod(is_image_data)

    def set_context(self, context: ViewContext) -> None:
        super().set_context(context)
        if not is_image_data(context):
            return
        classes = context.dataset.class_names
        self.plot.getAxis("bottom").setTicks([[(i, name) for i, name in enumerate(classes)]])
        self.plot.setXRange(-0.6, len(classes) - 0.4, padding=0)
        self._sample_changed()

    def show_snapshot(self, snapshot: Snapshot) -> None:
        self._draw()

    def _rows(self):
        d = self.context.dataset
        return (d.X_test, d.y_test) if self.split.currentData() == "test" and d.n_test else (d.X_train, d.y_train)

    def _sample_changed(self, *_args) -> None:
        if self.context is None or not is_image_data(self.context):
            return
        X, _ = self._rows()
        self.index.blockSignals(True)
        self.index.setRange(1, len(X))
        self.index.blockSignals(False)
        self._draw()

    def _draw(self) -> None:
        if self.context is None or not is_image_data(self.context):
            return
        d = self.context.dataset
        X, y = self._rows()
        row = min(self.index.value(), len(X)) - 1
        pixels = X[row]
        if d.mean is not None:  # show the pixel values, not their standardised form
            pixels = pixels * d.std + d.mean
        self._show_image(pixels.reshape(PIXELS, PIXELS))
        outputs = self.context.network.predict(X[row : row + 1])[0]
        if outputs.shape[0] == 1:  # a single sigmoid: p(class 1)
            outputs = np.array([1.0 - outputs[0], outputs[0]])
        self.probabilities = outputs.astype(float)
        self.bars.setOpts(x=np.arange(len(outputs)), height=self.probabilities)
        predicted = int(np.argmax(outputs))
        truth = int(y[row])
        names = d.class_names
        if predicted == truth:
            text = self.tr("The network reads {predicted} ({probability} sure). Right!")
        else:
            text = self.tr("The network reads {predicted} ({probability} sure), but it is {truth}.")
        self.verdict.setText(text.format(predicted=names[predicted], probability=format_percent(float(outputs[predicted]), 0), truth=names[truth]))

    def _show_image(self, values: np.ndarray) -> None:
        # The digits' pixels run from 0 (white paper) to 16 (black ink).
        grey = (255 - np.clip(values / 16.0, 0.0, 1.0) * 255).astype(np.uint8)
        image = QImage(PIXELS, PIXELS, QImage.Format.Format_Grayscale8)
        buffer = np.frombuffer(image.bits(), dtype=np.uint8).reshape(PIXELS, image.bytesPerLine())
        buffer[:, :PIXELS] = grey
        self.image.setPixmap(QPixmap.fromImage(image).scaled(IMAGE_SIZE, IMAGE_SIZE, Qt.AspectRatioMode.KeepAspectRatio,
                                                             Qt.TransformationMode.FastTransformation))

    def retranslate_ui(self) -> None:
        self.sample_label.setText(self.tr("Sample:"))
        self.split.setItemText(0, self.tr("test set"))
        self.split.setItemText(1, self.tr("training set"))
        self.plot.setLabel("left", self.tr("probability"))
        self.plot.setLabel("bottom", self.tr("class"))
        tip = self.tr("The image the network sees (8×8 pixels) and the probability it gives each digit. "
                      "Step through the test images to find the ones it gets wrong.")
        for widget in (self.image, self.plot_widget, self.index, self.split):
            widget.setToolTip(tip)
        if self.context is not None:
            self._draw()
