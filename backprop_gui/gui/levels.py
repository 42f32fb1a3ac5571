"""How much of the window is in view: the levels (Beginner, Intermediate, Full dashboard)
and classroom mode, which shows only what the open lesson needs and locks the rest.

Research on novices says add features step by step; TF Playground hides controls for a
lesson through its URL. Here a level is one row of :data:`LEVELS`: the Settings rows it
shows (the controls' keys, as ``content/classroom.py`` lists them; the rows that follow
one, such as the optimiser's momentum, are the panel's ``FOLLOWS``), the docks it shows
(a dock added later and not named here is "Full only") and the run actions it offers.
A hidden setting keeps its value: only its row is put away.

:func:`apply_view` does the showing for both; ``locked`` (classroom mode) also takes
the docks' close, move and float buttons away and disables every menu entry that would
bring back what the lesson hides. :class:`ViewLevels` is the window's part behind
View → Level and View → Classroom mode; the level is remembered in the settings, and
classroom mode is left from the View menu, with no password.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QDockWidget, QLabel, QToolBar, QWidget

from ..content.classroom import SETTING_KEYS, Classroom
from .controls import FOLLOWS


@dataclass(frozen=True)
class Level:
    name: str
    title: str  # in the View → Level menu (translated where shown)
    settings: frozenset[str] | None  # the Settings rows shown; None: every one
    docks: frozenset[str] | None  # the docks shown; None: every one
    actions: frozenset[str] | None  # the run actions offered; None: every one


_BEGINNER_SETTINGS = frozenset({"dataset", "units", "learning_rate"})
_INTERMEDIATE_SETTINGS = _BEGINNER_SETTINGS | {
    "classes", "noise", "test_fraction", "activation", "output_activation", "loss", "optimizer", "batch_size",
    "epochs", "seed",
}
# The lesson may always be opened (Help → Lessons); the digit images stand in for the
# decision view when the data are 8×8 images.
_BEGINNER_DOCKS = frozenset({"controls_dock", "decision_dock", "digits_dock", "loss_dock", "lessons_dock"})
_BEGINNER_ACTIONS = frozenset({"play", "step_epoch", "reset"})

LEVELS: tuple[Level, ...] = (
    Level("beginner", QT_TRANSLATE_NOOP("MainWindow", "Beginner"),
          _BEGINNER_SETTINGS, _BEGINNER_DOCKS, _BEGINNER_ACTIONS),
    Level("intermediate", QT_TRANSLATE_NOOP("MainWindow", "Intermediate"),
          _INTERMEDIATE_SETTINGS, _BEGINNER_DOCKS | {"weights_dock", "gradients_dock"},
          _BEGINNER_ACTIONS | {"step_batch", "keep_run", "clear_kept_runs"}),
    Level("full", QT_TRANSLATE_NOOP("MainWindow", "Full dashboard"), None, None, None),
)
LEVEL_NAMES = tuple(level.name for level in LEVELS)
FIRST_START_LEVEL = "beginner"  # a first lesson: the data, the layers, the learning rate, Play
DEFAULT_LEVEL = "full"  # a window made without a remembered level (scripts, tests)
# The actions a level offers or not (every other action is always there).
LEVELLED_ACTIONS = ("play", "step_epoch", "step_batch", "reset", "step_through", "keep_run", "clear_kept_runs")
# What classroom mode disables: every way to change what is in view.
LOCKED_ACTIONS = ("level_beginner", "level_intermediate", "level_full", "classroom", "projector", "reset_layout",
                  "reset_settings")
# Docks shown only when asked for (Help → Lessons, the step-through), never by a level.
ON_DEMAND = ("lessons_dock", "stepthrough_dock")
LEVEL_MENU = QT_TRANSLATE_NOOP("MainWindow", "Le&vel")
CLASSROOM_LINE = QT_TRANSLATE_NOOP("MainWindow", "Classroom mode — the teacher can leave it from View → Leave classroom mode.")
_FEATURES = (QDockWidget.DockWidgetFeature.DockWidgetMovable | QDockWidget.DockWidgetFeature.DockWidgetFloatable
             | QDockWidget.DockWidgetFeature.DockWidgetClosable)


def level(name: str) -> Level:
    return next((row for row in LEVELS if row.name == name), LEVELS[-1])


def first_start(settings) -> None:
    """On the very first start (no level, no layout remembered) open at :data:`FIRST_START_LEVEL`."""
    if settings.value("view/level") is None and settings.value("window/state") is None:
        settings.setValue("view/level", FIRST_START_LEVEL)


def _translate(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def apply_view(window, settings_keys, docks, locked: bool, actions=None) -> None:
    """Show only the Settings rows ``settings_keys`` and the docks ``docks`` (object names;
    None: all), and offer only the run ``actions`` (None: all). ``locked``: no dock can be
    closed, moved or floated, and the View menu cannot bring back what is hidden."""
    window.controls.show_only(settings_keys)
    supported = window.supported_docks()
    for dock in window.docks():
        allowed = docks is None or dock.objectName() in docks
        if not allowed:
            dock.hide()
        elif dock in supported:
            dock.setVisible(supported[dock])
        elif docks is not None and dock.objectName() not in ON_DEMAND:
            dock.show()
        if locked:
            dock.setFloating(False)
        dock.setFeatures(QDockWidget.DockWidgetFeature.NoDockWidgetFeatures if locked else _FEATURES)
        dock.toggleViewAction().setEnabled(not locked)
    for name in LEVELLED_ACTIONS:
        window.named_actions[name].setVisible(actions is None or name in actions)
    for name in LOCKED_ACTIONS:
        window.named_actions[name].setEnabled(not locked)
    window.named_actions["leave_classroom"].setEnabled(locked)


class ViewLevels:
    """View → Level and classroom mode, for the window (``window.levels``)."""

    def __init__(self, window) -> None:
        self.window = window
        self.name = DEFAULT_LEVEL
        self.classroom: Classroom | None = None  # in classroom mode: what the lesson shows
        self._before_classroom = None  # the layout to go back to

    # ------------------------------------------------------------------ building
    def fill_menu(self, menu) -> None:
        """View → Level: one radio item per level (and the classroom line, built with the
        menus so that the default layout knows its place)."""
        window = self.window
        self.build_banner()
        self.menu = menu.addMenu("")
        self.group = QActionGroup(window)
        for row in LEVELS:
            action = window.named_actions[f"level_{row.name}"]
            action.setCheckable(True)
            self.group.addAction(action)
            self.menu.addAction(action)

    def build_banner(self) -> None:
        """The line across the window, below the tool bar, that says it is in classroom mode."""
        window = self.window
        self.banner = QLabel()
        self.banner.setObjectName("classroom_banner")
        self.banner.setStyleSheet("background: #FFF4D6; color: #5A3C00; border: 1px solid #E0B44C; padding: 3px 6px;")
        self.banner_bar = QToolBar(window)
        self.banner_bar.setObjectName("classroom_bar")
        self.banner_bar.setMovable(False)
        self.banner_bar.toggleViewAction().setVisible(False)  # (not in the tool bars' context menu)
        self.banner_bar.addWidget(self.banner)
        window.addToolBarBreak(Qt.ToolBarArea.TopToolBarArea)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.banner_bar)
        self.banner_bar.hide()

    def start(self) -> None:
        """After the window is built: the remembered level, and the classroom action's state."""
        self.window.lessons.lesson_selected.connect(lambda _id: self.update_classroom_action())
        self.window.lessons_dock.toggleViewAction().toggled.connect(lambda _on: self.update_classroom_action())
        name = str(self.window.settings.value("view/level", DEFAULT_LEVEL))
        self.name = name if name in LEVEL_NAMES else DEFAULT_LEVEL
        self.window.named_actions[f"level_{self.name}"].setChecked(True)
        self.apply()
        self.update_classroom_action()

    def retranslate(self) -> None:
        if not hasattr(self, "banner"):
            return  # (still being built)
        self.menu.setTitle(_translate(LEVEL_MENU))
        self.banner.setText(_translate(CLASSROOM_LINE))

    # ------------------------------------------------------------------ levels
    def apply(self) -> None:
        """Show what the current level (or the classroom) shows."""
        if self.classroom is not None:
            docks = {*self.classroom.views, "lessons_dock"}
            actions = set(LEVELLED_ACTIONS) - ({"step_through"} if "stepthrough_dock" not in docks else set())
            apply_view(self.window, self.classroom.settings, docks, True, actions)
        else:
            row = level(self.name)
            apply_view(self.window, row.settings, row.docks, False, row.actions)

    def set_level(self, name: str) -> None:
        """View → Level: lay the window out afresh for the level ``name``; remembered."""
        window = self.window
        if self.classroom is not None:
            return
        self.name = name if name in LEVEL_NAMES else DEFAULT_LEVEL
        window.named_actions[f"level_{self.name}"].setChecked(True)
        window.settings.setValue("view/level", self.name)
        lesson_open = window.lessons_dock.toggleViewAction().isChecked()
        if window.projector_action.isChecked():
            window.projector_action.setChecked(False)
        window.restoreState(window.default_layout)
        for dock in window.docks():
            dock.setFloating(False)
        self.apply()
        window._size_docks()  # shares the window out between the docks in view (see size_for_level)
        if lesson_open:
            window.show_lessons()

    def size_for_level(self) -> None:
        """Fewer docks, larger views: a level with a few settings has a narrower settings
        column; with no row below the diagram the decision view and the loss curves take
        a wider column."""
        window = self.window
        if self.classroom is not None or level(self.name).settings is not None:
            window.resizeDocks([window.controls_dock], [window.controls.minimumWidth() + 8], Qt.Orientation.Horizontal)
        bottom = [dock for dock in (window.weights_dock, window.gradients_dock, window.confusion_dock,
                                    window.stepthrough_dock) if not dock.isHidden()]
        if not bottom:
            right = [dock for dock in (window.decision_dock, window.digits_dock, window.loss_dock) if not dock.isHidden()]
            if right:
                window.resizeDocks(right[:1], [int(min(0.38 * window.width(), 0.48 * window.height()))], Qt.Orientation.Horizontal)

    def allows(self, name: str) -> bool:
        """Whether the window may bring ``name`` (a dock, an action or a setting) into view:
        always, but in classroom mode only what the lesson shows."""
        if self.classroom is None:
            return True
        if name.endswith("_dock"):
            return name in self.classroom.views or name == "lessons_dock"
        if name in self.window.named_actions:
            return self.window.named_actions[name].isVisible()
        if name in SETTING_KEYS or name in FOLLOWS:
            return self.window.controls.shows(name)
        # Any other named widget (the loss curves' "log scale"): where its dock is allowed.
        widget = self.window.findChild(QWidget, name)
        while widget is not None and not isinstance(widget, QDockWidget):
            widget = widget.parentWidget()
        return widget is None or self.allows(widget.objectName())

    def keep_docks(self) -> None:
        """After a new run showed the docks its data support: hide again what is not in view."""
        if self.classroom is not None or self.name != "full":
            allowed = ({*self.classroom.views, "lessons_dock"} if self.classroom is not None else level(self.name).docks)
            for dock in self.window.docks():
                if dock.objectName() not in allowed:
                    dock.hide()

    # ------------------------------------------------------------------ classroom mode
    def lesson_classroom(self, lesson) -> Classroom | None:
        """The classroom entry of ``lesson`` (None without a lesson or an entry)."""
        return None if lesson is None else lesson.classroom

    def open_lesson_classroom(self) -> Classroom | None:
        window = self.window
        if not window.lessons_dock.toggleViewAction().isChecked():
            return None
        return self.lesson_classroom(window.lessons.current_lesson())

    def update_classroom_action(self) -> None:
        self.window.named_actions["classroom"].setEnabled(self.classroom is None and self.open_lesson_classroom() is not None)

    def enter_classroom(self) -> bool:
        """View → Classroom mode for the open lesson: only what it names, large, locked."""
        window = self.window
        classroom = self.open_lesson_classroom()
        if classroom is None or self.classroom is not None:
            return False
        lesson = window.lessons.current_lesson()
        if window.projector_action.isChecked():
            window.projector_action.setChecked(False)
        self._before_classroom = window.saveState()
        window.restoreState(window.default_layout)
        self.classroom = classroom
        self.apply()
        window._size_docks()
        self.banner_bar.show()
        self._place_lesson(lesson.id)
        if "stepthrough_dock" in classroom.views:
            window.show_stepthrough()
        self.update_classroom_action()
        QTimer.singleShot(0, window._hide_stale_tab_bars)
        return True

    def _place_lesson(self, lesson_id: str) -> None:
        """The lesson below the settings (a classroom's are a few rows), their column from
        top to bottom; the views' row goes below the diagram only."""
        window = self.window
        window.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea)
        beside_settings = not window.controls_dock.isHidden()
        if beside_settings:
            window.removeDockWidget(window.lessons_dock)
            window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, window.lessons_dock, Qt.Orientation.Vertical)
        window.show_lessons(lesson_id)
        if beside_settings:
            window.controls.widget().adjustSize()
            settings_height = window.controls.widget().sizeHint().height() + 60
            window.resizeDocks([window.controls_dock, window.lessons_dock],
                               [settings_height, window.height() - settings_height], Qt.Orientation.Vertical)
            window.resizeDocks([window.controls_dock], [max(window.controls.minimumWidth() + 8, int(0.27 * window.width()))],
                               Qt.Orientation.Horizontal)

    def leave_classroom(self) -> None:
        """View → Leave classroom mode: the layout and level as they were before."""
        window = self.window
        if self.classroom is None:
            return
        self.classroom = None
        self.banner_bar.hide()
        window.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.BottomDockWidgetArea)
        if self._before_classroom is None or not window.restoreState(self._before_classroom):
            window.restoreState(window.default_layout)
        self._before_classroom = None
        row = level(self.name)
        apply_view(window, row.settings, None, False, row.actions)  # the docks as restored
        self.keep_docks()
        self.update_classroom_action()
        QTimer.singleShot(0, window._hide_stale_tab_bars)

    def state_to_save(self):
        """The layout to remember at closing: the one before classroom mode, if in it
        (classroom mode is for one lesson, not for the next start)."""
        return self._before_classroom if self.classroom is not None else self.window.saveState()
