"""Where the window's docks go and how big they are (the step-through's too), the zoom and the language.

The default layout shares the window out in proportion to its size, so that it works
from a 1366×768 school laptop to a large projector; the layout the user leaves is
restored on the next start. View → Zoom scales every font for a projector, and View →
Projector layout shows only what a lesson on a projector needs, large: the diagram, the
decision view and the loss curves; the same action (or Reset layout) brings the whole
dashboard back.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QDockWidget, QMessageBox, QTabBar, QWidget

from . import i18n

ZOOM_STEPS = (0.8, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5)
#: A window at least this wide has the lesson beside the views; a narrower one (a
#: 1024-pixel projector) has it as a tab beside the Settings, as there is no room.
LESSONS_BESIDE_WIDTH = 1200
PROJECTOR_ZOOM = 1.25  # the projector layout zooms in at least this far


class LayoutMixin:
    """The docks' layout, zoom and language of :class:`~.main_window.MainWindow`."""

    def _dock(self, object_name: str, widget: QWidget, area) -> QDockWidget:
        dock = QDockWidget(self)
        dock.setObjectName(object_name)
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable | QDockWidget.DockWidgetFeature.DockWidgetFloatable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.addDockWidget(area, dock)
        return dock

    def supported_docks(self) -> dict:
        """The docks of views that only some data can fill (the digit images, the confusion
        matrix…), each with whether this run's data does; none before the first run."""
        if self.context is None:
            return {}
        return {dock: view.supported(self.context) for view, dock in self.views
                if dock is not None and hasattr(view, "supported")}

    def reset_layout(self) -> None:
        self._leave_projector()
        self.restoreState(self.default_layout)
        for dock in self.docks():
            dock.setFloating(False)
        self._size_docks()
        QTimer.singleShot(0, self._hide_stale_tab_bars)
        for dock, shown in self.supported_docks().items():
            dock.setVisible(shown)
        self.levels.apply()  # what the level shows

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
        self.settings.setValue("view/level", self.levels.name)  # the level is kept: it is a choice, not a layout
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
        # The projector layout was left on: the saved layout is the projector's.
        on = self._sized and self.settings.value("view/projector", False) in (True, "true")
        self.projector_action.blockSignals(True)
        self.projector_action.setChecked(on)
        self.projector_action.blockSignals(False)

    # ------------------------------------------------------------------ the projector layout
    def set_projector_layout(self, on: bool) -> None:
        """Show the diagram, the decision view and the loss curves only, large and zoomed
        in (on), or bring back the dashboard as it was (off). Remembered."""
        if not on:
            dashboard = self.settings.value("view/dashboard_state")
            zoom = float(self.settings.value("view/zoom_before_projector", 1.0))
            self._leave_projector()
            if dashboard is None or not self.restoreState(dashboard):
                self.reset_layout()
            else:
                self.apply_zoom(zoom)
                QTimer.singleShot(0, self._hide_stale_tab_bars)
            return
        self.settings.setValue("view/dashboard_state", self.saveState())
        zoom = float(self.settings.value("view/zoom", 1.0))
        self.settings.setValue("view/zoom_before_projector", zoom)
        self.settings.setValue("view/projector", True)
        for dock in self.docks():
            dock.setFloating(False)
        self.keep_projector_docks()
        self.apply_zoom(max(zoom, PROJECTOR_ZOOM))
        QTimer.singleShot(0, self._size_projector)

    def keep_projector_docks(self) -> None:
        """In the projector layout, only the lesson's views: the decision view (or the
        digit images, for 8×8 images) and the loss curves; called again for each new run."""
        if not self.projector_action.isChecked():
            return
        lesson_docks = (self.decision_dock, self.digits_dock, self.loss_dock)
        supported = self.supported_docks()
        for dock in self.docks():
            dock.setVisible(dock in lesson_docks and supported.get(dock, True))

    def _size_projector(self) -> None:
        """The diagram takes the middle; the decision view (above) and the loss curves share the right."""
        right = [dock for dock in (self.decision_dock, self.digits_dock, self.loss_dock) if dock.isVisible()]
        if right:
            self.resizeDocks(right[:1], [int(0.42 * self.width())], Qt.Orientation.Horizontal)
            self.resizeDocks(right, [int(self.height() / len(right))] * len(right), Qt.Orientation.Vertical)
        self._hide_stale_tab_bars()

    def _leave_projector(self) -> None:
        self.settings.setValue("view/projector", False)
        self.projector_action.blockSignals(True)
        self.projector_action.setChecked(False)
        self.projector_action.blockSignals(False)

    def _size_docks(self) -> None:
        """Share the window out between the docks in proportion to its size."""
        width, height = self.width(), self.height()
        horizontal, vertical = Qt.Orientation.Horizontal, Qt.Orientation.Vertical
        if width < LESSONS_BESIDE_WIDTH and not self.lessons_dock.isFloating():
            self.tabifyDockWidget(self.controls_dock, self.lessons_dock)
            self.controls_dock.raise_()
        # The dashboard starts without the lesson: beside the views it would leave the
        # diagram and the step-through too little room on a 1366-pixel laptop. Help →
        # Lessons (F2) brings it in beside them (or as a tab on a narrow projector).
        self.lessons_dock.hide()
        self.resizeDocks([self.controls_dock], [int(0.24 * width)], horizontal)
        self.resizeDocks([self.decision_dock, self.loss_dock], [int(0.33 * width)] * 2, horizontal)
        self.resizeDocks([self.decision_dock, self.loss_dock], [int(0.5 * height)] * 2, vertical)
        self._size_bottom_row()
        self.levels.size_for_level()  # fewer docks: larger views

    def _size_bottom_row(self) -> None:
        """The weights, gradients and confusion matrix: a third of the height, side by side.
        The gradient plot gets as much as the weights: at 1024 px, with less, its
        legend's two columns ran wider than the dock and cut the plot's right end."""
        self.resizeDocks([self.weights_dock], [int(0.36 * self.height())], Qt.Orientation.Vertical)
        row = 0.67 * self.width()
        self.resizeDocks([self.weights_dock, self.gradients_dock, self.confusion_dock],
                         [int(0.37 * row), int(0.37 * row), int(0.26 * row)], Qt.Orientation.Horizontal)

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

    # ------------------------------------------------------------------ the step-through dock
    def show_stepthrough(self) -> None:
        """Pause, copy the current weights into the step-through and show it."""
        if not self.levels.allows("stepthrough_dock"):
            return  # classroom mode, and the lesson does not show it
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
            # Its page's layer lit in the diagram, once the panel is really in view (when
            # it says so on showing, its dock is not laid out yet and the window drops it).
            QTimer.singleShot(0, self.stepthrough.refresh_highlight)
            return
        self.stepthrough.play_flow(False)
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

    # ------------------------------------------------------------------ language and zoom
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
        self.diagram.set_zoom(factor)  # its neurons grow too (its text follows the font)
        self.settings.setValue("view/zoom", factor)
