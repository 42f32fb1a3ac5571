"""The main window: controls, live views, the run actions, menus and the status bar."""

from __future__ import annotations

import contextlib
import copy
import csv
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, QStandardPaths, Qt, QThread, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QFont, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QApplication, QComboBox, QDockWidget, QFileDialog, QFrame, QHBoxLayout, QInputDialog, QLabel, QMainWindow, QMessageBox,
    QPushButton, QScrollArea, QSizePolicy, QStyle, QTabBar, QToolBar, QVBoxLayout, QWidget,
)

from .. import __version__
from ..schema import experiment as experiment_module
from ..io import codegen, run_reader, run_writer
from ..build import Run, build_run
from ..data.datasets import TOY_DATASETS
from ..core.errors import BackpropError
from ..core.network import Network
from ..core.trainer import Snapshot
from ..paths import resources_dir
from . import i18n
from .controls import LEARNING_RATES, ControlsPanel, harmonise
from .names import experiment_title, name
from .views.base import ViewContext
from .worker import TrainingWorker

# Settings that change the running training without resetting the weights.
LIVE_PATHS = {
    "training.learning_rate", "training.optimizer", "training.momentum", "training.adam_beta1",
    "training.adam_beta2", "training.adam_epsilon", "training.regularization", "training.regularization_rate",
    "training.batch_size", "training.epochs",
}
SPEEDS = (1, 5, 20, 100, None)  # epochs per second; None is as fast as possible
ZOOM_STEPS = (0.8, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5)
MAX_RECENT = 8
MAX_KEPT_RUNS = 6
RUN_SUFFIX = ".bpexp"
AUTOSAVE_MINUTES = 3
REDRAW_INTERVAL_MS = 33  # ≤ 30 Hz
QWIDGETSIZE_MAX = (1 << 24) - 1  # Qt's largest widget size (not exported by PySide6)
STATUS_INTERVAL = 0.2  # seconds between updates of the status bar's numbers while training runs
# While training runs, the slower views redraw less often than the loss curves: the
# window shares one Python interpreter (and its lock) with the training thread, so
# every millisecond spent drawing is a millisecond less training. When paused,
# everything is drawn at once. The diagram and the decision boundary, which students
# watch most, redraw 5 times a second; the heat map 3 times; the gradient norms (a log
# plot whose grid is the dearest thing in the window to draw), the confusion matrix and
# the digits twice.
VIEW_INTERVALS = {"DiagramView": 0.2, "DecisionView": 0.2, "LossView": 0.0, "WeightsView": 0.33,
                  "GradientsView": 0.5, "ConfusionView": 0.5, "DigitsView": 0.5}


def is_bundled(path: Path) -> bool:
    """Whether ``path`` is one of the app's own files (an example or lesson experiment)."""
    return path.resolve().is_relative_to(resources_dir().resolve())


def number_text(value: float, decimals: int = 4) -> str:
    """A loss or score for the status bar: fixed decimals, or powers of ten when huge or tiny."""
    if value != 0 and (abs(value) >= 1e4 or abs(value) < 10 ** -decimals):
        return f"{value:.2e}"
    return f"{value:.{decimals}f}"


def translate_error(error: BackpropError) -> str:
    return error.translated(lambda text: QCoreApplication.translate("core", text))


class TrainingThread(QThread):
    """Runs the worker's loop; ``quit`` is the worker's ``shutdown`` flag, not an event loop."""

    def __init__(self, worker: TrainingWorker, parent=None) -> None:
        super().__init__(parent)
        self.worker = worker

    def run(self) -> None:
        self.worker.loop()


