"""The optimiser race: two or three optimisers trained side by side from the same start.

The window takes the main window's experiment and data, and races up to three settings
(an optimiser and its learning rate each) with :class:`~backprop_gui.core.race.Race`:
the same initial weights, the same mini-batches. Their paths are drawn on one loss
landscape and their training loss on one plot, each in its own colour, with the legends
below the plots (never over the data).

The landscape is the plane through the common start θ₀, along two random
filter-normalised directions fixed by the run's seed (for a network of two parameters,
a single neuron with one input, along those two: the true surface over w and b). Unlike
the main window's landscape view, which follows one run's current weights, the race has
one picture for all racers, so it stays the slice through where they all started; it is
computed again only when a path needs more room.

Training runs in the window's own thread, a few epochs per timer tick (at most
:data:`TICK_SECONDS`), which suits the small networks of a race; the main training is
paused while the race window opens.
"""

from __future__ import annotations

import copy
import time

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QGridLayout, QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget,
)

from ..build import build_run
from ..core import landscape
from ..core.errors import BackpropError
from ..core.optimizers import OPTIMIZERS
from ..core.race import Race
from .names import name
from .numbers import NumberSpinBox, format_fixed, format_number
from .session import translate_error
from .views.landscape_view import MIN_HALF_WIDTH, LandscapePlot, PlaneExtent, loss_sample, parameter_label
from .views.legend import LegendBelow
from .views.plotstyle import StableRange, WholeAxis, live_curve, locale_axes, style_plot_widget

RACE_COLORS = ("#D55E00", "#0072B2", "#009E73")  # vermillion, blue, green: apart on the pale map and for colour-blind eyes
TICK_MS = 33
TICK_SECONDS = 0.025  # training per tick: the window stays quick to answer
DRAW_SECONDS = 0.2  # paths and curves redrawn at most 5 times a second while racing
DEFAULT_OPTIMIZERS = ("sgd", "momentum", "adam")


