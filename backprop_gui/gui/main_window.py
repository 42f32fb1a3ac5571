"""The main window: the shell that holds the controls, the live views, the menus and the status bar.

The window is put together from parts, each in a module of its own:

- :mod:`.actions`: the table of every action, from which the menus, the tool bar and
  Help → Keyboard shortcuts are built;
- :mod:`.session`: the experiment, its run, unsaved state, the rules for edits, the kept
  runs and the autosave (no widgets; it tells the window what to show by signals);
- :mod:`.file_actions`: open, save, recent files and the exports;
- :mod:`.shell_frames`: each redraw: the newest snapshot drawn in the views and the status bar;
- :mod:`.shell_layout`: the docks' sizes and layout (the step-through's too), the zoom and the language;
- :mod:`.shell_run`: the Play, Step and Reset buttons, the speed, and the banner that
  says why training stopped (diverged, or the trainer raised);
- :mod:`.shell_help`: the Help menu's lessons, glossary, guide, shortcuts and About;
- :mod:`.shell_practice`: the Practice dock (the student computes a step, the app checks);
- :mod:`.worker` and :mod:`.background`: the training thread, whose failures come back
  here as one sentence in the banner.

What stays here: building the widgets, translating them, showing what the session
tells, and closing.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QSettings, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QFont, QPalette
from PySide6.QtWidgets import (
    QApplication, QFrame, QLabel, QMainWindow, QScrollArea, QToolBar, QVBoxLayout, QWidget,
)

from ..core.network import Network
from ..schema import experiment as experiment_module
from . import actions, i18n
from .background import Task, TaskThread
from .controls import ControlsPanel
from .file_actions import FileActions, is_bundled
from .levels import ViewLevels
from .lesson_library import LessonLibrary
from .names import experiment_title
from .numbers import format_fixed
from .session import Session
from .shell_frames import FramesMixin
from .shell_help import HelpMixin
from .shell_layout import LayoutMixin
from .shell_practice import PracticeMixin
from .shell_run import Banner, RunMixin
from .timeline import Timeline
from .views.base import ViewContext
from .worker import TrainingWorker

AUTOSAVE_MINUTES = 3


def _part(part: str, name: str) -> property:
    """``window.<name>``, kept for callers: it lives in ``window.<part>``."""
    return property(lambda self: getattr(getattr(self, part), name),
                    lambda self, value: setattr(getattr(self, part), name, value))


class MainWindow(RunMixin, FramesMixin, LayoutMixin, HelpMixin, PracticeMixin, QMainWindow):
    snapshot_shown = Signal(object)  # for tests and benchmarks: each snapshot drawn

    # The session's and the file actions' names that callers (tests, the self-test,
    # benchmarks, app.py) use on the window.
    experiment = _part("session", "experiment")
    experiment_path = _part("session", "experiment_path")
    run = _part("session", "run")
    generation = _part("session", "generation")
    last_snapshot = _part("session", "last_snapshot")
    kept_runs = _part("session", "kept_runs")
    data_dir = _part("session", "data_dir")
    rebuild = _part("session", "rebuild")
    apply_edit = _part("session", "apply_edit")
    use_csv = _part("session", "use_csv")
    keep_run = _part("session", "keep_run")
    autosave = _part("session", "autosave")
    autosave_path = _part("session", "autosave_path")
    current_experiment = _part("session", "current_experiment")
    open_file = _part("files", "open_file")
    save = _part("files", "save")
    save_as = _part("files", "save_as")
    export_plot = _part("files", "export_plot")
    export_model = _part("files", "export_model")

    def __init__(self, settings: QSettings | None = None, data_dir: str | Path | None = None) -> None:
        super().__init__()
        self._told = (lambda: "", 0.0)  # the status bar's passing message (see tell) and when it ends
        self._failure: Exception | None = None  # what stopped training, while the banner says so
        self._shutting_down = False
        self.settings = settings if settings is not None else QSettings()
        self.context: ViewContext | None = None
        self._base_font = QApplication.font()
        self.worker = TrainingWorker()
        self.worker.stopped.connect(self._training_stopped)
        # The training loop as a background task: what it raises comes back to the window.
        self.thread = TaskThread(Task(self.worker.loop), self)
        self.thread.task.errored.connect(self._training_failed)
        # Where autosaves go: the app's data folder unless told otherwise (tests, portable mode).
        self.session = Session(self.worker, self.settings, Path(data_dir or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.AppDataLocation)), self)
        self.files = FileActions(self)
        self.levels = ViewLevels(self)  # View → Level and classroom mode
        self.library = LessonLibrary(self)  # lesson packs (gui/lesson_library.py)

        self.named_actions = actions.build(self)
        self._build_central()
        self._build_docks()
        self._build_toolbar()
        self._build_menus()
        self._build_status()
        self._connect_session()
        self.default_layout = self.saveState()
        # On a first start the window fits the screen (a 1366×768 school laptop less its
        # taskbar and the title bar); later it opens as it was left.
        available = self.screen().availableGeometry()
        self.resize(min(1400, available.width()), min(880, available.height() - 40))
        self._restore_layout()
        self.levels.start()
        self.apply_zoom(float(self.settings.value("view/zoom", 1.0)))

        # The training thread holds the interpreter lock in pure-Python stretches; a window
        # event (a timer, a click) waits until the lock is handed over, by default after
        # 5 ms. At 1 ms the window answers sooner (event-loop lag p99 8-13 ms against
        # 11-18, benchmarks/bench_gui.py) and training is no slower.
        sys.setswitchinterval(0.001)
        self.thread.start()
        QApplication.instance().aboutToQuit.connect(self.shutdown)
        self.timer.start()
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setInterval(AUTOSAVE_MINUTES * 60_000)
        self.autosave_timer.timeout.connect(self.session.autosave)
        self.autosave_timer.start()
        self.retranslate_ui()
        self.rebuild(self.experiment)
        self.session.set_dirty(False)
        self._start_lesson_packs()

    # ================================================================== building the window
    def _build_central(self) -> None:
        from .views.diagram_view import DiagramView

        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(4, 4, 4, 4)
        self.banner = Banner()
        self.banner.fix.clicked.connect(self.session.reset_with_smaller_learning_rate)
        self.message_label = QLabel()  # refusals of bad input, one sentence
        self.message_label.setObjectName("message")
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet("color: #B34700;")
        self.message_label.hide()
        self.diagram = DiagramView()
        self.diagram.parameter_edited.connect(self.session.edit_parameter)
        self.diagram.invalid_input.connect(self.show_message)
        self.timeline = Timeline(self)  # a compact bar above the diagram: the docks keep their room
        column.addWidget(self.timeline.bar)
        column.addWidget(self.banner)
        column.addWidget(self.message_label)
        column.addWidget(self.diagram, 1)
        self.setCentralWidget(central)

    def _build_docks(self) -> None:
        from .lessons import LessonsPanel
        from .stepthrough_panel import StepThroughPanel
        from .views.confusion_view import ConfusionView
        from .views.decision_view import DecisionView
        from .views.digits_view import DigitsView
        from .views.gradients_view import GradientsView
        from .views.landscape_view import LandscapeView
        from .views.loss_view import LossView
        from .views.weights_view import WeightsView

        left, right, bottom = (Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea,
                               Qt.DockWidgetArea.BottomDockWidgetArea)
        self.setDockOptions(QMainWindow.DockOption.AnimatedDocks | QMainWindow.DockOption.AllowTabbedDocks)
        # The decision view and the loss curves, watched most, take the right-hand column
        # from top to bottom; the weights, gradients and confusion matrix share the row
        # below the settings and the diagram.
        self.setCorner(Qt.Corner.BottomRightCorner, right)
        self.controls = ControlsPanel()
        self.controls.edited.connect(self.apply_edit)
        self.controls.invalid_input.connect(self.show_message)
        self.controls.regenerate_requested.connect(self.session.regenerate_data)
        self.controls.preset_requested.connect(self._open_bundled)
        self.controls_dock = self._dock("controls_dock", self.controls, left)
        self.decision_view, self.loss_view, self.weights_view = DecisionView(), LossView(), WeightsView()
        self.weights_view.parameter_edited.connect(self.session.edit_parameter)
        self.weights_view.invalid_input.connect(self.show_message)
        self.gradients_view, self.confusion_view = GradientsView(), ConfusionView()
        self.digits_view = DigitsView()  # shown instead of the decision view for 8×8 images
        self.decision_dock = self._dock("decision_dock", self.decision_view, right)
        self.loss_dock = self._dock("loss_dock", self.loss_view, right)
        self.weights_dock = self._dock("weights_dock", self.weights_view, bottom)
        self.gradients_dock = self._dock("gradients_dock", self.gradients_view, bottom)
        self.confusion_dock = self._dock("confusion_dock", self.confusion_view, bottom)
        self.digits_dock = self._dock("digits_dock", self.digits_view, right)
        self.landscape_view = LandscapeView()  # a tab behind the decision view: a lesson brings it forward
        self.landscape_dock = self._dock("landscape_dock", self.landscape_view, right)
        # The lesson at the right edge, from top to bottom, beside the views (split off
        # before the digit images share the decision view's place).
        self.lessons_dock = self._dock("lessons_dock", QWidget(), right)
        self.splitDockWidget(self.decision_dock, self.lessons_dock, Qt.Orientation.Horizontal)
        self.splitDockWidget(self.decision_dock, self.loss_dock, Qt.Orientation.Vertical)
        self.tabifyDockWidget(self.decision_dock, self.digits_dock)
        self.digits_dock.hide()
        self.tabifyDockWidget(self.decision_dock, self.landscape_dock)
        self._build_practice_dock()  # a tab over the decision view too (shell_practice.py)
        self.decision_dock.raise_()
        # The step-through goes below the diagram, which lights up the layer being
        # computed; it shares the bottom row with the weights and takes most of it while
        # in use. In a scroll area, so that the row can be narrow (a 1024-pixel
        # projector, zoomed in) and the step-through still all be reached.
        self.stepthrough = StepThroughPanel()
        stepthrough_scroll = QScrollArea()
        stepthrough_scroll.setWidget(self.stepthrough)
        stepthrough_scroll.setWidgetResizable(True)
        stepthrough_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.stepthrough_dock = self._dock("stepthrough_dock", stepthrough_scroll, bottom)
        self.tabifyDockWidget(self.weights_dock, self.stepthrough_dock)
        self.weights_dock.raise_()
        self.stepthrough.highlight.connect(self._highlight_layer)
        self.stepthrough.invalid_input.connect(self.show_message)
        # The diagram shows the step-through's layer only while the step-through is in view.
        self.stepthrough_dock.visibilityChanged.connect(self._stepthrough_visibility)
        self._narrowed_for_stepthrough = False
        self.decision_view.point_clicked.connect(self._point_clicked)
        self.landscape_view.race_requested.connect(self.show_race)
        # The lesson beside the settings and the views, never hiding them: the class reads
        # a step, and the step points at the control it names.
        self.lessons = LessonsPanel(language=i18n.current_language)
        self.lessons.preset_requested.connect(lambda path: self.files.open_preset(Path(path)))
        self.lessons.term_requested.connect(self.show_glossary)
        self.lessons.target_requested.connect(self.point_at)
        # Predictions and challenges are checked against every snapshot drawn (a stop, a step, weights set by hand).
        self.snapshot_shown.connect(lambda snapshot: self.lessons.follow_run(self.run, self.experiment, snapshot))
        self.lessons_dock.setWidget(self.lessons)
        # Put away from the start (see shell_layout._size_docks): shown while the window
        # is built, it made the window's minimum 1,096 pixels wide in Indonesian, and
        # the window kept that width on a 1024-pixel screen.
        self.lessons_dock.hide()
        self.pointers: list = []  # the frames a lesson's step shows now
        self.glossary = None
        self.guide = None
        self.views = [
            (self.diagram, None), (self.decision_view, self.decision_dock), (self.loss_view, self.loss_dock),
            (self.weights_view, self.weights_dock), (self.gradients_view, self.gradients_dock),
            (self.confusion_view, self.confusion_dock), (self.digits_view, self.digits_dock),
            (self.landscape_view, self.landscape_dock),
        ]
        self.race_window = None

    def point_at(self, names) -> list:
        """Show where the controls or views ``names`` are: bring each into view and frame
        it for a moment. Returns the widgets framed (names the window has not in use are skipped)."""
        from .pointer import Pointer, find_target

        for pointer in self.pointers:
            try:
                pointer.close()
            except RuntimeError:  # it closed (and was deleted) by itself
                pass
        names = [name for name in names if self.levels.allows(name)]  # classroom mode: what the lesson shows
        targets = [widget for widget in (find_target(self, name) for name in names) if widget is not None]
        self.layout().activate()  # the docks just shown are where the frames go
        self.pointers = [Pointer(self, widget) for widget in targets]
        return targets

    def docks(self) -> tuple:
        """Every dock, in the order of the View menu."""
        return (self.controls_dock, self.lessons_dock, self.decision_dock, self.loss_dock, self.weights_dock,
                self.gradients_dock, self.confusion_dock, self.stepthrough_dock, self.practice_dock, self.digits_dock,
                self.landscape_dock)

    def _build_toolbar(self) -> None:
        bar = QToolBar(self)
        bar.setObjectName("run_toolbar")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        bar.setMovable(False)
        for name in actions.RUN_ACTIONS:
            bar.addAction(self.named_actions[name])
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
        self._build_speed(bar)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self.toolbar = bar

    def _build_menus(self) -> None:
        def recent(menu) -> None:
            self.recent_menu = menu.addMenu("")
            self.recent_menu.aboutToShow.connect(lambda: self.files.fill_recent_menu(self.recent_menu))

        def export(menu) -> None:
            self.export_menu = menu.addMenu("")
            actions.fill_menu(self.export_menu, actions.EXPORT_MENU, self.named_actions, {})

        def docks(menu) -> None:
            for dock in self.docks():
                menu.addAction(dock.toggleViewAction())

        def language(menu) -> None:
            self.language_menu = menu.addMenu("")
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

        def lesson_tools(menu) -> None:
            self.lesson_tools_menu = menu.addMenu("")
            actions.fill_menu(self.lesson_tools_menu, actions.LESSON_TOOLS_MENU, self.named_actions, {})

        parts = {"recent": recent, "export": export, "docks": docks, "language": language, "lesson_tools": lesson_tools,
                 "level": self.levels.fill_menu}
        for attribute, _title, items in actions.MENUS:
            menu = self.menuBar().addMenu("")
            setattr(self, attribute, menu)
            actions.fill_menu(menu, items, self.named_actions, parts)

    def _connect_session(self) -> None:
        session = self.session
        session.message.connect(self.show_message)
        session.told.connect(self.tell)
        session.refused.connect(self._show_experiment_in_controls)
        session.rebuilt.connect(self._show_run)
        session.settings_changed.connect(self._settings_changed)
        session.dirty_changed.connect(self._dirty_changed)
        session.kept_runs_changed.connect(self._show_kept_runs)
        session.frame_ready.connect(self.draw_newest_frame)
        session.undo_stack.canUndoChanged.connect(self.undo_action.setEnabled)
        session.undo_stack.canRedoChanged.connect(self.redo_action.setEnabled)
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)

    # ================================================================== messages
    def show_message(self, text: str) -> None:
        """One clear sentence about refused input, shown above the diagram ("" hides it)."""
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    def tell(self, message, milliseconds: int) -> None:
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
                self.tell(message, int(1000 * (until - time.monotonic())))
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
        # Wide enough for a seven-digit epoch from the start, so that the tool bar does
        # not shift as the count grows (grow_only widens it only beyond that).
        metrics = self.epoch_counter.fontMetrics()
        # Written as the counter writes it (shell_frames._show_epoch): in the interface
        # language, with its thousands separators ("1.234.567" in Indonesian; the
        # window's own locale wrote "1234567", and the box widened at a million).
        widest = max(metrics.horizontalAdvance(self.tr("Epoch {epoch}").format(epoch=format_fixed(int(digit * 7), 0)))
                     for digit in "123456789")  # (digits differ in width in some fonts)
        margins = 2 * (self.epoch_counter.margin() + self.epoch_counter.frameWidth()) + 20
        self.epoch_counter.setFixedSize(widest + margins, self.epoch_counter.sizeHint().height())

    def retranslate_ui(self) -> None:
        actions.retranslate(self.named_actions)
        self.play_action.setText(self.tr("Pause") if self.play_action.isChecked() else self.tr("Play"))
        for name in actions.RUN_ACTIONS:
            action = self.named_actions[name]
            widget = self.toolbar.widgetForAction(action)
            widget.setAccessibleName(action.text())  # read by screen readers
            widget.setObjectName(f"{name}_button")
        for attribute, title, _items in actions.MENUS:
            getattr(self, attribute).setTitle(actions.translate(title))
        self.recent_menu.setTitle(self.tr("Open &Recent"))
        self.export_menu.setTitle(self.tr("&Export"))
        self.lesson_tools_menu.setTitle(self.tr("&Make lessons"))
        self.language_menu.setTitle(self.tr("&Language"))
        for dock, title in ((self.controls_dock, self.tr("Settings")), (self.decision_dock, self.tr("Decision view")),
                            (self.loss_dock, self.tr("Loss curves")), (self.weights_dock, self.tr("Weights")),
                            (self.gradients_dock, self.tr("Gradient norms")), (self.confusion_dock, self.tr("Confusion matrix")),
                            (self.stepthrough_dock, self.tr("Step-through")), (self.lessons_dock, self.tr("Lessons")),
                            (self.digits_dock, self.tr("Digit images")), (self.practice_dock, self.tr("Practice")),
                            (self.landscape_dock, self.tr("Loss landscape"))):
            dock.setWindowTitle(title)
        self._retranslate_speed()
        self.levels.retranslate()
        self.epoch_counter.setToolTip(self.tr("An epoch is one pass over all the training data."))
        self.banner.fix.setText(self.tr("Reset with a smaller learning rate"))
        self.banner.close_button.setText(self.tr("Dismiss"))
        self._fill_banner()
        self.epoch_counter.setAccessibleName(self.tr("Epoch"))
        self._fit_epoch_counter()
        self._update_title()
        if self.last_snapshot is not None and not self.timeline.scrubbing:  # (a scrubbed epoch stays shown)
            self._show_epoch(self.last_snapshot)
            self._show_status(self.last_snapshot)

    # ================================================================== what the session tells
    def _show_run(self, keep_message: bool) -> None:
        """Show the run the session has just built, from its first snapshot."""
        self.play_action.setChecked(False)
        run, experiment, generation = self.run, self.experiment, self.generation
        display = Network.from_config(experiment["network"], run.network.input_dim, run.network.output_dim,
                                      seed=experiment["training"]["seed"], dtype=experiment["training"]["dtype"])
        self.context = ViewContext(experiment, run.dataset, display)
        for view, _dock in self.views:
            view.set_context(self.context)
        for dock, shown in self.supported_docks().items():
            dock.setVisible(shown)
        self.keep_projector_docks()
        self.levels.keep_docks()
        self.worker.set_trainer(run.trainer, generation)
        self.stepthrough.set_context(self.context, experiment)
        self._show_kept_runs()
        self._failure = None
        self.banner.hide()
        if not keep_message:
            self.message_label.hide()
        self._show_experiment_in_controls()
        self.show_snapshot(run.trainer.snapshot(generation=generation))

    def _settings_changed(self) -> None:
        """A live edit: the views and controls follow the new settings."""
        self.context.experiment = self.experiment
        self._show_experiment_in_controls()
        self._show_kept_runs()

    def _show_experiment_in_controls(self) -> None:
        run, experiment = self.run, self.experiment
        if run is None:
            self.controls.show_experiment(experiment, None, None)
        else:
            self.controls.show_experiment(experiment, run.dataset, run.dataset.output_width(experiment["network"]["output_activation"]))

    def _show_kept_runs(self) -> None:
        kept = self.session.labelled_kept_runs()
        self.loss_view.set_kept_runs(kept)  # loss and accuracy
        self.gradients_view.set_kept_runs(kept)

    def _dirty_changed(self, dirty: bool) -> None:
        self.setWindowModified(dirty)
        self._update_title()

    def _update_title(self) -> None:
        title = self.experiment.get("title") or experiment_module.DEFAULT_TITLE
        if title == experiment_module.DEFAULT_TITLE:
            title = self.tr("Untitled experiment")
        title = experiment_title(title)  # a shipped experiment's title in the window's language
        # The user's own file by its name; one of the app's own (a preset, an example) by its
        # title in the window's language, not "05_lr_right.json".
        path = self.experiment_path
        name = path.name if path is not None and not is_bundled(path) else title
        self.setWindowTitle(f"{name}[*] — {QApplication.applicationDisplayName()}")

    def offer_restore(self) -> bool:
        """After a crash, offer the work the last session saved automatically."""
        return self.session.offer_restore(self.files.open_file)

    # ================================================================== the run
    def _open_bundled(self, path: str) -> None:
        """A real data set picked in the Data box: open its preset experiment."""
        if (self.session.has_progress() and not self.session.confirm_reset()) or not self.open_file(Path(path)):
            self._show_experiment_in_controls()

    def show_race(self) -> None:
        """The optimiser race, on the current experiment and data (training here pauses)."""
        from .race_window import RaceWindow

        self.play_action.setChecked(False)
        if self.race_window is None:
            self.race_window = RaceWindow(self)
        self.race_window.set_experiment(self.experiment, self.run.dataset if self.run is not None else None)
        self.race_window.show()
        self.race_window.raise_()
        self.race_window.activateWindow()

    # ================================================================== lesson packs, dropped files
    def _start_lesson_packs(self) -> None:
        """The packs of the system folders and the user's, listed in the Lessons panel;
        files dropped on the window are opened (packs, runs, experiments)."""
        self.lessons.remove_group_requested.connect(self.library.remove_pack)
        self.library.load_at_start()
        self.setAcceptDrops(True)

    def dragEnterEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.files.open_dropped(paths)

    # ================================================================== closing
    def closeEvent(self, event) -> None:  # noqa: N802
        if not self.files.may_discard():
            event.ignore()
            return
        self.shutdown()
        self.session.discard_autosave()  # a clean close: nothing to restore next time
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.levels.state_to_save())
        self.settings.sync()
        event.accept()

    def shutdown(self) -> None:
        """Stop the training thread and wait for it (within a mini-batch)."""
        self._shutting_down = True
        self.timer.stop()
        self.autosave_timer.stop()
        self.worker.shutdown()
        if self.thread.isRunning():
            self.thread.wait(10_000)