class Banner(QFrame):
    """A coloured strip above the diagram that explains a problem and offers a fix."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("banner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#banner { background: #FDE7D3; border: 1px solid #D55E00; border-radius: 4px; }"
                           "#banner QLabel { color: #3A1A00; }")
        layout = QVBoxLayout(self)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.fix = QPushButton()
        self.fix.setObjectName("banner_fix")
        self.close_button = QPushButton()
        self.close_button.setObjectName("banner_close")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.fix)
        buttons.addWidget(self.close_button)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.close_button.clicked.connect(self.hide)
        self.hide()


class MainWindow(QMainWindow):
    snapshot_shown = Signal(object)  # for tests and benchmarks: each snapshot drawn

    def __init__(self, settings: QSettings | None = None, data_dir: str | Path | None = None) -> None:
        super().__init__()
        self._told = (lambda: "", 0.0)  # the status bar's passing message (see _tell) and when it ends
        self.settings = settings if settings is not None else QSettings()
        # Where autosaves go: the app's data folder unless told otherwise (tests, portable mode).
        self.data_dir = Path(data_dir or QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
        self.experiment: dict = experiment_module.default_experiment()
        self.experiment_path: Path | None = None
        self.run: Run | None = None
        self.context: ViewContext | None = None
        self.generation = 0
        self.last_snapshot: Snapshot | None = None
        self.kept_runs: list[tuple[dict, dict]] = []  # (experiment, history) of earlier runs
        self._drawn_at: dict[int, float] = {}
        self._status_shown_at = 0.0
        self._drawn_views: list[QWidget] = []
        self._saved_steps = 0
        self._base_font = QApplication.font()

        self.worker = TrainingWorker()
        self.thread = TrainingThread(self.worker, self)
        self.worker.stopped.connect(self._training_stopped)

        self._build_actions()
        self._build_central()
        self._build_docks()
        self._build_toolbar()
        self._build_menus()
        self._build_status()
        self.default_layout = self.saveState()
        # On a first start the window fits the screen (a 1366×768 school laptop less its
        # taskbar and the title bar); later it opens as it was left.
        available = self.screen().availableGeometry()
        self.resize(min(1400, available.width()), min(880, available.height() - 40))
        self._restore_layout()
        self.apply_zoom(float(self.settings.value("view/zoom", 1.0)))

        # The training thread holds the interpreter lock in pure-Python stretches; a window
        # event (a timer, a click) waits until the lock is handed over, by default after
        # 5 ms. At 1 ms the window answers sooner (event-loop lag p99 8-13 ms against
        # 11-18, benchmarks/bench_gui.py) and training is no slower.
        sys.setswitchinterval(0.001)
        self.thread.start()
        QApplication.instance().aboutToQuit.connect(self.shutdown)
        self.timer = QTimer(self)
        self.timer.setInterval(REDRAW_INTERVAL_MS)
        self.timer.timeout.connect(self.pull_snapshot)
        self.timer.start()
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setInterval(AUTOSAVE_MINUTES * 60_000)
        self.autosave_timer.timeout.connect(self.autosave)
        self.autosave_timer.start()
        self.retranslate_ui()
        self.rebuild(self.experiment)
        self._set_dirty(False)

    # ================================================================== building the window
    def _action(self, object_name: str, shortcut=None, checkable: bool = False, slot=None) -> QAction:
        action = QAction(self)
        action.setObjectName(object_name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setCheckable(checkable)
        if slot is not None:
            (action.toggled if checkable else action.triggered).connect(slot)
        self.addAction(action)  # shortcuts work wherever the focus is in the window
        return action

    def _build_actions(self) -> None:
        self.play_action = self._action("play", Qt.Key.Key_Space, checkable=True, slot=self._play_toggled)
        self.step_epoch_action = self._action("step_epoch", Qt.Key.Key_Right, slot=self.step_epoch)
        self.step_batch_action = self._action("step_batch", QKeySequence(Qt.Modifier.SHIFT | Qt.Key.Key_Right), slot=self.step_batch)
        self.reset_action = self._action("reset", Qt.Key.Key_R, slot=self.reset_weights)
        style = self.style()
        for action, icon in ((self.play_action, QStyle.StandardPixmap.SP_MediaPlay),
                             (self.step_epoch_action, QStyle.StandardPixmap.SP_MediaSkipForward),
                             (self.step_batch_action, QStyle.StandardPixmap.SP_MediaSeekForward),
                             (self.reset_action, QStyle.StandardPixmap.SP_BrowserReload)):
            action.setIcon(style.standardIcon(icon))
        self.keep_run_action = self._action("keep_run", QKeySequence("K"), slot=self.keep_run)
        self.stepthrough_action = self._action("step_through", QKeySequence("B"), slot=self.show_stepthrough)
        self.clear_kept_action = self._action("clear_kept_runs", slot=self.clear_kept_runs)
        self.new_action = self._action("new", QKeySequence.StandardKey.New, slot=self.new_experiment)
        self.open_action = self._action("open", QKeySequence.StandardKey.Open, slot=self.open_dialog)
        self.import_csv_action = self._action("import_csv", QKeySequence("Ctrl+I"), slot=self.import_csv)
        self.save_action = self._action("save", QKeySequence.StandardKey.Save, slot=self.save)
        self.save_as_action = self._action("save_as", QKeySequence.StandardKey.SaveAs, slot=self.save_as)
        self.export_history_action = self._action("export_history", slot=self.export_history)
        self.export_screenshot_action = self._action("export_screenshot", slot=self.export_screenshot)
        self.export_plot_action = self._action("export_plot", slot=self.export_plot_dialog)
        self.export_pytorch_action = self._action("export_pytorch", slot=lambda: self.export_model("pytorch"))
        self.export_numpy_action = self._action("export_numpy", slot=lambda: self.export_model("numpy"))
        self.quit_action = self._action("quit", QKeySequence.StandardKey.Quit, slot=self.close)
        self.reset_layout_action = self._action("reset_layout", slot=self.reset_layout)
        self.reset_settings_action = self._action("reset_settings", slot=self.reset_all_settings)
        self.zoom_in_action = self._action("zoom_in", QKeySequence.StandardKey.ZoomIn, slot=lambda: self.step_zoom(+1))
        self.zoom_out_action = self._action("zoom_out", QKeySequence.StandardKey.ZoomOut, slot=lambda: self.step_zoom(-1))
        self.zoom_reset_action = self._action("zoom_reset", QKeySequence("Ctrl+0"), slot=lambda: self.apply_zoom(1.0))
        self.about_action = self._action("about", slot=self.show_about)
        self.lessons_action = self._action("lessons", QKeySequence("F2"), slot=self.show_lessons)
        self.glossary_action = self._action("glossary", QKeySequence("F3"), slot=lambda: self.show_glossary(None))
        self.guide_action = self._action("guide", QKeySequence.StandardKey.HelpContents, slot=self.show_guide)
        self.shortcuts_action = self._action("shortcuts", slot=self.show_shortcuts)

    def _build_central(self) -> None:
        from .views.diagram_view import DiagramView

        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(4, 4, 4, 4)
        self.banner = Banner()
        self.banner.fix.clicked.connect(self.reset_with_smaller_learning_rate)
        self.message_label = QLabel()  # refusals of bad input, one sentence
        self.message_label.setObjectName("message")
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet("color: #B34700;")
        self.message_label.hide()
        self.diagram = DiagramView()
        column.addWidget(self.banner)
        column.addWidget(self.message_label)
        column.addWidget(self.diagram, 1)
        self.setCentralWidget(central)

    def _build_docks(self) -> None:
        from .views.confusion_view import ConfusionView
        from .views.decision_view import DecisionView
        from .views.gradients_view import GradientsView
        from .views.loss_view import LossView
        from .views.weights_view import WeightsView

        self.setDockOptions(QMainWindow.DockOption.AnimatedDocks | QMainWindow.DockOption.AllowTabbedDocks)
        # The decision view and the loss curves, watched most, take the right-hand column
        # from top to bottom; the weights, gradients and confusion matrix share the row
        # below the settings and the diagram.
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        self.controls = ControlsPanel()
        self.controls.edited.connect(self.apply_edit)
        self.controls.invalid_input.connect(self.show_message)
        self.controls.regenerate_requested.connect(self.regenerate_data)
        self.controls.preset_requested.connect(self._open_bundled)
        self.controls_dock = self._dock("controls_dock", self.controls, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.decision_view = DecisionView()
        self.loss_view = LossView()
        self.weights_view = WeightsView()
        self.gradients_view = GradientsView()
        self.confusion_view = ConfusionView()
        self.decision_dock = self._dock("decision_dock", self.decision_view, Qt.DockWidgetArea.RightDockWidgetArea)
        self.loss_dock = self._dock("loss_dock", self.loss_view, Qt.DockWidgetArea.RightDockWidgetArea)
        self.weights_dock = self._dock("weights_dock", self.weights_view, Qt.DockWidgetArea.BottomDockWidgetArea)
        self.gradients_dock = self._dock("gradients_dock", self.gradients_view, Qt.DockWidgetArea.BottomDockWidgetArea)
        self.confusion_dock = self._dock("confusion_dock", self.confusion_view, Qt.DockWidgetArea.BottomDockWidgetArea)
        from .views.digits_view import DigitsView

        self.digits_view = DigitsView()  # shown instead of the decision view for 8×8 images
        self.digits_dock = self._dock("digits_dock", self.digits_view, Qt.DockWidgetArea.RightDockWidgetArea)
        self.tabifyDockWidget(self.decision_dock, self.digits_dock)
        self.digits_dock.hide()
        from .stepthrough_panel import StepThroughPanel

        self.stepthrough = StepThroughPanel()
        # Below the diagram, which lights up the layer being computed; it shares the
        # bottom row with the weights and takes most of it while in use.
        # In a scroll area, so that the row it shares with the weights can be narrow (a
        # 1024-pixel projector, zoomed in) and the step-through still all be reached.
        stepthrough_scroll = QScrollArea()
        stepthrough_scroll.setWidget(self.stepthrough)
        stepthrough_scroll.setWidgetResizable(True)
        stepthrough_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.stepthrough_dock = self._dock("stepthrough_dock", stepthrough_scroll, Qt.DockWidgetArea.BottomDockWidgetArea)
        self.tabifyDockWidget(self.weights_dock, self.stepthrough_dock)
        self.weights_dock.raise_()
        self.stepthrough.highlight.connect(self._highlight_layer)
        # The diagram shows the step-through's layer only while the step-through is in view.
        self.stepthrough_dock.visibilityChanged.connect(self._stepthrough_visibility)
        self._narrowed_for_stepthrough = False
        self.decision_view.point_clicked.connect(self._point_clicked)
        from .lessons import LessonsPanel

        self.lessons = LessonsPanel(language=i18n.current_language)
        self.lessons.preset_requested.connect(lambda path: self.open_file(Path(path)))
        self.lessons.term_requested.connect(self.show_glossary)
        self.lessons_dock = self._dock("lessons_dock", self.lessons, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.tabifyDockWidget(self.controls_dock, self.lessons_dock)
        self.controls_dock.raise_()
        self.glossary = None
        self.guide = None
        self.views = [
            (self.diagram, None), (self.decision_view, self.decision_dock), (self.loss_view, self.loss_dock),
            (self.weights_view, self.weights_dock), (self.gradients_view, self.gradients_dock),
            (self.confusion_view, self.confusion_dock), (self.digits_view, self.digits_dock),
        ]

    def _dock(self, object_name: str, widget: QWidget, area) -> QDockWidget:
        dock = QDockWidget(self)
        dock.setObjectName(object_name)
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable | QDockWidget.DockWidgetFeature.DockWidgetFloatable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.addDockWidget(area, dock)
        return dock

    def _build_toolbar(self) -> None:
        bar = QToolBar(self)
        bar.setObjectName("run_toolbar")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        bar.setMovable(False)
        for action in (self.play_action, self.step_epoch_action, self.step_batch_action, self.reset_action):
            bar.addAction(action)
        # The epoch counter next to the run buttons: when the window is too narrow for the
        # whole bar (a projector, zoomed in), what follows folds into the bar's » menu
        # first, and the counter stays in sight.
        self.epoch_counter = QLabel()
        self.epoch_counter.setObjectName("epoch_counter")
        self.epoch_counter.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # A display of its own, opaque, so nothing behind it repaints with every epoch.
        self.epoch_counter.setFrameShape(QFrame.Shape.StyledPanel)
        self.epoch_counter.setBackgroundRole(QPalette.ColorRole.Base)
        self.epoch_counter.setAutoFillBackground(True)
        self.epoch_counter.setMargin(2)
        bar.addWidget(self.epoch_counter)
        bar.addSeparator()
        bar.addAction(self.keep_run_action)
        bar.addSeparator()
        self.speed_label = QLabel()
        self.speed_combo = QComboBox()
        self.speed_combo.setObjectName("speed")
        for speed in SPEEDS:
            self.speed_combo.addItem("", speed)
        self.speed_combo.setCurrentIndex(len(SPEEDS) - 1)
        self.speed_combo.currentIndexChanged.connect(self._speed_changed)
        bar.addWidget(self.speed_label)
        bar.addWidget(self.speed_combo)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self.toolbar = bar

    def _build_menus(self) -> None:
        menu = self.menuBar()
        self.file_menu = menu.addMenu("")
        for action in (self.new_action, self.open_action):
            self.file_menu.addAction(action)
        self.file_menu.addAction(self.import_csv_action)
        self.recent_menu = self.file_menu.addMenu("")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.save_action)
        self.file_menu.addAction(self.save_as_action)
        self.export_menu = self.file_menu.addMenu("")
        self.export_menu.addAction(self.export_history_action)
        self.export_menu.addAction(self.export_plot_action)
        self.export_menu.addAction(self.export_screenshot_action)
        self.export_menu.addSeparator()
        self.export_menu.addAction(self.export_pytorch_action)
        self.export_menu.addAction(self.export_numpy_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.run_menu = menu.addMenu("")
        for action in (self.play_action, self.step_epoch_action, self.step_batch_action, self.reset_action):
            self.run_menu.addAction(action)
        self.run_menu.addSeparator()
        self.run_menu.addAction(self.stepthrough_action)
        self.run_menu.addSeparator()
        self.run_menu.addAction(self.keep_run_action)
        self.run_menu.addAction(self.clear_kept_action)
        self.view_menu = menu.addMenu("")
        for dock in (self.controls_dock, self.lessons_dock, self.decision_dock, self.loss_dock, self.weights_dock,
                     self.gradients_dock, self.confusion_dock, self.stepthrough_dock, self.digits_dock):
            self.view_menu.addAction(dock.toggleViewAction())
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.reset_layout_action)
        self.view_menu.addAction(self.reset_settings_action)
        self.view_menu.addSeparator()
        for action in (self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action):
            self.view_menu.addAction(action)
        self.view_menu.addSeparator()
        self.language_menu = self.view_menu.addMenu("")
        self.language_group = QActionGroup(self)
        self.language_actions = {}
        for code, native_name in i18n.LANGUAGES.items():
            action = QAction(native_name, self)  # each language in its own words: not translated
            action.setObjectName(f"language_{code}")
            action.setCheckable(True)
            action.setChecked(code == i18n.current_language())
            action.triggered.connect(lambda _checked=False, c=code: self.set_language(c))
            self.language_group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action
        self.help_menu = menu.addMenu("")
        self.help_menu.addAction(self.lessons_action)
        self.help_menu.addAction(self.glossary_action)
        self.help_menu.addAction(self.guide_action)
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.shortcuts_action)
        self.help_menu.addAction(self.about_action)

    def _build_status(self) -> None:
        bar = self.statusBar()
        self.status_fields = {}
        for key in ("epoch", "speed", "train_loss", "test_loss", "accuracy"):
            label = QLabel()
            label.setObjectName(f"status_{key}")
            label.setContentsMargins(8, 0, 8, 0)
            bar.addPermanentWidget(label)
            self.status_fields[key] = label

    def _tell(self, message, milliseconds: int) -> None:
        """Show ``message()`` (a function, so that a switch of language can show it again
        in the new language) in the status bar for a while."""
        self._told = (message, time.monotonic() + milliseconds / 1000)
        self.statusBar().showMessage(message(), milliseconds)

    # ================================================================== language
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            message, until = self._told
            if self.statusBar().currentMessage() and until > time.monotonic():
                self._tell(message, int(1000 * (until - time.monotonic())))
        elif event.type() == QEvent.Type.FontChange:  # View → Zoom
            self._fit_epoch_counter()
        super().changeEvent(event)

    def _fit_epoch_counter(self) -> None:
        """The epoch counter: large and bold, sized again for the new font."""
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.epoch_counter.setFont(font)
        self._release_sizes()

    def retranslate_ui(self) -> None:
        texts = {
            self.play_action: (self.tr("Play"), self.tr("Start or pause training (Space).")),
            self.step_epoch_action: (self.tr("Step epoch"), self.tr("Train one epoch: one pass over all the training data (→).")),
            self.step_batch_action: (self.tr("Step mini-batch"), self.tr("Train on one mini-batch: a single weight update (Shift+→).")),
            self.reset_action: (self.tr("Reset weights"), self.tr("Put the weights back to their starting values and start again (R).")),
            self.new_action: (self.tr("&New"), self.tr("Start a new experiment with the default settings.")),
            self.open_action: (self.tr("&Open…"), self.tr("Open an experiment file.")),
            self.import_csv_action: (self.tr("&Import CSV data…"), self.tr("Train on your own data: a table saved as CSV, with one column to predict (Ctrl+I).")),
            self.save_action: (self.tr("&Save"), self.tr("Save the experiment: as a run (.bpexp) with its weights and curves, or its settings only (.json).")),
            self.save_as_action: (self.tr("Save &As…"), self.tr("Save the experiment in a new file, as a run (.bpexp) or its settings only (.json).")),
            self.export_history_action: (self.tr("Training history as CSV…"), self.tr("Save the loss and accuracy of every recorded epoch as a spreadsheet file.")),
            self.export_screenshot_action: (self.tr("Window as PNG image…"), self.tr("Save a picture of the whole window.")),
            self.export_plot_action: (self.tr("Plot as PNG or SVG…"), self.tr("Save one of the plots as a picture (PNG) or as a drawing that stays sharp at any size (SVG).")),
            self.export_pytorch_action: (self.tr("Model as PyTorch code…"), self.tr("Write model.py with build_model(), which returns this trained network as a PyTorch module, and its weights.")),
            self.export_numpy_action: (self.tr("Model as NumPy code…"), self.tr("Write predict.py, a forward pass in plain NumPy, and the trained weights.")),
            self.quit_action: (self.tr("&Quit"), self.tr("Close backprop-gui.")),
            self.reset_layout_action: (self.tr("Reset layout"), self.tr("Put every panel back where it started.")),
            self.reset_settings_action: (self.tr("Reset all settings…"), self.tr("Forget the layout, zoom, language and recent files, as on the first start.")),
            self.zoom_in_action: (self.tr("Zoom in"), self.tr("Make text and plots bigger, for a projector.")),
            self.zoom_out_action: (self.tr("Zoom out"), self.tr("Make text and plots smaller.")),
            self.zoom_reset_action: (self.tr("Actual size"), self.tr("Back to the normal size.")),
            self.about_action: (self.tr("&About backprop-gui"), self.tr("Version and licence.")),
            self.lessons_action: (self.tr("&Lessons"), self.tr("Guided lessons: each explains one idea and loads experiments to try it (F2).")),
            self.glossary_action: (self.tr("&Glossary"), self.tr("Every term, explained in a paragraph, with the lesson that shows it (F3).")),
            self.stepthrough_action: (self.tr("Step through backpropagation"), self.tr("Follow one training step on one sample, as numbers: forward, loss, backward by the chain rule, update (B).")),
            self.keep_run_action: (self.tr("Keep this run"), self.tr("Keep this run's loss curves, drawn faintly, to compare with the next runs (K).")),
            self.clear_kept_action: (self.tr("Clear kept runs"), self.tr("Remove the faint curves of earlier runs.")),
            self.guide_action: (self.tr("&Teacher's guide"), self.tr("Installing, a first lesson and saving work, step by step (F1).")),
            self.shortcuts_action: (self.tr("&Keyboard shortcuts"), self.tr("The keys that control training.")),
        }
        for action, (text, tip) in texts.items():
            action.setText(text)
            action.setToolTip(tip)
            action.setStatusTip(tip)
        self.play_action.setText(self.tr("Pause") if self.play_action.isChecked() else self.tr("Play"))
        for action in (self.play_action, self.step_epoch_action, self.step_batch_action, self.reset_action):
            # The accessible name is read by screen readers.
            widget = self.toolbar.widgetForAction(action) if hasattr(self, "toolbar") else None
            if widget is not None:
                widget.setAccessibleName(action.text())
                widget.setObjectName(f"{action.objectName()}_button")
        self.file_menu.setTitle(self.tr("&File"))
        self.recent_menu.setTitle(self.tr("Open &Recent"))
        self.export_menu.setTitle(self.tr("&Export"))
        self.run_menu.setTitle(self.tr("&Run"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.language_menu.setTitle(self.tr("&Language"))
        for dock, title in ((self.controls_dock, self.tr("Settings")), (self.decision_dock, self.tr("Decision view")),
                            (self.loss_dock, self.tr("Loss curves")), (self.weights_dock, self.tr("Weights")),
                            (self.gradients_dock, self.tr("Gradient norms")), (self.confusion_dock, self.tr("Confusion matrix")),
                            (self.stepthrough_dock, self.tr("Step-through")), (self.lessons_dock, self.tr("Lessons")),
                            (self.digits_dock, self.tr("Digit images"))):
            dock.setWindowTitle(title)
        self.speed_label.setText(self.tr("Speed:"))
        names = {1: self.tr("1 epoch per second"), 5: self.tr("5 epochs per second"), 20: self.tr("20 epochs per second"),
                 100: self.tr("100 epochs per second"), None: self.tr("As fast as possible")}
        for i, speed in enumerate(SPEEDS):
            self.speed_combo.setItemText(i, names[speed])
        self.speed_combo.setToolTip(self.tr("Slow training down to watch each step, or let it run flat out."))
        self.epoch_counter.setToolTip(self.tr("An epoch is one pass over all the training data."))
        self.banner.fix.setText(self.tr("Reset with a smaller learning rate"))
        self.banner.close_button.setText(self.tr("Dismiss"))
        self._fill_banner()
        self.epoch_counter.setAccessibleName(self.tr("Epoch"))
        self._fit_epoch_counter()
        self._update_title()
        if self.last_snapshot is not None:
            self._show_epoch(self.last_snapshot)
            self._show_status(self.last_snapshot)

    # ================================================================== the run
    def rebuild(self, experiment: dict, keep_message: bool = False, run: Run | None = None, dataset=None) -> bool:
        """Build data, network and trainer for ``experiment`` (or take ``run``, opened from a
        file) and show it; False if it cannot be built."""
        base_dir = self.experiment_path.parent if self.experiment_path else None
        try:
            run = run if run is not None else build_run(experiment, base_dir=base_dir, dataset=dataset)
        except BackpropError as error:
            self.show_message(translate_error(error))
            self.controls.show_experiment(self.experiment, self.run.dataset if self.run else None,
                                          self.run.network.output_dim if self.run else None)
            return False
        self.play_action.setChecked(False)
        self.experiment = run.experiment
        self.run = run
        self.generation += 1
        display = Network.from_config(experiment["network"], run.network.input_dim, run.network.output_dim,
                                      seed=experiment["training"]["seed"], dtype=experiment["training"]["dtype"])
        self.context = ViewContext(self.experiment, run.dataset, display)
        first = run.trainer.snapshot(generation=self.generation)
        self._saved_steps = first.steps
        for view, dock in self.views:
            view.set_context(self.context)
            if dock is not None and hasattr(view, "supported"):
                supported = view.supported(self.context)
                dock.setVisible(supported)
        self.worker.set_trainer(run.trainer, self.generation)
        self.stepthrough.set_context(self.context, self.experiment)
        self._show_kept_runs()
        self.banner.hide()
        if not keep_message:
            self.message_label.hide()
        self.controls.show_experiment(self.experiment, run.dataset, run.dataset.output_width(experiment["network"]["output_activation"]))
        self.show_snapshot(first)
        return True

    def _has_progress(self) -> bool:
        return self.last_snapshot is not None and self.last_snapshot.steps > 0

    def _play_toggled(self, checked: bool) -> None:
        self.play_action.setText(self.tr("Pause") if checked else self.tr("Play"))
        self.play_action.setIcon(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MediaPause if checked else QStyle.StandardPixmap.SP_MediaPlay))
        if not checked:
            self.worker.pause()
            return
        trainer = self.run.trainer if self.run else None
        reason = self.last_snapshot.stop_reason if self.last_snapshot else None
        if trainer is None or reason in ("max_epochs", "diverged"):
            self.play_action.setChecked(False)
            if reason == "max_epochs":
                self.show_message(self.tr("Training has reached the maximum of {epochs} epochs. Raise “Maximum epochs” to train longer, or reset the weights.").format(
                    epochs=self.experiment["training"]["epochs"]))
            elif reason == "diverged":
                self.banner.show()
            return
        self.message_label.hide()
        self.worker.play()

    def step_epoch(self) -> None:
        self.play_action.setChecked(False)
        self.worker.step_epoch()

    def step_batch(self) -> None:
        self.play_action.setChecked(False)
        self.worker.step_batch()

    def reset_weights(self) -> None:
        """Start the same experiment again from its initial weights (same seed, same data)."""
        self.rebuild(self.experiment)

    def _open_bundled(self, path: str) -> None:
        """A real data set picked in the Data box: open its preset experiment."""
        if (self._has_progress() and not self._confirm_reset()) or not self.open_file(Path(path)):
            self._show_experiment_in_controls()

    def regenerate_data(self) -> None:
        self.apply_edit("data.seed", int(self.experiment["data"]["seed"]) + 1)

    def _speed_changed(self, index: int) -> None:
        self.worker.epochs_per_second_limit = SPEEDS[index]

    def _training_stopped(self, reason: str) -> None:
        self.play_action.setChecked(False)
        snapshot = self.worker.take_snapshot()
        if snapshot is not None:
            self.show_snapshot(snapshot)
        trainer = self.run.trainer if self.run else None
        if reason == "diverged" and trainer is not None and trainer.diverged is not None:
            self._fill_banner()
            self.banner.show()
        elif reason == "max_epochs":
            self._tell(lambda: self.tr("Finished: reached the maximum of {epochs} epochs.").format(
                epochs=self.experiment["training"]["epochs"]), 8000)
        elif reason == "target_loss":
            self._tell(lambda: self.tr("Finished: the training loss reached its target."), 8000)

    def _fill_banner(self) -> None:
        trainer = self.run.trainer if self.run else None
        if trainer is not None and trainer.diverged is not None:
            self.banner.message.setText(self.tr("Training diverged: {reason}. The weights from before it happened are kept.").format(
                reason=translate_error(trainer.diverged)))

    # ================================================================== step-through
    def show_stepthrough(self) -> None:
        """Pause, copy the current weights into the step-through and show it."""
        self.play_action.setChecked(False)
        self.stepthrough.sync_weights()
        self.stepthrough_dock.show()
        self.stepthrough_dock.raise_()
        # Most of the row below the diagram: the views beside it keep a narrow strip (Qt
        # does not resize a dock that shares a tab group, so they are narrowed instead)
        # until the step-through is put away.
        self.resizeDocks([self.gradients_dock, self.confusion_dock], [int(self.width() * 0.06)] * 2, Qt.Orientation.Horizontal)
        self._narrowed_for_stepthrough = True
        self.resizeDocks([self.stepthrough_dock], [int(self.height() * 0.5)], Qt.Orientation.Vertical)

    def _stepthrough_visibility(self, visible: bool) -> None:
        if visible:
            return
        self.diagram.highlight_layer(None)  # the diagram shows its layer only while it is in view
        if self._narrowed_for_stepthrough:
            self._narrowed_for_stepthrough = False
            self._size_bottom_row()

    def _point_clicked(self, index: int, split: str) -> None:
        self.stepthrough.set_sample(split, index)
        if not self.stepthrough_dock.isVisible():
            self.show_stepthrough()

    def _highlight_layer(self, index, direction: str) -> None:
        if self.stepthrough.visibleRegion().isEmpty():
            index = None  # the step-through is out of view: nothing to point at
        self.diagram.highlight_layer(index, direction)

    # ================================================================== comparing runs
    def keep_run(self) -> None:
        """Keep the current run's curves, to draw faintly beside the next runs."""
        if self.last_snapshot is None or self.last_snapshot.epoch == 0:
            self._tell(lambda: self.tr("Train first: there are no curves to keep yet."), 5000)
            return
        self.kept_runs.append((copy.deepcopy(self.experiment), dict(self.last_snapshot.history)))
        self.kept_runs = self.kept_runs[-MAX_KEPT_RUNS:]
        self._show_kept_runs()
        self._tell(lambda: self.tr("Run kept. Change a setting, reset and train again to compare."), 5000)

    def clear_kept_runs(self) -> None:
        self.kept_runs = []
        self._show_kept_runs()

    def _show_kept_runs(self) -> None:
        runs = [(self.describe_difference(kept, self.experiment, number), history)
                for number, (kept, history) in enumerate(self.kept_runs, start=1)]
        self.loss_view.set_kept_runs(runs)

    def describe_difference(self, kept: dict, current: dict, number: int) -> str:
        """What was different in a kept run, e.g. "learning rate 3", for its label."""
        labels = {
            ("training", "learning_rate"): self.tr("learning rate {value}"),
            ("training", "batch_size"): self.tr("batch size {value}"),
            ("training", "optimizer"): self.tr("optimizer {value}"),
            ("training", "loss"): self.tr("loss {value}"),
            ("training", "regularization"): self.tr("regularization {value}"),
            ("training", "regularization_rate"): self.tr("regularization rate {value}"),
            ("training", "momentum"): self.tr("momentum {value}"),
            ("training", "seed"): self.tr("seed {value}"),
            ("training", "dtype"): self.tr("precision {value}"),
            ("network", "hidden"): self.tr("hidden layers {value}"),
            ("network", "output_activation"): self.tr("output {value}"),
            ("network", "init"): self.tr("initial weights {value}"),
            ("network", "batch_norm"): self.tr("batch normalization {value}"),
            ("network", "dropout"): self.tr("dropout {value}"),
            ("data", "name"): self.tr("data {value}"),
            ("data", "noise"): self.tr("noise {value}"),
            ("data", "samples"): self.tr("samples {value}"),
            ("data", "features"): self.tr("features {value}"),
        }
        parts = []
        for (section, key), template in labels.items():
            value = kept[section].get(key)
            if value == current[section].get(key):
                continue
            if key == "hidden":
                value = "-".join(str(h["units"]) for h in value) + (" " + "/".join(sorted({name(h["activation"]) for h in value})) if value else "")
                value = value or "—"
            elif isinstance(value, bool):
                value = self.tr("on") if value else self.tr("off")
            elif isinstance(value, str):
                value = name(value)
            elif isinstance(value, float):
                value = f"{value:g}"
            elif isinstance(value, list):
                value = ", ".join(name(str(v)) for v in value)
            parts.append(template.format(value=value))
        if not parts:
            return self.tr("run {number}").format(number=number)
        return ", ".join(parts[:2]) + ("…" if len(parts) > 2 else "")

    def reset_with_smaller_learning_rate(self) -> None:
        rate = self.experiment["training"]["learning_rate"]
        smaller = [r for r in LEARNING_RATES if r < rate * 0.999]
        new_rate = smaller[-1] if smaller and rate / smaller[-1] <= 10 else rate / 10
        candidate = copy.deepcopy(self.experiment)
        candidate["training"]["learning_rate"] = new_rate
        if self.rebuild(experiment_module.validate(candidate)):
            self._set_dirty(True)
            self._tell(lambda: self.tr("Learning rate lowered to {rate}; the weights start again.").format(rate=f"{new_rate:g}"), 8000)

    # ================================================================== edits
    def apply_edit(self, path: str, value) -> None:
        """An edit from the controls: apply it live, or ask before resetting the weights."""
        section, key = path.split(".", 1)
        candidate = copy.deepcopy(self.experiment)
        if path == "data.name" and candidate["data"]["source"] != "builtin":
            # From a CSV file back to toy data: that data set with its default settings.
            candidate["data"] = experiment_module.validate({**candidate, "data": {"source": "builtin", "name": value}})["data"]
        candidate[section][key] = value
        task, n_classes = None, 2
        if section == "data" and candidate["data"]["source"] == "builtin":
            data = candidate["data"]
            info = TOY_DATASETS[data["name"]]
            task = info.task
            if key == "name":
                if data["name"] in experiment_module.CLASS_RANGES:
                    data.setdefault("classes", experiment_module.CLASS_RANGES[data["name"]][2])
                else:
                    data.pop("classes", None)
                allowed = experiment_module.SINE_FEATURES if data["name"] == "sine" else experiment_module.FEATURES
                data["features"] = [f for f in data["features"] if f in allowed] or (["x1"] if data["name"] == "sine" else ["x1", "x2"])
            n_classes = data.get("classes") or 2
            if key == "features" and not value:
                self.show_message(self.tr("Choose at least one input feature: the network needs something to look at."))
                self._show_experiment_in_controls()
                return
        harmonise(candidate, path, task, n_classes)
        try:
            candidate = experiment_module.validate(candidate)
        except BackpropError as error:
            self.show_message(translate_error(error))
            self._show_experiment_in_controls()
            return
        self.message_label.hide()
        if path in LIVE_PATHS and self.run is not None:
            self.experiment = candidate
            self.context.experiment = candidate
            training = candidate["training"]
            self.run.trainer.change_settings(**{k: training[k] for k in (
                "learning_rate", "optimizer", "momentum", "adam_beta1", "adam_beta2", "adam_epsilon",
                "regularization", "regularization_rate", "batch_size", "epochs")})
            self._set_dirty(True)
            self._show_experiment_in_controls()
            self._show_kept_runs()
            return
        if self._has_progress() and not self._confirm_reset():
            self._show_experiment_in_controls()
            return
        if self.rebuild(candidate):
            self._set_dirty(True)

    def _confirm_reset(self) -> bool:
        epoch = self.last_snapshot.epoch if self.last_snapshot else 0
        answer = QMessageBox.question(
            self, self.tr("Reset the weights?"),
            self.tr("This change needs a new network, so the training so far (epoch {epoch}) will start again from new weights. Go ahead?").format(epoch=epoch),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

    def _show_experiment_in_controls(self) -> None:
        if self.run is not None:
            self.controls.show_experiment(self.experiment, self.run.dataset,
                                          self.run.dataset.output_width(self.experiment["network"]["output_activation"]))

    def show_message(self, text: str) -> None:
        """One clear sentence about refused input, shown above the diagram."""
        self.message_label.setText(text)
        self.message_label.show()

    # ================================================================== snapshots
    def pull_snapshot(self) -> None:
        """Called by the redraw timer: draw the newest snapshot, if there is one."""
        snapshot = self.worker.take_snapshot()
        if snapshot is None or snapshot.generation != self.generation:
            return
        # Training waits while the window draws (see worker.py). The drawing itself
        # happens in paint events after this slot; the release is queued behind them.
        self.worker.hold()
        try:
            self.show_snapshot(snapshot)
        finally:
            QTimer.singleShot(0, lambda: QTimer.singleShot(0, self.worker.release))

    def show_snapshot(self, snapshot: Snapshot) -> None:
        self.last_snapshot = snapshot
        if snapshot.steps != self._saved_steps and not self.isWindowModified():
            self._set_dirty(True)  # trained weights are work too
        self.context.network.load_state(snapshot.state)
        now = time.perf_counter()
        self._drawn_views = []
        overdue = []  # (how late, view) of the slower views that are due
        for view, dock in self.views:
            if dock is not None and (not dock.isVisible() or view.visibleRegion().isEmpty()):
                continue
            interval = VIEW_INTERVALS.get(type(view).__name__, 0.0) if snapshot.running else 0.0
            late = now - self._drawn_at.get(id(view), 0.0) - interval
            if late < 0:
                continue
            if interval > 0:
                overdue.append((late, id(view), view))
            else:
                self._draw_view(view, snapshot, now)
        if overdue:
            # One slower view per frame, the latest first: no frame draws them all at once,
            # which keeps every frame short (and the window quick to answer).
            self._draw_view(max(overdue)[2], snapshot, now)
        # The epoch counter moves with every frame; the status bar's numbers change 5
        # times a second while training runs, slowly enough to read (and repainting its
        # text 30 times a second cost the training thread more than any plot).
        self._show_epoch(snapshot)
        if not snapshot.running or now - self._status_shown_at >= STATUS_INTERVAL:
            self._status_shown_at = now
            self._show_status(snapshot)
        self.snapshot_shown.emit(snapshot)

    def _draw_view(self, view: QWidget, snapshot: Snapshot, now: float) -> None:
        self._drawn_at[id(view)] = now
        view.show_snapshot(snapshot)
        self._drawn_views.append(view)

    def _show_epoch(self, s: Snapshot) -> None:
        self.epoch_counter.setText(self.tr("Epoch {epoch}").format(epoch=self.locale().toString(s.epoch)))
        self._grow_only(self.epoch_counter, padding=16)

    def _show_status(self, s: Snapshot) -> None:
        self._fill_status(s)
        for label in self.status_fields.values():
            self._grow_only(label)

    @staticmethod
    def _grow_only(label: QLabel, padding: int = 0) -> None:
        """Give a label whose text changes while training a fixed size that only grows
        (with a new number of digits). A label whose size may change makes the whole
        window lay itself out again each time its text changes: 30 times a second for
        the epoch counter."""
        margins = label.contentsMargins()
        width = (label.fontMetrics().horizontalAdvance(label.text()) + margins.left() + margins.right()
                 + 2 * (label.margin() + label.frameWidth()) + padding)
        if label.maximumWidth() == QWIDGETSIZE_MAX or width > label.maximumWidth():
            label.setFixedSize(width, label.sizeHint().height())

    def _release_sizes(self) -> None:
        """Let the counters take their natural size again (new font or language)."""
        for label in (self.epoch_counter, *self.status_fields.values()):
            label.setMinimumSize(0, 0)
            label.setMaximumSize(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX)

    def _fill_status(self, s: Snapshot) -> None:
        locale = self.locale()
        m = s.metrics
        f = self.status_fields
        f["epoch"].setText(self.tr("Epoch {epoch}, mini-batch {batch} of {batches}").format(
            epoch=locale.toString(s.epoch), batch=s.batch_index, batches=s.batches_per_epoch))
        f["speed"].setText(self.tr("{rate} epochs/s").format(rate=locale.toString(round(s.epochs_per_second))))
        f["train_loss"].setText(self.tr("Train loss {loss}").format(loss=number_text(m.train_loss)))
        f["test_loss"].setText(self.tr("Test loss {loss}").format(loss=number_text(m.test_loss)) if m.test_loss is not None else self.tr("No test data"))
        if m.test_accuracy is not None or m.train_accuracy is not None:
            parts = [self.tr("Accuracy: train {value}").format(value=f"{m.train_accuracy:.1%}")]
            if m.test_accuracy is not None:
                parts.append(self.tr("test {value}").format(value=f"{m.test_accuracy:.1%}"))
            f["accuracy"].setText(", ".join(parts))
        elif m.train_r2 is not None:
            text = self.tr("R²: train {value}").format(value=number_text(m.train_r2, 3))
            if m.test_r2 is not None:
                text += ", " + self.tr("test {value}").format(value=number_text(m.test_r2, 3))
            f["accuracy"].setText(text)

    # ================================================================== files
    def _set_dirty(self, dirty: bool) -> None:
        self.setWindowModified(dirty)
        self._update_title()

    def _update_title(self) -> None:
        title = self.experiment.get("title") or experiment_module.DEFAULT_TITLE
        if title == experiment_module.DEFAULT_TITLE:
            title = self.tr("Untitled experiment")
        title = experiment_title(title)  # a shipped experiment's title in the window's language
        name = self.experiment_path.name if self.experiment_path else title
        self.setWindowTitle(f"{name}[*] — {QApplication.applicationDisplayName()}")

    def _documents_dir(self) -> str:
        last = self.settings.value("files/last_dir", "")
        if last and is_bundled(Path(last)):
            last = ""
        return last or QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)

    def _may_discard(self) -> bool:
        """True if there are no unsaved changes, or the user saved or chose to discard them."""
        if not self.isWindowModified():
            return True
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"), self.tr("The experiment has changes that are not saved. Save them first?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def new_experiment(self) -> None:
        if not self._may_discard():
            return
        self.experiment_path = None
        self.rebuild(experiment_module.default_experiment())
        self._set_dirty(False)

    def import_csv(self, path: str | None = None) -> bool:
        """Choose a CSV file, its target and features; then train on it."""
        from .csv_dialog import CsvImportDialog

        dialog = CsvImportDialog(self)
        if path:
            dialog.set_path(path)
        if dialog.exec() != CsvImportDialog.DialogCode.Accepted or dialog.dataset is None:
            return False
        return self.use_csv(dialog.data_section(), dialog.dataset)

    def use_csv(self, section: dict, dataset) -> bool:
        """Train the current network on CSV data (the output layer follows the data)."""
        candidate = copy.deepcopy(self.experiment)
        candidate["data"] = section
        harmonise(candidate, "data.source", dataset.task, dataset.n_classes)
        try:
            candidate = experiment_module.validate(candidate)
        except BackpropError as error:
            self.show_message(translate_error(error))
            return False
        if self._has_progress() and not self._confirm_reset():
            return False
        if not self.rebuild(candidate, dataset=dataset):
            return False
        self._set_dirty(True)
        return True

    def open_dialog(self) -> None:
        if not self._may_discard():
            return
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open experiment"), self._documents_dir(),
                                              self.tr("Experiments (*.bpexp *.json);;All files (*)"))
        if path:
            self.open_file(Path(path), ask=False)

    def open_file(self, path: Path, ask: bool = True) -> bool:
        """Open a saved run (.bpexp: settings, weights and curves) or an experiment (.json)."""
        if ask and not self._may_discard():
            return False
        run = None
        try:
            if run_reader.is_run_file(path):
                with self._trainer_still():  # (a file that cannot be opened leaves training running)
                    run = run_reader.load_run(path)
                experiment = run.experiment
            else:
                experiment = experiment_module.load(path)
        except BackpropError as error:
            self.show_message(self.tr("Could not open {file}: {reason}").format(file=path.name, reason=translate_error(error)))
            return False
        previous = self.experiment_path
        self.experiment_path = path.resolve()
        if not self.rebuild(experiment, keep_message=True, run=run):
            self.experiment_path = previous
            return False
        self._remember(path)
        self._set_dirty(False)
        return True

    def save(self) -> bool:
        """Save to the open file; ask for one when there is none, or when it is one of
        the app's own examples or lesson experiments, which stay as shipped."""
        if self.experiment_path is None or is_bundled(self.experiment_path):
            return self.save_as()
        return self._write(self.experiment_path)

    def save_as(self) -> bool:
        suggested = str(Path(self._documents_dir()) / ((self.experiment.get("title") or self.tr("experiment")) + RUN_SUFFIX))
        runs, settings_only = self.tr("Saved runs with weights and curves (*.bpexp)"), self.tr("Settings only (*.json)")
        path, chosen = QFileDialog.getSaveFileName(self, self.tr("Save experiment"), suggested, f"{runs};;{settings_only}")
        if not path:
            return False
        path = Path(path)
        if path.suffix.lower() not in (RUN_SUFFIX, ".json"):
            path = path.with_name(path.name + (".json" if chosen == settings_only else RUN_SUFFIX))
        return self._write(path)

    @contextlib.contextmanager
    def _trainer_still(self):
        """Pause training while the trainer is copied (saving, exporting), then go on if
        it was running. (The Play button stays pressed meanwhile: it is the worker that
        pauses, so the worker is what must be told to go on.)"""
        was_running = self.worker.running
        self.worker.wait_until_idle()
        try:
            yield
        finally:
            if was_running and self.play_action.isChecked():
                self.worker.play()

    def _write(self, path: Path) -> bool:
        """Save the run (.bpexp) or only its settings (.json), atomically."""
        try:
            if path.suffix.lower() == ".json":
                experiment_module.save(self.experiment, path)
                steps = self.run.trainer.steps
            else:
                with self._trainer_still():
                    run_writer.save_run(path, self.run)
                    steps = self.run.trainer.steps
        except BackpropError as error:
            self.show_message(translate_error(error))
            return False
        self.experiment_path = path.resolve()
        self._saved_steps = steps
        self._remember(path)
        self._set_dirty(False)
        self._tell(lambda: self.tr("Saved {file}").format(file=path.name), 5000)
        return True

    def _remember(self, path: Path) -> None:
        recent = [p for p in self._recent_files() if Path(p) != path.resolve()]
        recent.insert(0, str(path.resolve()))
        self.settings.setValue("files/recent", recent[:MAX_RECENT])
        if not is_bundled(path):  # dialogs should not suggest saving among the app's own files
            self.settings.setValue("files/last_dir", str(path.resolve().parent))

    def _recent_files(self) -> list[str]:
        value = self.settings.value("files/recent", [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in (value or [])]

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = self._recent_files()
        for file in files:
            action = self.recent_menu.addAction(Path(file).name)
            action.setToolTip(file)
            action.triggered.connect(lambda _checked=False, f=file: self.open_file(Path(f)))
        if not files:
            empty = self.recent_menu.addAction(self.tr("No recent files"))
            empty.setEnabled(False)

    def export_history(self) -> None:
        if self.last_snapshot is None:
            return
        suggested = str(Path(self._documents_dir()) / (self.tr("history") + ".csv"))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export training history"), suggested, self.tr("CSV files (*.csv)"))
        if path:
            self.write_history_csv(Path(path), self.last_snapshot)

    def write_history_csv(self, path: Path, snapshot: Snapshot) -> None:
        h = snapshot.history
        layers = h["gradient_norms"].shape[1]
        columns = ["epoch", "train_loss", "test_loss", "train_accuracy", "test_accuracy", "train_r2", "test_r2"]
        header = columns + [f"gradient_norm_layer{i + 1}" for i in range(layers)] + [f"update_ratio_layer{i + 1}" for i in range(layers)]
        try:
            with open(path, "w", newline="", encoding="utf-8") as file:
                writer = csv.writer(file)
                writer.writerow(header)
                for row in range(len(h["epoch"])):
                    values = [h[c][row] for c in columns] + list(h["gradient_norms"][row]) + list(h["update_ratios"][row])
                    writer.writerow(["" if v != v else f"{v:.10g}" for v in values])  # v != v: NaN (not recorded)
        except OSError as error:
            self.show_message(self.tr("Could not write {file}: {reason}").format(file=path.name, reason=error.strerror or str(error)))
            return
        self._tell(lambda: self.tr("Saved {file}").format(file=path.name), 5000)

    def _plots(self) -> dict[str, QWidget]:
        """The views that can be exported, by their dock titles."""
        docks = (self.loss_dock, self.decision_dock, self.weights_dock, self.gradients_dock, self.confusion_dock, self.digits_dock)
        plots = {dock.windowTitle(): dock.widget() for dock in docks if dock.isVisible()}
        plots[self.tr("Network diagram")] = self.diagram
        return plots

    def export_plot_dialog(self) -> None:
        plots = self._plots()
        name, ok = QInputDialog.getItem(self, self.tr("Export a plot"), self.tr("Which plot?"), list(plots), 0, False)
        if not ok:
            return
        suggested = str(Path(self._documents_dir()) / (name + ".png"))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export a plot"), suggested, self.tr("PNG image (*.png);;SVG drawing (*.svg)"))
        if path:
            self.export_plot(plots[name], Path(path))

    def export_plot(self, view: QWidget, path: Path) -> bool:
        """Write a view as PNG (pyqtgraph's image exporter for plots) or SVG.

        SVG is drawn with Qt's QSvgGenerator: pyqtgraph 0.14's SVG exporter fails on the
        paths Qt 6.11 writes.
        """
        import pyqtgraph as pg
        import pyqtgraph.exporters  # noqa: F401 (registers the exporters)
        from PySide6.QtCore import QPoint, QRect, QSize
        from PySide6.QtGui import QPainter
        from PySide6.QtSvg import QSvgGenerator

        if path.suffix.lower() not in (".png", ".svg"):
            path = path.with_suffix(".png")
        graphics = view.findChild(pg.GraphicsView)
        try:
            if path.suffix.lower() == ".svg":
                generator = QSvgGenerator()
                generator.setFileName(str(path))
                generator.setSize(QSize(view.width(), view.height()))
                generator.setViewBox(QRect(0, 0, view.width(), view.height()))
                generator.setTitle(view.windowTitle() or "backprop-gui")
                painter = QPainter(generator)
                try:
                    view.render(painter, QPoint(0, 0))
                finally:
                    painter.end()
                if not path.is_file():
                    raise OSError(self.tr("the drawing could not be written"))
            elif graphics is not None:
                pg.exporters.ImageExporter(graphics.scene()).export(str(path))
            elif not view.grab().save(str(path), "PNG"):
                raise OSError(self.tr("the picture could not be written"))
        except OSError as error:
            self.show_message(self.tr("Could not write {file}: {reason}").format(file=path.name, reason=error.strerror or str(error)))
            return False
        self._tell(lambda: self.tr("Saved {file}").format(file=path.name), 5000)
        return True

    def export_model(self, kind: str) -> list[Path]:
        """Write the trained model as PyTorch or NumPy code into a chosen folder."""
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder for the exported model"), self._documents_dir())
        if not folder:
            return []
        try:
            with self._trainer_still(), tempfile.TemporaryDirectory() as scratch:  # the exporter reads a saved run
                saved = Path(scratch) / ("model" + RUN_SUFFIX)
                run_writer.save_run(saved, self.run, experiment_path_base=self.experiment_path.parent if self.experiment_path else None)
                files = codegen.export_model(run_reader.read_model(saved), folder, kind)
        except BackpropError as error:
            self.show_message(translate_error(error))
            return []
        except OSError as error:
            self.show_message(self.tr("Could not write {file}: {reason}").format(file=folder, reason=error.strerror or str(error)))
            return []
        self._tell(lambda: self.tr("Exported {files}").format(files=", ".join(f.name for f in files)), 8000)
        return files

    # ================================================================== autosave
    def autosave_path(self) -> Path:
        return self.data_dir / ("autosave" + RUN_SUFFIX)

    def autosave(self) -> bool:
        """Save unsaved work to the data folder, so a crash loses at most a few minutes."""
        if not self.isWindowModified() or self.run is None:
            return False
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True)
            with self._trainer_still():
                run_writer.save_run(self.autosave_path(), self.run,
                                 experiment_path_base=self.experiment_path.parent if self.experiment_path else None)
        except (BackpropError, OSError):
            return False  # an autosave that fails must not interrupt the lesson
        self.settings.setValue("autosave/pending", True)
        self.settings.sync()
        return True

    def offer_restore(self) -> bool:
        """After a crash, offer the work the last session saved automatically."""
        path = self.autosave_path()
        if not (self.settings.value("autosave/pending", False) in (True, "true") and path.is_file()):
            return False
        answer = QMessageBox.question(
            self, self.tr("Restore your work?"),
            self.tr("backprop-gui did not close properly last time. Restore the work it saved automatically?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
        restored = answer == QMessageBox.StandardButton.Yes and self.open_file(path, ask=False)
        if restored:
            self.experiment_path = None  # Save asks where: the autosave is not the user's file
            self._set_dirty(True)
        else:
            self._discard_autosave()
        return restored

    def _discard_autosave(self) -> None:
        self.settings.remove("autosave/pending")
        try:
            self.autosave_path().unlink(missing_ok=True)
        except OSError:
            pass

    def export_screenshot(self) -> None:
        suggested = str(Path(self._documents_dir()) / "backprop-gui.png")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save a picture of the window"), suggested, self.tr("PNG images (*.png)"))
        if path:
            if self.grab().save(path, "PNG"):
                self._tell(lambda: self.tr("Saved {file}").format(file=Path(path).name), 5000)
            else:
                self.show_message(self.tr("Could not write {file}: choose a folder you can write to.").format(file=Path(path).name))

    # ================================================================== view
    def reset_layout(self) -> None:
        self.restoreState(self.default_layout)
        for dock in (self.controls_dock, self.lessons_dock, self.decision_dock, self.loss_dock, self.weights_dock,
                     self.gradients_dock, self.confusion_dock, self.stepthrough_dock, self.digits_dock):
            dock.setFloating(False)
        self._size_docks()
        QTimer.singleShot(0, self._hide_stale_tab_bars)
        if self.context is not None:
            for view, dock in self.views:
                if dock is not None and hasattr(view, "supported"):
                    dock.setVisible(view.supported(self.context))

    def reset_all_settings(self) -> None:
        """Back to the first start: layout, zoom, language and recent files forgotten."""
        answer = QMessageBox.question(
            self, self.tr("Reset all settings?"),
            self.tr("The layout, zoom, language and list of recent files go back to how they were on the first start. Your experiments are not touched."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        pending_autosave = self.settings.value("autosave/pending")
        self.settings.clear()
        if pending_autosave is not None:
            self.settings.setValue("autosave/pending", pending_autosave)
        self.reset_layout()
        self.apply_zoom(1.0)
        self.set_language(i18n.system_language())
        self.settings.remove("view/language")  # follow the system again next time

    def _restore_layout(self) -> None:
        geometry = self.settings.value("window/geometry")
        state = self.settings.value("window/state")
        if geometry is not None:
            self.restoreGeometry(geometry)
        # Sized on the first show unless a saved layout was restored.
        self._sized = state is not None and self.restoreState(state)

    def _size_docks(self) -> None:
        """Share the window out between the docks in proportion to its size, so the
        default layout works from a 1366×768 school laptop to a large projector."""
        width, height = self.width(), self.height()
        horizontal, vertical = Qt.Orientation.Horizontal, Qt.Orientation.Vertical
        self.resizeDocks([self.controls_dock], [int(0.24 * width)], horizontal)
        self.resizeDocks([self.decision_dock, self.loss_dock], [int(0.33 * width)] * 2, horizontal)
        self.resizeDocks([self.decision_dock, self.loss_dock], [int(0.5 * height)] * 2, vertical)
        self._size_bottom_row()

    def _size_bottom_row(self) -> None:
        """The weights, gradients and confusion matrix: a third of the height, side by side."""
        self.resizeDocks([self.weights_dock], [int(0.36 * self.height())], Qt.Orientation.Vertical)
        row = 0.67 * self.width()
        self.resizeDocks([self.weights_dock, self.gradients_dock, self.confusion_dock],
                         [int(0.42 * row), int(0.31 * row), int(0.27 * row)], Qt.Orientation.Horizontal)

    def _hide_stale_tab_bars(self) -> None:
        """Qt (6.11) leaves tab bars of earlier arrangements of the tabbed docks visible
        where they last were: after the docks are tabified while the window is built,
        and after ``restoreState``. One showed as an empty strip over the weights
        dock's title. A tab bar in use sits right below a dock, as wide as it, and shows
        exactly the titles of that dock's group (or it lies outside the window, where Qt
        parks the bar of a group with one dock in view)."""
        self.layout().activate()  # the docks and tab bars where this layout puts them
        docks = [dock for dock in self.findChildren(QDockWidget) if dock.isVisible() and not dock.isFloating()]

        def group(dock: QDockWidget) -> set[str]:
            return {member.windowTitle() for member in (dock, *self.tabifiedDockWidgets(dock))
                    if member.isVisible() and not member.isFloating()}

        for bar in self.findChildren(QTabBar):
            if bar.parentWidget() is not self or not bar.isVisible() or not self.rect().intersects(bar.geometry()):
                continue
            titles = {bar.tabText(index) for index in range(bar.count())}
            if not any(dock.x() == bar.x() and dock.width() == bar.width() and abs(dock.geometry().bottom() + 1 - bar.y()) <= 4
                       and group(dock) == titles for dock in docks):
                bar.hide()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if not self._sized:
            self._sized = True
            QTimer.singleShot(0, self._size_docks)  # once the window has its size
        QTimer.singleShot(0, self._hide_stale_tab_bars)  # once the docks are laid out

    def set_language(self, code: str) -> None:
        """Switch every text to ``code`` now, and remember the choice."""
        applied = i18n.install(QApplication.instance(), code)
        self.settings.setValue("view/language", applied)
        for language, action in self.language_actions.items():
            action.setChecked(language == applied)
        if applied != code:
            self.show_message(self.tr("The translation could not be loaded, so the window stays in English."))

    def step_zoom(self, direction: int) -> None:
        current = float(self.settings.value("view/zoom", 1.0))
        nearest = min(range(len(ZOOM_STEPS)), key=lambda i: abs(ZOOM_STEPS[i] - current))
        index = max(0, min(len(ZOOM_STEPS) - 1, nearest + direction))
        self.apply_zoom(ZOOM_STEPS[index])

    def apply_zoom(self, factor: float) -> None:
        """Scale every font (and with it the plots' labels) for a projector; remembered."""
        factor = max(ZOOM_STEPS[0], min(ZOOM_STEPS[-1], factor))
        font = QFont(self._base_font)
        size = self._base_font.pointSizeF()
        if size > 0:
            font.setPointSizeF(size * factor)
        QApplication.setFont(font)
        self.settings.setValue("view/zoom", factor)

    # ================================================================== help
    def show_lessons(self, lesson_id: str | None = None) -> None:
        self.lessons_dock.show()
        self.lessons_dock.raise_()
        if lesson_id:
            self.lessons.select_lesson(lesson_id)

    def show_glossary(self, term_id: str | None = None) -> None:
        from .lessons import GlossaryDialog

        if self.glossary is None:
            self.glossary = GlossaryDialog(language=i18n.current_language, lessons=self.lessons.lessons, parent=self)
            self.glossary.lesson_requested.connect(self.show_lessons)
        if term_id:
            self.glossary.select_term(term_id)
        self.glossary.show()
        self.glossary.raise_()

    def show_guide(self) -> None:
        from .guide import GuideDialog

        if self.guide is None:
            self.guide = GuideDialog(parent=self)
        self.guide.show()
        self.guide.raise_()

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About backprop-gui"), self.tr(
            "<h3>backprop-gui {version}</h3>"
            "<p>Build a neural network, watch it learn by backpropagation, break it on purpose and understand why.</p>"
            "<p>Free software under the MIT licence. It works entirely offline.</p>").format(version=__version__))

    def show_shortcuts(self) -> None:
        rows = [(self.tr("Space"), self.tr("Play or pause training")), ("→", self.tr("Train one epoch")),
                (self.tr("Shift+→"), self.tr("Train one mini-batch")), ("R", self.tr("Reset the weights")),
                ("Ctrl++ / Ctrl+−", self.tr("Zoom in or out")), ("Ctrl+0", self.tr("Actual size")),
                ("Ctrl+O / Ctrl+S", self.tr("Open or save an experiment"))]
        table = "".join(f"<tr><td><b>{key}</b></td><td>&nbsp;&nbsp;{what}</td></tr>" for key, what in rows)
        QMessageBox.information(self, self.tr("Keyboard shortcuts"), f"<table>{table}</table>")

    # ================================================================== closing
    def closeEvent(self, event) -> None:  # noqa: N802
        if not self._may_discard():
            event.ignore()
            return
        self.shutdown()
        self._discard_autosave()  # a clean close: nothing to restore next time
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.sync()
        event.accept()

    def shutdown(self) -> None:
        """Stop the training thread and wait for it (within a mini-batch)."""
        self.timer.stop()
        self.autosave_timer.stop()
        self.worker.shutdown()
        if self.thread.isRunning():
            self.thread.wait(10_000)