class RaceWindow(QDialog):
    """Choose the racers, Start/Pause, and watch their paths and loss curves."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("race_window")
        self.setModal(False)
        self.experiment: dict | None = None
        self.dataset = None
        self.race: Race | None = None
        self._drawn_at = 0.0

        self.rows = []
        choices = QGridLayout()
        self.optimizer_label, self.rate_label = QLabel(), QLabel()
        choices.addWidget(self.optimizer_label, 0, 1)
        choices.addWidget(self.rate_label, 0, 2)
        for k in range(3):
            enabled = QCheckBox()
            enabled.setObjectName(f"race_enabled_{k}")
            enabled.setChecked(True)
            # The row's colour, as its path and curve are drawn.
            enabled.setStyleSheet(f"QCheckBox {{ color: {RACE_COLORS[k]}; font-weight: bold; }}")
            optimizer = QComboBox()
            optimizer.setObjectName(f"race_optimizer_{k}")
            for key in OPTIMIZERS:
                optimizer.addItem("", key)
            optimizer.setCurrentIndex(OPTIMIZERS.index(DEFAULT_OPTIMIZERS[k]))
            rate = NumberSpinBox(trim_zeros=True)
            rate.setObjectName(f"race_learning_rate_{k}")
            rate.setDecimals(4)
            rate.setRange(0.0001, 10.0)
            rate.setSingleStep(0.01)
            rate.setKeyboardTracking(False)
            for column, widget in enumerate((enabled, optimizer, rate)):
                choices.addWidget(widget, k + 1, column)
            for signal in (enabled.toggled, optimizer.currentIndexChanged, rate.valueChanged):
                signal.connect(self._racers_changed)
            self.rows.append((enabled, optimizer, rate))

        self.start_button = QPushButton()
        self.start_button.setObjectName("race_start")
        self.start_button.setCheckable(True)
        self.start_button.toggled.connect(self._start_toggled)
        self.restart_button = QPushButton()
        self.restart_button.setObjectName("race_restart")
        self.restart_button.clicked.connect(self.restart)
        self.epoch_label = QLabel()
        self.epoch_label.setObjectName("race_epoch")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #B34700;")
        self.message.hide()
        buttons = QVBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.restart_button)
        buttons.addWidget(self.epoch_label)
        buttons.addStretch(1)

        self.canvas = LandscapePlot()
        self.loss_widget = pg.PlotWidget(axisItems={**locale_axes("left"), "bottom": WholeAxis("bottom")})
        self.loss_plot: pg.PlotItem = self.loss_widget.getPlotItem()
        self.loss_plot.setMenuEnabled(False)
        self.loss_plot.showGrid(x=True, y=True, alpha=0.15)
        self.loss_legend = LegendBelow(self.loss_plot)
        self.loss_range = StableRange(self.loss_plot)
        self.curves = [live_curve(self.loss_plot, color) for color in RACE_COLORS]
        plots = QSplitter()
        plots.addWidget(self.canvas)
        plots.addWidget(self.loss_widget)
        plots.setSizes([500, 400])

        top = QHBoxLayout()
        top.addLayout(choices)
        top.addSpacing(16)
        top.addLayout(buttons)
        top.addStretch(1)
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addWidget(self.message)
        box.addWidget(plots, 1)

        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.resize(1000, 640)
        style_plot_widget(self.loss_widget, self, (self.loss_plot,))
        self.retranslate_ui()

    # ------------------------------------------------------------------ the window's API
    def set_experiment(self, experiment: dict, dataset) -> None:
        """Race on this experiment's network, data and settings; each racer's learning
        rate starts at the experiment's."""
        self.experiment = copy.deepcopy(experiment)
        self.dataset = dataset
        rate = float(experiment["training"]["learning_rate"])
        for _enabled, _optimizer, spin in self.rows:
            spin.blockSignals(True)
            spin.setValue(min(max(rate, spin.minimum()), spin.maximum()))
            spin.blockSignals(False)
        self.restart()

    def entries(self) -> list[dict]:
        """The racers ticked: each one's changes to the training settings."""
        return [{"optimizer": optimizer.currentData(), "learning_rate": float(rate.value())}
                for enabled, optimizer, rate in self.rows if enabled.isChecked()]

    def restart(self) -> None:
        """All racers back to the common start (the race is built again)."""
        self.start_button.setChecked(False)
        self.race = None
        self.message.hide()
        for curve in self.curves:
            curve.setData([], [])
        self.canvas.clear_paths()
        self.canvas.set_surface(None, np.zeros(1), np.zeros(1))
        if self.experiment is None or self.dataset is None or not self.entries():
            self._show_epoch()
            return
        try:
            run = build_run(copy.deepcopy(self.experiment), dataset=self.dataset)
        except BackpropError as error:
            self.message.setText(translate_error(error))
            self.message.show()
            return
        self.race = Race(run.network, run.trainer.data, self.experiment["training"], self.entries())
        self._start_network = run.network  # never trained: its parameters are θ₀, the plane's centre
        network = run.network
        seed = int(self.experiment["training"].get("seed", 0))
        if network.parameter_count() == 2:  # one neuron, one input: the true surface over (w, b)
            self._directions = (landscape.parameter_direction(network, 0), landscape.parameter_direction(network, 1))
            self._offset = self.race.start.astype(float)
            self._mode = "parameters"
            names = landscape.parameter_names(network)
            self.canvas.set_axis_labels(*(parameter_label(n, self.dataset.feature_names) for n in names))
        else:
            self._directions = landscape.filter_normalised_directions(network, np.random.default_rng([seed, 7]))
            self._offset = np.zeros(2)
            self._mode = "random"
            self.canvas.set_axis_labels(self.tr("direction 1"), self.tr("direction 2"))
        self._X, self._Y, self._grid_points = loss_sample(self.dataset, network, seed)
        self.extent = PlaneExtent(MIN_HALF_WIDTH[self._mode])
        self.loss_range.reset()
        self._draw(force_grid=True)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Optimiser race"))
        for enabled, optimizer, rate in self.rows:
            enabled.setText(self.tr("racer {number}").format(number=self.rows.index((enabled, optimizer, rate)) + 1))
            for index, key in enumerate(OPTIMIZERS):
                optimizer.setItemText(index, name(key))
            rate.setToolTip(self.tr("The learning rate of this racer."))
        self.optimizer_label.setText(self.tr("optimizer"))
        self.rate_label.setText(self.tr("learning rate"))
        self.start_button.setText(self.tr("Pause") if self.start_button.isChecked() else self.tr("Start"))
        self.restart_button.setText(self.tr("Start again"))
        self.restart_button.setToolTip(self.tr("Put every racer back to the same starting weights."))
        self.loss_plot.setLabel("left", self.tr("training loss"))
        self.loss_plot.setLabel("bottom", self.tr("epoch"))
        if getattr(self, "_mode", "random") == "random":
            self.canvas.set_axis_labels(self.tr("direction 1"), self.tr("direction 2"))
        self.canvas.plot_widget.setToolTip(self.tr(
            "The loss over a flat slice of weight space through the racers' common starting weights: pale is low, "
            "dark is high. Each line is the path one optimiser took from the hollow dot at the start; the filled dot is where it is now."
        ))
        self._fill_legends()
        self._show_epoch()

    # ------------------------------------------------------------------ racing
    def _racers_changed(self, *_args) -> None:
        self.restart()

    def _start_toggled(self, on: bool) -> None:
        self.start_button.setText(self.tr("Pause") if on else self.tr("Start"))
        if on and (self.race is None or self.race.finished):
            self.restart()
            if self.race is None:
                return
            self.start_button.blockSignals(True)
            self.start_button.setChecked(True)
            self.start_button.setText(self.tr("Pause"))
            self.start_button.blockSignals(False)
        if on:
            self.timer.start()
        else:
            self.timer.stop()
            self._draw()

    def _tick(self) -> None:
        race = self.race
        if race is None:
            self.timer.stop()
            return
        started = time.perf_counter()
        while not race.finished and time.perf_counter() - started < TICK_SECONDS:
            race.step_epoch()
        if race.finished:
            self.start_button.setChecked(False)  # stops the timer and draws
            return
        if time.perf_counter() - self._drawn_at >= DRAW_SECONDS:
            self._draw()

    def step_epochs(self, epochs: int) -> None:
        """Race ``epochs`` epochs now and draw (for tests and lessons)."""
        if self.race is not None:
            self.race.run(epochs)
            self._draw()

    # ------------------------------------------------------------------ drawing
    def _draw(self, force_grid: bool = False) -> None:
        self._drawn_at = time.perf_counter()
        race = self.race
        if race is None:
            return
        a, b = self._directions
        paths = [landscape.projection(racer.path_array(), race.start, a, b) for racer in race.racers]
        everything = np.concatenate(paths)
        if self.extent.cover(everything) or force_grid:
            alphas, betas = self.extent.axes(self._grid_points)
            losses = landscape.loss_grid(self._start_network, self._X, self._Y, self.experiment["training"]["loss"],
                                         a, b, alphas, betas)
            self.canvas.set_surface(losses, alphas + self._offset[0], betas + self._offset[1])
        for k, (racer, path) in enumerate(zip(race.racers, paths)):
            # The first racer widest and lowest: where paths run together, each still shows.
            self.canvas.set_path(str(k), path + self._offset, self._racer_color(k), width=4.5 - 1.5 * k, layer=k)
            history = racer.trainer.history.as_arrays()
            self.curves[k].setData(history["epoch"], history["train_loss"])
        for k in range(len(race.racers), len(self.curves)):
            self.curves[k].setData([], [])
        last = max(float(racer.trainer.history.as_arrays()["epoch"][-1]) for racer in race.racers)
        values = [np.asarray(racer.trainer.history.as_arrays()["train_loss"], dtype=float) for racer in race.racers]
        self.loss_range.update(last, values)
        self._fill_legends()
        self._show_epoch()

    def _racer_color(self, k: int) -> str:
        """The colour of the k-th racer ticked (the colour of its row)."""
        ticked = [index for index, (enabled, _o, _r) in enumerate(self.rows) if enabled.isChecked()]
        return RACE_COLORS[ticked[k]] if k < len(ticked) else RACE_COLORS[k]

    def _labels(self) -> list[str]:
        labels = []
        for entry in self.entries():
            labels.append(self.tr("{optimizer}, η = {rate}").format(
                optimizer=self._short_names()[entry["optimizer"]], rate=format_number(entry["learning_rate"], significant=3)))
        return labels

    def _short_names(self) -> dict[str, str]:
        """The optimisers' names short enough for a legend row."""
        return {"sgd": self.tr("SGD"), "momentum": self.tr("Momentum"), "adam": self.tr("Adam")}

    def _fill_legends(self) -> None:
        labels = self._labels()
        self.loss_legend.clear()
        for k, label in enumerate(labels):
            self.curves[k].setPen(pg.mkPen(self._racer_color(k), width=2))
            self.loss_legend.addItem(self.curves[k], label)
        swatches = [f"<span style='color:{self._racer_color(k)}'>━ ●</span> {_escape(label)}" for k, label in enumerate(labels)]
        start = _escape(self.tr("start"))
        text = self.canvas.range_text()
        self.canvas.legend_label.setText(" &nbsp; ".join(swatches + [f"○ {start}"] + ([_escape(text)] if text else [])))

    def _show_epoch(self) -> None:
        if self.race is None:
            self.epoch_label.setText("")
            return
        self.epoch_label.setText(self.tr("Epoch {epoch} of {epochs}").format(
            epoch=format_fixed(self.race.epoch, 0), epochs=format_fixed(int(self.experiment["training"]["epochs"]), 0)))

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self.start_button.setChecked(False)
        super().closeEvent(event)

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def _escape(text: str) -> str:
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
